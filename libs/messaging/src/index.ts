export * from './port.js';
export * from './logger.js';
export { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, MAX_RETRY_BACKOFF_MS, DLT_HEADERS, backoffDelay } from './delivery.js';
export * from './kafka-bus.js';
export * from './in-process-bus.js';
export * from './inbox.js';
export * from './relay.js';
