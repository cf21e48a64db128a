import { normalizeName, type ReadResult, type SheetProblem, type SheetSpec } from '@capaian/spreadsheet';
import { periodsOf, type PeriodCode } from '@capaian/contracts';
import { slug, type InitiativeSpec, type KpiSpec, type KpiTarget, type ObjectiveSpec, type PerspectiveSpec, type ScorecardDocument, type StrategyLink } from '@capaian/planning-domain';
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
import { RowReader, compareDecimals, labelOf, matchEnum, parseSingle, parseTarget, type TargetContext } from './scorecard-cells.js';

export { SCORECARD_SHEETS, SCORECARD_INSTRUCTIONS } from './scorecard-sheets.js';
export { scorecardTemplate, scorecardTemplateDocument, workbookFromDocument } from './scorecard-workbook-write.js';

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
  const columns = FIELD_COLUMNS[kind];
  const key = Object.hasOwn(columns, field) ? columns[field] : undefined;
  if (!key) return null;
  return SPEC[SHEET_OF_KIND[kind]].columns.find((c) => c.key === key)?.header ?? null;
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
      const field = matchEnum(PROFILE_LABELS, code) ?? (Object.hasOwn(PROFILE_BY_MODEL_FIELD, code) ? PROFILE_BY_MODEL_FIELD[code] : undefined);
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
          check(
            r.problem(
              'kategori',
              'INVALID_GRADES',
              `"${text}": tulis minimal 2 kategori berbeda, terbaik lebih dulu, dipisah ">" (mis. WTP > WDP > TW > TMP) / write at least 2 distinct grades, best first, separated by ">"`,
            ),
          );
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
