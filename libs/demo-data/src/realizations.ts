import type { PeriodCode } from '@capaian/contracts';
import { itemId, scorecardIdOf, type ScorecardDocument } from '@capaian/planning-domain';
import { DEMO_YEAR } from './organization.js';
import { bpkadScorecard, bupatiScorecard, diskominfoScorecard, dpmptspScorecard, spbeScorecard } from './scorecards/index.js';

/** A realization as a unit operator would push it (the data of `measurement.realization-recorded`, without its id). */
export interface DemoRealization {
  /** Global KPI id, e.g. `pemda-2026.iku-06`. */
  kpiId: string;
  /** The KPI's owner unit. */
  unitId: string;
  year: number;
  period: PeriodCode;
  /** Decimal string. */
  value: string;
  note: string | null;
}

const QUARTERS = ['Q1', 'Q2', 'Q3'] as const;

/** Q1..Q3 realizations of one KPI; `notes` by quarter index where the operator explained a value. */
function series(doc: ScorecardDocument, code: string, values: [string, string, string], notes: Partial<Record<0 | 1 | 2, string>> = {}): DemoRealization[] {
  const unitId = doc.kpis.find((k) => k.code === code)?.ownerUnitId;
  if (!unitId) throw new Error(`demo-data: no owned KPI ${code} in ${doc.title}`);
  const kpiId = itemId(scorecardIdOf(doc.unitId, doc.year, doc.theme), code);
  return QUARTERS.map((period, i) => ({ kpiId, unitId, year: DEMO_YEAR, period, value: values[i], note: notes[i as 0 | 1 | 2] ?? null }));
}

/**
 * Quarterly realizations for Q1..Q3 2026 of a dozen numeric KPIs. Most are around target; a few
 * are clearly off (budget absorption in Q2, public complaints in Q2, licence processing time in
 * Q1, cyber incidents in Q2). Directly cascaded KPIs are reported on the OPD's KPI.
 */
export const demoRealizations: readonly DemoRealization[] = [
  // Bupati's scorecard
  ...series(bupatiScorecard, 'IKU-06', ['82.35', '82.90', '83.10']),
  ...series(bupatiScorecard, 'IKU-05', ['27.50', '51.30', '74.80']),
  ...series(bupatiScorecard, 'IKU-15', ['58.40', '76.20', '86.10']),
  ...series(bupatiScorecard, 'IKU-26', ['124', '168', '115'], {
    1: 'Lonjakan pengaduan layanan PPDB dan antrean administrasi kependudukan pada bulan Juni',
  }),
  ...series(bupatiScorecard, 'IKU-28', ['16.20', '38.70', '66.40']),
  ...series(bupatiScorecard, 'IKU-29', ['2.80', '6.40', '5.90']),

  // BPKAD (directly cascaded budget absorption)
  ...series(bpkadScorecard, 'IKU-04', ['18.60', '36.90', '64.20'], {
    1: 'Tender paket pekerjaan fisik terlambat; belanja modal baru terserap 21 %',
  }),

  // DPMPTSP
  ...series(dpmptspScorecard, 'IKU-01', ['84.60', '85.20', '85.90']),
  ...series(dpmptspScorecard, 'IKU-03', ['231500000000', '318750000000', '342100000000'], {
    0: 'Sebagian LKPM triwulan I belum disampaikan pelaku usaha',
  }),
  ...series(dpmptspScorecard, 'IKU-06', ['3.90', '3.10', '2.80'], {
    0: 'Gangguan integrasi SiCantik dengan OSS RBA selama dua minggu di bulan Februari',
  }),

  // Diskominfo (main and SPBE)
  ...series(diskominfoScorecard, 'IKU-03', ['5', '11', '13']),
  ...series(spbeScorecard, 'IKU-07', ['2', '5', '1'], {
    1: 'Dua kasus defacement situs web kecamatan dan satu serangan DDoS pada portal PPDB',
  }),
  ...series(spbeScorecard, 'IKU-08', ['99.62', '99.81', '99.74']),
];
