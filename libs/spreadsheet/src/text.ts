/** Normalizes a header, sheet name or enum label for comparison: case-, space-, '_' and '-'-insensitive; a trailing '*' is ignored. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\*+\s*$/, '')
    .replace(/[\s_-]+/g, '');
}

/** Trims a cell text; empty (or only whitespace) -> null. */
export function cleanText(text: string): string | null {
  const t = text.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g, '');
  return t === '' ? null : t;
}

/** Plain digits for a number string in exponent notation ("1.5e-7" -> "0.00000015", "1e+21" -> "1000000000000000000000"). */
function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const [, sign, intPart, fracPart = '', expText] = m;
  const exp = Number(expText);
  const digits = intPart + fracPart;
  const point = intPart.length + exp; // position of the decimal point within digits
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return sign + out;
}

function fractionDigits(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * The shortest decimal text of a number, without float noise (0.1 + 0.2 -> "0.3") and never in
 * exponent notation. undefined for NaN and Infinity.
 */
export function numberToText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Object.is(n, -0)) return '0';
  let s = expandExponent(String(n));
  if (fractionDigits(s) > 10) s = expandExponent(String(Number(n.toPrecision(15))));
  return s === '-0' ? '0' : s;
}
