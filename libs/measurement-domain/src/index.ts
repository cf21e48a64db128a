export * from './realization.js';
