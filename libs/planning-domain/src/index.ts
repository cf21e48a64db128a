export * from './kpi.js';
export * from './organization.js';
