/**
 * Display formatting with Intl for the console's language (id-ID: decimal comma, Rp). The API's
 * exact decimal strings stay as they are in the data; only what is shown is rounded.
 */
export const localeOf = (lang: string) => (lang.startsWith('id') ? 'id-ID' : 'en-GB');

/** A decimal string (or number) rounded for display: 2 decimals by default. "—" when absent. */
export function formatDecimal(value: string | number | null | undefined, lang: string, digits = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(n);
}

/** A score: always 2 decimals (87,50). */
export function formatScore(value: string | number | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

export function formatPercent(value: string | number | null | undefined, lang: string): string {
  const s = formatDecimal(value, lang, 2);
  return s === '—' ? s : `${s}%`;
}

export function formatRupiah(value: string | number | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);
}

/**
 * A KPI value by its value type (the API's `number`, `percent`, `money`, `duration`, `categorical`,
 * `milestone_date`): money in Rupiah, percent with %, a milestone as a date, a grade as it is.
 */
export function formatValue(value: string | null | undefined, valueType: string | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (valueType) {
    case 'money':
      return formatRupiah(value, lang);
    case 'percent':
      return formatPercent(value, lang);
    case 'milestone_date':
      return formatDate(value, lang);
    case 'categorical':
      return value;
    default:
      return formatDecimal(value, lang, 4);
  }
}

/** A date or instant in Asia/Jakarta (WIB). */
export function formatDate(value: string | Date | null | undefined, lang: string): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00+07:00` : value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(d);
}

export function formatDateTime(value: string | Date | null | undefined, lang: string): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(d);
}

/** A bilingual label object of the API ({id, en}) in the user's language. */
export function labelOf(label: { id?: string; en?: string } | string | null | undefined, lang: string): string {
  if (!label) return '';
  if (typeof label === 'string') return label;
  return (lang.startsWith('id') ? label.id : label.en) ?? label.id ?? label.en ?? '';
}
