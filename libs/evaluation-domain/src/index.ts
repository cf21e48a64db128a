export * from './inputs.js';
export * from './projection.js';
export * from './scoring-policy.js';
export * from './evaluate.js';
