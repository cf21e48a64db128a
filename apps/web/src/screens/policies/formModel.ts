import type { TFunction } from 'i18next';
import { toProblem, type ApiProblem } from '../../api/errors';
import { parseDecimalInput } from '../realizations/valueInput';

/**
 * What the policy forms share: the problems a form finds before it sends anything (named by the
 * field path the API would use, so they appear where the API's own would), and the reading of
 * what a person typed into numbers of the API's shape (decimal strings, integers).
 */
export interface Issue {
  /** The API's path of the field (`policy.achievement.cap`, `policy.bands[2].min`, `reason`...). */
  field: string;
  /** A text of the policies namespace (`errors.decimal`...). */
  key: string;
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** The problems of one form, collected while its values are read. */
export class Issues {
  readonly list: Issue[] = [];

  add(field: string, key: string, params?: Record<string, string | number>): void {
    this.list.push({ field, key, params });
  }

  /** A decimal as the API writes it ("87,5" -> "87.5"); undefined (and an issue) when it is empty or not a number. */
  decimal(field: string, raw: string): string | undefined {
    const parsed = parseDecimalInput(raw, 'number');
    if (parsed.ok) return parsed.value;
    this.add(field, parsed.error === 'empty' ? 'errors.required' : 'errors.decimal');
    return undefined;
  }

  /** Like decimal, but empty means null (no bound, no cap). */
  nullableDecimal(field: string, raw: string): string | null | undefined {
    return raw.trim() === '' ? null : this.decimal(field, raw);
  }

  /** A whole number from min to max; undefined (and an issue) otherwise. */
  integer(field: string, raw: string, min: number, max: number): number | undefined {
    const s = raw.trim();
    const n = Number(s);
    if (s === '') this.add(field, 'errors.required');
    else if (!/^\d+$/.test(s) || n < min || n > max) this.add(field, 'errors.integer', { min, max });
    else return n;
    return undefined;
  }

  /** A text that must not be empty (trimmed). */
  text(field: string, raw: string): string {
    const s = raw.trim();
    if (s === '') this.add(field, 'errors.required');
    return s;
  }

  /** The value when nothing was found, else the issues. */
  result<T>(build: () => T): Checked<T> {
    return this.list.length === 0 ? { ok: true, value: build() } : { ok: false, issues: this.list };
  }
}

/** A form's issues as the problem the API would have answered (one message per field, in the user's language). */
export function issuesProblem(issues: readonly Issue[], t: TFunction): ApiProblem {
  const details = issues.map((i) => ({ field: i.field, errors: [t(i.key, { ns: 'policies', ...i.params })] }));
  return toProblem(400, { code: 'CLIENT_INVALID', message: details.map((d) => d.errors[0]).join('; '), details });
}

/** An optional description: absent when empty, so an untouched form sends the document back unchanged. */
export const optionalText = (raw: string): string | undefined => (raw.trim() === '' ? undefined : raw);
