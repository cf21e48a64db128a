export * from './port.js';
export * from './sql-client.js';
export * from './sql-event-store.js';
export * from './postgres.js';
export * from './pglite.js';
export * from './esdb.js';
export * from './create-event-store.js';
export * from './command-handling.js';
export * from './load-stream.js';
export * from './history-hash.js';
export * from './verify-history.js';
export * from './storable-text.js';
export * from './upcasters.js';
// The conformance suite is NOT exported here (it needs Jest): import '@capaian/eventstore/conformance'.
