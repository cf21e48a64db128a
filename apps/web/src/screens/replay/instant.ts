import { localeOf } from '../../format';

/** An instant in WIB to the second: replay stops can be seconds apart. */
export function formatInstant(value: string, lang: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(d);
}
