import { itemId, type ScorecardDocument } from '@capaian/planning-domain';
import { cascadeKpi, kpi, quarters, v } from '../build.js';
import { bupatiItem, DISKOMINFO_SCORECARD_ID } from '../ids.js';
import { DEMO_YEAR } from '../organization.js';
import { bupatiKpi, bupatiScorecard } from './bupati.js';

const cascade = (parentCode: string) => [bupatiItem(parentCode), bupatiKpi(parentCode)] as const;

/**
 * Diskominfo's main scorecard. SS-02 takes half of the Bupati's target for villages connected to
 * the internet (the other half comes from the central government's BAKTI programme), and SS-03 is
 * the deliberate orphan of the demo performance tree.
 */
export const diskominfoScorecard: ScorecardDocument = {
  unitId: 'diskominfo',
  year: DEMO_YEAR,
  theme: null,
  title: 'Balanced Scorecard Dinas Komunikasi dan Informatika Tahun 2026',
  vision: bupatiScorecard.vision,
  missions: ['Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, digital dan melayani'],
  goals: [
    'Meningkatnya penyelenggaraan pemerintahan dan pelayanan publik berbasis elektronik',
    'Meningkatnya keterbukaan informasi dan komunikasi publik',
  ],
  perspectives: [
    { code: 'MAS', name: 'Pemangku Kepentingan (Masyarakat dan Perangkat Daerah)', order: 1, weight: '35' },
    { code: 'KEU', name: 'Keuangan', order: 2, weight: '15' },
    { code: 'PBI', name: 'Proses Bisnis Internal', order: 3, weight: '30' },
    { code: 'PDP', name: 'Pembelajaran dan Pertumbuhan', order: 4, weight: '20' },
  ],
  objectives: [
    { code: 'SS-01', perspectiveCode: 'MAS', name: 'Meningkatnya layanan publik berbasis elektronik', weight: null, contributesTo: bupatiItem('SS-10') },
    { code: 'SS-02', perspectiveCode: 'MAS', name: 'Meningkatnya pemerataan akses internet publik di desa', weight: null, contributesTo: bupatiItem('SS-14') },
    // ORPHAN (deliberate): no contributesTo and no cascaded KPI, so the performance tree flags it
    // (exported as DEMO_ORPHAN_OBJECTIVE_ID).
    { code: 'SS-03', perspectiveCode: 'MAS', name: 'Meningkatnya keterbukaan informasi dan kualitas komunikasi publik', weight: null, contributesTo: null },
    { code: 'SS-04', perspectiveCode: 'KEU', name: 'Meningkatnya akuntabilitas anggaran Diskominfo', weight: null, contributesTo: bupatiItem('SS-08') },
    { code: 'SS-05', perspectiveCode: 'PBI', name: 'Meningkatnya kecepatan penanganan pengaduan melalui SP4N-LAPOR!', weight: null, contributesTo: bupatiItem('SS-12') },
    { code: 'SS-06', perspectiveCode: 'PDP', name: 'Meningkatnya kapasitas sumber daya manusia Diskominfo', weight: null, contributesTo: bupatiItem('SS-13') },
  ],
  links: [
    { from: 'SS-06', to: 'SS-05' },
    { from: 'SS-06', to: 'SS-01' },
    { from: 'SS-04', to: 'SS-02' },
    { from: 'SS-05', to: 'SS-03' },
    { from: 'SS-05', to: 'SS-01' },
  ],
  kpis: [
    cascadeKpi(...cascade('IKU-22'), { code: 'IKU-01', objectiveCode: 'SS-01', weight: '70', ownerUnitId: 'diskominfo-aptika' }),
    kpi({
      code: 'IKU-02', objectiveCode: 'SS-01', name: 'Jumlah layanan yang terintegrasi dalam aplikasi super layanan daerah', unitOfMeasure: 'layanan',
      definition: 'Jumlah jenis layanan publik dan administrasi pemerintahan yang dapat diakses melalui aplikasi super layanan "Contoh Melayani" (posisi akhir tahun).',
      dataSource: 'Katalog Layanan SPBE (Diskominfo)', ownerUnitId: 'diskominfo-aptika', frequency: 'yearly', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '30',
      baseline: '22', yearlyTarget: v('40'), endOfTermTarget: v('80'),
    }),
    // Direct cascading with a share: Diskominfo commits to half of the Bupati's 80 villages.
    cascadeKpi(...cascade('IKU-30'), {
      code: 'IKU-03', objectiveCode: 'SS-02', weight: '100', share: '50', ownerUnitId: 'diskominfo-infra',
      definition: 'Jumlah desa yang mulai terlayani akses internet publik dari titik Wi-Fi desa yang dibangun dengan APBD Kabupaten (50 % dari target Pemda; sisanya melalui program BAKTI Komdigi).',
      yearlyTarget: v('40'), periodTargets: quarters('5', '10', '15', '10'), endOfTermTarget: v('150'),
    }),
    kpi({
      code: 'IKU-04', objectiveCode: 'SS-03', name: 'Nilai monitoring dan evaluasi keterbukaan informasi publik', unitOfMeasure: 'nilai (0-100)',
      definition: 'Nilai hasil monitoring dan evaluasi keterbukaan informasi badan publik oleh Komisi Informasi Provinsi.',
      dataSource: 'Hasil Monev Keterbukaan Informasi Publik Komisi Informasi Provinsi', ownerUnitId: 'diskominfo-ikp', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '60',
      baseline: '78.40', yearlyTarget: v('85.00'), endOfTermTarget: v('90.00'),
    }),
    kpi({
      code: 'IKU-05', objectiveCode: 'SS-03', name: 'Jumlah konten informasi publik yang dipublikasikan', unitOfMeasure: 'konten',
      definition: 'Jumlah berita, infografis dan video informasi kebijakan dan pembangunan yang dipublikasikan di situs web dan media sosial resmi Pemerintah Kabupaten.',
      dataSource: 'Rekap publikasi situs web dan media sosial Pemkab (Bidang IKP)', ownerUnitId: 'diskominfo-ikp', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
      baseline: '520', yearlyTarget: v('600'), periodTargets: quarters('150', '150', '150', '150'), endOfTermTarget: v('750'),
    }),
    kpi({
      code: 'IKU-06', objectiveCode: 'SS-04', name: 'Persentase realisasi anggaran Diskominfo', unitOfMeasure: '%',
      definition: 'Realisasi belanja Diskominfo kumulatif sampai dengan akhir triwulan dibagi pagu belanja Diskominfo x 100.',
      dataSource: 'SIPD - Laporan Realisasi Anggaran Diskominfo', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '100',
      baseline: '89.70', yearlyTarget: v('95'), periodTargets: quarters('18', '42', '70', '95'), endOfTermTarget: v('96'),
    }),
    cascadeKpi(...cascade('IKU-27'), { code: 'IKU-07', objectiveCode: 'SS-05', weight: '50' }),
    kpi({
      code: 'IKU-08', objectiveCode: 'SS-05', name: 'Rata-rata waktu tindak lanjut pengaduan SP4N-LAPOR!', unitOfMeasure: 'hari kerja',
      definition: 'Rata-rata jumlah hari kerja sejak pengaduan diterima admin SP4N-LAPOR! sampai tindak lanjut pertama oleh perangkat daerah terkait.',
      dataSource: 'SP4N-LAPOR! (dasbor admin daerah)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'result',
      polarity: 'lower_is_better', valueType: 'duration', aggregation: 'average', weight: '50',
      baseline: '6.80', yearlyTarget: v('4.00'), periodTargets: quarters('5.00', '4.00', '4.00', '3.00'), endOfTermTarget: v('3.00'),
    }),
    kpi({
      code: 'IKU-09', objectiveCode: 'SS-06', name: 'Persentase pegawai Diskominfo yang mengikuti pengembangan kompetensi minimal 20 JP', unitOfMeasure: '%',
      definition: 'Jumlah pegawai Diskominfo yang mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran dibagi jumlah pegawai Diskominfo x 100.',
      dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'diskominfo', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '60',
      baseline: '70', yearlyTarget: v('85'), endOfTermTarget: v('100'),
    }),
    kpi({
      code: 'IKU-10', objectiveCode: 'SS-06', name: 'Rata-rata jam pelatihan per pegawai Diskominfo', unitOfMeasure: 'jam pelajaran per pegawai',
      definition: 'Jumlah jam pelajaran pelatihan yang diikuti pegawai Diskominfo dibagi jumlah pegawai Diskominfo.',
      dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
      baseline: '15', yearlyTarget: v('20'), periodTargets: quarters('5', '5', '5', '5'), endOfTermTarget: v('24'),
    }),
  ],
  initiatives: [],
};

/** Global id of the deliberately orphaned objective (no contributesTo, no cascaded KPI). */
export const DEMO_ORPHAN_OBJECTIVE_ID = itemId(DISKOMINFO_SCORECARD_ID, 'SS-03');
