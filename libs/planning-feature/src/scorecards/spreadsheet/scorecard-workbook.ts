import { normalizeName, numberToText, parseDecimalCell, type ReadResult, type SheetProblem, type SheetRow, type SheetSpec } from '@capaian/spreadsheet';
import { periodsOf, type PeriodCode } from '@capaian/contracts';
import {
  isRangeTarget,
  slug,
  type InitiativeSpec,
  type KpiSpec,
  type KpiTarget,
  type ObjectiveSpec,
  type PerspectiveSpec,
  type ScorecardDocument,
  type StrategyLink,
  type ValueType,
} from '@capaian/planning-domain';
import {
  AGGREGATION_LABELS,
  FREQUENCY_LABELS,
  INITIATIVE_LEVEL_LABELS,
  LEVEL_LABELS,
  PERIOD_COLUMNS,
  POLARITY_LABELS,
  PROFILE_LABELS,
  SCORECARD_SHEETS,
  VALUE_TYPE_LABELS,
  type ProfileField,
} from './scorecard-sheets.js';

export { SCORECARD_SHEETS, SCORECARD_INSTRUCTIONS } from './scorecard-sheets.js';

/**
 * The scorecard workbook: sheets Profil, Perspektif, Sasaran, Peta Strategi, IKU, Inisiatif (see
 * scorecard-sheets.ts). `documentFromWorkbook` does the syntactic checks (cells, enums, decimals,
 * dates, duplicate codes); the domain rules (weights, cycles, references) are the decider's, and
 * the caller points the decider's issues at rows with `rowOf` and `columnOf`.
 */

export type WorkbookItemKind = 'profile' | 'perspective' | 'objective' | 'kpi' | 'initiative' | 'link';
export type WorkbookData = Record<string, Array<Record<string, string | number | null>>>;

export interface DocumentFromWorkbook {
  document: ScorecardDocument | null;
  problems: SheetProblem[];
  /**
   * Where an item was read: `rowOf('kpi', 'IKU-01')`; codes are compared as slugs. Links use the
   * code `<from>-><to>` (as the decider's issues do); 'profile' takes a field (unit, tahun/year, ...).
   */
  rowOf: (kind: WorkbookItemKind, code: string) => { sheet: string; row: number } | undefined;
}

const SPEC: Record<string, SheetSpec> = Object.fromEntries(SCORECARD_SHEETS.map((s) => [s.key, s]));
const SHEET_OF_KIND: Record<WorkbookItemKind, string> = {
  profile: 'profil',
  perspective: 'perspektif',
  objective: 'sasaran',
  link: 'peta',
  kpi: 'iku',
  initiative: 'inisiatif',
};

/** The sheet title of an item kind ('kpi' -> 'IKU'). */
export function sheetOf(kind: WorkbookItemKind): string {
  return SPEC[SHEET_OF_KIND[kind]].title;
}

const FIELD_COLUMNS: Record<WorkbookItemKind, Record<string, string>> = {
  profile: { unitId: 'isi', year: 'isi', theme: 'isi', title: 'isi', vision: 'isi', missions: 'isi', goals: 'isi' },
  perspective: { code: 'kode', name: 'nama', order: 'urutan', weight: 'bobot' },
  objective: { code: 'kode', perspectiveCode: 'perspektif', name: 'nama', weight: 'bobot', contributesTo: 'kontribusi_ke' },
  link: { from: 'sebab', to: 'akibat' },
  kpi: {
    code: 'kode',
    objectiveCode: 'sasaran',
    name: 'nama',
    unitOfMeasure: 'satuan',
    definition: 'definisi',
    dataSource: 'sumber_data',
    ownerUnitId: 'pemilik',
    frequency: 'frekuensi',
    level: 'level',
    polarity: 'polaritas',
    valueType: 'tipe_nilai',
    grades: 'kategori',
    aggregation: 'agregasi',
    weight: 'bobot',
    baseline: 'baseline',
    yearlyTarget: 'target',
    endOfTermTarget: 'target_akhir',
    thresholds: 'ambang_hijau',
    'thresholds.green': 'ambang_hijau',
    'thresholds.yellow': 'ambang_kuning',
    cascadedFrom: 'turunan_dari',
    'cascadedFrom.kpiId': 'turunan_dari',
    'cascadedFrom.share': 'porsi',
    ...Object.fromEntries(PERIOD_COLUMNS.map((p) => [`periodTargets.${p.period}`, p.period.toLowerCase()])),
  },
  initiative: {
    code: 'kode',
    level: 'jenjang',
    name: 'nama',
    parentCode: 'induk',
    objectiveCodes: 'sasaran',
    budgetCeiling: 'pagu',
    ownerUnitId: 'pelaksana',
    schedule: 'mulai',
    'schedule.start': 'mulai',
    'schedule.end': 'selesai',
  },
};

/** The column header of a model field (as the decider names it: 'weight', 'periodTargets.Q1', 'schedule.end'); null when unknown. */
export function columnOf(kind: WorkbookItemKind, field: string): string | null {
  const key = FIELD_COLUMNS[kind][field];
  if (!key) return null;
  return SPEC[SHEET_OF_KIND[kind]].columns.find((c) => c.key === key)?.header ?? null;
}

// ------------------------------------------------------------------ enums

type Labels<T extends string> = Record<T, string[]>;

function matchEnum<T extends string>(labels: Labels<T>, text: string): T | undefined {
  const n = normalizeName(text);
  for (const [value, names] of Object.entries(labels) as Array<[T, string[]]>) {
    if (normalizeName(value) === n || names.some((l) => normalizeName(l) === n)) return value;
  }
  return undefined;
}

const labelOf = <T extends string>(labels: Labels<T>, value: T): string => labels[value][0];
const choices = (labels: Labels<string>) =>
  Object.entries(labels)
    .map(([v, l]) => (l[0] === v ? v : `${l[0]} (${v})`))
    .join(', ');

// ------------------------------------------------------------------ cell parsing

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function parseDate(text: string): string | undefined {
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
function compareDecimals(a: string, b: string): number {
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
class RowReader {
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
    if (t === null) return this.problem(key, 'REQUIRED_EMPTY', `Kolom "${this.header(key)}" wajib diisi ${why.split(' / ')[0]} / column "${this.header(key)}" is required ${why.split(' / ')[1] ?? ''}`.trim());
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
interface TargetContext {
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

function parseSingle(r: RowReader, key: string, text: string, ctx: TargetContext): string | undefined {
  const v = singleValue(text, ctx);
  return 'value' in v ? v.value : r.problem(key, v.code, v.error);
}

/** A target cell: one value, or 'min..max' when `range`. null = empty; undefined = invalid (problem recorded). */
function parseTarget(r: RowReader, key: string, ctx: TargetContext, range: boolean): KpiTarget | null | undefined {
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

// ------------------------------------------------------------------ reading

const GRADE_SEPARATOR = /\s*[>;]\s*/;
const LIST_SEPARATOR = /\s*[;,]\s*/;

/** Turns the rows read from a scorecard workbook into a ScorecardDocument (syntactic checks only). */
export function documentFromWorkbook(read: ReadResult): DocumentFromWorkbook {
  const problems: SheetProblem[] = [...read.problems];
  const where = new Map<string, { sheet: string; row: number }>();
  const rowsOf = (key: string): RowReader[] => (read.rows[key] ?? []).map((row) => new RowReader(SPEC[key], row, problems));

  /** Records where a code was read; a second row with the same code (as slug) is a problem. */
  const register = (kind: WorkbookItemKind, r: RowReader, code: string, column = 'kode', label = code): boolean => {
    const k = `${kind}:${kind === 'link' ? code : slug(code)}`;
    const first = where.get(k);
    if (first) {
      r.problem(column, 'DUPLICATE_CODE', `"${label}" sudah ada di baris ${first.row} / "${label}" already appears in row ${first.row}`);
      return false;
    }
    where.set(k, { sheet: SPEC[SHEET_OF_KIND[kind]].title, row: r.row.row });
    return true;
  };

  // Profil
  const profile: Partial<Record<ProfileField, string>> = {};
  const missions: string[] = [];
  const goals: string[] = [];
  let year: number | undefined;
  for (const r of rowsOf('profil')) {
    const field = r.enumValue('jenis', PROFILE_LABELS);
    if (!field) continue;
    const isi = r.text('isi');
    if (field === 'misi' || field === 'tujuan') {
      if (isi !== null) (field === 'misi' ? missions : goals).push(isi);
      if (!where.has(`profile:${field}`)) where.set(`profile:${field}`, { sheet: SPEC.profil.title, row: r.row.row });
      continue;
    }
    if (!register('profile', r, field, 'jenis')) continue;
    if (field === 'tahun') {
      if (r.required('isi', 'untuk tahun / for the year') !== undefined) year = r.integer('isi', 2000, 2100) ?? undefined;
    } else if (field === 'unit' || field === 'judul') {
      const v = r.required('isi', `untuk ${field} / for ${field}`);
      if (v !== undefined) profile[field] = v;
    } else if (isi !== null) profile[field] = isi;
  }
  for (const field of ['unit', 'tahun', 'judul'] as const) {
    if (!where.has(`profile:${field}`)) {
      problems.push({
        sheet: SPEC.profil.title,
        row: null,
        column: SPEC.profil.columns[0].header,
        code: 'MISSING_PROFILE_FIELD',
        message: `Lembar "${SPEC.profil.title}" harus memuat baris "${field}" / sheet "${SPEC.profil.title}" needs a "${field}" row`,
      });
    }
  }

  // Perspektif
  const perspectives: PerspectiveSpec[] = [];
  rowsOf('perspektif').forEach((r, i) => {
    const code = r.text('kode');
    if (code === null || !register('perspective', r, code)) return;
    const order = r.integer('urutan', 1, 1000);
    const weight = r.decimal('bobot');
    if (order === undefined || !weight) return;
    perspectives.push({ code, name: r.text('nama') ?? '', order: order ?? i + 1, weight });
  });

  // Sasaran
  const objectives: ObjectiveSpec[] = [];
  for (const r of rowsOf('sasaran')) {
    const code = r.text('kode');
    if (code === null || !register('objective', r, code)) continue;
    const weight = r.decimal('bobot');
    if (weight === undefined) continue;
    objectives.push({ code, perspectiveCode: r.text('perspektif') ?? '', name: r.text('nama') ?? '', weight, contributesTo: r.text('kontribusi_ke') });
  }

  // Peta Strategi
  const links: StrategyLink[] = [];
  for (const r of rowsOf('peta')) {
    const from = r.text('sebab');
    const to = r.text('akibat');
    if (from === null || to === null) continue;
    if (!register('link', r, `${slug(from)}->${slug(to)}`, 'akibat', `${from} -> ${to}`)) continue;
    links.push({ from, to });
  }

  // IKU
  const kpis: KpiSpec[] = [];
  for (const r of rowsOf('iku')) {
    const code = r.text('kode');
    if (code === null || !register('kpi', r, code)) continue;
    const k = readKpi(r);
    if (k) kpis.push(k);
  }

  // Inisiatif
  const initiatives: InitiativeSpec[] = [];
  for (const r of rowsOf('inisiatif')) {
    const code = r.text('kode');
    if (code === null || !register('initiative', r, code)) continue;
    const level = r.enumValue('jenjang', INITIATIVE_LEVEL_LABELS);
    const budget = r.decimal('pagu', true);
    const start = r.date('mulai');
    const end = r.date('selesai');
    if (start && end && start > end) r.problem('selesai', 'INVALID_DATE', `Tanggal selesai ${end} sebelum tanggal mulai ${start} / the end ${end} is before the start ${start}`);
    if (!level || !budget || !start || !end) continue;
    initiatives.push({
      code,
      level,
      name: r.text('nama') ?? '',
      parentCode: r.text('induk'),
      objectiveCodes: (r.text('sasaran') ?? '').split(LIST_SEPARATOR).filter((s) => s !== ''),
      budgetCeiling: budget,
      ownerUnitId: r.text('pelaksana') ?? '',
      schedule: { start, end },
    });
  }

  const rowOf = (kind: WorkbookItemKind, code: string) => {
    if (kind === 'link') {
      const [from, to] = code.split('->');
      return to === undefined ? undefined : where.get(`link:${slug(from)}->${slug(to)}`);
    }
    if (kind === 'profile') {
      const field = matchEnum(PROFILE_LABELS, code) ?? PROFILE_BY_MODEL_FIELD[code];
      return field ? where.get(`profile:${field}`) : undefined;
    }
    return where.get(`${kind}:${slug(code)}`);
  };

  if (problems.length > 0 || year === undefined || !profile.unit || !profile.judul) return { document: null, problems, rowOf };
  return {
    document: {
      unitId: profile.unit,
      year,
      theme: profile.tema ?? null,
      title: profile.judul,
      vision: profile.visi ?? '',
      missions,
      goals,
      perspectives,
      objectives,
      links,
      kpis,
      initiatives,
    },
    problems,
    rowOf,
  };
}

const PROFILE_BY_MODEL_FIELD: Record<string, ProfileField> = {
  unitId: 'unit',
  title: 'judul',
  missions: 'misi',
  goals: 'tujuan',
};

function readKpi(r: RowReader): KpiSpec | undefined {
  let ok = true;
  const check = <T>(v: T | undefined): T | undefined => {
    if (v === undefined) ok = false;
    return v;
  };
  const frequency = check(r.enumValue('frekuensi', FREQUENCY_LABELS));
  const level = check(r.enumValue('level', LEVEL_LABELS));
  const polarity = check(r.enumValue('polaritas', POLARITY_LABELS));
  const valueType = check(r.enumValue('tipe_nilai', VALUE_TYPE_LABELS));
  const weight = check(r.decimal('bobot'));
  let aggregation = check(r.enumValue('agregasi', AGGREGATION_LABELS));
  if (aggregation === null && frequency) {
    if (frequency === 'yearly') aggregation = 'last';
    else check(r.required('agregasi', 'untuk IKU yang tidak tahunan / for a KPI that is not yearly'));
  }

  // unit of measure and grades depend on the value type
  let grades: string[] | null = null;
  if (valueType) {
    if (valueType !== 'categorical' && valueType !== 'milestone_date') check(r.required('satuan', 'untuk tipe nilai ini / for this value type'));
    if (valueType === 'categorical') {
      const text = check(r.required('kategori', 'untuk tipe nilai kategori / for a categorical KPI'));
      if (text !== undefined) {
        grades = text.split(GRADE_SEPARATOR).filter((g) => g !== '');
        if (grades.length < 2 || new Set(grades.map(normalizeName)).size !== grades.length) {
          check(r.problem('kategori', 'INVALID_GRADES', `"${text}": tulis minimal 2 kategori berbeda, terbaik lebih dulu, dipisah ">" (mis. WTP > WDP > TW > TMP) / write at least 2 distinct grades, best first, separated by ">"`));
          grades = null;
        }
      }
    } else if (r.notAllowed('kategori', 'kecuali tipe nilai kategori / unless the value type is categorical')) ok = false;
  }

  // targets: only when the cells they depend on are valid (one problem per broken cell)
  let baseline: string | null = null;
  let yearlyTarget: KpiTarget | null = null;
  let endOfTermTarget: KpiTarget | null = null;
  const periodTargets: Partial<Record<PeriodCode, KpiTarget>> = {};
  const targetsReadable = valueType && polarity && (valueType !== 'categorical' || grades !== null);
  if (targetsReadable) {
    const ctx: TargetContext = { valueType, grades };
    const range = polarity === 'range';
    const b = r.text('baseline');
    if (b !== null) baseline = check(parseSingle(r, 'baseline', b, ctx)) ?? null;
    if (range) {
      const minMax = r.has('target_min') || r.has('target_max');
      if (minMax && r.notAllowed('target', 'bila Target Min/Maks diisi / when Target Min/Maks are filled')) ok = false;
      else if (r.has('target')) {
        // also accepted: "min..max" in the Target column
        yearlyTarget = check(parseTarget(r, 'target', ctx, true)) ?? null;
      } else {
        const min = r.text('target_min') === null ? null : check(parseSingle(r, 'target_min', r.text('target_min')!, ctx));
        const max = r.text('target_max') === null ? null : check(parseSingle(r, 'target_max', r.text('target_max')!, ctx));
        if (min === null && max !== null && max !== undefined) check(r.required('target_min', 'bila Target Maks diisi / when Target Maks is filled'));
        if (max === null && min !== null && min !== undefined) check(r.required('target_max', 'bila Target Min diisi / when Target Min is filled'));
        if (min && max) {
          if (valueType !== 'categorical' && valueType !== 'milestone_date' && compareDecimals(min, max) > 0) {
            check(r.problem('target_max', 'INVALID_RANGE', `Target Maks ${max} lebih kecil dari Target Min ${min} / the upper bound is below the lower bound`));
          } else yearlyTarget = { min, max };
        }
      }
    } else {
      yearlyTarget = check(parseTarget(r, 'target', ctx, false)) ?? null;
      for (const key of ['target_min', 'target_max']) if (r.notAllowed(key, 'kecuali polaritas rentang / unless the polarity is range')) ok = false;
    }
    endOfTermTarget = check(parseTarget(r, 'target_akhir', ctx, range)) ?? null;
    if (frequency) {
      const allowed = new Set<string>(periodsOf(frequency));
      for (const p of PERIOD_COLUMNS) {
        const key = p.period.toLowerCase();
        if (!r.has(key)) continue;
        if (!allowed.has(p.period)) {
          const cols = PERIOD_COLUMNS.filter((c) => allowed.has(c.period)).map((c) => c.header);
          check(
            r.problem(
              key,
              'PERIOD_NOT_IN_FREQUENCY',
              `Kolom "${p.header}" bukan periode IKU ${labelOf(FREQUENCY_LABELS, frequency)}; ${cols.length ? `isi ${cols.join(', ')}` : 'isi hanya kolom Target'} / "${p.header}" is not a period of a ${frequency} KPI; ${cols.length ? `use ${cols.join(', ')}` : 'use the Target column only'}`,
            ),
          );
          continue;
        }
        const t = check(parseTarget(r, key, ctx, range));
        if (t) periodTargets[p.period as PeriodCode] = t;
      }
    }
  } else ok = false;

  // thresholds: both or neither
  const green = check(r.decimal('ambang_hijau'));
  const yellow = check(r.decimal('ambang_kuning'));
  if (green && yellow === null) check(r.required('ambang_kuning', 'bila Ambang Hijau diisi / when Ambang Hijau is filled'));
  if (yellow && green === null) check(r.required('ambang_hijau', 'bila Ambang Kuning diisi / when Ambang Kuning is filled'));

  const parentKpi = r.text('turunan_dari');
  const share = check(r.decimal('porsi'));
  if (parentKpi === null && share) check(r.problem('porsi', 'VALUE_NOT_ALLOWED', 'Porsi hanya diisi bersama "Turunan dari" / a share needs "Turunan dari"'));

  if (!ok || !frequency || !level || !polarity || !valueType || !aggregation || !weight) return undefined;
  return {
    code: r.text('kode') ?? '',
    objectiveCode: r.text('sasaran') ?? '',
    name: r.text('nama') ?? '',
    unitOfMeasure: r.text('satuan') ?? '',
    definition: r.text('definisi') ?? '',
    dataSource: r.text('sumber_data'),
    ownerUnitId: r.text('pemilik'),
    frequency,
    level,
    polarity,
    valueType,
    grades,
    aggregation,
    weight,
    baseline,
    yearlyTarget,
    periodTargets,
    endOfTermTarget,
    thresholds: green && yellow ? { green, yellow } : null,
    cascadedFrom: parentKpi === null ? null : { kpiId: parentKpi, share: share ?? null },
  };
}

// ------------------------------------------------------------------ writing

/** A decimal string as a number when the number writes back to the same text (so Excel shows a number), else the text. */
function numeric(s: string | null): string | number | null {
  if (s === null) return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  const n = Number(s);
  return numberToText(n) === s ? n : s;
}

function targetCell(t: KpiTarget | null, valueType: ValueType): string | number | null {
  if (t === null) return null;
  if (isRangeTarget(t)) return `${t.min}..${t.max}`;
  return valueType === 'categorical' || valueType === 'milestone_date' ? t.value : numeric(t.value);
}

/** The workbook rows of a scorecard (by sheet key), for export with writeWorkbook(SCORECARD_SHEETS, ...). */
export function workbookFromDocument(doc: ScorecardDocument): WorkbookData {
  const profil: WorkbookData[string] = [
    { jenis: 'unit', isi: doc.unitId },
    { jenis: 'tahun', isi: doc.year },
    { jenis: 'tema', isi: doc.theme },
    { jenis: 'judul', isi: doc.title },
    { jenis: 'visi', isi: doc.vision === '' ? null : doc.vision },
    ...doc.missions.map((m) => ({ jenis: 'misi', isi: m })),
    ...doc.goals.map((g) => ({ jenis: 'tujuan', isi: g })),
  ];
  return {
    profil,
    perspektif: doc.perspectives.map((p) => ({ kode: p.code, nama: p.name, urutan: p.order, bobot: numeric(p.weight) })),
    sasaran: doc.objectives.map((o) => ({ kode: o.code, perspektif: o.perspectiveCode, nama: o.name, bobot: numeric(o.weight), kontribusi_ke: o.contributesTo })),
    peta: doc.links.map((l) => ({ sebab: l.from, akibat: l.to })),
    iku: doc.kpis.map((k) => {
      const range = k.yearlyTarget !== null && isRangeTarget(k.yearlyTarget);
      const row: Record<string, string | number | null> = {
        kode: k.code,
        sasaran: k.objectiveCode,
        nama: k.name,
        satuan: k.unitOfMeasure === '' ? null : k.unitOfMeasure,
        definisi: k.definition,
        sumber_data: k.dataSource,
        pemilik: k.ownerUnitId,
        frekuensi: labelOf(FREQUENCY_LABELS, k.frequency),
        level: labelOf(LEVEL_LABELS, k.level),
        polaritas: labelOf(POLARITY_LABELS, k.polarity),
        tipe_nilai: labelOf(VALUE_TYPE_LABELS, k.valueType),
        kategori: k.grades && k.grades.length > 0 ? k.grades.join(' > ') : null,
        agregasi: labelOf(AGGREGATION_LABELS, k.aggregation),
        bobot: numeric(k.weight),
        baseline: k.baseline === null ? null : targetCell({ value: k.baseline }, k.valueType),
        target: range ? null : targetCell(k.yearlyTarget, k.valueType),
        target_min: range ? targetCell({ value: (k.yearlyTarget as { min: string }).min }, k.valueType) : null,
        target_max: range ? targetCell({ value: (k.yearlyTarget as { max: string }).max }, k.valueType) : null,
      };
      for (const p of PERIOD_COLUMNS) row[p.period.toLowerCase()] = targetCell(k.periodTargets[p.period as PeriodCode] ?? null, k.valueType);
      row.target_akhir = targetCell(k.endOfTermTarget, k.valueType);
      row.ambang_hijau = numeric(k.thresholds?.green ?? null);
      row.ambang_kuning = numeric(k.thresholds?.yellow ?? null);
      row.turunan_dari = k.cascadedFrom?.kpiId ?? null;
      row.porsi = numeric(k.cascadedFrom?.share ?? null);
      return row;
    }),
    inisiatif: doc.initiatives.map((i) => ({
      kode: i.code,
      jenjang: labelOf(INITIATIVE_LEVEL_LABELS, i.level),
      nama: i.name,
      induk: i.parentCode,
      sasaran: i.objectiveCodes.length > 0 ? i.objectiveCodes.join('; ') : null,
      pagu: numeric(i.budgetCeiling),
      pelaksana: i.ownerUnitId,
      mulai: i.schedule.start,
      selesai: i.schedule.end,
    })),
  };
}

// ------------------------------------------------------------------ template

/** The example scorecard behind the template (a Pemda scorecard with three kinds of KPI). */
export function scorecardTemplateDocument(): ScorecardDocument {
  return {
    unitId: 'pemda',
    year: 2026,
    theme: null,
    title: 'Kartu Kinerja Pemerintah Daerah 2026',
    vision: 'Daerah yang maju, sejahtera dan berdaya saing',
    missions: ['Meningkatkan kualitas pelayanan publik', 'Mewujudkan tata kelola pemerintahan yang bersih dan akuntabel'],
    goals: ['Meningkatnya kepuasan masyarakat dan stabilitas ekonomi daerah'],
    perspectives: [
      { code: 'P1', name: 'Pemangku Kepentingan', order: 1, weight: '60' },
      { code: 'P2', name: 'Proses Internal', order: 2, weight: '40' },
    ],
    objectives: [
      { code: 'SS-01', perspectiveCode: 'P1', name: 'Meningkatnya kepuasan masyarakat dan stabilitas harga', weight: null, contributesTo: null },
      { code: 'SS-02', perspectiveCode: 'P2', name: 'Terwujudnya pengelolaan keuangan daerah yang akuntabel', weight: null, contributesTo: null },
    ],
    links: [{ from: 'SS-02', to: 'SS-01' }],
    kpis: [
      {
        code: 'IKU-01',
        objectiveCode: 'SS-01',
        name: 'Indeks Kepuasan Masyarakat',
        unitOfMeasure: 'indeks',
        definition: 'Rata-rata tertimbang nilai unsur pelayanan hasil Survei Kepuasan Masyarakat (PermenPANRB 14/2017)',
        dataSource: 'Survei Kepuasan Masyarakat',
        ownerUnitId: 'bag-organisasi',
        frequency: 'quarterly',
        level: 'result',
        polarity: 'higher_is_better',
        valueType: 'number',
        grades: null,
        aggregation: 'average',
        weight: '60',
        baseline: '80.1',
        yearlyTarget: { value: '82.5' },
        periodTargets: { Q1: { value: '82' }, Q2: { value: '82.5' }, Q3: { value: '82.5' }, Q4: { value: '83' } },
        endOfTermTarget: { value: '85' },
        thresholds: { green: '100', yellow: '90' },
        cascadedFrom: null,
      },
      {
        code: 'IKU-02',
        objectiveCode: 'SS-01',
        name: 'Tingkat inflasi',
        unitOfMeasure: '%',
        definition: 'Perubahan Indeks Harga Konsumen year-on-year (BPS)',
        dataSource: 'BPS',
        ownerUnitId: 'bag-perekonomian',
        frequency: 'quarterly',
        level: 'result',
        polarity: 'range',
        valueType: 'percent',
        grades: null,
        aggregation: 'last',
        weight: '40',
        baseline: '2.8',
        yearlyTarget: { min: '2', max: '4' },
        periodTargets: { Q1: { min: '2', max: '4' }, Q2: { min: '2', max: '4' }, Q3: { min: '2', max: '4' }, Q4: { min: '2', max: '4' } },
        endOfTermTarget: { min: '2', max: '4' },
        thresholds: null,
        cascadedFrom: null,
      },
      {
        code: 'IKU-03',
        objectiveCode: 'SS-02',
        name: 'Opini BPK',
        unitOfMeasure: '',
        definition: 'Opini Badan Pemeriksa Keuangan atas Laporan Keuangan Pemerintah Daerah',
        dataSource: 'Laporan Hasil Pemeriksaan BPK',
        ownerUnitId: 'bpkad',
        frequency: 'yearly',
        level: 'result',
        polarity: 'higher_is_better',
        valueType: 'categorical',
        grades: ['WTP', 'WDP', 'TW', 'TMP'],
        aggregation: 'last',
        weight: '100',
        baseline: 'WDP',
        yearlyTarget: { value: 'WTP' },
        periodTargets: {},
        endOfTermTarget: { value: 'WTP' },
        thresholds: null,
        cascadedFrom: null,
      },
    ],
    initiatives: [
      {
        code: 'PRG-01',
        level: 'program',
        name: 'Program Penunjang Urusan Pemerintahan Daerah',
        parentCode: null,
        objectiveCodes: ['SS-01', 'SS-02'],
        budgetCeiling: '1500000000',
        ownerUnitId: 'bag-organisasi',
        schedule: { start: '2026-01-01', end: '2026-12-31' },
      },
    ],
  };
}

/** The template: the example scorecard as workbook rows. */
export function scorecardTemplate(): WorkbookData {
  return workbookFromDocument(scorecardTemplateDocument());
}
