export * from './decider.js';
export * from './specification.js';
export * from './input-checks.js';
export * from './versioned-document.js';
