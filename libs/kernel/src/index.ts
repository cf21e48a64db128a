/**
 * The shared kernel: the vocabulary every service speaks (polarity, value types, frequencies,
 * aggregations, periods, years), the one decimal setup and the one date module. Framework-free,
 * depends on nothing of ours; every other library may use it.
 */
export * from './vocabulary.js';
export * from './periods.js';
export * from './decimal.js';
export * from './dates.js';
export * from './canonical-json.js';
