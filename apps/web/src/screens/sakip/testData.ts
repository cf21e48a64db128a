/** Tests' fixtures: a small LKE worksheet (2 components, 7 criteria) and an evaluation of it as the evaluation service answers. */
import type { Bilingual, LkeComponentScore, LkeScore, LkeSubComponentScore, LkeWorksheet, SakipAnswer, SakipEvaluation } from './types';

type SubComponentCode = 'keberadaan' | 'kualitas' | 'pemanfaatan';
const SUB_NAMES = new Map<SubComponentCode, Bilingual>([
  ['keberadaan', { id: 'Keberadaan', en: 'Existence' }],
  ['kualitas', { id: 'Kualitas', en: 'Quality' }],
  ['pemanfaatan', { id: 'Pemanfaatan', en: 'Use' }],
]);
const nameOf = (code: SubComponentCode): Bilingual => SUB_NAMES.get(code)!;

const sub = (code: SubComponentCode, share: string, criteria: LkeWorksheet['components'][number]['subComponents'][number]['criteria']) => ({ code, name: nameOf(code), share, criteria });

export const worksheet: LkeWorksheet = {
  worksheetId: 'permenpanrb-88-2021',
  version: 1,
  components: [
    {
      code: 'perencanaan',
      name: { id: 'Perencanaan Kinerja', en: 'Performance planning' },
      weight: '60',
      subComponents: [
        sub('keberadaan', '20', [
          { code: '1.a.1', text: { id: 'Dokumen Renstra telah tersedia', en: 'The Renstra is available' }, scale: 'yn' },
          { code: '1.a.2', text: { id: 'Perjanjian Kinerja telah disusun', en: 'The PK is drawn up' }, scale: 'yn', prefill: 'scorecard_approved' },
        ]),
        sub('kualitas', '30', [{ code: '1.b.1', text: { id: 'Target kinerja ditetapkan untuk seluruh IKU', en: 'A target for every KPI' }, scale: 'abcde', prefill: 'targets_for_all_kpis' }]),
        sub('pemanfaatan', '50', [{ code: '1.c.1', text: { id: 'Target dimonitor berkala', en: 'Targets are monitored' }, scale: 'abcde' }]),
      ],
    },
    {
      code: 'pengukuran',
      name: { id: 'Pengukuran Kinerja', en: 'Performance measurement' },
      weight: '40',
      subComponents: [
        sub('keberadaan', '20', [{ code: '2.a.1', text: { id: 'Pedoman pengukuran tersedia', en: 'Measurement guidelines exist' }, scale: 'yn' }]),
        sub('kualitas', '30', [{ code: '2.b.1', text: { id: 'Realisasi tepat waktu', en: 'Realizations on time' }, scale: 'abcde', prefill: 'realizations_on_time' }]),
        sub('pemanfaatan', '50', [{ code: '2.c.1', text: { id: 'Hasil pengukuran dipakai', en: 'Results are used' }, scale: 'abcde' }]),
      ],
    },
  ],
  scales: {
    yn: { kind: 'yes_no', label: { id: 'Ya/Tidak', en: 'Yes/No' }, values: { Y: '1', T: '0' }, valueLabels: { Y: { id: 'Ya', en: 'Yes' }, T: { id: 'Tidak', en: 'No' } } },
    abcde: {
      kind: 'graded',
      label: { id: 'AA/A/B/C/D/E', en: 'AA/A/B/C/D/E' },
      values: { AA: '1', A: '0.9', B: '0.8', C: '0.6', D: '0.3', E: '0' },
      valueLabels: { AA: { id: 'Sangat memadai', en: 'Fully met' }, B: { id: 'Sebagian besar terpenuhi', en: 'Mostly met' } },
    },
  },
  // The grades of the default worksheet (libs/evaluation-domain, worksheet-default.ts): the web may not import libs (scope:web).
  grades: [
    { code: 'AA', label: { id: 'Sangat Memuaskan', en: 'Excellent' }, min: '90' },
    { code: 'A', label: { id: 'Memuaskan', en: 'Very good' }, min: '80' },
    { code: 'BB', label: { id: 'Sangat Baik', en: 'Good' }, min: '70' },
    { code: 'B', label: { id: 'Baik', en: 'Fairly good' }, min: '60' },
    { code: 'CC', label: { id: 'Cukup (Memadai)', en: 'Adequate' }, min: '50' },
    { code: 'C', label: { id: 'Kurang', en: 'Poor' }, min: '30' },
    { code: 'D', label: { id: 'Sangat Kurang', en: 'Very poor' }, min: null },
  ],
};

export const answer = (code: string, value: string, fields: Partial<SakipAnswer> = {}): SakipAnswer => ({
  answer: code,
  value,
  note: null,
  evidence: [],
  by: 'evaluator@kab-contoh',
  at: '2026-12-01T03:00:00.000Z',
  ...fields,
});

/** The score of one sub-component: [score, max, answered, of]. */
type Figures = [score: string, max: string, answered: number, of: number];
const subScore = (code: SubComponentCode, [score, max, answered, of]: Figures): LkeSubComponentScore => ({ code, name: nameOf(code), score, max, answered, of });
/** The score of the worksheet's component `index`: its figures, then those of keberadaan, kualitas and pemanfaatan. */
const componentScore = (index: number, [score, max, answered, of]: Figures, ...subs: [Figures, Figures, Figures]): LkeComponentScore => {
  const { code, name } = worksheet.components[index]!;
  return { code, name, score, max, answered, of, subComponents: [...SUB_NAMES.keys()].map((c, i) => subScore(c, subs[i]!)) };
};

/** The score of the answers below (1.a.1 Y, 1.b.1 B): 6 + 14.4 = 20.4, grade D. */
export const score: LkeScore = {
  worksheet: { worksheetId: 'permenpanrb-88-2021', version: 1 },
  total: '20.4',
  grade: 'D',
  gradeLabel: { id: 'Sangat Kurang', en: 'Very poor' },
  complete: false,
  answered: 2,
  of: 7,
  unanswered: ['1.a.2', '1.c.1', '2.a.1', '2.b.1', '2.c.1'],
  components: [
    componentScore(0, ['20.4', '60', 2, 4], ['6', '12', 1, 2], ['14.4', '18', 1, 1], ['0', '30', 0, 1]),
    componentScore(1, ['0', '40', 0, 3], ['0', '8', 0, 1], ['0', '12', 0, 1], ['0', '20', 0, 1]),
  ],
};

export const evaluation = (fields: Partial<SakipEvaluation> = {}): SakipEvaluation => ({
  unitId: 'bpkad',
  year: 2026,
  status: 'in_progress',
  worksheet,
  suggestions: {
    '1.a.2': {
      criterionCode: '1.a.2',
      answer: 'Y',
      rule: 'scorecard_approved',
      derivedFrom: { id: 'Perjanjian Kinerja (kartu kinerja) telah ditetapkan pada 2026-01-10, versi 1', en: 'The performance agreement was approved' },
      basis: null,
    },
    '1.b.1': {
      criterionCode: '1.b.1',
      answer: 'AA',
      rule: 'targets_for_all_kpis',
      derivedFrom: { id: '5 dari 5 IKU memiliki target (100 %)', en: '5 of 5 KPIs have a target (100 %)' },
      basis: { numerator: 5, denominator: 5, percent: '100' },
    },
  },
  answers: {
    '1.a.1': answer('Y', '1', { note: 'Renstra 2025-2029 ditetapkan Perkada', evidence: [{ url: 'https://drive.example.go.id/renstra.pdf', label: 'Renstra BPKAD' }] }),
    '1.b.1': answer('B', '0.8'),
  },
  score,
  revision: 3,
  position: 120,
  ...fields,
});
