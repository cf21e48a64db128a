import type { ScorecardDocument } from '@capaian/planning-domain';
import { cascadeKpi, kpi, quarters, semesters, STRICT_THRESHOLDS, v } from '../build.js';
import { bupatiItem } from '../ids.js';
import { DEMO_YEAR } from '../organization.js';
import { bupatiKpi } from './bupati.js';

/**
 * The e-Government (SPBE) thematic scorecard of Diskominfo (`diskominfo-2026-spbe`). No financial
 * perspective, as is usual for e-Government scorecards. Its objectives contribute to the
 * Bupati's SS-03, SS-10, SS-13 and SS-14.
 */
export const spbeScorecard: ScorecardDocument = {
  unitId: 'diskominfo',
  year: DEMO_YEAR,
  theme: 'spbe',
  title: 'Scorecard Sistem Pemerintahan Berbasis Elektronik (SPBE) Kabupaten Contoh Tahun 2026',
  vision: 'Terwujudnya SPBE yang terpadu dan menyeluruh untuk birokrasi yang bersih, efektif dan transparan serta pelayanan publik yang berkinerja tinggi',
  missions: [
    'Menata kebijakan dan tata kelola SPBE yang terpadu',
    'Membangun layanan SPBE yang terintegrasi dan berorientasi pada pengguna',
    'Menyediakan infrastruktur SPBE yang andal dan aman serta SDM TIK yang kompeten',
  ],
  goals: [
    'Meningkatnya kematangan SPBE Pemerintah Kabupaten Contoh',
    'Meningkatnya keterpaduan layanan administrasi pemerintahan dan layanan publik berbasis elektronik',
    'Meningkatnya keandalan dan keamanan infrastruktur SPBE',
  ],
  perspectives: [
    { code: 'LAY', name: 'Layanan dan Pengguna', order: 1, weight: '40' },
    { code: 'TKL', name: 'Proses Bisnis dan Tata Kelola SPBE', order: 2, weight: '35' },
    { code: 'INF', name: 'Infrastruktur dan SDM TIK', order: 3, weight: '25' },
  ],
  objectives: [
    { code: 'SS-01', perspectiveCode: 'LAY', name: 'Meningkatnya kematangan SPBE daerah', weight: null, contributesTo: bupatiItem('SS-10') },
    { code: 'SS-02', perspectiveCode: 'LAY', name: 'Meningkatnya layanan SPBE yang terintegrasi', weight: null, contributesTo: bupatiItem('SS-03') },
    { code: 'SS-03', perspectiveCode: 'TKL', name: 'Meningkatnya kualitas kebijakan dan tata kelola SPBE', weight: null, contributesTo: bupatiItem('SS-10') },
    { code: 'SS-04', perspectiveCode: 'TKL', name: 'Meningkatnya kualitas manajemen SPBE dan keamanan informasi', weight: null, contributesTo: bupatiItem('SS-14') },
    { code: 'SS-05', perspectiveCode: 'INF', name: 'Meningkatnya keandalan infrastruktur SPBE', weight: null, contributesTo: bupatiItem('SS-14') },
    { code: 'SS-06', perspectiveCode: 'INF', name: 'Meningkatnya kompetensi SDM TIK', weight: null, contributesTo: bupatiItem('SS-13') },
  ],
  links: [
    { from: 'SS-06', to: 'SS-04' },
    { from: 'SS-06', to: 'SS-03' },
    { from: 'SS-05', to: 'SS-04' },
    { from: 'SS-05', to: 'SS-02' },
    { from: 'SS-03', to: 'SS-01' },
    { from: 'SS-03', to: 'SS-02' },
    { from: 'SS-04', to: 'SS-01' },
    { from: 'SS-02', to: 'SS-01' },
  ],
  kpis: [
    cascadeKpi(bupatiItem('IKU-21'), bupatiKpi('IKU-21'), { code: 'IKU-01', objectiveCode: 'SS-01', weight: '100' }),
    kpi({
      code: 'IKU-02', objectiveCode: 'SS-02', name: 'Indeks domain layanan SPBE', unitOfMeasure: 'indeks (1-5)',
      definition: 'Nilai domain Layanan SPBE (layanan administrasi pemerintahan dan layanan publik berbasis elektronik) pada evaluasi SPBE KemenPANRB.',
      dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
      baseline: '2.90', yearlyTarget: v('3.30'), endOfTermTarget: v('4.00'),
    }),
    kpi({
      code: 'IKU-03', objectiveCode: 'SS-02', name: 'Jumlah aplikasi yang terintegrasi melalui layanan interoperabilitas (SPLP)', unitOfMeasure: 'aplikasi',
      definition: 'Jumlah aplikasi perangkat daerah yang bertukar data melalui Sistem Penghubung Layanan Pemerintah (posisi akhir triwulan).',
      dataSource: 'Dasbor SPLP / API Gateway Diskominfo', ownerUnitId: 'diskominfo-aptika-egov', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
      baseline: '6', yearlyTarget: v('20'), periodTargets: quarters('8', '12', '16', '20'), endOfTermTarget: v('45'),
    }),
    kpi({
      code: 'IKU-04', objectiveCode: 'SS-03', name: 'Indeks domain kebijakan internal SPBE', unitOfMeasure: 'indeks (1-5)',
      definition: 'Nilai domain Kebijakan Internal SPBE pada evaluasi SPBE KemenPANRB.',
      dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
      baseline: '3.10', yearlyTarget: v('3.50'), endOfTermTarget: v('4.20'),
    }),
    kpi({
      code: 'IKU-05', objectiveCode: 'SS-03', name: 'Indeks domain tata kelola SPBE', unitOfMeasure: 'indeks (1-5)',
      definition: 'Nilai domain Tata Kelola SPBE (arsitektur, peta rencana, manajemen data, keterpaduan) pada evaluasi SPBE KemenPANRB.',
      dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
      baseline: '2.60', yearlyTarget: v('3.00'), endOfTermTarget: v('3.70'),
    }),
    kpi({
      code: 'IKU-06', objectiveCode: 'SS-04', name: 'Indeks domain manajemen SPBE', unitOfMeasure: 'indeks (1-5)',
      definition: 'Nilai domain Manajemen SPBE (risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan, layanan) pada evaluasi SPBE KemenPANRB.',
      dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-persandian', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
      baseline: '2.20', yearlyTarget: v('2.70'), endOfTermTarget: v('3.50'),
    }),
    kpi({
      code: 'IKU-07', objectiveCode: 'SS-04', name: 'Jumlah insiden keamanan siber pada sistem elektronik Pemda', unitOfMeasure: 'insiden',
      definition: 'Jumlah insiden keamanan siber (defacement, malware, kebocoran data, serangan DDoS) yang terkonfirmasi pada sistem elektronik Pemerintah Kabupaten.',
      dataSource: 'Laporan Contoh-CSIRT (Bidang Persandian Diskominfo)', ownerUnitId: 'diskominfo-persandian', frequency: 'quarterly', level: 'result',
      polarity: 'lower_is_better', valueType: 'number', aggregation: 'sum', weight: '50',
      baseline: '19', yearlyTarget: v('12'), periodTargets: quarters('3', '3', '3', '3'), endOfTermTarget: v('6'),
    }),
    kpi({
      code: 'IKU-08', objectiveCode: 'SS-05', name: 'Persentase ketersediaan (uptime) pusat data daerah', unitOfMeasure: '%',
      definition: 'Waktu layanan pusat data daerah tersedia dibagi total waktu dalam periode x 100, di luar pemeliharaan terjadwal.',
      dataSource: 'Sistem monitoring NOC Diskominfo', ownerUnitId: 'diskominfo-infra', frequency: 'quarterly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '50',
      baseline: '99.10', yearlyTarget: v('99.50'), periodTargets: quarters('99.50', '99.50', '99.50', '99.50'), endOfTermTarget: v('99.90'),
      thresholds: STRICT_THRESHOLDS,
    }),
    kpi({
      code: 'IKU-09', objectiveCode: 'SS-05', name: 'Persentase perangkat daerah terhubung jaringan intra pemerintah', unitOfMeasure: '%',
      definition: 'Jumlah kantor perangkat daerah yang terhubung jaringan intra Pemerintah Kabupaten (fiber optik/VPN) dibagi jumlah perangkat daerah x 100.',
      dataSource: 'Inventaris jaringan (Bidang Infrastruktur TIK Diskominfo)', ownerUnitId: 'diskominfo-infra', frequency: 'quarterly', level: 'process',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '50',
      baseline: '76', yearlyTarget: v('100'), periodTargets: quarters('80', '85', '90', '100'), endOfTermTarget: v('100'),
    }),
    kpi({
      code: 'IKU-10', objectiveCode: 'SS-06', name: 'Persentase ASN pengelola TIK yang bersertifikat kompetensi', unitOfMeasure: '%',
      definition: 'Jumlah ASN pengelola TIK (pranata komputer, pengelola jaringan, sandiman) yang memiliki sertifikat kompetensi TIK dibagi jumlah ASN pengelola TIK x 100.',
      dataSource: 'Data sertifikasi SDM TIK (Diskominfo dan BKPSDM)', ownerUnitId: 'diskominfo', frequency: 'yearly', level: 'result',
      polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '60',
      baseline: '28', yearlyTarget: v('40'), endOfTermTarget: v('70'),
    }),
    kpi({
      code: 'IKU-11', objectiveCode: 'SS-06', name: 'Jumlah pengelola TIK yang mengikuti pelatihan keamanan informasi', unitOfMeasure: 'orang',
      definition: 'Jumlah ASN pengelola TIK perangkat daerah yang menyelesaikan pelatihan keamanan informasi.',
      dataSource: 'Rekap pelatihan Bidang Persandian Diskominfo', ownerUnitId: 'diskominfo-persandian', frequency: 'semester', level: 'process',
      polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
      baseline: '18', yearlyTarget: v('30'), periodTargets: semesters('15', '15'), endOfTermTarget: v('150'),
    }),
  ],
  initiatives: [],
};
