import type { ScorecardDocument } from '@capaian/planning-domain';
import { cascadeKpi, kpi, quarters, STRICT_THRESHOLDS, v } from '../build.js';
import { bupatiItem } from '../ids.js';
import { DEMO_YEAR } from '../organization.js';
import { bupatiKpi, bupatiScorecard } from './bupati.js';

const cascade = (parentCode: string) => [bupatiItem(parentCode), bupatiKpi(parentCode)] as const;

/** BPKAD's main scorecard: the financial objectives of the Pemda, taken over directly. */
export const bpkadScorecard: ScorecardDocument = {
  unitId: 'bpkad',
  year: DEMO_YEAR,
  theme: null,
  title: 'Balanced Scorecard Badan Pengelolaan Keuangan dan Aset Daerah Tahun 2026',
  vision: bupatiScorecard.vision,
  missions: ['Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, digital dan melayani'],
  goals: [
    'Meningkatnya akuntabilitas pengelolaan keuangan dan aset daerah',
    'Meningkatnya kapasitas fiskal daerah',
  ],
  perspectives: [
    { code: 'MAS', name: 'Pemangku Kepentingan (DPRD, Perangkat Daerah dan Masyarakat)', order: 1, weight: '30' },
    { code: 'KEU', name: 'Keuangan', order: 2, weight: '35' },
    { code: 'PBI', name: 'Proses Bisnis Internal', order: 3, weight: '20' },
    { code: 'PDP', name: 'Pembelajaran dan Pertumbuhan', order: 4, weight: '15' },
  ],
  objectives: [
    { code: 'SS-01', perspectiveCode: 'MAS', name: 'Meningkatnya kualitas laporan keuangan pemerintah daerah', weight: null, contributesTo: bupatiItem('SS-07') },
    { code: 'SS-02', perspectiveCode: 'KEU', name: 'Meningkatnya pendapatan asli daerah', weight: '50', contributesTo: bupatiItem('SS-06') },
    { code: 'SS-03', perspectiveCode: 'KEU', name: 'Meningkatnya efektivitas pengelolaan belanja daerah', weight: '50', contributesTo: bupatiItem('SS-08') },
    { code: 'SS-04', perspectiveCode: 'PBI', name: 'Meningkatnya ketepatan layanan perbendaharaan dan tertib administrasi aset', weight: null, contributesTo: bupatiItem('SS-08') },
    { code: 'SS-05', perspectiveCode: 'PDP', name: 'Meningkatnya kompetensi pengelola keuangan daerah', weight: null, contributesTo: bupatiItem('SS-13') },
  ],
  links: [
    { from: 'SS-05', to: 'SS-04' },
    { from: 'SS-05', to: 'SS-01' },
    { from: 'SS-04', to: 'SS-03' },
    { from: 'SS-04', to: 'SS-01' },
    { from: 'SS-01', to: 'SS-02' },
  ],
  kpis: [
    cascadeKpi(...cascade('IKU-14'), { code: 'IKU-01', objectiveCode: 'SS-01', weight: '100' }),
    cascadeKpi(...cascade('IKU-12'), { code: 'IKU-02', objectiveCode: 'SS-02', weight: '60' }),
    cascadeKpi(...cascade('IKU-13'), { code: 'IKU-03', objectiveCode: 'SS-02', weight: '40' }),
    cascadeKpi(...cascade('IKU-16'), { code: 'IKU-04', objectiveCode: 'SS-03', weight: '100' }),
    kpi({
      code: 'IKU-05', objectiveCode: 'SS-04', name: 'Persentase SP2D yang terbit paling lambat 1 hari kerja', unitOfMeasure: '%',
      definition: 'Jumlah SP2D yang diterbitkan paling lambat 1 hari kerja sejak SPM diterima lengkap dibagi jumlah SP2D yang diterbitkan x 100.',
      dataSource: 'SIPD Penatausahaan (Bidang Perbendaharaan BPKAD)', ownerUnitId: 'bpkad', frequency: 'quarterly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '60',
      baseline: '87', yearlyTarget: v('95'), periodTargets: quarters('92', '95', '96', '97'), endOfTermTarget: v('98'),
      thresholds: STRICT_THRESHOLDS,
    }),
    kpi({
      code: 'IKU-06', objectiveCode: 'SS-04', name: 'Persentase bidang tanah milik Pemda yang bersertifikat', unitOfMeasure: '%',
      definition: 'Jumlah bidang tanah milik Pemerintah Kabupaten yang telah bersertifikat dibagi jumlah bidang tanah dalam Kartu Inventaris Barang A x 100.',
      dataSource: 'SIMDA BMD / KIB A (Bidang Aset BPKAD)', ownerUnitId: 'bpkad', frequency: 'yearly', level: 'process',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
      baseline: '58', yearlyTarget: v('65'), endOfTermTarget: v('85'),
    }),
    kpi({
      code: 'IKU-07', objectiveCode: 'SS-05', name: 'Persentase pejabat penatausahaan keuangan OPD yang bersertifikat', unitOfMeasure: '%',
      definition: 'Jumlah PPK-SKPD dan bendahara yang memiliki sertifikat kompetensi pengelolaan keuangan daerah dibagi jumlah PPK-SKPD dan bendahara x 100.',
      dataSource: 'Data sertifikasi bendahara (BPKAD dan BPSDM Provinsi)', ownerUnitId: 'bpkad', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '100',
      baseline: '62', yearlyTarget: v('75'), endOfTermTarget: v('100'),
    }),
  ],
  initiatives: [],
};
