import type { LkeBilingual, LkeCriterion, LkePrefillRuleCode, LkeSubComponent, LkeWorksheet } from './worksheet.js';

// The built-in LKE worksheet (PermenPANRB 88/2021) as data: version 1 of every tenant's sequence.

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const KEBERADAAN: LkeBilingual = { id: 'Keberadaan', en: 'Existence' };
const KUALITAS: LkeBilingual = { id: 'Kualitas', en: 'Quality' };
const PEMANFAATAN: LkeBilingual = { id: 'Pemanfaatan', en: 'Use' };

type CriterionRow = [code: string, id: string, en: string, scale: 'yn' | 'abcde', prefill?: LkePrefillRuleCode];
const criteria = (rows: CriterionRow[]): LkeCriterion[] => rows.map(([code, id, en, scale, prefill]) => (prefill ? { code, text: { id, en }, scale, prefill } : { code, text: { id, en }, scale }));
const subComponents = (keberadaan: CriterionRow[], kualitas: CriterionRow[], pemanfaatan: CriterionRow[]): LkeSubComponent[] => [
  { code: 'keberadaan', name: KEBERADAAN, share: '20', criteria: criteria(keberadaan) },
  { code: 'kualitas', name: KUALITAS, share: '30', criteria: criteria(kualitas) },
  { code: 'pemanfaatan', name: PEMANFAATAN, share: '50', criteria: criteria(pemanfaatan) },
];

/**
 * Default worksheet, PermenPANRB 88/2021: perencanaan 30, pengukuran 30, pelaporan 15, evaluasi
 * internal 25; each component 20 % keberadaan, 30 % kualitas, 50 % pemanfaatan; 42 criteria.
 * Answers: Y/T (1/0) and AA/A/B/C/D/E (1, 0.9, 0.8, 0.6, 0.3, 0).
 */
export const DEFAULT_LKE_WORKSHEET: LkeWorksheet = deepFreeze<LkeWorksheet>({
  worksheetId: 'permenpanrb-88-2021',
  version: 1,
  description: 'LKE SAKIP PermenPANRB 88/2021: perencanaan 30, pengukuran 30, pelaporan 15, evaluasi internal 25; keberadaan/kualitas/pemanfaatan 20/30/50',
  components: [
    {
      code: 'perencanaan',
      name: { id: 'Perencanaan Kinerja', en: 'Performance planning' },
      weight: '30',
      subComponents: subComponents(
        [
          ['1.a.1', 'Dokumen Renstra telah tersedia', 'The strategic plan (Renstra) is available', 'yn'],
          ['1.a.2', 'Dokumen Rencana Kerja (Renja) tahunan telah tersedia', 'The annual work plan (Renja) is available', 'yn'],
          ['1.a.3', 'Perjanjian Kinerja (PK) telah disusun dan ditandatangani pimpinan', 'The performance agreement (PK) is drawn up and signed by the head of the unit', 'yn', 'scorecard_approved'],
          ['1.a.4', 'Terdapat pohon kinerja (cascading) sampai dengan level individu', 'A performance tree cascades the plan down to individual staff', 'yn'],
        ],
        [
          ['1.b.1', 'Tujuan dan sasaran berorientasi hasil (outcome)', 'Goals and objectives are outcome oriented', 'abcde'],
          ['1.b.2', 'Indikator Kinerja Utama (IKU) memenuhi kriteria SMART', 'Key performance indicators (IKU) are SMART', 'abcde'],
          ['1.b.3', 'Target kinerja ditetapkan untuk seluruh IKU', 'A target is set for every KPI', 'yn', 'targets_for_all_kpis'],
          [
            '1.b.4',
            'Sasaran selaras dengan sasaran pada tingkat di atasnya (pohon kinerja)',
            'Objectives are aligned with the objectives of the level above (performance tree)',
            'abcde',
            'objectives_aligned',
          ],
          ['1.b.5', 'Target jangka menengah dan tahunan selaras dan menantang', 'Medium-term and yearly targets are consistent and challenging', 'abcde'],
        ],
        [
          ['1.c.1', 'Dokumen perencanaan kinerja dijadikan acuan penyusunan anggaran (Renja/DPA)', 'The performance plan is the basis of the budget (Renja/DPA)', 'abcde'],
          ['1.c.2', 'Target kinerja dalam Perjanjian Kinerja dimonitor pencapaiannya secara berkala', 'The targets of the performance agreement are monitored regularly', 'abcde'],
          [
            '1.c.3',
            'Perubahan rencana kinerja dilakukan melalui revisi yang terdokumentasi beserta alasannya',
            'Changes to the plan are documented revisions with a reason',
            'yn',
            'revisions_documented',
          ],
          [
            '1.c.4',
            'Setiap pegawai memiliki rencana kinerja individu (SKP) yang selaras dengan Perjanjian Kinerja',
            'Every employee has an individual plan (SKP) aligned with the performance agreement',
            'abcde',
          ],
        ],
      ),
    },
    {
      code: 'pengukuran',
      name: { id: 'Pengukuran Kinerja', en: 'Performance measurement' },
      weight: '30',
      subComponents: subComponents(
        [
          ['2.a.1', 'Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja', 'There are technical guidelines for measuring performance and collecting data', 'yn'],
          ['2.a.2', 'Setiap IKU memiliki definisi operasional dan sumber data yang jelas', 'Every KPI has an operational definition and a clear data source', 'abcde', 'kpi_data_source'],
          ['2.a.3', 'Pengukuran kinerja menggunakan aplikasi TI', 'Performance is measured with an IT application', 'yn', 'measurement_via_application'],
        ],
        [
          ['2.b.1', 'Realisasi seluruh IKU diukur sesuai frekuensinya', 'Every KPI is measured at its frequency', 'abcde', 'realizations_complete'],
          ['2.b.2', 'Realisasi dilaporkan tepat waktu', 'Realizations are reported on time', 'abcde', 'realizations_on_time'],
          ['2.b.3', 'Data realisasi diverifikasi oleh pihak yang berwenang', 'Realization data are verified by the competent evaluator', 'abcde', 'realizations_verified'],
          ['2.b.4', 'Realisasi didukung bukti dukung yang memadai', 'Realizations are backed by adequate evidence', 'abcde', 'realizations_with_evidence'],
        ],
        [
          ['2.c.1', 'Hasil pengukuran kinerja dijadikan dasar pemberian penghargaan dan sanksi (reward and punishment)', 'Measurement results are the basis of reward and punishment', 'abcde'],
          ['2.c.2', 'Hasil pengukuran kinerja dijadikan dasar pemberian Tambahan Penghasilan Pegawai (TPP)', 'Measurement results are the basis of the performance allowance (TPP)', 'yn'],
          ['2.c.3', 'Hasil pengukuran kinerja digunakan untuk menyesuaikan strategi dan kegiatan', 'Measurement results are used to adjust strategies and activities', 'abcde'],
          ['2.c.4', 'Capaian kinerja dipantau secara berkala oleh pimpinan', 'Achievements are monitored regularly by the leadership', 'abcde'],
        ],
      ),
    },
    {
      code: 'pelaporan',
      name: { id: 'Pelaporan Kinerja', en: 'Performance reporting' },
      weight: '15',
      subComponents: subComponents(
        [
          ['3.a.1', 'Laporan Kinerja Instansi Pemerintah (LKjIP) telah disusun', 'The performance report (LKjIP) is drawn up', 'yn'],
          ['3.a.2', 'LKjIP disampaikan tepat waktu', 'The LKjIP is submitted on time', 'yn', 'lkjip_on_time'],
          ['3.a.3', 'LKjIP dipublikasikan dan dapat diakses masyarakat', 'The LKjIP is published and accessible to the public', 'yn'],
        ],
        [
          ['3.b.1', 'LKjIP menyajikan target, realisasi dan capaian seluruh IKU', 'The LKjIP presents target, realization and achievement of every KPI', 'abcde'],
          [
            '3.b.2',
            'LKjIP menyajikan perbandingan capaian dengan tahun sebelumnya dan target jangka menengah',
            'The LKjIP compares achievements with earlier years and the medium-term target',
            'abcde',
          ],
          ['3.b.3', 'LKjIP menyajikan analisis keberhasilan/kegagalan dan efisiensi penggunaan sumber daya', 'The LKjIP analyses successes, failures and the efficiency of resources used', 'abcde'],
        ],
        [
          ['3.c.1', 'Informasi kinerja dalam LKjIP digunakan untuk perbaikan perencanaan', 'Performance information is used to improve planning', 'abcde'],
          ['3.c.2', 'Informasi kinerja dalam LKjIP digunakan untuk perbaikan pelaksanaan program dan kegiatan', 'Performance information is used to improve programs and activities', 'abcde'],
          ['3.c.3', 'Informasi kinerja dalam LKjIP digunakan untuk peningkatan kinerja', 'Performance information is used to raise performance', 'abcde'],
        ],
      ),
    },
    {
      code: 'evaluasi',
      name: { id: 'Evaluasi Akuntabilitas Kinerja Internal', en: 'Internal performance accountability evaluation' },
      weight: '25',
      subComponents: subComponents(
        [
          ['4.a.1', 'Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal', 'There are technical guidelines for the internal accountability evaluation', 'yn'],
          ['4.a.2', 'Evaluasi akuntabilitas kinerja internal dilaksanakan pada seluruh unit kerja', 'The internal evaluation covers every work unit', 'abcde'],
          ['4.a.3', 'Evaluasi dilaksanakan oleh SDM yang memadai dan kompeten', 'The evaluation is carried out by adequate and competent staff', 'abcde'],
        ],
        [
          ['4.b.1', 'Evaluasi dilaksanakan secara berjenjang dan memberikan kesimpulan atas akuntabilitas kinerja', 'The evaluation is tiered and concludes on performance accountability', 'abcde'],
          ['4.b.2', 'Hasil evaluasi memuat rekomendasi perbaikan yang dapat dilaksanakan', 'The evaluation gives actionable recommendations', 'abcde'],
          ['4.b.3', 'Evaluasi program dan kegiatan telah dilaksanakan', 'Programs and activities are evaluated', 'abcde'],
        ],
        [
          ['4.c.1', 'Rekomendasi evaluasi ditindaklanjuti', 'Evaluation recommendations are followed up', 'abcde', 'recommendations_followed_up'],
          ['4.c.2', 'Hasil evaluasi digunakan untuk perbaikan perencanaan dan penganggaran', 'Evaluation results are used to improve planning and budgeting', 'abcde'],
          ['4.c.3', 'Terdapat peningkatan implementasi SAKIP dibandingkan tahun sebelumnya', 'SAKIP implementation improved on the previous year', 'yn'],
        ],
      ),
    },
  ],
  scales: {
    yn: {
      kind: 'yes_no',
      label: { id: 'Ya/Tidak', en: 'Yes/No' },
      values: { Y: '1', T: '0' },
      valueLabels: { Y: { id: 'Ya', en: 'Yes' }, T: { id: 'Tidak', en: 'No' } },
      ratioAnswers: [
        { minPercent: '100', answer: 'Y' },
        { minPercent: '0', answer: 'T' },
      ],
    },
    abcde: {
      kind: 'graded',
      label: { id: 'AA/A/B/C/D/E', en: 'AA/A/B/C/D/E' },
      values: { AA: '1', A: '0.9', B: '0.8', C: '0.6', D: '0.3', E: '0' },
      valueLabels: {
        AA: { id: 'Sangat memadai, seluruhnya terpenuhi', en: 'Fully met' },
        A: { id: 'Memadai, hampir seluruhnya terpenuhi', en: 'Almost fully met' },
        B: { id: 'Sebagian besar terpenuhi', en: 'Mostly met' },
        C: { id: 'Sebagian terpenuhi', en: 'Partly met' },
        D: { id: 'Sebagian kecil terpenuhi', en: 'Barely met' },
        E: { id: 'Tidak ada / tidak terpenuhi', en: 'Not met' },
      },
      ratioAnswers: [
        { minPercent: '100', answer: 'AA' },
        { minPercent: '90', answer: 'A' },
        { minPercent: '80', answer: 'B' },
        { minPercent: '60', answer: 'C' },
        { minPercent: '30', answer: 'D' },
        { minPercent: '0', answer: 'E' },
      ],
    },
  },
  grades: [
    { code: 'AA', label: { id: 'Sangat Memuaskan', en: 'Excellent' }, min: '90' },
    { code: 'A', label: { id: 'Memuaskan', en: 'Very good' }, min: '80' },
    { code: 'BB', label: { id: 'Sangat Baik', en: 'Good' }, min: '70' },
    { code: 'B', label: { id: 'Baik', en: 'Fairly good' }, min: '60' },
    { code: 'CC', label: { id: 'Cukup (Memadai)', en: 'Adequate' }, min: '50' },
    { code: 'C', label: { id: 'Kurang', en: 'Poor' }, min: '30' },
    { code: 'D', label: { id: 'Sangat Kurang', en: 'Very poor' }, min: null },
  ],
});
