export { Decimal, decimalString, isDecimalString, readDecimal } from './decimal.js';
export * from './policy.js';
export * from './achievement.js';
export * from './periods.js';
export * from './bands.js';
export * from './rollup.js';
export * from './display.js';
