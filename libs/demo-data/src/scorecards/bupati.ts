import type { InitiativeSpec, KpiSpec, ScorecardDocument } from '@capaian/planning-domain';
import { causes, duration, FINANCIAL, graded, INTERNAL_PROCESS, kpi, LEARNING_AND_GROWTH, milestoneDate, monthly, number, objective, percent, perspective, quarterly, range, rupiah, scorecard, semesterly, stakeholders, STRICT_THRESHOLDS, yearly } from '../build.js';

/**
 * The Bupati's scorecard (Pemerintah Kabupaten Contoh, 2026): the RPJMD's vision and missions
 * made operational for one year. Top of the performance tree: nothing here is cascaded from
 * anywhere (`cascadedFrom` and `contributesTo` are null throughout).
 */

const YEAR_ROUND = { start: '2026-01-02', end: '2026-12-31' };

const initiatives: InitiativeSpec[] = [
  // Pelayanan penanaman modal (DPMPTSP)
  { code: 'PRG-01', level: 'program', name: 'Program Pelayanan Penanaman Modal', parentCode: null, objectiveCodes: ['SS-05', 'SS-09'], budgetCeiling: '4500000000', ownerUnitId: 'dpmptsp', schedule: YEAR_ROUND },
  { code: 'KEG-01', level: 'kegiatan', name: 'Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu', parentCode: 'PRG-01', objectiveCodes: ['SS-09'], budgetCeiling: '3200000000', ownerUnitId: 'dpmptsp', schedule: YEAR_ROUND },
  { code: 'SUB-01', level: 'sub_kegiatan', name: 'Pembangunan dan Penyelenggaraan Mal Pelayanan Publik', parentCode: 'KEG-01', objectiveCodes: ['SS-09'], budgetCeiling: '2100000000', ownerUnitId: 'dpmptsp', schedule: { start: '2026-02-02', end: '2026-09-30' } },
  { code: 'SUB-02', level: 'sub_kegiatan', name: 'Penyediaan Pelayanan Perizinan Berusaha melalui Sistem OSS RBA', parentCode: 'KEG-01', objectiveCodes: ['SS-09', 'SS-05'], budgetCeiling: '750000000', ownerUnitId: 'dpmptsp', schedule: YEAR_ROUND },
  { code: 'KEG-02', level: 'kegiatan', name: 'Pengendalian Pelaksanaan Penanaman Modal dan Pendampingan LKPM', parentCode: 'PRG-01', objectiveCodes: ['SS-05'], budgetCeiling: '1000000000', ownerUnitId: 'dpmptsp', schedule: { start: '2026-02-02', end: '2026-11-30' } },

  // Aplikasi informatika (Diskominfo)
  { code: 'PRG-02', level: 'program', name: 'Program Aplikasi Informatika', parentCode: null, objectiveCodes: ['SS-10', 'SS-14'], budgetCeiling: '6800000000', ownerUnitId: 'diskominfo', schedule: YEAR_ROUND },
  { code: 'KEG-03', level: 'kegiatan', name: 'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten', parentCode: 'PRG-02', objectiveCodes: ['SS-10', 'SS-14'], budgetCeiling: '6000000000', ownerUnitId: 'diskominfo', schedule: YEAR_ROUND },
  { code: 'SUB-03', level: 'sub_kegiatan', name: 'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', parentCode: 'KEG-03', objectiveCodes: ['SS-10'], budgetCeiling: '1800000000', ownerUnitId: 'diskominfo', schedule: { start: '2026-02-02', end: '2026-11-30' } },
  { code: 'SUB-04', level: 'sub_kegiatan', name: 'Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah', parentCode: 'KEG-03', objectiveCodes: ['SS-14'], budgetCeiling: '2400000000', ownerUnitId: 'diskominfo', schedule: YEAR_ROUND },
  { code: 'SUB-05', level: 'sub_kegiatan', name: 'Pengelolaan Pusat Data Pemerintahan Daerah', parentCode: 'KEG-03', objectiveCodes: ['SS-10', 'SS-14'], budgetCeiling: '1500000000', ownerUnitId: 'diskominfo', schedule: YEAR_ROUND },

  // Pengelolaan keuangan daerah (BPKAD)
  { code: 'PRG-03', level: 'program', name: 'Program Pengelolaan Keuangan Daerah', parentCode: null, objectiveCodes: ['SS-06', 'SS-07', 'SS-08'], budgetCeiling: '3500000000', ownerUnitId: 'bpkad', schedule: YEAR_ROUND },
  { code: 'KEG-04', level: 'kegiatan', name: 'Pengendalian dan Analisis Realisasi Anggaran Belanja Daerah', parentCode: 'PRG-03', objectiveCodes: ['SS-08'], budgetCeiling: '900000000', ownerUnitId: 'bpkad', schedule: YEAR_ROUND },
  { code: 'KEG-05', level: 'kegiatan', name: 'Akuntansi dan Pelaporan Keuangan Daerah', parentCode: 'PRG-03', objectiveCodes: ['SS-07'], budgetCeiling: '1400000000', ownerUnitId: 'bpkad', schedule: YEAR_ROUND },
  { code: 'SUB-06', level: 'sub_kegiatan', name: 'Penyusunan Laporan Keuangan Pemerintah Daerah (LKPD) dan Pendampingan Pemeriksaan BPK', parentCode: 'KEG-05', objectiveCodes: ['SS-07'], budgetCeiling: '650000000', ownerUnitId: 'bpkad', schedule: { start: '2026-01-05', end: '2026-06-30' } },

  // Pengembangan SDM aparatur (BKPSDM)
  { code: 'PRG-04', level: 'program', name: 'Program Pengembangan Sumber Daya Manusia', parentCode: null, objectiveCodes: ['SS-13'], budgetCeiling: '2750000000', ownerUnitId: 'bkpsdm', schedule: YEAR_ROUND },
  { code: 'KEG-06', level: 'kegiatan', name: 'Pengembangan Kompetensi Teknis, Manajerial dan Sosial Kultural ASN', parentCode: 'PRG-04', objectiveCodes: ['SS-13'], budgetCeiling: '2200000000', ownerUnitId: 'bkpsdm', schedule: YEAR_ROUND },
  { code: 'SUB-07', level: 'sub_kegiatan', name: 'Penyelenggaraan Pelatihan Kepemimpinan dan Manajerial', parentCode: 'KEG-06', objectiveCodes: ['SS-13'], budgetCeiling: '1300000000', ownerUnitId: 'bkpsdm', schedule: { start: '2026-03-02', end: '2026-11-27' } },
  { code: 'SUB-08', level: 'sub_kegiatan', name: 'Pelatihan Teknis Berbasis e-Learning (Corporate University)', parentCode: 'KEG-06', objectiveCodes: ['SS-13'], budgetCeiling: '600000000', ownerUnitId: 'bkpsdm', schedule: { start: '2026-02-02', end: '2026-12-15' } },

  // Perlindungan dan jaminan sosial (Dinas Sosial)
  { code: 'PRG-05', level: 'program', name: 'Program Perlindungan dan Jaminan Sosial', parentCode: null, objectiveCodes: ['SS-02'], budgetCeiling: '5200000000', ownerUnitId: 'dinsos', schedule: YEAR_ROUND },
  { code: 'KEG-07', level: 'kegiatan', name: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten', parentCode: 'PRG-05', objectiveCodes: ['SS-02'], budgetCeiling: '850000000', ownerUnitId: 'dinsos', schedule: YEAR_ROUND },
  { code: 'SUB-09', level: 'sub_kegiatan', name: 'Verifikasi dan Validasi Data Tunggal Sosial dan Ekonomi (DTSEN)', parentCode: 'KEG-07', objectiveCodes: ['SS-02'], budgetCeiling: '600000000', ownerUnitId: 'dinsos', schedule: { start: '2026-01-12', end: '2026-12-18' } },
];

export const bupatiScorecard: ScorecardDocument = scorecard({
  unitId: 'pemda',
  title: 'Balanced Scorecard Pemerintah Kabupaten Contoh Tahun 2026',
  vision: 'Terwujudnya Kabupaten Contoh yang Maju, Sejahtera dan Berdaya Saing, Berlandaskan Tata Kelola Pemerintahan yang Bersih dan Melayani',
  missions: [
    'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berkarakter',
    'Mewujudkan perekonomian daerah yang tangguh, inklusif dan berdaya saing',
    'Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, digital dan melayani',
    'Meningkatkan kesejahteraan sosial serta menurunkan kemiskinan dan pengangguran',
  ],
  goals: [
    'Meningkatnya kualitas pembangunan manusia',
    'Meningkatnya pertumbuhan ekonomi yang inklusif dan berkelanjutan',
    'Meningkatnya kualitas tata kelola pemerintahan dan pelayanan publik',
    'Menurunnya kemiskinan dan pengangguran',
  ],
  perspectives: [
    perspective(stakeholders('Masyarakat dan Pemangku Kepentingan'), '40', [
      objective('SS-01', 'Meningkatnya kualitas pembangunan manusia', [
        kpi('IKU-01', 'Indeks Pembangunan Manusia (IPM)', number('indeks'), yearly('72.05'), { dataSource: 'BPS Kabupaten Contoh', ownerUnitId: 'bappeda', level: 'result', aggregation: 'last', weight: '60', baseline: '71.24', endOfTerm: '74.10' },
          'Indeks komposit dimensi umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode BPS): rata-rata geometrik indeks kesehatan, pendidikan dan pengeluaran.'),
        kpi('IKU-02', 'Rata-rata Lama Sekolah (RLS)', number('tahun'), yearly('8.32'), { dataSource: 'BPS Kabupaten Contoh (Susenas)', ownerUnitId: 'disdik', level: 'result', aggregation: 'last', weight: '40', baseline: '8.14', endOfTerm: '8.90' },
          'Rata-rata jumlah tahun yang dijalani penduduk berusia 25 tahun ke atas di pendidikan formal.'),
      ]),
      objective('SS-02', 'Menurunnya tingkat kemiskinan dan pengangguran', [
        kpi('IKU-03', 'Persentase penduduk miskin', percent, yearly('10.15'), { dataSource: 'BPS Kabupaten Contoh (Susenas Maret)', ownerUnitId: 'dinsos', level: 'result', aggregation: 'last', weight: '40', baseline: '10.86', endOfTerm: '8.50', polarity: 'lower_is_better' },
          'Jumlah penduduk dengan rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan dibagi jumlah penduduk x 100 (Susenas Maret).'),
        kpi('IKU-04', 'Tingkat Pengangguran Terbuka (TPT)', percent, semesterly('5.10', '5.25', '5.10'), { dataSource: 'BPS Kabupaten Contoh (Sakernas)', ownerUnitId: 'disnakertrans', level: 'result', aggregation: 'last', weight: '40', baseline: '5.42', endOfTerm: '4.20', polarity: 'lower_is_better' },
          'Jumlah penganggur dibagi jumlah angkatan kerja x 100 (Sakernas Februari untuk semester I, Agustus untuk semester II).'),
        kpi('IKU-05', 'Persentase data DTSEN yang telah diverifikasi dan divalidasi', percent, quarterly('100', '25', '50', '75', '100'), { dataSource: 'Aplikasi SIKS-NG / DTSEN Dinas Sosial', ownerUnitId: 'dinsos', level: 'process', aggregation: 'last', weight: '20', baseline: '64', endOfTerm: '100' },
          'Jumlah keluarga dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) kabupaten yang telah diverifikasi dan divalidasi dibagi jumlah keluarga dalam DTSEN kabupaten x 100 (kumulatif).'),
      ]),
      objective('SS-03', 'Meningkatnya kepuasan masyarakat terhadap pelayanan publik', [
        kpi('IKU-06', 'Indeks Kepuasan Masyarakat (IKM)', number('indeks (0-100)'), quarterly('83.00', '82.00', '82.50', '83.50', '84.00'), { dataSource: 'Survei IKM unit layanan (rekapitulasi Bagian Organisasi Setda)', ownerUnitId: 'setda', level: 'result', aggregation: 'average', weight: '60', baseline: '81.20', endOfTerm: '86.00' },
          'Rata-rata tertimbang nilai Survei Kepuasan Masyarakat seluruh unit penyelenggara pelayanan publik (PermenPANRB 14/2017), skala 0-100.'),
        kpi('IKU-07', 'Jumlah forum konsultasi publik yang dilaksanakan unit layanan', number('kegiatan'), quarterly('48', '12', '12', '12', '12'), { dataSource: 'Laporan FKP unit layanan (Bagian Organisasi Setda)', ownerUnitId: 'setda', level: 'process', aggregation: 'sum', weight: '40', baseline: '36', endOfTerm: '60' },
          'Jumlah forum konsultasi publik yang dilaksanakan unit penyelenggara pelayanan publik untuk menyusun dan mengevaluasi standar pelayanan.'),
      ]),
      objective('SS-04', 'Terjaganya stabilitas dan pertumbuhan ekonomi daerah', [
        kpi('IKU-08', 'Tingkat inflasi (year-on-year)', percent, monthly(range('2', '4')), { dataSource: 'BPS Kabupaten Contoh (Indeks Harga Konsumen)', ownerUnitId: 'setda', level: 'result', aggregation: 'last', weight: '60', baseline: '2.85', endOfTerm: range('2', '4'), polarity: 'range' },
          'Perubahan Indeks Harga Konsumen bulan berjalan terhadap bulan yang sama tahun sebelumnya; capaian penuh bila berada dalam rentang sasaran inflasi 2-4 %.'),
        kpi('IKU-09', 'Laju pertumbuhan ekonomi', percent, yearly('5.30'), { dataSource: 'BPS Kabupaten Contoh (PDRB)', ownerUnitId: 'bappeda', level: 'result', aggregation: 'last', weight: '40', baseline: '5.02', endOfTerm: '5.80' },
          'Pertumbuhan PDRB atas dasar harga konstan tahun berjalan terhadap tahun sebelumnya.'),
      ]),
      objective('SS-05', 'Meningkatnya daya saing investasi daerah', [
        kpi('IKU-10', 'Nilai realisasi investasi PMA dan PMDN', rupiah, quarterly('1250000000000', '250000000000', '300000000000', '350000000000', '350000000000'), { dataSource: 'LKPM pada sistem OSS RBA (Kementerian Investasi/BKPM)', ownerUnitId: 'dpmptsp', level: 'result', aggregation: 'sum', weight: '60', baseline: '1085000000000', endOfTerm: '1600000000000' },
          'Jumlah nilai realisasi Penanaman Modal Asing dan Penanaman Modal Dalam Negeri di Kabupaten Contoh yang dilaporkan pelaku usaha melalui LKPM.'),
        kpi('IKU-11', 'Jumlah Nomor Induk Berusaha (NIB) yang diterbitkan', number('NIB'), quarterly('4800', '1100', '1200', '1250', '1250'), { dataSource: 'Sistem OSS RBA (rekap DPMPTSP)', ownerUnitId: 'dpmptsp', level: 'process', aggregation: 'sum', weight: '40', baseline: '4310', endOfTerm: '5500' },
          'Jumlah NIB yang diterbitkan melalui OSS RBA untuk pelaku usaha berlokasi di Kabupaten Contoh.'),
      ]),
    ]),
    perspective(FINANCIAL, '20', [
      objective('SS-06', 'Meningkatnya kemandirian keuangan daerah', [
        kpi('IKU-12', 'Pertumbuhan Pendapatan Asli Daerah (PAD)', percent, yearly('9.00'), { dataSource: 'LKPD audited BPK', ownerUnitId: 'bpkad', level: 'result', aggregation: 'last', weight: '60', baseline: '7.80', endOfTerm: '12.00' },
          '(Realisasi PAD tahun berjalan - realisasi PAD tahun sebelumnya) / realisasi PAD tahun sebelumnya x 100.'),
        kpi('IKU-13', 'Realisasi penerimaan Pendapatan Asli Daerah', rupiah, quarterly('385000000000', '80000000000', '95000000000', '100000000000', '110000000000'), { dataSource: 'SIPD - Laporan Realisasi Anggaran (BPKAD)', ownerUnitId: 'bpkad', level: 'process', aggregation: 'sum', weight: '40', baseline: '353200000000', endOfTerm: '470000000000' },
          'Jumlah realisasi pajak daerah, retribusi daerah, hasil pengelolaan kekayaan daerah yang dipisahkan dan lain-lain PAD yang sah.'),
      ]),
      objective('SS-07', 'Meningkatnya akuntabilitas pengelolaan keuangan daerah', [
        kpi('IKU-14', 'Opini BPK atas Laporan Keuangan Pemerintah Daerah', graded('opini', ['WTP', 'WDP', 'TW', 'TMP']), yearly('WTP'), { dataSource: 'LHP BPK atas LKPD', ownerUnitId: 'bpkad', level: 'result', aggregation: 'last', weight: '60', baseline: 'WTP', endOfTerm: 'WTP' },
          'Opini Badan Pemeriksa Keuangan atas LKPD tahun anggaran sebelumnya (WTP, WDP, TW, TMP).'),
        kpi('IKU-15', 'Persentase tindak lanjut rekomendasi hasil pemeriksaan BPK', percent, quarterly('95', '60', '75', '85', '95'), { dataSource: 'SIPTL BPK (rekap Inspektorat Daerah)', ownerUnitId: 'inspektorat', level: 'process', aggregation: 'last', weight: '40', baseline: '88', endOfTerm: '100' },
          'Jumlah rekomendasi LHP BPK tahun berjalan yang telah selesai ditindaklanjuti dibagi jumlah rekomendasi x 100 (kumulatif dalam tahun).'),
      ]),
      objective('SS-08', 'Meningkatnya efektivitas belanja daerah', [
        kpi('IKU-16', 'Persentase penyerapan anggaran belanja daerah', percent, quarterly('95', '20', '45', '70', '95'), { dataSource: 'SIPD - Laporan Realisasi Anggaran (BPKAD)', ownerUnitId: 'bpkad', level: 'result', aggregation: 'last', weight: '60', baseline: '92.40', endOfTerm: '96' },
          'Realisasi belanja APBD kumulatif sampai dengan akhir triwulan dibagi pagu belanja APBD x 100.'),
        kpi('IKU-17', 'Persentase paket tender yang diumumkan sesuai jadwal RUP', percent, quarterly('100', '35', '70', '90', '100'), { dataSource: 'SIRUP dan SPSE LKPP (Bagian Pengadaan Barang/Jasa Setda)', ownerUnitId: 'setda', level: 'process', aggregation: 'last', weight: '40', baseline: '78', endOfTerm: '100' },
          'Jumlah paket tender/seleksi yang diumumkan sesuai jadwal Rencana Umum Pengadaan dibagi jumlah paket tender/seleksi dalam RUP x 100 (kumulatif).'),
      ]),
    ]),
    perspective(INTERNAL_PROCESS, '25', [
      objective('SS-09', 'Meningkatnya kecepatan dan kepastian pelayanan perizinan', [
        kpi('IKU-18', 'Rata-rata waktu penyelesaian layanan perizinan', duration('hari kerja'), quarterly('3.00', '3.50', '3.00', '3.00', '2.50'), { dataSource: 'Aplikasi SiCantik Cloud DPMPTSP', ownerUnitId: 'dpmptsp', level: 'result', aggregation: 'average', weight: '40', baseline: '5.20', endOfTerm: '2.00', polarity: 'lower_is_better' },
          'Rata-rata jumlah hari kerja sejak berkas permohonan dinyatakan lengkap sampai izin/nonizin terbit, seluruh jenis layanan DPMPTSP.'),
        kpi('IKU-19', 'Peresmian Mal Pelayanan Publik (MPP) Kabupaten Contoh', milestoneDate, yearly('2026-09-30'), { dataSource: 'Berita Acara Peresmian MPP (DPMPTSP)', ownerUnitId: 'dpmptsp', level: 'process', aggregation: 'last', weight: '30', baseline: null, endOfTerm: '2026-09-30' },
          'Tanggal peresmian Mal Pelayanan Publik yang memenuhi standar penyelenggaraan MPP KemenPANRB.'),
        kpi('IKU-20', 'Persentase izin terbit tepat waktu sesuai SOP', percent, quarterly('95', '93', '95', '96', '96'), { dataSource: 'Aplikasi SiCantik Cloud DPMPTSP', ownerUnitId: 'dpmptsp', level: 'result', aggregation: 'average', weight: '30', baseline: '88.50', endOfTerm: '98', thresholds: STRICT_THRESHOLDS },
          'Jumlah izin dan nonizin yang terbit dalam batas waktu SOP dibagi jumlah izin dan nonizin yang terbit x 100.'),
      ]),
      objective('SS-10', 'Meningkatnya digitalisasi layanan pemerintahan (SPBE)', [
        kpi('IKU-21', 'Indeks SPBE', number('indeks (1-5)'), yearly('3.20'), { dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'last', weight: '40', baseline: '2.85', endOfTerm: '3.80' },
          'Nilai Indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi SPBE KemenPANRB (PermenPANRB 59/2020), skala 1-5.'),
        kpi('IKU-22', 'Persentase layanan publik yang tersedia secara daring', percent, quarterly('70', '55', '60', '65', '70'), { dataSource: 'Katalog Layanan SPBE (Diskominfo)', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'last', weight: '40', baseline: '52', endOfTerm: '90' },
          'Jumlah jenis layanan publik yang dapat diajukan dan diselesaikan secara daring dibagi jumlah jenis layanan publik dalam katalog layanan x 100 (posisi akhir triwulan).'),
        kpi('IKU-23', 'Persentase perangkat daerah yang menggunakan naskah dinas elektronik dan TTE', percent, quarterly('100', '70', '80', '90', '100'), { dataSource: 'Log aplikasi e-Office dan TTE (Diskominfo)', ownerUnitId: 'diskominfo', level: 'process', aggregation: 'last', weight: '20', baseline: '62', endOfTerm: '100' },
          'Jumlah perangkat daerah yang menggunakan naskah dinas elektronik (e-Office) dan tanda tangan elektronik dibagi jumlah perangkat daerah x 100.'),
      ]),
      objective('SS-11', 'Meningkatnya kualitas perencanaan dan pengendalian kinerja', [
        kpi('IKU-24', 'Nilai evaluasi SAKIP Pemerintah Kabupaten', number('nilai (0-100)'), yearly('70.50'), { dataSource: 'LHE SAKIP KemenPANRB', ownerUnitId: 'bappeda', level: 'result', aggregation: 'last', weight: '60', baseline: '66.52', endOfTerm: '75.00' },
          'Nilai hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah oleh KemenPANRB (PermenPANRB 88/2021).'),
        kpi('IKU-25', 'Persentase perangkat daerah yang melaporkan capaian kinerja triwulanan tepat waktu', percent, quarterly('95', '90', '95', '95', '100'), { dataSource: 'Aplikasi e-SAKIP (Bappeda)', ownerUnitId: 'bappeda', level: 'process', aggregation: 'average', weight: '40', baseline: '74', endOfTerm: '100' },
          'Jumlah perangkat daerah yang menyampaikan laporan capaian kinerja triwulanan paling lambat 10 hari setelah triwulan berakhir dibagi jumlah perangkat daerah x 100.'),
      ]),
      objective('SS-12', 'Meningkatnya efektivitas penanganan pengaduan masyarakat', [
        kpi('IKU-26', 'Jumlah pengaduan masyarakat atas pelayanan publik', number('pengaduan'), quarterly('480', '130', '120', '120', '110'), { dataSource: 'SP4N-LAPOR! (rekap Diskominfo)', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'sum', weight: '50', baseline: '612', endOfTerm: '350', polarity: 'lower_is_better' },
          'Jumlah pengaduan masyarakat atas penyelenggaraan pelayanan publik yang masuk melalui SP4N-LAPOR! dan kanal pengaduan resmi Pemerintah Kabupaten.'),
        kpi('IKU-27', 'Persentase pengaduan yang ditindaklanjuti paling lambat 5 hari kerja', percent, quarterly('90', '85', '90', '90', '95'), { dataSource: 'SP4N-LAPOR! (rekap Diskominfo)', ownerUnitId: 'diskominfo', level: 'process', aggregation: 'average', weight: '50', baseline: '78', endOfTerm: '95' },
          'Jumlah pengaduan yang ditindaklanjuti paling lambat 5 hari kerja sejak diterima dibagi jumlah pengaduan yang diterima x 100.'),
      ]),
    ]),
    perspective(LEARNING_AND_GROWTH, '15', [
      objective('SS-13', 'Meningkatnya kompetensi aparatur sipil negara', [
        kpi('IKU-28', 'Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP', percent, quarterly('80', '15', '40', '65', '80'), { dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'bkpsdm', level: 'result', aggregation: 'last', weight: '50', baseline: '64', endOfTerm: '100' },
          'Jumlah ASN yang telah mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran dibagi jumlah ASN x 100 (kumulatif).'),
        kpi('IKU-29', 'Rata-rata jam pelatihan per ASN', number('jam pelajaran per ASN'), quarterly('20', '3', '6', '6', '5'), { dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'bkpsdm', level: 'process', aggregation: 'sum', weight: '50', baseline: '14.5', endOfTerm: '24' },
          'Jumlah jam pelajaran pengembangan kompetensi yang diikuti seluruh ASN dibagi jumlah ASN.'),
      ]),
      objective('SS-14', 'Meningkatnya jangkauan infrastruktur teknologi informasi dan komunikasi', [
        kpi('IKU-30', 'Jumlah desa yang mulai terlayani akses internet publik', number('desa'), quarterly('80', '10', '20', '30', '20'), { dataSource: 'Data titik akses internet (Bidang Infrastruktur TIK Diskominfo)', ownerUnitId: 'diskominfo', level: 'result', aggregation: 'sum', weight: '100', baseline: '64', endOfTerm: '300' },
          'Jumlah desa yang mulai terlayani akses internet publik (titik Wi-Fi desa dari APBD atau BTS/akses internet BAKTI Komdigi) pada tahun berjalan.'),
      ]),
      objective('SS-15', 'Menguatnya integritas dan budaya kinerja birokrasi', [
        kpi('IKU-31', 'Indeks Reformasi Birokrasi', number('nilai (0-100)'), yearly('65.00'), { dataSource: 'LHE Reformasi Birokrasi KemenPANRB', ownerUnitId: 'setda', level: 'result', aggregation: 'last', weight: '50', baseline: '62.10', endOfTerm: '70.00' },
          'Nilai hasil evaluasi pelaksanaan Reformasi Birokrasi oleh KemenPANRB.'),
        kpi('IKU-32', 'Tingkat maturitas SPIP', number('level (1-5)'), yearly('3.30'), { dataSource: 'Hasil penilaian maturitas SPIP oleh BPKP', ownerUnitId: 'inspektorat', level: 'result', aggregation: 'last', weight: '50', baseline: '3.10', endOfTerm: '3.70' },
          'Tingkat maturitas penyelenggaraan Sistem Pengendalian Intern Pemerintah hasil penilaian BPKP.'),
      ]),
    ]),
  ],
  // Cause -> effect: learning and growth drives internal processes, which drive the results for
  // citizens and the finances.
  links: causes(
    ['SS-13', 'SS-09', 'SS-10', 'SS-11', 'SS-12'],
    ['SS-14', 'SS-10', 'SS-11'],
    ['SS-15', 'SS-11', 'SS-12', 'SS-07'],
    ['SS-10', 'SS-09', 'SS-03'],
    ['SS-09', 'SS-03', 'SS-05'],
    ['SS-12', 'SS-03'],
    ['SS-11', 'SS-07', 'SS-08'],
    ['SS-05', 'SS-04', 'SS-06'],
    ['SS-08', 'SS-02'],
    ['SS-01', 'SS-02'],
  ),
  initiatives,
});

/** A KPI of the Bupati's scorecard by code (throws on a typo, at module load). */
export function bupatiKpi(code: string): KpiSpec {
  const found = bupatiScorecard.kpis.find((k) => k.code === code);
  if (!found) throw new Error(`demo-data: no Bupati KPI ${code}`);
  return found;
}
