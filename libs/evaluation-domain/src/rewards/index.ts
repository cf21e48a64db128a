export * from './periods.js';
export * from './policy.js';
export * from './policy-decider.js';
export * from './recommend.js';
export * from './decision.js';
export * from './facts.js';
