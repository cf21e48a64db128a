export * from './measurement.module.js';
export * from './integration/measurement-relay.js';
export * from './plan-view/plan-view.js';
export * from './service.js';
