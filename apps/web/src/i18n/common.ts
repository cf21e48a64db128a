import { bundles } from './bundles';

/** Words the whole console shares: navigation, periods, actions, states, lights. */
export const common = bundles({
  appName: { id: 'Capaian', en: 'Capaian' },
  tagline: { id: 'Manajemen kinerja Pemda', en: 'Local government performance management' },
  nav: {
    dashboard: { id: 'Dasbor', en: 'Dashboard' },
    scorecards: { id: 'Kartu kinerja', en: 'Scorecards' },
    myRealizations: { id: 'Realisasi Saya', en: 'My Updates' },
    verification: { id: 'Antrean verifikasi', en: 'Verification queue' },
    replay: { id: 'Putar ulang riwayat', en: 'Replay history' },
    main: { id: 'Navigasi utama', en: 'Main navigation' },
  },
  language: { id: 'Bahasa', en: 'Language' },
  languages: { id: { id: 'Indonesia', en: 'Indonesia' }, en: { id: 'English', en: 'English' } },
  signOut: { id: 'Keluar', en: 'Sign out' },
  signedInAs: { id: 'Masuk sebagai {{sub}} ({{roles}})', en: 'Signed in as {{sub}} ({{roles}})' },
  unit: { id: 'Unit', en: 'Unit' },
  year: { id: 'Tahun', en: 'Year' },
  period: { id: 'Periode', en: 'Period' },
  periods: {
    Y: { id: 'Tahunan', en: 'Year' },
    S1: { id: 'Semester I', en: 'Semester 1' },
    S2: { id: 'Semester II', en: 'Semester 2' },
    Q1: { id: 'Triwulan I', en: 'Quarter 1' },
    Q2: { id: 'Triwulan II', en: 'Quarter 2' },
    Q3: { id: 'Triwulan III', en: 'Quarter 3' },
    Q4: { id: 'Triwulan IV', en: 'Quarter 4' },
  },
  roles: {
    planner: { id: 'Perencana', en: 'Planner' },
    unit_operator: { id: 'Operator unit', en: 'Unit operator' },
    evaluator: { id: 'Evaluator', en: 'Evaluator' },
    admin: { id: 'Administrator', en: 'Administrator' },
    viewer: { id: 'Pembaca', en: 'Viewer' },
  },
  actions: {
    save: { id: 'Simpan', en: 'Save' },
    saving: { id: 'Menyimpan…', en: 'Saving…' },
    cancel: { id: 'Batal', en: 'Cancel' },
    reload: { id: 'Muat ulang', en: 'Reload' },
    retry: { id: 'Coba lagi', en: 'Try again' },
    close: { id: 'Tutup', en: 'Close' },
    open: { id: 'Buka', en: 'Open' },
    download: { id: 'Unduh', en: 'Download' },
    upload: { id: 'Unggah', en: 'Upload' },
  },
  loading: { id: 'Memuat…', en: 'Loading…' },
  empty: { id: 'Belum ada data.', en: 'No data yet.' },
  stale: {
    id: 'Data ini telah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
    en: 'Someone else changed this since you opened it. Reload to see the latest version, then make your change again.',
  },
  problem: { id: 'Terjadi masalah', en: 'Something went wrong' },
  networkError: { id: 'Layanan tidak dapat dihubungi. Periksa koneksi lalu coba lagi.', en: 'The service cannot be reached. Check the connection and try again.' },
  correlation: { id: 'Kode pelacakan: {{id}}', en: 'Trace code: {{id}}' },
  notMeasurable: { id: 'Belum dapat dinilai', en: 'Not measurable yet' },
  /** A KPI's achievement light; `none`: no score yet. */
  lights: {
    green: { id: 'Hijau', en: 'Green' },
    yellow: { id: 'Kuning', en: 'Yellow' },
    red: { id: 'Merah', en: 'Red' },
    none: { id: 'Belum ada nilai', en: 'No score yet' },
  },
  /** A realization's review status. */
  status: {
    submitted: { id: 'Diajukan', en: 'Submitted' },
    verified: { id: 'Terverifikasi', en: 'Verified' },
    rejected: { id: 'Ditolak', en: 'Rejected' },
    missing: { id: 'Belum dilaporkan', en: 'Not reported' },
  },
  skipToContent: { id: 'Lewati ke konten', en: 'Skip to content' },
});
