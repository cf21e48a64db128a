export * from './port.js';
export * from './logger.js';
export * from './delivery.js';
export * from './kafka-bus.js';
export * from './in-process-bus.js';
export * from './relay.js';
export * from './inbox.js';
