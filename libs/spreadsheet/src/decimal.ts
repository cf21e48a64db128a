const RESULT = /^-?\d{1,15}(\.\d{1,10})?$/;

/**
 * Parses a decimal typed by a user into a canonical decimal string ("82,5" -> "82.5").
 *
 * Accepted: "82.5", "82,5" (one comma and no dot = decimal comma), "-3", "1000000", a trailing
 * '%' and spaces anywhere. With `money: true` also Indonesian thousands separators
 * ("1.500.000.000", "1.500.000,50", "1.500" = 1500), English ones when unambiguous
 * ("1,500,000.50"), and a leading "Rp" / "Rp.". Ambiguous input (money "1,500": 1.5 or 1500?)
 * and malformed input are rejected with an Indonesian / English message.
 *
 * The result matches /^-?\d{1,15}(\.\d{1,10})?$/; trailing zeros after the point are kept as typed.
 */
export function parseDecimalCell(text: string, options: { money?: boolean } = {}): { value: string } | { error: string } {
  const money = options.money === true;
  const shown = text.trim();
  const expected = money
    ? 'contoh: 1500000, 1.500.000, 1.500.000,50 atau Rp 1.500.000 / e.g. 1500000, 1.500.000, 1.500.000,50 or Rp 1.500.000'
    : 'contoh: 82.5, 82,5, -3 atau 1000000 (tanpa pemisah ribuan) / e.g. 82.5, 82,5, -3 or 1000000 (no thousands separators)';
  const fail = (why: string) => ({
    error: `${why}: "${shown}" — ${expected}`,
  });

  let s = text
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/\u2212/g, '-');
  if (s === '') return { error: `Angka kosong / empty number — ${expected}` };
  let negative = false;
  const takeSign = () => {
    if (s.startsWith('-') || s.startsWith('+')) {
      negative = negative || s.startsWith('-');
      s = s.slice(1);
    }
  };
  takeSign();
  if (money && /^rp\.?/i.test(s)) {
    s = s.replace(/^rp\.?/i, '');
    takeSign();
  }
  s = s.replace(/%$/, '');
  if (s === '') return fail('Bukan angka / not a number');
  if (!/^[\d.,]+$/.test(s)) return fail('Bukan angka / not a number');

  let intPart: string;
  let fracPart = '';
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) {
    intPart = s;
  } else if (commas === 0 && dots === 1) {
    // money: "1.500" is Indonesian thousands; otherwise a decimal point
    if (money && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) intPart = s.replace('.', '');
    else [intPart, fracPart] = s.split('.');
  } else if (dots === 0 && commas === 1) {
    if (money && /^[1-9]\d{0,2},\d{3}$/.test(s)) return fail('Ambigu (1,5 atau 1500?) / ambiguous (1.5 or 1500?)');
    [intPart, fracPart] = s.split(',');
  } else if (!money) {
    return fail('Pemisah ribuan tidak diizinkan di sini / thousands separators are not allowed here');
  } else if (commas === 0 && /^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) {
    intPart = s.replace(/\./g, '');
  } else if (dots === 0 && /^[1-9]\d{0,2}(,\d{3})+$/.test(s)) {
    intPart = s.replace(/,/g, '');
  } else if (/^[1-9]\d{0,2}(\.\d{3})*,\d+$/.test(s)) {
    const [i, f] = s.split(',');
    intPart = i.replace(/\./g, '');
    fracPart = f;
  } else if (/^[1-9]\d{0,2}(,\d{3})*\.\d+$/.test(s)) {
    const [i, f] = s.split('.');
    intPart = i.replace(/,/g, '');
    fracPart = f;
  } else {
    return fail('Format angka tidak dikenali / unrecognized number format');
  }
  if (intPart === '' || (fracPart === '' && /[.,]$/.test(s))) return fail('Bukan angka / not a number');
  intPart = intPart.replace(/^0+(?=\d)/, '');
  const isZero = /^0+$/.test(intPart) && /^0*$/.test(fracPart);
  const value = (negative && !isZero ? '-' : '') + intPart + (fracPart ? '.' + fracPart : '');
  if (!RESULT.test(value)) {
    return fail('Terlalu besar atau terlalu banyak desimal (maks. 15 digit bulat, 10 desimal) / too large or too many decimals (max 15 integer digits, 10 decimals)');
  }
  return { value };
}
