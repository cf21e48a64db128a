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
  columns: {
    no: 'No',
    code: 'Kode',
    name: 'Indikator Kinerja',
    unitOfMeasure: 'Satuan',
    target: 'Target',
    realization: 'Realisasi',
    achievement: 'Capaian (%)',
    previous: 'Realisasi Tahun Lalu',
    endOfTerm: 'Target Akhir Renstra',
    band: 'Predikat',
    trafficLight: 'Status',
  },
  columnsEn: {
    no: 'No',
    code: 'Code',
    name: 'KPI',
    unitOfMeasure: 'Unit',
    target: 'Target',
    realization: 'Realization',
    achievement: 'Achievement (%)',
    previous: "Last year's figure",
    endOfTerm: 'Five-year target',
    band: 'Rating',
    trafficLight: 'Status',
  },
  trafficLight: { green: 'Hijau', yellow: 'Kuning', red: 'Merah', none: '-' } as Record<TrafficLightColor, string>,
  notMeasurable: 'tidak terukur',
  noData: '-',
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
