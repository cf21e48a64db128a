import { bundles } from './bundles';

/** Texts of the dashboard screen. */
export const dashboard = bundles({
  title: { id: 'Dasbor kinerja', en: 'Performance dashboard' },
  intro: { id: 'Nilai kinerja Pemda dan perangkat daerah untuk {{period}} {{year}}.', en: 'Performance scores of the local government and its agencies for {{period}} {{year}}.' },
  noScore: { id: 'Tidak ada nilai', en: 'No score' },
  noScorecard: { id: 'Belum ada kartu kinerja', en: 'No scorecard yet' },
  tree: {
    title: { id: 'Struktur organisasi dan nilai', en: 'Organization and scores' },
    unit: { id: 'Unit', en: 'Unit' },
    kind: { id: 'Jenis', en: 'Kind' },
    score: { id: 'Nilai {{period}}', en: 'Score {{period}}' },
    band: { id: 'Predikat', en: 'Rating' },
    yearly: { id: 'Nilai tahunan', en: 'Year score' },
  },
  kinds: {
    pemda: { id: 'Pemda', en: 'Local government' },
    opd: { id: 'Perangkat daerah', en: 'Agency (OPD)' },
    bidang: { id: 'Bidang', en: 'Division' },
    seksi: { id: 'Seksi', en: 'Section' },
    asn_position: { id: 'Jabatan ASN', en: 'Civil service position' },
  },
  ranking: {
    title: { id: 'Peringkat perangkat daerah', en: 'Agency ranking' },
    intro: {
      id: 'Peringkat resmi tahun {{year}} menurut nilai tahunan (berjenjang sesuai kebijakan penilaian), dengan nilai periode yang dipilih.',
      en: "The official {{year}} ranking by year score (cascaded by the scoring policy), with the chosen period's score.",
    },
    yearly: { id: 'Nilai tahunan {{year}}', en: 'Year score {{year}}' },
    rank: { id: 'Peringkat', en: 'Rank' },
    unit: { id: 'Perangkat daerah', en: 'Agency' },
    score: { id: 'Nilai {{period}}', en: 'Score {{period}}' },
    band: { id: 'Predikat', en: 'Rating' },
    chart: { id: 'Grafik batang nilai perangkat daerah {{period}} {{year}}', en: 'Bar chart of agency scores, {{period}} {{year}}' },
    none: { id: 'Belum ada perangkat daerah yang dinilai.', en: 'No agency has a score yet.' },
  },
  colours: {
    title: { id: 'IKU menurut warna capaian', en: 'KPIs by achievement colour' },
    intro: {
      id: 'Jumlah IKU dari semua kartu kinerja tahun {{year}} menurut warna capaiannya pada {{period}}.',
      en: 'Number of KPIs of every {{year}} scorecard by their achievement colour in {{period}}.',
    },
    chart: { id: 'Diagram lingkaran jumlah IKU menurut warna', en: 'Pie chart of KPIs by colour' },
    tone: { id: 'Warna', en: 'Colour' },
    count: { id: 'Jumlah IKU', en: 'KPIs' },
    total: { id: 'Total', en: 'Total' },
    meaning: {
      green: { id: 'Capaian memenuhi target', en: 'Achievement meets the target' },
      yellow: { id: 'Capaian mendekati target', en: 'Achievement close to the target' },
      red: { id: 'Capaian jauh di bawah target', en: 'Achievement far below the target' },
      grey: { id: 'Belum ada realisasi atau tidak dilaporkan pada periode ini', en: 'No actual yet, or not reported in this period' },
    },
  },
  outstanding: {
    title: { id: 'Realisasi yang belum dilaporkan atau terlambat', en: 'Actuals not reported or late' },
    intro: { id: 'Per perangkat daerah untuk {{period}} {{year}}.', en: 'By agency for {{period}} {{year}}.' },
    unit: { id: 'Perangkat daerah', en: 'Agency' },
    overdue: { id: 'Lewat batas waktu', en: 'Past the deadline' },
    due: { id: 'Belum jatuh tempo', en: 'Not due yet' },
    late: { id: 'Dilaporkan terlambat', en: 'Reported late' },
    none: { id: 'Semua realisasi periode ini sudah dilaporkan tepat waktu.', en: 'Every actual of this period has been reported on time.' },
    details: { id: 'Rincian {{name}}', en: 'Details for {{name}}' },
    item: { id: '{{code}} {{name}} ({{period}}): terlambat {{days}} hari', en: '{{code}} {{name}} ({{period}}): {{days}} day(s) late' },
    itemDue: { id: '{{code}} {{name}} ({{period}}): batas {{deadline}}', en: '{{code}} {{name}} ({{period}}): deadline {{deadline}}' },
  },
});
