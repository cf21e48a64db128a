export * from './planning.module.js';
export * from './integration/planning-relay.js';
export * from './service.js';
