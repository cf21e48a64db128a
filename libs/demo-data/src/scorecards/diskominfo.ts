import { itemId, type ScorecardDocument } from '@capaian/planning-domain';
import { causes, duration, INTERNAL_PROCESS, kpi, LEARNING_AND_GROWTH, number, objective, percent, perspective, quarterly, stakeholders, yearly } from '../build.js';
import { bupatiItem, DISKOMINFO_SCORECARD_ID } from '../ids.js';
import { budgetPerspective, bupatiMissions, fromBupati, opdScorecard } from './opd.js';

/**
 * Diskominfo's main scorecard. SS-02 takes half of the Bupati's target for villages connected to
 * the internet (the other half comes from the central government's BAKTI programme), and SS-03 is
 * the deliberate orphan of the demo performance tree.
 */
export const diskominfoScorecard: ScorecardDocument = opdScorecard({
  unitId: 'diskominfo',
  title: 'Balanced Scorecard Dinas Komunikasi dan Informatika Tahun 2026',
  missions: bupatiMissions(3),
  goals: ['Meningkatnya penyelenggaraan pemerintahan dan pelayanan publik berbasis elektronik', 'Meningkatnya keterbukaan informasi dan komunikasi publik'],
  perspectives: [
    perspective(stakeholders('Pemangku Kepentingan (Masyarakat dan Perangkat Daerah)'), '35', [
      objective('SS-01', 'Meningkatnya layanan publik berbasis elektronik', { contributesTo: bupatiItem('SS-10') }, [
        fromBupati('IKU-22', 'IKU-01', '70', { ownerUnitId: 'diskominfo-aptika' }),
        kpi(
          'IKU-02',
          'Jumlah layanan yang terintegrasi dalam aplikasi super layanan daerah',
          number('layanan'),
          yearly('40'),
          { dataSource: 'Katalog Layanan SPBE (Diskominfo)', ownerUnitId: 'diskominfo-aptika', level: 'process', aggregation: 'last', weight: '30', baseline: '22', endOfTerm: '80' },
          'Jumlah jenis layanan publik dan administrasi pemerintahan yang dapat diakses melalui aplikasi super layanan "Contoh Melayani" (posisi akhir tahun).',
        ),
      ]),
      objective('SS-02', 'Meningkatnya pemerataan akses internet publik di desa', { contributesTo: bupatiItem('SS-14') }, [
        // Direct cascading with a share: Diskominfo commits to half of the Bupati's 80 villages.
        fromBupati('IKU-30', 'IKU-03', '100', {
          share: '50',
          ownerUnitId: 'diskominfo-infra',
          schedule: quarterly('40', '5', '10', '15', '10'),
          endOfTerm: '150',
          definition:
            'Jumlah desa yang mulai terlayani akses internet publik dari titik Wi-Fi desa yang dibangun dengan APBD Kabupaten (50 % dari target Pemda; sisanya melalui program BAKTI Komdigi).',
        }),
      ]),
      // ORPHAN (deliberate): no contributesTo and no cascaded KPI, so the performance tree flags it
      // (exported as DEMO_ORPHAN_OBJECTIVE_ID).
      objective('SS-03', 'Meningkatnya keterbukaan informasi dan kualitas komunikasi publik', [
        kpi(
          'IKU-04',
          'Nilai monitoring dan evaluasi keterbukaan informasi publik',
          number('nilai (0-100)'),
          yearly('85.00'),
          {
            dataSource: 'Hasil Monev Keterbukaan Informasi Publik Komisi Informasi Provinsi',
            ownerUnitId: 'diskominfo-ikp',
            level: 'result',
            aggregation: 'last',
            weight: '60',
            baseline: '78.40',
            endOfTerm: '90.00',
          },
          'Nilai hasil monitoring dan evaluasi keterbukaan informasi badan publik oleh Komisi Informasi Provinsi.',
        ),
        kpi(
          'IKU-05',
          'Jumlah konten informasi publik yang dipublikasikan',
          number('konten'),
          quarterly('600', '150', '150', '150', '150'),
          {
            dataSource: 'Rekap publikasi situs web dan media sosial Pemkab (Bidang IKP)',
            ownerUnitId: 'diskominfo-ikp',
            level: 'process',
            aggregation: 'sum',
            weight: '40',
            baseline: '520',
            endOfTerm: '750',
          },
          'Jumlah berita, infografis dan video informasi kebijakan dan pembangunan yang dipublikasikan di situs web dan media sosial resmi Pemerintah Kabupaten.',
        ),
      ]),
    ]),
    budgetPerspective('15', 'SS-04', 'Meningkatnya akuntabilitas anggaran Diskominfo', {
      code: 'IKU-06',
      unit: 'Diskominfo',
      ownerUnitId: 'diskominfo',
      schedule: quarterly('95', '18', '42', '70', '95'),
      weight: '100',
      baseline: '89.70',
      endOfTerm: '96',
    }),
    perspective(INTERNAL_PROCESS, '30', [
      objective('SS-05', 'Meningkatnya kecepatan penanganan pengaduan melalui SP4N-LAPOR!', { contributesTo: bupatiItem('SS-12') }, [
        fromBupati('IKU-27', 'IKU-07', '50'),
        kpi(
          'IKU-08',
          'Rata-rata waktu tindak lanjut pengaduan SP4N-LAPOR!',
          duration('hari kerja'),
          quarterly('4.00', '5.00', '4.00', '4.00', '3.00'),
          {
            dataSource: 'SP4N-LAPOR! (dasbor admin daerah)',
            ownerUnitId: 'diskominfo',
            level: 'result',
            aggregation: 'average',
            weight: '50',
            baseline: '6.80',
            endOfTerm: '3.00',
            polarity: 'lower_is_better',
          },
          'Rata-rata jumlah hari kerja sejak pengaduan diterima admin SP4N-LAPOR! sampai tindak lanjut pertama oleh perangkat daerah terkait.',
        ),
      ]),
    ]),
    perspective(LEARNING_AND_GROWTH, '20', [
      objective('SS-06', 'Meningkatnya kapasitas sumber daya manusia Diskominfo', { contributesTo: bupatiItem('SS-13') }, [
        kpi(
          'IKU-09',
          'Persentase pegawai Diskominfo yang mengikuti pengembangan kompetensi minimal 20 JP',
          percent,
          yearly('85'),
          { dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'last', weight: '60', baseline: '70', endOfTerm: '100' },
          'Jumlah pegawai Diskominfo yang mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran dibagi jumlah pegawai Diskominfo x 100.',
        ),
        kpi(
          'IKU-10',
          'Rata-rata jam pelatihan per pegawai Diskominfo',
          number('jam pelajaran per pegawai'),
          quarterly('20', '5', '5', '5', '5'),
          { dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'diskominfo', level: 'process', aggregation: 'sum', weight: '40', baseline: '15', endOfTerm: '24' },
          'Jumlah jam pelajaran pelatihan yang diikuti pegawai Diskominfo dibagi jumlah pegawai Diskominfo.',
        ),
      ]),
    ]),
  ],
  links: causes(['SS-06', 'SS-05', 'SS-01'], ['SS-04', 'SS-02'], ['SS-05', 'SS-03', 'SS-01']),
});

/** Global id of the deliberately orphaned objective (no contributesTo, no cascaded KPI). */
export const DEMO_ORPHAN_OBJECTIVE_ID = itemId(DISKOMINFO_SCORECARD_ID, 'SS-03');
