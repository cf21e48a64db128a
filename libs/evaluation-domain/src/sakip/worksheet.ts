import { Decimal, isDecimalString } from '@capaian/scoring';

/**
 * The SAKIP evaluation worksheet (LKE, Lembar Kerja Evaluasi) as versioned policy data.
 *
 * A worksheet is plain JSON: components with a weight (bobot), each split into sub-components
 * (keberadaan / kualitas / pemanfaatan) with a share in percent of the component's weight, each
 * holding criteria answered on a scale whose answer values (0..1) are set by the worksheet, plus
 * the grade bands (predikat). A change is a new `version`, never an edit of an old one: an
 * evaluation stores the worksheet it was started with, so its score can always be recomputed.
 * All numbers are decimal strings.
 */
export interface LkeBilingual {
  id: string;
  en: string;
}

export type LkeSubComponentCode = 'keberadaan' | 'kualitas' | 'pemanfaatan';
export const LKE_SUB_COMPONENT_CODES: readonly LkeSubComponentCode[] = Object.freeze(['keberadaan', 'kualitas', 'pemanfaatan'] as const);

/**
 * What the system can pre-fill from its own event history (see prefill.ts for what each one reads).
 * A criterion names at most one rule; the rule's result is turned into an answer of the
 * criterion's scale through the scale's `ratioAnswers`.
 */
export type LkePrefillRuleCode =
  | 'scorecard_approved'
  | 'revisions_documented'
  | 'targets_for_all_kpis'
  | 'objectives_aligned'
  | 'kpi_data_source'
  | 'measurement_via_application'
  | 'realizations_complete'
  | 'realizations_on_time'
  | 'realizations_verified'
  | 'realizations_with_evidence'
  | 'lkjip_on_time'
  | 'recommendations_followed_up';
export const LKE_PREFILL_RULE_CODES: readonly LkePrefillRuleCode[] = Object.freeze([
  'scorecard_approved',
  'revisions_documented',
  'targets_for_all_kpis',
  'objectives_aligned',
  'kpi_data_source',
  'measurement_via_application',
  'realizations_complete',
  'realizations_on_time',
  'realizations_verified',
  'realizations_with_evidence',
  'lkjip_on_time',
  'recommendations_followed_up',
] as const);

export interface LkeCriterion {
  /** Unique in the worksheet, e.g. "1.a.1" (component.sub-component.number). */
  code: string;
  text: LkeBilingual;
  /** Key of `LkeWorksheet.scales`. */
  scale: string;
  /** The system suggests an answer from its history with this rule (a suggestion only). */
  prefill?: LkePrefillRuleCode;
}

export interface LkeSubComponent {
  code: LkeSubComponentCode;
  name: LkeBilingual;
  /** Percent of the component's weight, e.g. "20"; the shares of a component sum to 100. */
  share: string;
  criteria: LkeCriterion[];
}

export interface LkeComponent {
  /** e.g. "perencanaan". */
  code: string;
  name: LkeBilingual;
  /** Points of the total (0-100), e.g. "30"; the weights of a worksheet sum to 100. */
  weight: string;
  subComponents: LkeSubComponent[];
}

export interface LkeRatioAnswer {
  /** Inclusive lower bound of the ratio in percent (0-100). */
  minPercent: string;
  /** A value code of the scale. */
  answer: string;
}

export interface LkeScale {
  kind: 'yes_no' | 'graded';
  label: LkeBilingual;
  /** Value code -> value in [0, 1], best first, e.g. { Y: '1', T: '0' }. */
  values: Record<string, string>;
  /** What each value code means (optional, for the form). */
  valueLabels?: Record<string, LkeBilingual>;
  /**
   * How a measured ratio (0-100 %) becomes an answer of this scale when pre-filling: the first
   * entry whose `minPercent` the ratio reaches. Descending, the last one at "0". A yes/no fact
   * counts as 100 % (yes) or 0 % (no). Needed by every scale a pre-filled criterion uses.
   */
  ratioAnswers?: LkeRatioAnswer[];
}

export interface LkeGradeBand {
  /** "AA", "A", "BB"... */
  code: string;
  label: LkeBilingual;
  /** Exclusive lower bound: a total strictly above `min` gets this grade. null = every total (the last band). */
  min: string | null;
}

export interface LkeWorksheet {
  /** Stable id of the worksheet family, e.g. "permenpanrb-88-2021". */
  worksheetId: string;
  /** 1, 2, 3...: a change is a new version. */
  version: number;
  description?: string;
  components: LkeComponent[];
  scales: Record<string, LkeScale>;
  /** Grade bands, highest first (descending `min`, the last one with `min: null`). */
  grades: LkeGradeBand[];
}

/** The worksheet an evaluation or score was computed under. */
export interface LkeWorksheetRef {
  worksheetId: string;
  version: number;
}

export function lkeWorksheetRef(w: LkeWorksheet): LkeWorksheetRef {
  return { worksheetId: w.worksheetId, version: w.version };
}

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
const criteria = (rows: CriterionRow[]): LkeCriterion[] =>
  rows.map(([code, id, en, scale, prefill]) => (prefill ? { code, text: { id, en }, scale, prefill } : { code, text: { id, en }, scale }));
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
          ['1.b.4', 'Sasaran selaras dengan sasaran pada tingkat di atasnya (pohon kinerja)', 'Objectives are aligned with the objectives of the level above (performance tree)', 'abcde', 'objectives_aligned'],
          ['1.b.5', 'Target jangka menengah dan tahunan selaras dan menantang', 'Medium-term and yearly targets are consistent and challenging', 'abcde'],
        ],
        [
          ['1.c.1', 'Dokumen perencanaan kinerja dijadikan acuan penyusunan anggaran (Renja/DPA)', 'The performance plan is the basis of the budget (Renja/DPA)', 'abcde'],
          ['1.c.2', 'Target kinerja dalam Perjanjian Kinerja dimonitor pencapaiannya secara berkala', 'The targets of the performance agreement are monitored regularly', 'abcde'],
          ['1.c.3', 'Perubahan rencana kinerja dilakukan melalui revisi yang terdokumentasi beserta alasannya', 'Changes to the plan are documented revisions with a reason', 'yn', 'revisions_documented'],
          ['1.c.4', 'Setiap pegawai memiliki rencana kinerja individu (SKP) yang selaras dengan Perjanjian Kinerja', 'Every employee has an individual plan (SKP) aligned with the performance agreement', 'abcde'],
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
          ['3.b.2', 'LKjIP menyajikan perbandingan capaian dengan tahun sebelumnya dan target jangka menengah', 'The LKjIP compares achievements with earlier years and the medium-term target', 'abcde'],
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

// ---------------------------------------------------------------------------------------------

/**
 * Problems with a worksheet (empty = valid). Accepts anything (e.g. JSON from a tenant's settings)
 * and never throws. Every problem names the path of the field, e.g. "components[0].weight: must be > 0".
 * Checked: ids and version; weights sum to 100; per component the shares sum to 100 and each
 * sub-component code appears once; criterion codes unique in the whole worksheet; every criterion's
 * scale exists; pre-fill rules are known and their scale can map a ratio; scale values in [0, 1];
 * grade bands descending with exactly the last one unbounded.
 */
export function validateWorksheet(w: unknown): string[] {
  const problems: string[] = [];
  const add = (path: string, msg: string) => problems.push(`${path}: ${msg}`);
  if (!isObject(w)) return ['worksheet: must be an object'];

  if (typeof w['worksheetId'] !== 'string' || w['worksheetId'].trim() === '') add('worksheetId', 'must be a non-empty string');
  if (!Number.isInteger(w['version']) || (w['version'] as number) < 1) add('version', 'must be an integer >= 1');
  if (w['description'] !== undefined && typeof w['description'] !== 'string') add('description', 'must be a string');

  const dec = (path: string, v: unknown): Decimal | null => {
    if (!isDecimalString(v)) {
      add(path, 'must be a decimal written as a string');
      return null;
    }
    return new Decimal(v);
  };
  const bilingual = (path: string, v: unknown) => {
    if (!isObject(v) || typeof v['id'] !== 'string' || typeof v['en'] !== 'string' || v['id'].trim() === '') add(path, 'must be { id: string, en: string } with a non-empty id');
  };

  // scales
  const scales = w['scales'];
  const scaleCodes = new Map<string, { mappable: boolean }>();
  if (!isObject(scales) || Object.keys(scales).length === 0) add('scales', 'must be a non-empty object (scale code -> scale)');
  else {
    for (const [code, s] of Object.entries(scales)) {
      const at = `scales.${code}`;
      if (!isObject(s)) {
        add(at, 'must be an object');
        continue;
      }
      if (s['kind'] !== 'yes_no' && s['kind'] !== 'graded') add(`${at}.kind`, "must be 'yes_no' or 'graded'");
      bilingual(`${at}.label`, s['label']);
      const values = s['values'];
      const valueCodes = new Set<string>();
      if (!isObject(values) || Object.keys(values).length < 2) add(`${at}.values`, 'must map at least two answer codes to values');
      else {
        if (s['kind'] === 'yes_no' && Object.keys(values).length !== 2) add(`${at}.values`, 'a yes_no scale has exactly two answers');
        for (const [answer, v] of Object.entries(values)) {
          valueCodes.add(answer);
          if (answer.trim() === '') add(`${at}.values`, 'answer codes must be non-empty');
          const d = dec(`${at}.values.${answer}`, v);
          if (d && (d.lt(0) || d.gt(1))) add(`${at}.values.${answer}`, 'must be between 0 and 1');
        }
      }
      const labels = s['valueLabels'];
      if (labels !== undefined) {
        if (!isObject(labels)) add(`${at}.valueLabels`, 'must be an object (answer code -> label)');
        else
          for (const [answer, l] of Object.entries(labels)) {
            if (!valueCodes.has(answer)) add(`${at}.valueLabels.${answer}`, 'is not an answer of the scale');
            bilingual(`${at}.valueLabels.${answer}`, l);
          }
      }
      const ratio = s['ratioAnswers'];
      let mappable = false;
      if (ratio !== undefined) {
        if (!Array.isArray(ratio) || ratio.length === 0) add(`${at}.ratioAnswers`, 'must be a non-empty array');
        else {
          let previous: Decimal | null = null;
          let ok = true;
          ratio.forEach((r: unknown, i) => {
            const rat = `${at}.ratioAnswers[${i}]`;
            if (!isObject(r)) {
              add(rat, 'must be an object');
              ok = false;
              return;
            }
            if (typeof r['answer'] !== 'string' || !valueCodes.has(r['answer'])) add(`${rat}.answer`, 'must be an answer code of the scale');
            const min = dec(`${rat}.minPercent`, r['minPercent']);
            if (!min) ok = false;
            else {
              if (min.lt(0) || min.gt(100)) add(`${rat}.minPercent`, 'must be between 0 and 100');
              if (previous && !min.lt(previous)) add(`${rat}.minPercent`, 'must be below the previous entry (descending order)');
              previous = min;
            }
          });
          const last = ratio[ratio.length - 1] as unknown;
          if (ok && isObject(last) && !(isDecimalString(last['minPercent']) && new Decimal(last['minPercent']).eq(0))) {
            add(`${at}.ratioAnswers[${ratio.length - 1}].minPercent`, 'the last entry must be 0 (every ratio gets an answer)');
          }
          mappable = true;
        }
      }
      scaleCodes.set(code, { mappable });
    }
  }

  // components
  const components = w['components'];
  if (!Array.isArray(components) || components.length === 0) add('components', 'must be a non-empty array');
  else {
    let weightSum = new Decimal(0);
    let weightsOk = true;
    const componentCodes = new Set<string>();
    const criterionCodes = new Map<string, string>();
    components.forEach((c: unknown, i) => {
      const at = `components[${i}]`;
      if (!isObject(c)) {
        add(at, 'must be an object');
        weightsOk = false;
        return;
      }
      if (typeof c['code'] !== 'string' || c['code'].trim() === '') add(`${at}.code`, 'must be a non-empty string');
      else if (componentCodes.has(c['code'])) add(`${at}.code`, `duplicate component code ${c['code']}`);
      else componentCodes.add(c['code']);
      bilingual(`${at}.name`, c['name']);
      const weight = dec(`${at}.weight`, c['weight']);
      if (weight && !weight.gt(0)) add(`${at}.weight`, 'must be > 0');
      if (weight) weightSum = weightSum.plus(weight);
      else weightsOk = false;

      const subs = c['subComponents'];
      if (!Array.isArray(subs) || subs.length === 0) {
        add(`${at}.subComponents`, 'must be a non-empty array');
        return;
      }
      let shareSum = new Decimal(0);
      let sharesOk = true;
      const subCodes = new Set<string>();
      subs.forEach((s: unknown, j) => {
        const sat = `${at}.subComponents[${j}]`;
        if (!isObject(s)) {
          add(sat, 'must be an object');
          sharesOk = false;
          return;
        }
        if (!LKE_SUB_COMPONENT_CODES.includes(s['code'] as LkeSubComponentCode)) add(`${sat}.code`, `must be one of ${LKE_SUB_COMPONENT_CODES.join(', ')}`);
        else if (subCodes.has(s['code'] as string)) add(`${sat}.code`, `duplicate sub-component ${String(s['code'])} in the component`);
        else subCodes.add(s['code'] as string);
        bilingual(`${sat}.name`, s['name']);
        const share = dec(`${sat}.share`, s['share']);
        if (share && !share.gt(0)) add(`${sat}.share`, 'must be > 0');
        if (share) shareSum = shareSum.plus(share);
        else sharesOk = false;
        const crit = s['criteria'];
        if (!Array.isArray(crit) || crit.length === 0) {
          add(`${sat}.criteria`, 'must be a non-empty array');
          return;
        }
        crit.forEach((k: unknown, n) => {
          const kat = `${sat}.criteria[${n}]`;
          if (!isObject(k)) {
            add(kat, 'must be an object');
            return;
          }
          const code = k['code'];
          if (typeof code !== 'string' || code.trim() === '') add(`${kat}.code`, 'must be a non-empty string');
          else if (criterionCodes.has(code)) add(`${kat}.code`, `duplicate criterion code ${code} (also at ${criterionCodes.get(code)})`);
          else criterionCodes.set(code, kat);
          bilingual(`${kat}.text`, k['text']);
          const scale = typeof k['scale'] === 'string' ? scaleCodes.get(k['scale']) : undefined;
          if (!scale) add(`${kat}.scale`, `unknown scale ${JSON.stringify(k['scale'])}`);
          const rule = k['prefill'];
          if (rule !== undefined) {
            if (!LKE_PREFILL_RULE_CODES.includes(rule as LkePrefillRuleCode)) add(`${kat}.prefill`, `unknown pre-fill rule ${JSON.stringify(rule)}`);
            else if (scale && !scale.mappable) add(`${kat}.prefill`, `scale ${String(k['scale'])} has no ratioAnswers to turn the rule's result into an answer`);
          }
        });
      });
      if (sharesOk && !shareSum.eq(100)) add(`${at}.subComponents`, `shares must sum to 100 (they sum to ${shareSum.toString()})`);
    });
    if (weightsOk && !weightSum.eq(100)) add('components', `weights must sum to 100 (they sum to ${weightSum.toString()})`);
  }

  // grades
  const grades = w['grades'];
  if (!Array.isArray(grades) || grades.length === 0) add('grades', 'must be a non-empty array');
  else {
    const codes = new Set<string>();
    let previous: Decimal | null = null;
    grades.forEach((g: unknown, i) => {
      const at = `grades[${i}]`;
      if (!isObject(g)) {
        add(at, 'must be an object');
        return;
      }
      if (typeof g['code'] !== 'string' || g['code'].trim() === '') add(`${at}.code`, 'must be a non-empty string');
      else if (codes.has(g['code'])) add(`${at}.code`, `duplicate grade ${g['code']}`);
      else codes.add(g['code']);
      bilingual(`${at}.label`, g['label']);
      const last = i === grades.length - 1;
      if (g['min'] === null) {
        if (!last) add(`${at}.min`, 'only the last grade may have min null');
        return;
      }
      if (last) add(`${at}.min`, 'the last grade must have min null (it takes every remaining total)');
      const min = dec(`${at}.min`, g['min']);
      if (min && previous && !min.lt(previous)) add(`${at}.min`, 'must be below the previous grade (highest grade first)');
      if (min) previous = min;
    });
  }
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws with every problem when the worksheet is not valid; returns it typed otherwise. */
export function assertValidLkeWorksheet(w: unknown): LkeWorksheet {
  const problems = validateWorksheet(w);
  if (problems.length > 0) throw new InvalidLkeWorksheetError(problems);
  return w as LkeWorksheet;
}

export class InvalidLkeWorksheetError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid LKE worksheet: ${problems.join('; ')}`);
    this.name = 'InvalidLkeWorksheetError';
  }
}

// ---------------------------------------------------------------------------------------------

/** Every criterion of the worksheet in order, with where it sits. */
export interface LkeCriterionEntry {
  criterion: LkeCriterion;
  componentCode: string;
  subComponentCode: LkeSubComponentCode;
  scale: LkeScale;
}

export function lkeCriteria(w: LkeWorksheet): LkeCriterionEntry[] {
  const out: LkeCriterionEntry[] = [];
  for (const c of w.components)
    for (const s of c.subComponents)
      for (const criterion of s.criteria) out.push({ criterion, componentCode: c.code, subComponentCode: s.code, scale: w.scales[criterion.scale]! });
  return out;
}

/** The criterion with that code, or undefined. */
export function lkeCriterion(w: LkeWorksheet, code: string): LkeCriterionEntry | undefined {
  return lkeCriteria(w).find((e) => e.criterion.code === code);
}

/**
 * The grade band of a total: the first band (highest first) whose exclusive `min` the total is
 * strictly above; the band with `min: null` takes the rest. With the default bands: 90 -> A,
 * 90.01 -> AA, 30 -> D, 30.01 -> C. Throws on a total that is not a decimal string.
 */
export function lkeGrade(w: LkeWorksheet, total: string): LkeGradeBand {
  if (!isDecimalString(total)) throw new Error(`lkeGrade: total must be a decimal string, got ${JSON.stringify(total)}`);
  const t = new Decimal(total);
  const band = w.grades.find((g) => g.min === null || t.gt(g.min));
  if (!band) throw new Error('lkeGrade: the worksheet has no band for this total (the last band must have min null)');
  return band;
}
