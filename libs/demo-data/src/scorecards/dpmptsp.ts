import { itemId, type ScorecardDocument } from '@capaian/planning-domain';
import { causes, INTERNAL_PROCESS, kpi, LEARNING_AND_GROWTH, number, objective, percent, perspective, quarterly, stakeholders, yearly } from '../build.js';
import { bupatiItem, DPMPTSP_SCORECARD_ID } from '../ids.js';
import { budgetPerspective, bupatiMissions, fromBupati, opdScorecard } from './opd.js';

/**
 * DPMPTSP's main scorecard, cascaded from the Bupati's: its objectives contribute to SS-03, SS-05,
 * SS-08, SS-09 and SS-13 of the Pemda (indirect cascading), and four Bupati KPIs it owns are
 * taken over as they are (direct cascading).
 */
export const dpmptspScorecard: ScorecardDocument = opdScorecard({
  unitId: 'dpmptsp',
  title: 'Balanced Scorecard Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Tahun 2026',
  missions: bupatiMissions(2, 3),
  goals: ['Meningkatnya kualitas pelayanan perizinan dan nonperizinan', 'Meningkatnya realisasi penanaman modal di daerah'],
  perspectives: [
    perspective(stakeholders('Pemangku Kepentingan (Pelaku Usaha dan Masyarakat)'), '40', [
      objective('SS-01', 'Meningkatnya kepuasan pelaku usaha dan masyarakat atas layanan perizinan', { weight: '60', contributesTo: bupatiItem('SS-03') }, [
        kpi(
          'IKU-01',
          'Indeks Kepuasan Masyarakat (IKM) layanan perizinan',
          number('indeks (0-100)'),
          quarterly('85.00', '84.00', '85.00', '85.00', '86.00'),
          { dataSource: 'Survei IKM DPMPTSP', ownerUnitId: 'dpmptsp-pelayanan', level: 'result', aggregation: 'average', weight: '60', baseline: '83.40', endOfTerm: '88.00' },
          'Nilai Survei Kepuasan Masyarakat atas layanan perizinan dan nonperizinan DPMPTSP (PermenPANRB 14/2017), rata-rata triwulanan.',
        ),
        kpi(
          'IKU-02',
          'Jumlah pengaduan atas layanan perizinan',
          number('pengaduan'),
          quarterly('80', '25', '20', '20', '15'),
          {
            dataSource: 'SP4N-LAPOR! dan buku register pengaduan DPMPTSP',
            ownerUnitId: 'dpmptsp-pengaduan',
            level: 'result',
            aggregation: 'sum',
            weight: '40',
            baseline: '104',
            endOfTerm: '50',
            polarity: 'lower_is_better',
          },
          'Jumlah pengaduan pemohon atas layanan perizinan dan nonperizinan yang diterima melalui SP4N-LAPOR!, loket dan kanal pengaduan DPMPTSP.',
        ),
      ]),
      // Traced by its directly cascaded KPI (IKU-10 of the Bupati), no indirect link of its own.
      objective('SS-02', 'Meningkatnya realisasi penanaman modal', { weight: '40' }, [
        fromBupati('IKU-10', 'IKU-03', '70'),
        // Deliberately left without a data source (DEMO_KPI_WITHOUT_DATA_SOURCE_ID): the KPI-quality check should warn about it.
        kpi(
          'IKU-04',
          'Persentase pelaku usaha yang menyampaikan LKPM tepat waktu',
          percent,
          quarterly('75', '70', '75', '75', '80'),
          { dataSource: null, ownerUnitId: 'dpmptsp-penanaman-modal', level: 'process', aggregation: 'average', weight: '30', baseline: '61', endOfTerm: '90' },
          'Jumlah pelaku usaha wajib LKPM yang menyampaikan LKPM triwulanan tepat waktu dibagi jumlah pelaku usaha wajib LKPM x 100.',
        ),
      ]),
    ]),
    budgetPerspective('15', 'SS-03', 'Meningkatnya akuntabilitas dan efektivitas anggaran dinas', {
      code: 'IKU-05',
      unit: 'DPMPTSP',
      ownerUnitId: 'dpmptsp',
      schedule: quarterly('96', '20', '45', '72', '96'),
      weight: '100',
      baseline: '91.30',
      endOfTerm: '97',
    }),
    perspective(INTERNAL_PROCESS, '30', [
      objective('SS-04', 'Meningkatnya kecepatan dan kepastian layanan perizinan', { contributesTo: bupatiItem('SS-09') }, [
        fromBupati('IKU-18', 'IKU-06', '40'),
        fromBupati('IKU-19', 'IKU-07', '30'),
        fromBupati('IKU-20', 'IKU-08', '30', { ownerUnitId: 'dpmptsp-pelayanan' }),
      ]),
    ]),
    perspective(LEARNING_AND_GROWTH, '15', [
      objective('SS-05', 'Meningkatnya kompetensi petugas layanan perizinan', { contributesTo: bupatiItem('SS-13') }, [
        kpi(
          'IKU-09',
          'Persentase petugas front office bersertifikat pelayanan prima',
          percent,
          yearly('80'),
          { dataSource: 'Data kepegawaian DPMPTSP (SIASN)', ownerUnitId: 'dpmptsp', level: 'result', aggregation: 'last', weight: '60', baseline: '55', endOfTerm: '100' },
          'Jumlah petugas front office dan back office layanan perizinan yang bersertifikat pelayanan prima dibagi jumlah petugas layanan x 100.',
        ),
        kpi(
          'IKU-10',
          'Rata-rata jam pelatihan per petugas layanan',
          number('jam pelajaran per petugas'),
          quarterly('24', '6', '6', '6', '6'),
          { dataSource: 'Rekap pelatihan Sekretariat DPMPTSP', ownerUnitId: 'dpmptsp', level: 'process', aggregation: 'sum', weight: '40', baseline: '16', endOfTerm: '30' },
          'Jumlah jam pelajaran pelatihan teknis perizinan yang diikuti petugas layanan dibagi jumlah petugas layanan.',
        ),
      ]),
    ]),
  ],
  links: causes(['SS-05', 'SS-04'], ['SS-03', 'SS-04'], ['SS-04', 'SS-01', 'SS-02'], ['SS-01', 'SS-02']),
});

/** Global id of the DPMPTSP KPI deliberately left without a data source. */
export const DEMO_KPI_WITHOUT_DATA_SOURCE_ID = itemId(DPMPTSP_SCORECARD_ID, 'IKU-04');
