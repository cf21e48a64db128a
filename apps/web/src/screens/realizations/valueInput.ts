import type { ValueType } from './types';

export type ParsedValue = { ok: true; value: string } | { ok: false; error: 'empty' | 'notNumber' };

const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const DIGITS = /^\d+$/;

/**
 * What a person typed for a decimal KPI, as the API's decimal string (dot as separator, no
 * grouping): "87,5" -> "87.5", "1.250.000" -> "1250000", "Rp 1.250.000,50" -> "1250000.50".
 * With a comma, the comma is the decimal separator and dots group thousands. Without one, dots
 * group thousands when they form groups of three (for Rupiah also a single group: "1.250" is
 * 1250); otherwise a single dot is the decimal point ("87.5", the API's own format). The sign is
 * kept: whether a negative value is allowed is the API's rule. Anything else is refused here and
 * never sent.
 */
export function parseDecimalInput(raw: string, valueType: ValueType): ParsedValue {
  let s = raw.replace(/\s+/g, '');
  if (s === '') return { ok: false, error: 'empty' };
  if (valueType === 'money') s = s.replace(/^rp\.?/i, '');
  if (valueType === 'percent') s = s.replace(/%$/, '');
  const sign = s.startsWith('-') ? '-' : '';
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  const split = splitNumber(s, valueType);
  if (!split) return { ok: false, error: 'notNumber' };
  const [int, frac] = split;
  return { ok: true, value: `${sign}${int}${frac ? `.${frac}` : ''}` };
}

function splitNumber(s: string, valueType: ValueType): [string, string] | undefined {
  const commas = s.split(',');
  if (commas.length > 2) return undefined;
  if (commas.length === 2) {
    const [int = '', frac = ''] = commas;
    if (!DIGITS.test(frac)) return undefined;
    const whole = integerPart(int);
    return whole === undefined ? undefined : [whole, frac];
  }
  if (!s.includes('.')) return DIGITS.test(s) ? [s, ''] : undefined;
  const groups = s.split('.').length - 1;
  if (GROUPED.test(s) && (groups > 1 || valueType === 'money')) return [s.replace(/\./g, ''), ''];
  const m = /^(\d+)\.(\d+)$/.exec(s);
  return m ? [m[1]!, m[2]!] : undefined;
}

function integerPart(int: string): string | undefined {
  if (int === '') return '0';
  if (DIGITS.test(int)) return int;
  if (GROUPED.test(int)) return int.replace(/\./g, '');
  return undefined;
}

/** Which input a value type gets. */
export type InputKind = 'decimal' | 'grade' | 'date';

export function inputKindOf(valueType: ValueType): InputKind {
  if (valueType === 'categorical') return 'grade';
  if (valueType === 'milestone_date') return 'date';
  return 'decimal';
}

/** The value to send for what the input holds, by the KPI's value type. */
export function valueToSend(raw: string, valueType: ValueType): ParsedValue {
  const kind = inputKindOf(valueType);
  if (kind === 'decimal') return parseDecimalInput(raw, valueType);
  const v = raw.trim();
  return v === '' ? { ok: false, error: 'empty' } : { ok: true, value: v };
}
