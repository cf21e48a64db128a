import { normalizeName, numberToText, parseDecimalCell, type ReadResult, type SheetProblem, type SheetSpec, type WriteData } from '@capaian/spreadsheet';
import { PERIOD_CODES, periodsOf, type PeriodCode } from '@capaian/contracts';
import { DomainError } from '@capaian/ddd';
import {
  MAX_EVIDENCE_LINKS,
  NUMERIC_VALUE_TYPES,
  checkEvidence,
  checkKpiPeriod,
  checkNote,
  checkReason,
  checkRealizationValue,
  checkYear,
  type EvidenceLink,
  type KnownKpi,
} from '@capaian/measurement-domain';
import { FREQUENCY_NAMES, PERIOD_LABELS, REALIZATION_SHEETS, REALIZATION_SHEET_KEY, STATUS_LABELS } from './realization-sheets.js';

export { REALIZATION_SHEETS, REALIZATION_INSTRUCTIONS, REALIZATION_SHEET_KEY, PERIOD_LABELS, FREQUENCY_NAMES, STATUS_LABELS } from './realization-sheets.js';

/**
 * The realization workbook (pure codec, no I/O): one sheet 'Realisasi', one row per KPI and
 * period (see realization-sheets.ts).
 *
 * Reading (`realizationsFromWorkbook`) does the syntactic checks and the plan checks that need
 * only the KPI as measurement knows it: known KPI id, plan year, a sub-period of the KPI's
 * frequency, a value of the KPI's value type, note, evidence links, correction reason, and no
 * (KPI, year, period) twice without a correction reason. Ownership (the uploading unit owns the
 * KPI), locks, deadlines and whether a value already exists are the HTTP layer's and the
 * decider's; map their errors back to rows with `rowProblemFromError`.
 *
 * A row whose Nilai, Catatan, Bukti Dukung and Alasan Koreksi are all empty is an unfilled form
 * row and is skipped. Only rows without any problem (including the reader's problems on that row)
 * become items, in file order; the result is never empty on both sides (nothing to import ->
 * NO_ROWS or NO_VALUES). The caller decides whether a file with problems is refused as a whole
 * (recommended: import nothing and return the report) or imported in part.
 */

/** One realization read from the workbook, ready for a record (correctionReason null) or correct command. */
export interface RealizationRow {
  /** Excel row number (CSV: the line where the record starts). */
  row: number;
  /** The KPI's id as measurement knows it. */
  kpiId: string;
  year: number;
  period: PeriodCode;
  /** Normalized by value type: canonical decimal ("82,5" -> "82.5"), the grade as the plan spells it, or YYYY-MM-DD. */
  value: string;
  note: string | null;
  evidence: EvidenceLink[];
  /** Not null: the row corrects the value already reported for (kpiId, year, period). */
  correctionReason: string | null;
}

export interface RealizationsFromWorkbook {
  items: RealizationRow[];
  problems: SheetProblem[];
}

/** The KPI with this id as measurement's read model knows it (any tenant scoping is the caller's). */
export type KpiLookup = (kpiId: string) => KnownKpi | undefined;

/** One row of an export. `value` null = not reported yet: the cell stays blank, so the file doubles as a fill-in form. */
export interface RealizationExportRow {
  kpi: KnownKpi;
  year: number;
  period: PeriodCode;
  value: string | null;
  note?: string | null;
  evidence?: ReadonlyArray<{ url: string; label?: string | null }>;
  /** 'submitted' | 'verified' | 'rejected' (written in Indonesian) or any text. */
  status?: string;
  late?: boolean;
}

/** Problem codes added by `realizationsFromWorkbook` (on top of the reader's PROBLEM_CODES). */
export const REALIZATION_PROBLEM_CODES = [
  'NO_ROWS',
  'NO_VALUES',
  'REQUIRED_EMPTY',
  'KPI_UNKNOWN',
  'INVALID_YEAR',
  'INVALID_PERIOD',
  'YEAR_NOT_PLANNED',
  'PERIOD_NOT_IN_PLAN',
  'INVALID_VALUE',
  'KPI_GRADES_UNDEFINED',
  'KPI_VALUE_TYPE_UNSUPPORTED',
  'INVALID_NOTE',
  'NOTE_TOO_LONG',
  'INVALID_EVIDENCE_URL',
  'TOO_MANY_EVIDENCE_LINKS',
  'REASON_REQUIRED',
  'REASON_TOO_LONG',
  'DUPLICATE_ROW',
] as const;

const SPEC: SheetSpec = REALIZATION_SHEETS[0];

// ------------------------------------------------------------------ problems

/** Domain field names (commands, DomainError.field, BatchItemError.field) -> column key. */
const FIELD_COLUMNS: Record<string, string> = {
  kpiId: 'id_iku',
  kpi: 'id_iku',
  unitId: 'id_iku',
  year: 'tahun',
  period: 'periode',
  value: 'nilai',
  note: 'catatan',
  evidence: 'bukti',
  reason: 'alasan_koreksi',
  correctionReason: 'alasan_koreksi',
};

/**
 * The column header for a column key ('nilai'), a header or alias ('Nilai', 'value') or a domain
 * field name ('kpiId', 'evidence[2].url'); null when none matches.
 */
export function realizationColumnHeader(column: string): string | null {
  const byKey = SPEC.columns.find((c) => c.key === column);
  if (byKey) return byKey.header;
  const field = FIELD_COLUMNS[column.split(/[.[]/)[0]];
  if (field) return SPEC.columns.find((c) => c.key === field)!.header;
  const n = normalizeName(column);
  return SPEC.columns.find((c) => [c.header, ...(c.aliases ?? [])].some((h) => normalizeName(h) === n))?.header ?? null;
}

/**
 * A problem on one row of the 'Realisasi' sheet; `column` is resolved as by
 * `realizationColumnHeader` (e.g. `rowProblem(item.row, 'id_iku', 'KPI_NOT_OWNED', '...')`).
 */
export function rowProblem(row: number | null, column: string | null, code: string, message: string): SheetProblem {
  return { sheet: SPEC.title, row, column: column === null ? null : realizationColumnHeader(column), code, message };
}

/** A DomainError or a BatchItemError of the item read from `row`, as a problem on that row (its `field` picks the column). */
export function rowProblemFromError(row: number, error: { code: string; message: string; field?: string | null }): SheetProblem {
  return rowProblem(row, error.field ?? null, error.code, error.message);
}

function attempt<T>(fn: () => T): T | DomainError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

// ------------------------------------------------------------------ cells

const periodKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
const PERIOD_BY_LABEL = new Map<string, PeriodCode>();
for (const code of PERIOD_CODES) {
  for (const label of [code, ...PERIOD_LABELS[code]]) {
    const k = periodKey(label);
    const known = PERIOD_BY_LABEL.get(k);
    if (known !== undefined && known !== code) throw new Error(`period label ${label} is ambiguous (${known}, ${code})`);
    PERIOD_BY_LABEL.set(k, code);
  }
}

/** A period as typed ('Q1', 'TW I', 'Triwulan 1', 'S2', 'Semester II', 'M03', 'Mar', 'Maret', 'Y', 'Tahunan', ...); undefined when not recognized. */
export function parsePeriodCell(text: string): PeriodCode | undefined {
  return PERIOD_BY_LABEL.get(periodKey(text));
}

/** The label the workbook writes for a period ('Q1' -> 'TW I', 'M03' -> 'Maret', 'Y' -> 'Tahunan'). */
export function periodLabel(period: PeriodCode): string {
  return PERIOD_LABELS[period][0];
}

const MONTHS: Record<string, number> = {};
for (let m = 1; m <= 12; m++) {
  const code = `M${String(m).padStart(2, '0')}` as PeriodCode;
  for (const label of PERIOD_LABELS[code]) if (!/^M\d/.test(label)) MONTHS[periodKey(label)] = m;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/;
/** Excel day serials of 2000-01-01 and 2100-12-31 (a date pasted into a cell formatted as a number). */
const EXCEL_SERIAL_MIN = 36526;
const EXCEL_SERIAL_MAX = 73415;

/**
 * A date as typed: YYYY-MM-DD (also what the reader makes of an Excel date cell), DD/MM/YYYY,
 * DD-MM-YYYY, DD.MM.YYYY, '30 September 2026' / '30 Sep 2026' (Indonesian or English month), or an
 * Excel day serial of a year 2000-2100 (a date cell whose format was lost). Returns YYYY-MM-DD;
 * undefined when not a real calendar date.
 */
export function parseDateCell(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(t);
  const dmy = DMY_DATE.exec(t);
  const named = DAY_MONTH_YEAR.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (named && MONTHS[periodKey(named[2])] !== undefined) [d, m, y] = [Number(named[1]), MONTHS[periodKey(named[2])], Number(named[3])];
  else if (/^\d{5}$/.test(t) && Number(t) >= EXCEL_SERIAL_MIN && Number(t) <= EXCEL_SERIAL_MAX) {
    const date = new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How a value of this KPI is written (the informative 'Format Nilai' column). */
export function valueFormatHint(kpi: KnownKpi): string {
  switch (kpi.valueType) {
    case 'number':
      return 'angka, mis. 82,5';
    case 'percent':
      return 'persen (angka), mis. 82,5';
    case 'money':
      return 'rupiah >= 0, mis. 1.500.000';
    case 'duration':
      return `durasi >= 0${kpi.unitOfMeasure ? ` (${kpi.unitOfMeasure})` : ''}, mis. 3,5`;
    case 'categorical':
      return `salah satu: ${(kpi.grades ?? []).join(', ')}`;
    case 'milestone_date':
      return 'tanggal, mis. 2026-09-30 atau 30/09/2026';
    default:
      return String(kpi.valueType);
  }
}

/** A realization value as typed, checked and normalized by the KPI's value type (the domain's `checkRealizationValue` decides). */
export function parseValueCell(kpi: KnownKpi, text: string): { value: string } | { code: string; message: string } {
  const fail = (e: DomainError) => ({ code: e.code, message: e.message });
  let candidate: string = text.trim();
  if (NUMERIC_VALUE_TYPES.includes(kpi.valueType)) {
    const p = parseDecimalCell(text, { money: kpi.valueType === 'money' });
    if ('error' in p) return { code: 'INVALID_VALUE', message: `Nilai IKU ${kpi.code} harus angka / the value must be a number. ${p.error}` };
    candidate = p.value;
  } else if (kpi.valueType === 'milestone_date') {
    const d = parseDateCell(text);
    if (d === undefined) {
      return {
        code: 'INVALID_VALUE',
        message: `"${shorten(text)}" bukan tanggal yang sah; tulis YYYY-MM-DD, DD/MM/YYYY atau gunakan sel tanggal Excel / "${shorten(text)}" is not a valid date; write YYYY-MM-DD or DD/MM/YYYY`,
      };
    }
    candidate = d;
  } else if (kpi.valueType === 'categorical') {
    // also accept spellings differing in spaces, '-' or '_' ("W T P"), when exactly one grade matches
    const same = (kpi.grades ?? []).filter((g) => normalizeName(g) === normalizeName(text));
    if (same.length === 1 && (kpi.grades ?? []).every((g) => g.trim().toLowerCase() !== candidate.toLowerCase())) candidate = same[0];
  }
  const checked = attempt(() => checkRealizationValue(kpi, candidate, 'value'));
  if (checked instanceof DomainError) {
    return checked.code === 'INVALID_VALUE' ? { code: checked.code, message: `"${shorten(text)}": ${checked.message}` } : fail(checked);
  }
  return { value: checked };
}

/** Evidence links as typed: URLs separated by whitespace, ';' or line breaks; checked by the domain's `checkEvidence`. */
export function parseEvidenceCell(text: string | null): { evidence: EvidenceLink[] } | { code: string; message: string } {
  if (text === null) return { evidence: [] };
  const urls = text.split(/[\s;]+/).filter((u) => u !== '');
  if (urls.length > MAX_EVIDENCE_LINKS) {
    return {
      code: 'TOO_MANY_EVIDENCE_LINKS',
      message: `${urls.length} tautan; bukti dukung paling banyak ${MAX_EVIDENCE_LINKS} tautan / ${urls.length} links; at most ${MAX_EVIDENCE_LINKS} evidence links`,
    };
  }
  const evidence: EvidenceLink[] = [];
  for (const url of urls) {
    const r = attempt(() => checkEvidence([{ url, label: null }]));
    if (r instanceof DomainError) {
      return {
        code: r.code,
        message: `"${shorten(url)}": ${r.message}. Tulis alamat lengkap (https://...) dan pisahkan beberapa tautan dengan spasi, ";" atau baris baru / write full addresses separated by spaces, ";" or new lines`,
      };
    }
    evidence.push(...r);
  }
  return { evidence };
}

// ------------------------------------------------------------------ reading

/** Turns the rows read with `readWorkbook(bytes, format, REALIZATION_SHEETS)` into realizations plus a per-row problem report. */
export function realizationsFromWorkbook(read: ReadResult, kpis: KpiLookup): RealizationsFromWorkbook {
  const problems: SheetProblem[] = [...read.problems];
  const items: RealizationRow[] = [];
  const rows = read.rows[REALIZATION_SHEET_KEY] ?? [];
  // rows (and cells) the reader already reported: such a row is not imported, and its cell gets no second problem
  const readerRows = new Set<number>();
  const readerCells = new Set<string>();
  for (const p of read.problems) {
    if (p.sheet !== SPEC.title || p.row === null) continue;
    readerRows.add(p.row);
    if (p.column !== null) readerCells.add(`${p.row}:${p.column}`);
  }
  const lookup = (id: string) => kpis(id) ?? (id.toLowerCase() !== id ? kpis(id.toLowerCase()) : undefined);
  /** (kpiId, year, period) -> first row. */
  const seen = new Map<string, number>();

  for (const { row, values } of rows) {
    const text = (key: string) => values[key] ?? null;
    const rowProblems: SheetProblem[] = [];
    const problem = (key: string, code: string, message: string) => {
      rowProblems.push(rowProblem(row, key, code, message));
      return undefined;
    };
    const valueText = text('nilai');
    const noteText = text('catatan');
    const evidenceText = text('bukti');
    const reasonText = text('alasan_koreksi');
    if (valueText === null && noteText === null && evidenceText === null && reasonText === null && !readerCells.has(`${row}:${realizationColumnHeader('nilai')}`)) {
      continue; // an unfilled form row (its reader problems, if any, are reported already)
    }

    if (valueText === null && !readerCells.has(`${row}:${realizationColumnHeader('nilai')}`)) {
      problem(
        'nilai',
        'REQUIRED_EMPTY',
        'Kolom "Nilai" wajib diisi bila Catatan, Bukti Dukung atau Alasan Koreksi diisi; kosongkan seluruh baris bila belum dilaporkan / "Nilai" is required when a note, evidence or correction reason is given',
      );
    }

    // KPI, year, period
    const id = text('id_iku');
    const kpi = id === null ? undefined : lookup(id);
    if (id !== null && kpi === undefined) {
      problem('id_iku', 'KPI_UNKNOWN', `IKU "${shorten(id)}" tidak dikenal (belum ada di rencana yang disahkan); unduh ulang templat / unknown KPI; download the template again`);
    }
    let year: number | undefined;
    const yearText = text('tahun');
    if (yearText !== null) {
      const y = /^\d{4}$/.test(yearText) ? attempt(() => checkYear(Number(yearText))) : undefined;
      if (typeof y === 'number') year = y;
      else problem('tahun', 'INVALID_YEAR', `"${shorten(yearText)}" bukan tahun; tulis tahun 2000-2100, mis. 2026 / not a year; write a year from 2000 to 2100`);
    }
    let period: PeriodCode | undefined;
    const periodText = text('periode');
    if (periodText !== null) {
      period = parsePeriodCell(periodText);
      if (period === undefined) {
        problem(
          'periode',
          'INVALID_PERIOD',
          `"${shorten(periodText)}" bukan periode yang dikenal; tulis TW I-TW IV (Q1-Q4), Semester 1-2 (S1-S2), Januari-Desember (M01-M12) atau Tahunan (Y) / unknown period; write Q1-Q4, S1-S2, M01-M12 or Y`,
        );
      }
    }
    let planned = false;
    if (kpi && year !== undefined && period !== undefined) {
      const checked = attempt(() => checkKpiPeriod(kpi, year, period));
      if (!(checked instanceof DomainError)) planned = true;
      else if (checked.field === 'year') {
        problem('tahun', checked.code, `IKU ${kpi.code} direncanakan untuk tahun ${kpi.year}, bukan ${year} / the KPI is planned for ${kpi.year}, not ${year}`);
      } else {
        const allowed = periodsOf(kpi.frequency);
        problem(
          'periode',
          checked.code,
          `${periodLabel(period)} (${period}) bukan sub-periode IKU ${kpi.code} yang ${FREQUENCY_NAMES[kpi.frequency]}; gunakan ${allowed.map((p) => `${periodLabel(p)} (${p})`).join(', ')} / not a sub-period of this ${kpi.frequency} KPI; use ${allowed.join(', ')}`,
        );
      }
    }

    // value, note, evidence, reason
    let value: string | undefined;
    if (kpi && valueText !== null) {
      const v = parseValueCell(kpi, valueText);
      if ('value' in v) value = v.value;
      else problem('nilai', v.code, v.message);
    }
    const note = attempt(() => checkNote(noteText, 'note'));
    if (note instanceof DomainError) problem('catatan', note.code, note.message);
    const evidence = parseEvidenceCell(evidenceText);
    if ('code' in evidence) problem('bukti', evidence.code, evidence.message);
    const reason = reasonText === null ? null : attempt(() => checkReason(reasonText, 'reason'));
    if (reason instanceof DomainError) problem('alasan_koreksi', reason.code, reason.message);

    // the same KPI and period twice: the later row must say it corrects the earlier one
    if (kpi && planned && valueText !== null) {
      const key = `${kpi.kpiId}\u0000${year}\u0000${period}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row);
      else if (reasonText === null) {
        problem(
          'alasan_koreksi',
          'DUPLICATE_ROW',
          `IKU ${kpi.code} periode ${periodLabel(period!)} ${year} sudah ada di baris ${first}; hapus salah satu baris, atau isi Alasan Koreksi bila baris ini mengoreksi baris ${first} / KPI ${kpi.kpiId} ${period} ${year} already appears in row ${first}; remove one row or give a correction reason`,
        );
      }
    }

    problems.push(...rowProblems);
    if (rowProblems.length > 0 || readerRows.has(row) || !kpi || !planned || value === undefined || note instanceof DomainError || 'code' in evidence || reason instanceof DomainError) {
      continue;
    }
    items.push({ row, kpiId: kpi.kpiId, year: year!, period: period!, value, note, evidence: evidence.evidence, correctionReason: reason });
  }

  if (items.length === 0 && problems.length === 0) {
    problems.push(
      rows.length === 0
        ? rowProblem(
            null,
            null,
            'NO_ROWS',
            `Lembar "${SPEC.title}" tidak berisi baris data di bawah judul kolom; isi satu baris per IKU dan periode / sheet "${SPEC.title}" has no data rows below the header`,
          )
        : rowProblem(null, 'nilai', 'NO_VALUES', `Tidak ada nilai realisasi yang diisi: semua baris berkolom "Nilai" kosong / no realization value was filled in: every row has an empty "Nilai"`),
    );
  }
  return { items, problems };
}

// ------------------------------------------------------------------ writing

/** A decimal string as a number when the number writes back to the same text (so Excel shows a number), else the text. */
function numeric(s: string): string | number {
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  const n = Number(s);
  return numberToText(n) === s ? n : s;
}

function valueCell(kpi: KnownKpi, value: string | null): string | number | null {
  if (value === null) return null;
  return NUMERIC_VALUE_TYPES.includes(kpi.valueType) ? numeric(value) : value;
}

/** The workbook rows of realizations, by sheet key, for `writeWorkbook(REALIZATION_SHEETS, data, format, { instructions: REALIZATION_INSTRUCTIONS })`. */
export function workbookFromRealizations(rows: ReadonlyArray<RealizationExportRow>): WriteData {
  return {
    [REALIZATION_SHEET_KEY]: rows.map((r) => ({
      id_iku: r.kpi.kpiId,
      kode: r.kpi.code,
      nama: r.kpi.name,
      tahun: r.year,
      periode: periodLabel(r.period),
      nilai: valueCell(r.kpi, r.value),
      satuan: r.kpi.unitOfMeasure === '' ? null : r.kpi.unitOfMeasure,
      format: valueFormatHint(r.kpi),
      catatan: r.note ?? null,
      bukti: r.evidence && r.evidence.length > 0 ? r.evidence.map((e) => e.url).join('; ') : null,
      alasan_koreksi: null,
      status: r.status === undefined ? null : (STATUS_LABELS[r.status] ?? r.status),
      terlambat: r.late === undefined || r.value === null ? null : r.late ? 'ya' : 'tidak',
    })),
  };
}

const byCode = (a: KnownKpi, b: KnownKpi) => a.code.localeCompare(b.code, 'id', { numeric: true }) || (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : 0);

/**
 * The fill-in form of a unit for a year: one row per sub-period of each KPI the unit owns in that
 * year's plan (KPIs sorted by code), every Nilai blank.
 */
export function realizationTemplate(kpis: ReadonlyArray<KnownKpi>, year: number, unitId: string): WriteData {
  const own = kpis.filter((k) => k.ownerUnitId === unitId && k.year === year).sort(byCode);
  return workbookFromRealizations(own.flatMap((kpi) => periodsOf(kpi.frequency).map((period) => ({ kpi, year, period, value: null }))));
}
