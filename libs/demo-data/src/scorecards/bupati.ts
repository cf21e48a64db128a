import type { InitiativeSpec, KpiSpec, ObjectiveSpec, ScorecardDocument } from '@capaian/planning-domain';
import { everyMonth, kpi, quarters, range, semesters, STRICT_THRESHOLDS, v } from '../build.js';
import { DEMO_YEAR } from '../organization.js';

/**
 * The Bupati's scorecard (Pemerintah Kabupaten Contoh, 2026): the RPJMD's vision and missions
 * made operational for one year. Top of the performance tree: nothing here is cascaded from
 * anywhere (`cascadedFrom` and `contributesTo` are null throughout).
 */

const objectives: ObjectiveSpec[] = [
  // Masyarakat / pemangku kepentingan
  { code: 'SS-01', perspectiveCode: 'MAS', name: 'Meningkatnya kualitas pembangunan manusia', weight: null, contributesTo: null },
  { code: 'SS-02', perspectiveCode: 'MAS', name: 'Menurunnya tingkat kemiskinan dan pengangguran', weight: null, contributesTo: null },
  { code: 'SS-03', perspectiveCode: 'MAS', name: 'Meningkatnya kepuasan masyarakat terhadap pelayanan publik', weight: null, contributesTo: null },
  { code: 'SS-04', perspectiveCode: 'MAS', name: 'Terjaganya stabilitas dan pertumbuhan ekonomi daerah', weight: null, contributesTo: null },
  { code: 'SS-05', perspectiveCode: 'MAS', name: 'Meningkatnya daya saing investasi daerah', weight: null, contributesTo: null },
  // Keuangan
  { code: 'SS-06', perspectiveCode: 'KEU', name: 'Meningkatnya kemandirian keuangan daerah', weight: null, contributesTo: null },
  { code: 'SS-07', perspectiveCode: 'KEU', name: 'Meningkatnya akuntabilitas pengelolaan keuangan daerah', weight: null, contributesTo: null },
  { code: 'SS-08', perspectiveCode: 'KEU', name: 'Meningkatnya efektivitas belanja daerah', weight: null, contributesTo: null },
  // Proses bisnis internal
  { code: 'SS-09', perspectiveCode: 'PBI', name: 'Meningkatnya kecepatan dan kepastian pelayanan perizinan', weight: null, contributesTo: null },
  { code: 'SS-10', perspectiveCode: 'PBI', name: 'Meningkatnya digitalisasi layanan pemerintahan (SPBE)', weight: null, contributesTo: null },
  { code: 'SS-11', perspectiveCode: 'PBI', name: 'Meningkatnya kualitas perencanaan dan pengendalian kinerja', weight: null, contributesTo: null },
  { code: 'SS-12', perspectiveCode: 'PBI', name: 'Meningkatnya efektivitas penanganan pengaduan masyarakat', weight: null, contributesTo: null },
  // Pembelajaran dan pertumbuhan
  { code: 'SS-13', perspectiveCode: 'PDP', name: 'Meningkatnya kompetensi aparatur sipil negara', weight: null, contributesTo: null },
  { code: 'SS-14', perspectiveCode: 'PDP', name: 'Meningkatnya jangkauan infrastruktur teknologi informasi dan komunikasi', weight: null, contributesTo: null },
  { code: 'SS-15', perspectiveCode: 'PDP', name: 'Menguatnya integritas dan budaya kinerja birokrasi', weight: null, contributesTo: null },
];

const kpis: KpiSpec[] = [
  // SS-01 Pembangunan manusia
  kpi({
    code: 'IKU-01', objectiveCode: 'SS-01', name: 'Indeks Pembangunan Manusia (IPM)', unitOfMeasure: 'indeks',
    definition: 'Indeks komposit dimensi umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode BPS): rata-rata geometrik indeks kesehatan, pendidikan dan pengeluaran.',
    dataSource: 'BPS Kabupaten Contoh', ownerUnitId: 'bappeda', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '60',
    baseline: '71.24', yearlyTarget: v('72.05'), endOfTermTarget: v('74.10'),
  }),
  kpi({
    code: 'IKU-02', objectiveCode: 'SS-01', name: 'Rata-rata Lama Sekolah (RLS)', unitOfMeasure: 'tahun',
    definition: 'Rata-rata jumlah tahun yang dijalani penduduk berusia 25 tahun ke atas di pendidikan formal.',
    dataSource: 'BPS Kabupaten Contoh (Susenas)', ownerUnitId: 'disdik', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '40',
    baseline: '8.14', yearlyTarget: v('8.32'), endOfTermTarget: v('8.90'),
  }),

  // SS-02 Kemiskinan dan pengangguran
  kpi({
    code: 'IKU-03', objectiveCode: 'SS-02', name: 'Persentase penduduk miskin', unitOfMeasure: '%',
    definition: 'Jumlah penduduk dengan rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan dibagi jumlah penduduk x 100 (Susenas Maret).',
    dataSource: 'BPS Kabupaten Contoh (Susenas Maret)', ownerUnitId: 'dinsos', frequency: 'yearly', level: 'result',
    polarity: 'lower_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '10.86', yearlyTarget: v('10.15'), endOfTermTarget: v('8.50'),
  }),
  kpi({
    code: 'IKU-04', objectiveCode: 'SS-02', name: 'Tingkat Pengangguran Terbuka (TPT)', unitOfMeasure: '%',
    definition: 'Jumlah penganggur dibagi jumlah angkatan kerja x 100 (Sakernas Februari untuk semester I, Agustus untuk semester II).',
    dataSource: 'BPS Kabupaten Contoh (Sakernas)', ownerUnitId: 'disnakertrans', frequency: 'semester', level: 'result',
    polarity: 'lower_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '5.42', yearlyTarget: v('5.10'), periodTargets: semesters('5.25', '5.10'), endOfTermTarget: v('4.20'),
  }),
  kpi({
    code: 'IKU-05', objectiveCode: 'SS-02', name: 'Persentase data DTSEN yang telah diverifikasi dan divalidasi', unitOfMeasure: '%',
    definition: 'Jumlah keluarga dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) kabupaten yang telah diverifikasi dan divalidasi dibagi jumlah keluarga dalam DTSEN kabupaten x 100 (kumulatif).',
    dataSource: 'Aplikasi SIKS-NG / DTSEN Dinas Sosial', ownerUnitId: 'dinsos', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '20',
    baseline: '64', yearlyTarget: v('100'), periodTargets: quarters('25', '50', '75', '100'), endOfTermTarget: v('100'),
  }),

  // SS-03 Kepuasan masyarakat
  kpi({
    code: 'IKU-06', objectiveCode: 'SS-03', name: 'Indeks Kepuasan Masyarakat (IKM)', unitOfMeasure: 'indeks (0-100)',
    definition: 'Rata-rata tertimbang nilai Survei Kepuasan Masyarakat seluruh unit penyelenggara pelayanan publik (PermenPANRB 14/2017), skala 0-100.',
    dataSource: 'Survei IKM unit layanan (rekapitulasi Bagian Organisasi Setda)', ownerUnitId: 'setda', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'average', weight: '60',
    baseline: '81.20', yearlyTarget: v('83.00'), periodTargets: quarters('82.00', '82.50', '83.50', '84.00'), endOfTermTarget: v('86.00'),
  }),
  kpi({
    code: 'IKU-07', objectiveCode: 'SS-03', name: 'Jumlah forum konsultasi publik yang dilaksanakan unit layanan', unitOfMeasure: 'kegiatan',
    definition: 'Jumlah forum konsultasi publik yang dilaksanakan unit penyelenggara pelayanan publik untuk menyusun dan mengevaluasi standar pelayanan.',
    dataSource: 'Laporan FKP unit layanan (Bagian Organisasi Setda)', ownerUnitId: 'setda', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
    baseline: '36', yearlyTarget: v('48'), periodTargets: quarters('12', '12', '12', '12'), endOfTermTarget: v('60'),
  }),

  // SS-04 Stabilitas dan pertumbuhan ekonomi
  kpi({
    code: 'IKU-08', objectiveCode: 'SS-04', name: 'Tingkat inflasi (year-on-year)', unitOfMeasure: '%',
    definition: 'Perubahan Indeks Harga Konsumen bulan berjalan terhadap bulan yang sama tahun sebelumnya; capaian penuh bila berada dalam rentang sasaran inflasi 2-4 %.',
    dataSource: 'BPS Kabupaten Contoh (Indeks Harga Konsumen)', ownerUnitId: 'setda', frequency: 'monthly', level: 'result',
    polarity: 'range', valueType: 'percent', aggregation: 'last', weight: '60',
    baseline: '2.85', yearlyTarget: range('2', '4'), periodTargets: everyMonth(range('2', '4')), endOfTermTarget: range('2', '4'),
  }),
  kpi({
    code: 'IKU-09', objectiveCode: 'SS-04', name: 'Laju pertumbuhan ekonomi', unitOfMeasure: '%',
    definition: 'Pertumbuhan PDRB atas dasar harga konstan tahun berjalan terhadap tahun sebelumnya.',
    dataSource: 'BPS Kabupaten Contoh (PDRB)', ownerUnitId: 'bappeda', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '5.02', yearlyTarget: v('5.30'), endOfTermTarget: v('5.80'),
  }),

  // SS-05 Daya saing investasi
  kpi({
    code: 'IKU-10', objectiveCode: 'SS-05', name: 'Nilai realisasi investasi PMA dan PMDN', unitOfMeasure: 'Rp',
    definition: 'Jumlah nilai realisasi Penanaman Modal Asing dan Penanaman Modal Dalam Negeri di Kabupaten Contoh yang dilaporkan pelaku usaha melalui LKPM.',
    dataSource: 'LKPM pada sistem OSS RBA (Kementerian Investasi/BKPM)', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'money', aggregation: 'sum', weight: '60',
    baseline: '1085000000000', yearlyTarget: v('1250000000000'),
    periodTargets: quarters('250000000000', '300000000000', '350000000000', '350000000000'), endOfTermTarget: v('1600000000000'),
  }),
  kpi({
    code: 'IKU-11', objectiveCode: 'SS-05', name: 'Jumlah Nomor Induk Berusaha (NIB) yang diterbitkan', unitOfMeasure: 'NIB',
    definition: 'Jumlah NIB yang diterbitkan melalui OSS RBA untuk pelaku usaha berlokasi di Kabupaten Contoh.',
    dataSource: 'Sistem OSS RBA (rekap DPMPTSP)', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '40',
    baseline: '4310', yearlyTarget: v('4800'), periodTargets: quarters('1100', '1200', '1250', '1250'), endOfTermTarget: v('5500'),
  }),

  // SS-06 Kemandirian keuangan
  kpi({
    code: 'IKU-12', objectiveCode: 'SS-06', name: 'Pertumbuhan Pendapatan Asli Daerah (PAD)', unitOfMeasure: '%',
    definition: '(Realisasi PAD tahun berjalan - realisasi PAD tahun sebelumnya) / realisasi PAD tahun sebelumnya x 100.',
    dataSource: 'LKPD audited BPK', ownerUnitId: 'bpkad', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '60',
    baseline: '7.80', yearlyTarget: v('9.00'), endOfTermTarget: v('12.00'),
  }),
  kpi({
    code: 'IKU-13', objectiveCode: 'SS-06', name: 'Realisasi penerimaan Pendapatan Asli Daerah', unitOfMeasure: 'Rp',
    definition: 'Jumlah realisasi pajak daerah, retribusi daerah, hasil pengelolaan kekayaan daerah yang dipisahkan dan lain-lain PAD yang sah.',
    dataSource: 'SIPD - Laporan Realisasi Anggaran (BPKAD)', ownerUnitId: 'bpkad', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'money', aggregation: 'sum', weight: '40',
    baseline: '353200000000', yearlyTarget: v('385000000000'),
    periodTargets: quarters('80000000000', '95000000000', '100000000000', '110000000000'), endOfTermTarget: v('470000000000'),
  }),

  // SS-07 Akuntabilitas keuangan
  kpi({
    code: 'IKU-14', objectiveCode: 'SS-07', name: 'Opini BPK atas Laporan Keuangan Pemerintah Daerah', unitOfMeasure: 'opini',
    definition: 'Opini Badan Pemeriksa Keuangan atas LKPD tahun anggaran sebelumnya (WTP, WDP, TW, TMP).',
    dataSource: 'LHP BPK atas LKPD', ownerUnitId: 'bpkad', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'], aggregation: 'last', weight: '60',
    baseline: 'WTP', yearlyTarget: v('WTP'), endOfTermTarget: v('WTP'),
  }),
  kpi({
    code: 'IKU-15', objectiveCode: 'SS-07', name: 'Persentase tindak lanjut rekomendasi hasil pemeriksaan BPK', unitOfMeasure: '%',
    definition: 'Jumlah rekomendasi LHP BPK tahun berjalan yang telah selesai ditindaklanjuti dibagi jumlah rekomendasi x 100 (kumulatif dalam tahun).',
    dataSource: 'SIPTL BPK (rekap Inspektorat Daerah)', ownerUnitId: 'inspektorat', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '88', yearlyTarget: v('95'), periodTargets: quarters('60', '75', '85', '95'), endOfTermTarget: v('100'),
  }),

  // SS-08 Efektivitas belanja
  kpi({
    code: 'IKU-16', objectiveCode: 'SS-08', name: 'Persentase penyerapan anggaran belanja daerah', unitOfMeasure: '%',
    definition: 'Realisasi belanja APBD kumulatif sampai dengan akhir triwulan dibagi pagu belanja APBD x 100.',
    dataSource: 'SIPD - Laporan Realisasi Anggaran (BPKAD)', ownerUnitId: 'bpkad', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '60',
    baseline: '92.40', yearlyTarget: v('95'), periodTargets: quarters('20', '45', '70', '95'), endOfTermTarget: v('96'),
  }),
  kpi({
    code: 'IKU-17', objectiveCode: 'SS-08', name: 'Persentase paket tender yang diumumkan sesuai jadwal RUP', unitOfMeasure: '%',
    definition: 'Jumlah paket tender/seleksi yang diumumkan sesuai jadwal Rencana Umum Pengadaan dibagi jumlah paket tender/seleksi dalam RUP x 100 (kumulatif).',
    dataSource: 'SIRUP dan SPSE LKPP (Bagian Pengadaan Barang/Jasa Setda)', ownerUnitId: 'setda', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '78', yearlyTarget: v('100'), periodTargets: quarters('35', '70', '90', '100'), endOfTermTarget: v('100'),
  }),

  // SS-09 Pelayanan perizinan
  kpi({
    code: 'IKU-18', objectiveCode: 'SS-09', name: 'Rata-rata waktu penyelesaian layanan perizinan', unitOfMeasure: 'hari kerja',
    definition: 'Rata-rata jumlah hari kerja sejak berkas permohonan dinyatakan lengkap sampai izin/nonizin terbit, seluruh jenis layanan DPMPTSP.',
    dataSource: 'Aplikasi SiCantik Cloud DPMPTSP', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'result',
    polarity: 'lower_is_better', valueType: 'duration', aggregation: 'average', weight: '40',
    baseline: '5.20', yearlyTarget: v('3.00'), periodTargets: quarters('3.50', '3.00', '3.00', '2.50'), endOfTermTarget: v('2.00'),
  }),
  kpi({
    code: 'IKU-19', objectiveCode: 'SS-09', name: 'Peresmian Mal Pelayanan Publik (MPP) Kabupaten Contoh', unitOfMeasure: 'tanggal',
    definition: 'Tanggal peresmian Mal Pelayanan Publik yang memenuhi standar penyelenggaraan MPP KemenPANRB.',
    dataSource: 'Berita Acara Peresmian MPP (DPMPTSP)', ownerUnitId: 'dpmptsp', frequency: 'yearly', level: 'process',
    polarity: 'milestone', valueType: 'milestone_date', aggregation: 'last', weight: '30',
    baseline: null, yearlyTarget: v('2026-09-30'), endOfTermTarget: v('2026-09-30'),
  }),
  kpi({
    code: 'IKU-20', objectiveCode: 'SS-09', name: 'Persentase izin terbit tepat waktu sesuai SOP', unitOfMeasure: '%',
    definition: 'Jumlah izin dan nonizin yang terbit dalam batas waktu SOP dibagi jumlah izin dan nonizin yang terbit x 100.',
    dataSource: 'Aplikasi SiCantik Cloud DPMPTSP', ownerUnitId: 'dpmptsp', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '30',
    baseline: '88.50', yearlyTarget: v('95'), periodTargets: quarters('93', '95', '96', '96'), endOfTermTarget: v('98'),
    thresholds: STRICT_THRESHOLDS,
  }),

  // SS-10 Digitalisasi (SPBE)
  kpi({
    code: 'IKU-21', objectiveCode: 'SS-10', name: 'Indeks SPBE', unitOfMeasure: 'indeks (1-5)',
    definition: 'Nilai Indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi SPBE KemenPANRB (PermenPANRB 59/2020), skala 1-5.',
    dataSource: 'Hasil Evaluasi SPBE KemenPANRB', ownerUnitId: 'diskominfo', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '40',
    baseline: '2.85', yearlyTarget: v('3.20'), endOfTermTarget: v('3.80'),
  }),
  kpi({
    code: 'IKU-22', objectiveCode: 'SS-10', name: 'Persentase layanan publik yang tersedia secara daring', unitOfMeasure: '%',
    definition: 'Jumlah jenis layanan publik yang dapat diajukan dan diselesaikan secara daring dibagi jumlah jenis layanan publik dalam katalog layanan x 100 (posisi akhir triwulan).',
    dataSource: 'Katalog Layanan SPBE (Diskominfo)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '40',
    baseline: '52', yearlyTarget: v('70'), periodTargets: quarters('55', '60', '65', '70'), endOfTermTarget: v('90'),
  }),
  kpi({
    code: 'IKU-23', objectiveCode: 'SS-10', name: 'Persentase perangkat daerah yang menggunakan naskah dinas elektronik dan TTE', unitOfMeasure: '%',
    definition: 'Jumlah perangkat daerah yang menggunakan naskah dinas elektronik (e-Office) dan tanda tangan elektronik dibagi jumlah perangkat daerah x 100.',
    dataSource: 'Log aplikasi e-Office dan TTE (Diskominfo)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '20',
    baseline: '62', yearlyTarget: v('100'), periodTargets: quarters('70', '80', '90', '100'), endOfTermTarget: v('100'),
  }),

  // SS-11 Perencanaan dan pengendalian kinerja
  kpi({
    code: 'IKU-24', objectiveCode: 'SS-11', name: 'Nilai evaluasi SAKIP Pemerintah Kabupaten', unitOfMeasure: 'nilai (0-100)',
    definition: 'Nilai hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah oleh KemenPANRB (PermenPANRB 88/2021).',
    dataSource: 'LHE SAKIP KemenPANRB', ownerUnitId: 'bappeda', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '60',
    baseline: '66.52', yearlyTarget: v('70.50'), endOfTermTarget: v('75.00'),
  }),
  kpi({
    code: 'IKU-25', objectiveCode: 'SS-11', name: 'Persentase perangkat daerah yang melaporkan capaian kinerja triwulanan tepat waktu', unitOfMeasure: '%',
    definition: 'Jumlah perangkat daerah yang menyampaikan laporan capaian kinerja triwulanan paling lambat 10 hari setelah triwulan berakhir dibagi jumlah perangkat daerah x 100.',
    dataSource: 'Aplikasi e-SAKIP (Bappeda)', ownerUnitId: 'bappeda', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '40',
    baseline: '74', yearlyTarget: v('95'), periodTargets: quarters('90', '95', '95', '100'), endOfTermTarget: v('100'),
  }),

  // SS-12 Pengaduan masyarakat
  kpi({
    code: 'IKU-26', objectiveCode: 'SS-12', name: 'Jumlah pengaduan masyarakat atas pelayanan publik', unitOfMeasure: 'pengaduan',
    definition: 'Jumlah pengaduan masyarakat atas penyelenggaraan pelayanan publik yang masuk melalui SP4N-LAPOR! dan kanal pengaduan resmi Pemerintah Kabupaten.',
    dataSource: 'SP4N-LAPOR! (rekap Diskominfo)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'result',
    polarity: 'lower_is_better', valueType: 'number', aggregation: 'sum', weight: '50',
    baseline: '612', yearlyTarget: v('480'), periodTargets: quarters('130', '120', '120', '110'), endOfTermTarget: v('350'),
  }),
  kpi({
    code: 'IKU-27', objectiveCode: 'SS-12', name: 'Persentase pengaduan yang ditindaklanjuti paling lambat 5 hari kerja', unitOfMeasure: '%',
    definition: 'Jumlah pengaduan yang ditindaklanjuti paling lambat 5 hari kerja sejak diterima dibagi jumlah pengaduan yang diterima x 100.',
    dataSource: 'SP4N-LAPOR! (rekap Diskominfo)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'average', weight: '50',
    baseline: '78', yearlyTarget: v('90'), periodTargets: quarters('85', '90', '90', '95'), endOfTermTarget: v('95'),
  }),

  // SS-13 Kompetensi ASN
  kpi({
    code: 'IKU-28', objectiveCode: 'SS-13', name: 'Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP', unitOfMeasure: '%',
    definition: 'Jumlah ASN yang telah mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran dibagi jumlah ASN x 100 (kumulatif).',
    dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'bkpsdm', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'percent', aggregation: 'last', weight: '50',
    baseline: '64', yearlyTarget: v('80'), periodTargets: quarters('15', '40', '65', '80'), endOfTermTarget: v('100'),
  }),
  kpi({
    code: 'IKU-29', objectiveCode: 'SS-13', name: 'Rata-rata jam pelatihan per ASN', unitOfMeasure: 'jam pelajaran per ASN',
    definition: 'Jumlah jam pelajaran pengembangan kompetensi yang diikuti seluruh ASN dibagi jumlah ASN.',
    dataSource: 'SIASN dan aplikasi e-Learning BKPSDM', ownerUnitId: 'bkpsdm', frequency: 'quarterly', level: 'process',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '50',
    baseline: '14.5', yearlyTarget: v('20'), periodTargets: quarters('3', '6', '6', '5'), endOfTermTarget: v('24'),
  }),

  // SS-14 Infrastruktur TIK
  kpi({
    code: 'IKU-30', objectiveCode: 'SS-14', name: 'Jumlah desa yang mulai terlayani akses internet publik', unitOfMeasure: 'desa',
    definition: 'Jumlah desa yang mulai terlayani akses internet publik (titik Wi-Fi desa dari APBD atau BTS/akses internet BAKTI Komdigi) pada tahun berjalan.',
    dataSource: 'Data titik akses internet (Bidang Infrastruktur TIK Diskominfo)', ownerUnitId: 'diskominfo', frequency: 'quarterly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'sum', weight: '100',
    baseline: '64', yearlyTarget: v('80'), periodTargets: quarters('10', '20', '30', '20'), endOfTermTarget: v('300'),
  }),

  // SS-15 Integritas dan budaya kinerja
  kpi({
    code: 'IKU-31', objectiveCode: 'SS-15', name: 'Indeks Reformasi Birokrasi', unitOfMeasure: 'nilai (0-100)',
    definition: 'Nilai hasil evaluasi pelaksanaan Reformasi Birokrasi oleh KemenPANRB.',
    dataSource: 'LHE Reformasi Birokrasi KemenPANRB', ownerUnitId: 'setda', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
    baseline: '62.10', yearlyTarget: v('65.00'), endOfTermTarget: v('70.00'),
  }),
  kpi({
    code: 'IKU-32', objectiveCode: 'SS-15', name: 'Tingkat maturitas SPIP', unitOfMeasure: 'level (1-5)',
    definition: 'Tingkat maturitas penyelenggaraan Sistem Pengendalian Intern Pemerintah hasil penilaian BPKP.',
    dataSource: 'Hasil penilaian maturitas SPIP oleh BPKP', ownerUnitId: 'inspektorat', frequency: 'yearly', level: 'result',
    polarity: 'higher_is_better', valueType: 'number', aggregation: 'last', weight: '50',
    baseline: '3.10', yearlyTarget: v('3.30'), endOfTermTarget: v('3.70'),
  }),
];

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

export const bupatiScorecard: ScorecardDocument = {
  unitId: 'pemda',
  year: DEMO_YEAR,
  theme: null,
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
    { code: 'MAS', name: 'Masyarakat dan Pemangku Kepentingan', order: 1, weight: '40' },
    { code: 'KEU', name: 'Keuangan', order: 2, weight: '20' },
    { code: 'PBI', name: 'Proses Bisnis Internal', order: 3, weight: '25' },
    { code: 'PDP', name: 'Pembelajaran dan Pertumbuhan', order: 4, weight: '15' },
  ],
  objectives,
  // Cause -> effect: learning and growth drives internal processes, which drive the results for
  // citizens and the finances.
  links: [
    { from: 'SS-13', to: 'SS-09' },
    { from: 'SS-13', to: 'SS-10' },
    { from: 'SS-13', to: 'SS-11' },
    { from: 'SS-13', to: 'SS-12' },
    { from: 'SS-14', to: 'SS-10' },
    { from: 'SS-14', to: 'SS-11' },
    { from: 'SS-15', to: 'SS-11' },
    { from: 'SS-15', to: 'SS-12' },
    { from: 'SS-15', to: 'SS-07' },
    { from: 'SS-10', to: 'SS-09' },
    { from: 'SS-10', to: 'SS-03' },
    { from: 'SS-09', to: 'SS-03' },
    { from: 'SS-09', to: 'SS-05' },
    { from: 'SS-12', to: 'SS-03' },
    { from: 'SS-11', to: 'SS-07' },
    { from: 'SS-11', to: 'SS-08' },
    { from: 'SS-05', to: 'SS-04' },
    { from: 'SS-05', to: 'SS-06' },
    { from: 'SS-08', to: 'SS-02' },
    { from: 'SS-01', to: 'SS-02' },
  ],
  kpis,
  initiatives,
};

/** A KPI of the Bupati's scorecard by code (throws on a typo, at module load). */
export function bupatiKpi(code: string): KpiSpec {
  const found = kpis.find((k) => k.code === code);
  if (!found) throw new Error(`demo-data: no Bupati KPI ${code}`);
  return found;
}
