import { DEFAULT_LKE_WORKSHEET, prefillAnswers, validateLkeFacts, type LkeFacts, type LkeSuggestion, type LkeWorksheet } from './index.js';

const FACTS: LkeFacts = {
  kpiCount: 30,
  kpisWithTarget: 30,
  kpisWithDataSource: 27,
  objectivesCount: 8,
  objectivesAligned: 6,
  scorecardApproved: true,
  approvedAt: '2026-01-15T09:00:00+07:00',
  approvedVersion: 3,
  revisionCount: 2,
  realizationsExpected: 120,
  realizationsSubmitted: 114,
  realizationsOnTime: 100,
  realizationsVerified: 57,
  realizationsWithEvidence: 114,
  measurementViaApplication: true,
  lkjip: { submittedOn: '2026-03-28', deadline: '2026-03-31' },
  recommendations: { total: 4, followedUp: 1 },
};

const byCode = (s: LkeSuggestion[]) => Object.fromEntries(s.map((x) => [x.criterionCode, x]));

describe('prefillAnswers', () => {
  const s = byCode(prefillAnswers(DEFAULT_LKE_WORKSHEET, FACTS));

  it('suggests an answer for every criterion with a rule, in worksheet order, with what it was derived from', () => {
    expect(Object.keys(s)).toEqual(['1.a.3', '1.b.3', '1.b.4', '1.c.3', '2.a.2', '2.a.3', '2.b.1', '2.b.2', '2.b.3', '2.b.4', '3.a.2', '4.c.1']);
    expect(s['1.b.3']).toEqual({
      criterionCode: '1.b.3',
      answer: 'Y',
      rule: 'targets_for_all_kpis',
      derivedFrom: { id: '30 dari 30 IKU memiliki target (100 %)', en: '30 of 30 KPIs have a target (100 %)' },
      basis: { numerator: 30, denominator: 30, percent: '100' },
    });
  });
  it('yes/no facts: the performance agreement, documented revisions, the IT application, the LKjIP deadline', () => {
    expect(s['1.a.3']).toMatchObject({ answer: 'Y', basis: null, derivedFrom: { id: 'Perjanjian Kinerja (kartu kinerja) telah ditetapkan pada 2026-01-15, versi 3' } });
    expect(s['1.c.3']).toMatchObject({ answer: 'Y', derivedFrom: { en: 'The performance agreement is approved; 2 revision(s) since, all recorded with a reason' } });
    expect(s['2.a.3']).toMatchObject({ answer: 'Y', derivedFrom: { id: 'Realisasi IKU dilaporkan melalui aplikasi Capaian (114 realisasi tercatat)' } });
    expect(s['3.a.2']).toMatchObject({ answer: 'Y', derivedFrom: { id: 'LKjIP disampaikan 2026-03-28, batas waktu 2026-03-31' } });
  });
  it('ratios are graded AA..E by the scale thresholds (100 / 90 / 80 / 60 / 30 / 0 %)', () => {
    // 27/30 = 90 % -> A (inclusive bound); 6/8 = 75 % -> C; 114/120 = 95 % -> A; 100/120 = 83.33 % -> B;
    // 57/114 = 50 % -> D; 114/114 -> AA; 1/4 = 25 % -> E.
    expect(s['2.a.2']).toMatchObject({ answer: 'A', derivedFrom: { id: '27 dari 30 IKU memiliki sumber data dan definisi operasional (90 %)' } });
    expect(s['1.b.4']).toMatchObject({ answer: 'C', basis: { percent: '75' } });
    expect(s['2.b.1']).toMatchObject({ answer: 'A', basis: { numerator: 114, denominator: 120, percent: '95' } });
    expect(s['2.b.2']).toMatchObject({
      answer: 'B',
      derivedFrom: {
        id: '100 dari 120 realisasi yang wajib dilaporkan disampaikan tepat waktu (83,33 %)',
        en: '100 of 120 due realizations were submitted on time (83.33 %)',
      },
    });
    expect(s['2.b.3']).toMatchObject({ answer: 'D', basis: { percent: '50' } });
    expect(s['2.b.4']).toMatchObject({ answer: 'AA' });
    expect(s['4.c.1']).toMatchObject({ answer: 'E', derivedFrom: { id: '1 dari 4 rekomendasi evaluasi sebelumnya telah ditindaklanjuti (25 %)' } });
  });
  it('a yes/no criterion over a ratio is Y only at 100 %', () => {
    const one = byCode(prefillAnswers(DEFAULT_LKE_WORKSHEET, { ...FACTS, kpisWithTarget: 29 }));
    expect(one['1.b.3']).toMatchObject({ answer: 'T', derivedFrom: { id: '29 dari 30 IKU memiliki target (96,67 %)', en: '29 of 30 KPIs have a target (96.67 %)' } });
  });
  it('no PK, late LKjIP, no KPIs: negative suggestions with the reason', () => {
    const none = byCode(
      prefillAnswers(DEFAULT_LKE_WORKSHEET, {
        ...FACTS,
        scorecardApproved: false,
        approvedAt: null,
        kpiCount: 0,
        kpisWithTarget: 0,
        kpisWithDataSource: 0,
        lkjip: { submittedOn: '2026-04-02', deadline: '2026-03-31' },
      }),
    );
    expect(none['1.a.3']).toMatchObject({ answer: 'T', derivedFrom: { id: 'Perjanjian Kinerja (kartu kinerja) belum ditetapkan' } });
    expect(none['1.c.3']).toMatchObject({ answer: 'T' });
    expect(none['1.b.3']).toMatchObject({ answer: 'T', derivedFrom: { id: 'Belum ada IKU yang ditetapkan (0 IKU)' } });
    expect(none['3.a.2']).toMatchObject({ answer: 'T', derivedFrom: { en: 'LKjIP submitted on 2026-04-02, after the deadline 2026-03-31' } });
    expect(none['2.a.2']).toBeUndefined(); // no KPI: nothing to count
  });
  it('gives no suggestion where the system cannot tell', () => {
    const unknown = byCode(
      prefillAnswers(DEFAULT_LKE_WORKSHEET, {
        ...FACTS,
        measurementViaApplication: false,
        lkjip: null,
        recommendations: undefined,
        objectivesCount: 0,
        objectivesAligned: 0,
        realizationsExpected: 0,
        realizationsSubmitted: 0,
        realizationsOnTime: 0,
        realizationsVerified: 0,
        realizationsWithEvidence: 0,
      }),
    );
    expect(Object.keys(unknown)).toEqual(['1.a.3', '1.b.3', '1.c.3', '2.a.2']);
  });
  it('thresholds are data: a worksheet version with other ratioAnswers suggests differently', () => {
    const w = JSON.parse(JSON.stringify(DEFAULT_LKE_WORKSHEET)) as LkeWorksheet;
    w.version = 2;
    w.scales['abcde']!.ratioAnswers = [
      { minPercent: '80', answer: 'AA' },
      { minPercent: '0', answer: 'E' },
    ];
    expect(byCode(prefillAnswers(w, FACTS))['2.b.2']).toMatchObject({ answer: 'AA' });
  });
  it('refuses inconsistent facts, naming them', () => {
    expect(validateLkeFacts(FACTS)).toEqual([]);
    expect(validateLkeFacts({ ...FACTS, realizationsOnTime: 115, kpiCount: -1 })).toEqual([
      { field: 'kpiCount', message: 'must be an integer >= 0' },
      { field: 'realizationsOnTime', message: 'must be <= realizationsSubmitted' },
    ]);
    expect(() => prefillAnswers(DEFAULT_LKE_WORKSHEET, { ...FACTS, kpisWithTarget: 31 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_FACTS',
        field: 'facts.kpisWithTarget',
        message: 'Data riwayat tidak konsisten: kpisWithTarget: must be <= kpiCount / inconsistent facts',
        details: [{ field: 'facts.kpisWithTarget', errors: ['must be <= kpiCount'] }],
      }),
    );
  });
});
