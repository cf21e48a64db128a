import type { ScorecardDocument } from '@capaian/planning-domain';
import { causes, kpi, number, objective, percent, perspective, quarterly, scorecard, semesterly, STRICT_THRESHOLDS, yearly } from '../build.js';
import { bupatiItem } from '../ids.js';
import { fromBupati } from './opd.js';

/**
 * The e-Government (SPBE) thematic scorecard of Diskominfo (`diskominfo-2026-spbe`). No financial
 * perspective, as is usual for e-Government scorecards. Its objectives contribute to the
 * Bupati's SS-03, SS-10, SS-13 and SS-14.
 */
export const spbeScorecard: ScorecardDocument = scorecard({
  unitId: 'diskominfo',
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
    perspective({ code: 'LAY', name: 'Layanan dan Pengguna' }, '40', [
      objective('SS-01', 'Meningkatnya kematangan SPBE daerah', { contributesTo: bupatiItem('SS-10') }, [fromBupati('IKU-21', 'IKU-01', '100')]),
      objective('SS-02', 'Meningkatnya layanan SPBE yang terintegrasi', { contributesTo: bupatiItem('SS-03') }, [
        kpi(
          'IKU-02',
          'Indeks domain layanan SPBE',
          number('indeks (1-5)'),
          yearly('3.30'),
          { dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', level: 'result', aggregation: 'last', weight: '50', baseline: '2.90', endOfTerm: '4.00' },
          'Nilai domain Layanan SPBE (layanan administrasi pemerintahan dan layanan publik berbasis elektronik) pada evaluasi SPBE KemenPANRB.',
        ),
        kpi(
          'IKU-03',
          'Jumlah aplikasi yang terintegrasi melalui layanan interoperabilitas (SPLP)',
          number('aplikasi'),
          quarterly('20', '8', '12', '16', '20'),
          { dataSource: 'Dasbor SPLP / API Gateway Diskominfo', ownerUnitId: 'diskominfo-aptika-egov', level: 'process', aggregation: 'last', weight: '50', baseline: '6', endOfTerm: '45' },
          'Jumlah aplikasi perangkat daerah yang bertukar data melalui Sistem Penghubung Layanan Pemerintah (posisi akhir triwulan).',
        ),
      ]),
    ]),
    perspective({ code: 'TKL', name: 'Proses Bisnis dan Tata Kelola SPBE' }, '35', [
      objective('SS-03', 'Meningkatnya kualitas kebijakan dan tata kelola SPBE', { contributesTo: bupatiItem('SS-10') }, [
        kpi(
          'IKU-04',
          'Indeks domain kebijakan internal SPBE',
          number('indeks (1-5)'),
          yearly('3.50'),
          { dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', level: 'result', aggregation: 'last', weight: '50', baseline: '3.10', endOfTerm: '4.20' },
          'Nilai domain Kebijakan Internal SPBE pada evaluasi SPBE KemenPANRB.',
        ),
        kpi(
          'IKU-05',
          'Indeks domain tata kelola SPBE',
          number('indeks (1-5)'),
          yearly('3.00'),
          { dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-aptika', level: 'result', aggregation: 'last', weight: '50', baseline: '2.60', endOfTerm: '3.70' },
          'Nilai domain Tata Kelola SPBE (arsitektur, peta rencana, manajemen data, keterpaduan) pada evaluasi SPBE KemenPANRB.',
        ),
      ]),
      objective('SS-04', 'Meningkatnya kualitas manajemen SPBE dan keamanan informasi', { contributesTo: bupatiItem('SS-14') }, [
        kpi(
          'IKU-06',
          'Indeks domain manajemen SPBE',
          number('indeks (1-5)'),
          yearly('2.70'),
          { dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo-persandian', level: 'result', aggregation: 'last', weight: '50', baseline: '2.20', endOfTerm: '3.50' },
          'Nilai domain Manajemen SPBE (risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan, layanan) pada evaluasi SPBE KemenPANRB.',
        ),
        kpi(
          'IKU-07',
          'Jumlah insiden keamanan siber pada sistem elektronik Pemda',
          number('insiden'),
          quarterly('12', '3', '3', '3', '3'),
          {
            dataSource: 'Laporan Contoh-CSIRT (Bidang Persandian Diskominfo)',
            ownerUnitId: 'diskominfo-persandian',
            level: 'result',
            aggregation: 'sum',
            weight: '50',
            baseline: '19',
            endOfTerm: '6',
            polarity: 'lower_is_better',
          },
          'Jumlah insiden keamanan siber (defacement, malware, kebocoran data, serangan DDoS) yang terkonfirmasi pada sistem elektronik Pemerintah Kabupaten.',
        ),
      ]),
    ]),
    perspective({ code: 'INF', name: 'Infrastruktur dan SDM TIK' }, '25', [
      objective('SS-05', 'Meningkatnya keandalan infrastruktur SPBE', { contributesTo: bupatiItem('SS-14') }, [
        kpi(
          'IKU-08',
          'Persentase ketersediaan (uptime) pusat data daerah',
          percent,
          quarterly('99.50', '99.50', '99.50', '99.50', '99.50'),
          {
            dataSource: 'Sistem monitoring NOC Diskominfo',
            ownerUnitId: 'diskominfo-infra',
            level: 'result',
            aggregation: 'average',
            weight: '50',
            baseline: '99.10',
            endOfTerm: '99.90',
            thresholds: STRICT_THRESHOLDS,
          },
          'Waktu layanan pusat data daerah tersedia dibagi total waktu dalam periode x 100, di luar pemeliharaan terjadwal.',
        ),
        kpi(
          'IKU-09',
          'Persentase perangkat daerah terhubung jaringan intra pemerintah',
          percent,
          quarterly('100', '80', '85', '90', '100'),
          {
            dataSource: 'Inventaris jaringan (Bidang Infrastruktur TIK Diskominfo)',
            ownerUnitId: 'diskominfo-infra',
            level: 'process',
            aggregation: 'last',
            weight: '50',
            baseline: '76',
            endOfTerm: '100',
          },
          'Jumlah kantor perangkat daerah yang terhubung jaringan intra Pemerintah Kabupaten (fiber optik/VPN) dibagi jumlah perangkat daerah x 100.',
        ),
      ]),
      objective('SS-06', 'Meningkatnya kompetensi SDM TIK', { contributesTo: bupatiItem('SS-13') }, [
        kpi(
          'IKU-10',
          'Persentase ASN pengelola TIK yang bersertifikat kompetensi',
          percent,
          yearly('40'),
          { dataSource: 'Data sertifikasi SDM TIK (Diskominfo dan BKPSDM)', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'last', weight: '60', baseline: '28', endOfTerm: '70' },
          'Jumlah ASN pengelola TIK (pranata komputer, pengelola jaringan, sandiman) yang memiliki sertifikat kompetensi TIK dibagi jumlah ASN pengelola TIK x 100.',
        ),
        kpi(
          'IKU-11',
          'Jumlah pengelola TIK yang mengikuti pelatihan keamanan informasi',
          number('orang'),
          semesterly('30', '15', '15'),
          { dataSource: 'Rekap pelatihan Bidang Persandian Diskominfo', ownerUnitId: 'diskominfo-persandian', level: 'process', aggregation: 'sum', weight: '40', baseline: '18', endOfTerm: '150' },
          'Jumlah ASN pengelola TIK perangkat daerah yang menyelesaikan pelatihan keamanan informasi.',
        ),
      ]),
    ]),
  ],
  links: causes(['SS-06', 'SS-04', 'SS-03'], ['SS-05', 'SS-04', 'SS-02'], ['SS-03', 'SS-01', 'SS-02'], ['SS-04', 'SS-01'], ['SS-02', 'SS-01']),
});
