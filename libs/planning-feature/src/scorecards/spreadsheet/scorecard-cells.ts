import { normalizeName, parseDecimalCell, type SheetProblem, type SheetRow, type SheetSpec } from '@capaian/spreadsheet';
import type { KpiTarget, ValueType } from '@capaian/planning-domain';

/** Reading the cells of the scorecard workbook: enums by label, dates, decimals, targets (one problem per bad cell). */

// ------------------------------------------------------------------ enums

export type Labels<T extends string> = Record<T, string[]>;

export function matchEnum<T extends string>(labels: Labels<T>, text: string): T | undefined {
  const n = normalizeName(text);
  for (const [value, names] of Object.entries(labels) as Array<[T, string[]]>) {
    if (normalizeName(value) === n || names.some((l) => normalizeName(l) === n)) return value;
  }
  return undefined;
}

export const labelOf = <T extends string>(labels: Labels<T>, value: T): string => labels[value][0];
const choices = (labels: Labels<string>) =>
  Object.entries(labels)
    .map(([v, l]) => (l[0] === v ? v : `${l[0]} (${v})`))
    .join(', ');

// ------------------------------------------------------------------ cell parsing

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function parseDate(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(t);
  const dmy = DMY_DATE.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const RANGE = /^(.+?)\s*(?:\.\.|s\/d|s\.d\.?|–|—)\s*(.+)$/i;

/** Compares two canonical decimal strings. */
export function compareDecimals(a: string, b: string): number {
  const sign = (s: string) => (s.startsWith('-') ? -1 : 1);
  const abs = (s: string) => s.replace(/^-/, '');
  if (sign(a) !== sign(b)) return sign(a) < sign(b) ? -1 : 1;
  const [ai, af = ''] = abs(a).split('.');
  const [bi, bf = ''] = abs(b).split('.');
  const len = Math.max(af.length, bf.length);
  const x = ai.padStart(16, '0') + af.padEnd(len, '0');
  const y = bi.padStart(16, '0') + bf.padEnd(len, '0');
  return x === y ? 0 : (x < y ? -1 : 1) * sign(a);
}

/** Reads the cells of one row, recording one problem per bad cell. */
export class RowReader {
  constructor(
    private readonly spec: SheetSpec,
    readonly row: SheetRow,
    private readonly problems: SheetProblem[],
  ) {}

  header(key: string): string {
    return this.spec.columns.find((c) => c.key === key)?.header ?? key;
  }

  problem(key: string, code: string, message: string): undefined {
    this.problems.push({ sheet: this.spec.title, row: this.row.row, column: this.header(key), code, message });
    return undefined;
  }

  text(key: string): string | null {
    return this.row.values[key] ?? null;
  }

  has(key: string): boolean {
    return this.text(key) !== null;
  }

  /** A value the column needs in this row (a condition the sheet spec cannot express). */
  required(key: string, why: string): string | undefined {
    const t = this.text(key);
    if (t === null)
      return this.problem(key, 'REQUIRED_EMPTY', `Kolom "${this.header(key)}" wajib diisi ${why.split(' / ')[0]} / column "${this.header(key)}" is required ${why.split(' / ')[1] ?? ''}`.trim());
    return t;
  }

  /** A value where the row's other cells say there must be none; true when there is one (a problem). */
  notAllowed(key: string, why: string): boolean {
    if (!this.has(key)) return false;
    const [id, en] = why.split(' / ');
    this.problem(key, 'VALUE_NOT_ALLOWED', `Kolom "${this.header(key)}" harus kosong ${id} / column "${this.header(key)}" must be empty ${en ?? ''}`.trim());
    return true;
  }

  decimal(key: string, money = false): string | null | undefined {
    const t = this.text(key);
    if (t === null) return null;
    const r = parseDecimalCell(t, { money });
    return 'value' in r ? r.value : this.problem(key, 'INVALID_NUMBER', r.error);
  }

  enumValue<T extends string>(key: string, labels: Labels<T>): T | null | undefined {
    const t = this.text(key);
    if (t === null) return null;
    return (
      matchEnum(labels, t) ??
      this.problem(key, 'INVALID_CHOICE', `"${t}" bukan pilihan yang dikenal; gunakan salah satu dari: ${choices(labels)} / "${t}" is not a known choice; use one of: ${choices(labels)}`)
    );
  }

  date(key: string): string | null | undefined {
    const t = this.text(key);
    if (t === null) return null;
    return parseDate(t) ?? this.problem(key, 'INVALID_DATE', `"${t}" bukan tanggal; tulis YYYY-MM-DD atau DD/MM/YYYY / "${t}" is not a date; write YYYY-MM-DD or DD/MM/YYYY`);
  }

  integer(key: string, min: number, max: number): number | null | undefined {
    const t = this.text(key);
    if (t === null) return null;
    const n = /^\d+$/.test(t) ? Number(t) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      return this.problem(key, 'INVALID_NUMBER', `"${t}" harus bilangan bulat ${min}-${max} / "${t}" must be a whole number from ${min} to ${max}`);
    }
    return n;
  }
}

/** How target-like cells of one KPI are read: by value type, with its grades. */
export interface TargetContext {
  valueType: ValueType;
  grades: string[] | null;
}

/** One target value by value type: a decimal, a grade of the KPI or a date. */
function singleValue(text: string, ctx: TargetContext): { value: string } | { code: string; error: string } {
  switch (ctx.valueType) {
    case 'categorical': {
      const grades = ctx.grades ?? [];
      const g = grades.find((x) => normalizeName(x) === normalizeName(text));
      return g !== undefined
        ? { value: g }
        : { code: 'INVALID_GRADE', error: `"${text}" bukan salah satu kategori (${grades.join(' > ')}) / "${text}" is not one of the grades (${grades.join(' > ')})` };
    }
    case 'milestone_date': {
      const d = parseDate(text);
      return d !== undefined ? { value: d } : { code: 'INVALID_DATE', error: `"${text}" bukan tanggal; tulis YYYY-MM-DD atau DD/MM/YYYY / "${text}" is not a date; write YYYY-MM-DD or DD/MM/YYYY` };
    }
    default: {
      const p = parseDecimalCell(text, { money: ctx.valueType === 'money' });
      return 'value' in p ? p : { code: 'INVALID_NUMBER', error: p.error };
    }
  }
}

export function parseSingle(r: RowReader, key: string, text: string, ctx: TargetContext): string | undefined {
  const v = singleValue(text, ctx);
  return 'value' in v ? v.value : r.problem(key, v.code, v.error);
}

/** A target cell: one value, or 'min..max' when `range`. null = empty; undefined = invalid (problem recorded). */
export function parseTarget(r: RowReader, key: string, ctx: TargetContext, range: boolean): KpiTarget | null | undefined {
  const t = r.text(key);
  if (t === null) return null;
  if (!range) {
    const v = parseSingle(r, key, t, ctx);
    return v === undefined ? undefined : { value: v };
  }
  const m = RANGE.exec(t);
  if (!m) return r.problem(key, 'INVALID_RANGE', `"${t}" bukan rentang; tulis "min..max", mis. 2..4 / "${t}" is not a range; write "min..max", e.g. 2..4`);
  const lo = singleValue(m[1], ctx);
  const hi = singleValue(m[2], ctx);
  if (!('value' in lo) || !('value' in hi)) {
    const bad = 'error' in lo ? lo : (hi as { code: string; error: string });
    return r.problem(key, 'INVALID_RANGE', `"${t}": batas rentang tidak valid; tulis "min..max", mis. 2..4 atau 2,5..3,5. ${bad.error}`);
  }
  const [min, max] = [lo.value, hi.value];
  if (ctx.valueType !== 'categorical' && ctx.valueType !== 'milestone_date' && compareDecimals(min, max) > 0) {
    return r.problem(key, 'INVALID_RANGE', `Batas bawah ${min} lebih besar dari batas atas ${max} / the lower bound ${min} exceeds the upper bound ${max}`);
  }
  return { min, max };
}
