import type { ColumnSpec, SheetSpec } from '@capaian/spreadsheet';
import type { Frequency, PeriodCode } from '@capaian/contracts';

/**
 * Labels of the sub-periods in the realization workbook. The first label is what the template and
 * the export write (and the dropdown offers); every label, the period code itself and the usual
 * spellings ('TW 1', 'Triwulan I', 'Semester II', 'M1', 'Jan', 'Agt', 'December', ...) are accepted
 * when reading (see `parsePeriodCell`).
 */
export const PERIOD_LABELS: Record<PeriodCode, readonly string[]> = {
  Q1: ['TW I', 'TW 1', 'TW1', 'Triwulan 1', 'Triwulan I', 'Triwulan ke-1', 'Kuartal 1', 'Quarter 1'],
  Q2: ['TW II', 'TW 2', 'TW2', 'Triwulan 2', 'Triwulan II', 'Triwulan ke-2', 'Kuartal 2', 'Quarter 2'],
  Q3: ['TW III', 'TW 3', 'TW3', 'Triwulan 3', 'Triwulan III', 'Triwulan ke-3', 'Kuartal 3', 'Quarter 3'],
  Q4: ['TW IV', 'TW 4', 'TW4', 'Triwulan 4', 'Triwulan IV', 'Triwulan ke-4', 'Kuartal 4', 'Quarter 4'],
  S1: ['Semester 1', 'Semester I', 'Smt 1', 'Sem 1', 'H1'],
  S2: ['Semester 2', 'Semester II', 'Smt 2', 'Sem 2', 'H2'],
  M01: ['Januari', 'Jan', 'January', 'M1'],
  M02: ['Februari', 'Feb', 'Pebruari', 'February', 'M2'],
  M03: ['Maret', 'Mar', 'March', 'M3'],
  M04: ['April', 'Apr', 'M4'],
  M05: ['Mei', 'May', 'M5'],
  M06: ['Juni', 'Jun', 'June', 'M6'],
  M07: ['Juli', 'Jul', 'July', 'M7'],
  M08: ['Agustus', 'Agu', 'Agt', 'Ags', 'Aug', 'August', 'M8'],
  M09: ['September', 'Sep', 'Sept', 'M9'],
  M10: ['Oktober', 'Okt', 'Oct', 'October'],
  M11: ['November', 'Nov', 'Nop', 'Nopember'],
  M12: ['Desember', 'Des', 'Dec', 'December'],
  Y: ['Tahunan', 'Tahun', 'Setahun', 'Yearly', 'Annual', 'Year', 'FY'],
};

/** Indonesian names of the KPI frequencies (for messages and the instructions). */
export const FREQUENCY_NAMES: Record<Frequency, string> = {
  monthly: 'bulanan',
  quarterly: 'triwulanan',
  semester: 'semesteran',
  yearly: 'tahunan',
};

/** Export labels of the realization status (the English status is accepted as is). */
export const STATUS_LABELS: Record<string, string> = {
  submitted: 'diajukan',
  verified: 'terverifikasi',
  rejected: 'ditolak',
};

export const REALIZATION_SHEET_KEY = 'realisasi';

const col = (key: string, header: string, description: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, description, ...extra });

export const REALIZATION_SHEETS: SheetSpec[] = [
  {
    key: REALIZATION_SHEET_KEY,
    title: 'Realisasi',
    aliases: ['Realization', 'Realizations', 'Realisasi IKU', 'Realisasi Kinerja'],
    description:
      'Satu baris per IKU dan periode. Isi kolom Nilai (dan bila perlu Catatan, Bukti Dukung); baris dengan Nilai kosong dilewati. / One row per KPI and period; rows with an empty Nilai are skipped.',
    columns: [
      col('id_iku', 'ID IKU', 'Id global IKU dari rencana kinerja; jangan diubah / global KPI id from the plan; do not change', {
        aliases: ['kpiId', 'KPI ID', 'IKU ID', 'Id Indikator'],
        required: true,
        example: 'dpmptsp-2026.iku-01',
        width: 26,
      }),
      col('kode', 'Kode IKU', 'Kode IKU (informasi saja, tidak dibaca) / KPI code (informative, not read)', { aliases: ['Kode', 'Code', 'KPI code'], example: 'IKU-01' }),
      col('nama', 'Nama IKU', 'Nama IKU (informasi saja, tidak dibaca) / KPI name (informative, not read)', {
        aliases: ['Nama', 'Indikator', 'Name', 'KPI name'],
        example: 'Indeks Kepuasan Masyarakat',
        width: 40,
      }),
      col('tahun', 'Tahun', 'Tahun rencana (2000-2100) / plan year', { aliases: ['Year', 'Tahun anggaran'], required: true, example: '2026', width: 8 }),
      col('periode', 'Periode', 'Sub-periode sesuai frekuensi IKU: TW I-IV (Q1-Q4), Semester 1-2 (S1-S2), Januari-Desember (M01-M12) atau Tahunan (Y) / the KPI sub-period', {
        aliases: ['Period'],
        required: true,
        example: 'TW I',
        allowed: (Object.values(PERIOD_LABELS) as string[][]).map((l) => l[0]),
        width: 12,
      }),
      col(
        'nilai',
        'Nilai',
        'Nilai realisasi sesuai tipe nilai IKU (lihat kolom Format Nilai): angka (82,5 atau 82.5; uang boleh 1.500.000), salah satu kategori, atau tanggal (YYYY-MM-DD / DD/MM/YYYY). Kosong = belum dilaporkan. / the realization value; empty = not reported',
        { aliases: ['Realisasi', 'Nilai Realisasi', 'Value', 'Realization'], example: '82,5', width: 14 },
      ),
      col('satuan', 'Satuan', 'Satuan ukur (informasi saja) / unit of measure (informative)', { aliases: ['Unit of measure', 'UoM'], example: 'indeks' }),
      col('format', 'Format Nilai', 'Cara menulis nilai untuk IKU ini (informasi saja) / how to write the value (informative)', {
        aliases: ['Tipe Nilai', 'Value format', 'Value type'],
        example: 'angka, mis. 82,5',
        width: 28,
      }),
      col('catatan', 'Catatan', 'Catatan/penjelasan, maks. 2000 karakter / note, at most 2000 characters', { aliases: ['Note', 'Keterangan'], width: 30 }),
      col('bukti', 'Bukti Dukung', 'Tautan bukti dukung (http/https), maks. 20; beberapa tautan dipisah spasi, ";" atau baris baru / evidence links separated by spaces, ";" or new lines', {
        aliases: ['Bukti', 'Evidence', 'Tautan Bukti', 'Link Bukti'],
        example: 'https://drive.example.go.id/ikm-tw1.pdf',
        width: 36,
      }),
      col('alasan_koreksi', 'Alasan Koreksi', 'Diisi hanya untuk mengoreksi nilai yang sudah dilaporkan (min. 5 karakter) / only to correct a value already reported (at least 5 characters)', {
        aliases: ['Alasan', 'Correction reason', 'Reason'],
        example: 'Salah ketik pada laporan awal',
        width: 30,
      }),
      col('status', 'Status', 'Status verifikasi (hanya pada ekspor; tidak dibaca) / verification status (export only; not read)', { aliases: ['Status verifikasi'] }),
      col('terlambat', 'Terlambat', 'ya = dilaporkan setelah batas waktu (hanya pada ekspor; tidak dibaca) / reported after the deadline (export only; not read)', {
        aliases: ['Late'],
        width: 10,
      }),
    ],
  },
];

export const REALIZATION_INSTRUCTIONS: string[] = [
  'Isi lembar "Realisasi" mulai baris 2; jangan mengubah judul kolom, ID IKU, Tahun dan Periode. / Fill the "Realisasi" sheet; keep the headers, ID IKU, Tahun and Periode.',
  'Satu baris = satu IKU pada satu periode. Baris dengan Nilai kosong dilewati (belum dilaporkan). / One row per KPI and period; rows without a value are skipped.',
  'Angka desimal boleh memakai koma atau titik (82,5 = 82.5); nilai uang boleh memakai pemisah ribuan (1.500.000); sel berformat persen dibaca seperti tampilannya (82,5%). / Decimal comma or point; money may use thousands separators.',
  'IKU kategori: tulis salah satu kategori rencana (mis. WTP). IKU tanggal: tulis YYYY-MM-DD atau DD/MM/YYYY, atau gunakan sel tanggal Excel. / Categorical: one of the grades. Milestone: a date.',
  'Bukti dukung: satu atau lebih tautan http(s), dipisah spasi, ";" atau baris baru. / Evidence: http(s) links separated by spaces, ";" or new lines.',
  'Untuk mengoreksi nilai yang sudah dilaporkan, isi Alasan Koreksi (min. 5 karakter); tanpa alasan, nilai yang sudah ada tidak diubah. / To correct a reported value, fill Alasan Koreksi.',
  'Sel yang digabung (merge) dibaca sebagai nilai sel pertamanya. / Merged cells repeat their value.',
];
