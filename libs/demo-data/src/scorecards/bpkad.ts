import type { ScorecardDocument } from '@capaian/planning-domain';
import { causes, FINANCIAL, INTERNAL_PROCESS, kpi, LEARNING_AND_GROWTH, objective, percent, perspective, quarterly, stakeholders, STRICT_THRESHOLDS, yearly } from '../build.js';
import { bupatiItem } from '../ids.js';
import { bupatiMissions, fromBupati, opdScorecard } from './opd.js';

/** BPKAD's main scorecard: the financial objectives of the Pemda, taken over directly. */
export const bpkadScorecard: ScorecardDocument = opdScorecard({
  unitId: 'bpkad',
  title: 'Balanced Scorecard Badan Pengelolaan Keuangan dan Aset Daerah Tahun 2026',
  missions: bupatiMissions(3),
  goals: ['Meningkatnya akuntabilitas pengelolaan keuangan dan aset daerah', 'Meningkatnya kapasitas fiskal daerah'],
  perspectives: [
    perspective(stakeholders('Pemangku Kepentingan (DPRD, Perangkat Daerah dan Masyarakat)'), '30', [
      objective('SS-01', 'Meningkatnya kualitas laporan keuangan pemerintah daerah', { contributesTo: bupatiItem('SS-07') }, [fromBupati('IKU-14', 'IKU-01', '100')]),
    ]),
    perspective(FINANCIAL, '35', [
      objective('SS-02', 'Meningkatnya pendapatan asli daerah', { weight: '50', contributesTo: bupatiItem('SS-06') }, [fromBupati('IKU-12', 'IKU-02', '60'), fromBupati('IKU-13', 'IKU-03', '40')]),
      objective('SS-03', 'Meningkatnya efektivitas pengelolaan belanja daerah', { weight: '50', contributesTo: bupatiItem('SS-08') }, [fromBupati('IKU-16', 'IKU-04', '100')]),
    ]),
    perspective(INTERNAL_PROCESS, '20', [
      objective('SS-04', 'Meningkatnya ketepatan layanan perbendaharaan dan tertib administrasi aset', { contributesTo: bupatiItem('SS-08') }, [
        kpi(
          'IKU-05',
          'Persentase SP2D yang terbit paling lambat 1 hari kerja',
          percent,
          quarterly('95', '92', '95', '96', '97'),
          {
            dataSource: 'SIPD Penatausahaan (Bidang Perbendaharaan BPKAD)',
            ownerUnitId: 'bpkad',
            level: 'result',
            aggregation: 'average',
            weight: '60',
            baseline: '87',
            endOfTerm: '98',
            thresholds: STRICT_THRESHOLDS,
          },
          'Jumlah SP2D yang diterbitkan paling lambat 1 hari kerja sejak SPM diterima lengkap dibagi jumlah SP2D yang diterbitkan x 100.',
        ),
        kpi(
          'IKU-06',
          'Persentase bidang tanah milik Pemda yang bersertifikat',
          percent,
          yearly('65'),
          { dataSource: 'SIMDA BMD / KIB A (Bidang Aset BPKAD)', ownerUnitId: 'bpkad', level: 'process', aggregation: 'last', weight: '40', baseline: '58', endOfTerm: '85' },
          'Jumlah bidang tanah milik Pemerintah Kabupaten yang telah bersertifikat dibagi jumlah bidang tanah dalam Kartu Inventaris Barang A x 100.',
        ),
      ]),
    ]),
    perspective(LEARNING_AND_GROWTH, '15', [
      objective('SS-05', 'Meningkatnya kompetensi pengelola keuangan daerah', { contributesTo: bupatiItem('SS-13') }, [
        kpi(
          'IKU-07',
          'Persentase pejabat penatausahaan keuangan OPD yang bersertifikat',
          percent,
          yearly('75'),
          { dataSource: 'Data sertifikasi bendahara (BPKAD dan BPSDM Provinsi)', ownerUnitId: 'bpkad', level: 'result', aggregation: 'last', weight: '100', baseline: '62', endOfTerm: '100' },
          'Jumlah PPK-SKPD dan bendahara yang memiliki sertifikat kompetensi pengelolaan keuangan daerah dibagi jumlah PPK-SKPD dan bendahara x 100.',
        ),
      ]),
    ]),
  ],
  links: causes(['SS-05', 'SS-04', 'SS-01'], ['SS-04', 'SS-03', 'SS-01'], ['SS-01', 'SS-02']),
});
