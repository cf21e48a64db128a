import type { ApiProblem } from '../../api/errors';
import { importProblems, type ImportProblem } from '../realizations/importReport';

/** The sheets of the scorecard template, in the workbook's order (the report follows it). */
export const PLAN_SHEETS = ['Profil', 'Perspektif', 'Sasaran', 'Peta Strategi', 'IKU', 'Inisiatif'] as const;

export interface PlanReport {
  /** Every problem, by sheet (template order; others after) then row. */
  rows: ImportProblem[];
  /** Problems not tied to a row (the file as a whole, a rule across the plan). */
  general: number;
  /** Sheets with problems and how many each has, in the report's order. */
  bySheet: { sheet: string; count: number }[];
}

const sheetRank = (sheet: string | null) => {
  const i = sheet === null ? -1 : (PLAN_SHEETS as readonly string[]).indexOf(sheet);
  return i < 0 ? PLAN_SHEETS.length : i;
};

/** The per-row report of a refused plan upload (422 IMPORT_INVALID, or 400 about the file itself). */
export function planReport(problem: ApiProblem | undefined): PlanReport {
  const rows = importProblems(problem).sort((a, b) => sheetRank(a.sheet) - sheetRank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  const counts = new Map<string, number>();
  for (const r of rows) if (r.sheet) counts.set(r.sheet, (counts.get(r.sheet) ?? 0) + 1);
  return { rows, general: rows.filter((r) => r.row === null).length, bySheet: [...counts].map(([sheet, count]) => ({ sheet, count })) };
}

/** What an accepted import wrote, counted by kind of item (from the answer's event types). */
export const CREATED_KINDS = ['scorecard', 'profile', 'perspectives', 'objectives', 'links', 'kpis', 'initiatives', 'removed'] as const;
export type CreatedKind = (typeof CREATED_KINDS)[number];

const KIND_OF_EVENT = new Map<string, CreatedKind>([
  ['scorecard-created', 'scorecard'],
  ['scorecard-profile-updated', 'profile'],
  ['perspective-defined', 'perspectives'],
  ['objective-defined', 'objectives'],
  ['objectives-linked', 'links'],
  ['scorecard-kpi-defined', 'kpis'],
  ['initiative-defined', 'initiatives'],
  ['perspective-removed', 'removed'],
  ['objective-removed', 'removed'],
  ['objectives-unlinked', 'removed'],
  ['scorecard-kpi-removed', 'removed'],
  ['initiative-removed', 'removed'],
]);

/** Counts of what the import recorded, only the kinds it touched, in a fixed order; `created` when it made a new scorecard. */
export function writtenSummary(eventTypes: readonly string[]): { created: boolean; counts: { kind: CreatedKind; count: number }[]; other: number } {
  const counts = new Map<CreatedKind, number>();
  let other = 0;
  for (const type of eventTypes) {
    const kind = KIND_OF_EVENT.get(type);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    else other++;
  }
  return {
    created: counts.has('scorecard'),
    counts: CREATED_KINDS.filter((k) => k !== 'scorecard' && counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 })),
    other,
  };
}
