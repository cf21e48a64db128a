import type { AnyIntegrationEvent } from '@capaian/contracts';
import { applyInput, emptyInputs, type EvaluationInputs } from './inputs.js';

/** A stored event as the projection needs it (structurally a RecordedEvent of the event store). */
export interface StoredInput {
  position: number;
  data: unknown;
}

/**
 * Evaluation's projection: every stored integration event folded into the inputs, from which
 * scores are computed on demand. Rebuilding = a fresh projection fed with the store from position 0.
 */
export interface EvaluationProjection {
  readonly inputs: EvaluationInputs;
  apply(e: StoredInput): void;
  /** A summary of what was folded (used by the rebuild's progress line and the bench). */
  finish(): { events: number; position: number; scorecards: number; kpiPeriods: number; orgUnits: number };
}

export function createEvaluationProjection(): EvaluationProjection {
  const inputs = emptyInputs();
  return {
    inputs,
    apply(e) {
      applyInput(inputs, { event: e.data as AnyIntegrationEvent, position: e.position });
    },
    finish() {
      let kpiPeriods = 0;
      for (const periods of inputs.values.values()) kpiPeriods += periods.size;
      return { events: inputs.events, position: inputs.position, scorecards: inputs.scorecards.size, kpiPeriods, orgUnits: inputs.org.size };
    },
  };
}
