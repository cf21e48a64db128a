export * from './envelope.js';
export * from './schema.js';
export * from './topics.js';
export * from './periods.js';
export * from './events.js';
export * from './examples.js';
