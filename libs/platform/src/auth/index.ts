export * from './principal.js';
export * from './token.js';
export * from './decorators.js';
export * from './auth.guard.js';
export { runDevTokenCli, DEV_TOKEN_USAGE } from './dev-token.js';
export * from './auth-failure-limiter.js';
