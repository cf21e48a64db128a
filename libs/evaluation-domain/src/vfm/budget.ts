import type { AnyIntegrationEvent, PeriodCode } from '@capaian/contracts';
import { Decimal, decimalString, readDecimal } from '@capaian/scoring';
import { Wide } from './arith.js';

/**
 * Budget facts (realisasi anggaran) as evaluation knows them, folded from the measurement service's
 * `measurement.budget-realization-recorded` / `-corrected` integration events kept in evaluation's
 * store. One fact per tenant, initiative and budget year:
 * - each period keeps its latest amount (highest `amountRevision`; a correction supersedes, an
 *   older revision arriving late is ignored);
 * - `realized` = the sum of the current amounts of every period (exact decimal sum). The measurement
 *   aggregate fixes one period granularity per initiative and year, so no rupiah is counted twice.
 * The ceiling (pagu) used by value for money is the plan's (the approved scorecard version in
 * force), not the one repeated in the event (`reportedCeiling`, kept for reference only).
 * Pure and replayable: same events in the same order, same facts, whatever the clock.
 */
export interface BudgetPeriodAmount {
  amount: string;
  amountRevision: number;
  /** Store position of the event that gave this amount. */
  position: number;
}

export interface BudgetFact {
  tenantId: string;
  initiativeId: string;
  /** The unit that reported the realization (latest event). */
  unitId: string;
  year: number;
  /** Current amount of each period reported. */
  periods: Map<PeriodCode, BudgetPeriodAmount>;
  /** Sum of the current period amounts (decimal string, Rupiah). */
  realized: string;
  /** The ceiling repeated in the latest event (the plan version measurement knew then); informational. */
  reportedCeiling: string;
  /** Store positions of the events folded into this fact. */
  positions: { from: number; to: number };
}

export interface BudgetFacts {
  /** `<tenant>/<initiativeId>/<year>` -> fact. */
  facts: Map<string, BudgetFact>;
  /** Highest store position folded in (budget events or not). */
  position: number;
}

export function emptyBudgetFacts(): BudgetFacts {
  return { facts: new Map(), position: 0 };
}

const factKey = (tenantId: string, initiativeId: string, year: number) => `${tenantId}/${initiativeId}/${year}`;

/**
 * Folds one stored integration event into the budget facts (mutates and returns `state`).
 * Events of other types only move `position`. Same signature as `applyInput` (inputs.ts), so both
 * can be fed from the same loop.
 */
export function applyBudgetInput(state: BudgetFacts, { event, position }: { event: AnyIntegrationEvent; position: number }): BudgetFacts {
  state.position = Math.max(state.position, position);
  if (event.type !== 'measurement.budget-realization-recorded' && event.type !== 'measurement.budget-realization-corrected') return state;
  const d = event.data;
  const k = factKey(event.tenantId, d.initiativeId, d.year);
  const fact: BudgetFact = state.facts.get(k) ?? {
    tenantId: event.tenantId,
    initiativeId: d.initiativeId,
    unitId: d.unitId,
    year: d.year,
    periods: new Map(),
    realized: '0',
    reportedCeiling: d.budgetCeiling,
    positions: { from: position, to: position },
  };
  const current = fact.periods.get(d.period);
  if (!current || current.amountRevision <= d.amountRevision) {
    fact.periods.set(d.period, { amount: d.amount, amountRevision: d.amountRevision, position });
    fact.unitId = d.unitId;
    fact.reportedCeiling = d.budgetCeiling;
    fact.realized = sumAmounts(fact.periods);
  }
  fact.positions = { from: Math.min(fact.positions.from, position), to: Math.max(fact.positions.to, position) };
  state.facts.set(k, fact);
  return state;
}

function sumAmounts(periods: Map<PeriodCode, BudgetPeriodAmount>): string {
  let sum = new Wide(0);
  for (const p of periods.values()) {
    const amount = readDecimal(p.amount);
    if (amount !== null) sum = sum.plus(amount.toString());
  }
  return decimalString(new Decimal(sum.toString()));
}

/** The budget facts of a stored history (`{ position, data: integration event }`), optionally as known at an instant or up to a position (as `inputsAsOf`). */
export function foldBudgetFacts(events: Iterable<{ position: number; data: unknown }>, limit: { asOf?: Date; toPosition?: number } = {}): BudgetFacts {
  const state = emptyBudgetFacts();
  for (const e of events) {
    const event = e.data as AnyIntegrationEvent;
    if (limit.toPosition !== undefined && e.position > limit.toPosition) continue;
    if (limit.asOf && new Date(event.occurredAt) > limit.asOf) continue;
    applyBudgetInput(state, { event, position: e.position });
  }
  return state;
}

export function budgetFactOf(state: BudgetFacts, tenantId: string, initiativeId: string, year: number): BudgetFact | undefined {
  return state.facts.get(factKey(tenantId, initiativeId, year));
}

/** The facts of the given initiatives for a year, by initiative id (what `valueForMoney` takes as `budget`). */
export function budgetOfInitiatives(state: BudgetFacts, tenantId: string, year: number, initiativeIds: Iterable<string>): Map<string, BudgetFact> {
  const out = new Map<string, BudgetFact>();
  for (const id of initiativeIds) {
    const fact = budgetFactOf(state, tenantId, id, year);
    if (fact) out.set(id, fact);
  }
  return out;
}
