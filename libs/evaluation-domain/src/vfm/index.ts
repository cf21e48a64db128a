export * from './budget.js';
export * from './policy.js';
export * from './policy-decider.js';
export * from './value-for-money.js';
export * from './of-scorecard.js';
