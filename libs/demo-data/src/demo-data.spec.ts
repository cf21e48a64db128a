import { DECIMAL_PATTERN, periodsOf, type PeriodCode } from '@capaian/contracts';
import { ALLOWED_PARENTS, isRangeTarget, itemId, orgDecider, parseItemId, scorecardIdOf, slug, type KpiSpec, type KpiTarget, type OrgState, type ScorecardDocument } from '@capaian/planning-domain';
import {
  BUPATI_SCORECARD_ID,
  DEMO_KPI_WITHOUT_DATA_SOURCE_ID,
  DEMO_ORPHAN_OBJECTIVE_ID,
  DEMO_TENANT,
  bupatiScorecard,
  demoOrganization,
  demoRealizations,
  demoScorecards,
  spbeScorecard,
} from './index.js';

// ---- exact decimals: fixed point with 10 fractional digits, as BigInt ------------------------
const SCALE = 10;
function dec(s: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = (m[3] ?? '').padEnd(SCALE, '0');
  if (frac.length > SCALE) throw new Error(`too many decimals: ${s}`);
  const abs = BigInt(m[2]!) * 10n ** BigInt(SCALE) + BigInt(frac);
  return m[1] === '-' ? -abs : abs;
}
const sum = (xs: string[]): bigint => xs.reduce((acc, x) => acc + dec(x), 0n);
const HUNDRED = dec('100');

// ---- lookups ------------------------------------------------------------------------------
const idOf = (d: ScorecardDocument) => scorecardIdOf(d.unitId, d.year, d.theme);
const byId = new Map(demoScorecards.map((d) => [idOf(d), d]));
const units = new Map(demoOrganization.map((u) => [u.unitId, u]));
const opdScorecards = demoScorecards.filter((d) => d !== bupatiScorecard);

function kpiById(id: string): { doc: ScorecardDocument; kpi: KpiSpec } | undefined {
  const parsed = parseItemId(id);
  const doc = parsed && byId.get(parsed.scorecardId);
  const kpi = doc?.kpis.find((k) => slug(k.code) === parsed!.codeSlug);
  return doc && kpi ? { doc, kpi } : undefined;
}
function objectiveExists(id: string): ScorecardDocument | undefined {
  const parsed = parseItemId(id);
  const doc = parsed && byId.get(parsed.scorecardId);
  return doc?.objectives.some((o) => slug(o.code) === parsed!.codeSlug) ? doc : undefined;
}
function isStrictAncestor(ancestor: string, unitId: string): boolean {
  for (let cur = units.get(unitId)?.parentId ?? null; cur !== null; cur = units.get(cur)?.parentId ?? null) {
    if (cur === ancestor) return true;
  }
  return false;
}
const targetValue = (t: KpiTarget | null | undefined): string => {
  if (!t || isRangeTarget(t)) throw new Error('expected a single-value target');
  return t.value;
};
const isCascaded = (d: ScorecardDocument, objectiveCode: string) => d.kpis.some((k) => k.objectiveCode === objectiveCode && k.cascadedFrom !== null);
const NUMERIC = new Set(['number', 'percent', 'money', 'duration']);

type DocumentList = 'perspectives' | 'objectives' | 'kpis' | 'links' | 'missions' | 'goals';
/** Each named list of the scorecard has between min and max entries (max omitted: no upper bound). */
function expectSizes(d: ScorecardDocument, sizes: [DocumentList, number, number?][]): void {
  for (const [list, min, max = Infinity] of sizes) {
    const size = d[list].length;
    expect({ list, size, within: size >= min && size <= max }).toEqual({ list, size, within: true });
  }
}

describe('demo organization', () => {
  it('is one tree rooted at the Pemda, parents before children, with valid ids and kinds', () => {
    expect(DEMO_TENANT).toBe('kab-contoh');
    expect(demoOrganization[0]).toEqual({ unitId: 'pemda', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null });
    const seen = new Set<string>();
    for (const u of demoOrganization) {
      expect(u.unitId).toMatch(/^[a-z0-9-]+$/);
      expect(seen.has(u.unitId)).toBe(false);
      if (u.parentId !== null) {
        expect(seen.has(u.parentId)).toBe(true);
        expect(ALLOWED_PARENTS[u.kind]).toContain(units.get(u.parentId)!.kind);
      }
      seen.add(u.unitId);
    }
    const count = (kind: string) => demoOrganization.filter((u) => u.kind === kind).length;
    expect(count('opd')).toBeGreaterThanOrEqual(10);
    expect(count('bidang')).toBeGreaterThanOrEqual(4);
    expect(count('seksi')).toBeGreaterThanOrEqual(1);
    expect(count('asn_position')).toBeGreaterThanOrEqual(1);
  });

  it('registers cleanly through the organization decider', () => {
    let state: OrgState = orgDecider.initialState();
    for (const u of demoOrganization) {
      for (const e of orgDecider.decide({ type: 'register-unit', ...u }, state)) state = orgDecider.evolve(state, e);
    }
    expect(state.units.size).toBe(demoOrganization.length);
  });
});

describe('demo scorecards: shape and counts', () => {
  it('has the Bupati scorecard with 4 perspectives, 13-17 objectives and 28-34 KPIs', () => {
    expect(idOf(bupatiScorecard)).toBe(BUPATI_SCORECARD_ID);
    expect(BUPATI_SCORECARD_ID).toBe('pemda-2026');
    expect(bupatiScorecard.theme).toBeNull();
    expect(bupatiScorecard.perspectives).toHaveLength(4);
    expect(bupatiScorecard.perspectives.find((p) => p.order === 1)!.name).toMatch(/masyarakat/i);
    expectSizes(bupatiScorecard, [
      ['objectives', 13, 17],
      ['kpis', 28, 34],
      ['links', 15],
      ['missions', 3],
      ['goals', 3],
    ]);
  });

  it('has the reference indicators on the Bupati scorecard', () => {
    const k = bupatiScorecard.kpis;
    const bpk = k.find((x) => x.valueType === 'categorical')!;
    expect(bpk).toMatchObject({ grades: ['WTP', 'WDP', 'TW', 'TMP'], polarity: 'higher_is_better', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: 'WTP' } });
    const inflation = k.find((x) => x.polarity === 'range')!;
    expect(inflation.yearlyTarget).toEqual({ min: '2', max: '4' });
    expect(Object.values(inflation.periodTargets).every((t) => isRangeTarget(t!))).toBe(true);
    const milestone = k.find((x) => x.polarity === 'milestone')!;
    expect(milestone).toMatchObject({ valueType: 'milestone_date', aggregation: 'last', frequency: 'yearly', yearlyTarget: { value: '2026-09-30' } });
    expect(k.filter((x) => x.polarity === 'lower_is_better').length).toBeGreaterThanOrEqual(4);
    expect(k.filter((x) => x.level === 'process').length).toBeGreaterThanOrEqual(5);
    expect(new Set(k.map((x) => x.frequency))).toEqual(new Set(['monthly', 'quarterly', 'semester', 'yearly']));
    expect(new Set(k.map((x) => x.aggregation))).toEqual(new Set(['sum', 'average', 'last']));
    for (const name of [/IKM/, /Indeks SPBE/, /IPM/, /penduduk miskin/, /Pengangguran Terbuka/, /penyerapan anggaran/, /PAD/, /daring/, /waktu penyelesaian/, /pengaduan/]) {
      expect(k.some((x) => name.test(x.name))).toBe(true);
    }
    expect(bupatiScorecard.initiatives.filter((i) => i.level === 'program').length).toBeGreaterThanOrEqual(4);
  });

  it('has at least two OPD main scorecards cascaded from the Bupati scorecard', () => {
    const opdMain = opdScorecards.filter((d) => d.theme === null);
    expect(opdMain.map((d) => d.unitId)).toEqual(expect.arrayContaining(['dpmptsp', 'diskominfo']));
    for (const d of opdMain) {
      expectSizes(d, [
        ['perspectives', 3, 4],
        ['objectives', 4, 6],
        ['kpis', 6, 10],
      ]);
      expect(d.objectives.some((o) => o.contributesTo?.startsWith(`${BUPATI_SCORECARD_ID}.`))).toBe(true);
      expect(d.kpis.some((x) => x.cascadedFrom?.kpiId.startsWith(`${BUPATI_SCORECARD_ID}.`))).toBe(true);
    }
  });

  it('has an SPBE scorecard of Diskominfo without a financial perspective', () => {
    expect(idOf(spbeScorecard)).toBe('diskominfo-2026-spbe');
    expect(spbeScorecard.perspectives).toHaveLength(3);
    expect(spbeScorecard.perspectives.some((p) => /keuangan|financ/i.test(p.name))).toBe(false);
    expectSizes(spbeScorecard, [
      ['objectives', 5, 7],
      ['kpis', 9],
    ]);
  });

  it('has unique scorecard ids, all for 2026 and for registered units', () => {
    expect(byId.size).toBe(demoScorecards.length);
    for (const d of demoScorecards) {
      expect(d.year).toBe(2026);
      expect(units.has(d.unitId)).toBe(true);
    }
  });
});

describe.each(demoScorecards.map((d) => [idOf(d), d] as const))('scorecard %s', (_id, d) => {
  const objectiveCodes = new Set(d.objectives.map((o) => o.code));

  it('has codes unique per kind (compared as slugs)', () => {
    for (const codes of [d.perspectives.map((p) => p.code), d.objectives.map((o) => o.code), d.kpis.map((k) => k.code), d.initiatives.map((i) => i.code)]) {
      expect(new Set(codes.map(slug)).size).toBe(codes.length);
    }
  });

  it('has perspective weights summing to exactly 100', () => {
    expect(sum(d.perspectives.map((p) => p.weight))).toBe(HUNDRED);
    expect(d.perspectives.map((p) => p.order)).toEqual(d.perspectives.map((_, i) => i + 1));
  });

  it('has objectives in existing perspectives, with weights per perspective either all null or summing to 100', () => {
    for (const p of d.perspectives) {
      const os = d.objectives.filter((o) => o.perspectiveCode === p.code);
      expect(os.length).toBeGreaterThan(0);
      if (os.some((o) => o.weight !== null)) expect(sum(os.map((o) => o.weight!))).toBe(HUNDRED);
    }
    for (const o of d.objectives) expect(d.perspectives.map((p) => p.code)).toContain(o.perspectiveCode);
  });

  it('has KPIs on existing objectives, weights summing to 100 per objective, and a result KPI per objective', () => {
    for (const k of d.kpis) expect(objectiveCodes.has(k.objectiveCode)).toBe(true);
    for (const o of d.objectives) {
      const ks = d.kpis.filter((k) => k.objectiveCode === o.code);
      expect(ks.length).toBeGreaterThan(0);
      expect(sum(ks.map((k) => k.weight))).toBe(HUNDRED);
      expect(ks.some((k) => k.level === 'result')).toBe(true);
    }
  });

  it('has KPIs owned by registered units, with definitions, thresholds and well-formed targets', () => {
    for (const k of d.kpis) {
      expect(units.has(k.ownerUnitId!)).toBe(true);
      expect(k.definition.length).toBeGreaterThan(20);
      expect(k.unitOfMeasure).not.toBe('');
      expect(dec(k.weight) > 0n).toBe(true);
      expect(k.thresholds).not.toBeNull();
      expect(dec(k.thresholds!.green) > dec(k.thresholds!.yellow)).toBe(true);
      const targets = [k.yearlyTarget!, k.endOfTermTarget, ...Object.values(k.periodTargets)].filter((t): t is KpiTarget => t !== null && t !== undefined);
      expect(k.yearlyTarget).not.toBeNull();
      for (const t of targets) {
        expect(isRangeTarget(t)).toBe(k.polarity === 'range');
        if (isRangeTarget(t)) {
          expect(t.min).toMatch(DECIMAL_PATTERN);
          expect(t.max).toMatch(DECIMAL_PATTERN);
          expect(dec(t.min) < dec(t.max)).toBe(true);
        } else if (k.valueType === 'categorical') {
          expect(k.grades).toContain(t.value);
        } else if (k.valueType === 'milestone_date') {
          expect(t.value).toMatch(/^2026-\d{2}-\d{2}$/);
        } else {
          expect(t.value).toMatch(DECIMAL_PATTERN);
        }
      }
      expect(k.grades !== null).toBe(k.valueType === 'categorical');
      expect(k.polarity === 'milestone').toBe(k.valueType === 'milestone_date');
      if (k.baseline !== null && NUMERIC.has(k.valueType)) expect(k.baseline).toMatch(DECIMAL_PATTERN);
    }
  });

  it('has period targets for exactly the sub-periods of each KPI frequency, consistent with its aggregation', () => {
    for (const k of d.kpis) {
      const keys = Object.keys(k.periodTargets) as PeriodCode[];
      const expected = k.frequency === 'yearly' ? [] : periodsOf(k.frequency);
      expect({ code: k.code, keys }).toEqual({ code: k.code, keys: expected });
      if (keys.length === 0 || k.polarity === 'range') continue;
      const values = keys.map((p) => targetValue(k.periodTargets[p]));
      const yearly = dec(targetValue(k.yearlyTarget));
      switch (k.aggregation) {
        case 'sum':
          expect({ code: k.code, total: sum(values) }).toEqual({ code: k.code, total: yearly });
          break;
        case 'last':
          expect({ code: k.code, last: dec(values[values.length - 1]!) }).toEqual({ code: k.code, last: yearly });
          break;
        case 'average': {
          const n = BigInt(values.length);
          const diff = sum(values) - n * yearly;
          expect((diff < 0n ? -diff : diff) * 100n <= 5n * n * yearly).toBe(true);
          break;
        }
        default:
          throw new Error(`no consistency rule for ${k.aggregation}`);
      }
    }
  });

  it('has an acyclic strategy map between existing objectives', () => {
    for (const l of d.links) {
      expect(objectiveCodes.has(l.from)).toBe(true);
      expect(objectiveCodes.has(l.to)).toBe(true);
      expect(l.from).not.toBe(l.to);
    }
    const indegree = new Map(d.objectives.map((o) => [o.code, 0]));
    for (const l of d.links) indegree.set(l.to, indegree.get(l.to)! + 1);
    const queue = [...indegree].filter(([, n]) => n === 0).map(([c]) => c);
    let visited = 0;
    while (queue.length > 0) {
      const c = queue.shift()!;
      visited++;
      for (const l of d.links.filter((x) => x.from === c)) {
        indegree.set(l.to, indegree.get(l.to)! - 1);
        if (indegree.get(l.to) === 0) queue.push(l.to);
      }
    }
    expect(visited).toBe(d.objectives.length);
  });

  it('has initiatives on existing objectives, nested program > kegiatan > sub_kegiatan, within budget and within 2026', () => {
    const byCode = new Map(d.initiatives.map((i) => [i.code, i]));
    const parentLevel = { program: null, kegiatan: 'program', sub_kegiatan: 'kegiatan' } as const;
    for (const i of d.initiatives) {
      expect(i.objectiveCodes.length).toBeGreaterThan(0);
      for (const c of i.objectiveCodes) expect(objectiveCodes.has(c)).toBe(true);
      expect(units.has(i.ownerUnitId)).toBe(true);
      expect(i.budgetCeiling).toMatch(DECIMAL_PATTERN);
      expect(i.schedule.start).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(i.schedule.end).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(i.schedule.start <= i.schedule.end).toBe(true);
      if (i.parentCode === null) {
        expect(i.level).toBe('program');
      } else {
        const parent = byCode.get(i.parentCode)!;
        expect(parent.level).toBe(parentLevel[i.level]);
        expect(parent.schedule.start <= i.schedule.start && i.schedule.end <= parent.schedule.end).toBe(true);
      }
      const children = d.initiatives.filter((c) => c.parentCode === i.code);
      if (children.length > 0) expect(sum(children.map((c) => c.budgetCeiling)) <= dec(i.budgetCeiling)).toBe(true);
    }
  });
});

describe('cascading', () => {
  it('leaves the Bupati scorecard uncascaded', () => {
    expect(bupatiScorecard.objectives.every((o) => o.contributesTo === null)).toBe(true);
    expect(bupatiScorecard.kpis.every((k) => k.cascadedFrom === null)).toBe(true);
  });

  it('points contributesTo at an objective of a scorecard of an ancestor unit', () => {
    for (const d of opdScorecards) {
      for (const o of d.objectives) {
        if (o.contributesTo === null) continue;
        expect(o.contributesTo).toBe(itemId(scorecardIdOf('pemda', 2026, null), parseItemId(o.contributesTo)!.codeSlug));
        const parent = objectiveExists(o.contributesTo);
        expect(parent).toBeDefined();
        expect(isStrictAncestor(parent!.unitId, d.unitId)).toBe(true);
      }
    }
  });

  it('points cascadedFrom at a KPI of an ancestor unit, keeping its measurement and taking its target (or the share of it)', () => {
    let shares = 0;
    for (const d of opdScorecards) {
      for (const k of d.kpis) {
        if (k.cascadedFrom === null) continue;
        const parent = kpiById(k.cascadedFrom.kpiId);
        expect(parent).toBeDefined();
        expect(isStrictAncestor(parent!.doc.unitId, d.unitId)).toBe(true);
        const p = parent!.kpi;
        expect([k.valueType, k.polarity, k.unitOfMeasure, k.frequency, k.aggregation]).toEqual([p.valueType, p.polarity, p.unitOfMeasure, p.frequency, p.aggregation]);
        // The OPD (or one of its sub-units) owns the KPI it took over.
        expect(k.ownerUnitId === d.unitId || isStrictAncestor(d.unitId, k.ownerUnitId!)).toBe(true);
        if (k.cascadedFrom.share === null) {
          expect(k.yearlyTarget).toEqual(p.yearlyTarget);
          expect(p.ownerUnitId).toBe(d.unitId);
        } else {
          shares++;
          expect(k.cascadedFrom.share).toBe('50');
          expect(dec(targetValue(k.yearlyTarget)) * 2n).toBe(dec(targetValue(p.yearlyTarget)));
        }
      }
    }
    expect(shares).toBeGreaterThanOrEqual(1);
  });

  it('has exactly one orphan objective among the cascaded scorecards', () => {
    const orphans = opdScorecards.flatMap((d) => d.objectives.filter((o) => o.contributesTo === null && !isCascaded(d, o.code)).map((o) => itemId(idOf(d), o.code)));
    expect(orphans).toEqual([DEMO_ORPHAN_OBJECTIVE_ID]);
    expect(DEMO_ORPHAN_OBJECTIVE_ID).toBe('diskominfo-2026.ss-03');
  });

  it('has exactly one KPI without a data source', () => {
    const missing = demoScorecards.flatMap((d) => d.kpis.filter((k) => k.dataSource === null).map((k) => itemId(idOf(d), k.code)));
    expect(missing).toEqual([DEMO_KPI_WITHOUT_DATA_SOURCE_ID]);
    expect(opdScorecards.map(idOf)).toContain(parseItemId(DEMO_KPI_WITHOUT_DATA_SOURCE_ID)!.scorecardId);
  });
});

describe('demo realizations', () => {
  it('refer to numeric KPIs owned by the reporting unit, for a period of their frequency', () => {
    expect(new Set(demoRealizations.map((r) => r.kpiId)).size).toBeGreaterThanOrEqual(10);
    const keys = new Set<string>();
    for (const r of demoRealizations) {
      const found = kpiById(r.kpiId);
      expect(found).toBeDefined();
      expect(found!.kpi.ownerUnitId).toBe(r.unitId);
      expect(NUMERIC.has(found!.kpi.valueType)).toBe(true);
      expect(periodsOf(found!.kpi.frequency)).toContain(r.period);
      expect(r.year).toBe(2026);
      expect(r.value).toMatch(DECIMAL_PATTERN);
      const key = `${r.kpiId}/${r.period}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
    expect(demoRealizations.some((r) => kpiById(r.kpiId)!.doc === bupatiScorecard)).toBe(true);
    expect(demoRealizations.some((r) => kpiById(r.kpiId)!.doc !== bupatiScorecard)).toBe(true);
  });

  it('include a few clearly under target (more than 10 % off)', () => {
    const under = demoRealizations.filter((r) => {
      const k = kpiById(r.kpiId)!.kpi;
      const target = dec(targetValue(k.periodTargets[r.period]));
      const value = dec(r.value);
      return k.polarity === 'lower_is_better' ? value * 10n > target * 11n : value * 10n < target * 9n;
    });
    expect(under.length).toBeGreaterThanOrEqual(2);
    expect(under.length).toBeLessThanOrEqual(6);
  });
});
