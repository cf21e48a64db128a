import { formatPercent, type TrafficLightColor } from '@capaian/scoring';

/** Labels (Indonesian, with an English subtitle) shared by the renderers. */
export const LKJIP_LABELS = {
  title: { id: 'Laporan Kinerja Instansi Pemerintah (LKjIP)', en: 'Government Agency Performance Report' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  kpis: { id: 'Capaian Indikator Kinerja', en: 'KPI achievement' },
  budget: { id: 'Anggaran & Value for Money', en: 'Budget and value for money' },
  trend: { id: 'Tren Indikator', en: 'KPI trends' },
  perspectives: { id: 'Skor Perspektif', en: 'Perspective scores' },
  sakip: { id: 'Nilai Evaluasi SAKIP', en: 'SAKIP evaluation' },
  provenance: { id: 'Sumber data', en: 'Provenance' },
  unit: { id: 'Unit kerja', en: 'Unit' },
  year: { id: 'Tahun', en: 'Year' },
  score: { id: 'Nilai kinerja', en: 'Scorecard score' },
  band: { id: 'Predikat', en: 'Rating' },
  grade: { id: 'Predikat SAKIP', en: 'SAKIP grade' },
  trafficLight: { green: 'Hijau', yellow: 'Kuning', red: 'Merah', none: '-' } as Record<TrafficLightColor, string>,
  notMeasurable: 'tidak terukur',
  noData: '-',
} as const;

/** A column header: Indonesian, with an English subtitle. */
export interface LkjipColumnLabel {
  readonly id: string;
  readonly en: string;
}

/** Column headers from `[id, en]` pairs. */
export const columnLabels = (...pairs: ReadonlyArray<readonly [id: string, en: string]>): readonly LkjipColumnLabel[] => pairs.map(([id, en]) => ({ id, en }));

/** The header of each KPI column a renderer can show, by what the column holds. */
export const LKJIP_KPI_HEADERS = {
  no: { id: 'No', en: 'No' },
  perspective: { id: 'Perspektif', en: 'Perspective' },
  objective: { id: 'Sasaran Strategis', en: 'Strategic objective' },
  code: { id: 'Kode', en: 'Code' },
  name: { id: 'Indikator Kinerja', en: 'KPI' },
  unitOfMeasure: { id: 'Satuan', en: 'Unit' },
  target: { id: 'Target', en: 'Target' },
  realization: { id: 'Realisasi', en: 'Realization' },
  achievement: { id: 'Capaian (%)', en: 'Achievement (%)' },
  previous: { id: 'Realisasi Tahun Lalu', en: "Last year's figure" },
  previousAchievement: { id: 'Capaian Tahun Lalu (%)', en: "Last year's achievement (%)" },
  endOfTerm: { id: 'Target Akhir Renstra', en: 'Five-year target' },
  endOfTermAchievement: { id: 'Capaian thd Target Akhir (%)', en: 'Against five-year target (%)' },
  band: { id: 'Predikat', en: 'Rating' },
  trafficLight: { id: 'Status', en: 'Traffic light' },
  exact: { id: 'Capaian (eksak)', en: 'Achievement (exact)' },
} as const satisfies Record<string, LkjipColumnLabel>;

/** The column headers of the tables more than one renderer draws, in their order. */
export const LKJIP_TABLE_COLUMNS = {
  kpis: [
    ...(['no', 'code', 'name', 'unitOfMeasure', 'target', 'realization', 'achievement', 'previous', 'endOfTerm'] as const).map((k) => LKJIP_KPI_HEADERS[k]),
    { id: LKJIP_KPI_HEADERS.endOfTermAchievement.id, en: 'Vs five-year target' },
    LKJIP_KPI_HEADERS.band,
    { id: LKJIP_KPI_HEADERS.trafficLight.id, en: 'Status' },
  ],
  perspectives: columnLabels(['Kode', 'Code'], ['Perspektif', 'Perspective'], ['Bobot', 'Weight'], ['Nilai', 'Score'], ['Predikat', 'Rating']),
  budget: columnLabels(['Kode', 'Code'], ['Program / Kegiatan', 'Initiative'], ['Pagu', 'Ceiling'], ['Realisasi', 'Realized'], ['Penyerapan (%)', 'Absorption (%)']),
  valueForMoney: columnLabels(
    ['Kode', 'Code'],
    ['Unit / Program', 'Unit / initiative'],
    ['Ekonomi: penyerapan (%)', 'Economy: absorption'],
    ['Penghematan', 'Savings'],
    ['Efisiensi (rasio)', 'Efficiency (> 1 efficient)'],
    ['Efektivitas (%)', 'Effectiveness'],
    ['Catatan', 'Flags'],
  ),
} as const;

/** Known value-for-money flag codes in Indonesian. */
export const FLAG_LABELS: Record<string, string> = {
  inefficient: 'tidak efisien',
  over_ceiling: 'melebihi pagu',
  low_absorption: 'penyerapan rendah',
  not_effective: 'tidak efektif',
  uneconomical: 'tidak ekonomis',
};

// ---------------------------------------------------------------------------------------------
// Display helpers shared by the renderers (PDF, HTML): Indonesian number format of the report's display texts.
// ---------------------------------------------------------------------------------------------

/** A decimal string in Indonesian notation (thousands `.`, decimals `,`), optionally fixed decimals; non-numbers as given. */
export function formatIdNumber(value: string | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === '') return LKJIP_LABELS.noData;
  const plain = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return value;
  // As written (a display text such as "93.80" keeps its zeros), or rounded half-up to `decimals`.
  const fixed = decimals === undefined ? plain : formatPercent(plain, decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}

/** An achievement / score display text ("98.48") in Indonesian notation ("98,48"), or the not-measurable label. */
export function formatIdPercent(text: string | null): string {
  return text === null ? LKJIP_LABELS.notMeasurable : formatIdNumber(text);
}

/** Rupiah in whole Rupiah (rounded half-up): "Rp 1.250.000.000". */
export function formatRupiah(value: string | null): string {
  if (value === null) return LKJIP_LABELS.noData;
  return `Rp ${formatIdNumber(value, 0)}`;
}
