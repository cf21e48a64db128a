export * from './inputs.js';
export * from './projection.js';
export * from './scoring-policy.js';
export * from './evaluate.js';
export * from './sakip/index.js';
export * from './sakip-facts.js';
export * from './vfm/index.js';
export * from './rewards/index.js';
