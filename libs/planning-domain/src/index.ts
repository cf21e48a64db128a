export * from './organization.js';
export * from './scorecard/model.js';
export * from './scorecard/rules.js';
export * from './scorecard/decider.js';
export * from './scorecard/performance-tree.js';
