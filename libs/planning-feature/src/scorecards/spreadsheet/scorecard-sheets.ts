import type { ColumnSpec, SheetSpec } from '@capaian/spreadsheet';
import type { Aggregation, InitiativeLevel, KpiLevel, ValueType } from '@capaian/planning-domain';
import type { Frequency, Polarity } from '@capaian/contracts';

/**
 * Labels of the enum values in the scorecard workbook. The first label is what the template and
 * the export write (and the dropdown offers); every label and the English enum value itself are
 * accepted when reading (case-, space-, '-' and '_'-insensitive).
 */
export const FREQUENCY_LABELS: Record<Frequency, string[]> = {
  monthly: ['bulanan'],
  quarterly: ['triwulanan', 'triwulan'],
  semester: ['semesteran', 'semester'],
  yearly: ['tahunan'],
};
export const LEVEL_LABELS: Record<KpiLevel, string[]> = {
  result: ['hasil'],
  process: ['proses'],
};
export const POLARITY_LABELS: Record<Polarity, string[]> = {
  higher_is_better: ['semakin tinggi semakin baik', 'naik', 'maksimalisasi'],
  lower_is_better: ['semakin rendah semakin baik', 'turun', 'minimalisasi'],
  range: ['rentang', 'stabilisasi'],
  milestone: ['milestone', 'tonggak'],
};
export const VALUE_TYPE_LABELS: Record<ValueType, string[]> = {
  number: ['angka'],
  percent: ['persen'],
  money: ['uang', 'rupiah'],
  duration: ['durasi'],
  categorical: ['kategori'],
  milestone_date: ['tanggal'],
};
export const AGGREGATION_LABELS: Record<Aggregation, string[]> = {
  sum: ['jumlah'],
  average: ['rata-rata'],
  last: ['terakhir'],
  min: ['min', 'minimum'],
  max: ['maks', 'maksimum'],
};
export const INITIATIVE_LEVEL_LABELS: Record<InitiativeLevel, string[]> = {
  program: ['program'],
  kegiatan: ['kegiatan'],
  sub_kegiatan: ['sub_kegiatan', 'sub kegiatan'],
};
export const PROFILE_FIELDS = ['unit', 'tahun', 'tema', 'judul', 'visi', 'misi', 'tujuan'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const PROFILE_LABELS: Record<ProfileField, string[]> = {
  unit: ['unit', 'unit kerja'],
  tahun: ['tahun', 'year'],
  tema: ['tema', 'theme'],
  judul: ['judul', 'title'],
  visi: ['visi', 'vision'],
  misi: ['misi', 'mission'],
  tujuan: ['tujuan', 'goal'],
};

const firstLabels = (labels: Record<string, string[]>) => Object.values(labels).map((l) => l[0]);

/** Sub-period columns of the IKU sheet: key (lower-case period code), header and aliases. */
export const PERIOD_COLUMNS = [
  { period: 'Q1', header: 'TW I', aliases: ['Q1', 'Triwulan I', 'TW 1'] },
  { period: 'Q2', header: 'TW II', aliases: ['Q2', 'Triwulan II', 'TW 2'] },
  { period: 'Q3', header: 'TW III', aliases: ['Q3', 'Triwulan III', 'TW 3'] },
  { period: 'Q4', header: 'TW IV', aliases: ['Q4', 'Triwulan IV', 'TW 4'] },
  { period: 'S1', header: 'Semester 1', aliases: ['S1', 'Semester I'] },
  { period: 'S2', header: 'Semester 2', aliases: ['S2', 'Semester II'] },
  { period: 'M01', header: 'Jan', aliases: ['M01', 'Januari', 'January'] },
  { period: 'M02', header: 'Feb', aliases: ['M02', 'Februari', 'February'] },
  { period: 'M03', header: 'Mar', aliases: ['M03', 'Maret', 'March'] },
  { period: 'M04', header: 'Apr', aliases: ['M04', 'April'] },
  { period: 'M05', header: 'Mei', aliases: ['M05', 'May'] },
  { period: 'M06', header: 'Jun', aliases: ['M06', 'Juni', 'June'] },
  { period: 'M07', header: 'Jul', aliases: ['M07', 'Juli', 'July'] },
  { period: 'M08', header: 'Agu', aliases: ['M08', 'Agustus', 'Agt', 'Aug', 'August'] },
  { period: 'M09', header: 'Sep', aliases: ['M09', 'September'] },
  { period: 'M10', header: 'Okt', aliases: ['M10', 'Oktober', 'Oct', 'October'] },
  { period: 'M11', header: 'Nov', aliases: ['M11', 'November'] },
  { period: 'M12', header: 'Des', aliases: ['M12', 'Desember', 'Dec', 'December'] },
] as const;

const col = (key: string, header: string, description: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, description, ...extra });
const TARGET_HELP =
  'Angka (82.5 atau 82,5; uang boleh 1.500.000), kategori (mis. WTP) atau tanggal (YYYY-MM-DD / DD/MM/YYYY) sesuai tipe nilai; untuk polaritas rentang tulis "min..max" (mis. 2..4) / a number, grade or date by value type; "min..max" for range polarity';

export const SCORECARD_SHEETS: SheetSpec[] = [
  {
    key: 'profil',
    title: 'Profil',
    aliases: ['Profile'],
    description:
      'Satu baris per isian: unit, tahun, tema (kosong = kartu kinerja utama), judul, visi, misi (boleh beberapa baris), tujuan (boleh beberapa baris) / one row per field; several misi and tujuan rows allowed',
    maxRows: 200,
    columns: [
      col('jenis', 'Jenis', 'Salah satu dari: unit, tahun, tema, judul, visi, misi, tujuan / one of unit, year, theme, title, vision, mission, goal', {
        aliases: ['Field', 'Type'],
        required: true,
        example: 'visi',
        allowed: firstLabels(PROFILE_LABELS),
        width: 14,
      }),
      col('isi', 'Isi', 'Isinya: id unit (mis. dinkes), tahun anggaran (2000-2100), teks / the value: unit id, plan year, text', {
        aliases: ['Value', 'Content'],
        example: 'Masyarakat sehat dan sejahtera',
        width: 80,
      }),
    ],
  },
  {
    key: 'perspektif',
    title: 'Perspektif',
    aliases: ['Perspectives', 'Perspective'],
    description: 'Perspektif Balanced Scorecard; bobot semua perspektif berjumlah 100 saat disahkan / BSC perspectives; weights sum to 100 at approval',
    maxRows: 50,
    columns: [
      col('kode', 'Kode', 'Kode unik perspektif / unique code', { aliases: ['Code'], required: true, example: 'P1' }),
      col('nama', 'Nama', 'Nama perspektif / name', { aliases: ['Name'], required: true, example: 'Pemangku Kepentingan', width: 40 }),
      col('urutan', 'Urutan', 'Urutan tampil (bilangan bulat >= 1); kosong = urutan baris / display order; empty = row order', { aliases: ['Order'], example: '1' }),
      col('bobot', 'Bobot', 'Bobot dalam persen / weight in percent', { aliases: ['Weight'], required: true, example: '60' }),
    ],
  },
  {
    key: 'sasaran',
    title: 'Sasaran',
    aliases: ['Objectives', 'Objective', 'Sasaran Strategis'],
    description: 'Sasaran strategis per perspektif / strategic objectives',
    columns: [
      col('kode', 'Kode', 'Kode unik sasaran / unique code', { aliases: ['Code'], required: true, example: 'SS-01' }),
      col('perspektif', 'Perspektif', 'Kode perspektif / perspective code', { aliases: ['Perspective'], required: true, example: 'P1' }),
      col('nama', 'Nama', 'Rumusan sasaran / objective statement', { aliases: ['Name'], required: true, example: 'Meningkatnya kepuasan masyarakat', width: 50 }),
      col('bobot', 'Bobot', 'Bobot di dalam perspektif (persen); kosong = bobot sama / weight within the perspective; empty = equal weights', { aliases: ['Weight'], example: '50' }),
      col('kontribusi_ke', 'Kontribusi ke', 'Id global sasaran unit atasan yang didukung (cascading tidak langsung) / global id of the parent objective', {
        aliases: ['Contributes to', 'Mendukung'],
        example: 'pemda-2026.ss-01',
        width: 24,
      }),
    ],
  },
  {
    key: 'peta',
    title: 'Peta Strategi',
    aliases: ['Strategy Map', 'Links'],
    description: 'Hubungan sebab-akibat antar sasaran / cause-effect links between objectives',
    columns: [
      col('sebab', 'Sebab', 'Kode sasaran penyebab / cause objective code', { aliases: ['Cause', 'From'], required: true, example: 'SS-02' }),
      col('akibat', 'Akibat', 'Kode sasaran akibat / effect objective code', { aliases: ['Effect', 'To'], required: true, example: 'SS-01' }),
    ],
  },
  {
    key: 'iku',
    title: 'IKU',
    aliases: ['KPI', 'KPIs', 'Indikator'],
    description: 'Indikator Kinerja Utama dengan target / key performance indicators with targets',
    columns: [
      col('kode', 'Kode', 'Kode unik IKU / unique code', { aliases: ['Code'], required: true, example: 'IKU-01' }),
      col('sasaran', 'Sasaran', 'Kode sasaran / objective code', { aliases: ['Objective'], required: true, example: 'SS-01' }),
      col('nama', 'Nama', 'Nama indikator / indicator name', { aliases: ['Name', 'Indikator'], required: true, example: 'Indeks Kepuasan Masyarakat', width: 40 }),
      col('satuan', 'Satuan', 'Satuan ukur; wajib kecuali tipe kategori/tanggal / unit of measure; required unless categorical/date', {
        aliases: ['Unit of measure', 'UoM'],
        example: 'indeks',
      }),
      col('definisi', 'Definisi', 'Definisi operasional / formula / definition or formula', { aliases: ['Definition', 'Formula', 'Formulasi'], required: true, width: 40 }),
      col('sumber_data', 'Sumber Data', 'Sumber data / data source', { aliases: ['Data source'], example: 'Survei Kepuasan Masyarakat' }),
      col('pemilik', 'Pemilik', 'Id unit penanggung jawab / owner unit id', { aliases: ['Owner', 'Penanggung jawab'], example: 'bag-organisasi' }),
      col('frekuensi', 'Frekuensi', 'Frekuensi pengukuran / frequency', { aliases: ['Frequency'], required: true, example: 'triwulanan', allowed: firstLabels(FREQUENCY_LABELS) }),
      col('level', 'Level', 'hasil (outcome) atau proses / result or process', { aliases: ['Jenis indikator'], required: true, example: 'hasil', allowed: firstLabels(LEVEL_LABELS) }),
      col('polaritas', 'Polaritas', 'Arah capaian / polarity', {
        aliases: ['Polarity'],
        required: true,
        example: 'semakin tinggi semakin baik',
        allowed: firstLabels(POLARITY_LABELS),
        width: 28,
      }),
      col('tipe_nilai', 'Tipe Nilai', 'Tipe nilai / value type', { aliases: ['Value type'], required: true, example: 'angka', allowed: firstLabels(VALUE_TYPE_LABELS) }),
      col('kategori', 'Kategori', 'Khusus tipe kategori: daftar kategori, terbaik lebih dulu, dipisah ">" atau ";" / categorical only: grades, best first', {
        aliases: ['Grades'],
        example: 'WTP > WDP > TW > TMP',
        width: 22,
      }),
      col('agregasi', 'Agregasi', 'Cara menggabungkan sub-periode menjadi nilai tahunan; boleh kosong untuk IKU tahunan / aggregation; may be empty for yearly KPIs', {
        aliases: ['Aggregation'],
        example: 'rata-rata',
        allowed: firstLabels(AGGREGATION_LABELS),
      }),
      col(
        'bobot',
        'Bobot',
        'Bobot relatif IKU (dibandingkan dengan IKU yang dirata-ratakan bersamanya menurut kebijakan penilaian) / relative KPI weight, compared with the KPIs it is averaged with per the scoring policy',
        { aliases: ['Weight'], required: true, example: '50' },
      ),
      col('baseline', 'Baseline', 'Nilai awal / baseline', { aliases: ['Kondisi awal'], example: '80.1' }),
      col('target', 'Target', `Target tahunan. ${TARGET_HELP}`, { aliases: ['Target tahunan', 'Yearly target'], example: '82.5' }),
      col('target_min', 'Target Min', 'Khusus polaritas rentang: batas bawah target tahunan / range polarity: lower bound', { aliases: ['Min'], example: '2' }),
      col('target_max', 'Target Maks', 'Khusus polaritas rentang: batas atas target tahunan / range polarity: upper bound', { aliases: ['Target Max', 'Maks', 'Max'], example: '4' }),
      ...PERIOD_COLUMNS.map((p) => col(p.period.toLowerCase(), p.header, `Target ${p.header} (hanya untuk frekuensi yang sesuai). ${TARGET_HELP}`, { aliases: [...p.aliases], width: 10 })),
      col('target_akhir', 'Target Akhir Periode', `Target akhir periode Renstra/RPJMD. ${TARGET_HELP}`, { aliases: ['Target akhir', 'End of term target'], example: '85' }),
      col('ambang_hijau', 'Ambang Hijau', 'Capaian (%) minimal untuk hijau / achievement % for green', { aliases: ['Green threshold', 'Hijau'], example: '100' }),
      col('ambang_kuning', 'Ambang Kuning', 'Capaian (%) minimal untuk kuning / achievement % for yellow', { aliases: ['Yellow threshold', 'Kuning'], example: '90' }),
      col('turunan_dari', 'Turunan dari', 'Id global IKU unit atasan (cascading langsung) / global id of the parent KPI', {
        aliases: ['Cascaded from', 'Induk IKU'],
        example: 'pemda-2026.iku-01',
        width: 22,
      }),
      col('porsi', 'Porsi', 'Porsi target induk dalam persen (hanya dengan "Turunan dari") / share of the parent target in percent', { aliases: ['Share'], example: '25' }),
    ],
  },
  {
    key: 'inisiatif',
    title: 'Inisiatif',
    aliases: ['Initiatives', 'Program Kegiatan'],
    description: 'Program, kegiatan dan sub kegiatan dengan pagu anggaran / programs and activities with budget ceilings',
    columns: [
      col('kode', 'Kode', 'Kode unik / unique code', { aliases: ['Code'], required: true, example: 'PRG-01' }),
      col('jenjang', 'Jenjang', 'program, kegiatan atau sub_kegiatan / level', { aliases: ['Level'], required: true, example: 'program', allowed: firstLabels(INITIATIVE_LEVEL_LABELS) }),
      col('nama', 'Nama', 'Nama program/kegiatan / name', { aliases: ['Name'], required: true, width: 40 }),
      col('induk', 'Induk', 'Kode induk (kegiatan: program; sub kegiatan: kegiatan) / parent code', { aliases: ['Parent'], example: 'PRG-01' }),
      col('sasaran', 'Sasaran', 'Kode sasaran yang didukung, dipisah ";" atau "," / objective codes', { aliases: ['Objectives'], example: 'SS-01; SS-02' }),
      col('pagu', 'Pagu', 'Pagu anggaran (Rupiah) / budget ceiling', { aliases: ['Pagu anggaran', 'Budget', 'Budget ceiling'], required: true, example: '1.500.000.000', width: 18 }),
      col('pelaksana', 'Pelaksana', 'Id unit pelaksana / owner unit id', { aliases: ['Owner', 'Owner unit'], required: true, example: 'bag-organisasi' }),
      col('mulai', 'Mulai', 'Tanggal mulai (YYYY-MM-DD atau DD/MM/YYYY) / start date', { aliases: ['Start'], required: true, example: '2026-01-01' }),
      col('selesai', 'Selesai', 'Tanggal selesai / end date', { aliases: ['End'], required: true, example: '2026-12-31' }),
    ],
  },
];

export const SCORECARD_INSTRUCTIONS: string[] = [
  'Isi setiap lembar mulai baris 2; jangan mengubah judul kolom di baris 1. / Fill each sheet from row 2; keep the header row.',
  'Kode (perspektif, sasaran, IKU, inisiatif) harus unik di lembarnya; "IKU 01" dan "iku-01" dianggap sama. / Codes are unique per sheet.',
  'Angka desimal boleh memakai koma atau titik (82,5 = 82.5); pagu boleh memakai pemisah ribuan (1.500.000). / Decimals with comma or dot.',
  'Kolom berpilihan menerima label Indonesia atau nilai bahasa Inggris (mis. "naik" atau "higher_is_better"). / Choices accept Indonesian labels or English values.',
  'Target per periode hanya diisi pada kolom yang sesuai frekuensi IKU (triwulanan: TW I-IV; semesteran: Semester 1-2; bulanan: Jan-Des). / Period targets only in the columns of the KPI frequency.',
  'Untuk polaritas rentang isi Target Min dan Target Maks; target periode ditulis "min..max" (mis. 2..4). / Range polarity: Target Min/Maks and "min..max".',
  'Sel yang digabung (merge) dibaca sebagai nilai sel pertamanya. / Merged cells repeat their value.',
];
