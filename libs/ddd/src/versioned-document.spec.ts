import {
  DeciderSpecification,
  DomainError,
  allDocuments,
  currentDocument,
  documentRecords,
  documentVersion,
  fold,
  invalid,
  sameDocument,
  selectDocument,
  versionedDocumentDecider,
  type DocumentSet,
  type VersionedDocumentDefinition,
} from './index.js';

interface Rule {
  policyId: string;
  version: number;
  limit: number;
  labels: { low: string; high: string };
}
type RuleInput = Omit<Rule, 'policyId' | 'version'> & { policyId?: string; version?: number };

const DEFAULT_RULE: Rule = Object.freeze({ policyId: 'built-in', version: 0, limit: 10, labels: { low: 'rendah', high: 'tinggi' } });

const definition: VersionedDocumentDefinition<Rule, RuleInput, 'policy'> = {
  kind: 'test-rule',
  name: { id: 'Aturan uji', en: 'test rule' },
  key: 'policy',
  eventType: 'test-rule-set',
  schemaVersion: 1,
  invalidCode: 'INVALID_TEST_RULE',
  default: DEFAULT_RULE,
  defaultVersion: 0,
  identify: (tenantId, year, version) => `rule-${tenantId}.${year}.${version}`,
  build: (input, ctx) => ({ ...input, policyId: `rule-${ctx.tenantId}.${ctx.year}.${ctx.version}`, version: ctx.version }),
  validate: (r) => [
    ...(Number.isInteger(r.limit) && r.limit >= 0 ? [] : [{ field: 'limit', message: 'must be an integer >= 0' }]),
    ...(typeof r.labels?.low === 'string' ? [] : [{ field: 'labels.low', message: 'must be text' }]),
  ],
};
const decider = versionedDocumentDecider(definition);
const spec = DeciderSpecification.for(decider);
const set = (policy: RuleInput, reason: unknown = 'Perbup 1/2026', year: number | null = 2026) => ({ type: 'set-test-rule', tenantId: 'kab', ...(year === null ? {} : { year }), policy, reason });
const input: RuleInput = { limit: 20, labels: { low: 'rendah', high: 'tinggi' } };
const eq = (a: unknown, b: unknown) => expect(a).toEqual(b);

describe('versioned document decider', () => {
  it('given no version, sets version 1 with the ids it assigns and the trimmed reason', () => {
    spec
      .given([])
      .when(set({ ...input, policyId: 'client-id', version: 9 }, '  Perbup 1/2026  '))
      .then([{ type: 'test-rule-set', data: { tenantId: 'kab', year: 2026, version: 1, policy: { policyId: 'rule-kab.2026.1', version: 1, ...input }, reason: 'Perbup 1/2026' } }], eq);
  });

  it('numbers the next version after the highest of the default and every stored version', () => {
    const v1 = spec.given([]).when(set(input)).events();
    const v2 = spec
      .given(v1)
      .when(set({ ...input, limit: 30 }))
      .events();
    expect(v2[0]!.data.version).toBe(2);
    const later: DocumentSet<Rule, 'policy'> = { type: 'test-rule-set', data: { tenantId: 'kab', year: 2026, version: 7, policy: { ...DEFAULT_RULE, limit: 40 }, reason: 'Impor' } };
    expect(
      spec
        .given([...v1, later])
        .when(set({ ...input, limit: 50 }))
        .events()[0]!.data.version,
    ).toBe(8);
    const fromOne = DeciderSpecification.for(versionedDocumentDecider({ ...definition, defaultVersion: 1, default: { ...DEFAULT_RULE, version: 1 } }));
    expect(fromOne.given([]).when(set(input)).events()[0]!.data.version).toBe(2);
  });

  it('writes no event when the document equals the latest version, whatever the key order; a change writes one', () => {
    const v1 = spec.given([]).when(set(input)).events();
    expect(
      spec
        .given(v1)
        .when(set({ labels: { high: 'tinggi', low: 'rendah' }, limit: 20 }))
        .events(),
    ).toEqual([]);
    expect(
      spec
        .given(v1)
        .when(set({ ...input, labels: { low: 'rendah', high: 'sangat tinggi' } }))
        .events(),
    ).toHaveLength(1);
  });

  it('compares with the latest stored version only: the first version equal to the default is written', () => {
    const { policyId: _p, version: _v, ...asDefault } = DEFAULT_RULE;
    expect(spec.given([]).when(set(asDefault)).events()).toHaveLength(1);
  });

  it('refuses a missing, short, non-text or over-long reason, naming `reason`', () => {
    for (const reason of [undefined, 42, '    ', 'abc', 'x'.repeat(2001)]) {
      const error = spec
        .given([])
        .when({ ...set(input), reason })
        .error();
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ field: 'reason', kind: 'unprocessable' });
      expect(['REASON_REQUIRED', 'REASON_TOO_LONG']).toContain(error.code);
    }
  });

  it('refuses an invalid document with every problem, each naming its field under the key', () => {
    const error = spec
      .given([])
      .when(set({ limit: -1, labels: {} as Rule['labels'] }))
      .error() as DomainError;
    expect(error).toMatchObject({ code: 'INVALID_TEST_RULE', kind: 'unprocessable', field: 'policy.limit' });
    expect(error.message).toBe('Aturan uji tidak sah: limit: must be an integer >= 0; labels.low: must be text / invalid test rule');
    expect(error.details).toEqual([
      { field: 'policy.limit', errors: ['must be an integer >= 0'] },
      { field: 'policy.labels.low', errors: ['must be text'] },
    ]);
  });

  it('keeps the event data without a year for documents kept per tenant', () => {
    const events = spec
      .given([])
      .when(set(input, 'Tanpa tahun', null))
      .events();
    expect(Object.keys(events[0]!.data).sort()).toEqual(['policy', 'reason', 'tenantId', 'version']);
  });

  it('reads stored versions through the definition (identity from the stream, fields added later)', () => {
    const reading = versionedDocumentDecider({ ...definition, read: (r, data) => ({ ...r, policyId: definition.identify!(data.tenantId, data.year, data.version), version: data.version }) });
    const stored: DocumentSet<Rule, 'policy'> = {
      type: 'test-rule-set',
      data: { tenantId: 'kab', year: 2026, version: 1, policy: { ...DEFAULT_RULE, policyId: 'client', version: 5 }, reason: 'Lama' },
    };
    const state = fold(reading, [stored]);
    expect(currentDocument(definition, state)).toMatchObject({ policyId: 'rule-kab.2026.1', version: 1 });
    expect(state.records).toEqual([{ version: 1, policyId: 'rule-kab.2026.1', reason: 'Lama' }]);
  });

  it("selects the version in force, version n (the default's number: the default), every version", () => {
    const empty = decider.initialState();
    expect(currentDocument(definition, empty)).toBe(DEFAULT_RULE);
    expect(selectDocument(definition, empty)).toBe(DEFAULT_RULE);
    expect(documentVersion(definition, empty, 0)).toBe(DEFAULT_RULE);
    expect(documentVersion(definition, empty, 1)).toBeUndefined();
    const v1 = spec.given([]).when(set(input, 'Versi satu')).events();
    const v2 = spec
      .given(v1)
      .when(set({ ...input, limit: 30 }, 'Versi dua'))
      .events();
    const state = fold(decider, [...v1, ...v2]);
    expect(currentDocument(definition, state).limit).toBe(30);
    expect(selectDocument(definition, state, 1)?.limit).toBe(20);
    expect(documentVersion(definition, state, 3)).toBeUndefined();
    expect(allDocuments(definition, state).map((r) => [r.policyId, r.version])).toEqual([
      ['built-in', 0],
      ['rule-kab.2026.1', 1],
      ['rule-kab.2026.2', 2],
    ]);
    expect(documentRecords(definition, state)).toEqual([
      { version: 0, policyId: 'built-in', reason: null },
      { version: 1, policyId: 'rule-kab.2026.1', reason: 'Versi satu' },
      { version: 2, policyId: 'rule-kab.2026.2', reason: 'Versi dua' },
    ]);
  });
});

describe('sameDocument and invalid', () => {
  it('compares canonical JSON, ignoring version and policyId only', () => {
    expect(sameDocument({ a: 1, b: { c: '2', d: [1, 2] }, version: 1, policyId: 'x' }, { b: { d: [1, 2], c: '2' }, a: 1, version: 2, policyId: 'y' })).toBe(true);
    expect(sameDocument({ a: 1, b: { d: [2, 1] } }, { a: 1, b: { d: [1, 2] } })).toBe(false);
    expect(sameDocument({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameDocument({ a: 1, note: undefined }, { a: 1 })).toBe(true);
  });

  it('makes one DomainError of problems: fields under the prefix, the whole input as the prefix itself', () => {
    const problems = [
      { field: 'bands[4].max', message: 'must be null: see cap' },
      { field: '', message: 'must be an object' },
      { field: 'policy', message: 'must be an object' },
    ];
    const error = invalid('INVALID_POLICY', { id: 'Kebijakan tidak sah', en: 'invalid policy' }, problems, 'policy');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'INVALID_POLICY', kind: 'unprocessable', field: 'policy.bands[4].max' });
    expect(error.message).toBe('Kebijakan tidak sah: bands[4].max: must be null: see cap; must be an object; policy: must be an object / invalid policy');
    expect(error.details).toEqual([
      { field: 'policy.bands[4].max', errors: ['must be null: see cap'] },
      { field: 'policy', errors: ['must be an object'] },
      { field: 'policy', errors: ['must be an object'] },
    ]);
    expect(invalid('INVALID_FACTS', { id: 'Data tidak sah', en: 'invalid facts' }, [{ field: 'facts[1]', message: 'must be an object' }])).toMatchObject({
      field: 'facts[1]',
      message: 'Data tidak sah: facts[1]: must be an object / invalid facts',
      details: [{ field: 'facts[1]', errors: ['must be an object'] }],
    });
  });
});
