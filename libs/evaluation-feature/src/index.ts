export * from './evaluation.module.js';
export * from './scores/achievement-view.js';
export * from './service.js';
