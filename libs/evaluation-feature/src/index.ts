export * from './evaluation.module.js';
export * from './scores/achievement-view.js';
export * from './service.js';
export * from './admin/rebuild/rebuild-offline.js';
