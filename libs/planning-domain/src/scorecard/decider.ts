import { DomainError, type Decider, type ErrorDetail } from '@capaian/ddd';
import {
  itemId,
  scorecardIdOf,
  slug,
  type Initiative,
  type InitiativeSpec,
  type Kpi,
  type KpiSpec,
  type Objective,
  type ObjectiveSpec,
  type Perspective,
  type PerspectiveSpec,
  type ScorecardDocument,
  type ScorecardHeader,
  type ScorecardProfile,
  type ScorecardSnapshot,
  type StrategyLink,
} from './model.js';
import { checkApprovable, checkBudgets, checkInitiative, checkKpi, checkLink, checkObjective, checkPerspective, deriveCascadedTargets, type Issue, type PlanContext, type PlanView } from './rules.js';
import { equal, evolveScorecard, initialScorecardState, sameLink, type ScorecardEvent, type ScorecardState } from './state.js';

export { SCORECARD_EVENT_SCHEMA_VERSION, SCORECARD_EVENT_TYPES, type ApprovalRecord, type ApprovedUnit, type ScorecardEvent, type ScorecardState } from './state.js';

export type ScorecardCommand =
  | { type: 'create-scorecard'; tenantId: string; unitId: string; year: number; theme: string | null; profile: ScorecardProfile; context: PlanContext }
  | { type: 'update-profile'; profile: ScorecardProfile }
  | { type: 'define-perspective'; perspective: PerspectiveSpec }
  | { type: 'remove-perspective'; code: string }
  | { type: 'define-objective'; objective: ObjectiveSpec; context: PlanContext }
  | { type: 'remove-objective'; code: string }
  | { type: 'link-objectives'; link: StrategyLink }
  | { type: 'unlink-objectives'; link: StrategyLink }
  | { type: 'define-kpi'; kpi: KpiSpec; context: PlanContext }
  | { type: 'remove-kpi'; code: string }
  | { type: 'define-initiative'; initiative: InitiativeSpec; context: PlanContext }
  | { type: 'remove-initiative'; code: string }
  | { type: 'import-document'; tenantId: string; document: ScorecardDocument; context: PlanContext }
  | { type: 'approve'; signedBy: string; context: PlanContext }
  | { type: 'open-revision'; reason: string };

// ---------------------------------------------------------------------------------------------

/** One command, one item: the first problem gives the code (all are in details). A document: PLAN_INVALID. */
function toError(issues: Issue[], whole: boolean): DomainError {
  const first = issues[0]!;
  if (!whole || issues.length === 1) {
    const message = issues.length === 1 ? first.message : `${first.message} (+${issues.length - 1} masalah lain / more problems in details)`;
    return new DomainError(first.code, message, first.field, first.kind ?? 'unprocessable', toDetails(issues));
  }
  return new DomainError('PLAN_INVALID', `${issues.length} masalah pada rencana; lihat details / ${issues.length} problems in the plan, see details`, first.field, 'unprocessable', toDetails(issues));
}
function toDetails(issues: Issue[]): ErrorDetail[] {
  return issues.map((i) => ({ field: i.field, errors: [i.message], code: i.code, item: i.item, itemCode: i.itemCode }));
}
function fail(issues: Issue[], whole = false): void {
  if (issues.length > 0) throw toError(issues, whole);
}

function planOf(state: ScorecardState): PlanView {
  const h = state.header!;
  return {
    scorecardId: h.scorecardId,
    unitId: h.unitId,
    year: h.year,
    perspectives: new Map(state.perspectives),
    objectives: new Map(state.objectives),
    links: [...state.links],
    kpis: new Map(state.kpis),
    initiatives: new Map(state.initiatives),
  };
}

function existing(state: ScorecardState): ScorecardHeader {
  if (!state.header) throw new DomainError('SCORECARD_NOT_FOUND', 'Kartu kinerja tidak ditemukan / scorecard not found', 'scorecardId', 'not_found');
  return state.header;
}

/** Edits are allowed on a draft and during a revision; an approved plan is locked. */
function editable(state: ScorecardState): ScorecardHeader {
  const h = existing(state);
  if (state.status === 'approved') {
    throw new DomainError(
      'SCORECARD_LOCKED',
      `Kartu kinerja versi ${state.version} sudah ditetapkan sebagai Perjanjian Kinerja; buka revisi dengan alasan terlebih dahulu / the plan is approved and locked: open a revision with a reason first`,
      'status',
      'conflict',
    );
  }
  return h;
}

function checkProfile(p: ScorecardProfile): Issue[] {
  const out: Issue[] = [];
  if (!p.title.trim()) out.push({ item: 'profile', itemCode: null, field: 'title', code: 'TITLE_REQUIRED', message: 'Judul kartu kinerja wajib diisi / title is required' });
  return out;
}

function checkUnit(ctx: PlanContext, unitId: string): Issue[] {
  const u = ctx.org.get(unitId);
  if (!u || u.status !== 'active') {
    return [
      {
        item: 'profile',
        itemCode: null,
        field: 'unitId',
        code: 'UNKNOWN_UNIT',
        message: `Unit "${unitId}" tidak terdaftar atau tidak aktif di pohon organisasi / the unit is not an active unit of the organization tree`,
      },
    ];
  }
  return [];
}

function usageOfObjective(state: ScorecardState, code: string): string[] {
  const s = slug(code);
  return [
    ...[...state.kpis.values()].filter((k) => slug(k.objectiveCode) === s).map((k) => `IKU ${k.code}`),
    ...[...state.initiatives.values()].filter((i) => i.objectiveCodes.some((o) => slug(o) === s)).map((i) => `inisiatif ${i.code}`),
  ];
}

/** Every rule over a whole document; all problems at once (an import reports them all). */
export function validateDocument(doc: ScorecardDocument, scorecardId: string, ctx: PlanContext): Issue[] {
  const plan: PlanView = {
    scorecardId,
    unitId: doc.unitId,
    year: doc.year,
    perspectives: new Map(),
    objectives: new Map(),
    links: [],
    kpis: new Map(),
    initiatives: new Map(),
  };
  const issues: Issue[] = [...checkUnit(ctx, doc.unitId), ...checkProfile(doc)];
  const dup = (item: Issue['item'], code: string): Issue => ({
    item,
    itemCode: code,
    field: 'code',
    code: 'DUPLICATE_CODE',
    message: `Kode "${code}" dipakai lebih dari sekali / the code is used more than once in this scorecard`,
  });
  const collect = <T extends { code: string }>(item: Issue['item'], list: T[], into: Map<string, T>) => {
    for (const x of list) {
      if (into.has(slug(x.code))) issues.push(dup(item, x.code));
      else into.set(slug(x.code), x);
    }
  };
  collect('perspective', doc.perspectives, plan.perspectives);
  collect('objective', doc.objectives, plan.objectives);
  collect('kpi', doc.kpis, plan.kpis);
  collect('initiative', doc.initiatives, plan.initiatives);
  for (const p of doc.perspectives) issues.push(...checkPerspective(p));
  for (const o of doc.objectives) issues.push(...checkObjective(o, plan, ctx));
  for (const l of doc.links) {
    const problems = checkLink(l, plan, plan.links);
    issues.push(...problems);
    if (problems.length === 0 && !plan.links.some((x) => sameLink(x, l))) plan.links.push(l);
  }
  for (const k of doc.kpis) issues.push(...checkKpi(k, plan, ctx));
  for (const i of doc.initiatives) issues.push(...checkInitiative(i, plan, ctx));
  issues.push(...checkBudgets(plan));
  return issues;
}

const LEVEL_ORDER = { program: 0, kegiatan: 1, sub_kegiatan: 2 } as const;

/** The events that turn the current content into the document's (removals first, then additions and changes). */
function importEvents(state: ScorecardState, header: ScorecardHeader, doc: ScorecardDocument, ctx: PlanContext): ScorecardEvent[] {
  const events: ScorecardEvent[] = [];
  const sid = header.scorecardId;
  const profile: ScorecardProfile = { title: doc.title, vision: doc.vision, missions: doc.missions, goals: doc.goals };
  if (!state.header) events.push({ type: 'scorecard-created', data: { header: { ...header, ...profile } } });
  else if (!equal({ title: header.title, vision: header.vision, missions: header.missions, goals: header.goals }, profile)) {
    events.push({ type: 'scorecard-profile-updated', data: { profile } });
  }
  const wanted = <T extends { code: string }>(list: T[]) => new Set(list.map((x) => slug(x.code)));
  const keepLinks = doc.links;
  for (const l of state.links) if (!keepLinks.some((x) => sameLink(x, l))) events.push({ type: 'objectives-unlinked', data: l });
  const initiativesWanted = wanted(doc.initiatives);
  const removedInitiatives = [...state.initiatives.values()].filter((i) => !initiativesWanted.has(slug(i.code))).sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  for (const i of removedInitiatives) events.push({ type: 'initiative-removed', data: { code: i.code } });
  const kpisWanted = wanted(doc.kpis);
  for (const k of state.kpis.values()) if (!kpisWanted.has(slug(k.code))) events.push({ type: 'scorecard-kpi-removed', data: { code: k.code, kpiId: k.kpiId } });
  const objectivesWanted = wanted(doc.objectives);
  for (const o of state.objectives.values()) if (!objectivesWanted.has(slug(o.code))) events.push({ type: 'objective-removed', data: { code: o.code } });
  const perspectivesWanted = wanted(doc.perspectives);
  for (const p of state.perspectives.values()) if (!perspectivesWanted.has(slug(p.code))) events.push({ type: 'perspective-removed', data: { code: p.code } });

  for (const p of doc.perspectives) {
    const perspective: Perspective = { ...p, perspectiveId: itemId(sid, p.code) };
    if (!equal(state.perspectives.get(slug(p.code)), perspective)) events.push({ type: 'perspective-defined', data: { perspective } });
  }
  for (const o of doc.objectives) {
    const objective: Objective = { ...o, objectiveId: itemId(sid, o.code) };
    if (!equal(state.objectives.get(slug(o.code)), objective)) events.push({ type: 'objective-defined', data: { objective } });
  }
  for (const l of doc.links) if (!state.links.some((x) => sameLink(x, l))) events.push({ type: 'objectives-linked', data: { from: l.from, to: l.to } });
  for (const k of doc.kpis) {
    const kpi: Kpi = { ...deriveCascadedTargets(k, ctx), kpiId: itemId(sid, k.code) };
    if (!equal(state.kpis.get(slug(k.code)), kpi)) events.push({ type: 'scorecard-kpi-defined', data: { kpi } });
  }
  for (const i of [...doc.initiatives].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])) {
    const initiative: Initiative = { ...i, initiativeId: itemId(sid, i.code) };
    if (!equal(state.initiatives.get(slug(i.code)), initiative)) events.push({ type: 'initiative-defined', data: { initiative } });
  }
  return events;
}

export function snapshotOf(state: ScorecardState, version: number): ScorecardSnapshot {
  const byOrder = <T extends { code: string }>(r: ReadonlyMap<string, T>) => [...r.values()].sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }));
  return {
    header: existing(state),
    version,
    perspectives: [...state.perspectives.values()].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code)),
    objectives: byOrder(state.objectives),
    links: [...state.links],
    kpis: byOrder(state.kpis),
    initiatives: byOrder(state.initiatives),
  };
}

/** The scorecard's content as a document (for export). */
export function documentOf(state: ScorecardState): ScorecardDocument {
  const h = existing(state);
  const snap = snapshotOf(state, state.version);
  /* eslint-disable @typescript-eslint/no-unused-vars */
  return {
    unitId: h.unitId,
    year: h.year,
    theme: h.theme,
    title: h.title,
    vision: h.vision,
    missions: h.missions,
    goals: h.goals,
    perspectives: snap.perspectives.map(({ perspectiveId, ...p }) => p),
    objectives: snap.objectives.map(({ objectiveId, ...o }) => o),
    links: snap.links,
    kpis: snap.kpis.map(({ kpiId, ...k }) => k),
    initiatives: snap.initiatives.map(({ initiativeId, ...i }) => i),
  };
  /* eslint-enable @typescript-eslint/no-unused-vars */
}

function decide(command: ScorecardCommand, state: ScorecardState): ScorecardEvent[] {
  switch (command.type) {
    case 'create-scorecard': {
      const scorecardId = scorecardIdOf(command.unitId, command.year, command.theme);
      if (state.header) throw new DomainError('SCORECARD_EXISTS', `Kartu kinerja ${scorecardId} sudah ada / the scorecard already exists`, 'unitId', 'conflict');
      fail([...checkUnit(command.context, command.unitId), ...checkProfile(command.profile)]);
      const header: ScorecardHeader = { scorecardId, tenantId: command.tenantId, unitId: command.unitId, year: command.year, theme: command.theme ? slug(command.theme) : null, ...command.profile };
      return [{ type: 'scorecard-created', data: { header } }];
    }
    case 'update-profile': {
      const h = editable(state);
      fail(checkProfile(command.profile));
      if (equal({ title: h.title, vision: h.vision, missions: h.missions, goals: h.goals }, command.profile)) return [];
      return [{ type: 'scorecard-profile-updated', data: { profile: command.profile } }];
    }
    case 'define-perspective': {
      const h = editable(state);
      fail(checkPerspective(command.perspective));
      const perspective: Perspective = { ...command.perspective, perspectiveId: itemId(h.scorecardId, command.perspective.code) };
      return equal(state.perspectives.get(slug(perspective.code)), perspective) ? [] : [{ type: 'perspective-defined', data: { perspective } }];
    }
    case 'remove-perspective': {
      editable(state);
      const p = state.perspectives.get(slug(command.code));
      if (!p) throw new DomainError('PERSPECTIVE_NOT_FOUND', `Perspektif "${command.code}" tidak ditemukan / perspective not found`, 'code', 'not_found');
      const used = [...state.objectives.values()].filter((o) => slug(o.perspectiveCode) === slug(p.code));
      if (used.length > 0) {
        throw new DomainError('PERSPECTIVE_IN_USE', `Perspektif ${p.code} masih memuat sasaran ${used.map((o) => o.code).join(', ')} / move or remove its objectives first`, 'code', 'conflict');
      }
      return [{ type: 'perspective-removed', data: { code: p.code } }];
    }
    case 'define-objective': {
      const h = editable(state);
      fail(checkObjective(command.objective, planOf(state), command.context));
      const objective: Objective = { ...command.objective, objectiveId: itemId(h.scorecardId, command.objective.code) };
      return equal(state.objectives.get(slug(objective.code)), objective) ? [] : [{ type: 'objective-defined', data: { objective } }];
    }
    case 'remove-objective': {
      editable(state);
      const o = state.objectives.get(slug(command.code));
      if (!o) throw new DomainError('OBJECTIVE_NOT_FOUND', `Sasaran "${command.code}" tidak ditemukan / objective not found`, 'code', 'not_found');
      const used = usageOfObjective(state, o.code);
      if (used.length > 0) throw new DomainError('OBJECTIVE_IN_USE', `Sasaran ${o.code} masih dipakai oleh ${used.join(', ')} / remove or move them first`, 'code', 'conflict');
      const links = state.links.filter((l) => slug(l.from) === slug(o.code) || slug(l.to) === slug(o.code));
      return [...links.map((l): ScorecardEvent => ({ type: 'objectives-unlinked', data: l })), { type: 'objective-removed', data: { code: o.code } }];
    }
    case 'link-objectives': {
      editable(state);
      if (state.links.some((l) => sameLink(l, command.link))) return [];
      fail(checkLink(command.link, planOf(state), state.links));
      const from = state.objectives.get(slug(command.link.from))!.code;
      const to = state.objectives.get(slug(command.link.to))!.code;
      return [{ type: 'objectives-linked', data: { from, to } }];
    }
    case 'unlink-objectives': {
      editable(state);
      const link = state.links.find((l) => sameLink(l, command.link));
      if (!link) throw new DomainError('LINK_NOT_FOUND', `Tautan ${command.link.from} -> ${command.link.to} tidak ada / no such link`, 'to', 'not_found');
      return [{ type: 'objectives-unlinked', data: link }];
    }
    case 'define-kpi': {
      const h = editable(state);
      fail(checkKpi(command.kpi, planOf(state), command.context));
      const kpi: Kpi = { ...deriveCascadedTargets(command.kpi, command.context), kpiId: itemId(h.scorecardId, command.kpi.code) };
      return equal(state.kpis.get(slug(kpi.code)), kpi) ? [] : [{ type: 'scorecard-kpi-defined', data: { kpi } }];
    }
    case 'remove-kpi': {
      editable(state);
      const k = state.kpis.get(slug(command.code));
      if (!k) throw new DomainError('KPI_NOT_FOUND', `IKU "${command.code}" tidak ditemukan / KPI not found`, 'code', 'not_found');
      return [{ type: 'scorecard-kpi-removed', data: { code: k.code, kpiId: k.kpiId } }];
    }
    case 'define-initiative': {
      const h = editable(state);
      const plan = planOf(state);
      fail(checkInitiative(command.initiative, plan, command.context));
      plan.initiatives.set(slug(command.initiative.code), command.initiative);
      fail(checkBudgets(plan));
      const initiative: Initiative = { ...command.initiative, initiativeId: itemId(h.scorecardId, command.initiative.code) };
      return equal(state.initiatives.get(slug(initiative.code)), initiative) ? [] : [{ type: 'initiative-defined', data: { initiative } }];
    }
    case 'remove-initiative': {
      editable(state);
      const i = state.initiatives.get(slug(command.code));
      if (!i) throw new DomainError('INITIATIVE_NOT_FOUND', `Inisiatif "${command.code}" tidak ditemukan / initiative not found`, 'code', 'not_found');
      const children = [...state.initiatives.values()].filter((c) => c.parentCode !== null && slug(c.parentCode) === slug(i.code));
      if (children.length > 0)
        throw new DomainError('INITIATIVE_HAS_CHILDREN', `Inisiatif ${i.code} masih memiliki turunan ${children.map((c) => c.code).join(', ')} / remove its children first`, 'code', 'conflict');
      return [{ type: 'initiative-removed', data: { code: i.code } }];
    }
    case 'import-document': {
      const doc = command.document;
      const scorecardId = scorecardIdOf(doc.unitId, doc.year, doc.theme);
      if (state.header) {
        editable(state);
        if (state.header.scorecardId !== scorecardId) {
          throw new DomainError('DOCUMENT_FOR_ANOTHER_SCORECARD', `Berkas ini untuk kartu kinerja ${scorecardId}, bukan ${state.header.scorecardId} / the file describes another scorecard`, 'unitId');
        }
      }
      fail(validateDocument(doc, scorecardId, command.context), true);
      const header: ScorecardHeader = state.header ?? {
        scorecardId,
        tenantId: command.tenantId,
        unitId: doc.unitId,
        year: doc.year,
        theme: doc.theme ? slug(doc.theme) : null,
        title: doc.title,
        vision: doc.vision,
        missions: doc.missions,
        goals: doc.goals,
      };
      return importEvents(state, header, doc, command.context);
    }
    case 'approve': {
      const h = existing(state);
      if (state.status === 'approved') throw new DomainError('ALREADY_APPROVED', `Versi ${state.version} sudah ditetapkan / this version is already approved`, 'status', 'conflict');
      if (!command.signedBy.trim()) throw new DomainError('SIGNER_REQUIRED', 'Nama penandatangan Perjanjian Kinerja wajib diisi / signedBy is required', 'signedBy');
      fail(checkApprovable(planOf(state)));
      const unit = command.context.org.get(h.unitId);
      const version = state.version + 1;
      return [
        {
          type: 'scorecard-approved',
          data: {
            version,
            signedBy: command.signedBy,
            reason: state.revisionReason,
            unit: { unitId: h.unitId, name: unit?.name ?? h.unitId, kind: unit?.kind ?? 'unknown', parentId: unit?.parentId ?? null },
            snapshot: snapshotOf(state, version),
          },
        },
      ];
    }
    case 'open-revision': {
      const h = existing(state);
      if (state.status !== 'approved') {
        throw new DomainError(
          'NOT_APPROVED',
          state.status === 'draft' ? 'Kartu kinerja masih draf; ubah langsung tanpa revisi / the plan is still a draft: edit it directly' : 'Revisi sudah dibuka / a revision is already open',
          'status',
          'conflict',
        );
      }
      if (command.reason.trim().length < 5) throw new DomainError('REASON_REQUIRED', 'Alasan revisi wajib diisi (minimal 5 karakter) / a revision needs a reason (at least 5 characters)', 'reason');
      return [{ type: 'scorecard-revision-opened', data: { scorecardId: h.scorecardId, unitId: h.unitId, year: h.year, fromVersion: state.version, reason: command.reason } }];
    }
  }
}

export const scorecardDecider: Decider<ScorecardCommand, ScorecardEvent, ScorecardState> = { initialState: initialScorecardState, evolve: evolveScorecard, decide };
