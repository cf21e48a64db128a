import { itemId, type ScorecardDocument } from '@capaian/planning-domain';
import { cascadeKpi, kpi, quarters, v } from '../build.js';
import { bupatiItem, DPMPTSP_SCORECARD_ID } from '../ids.js';
import { DEMO_YEAR } from '../organization.js';
import { bupatiKpi, bupatiScorecard } from './bupati.js';

const cascade = (parentCode: string) => [bupatiItem(parentCode), bupatiKpi(parentCode)] as const;

/**
 * DPMPTSP's main scorecard, cascaded from the Bupati's: its objectives contribute to SS-03, SS-05,
 * SS-08, SS-09 and SS-13 of the Pemda (indirect cascading), and four Bupati KPIs it owns are
 * taken over as they are (direct cascading).
 */
export const dpmptspScorecard: ScorecardDocument = {
  unitId: 'dpmptsp',
  year: DEMO_YEAR,
  theme: null,
  title: 'Balanced Scorecard Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Tahun 2026',
  // Since Permendagri 86/2017 a Perangkat Daerah adopts the regional head's vision and missions.
  vision: bupatiScorecard.vision,
  missions: [
    'Mewujudkan perekonomian daerah yang tangguh, inklusif dan berdaya saing',
    'Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, digital dan melayani',
  ],
  goals: [
    'Meningkatnya kualitas pelayanan perizinan dan nonperizinan',
    'Meningkatnya realisasi penanaman modal di daerah',
  ],
  perspectives: [
    { code: 'MAS', name: 'Pemangku Kepentingan (Pelaku Usaha dan Masyarakat)', order: 1, weight: '40' },
    { code: 'KEU', name: 'Keuangan', order: 2, weight: '15' },
    { code: 'PBI', name: 'Proses Bisnis Internal', order: 3, weight: '30' },
    { code: 'PDP', name: 'Pembelajaran dan Pertumbuhan', order: 4, weight: '15' },
  ],
  objectives: [
    { code: 'SS-01', perspectiveCode: 'MAS', name: 'Meningkatnya kepuasan pelaku usaha dan masyarakat atas layanan perizinan', weight: '60', contributesTo: bupatiItem('SS-03') },
    // Traced by its directly cascaded KPI (IKU-10 of the Bupati), no indirect link of its own.
    { code: 'SS-02', perspectiveCode: 'MAS', name: 'Meningkatnya realisasi penanaman modal', weight: '40', contributesTo: null },
    { code: 'SS-03', perspectiveCode: 'KEU', name: 'Meningkatnya akuntabilitas dan efektivitas anggaran dinas', weight: null, contributesTo: bupatiItem('SS-08') },
    { code: 'SS-04', perspectiveCode: 'PBI', name: 'Meningkatnya kecepatan dan kepastian layanan perizinan', weight: null, contributesTo: bupatiItem('SS-09') },
    { code: 'SS-05', perspectiveCode: 'PDP', name: 'Meningkatnya kompetensi petugas layanan perizinan', weight: null, contributesTo: bupatiItem('SS-13') },
  ],
  links: [
    { from: 'SS-05', to: 'SS-04' },
    { from: 'SS-03', to: 'SS-04' },
    { from: 'SS-04', to: 'SS-01' },
    { from: 'SS-04', to: 'SS-02' },
    { from: 'SS-01', to: 'SS-02' },
  ],
  kpis: [
    kpi({
      code: 'IKU-01', objectiveCode: 'SS-01', name: 'Indeks Kepuasan Masyarakat (IKM) layanan perizinan', unitOfMeasure: 'indeks (0-100)',
      definition: 'Nilai Survei Kepuasan Masyarakat atas layanan perizinan dan nonperizinan DPMPTSP (PermenPANRB 14/2017), rata-rata triwulanan.',
      dataSource: 'Survei IKM DPMPTSP', ownerUnitId: 'dpmptsp-pelayanan', frequency: 'quarterly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'average', weight: '60',
      baseline: '83.40', yearlyTarget: v('85.00'), periodTargets: quarters('84.00', '85.00', '85.00', '86.00'), endOfTermTarget: v('88.00'),
    }),
    kpi({
      code: 'IKU-02', objectiveCode: 'SS-01', name: 'Jumlah pengaduan atas layanan perizinan', unitOfMeasure: 'pengaduan',
      definition: 'Jumlah pengaduan pemohon atas layanan perizinan dan nonperizinan yang diterima melalui SP4N-LAPOR!, loket dan kanal pengaduan DPMPTSP.',
      dataSource: 'SP4N-LAPOR! dan buku register pengaduan DPMPTSP', ownerUnitId: 'dpmptsp-pengaduan', frequency: 'quarterly', level: 'result',
      polarity: 'lower_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
      baseline: '104', yearlyTarget: v('80'), periodTargets: quarters('25', '20', '20', '15'), endOfTermTarget: v('50'),
    }),
    cascadeKpi(...cascade('IKU-10'), { code: 'IKU-03', objectiveCode: 'SS-02', weight: '70' }),
    kpi({
      code: 'IKU-04', objectiveCode: 'SS-02', name: 'Persentase pelaku usaha yang menyampaikan LKPM tepat waktu', unitOfMeasure: '%',
      definition: 'Jumlah pelaku usaha wajib LKPM yang menyampaikan LKPM triwulanan tepat waktu dibagi jumlah pelaku usaha wajib LKPM x 100.',
      // Deliberately left without a data source (DEMO_KPI_WITHOUT_DATA_SOURCE_ID): the KPI-quality check should warn about it.
      dataSource: null, ownerUnitId: 'dpmptsp-penanaman-modal', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '30',
      baseline: '61', yearlyTarget: v('75'), periodTargets: quarters('70', '75', '75', '80'), endOfTermTarget: v('90'),
    }),
    kpi({
      code: 'IKU-05', objectiveCode: 'SS-03', name: 'Persentase realisasi anggaran DPMPTSP', unitOfMeasure: '%',
      definition: 'Realisasi belanja DPMPTSP kumulatif sampai dengan akhir triwulan dibagi pagu belanja DPMPTSP x 100.',
      dataSource: 'SIPD - Laporan Realisasi Anggaran DPMPTSP', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '100',
      baseline: '91.30', yearlyTarget: v('96'), periodTargets: quarters('20', '45', '72', '96'), endOfTermTarget: v('97'),
    }),
    cascadeKpi(...cascade('IKU-18'), { code: 'IKU-06', objectiveCode: 'SS-04', weight: '40' }),
    cascadeKpi(...cascade('IKU-19'), { code: 'IKU-07', objectiveCode: 'SS-04', weight: '30' }),
    cascadeKpi(...cascade('IKU-20'), { code: 'IKU-08', objectiveCode: 'SS-04', weight: '30', ownerUnitId: 'dpmptsp-pelayanan' }),
    kpi({
      code: 'IKU-09', objectiveCode: 'SS-05', name: 'Persentase petugas front office bersertifikat pelayanan prima', unitOfMeasure: '%',
      definition: 'Jumlah petugas front office dan back office layanan perizinan yang bersertifikat pelayanan prima dibagi jumlah petugas layanan x 100.',
      dataSource: 'Data kepegawaian DPMPTSP (SIASN)', ownerUnitId: 'dpmptsp', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '60',
      baseline: '55', yearlyTarget: v('80'), endOfTermTarget: v('100'),
    }),
    kpi({
      code: 'IKU-10', objectiveCode: 'SS-05', name: 'Rata-rata jam pelatihan per petugas layanan', unitOfMeasure: 'jam pelajaran per petugas',
      definition: 'Jumlah jam pelajaran pelatihan teknis perizinan yang diikuti petugas layanan dibagi jumlah petugas layanan.',
      dataSource: 'Rekap pelatihan Sekretariat DPMPTSP', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
      baseline: '16', yearlyTarget: v('24'), periodTargets: quarters('6', '6', '6', '6'), endOfTermTarget: v('30'),
    }),
  ],
  initiatives: [],
};

/** Global id of the DPMPTSP KPI deliberately left without a data source. */
export const DEMO_KPI_WITHOUT_DATA_SOURCE_ID = itemId(DPMPTSP_SCORECARD_ID, 'IKU-04');
