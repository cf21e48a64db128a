// The one decimal setup lives in the shared kernel; scoring's modules import it from here.
export { Decimal, Exact, ROUND_HALF_UP, decimalString, isDecimalString, quotient34, readDecimal } from '@capaian/kernel';
