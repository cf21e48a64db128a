/** Planning's facts (topic planning.events.v1): the schemas and types of the integration events planning publishes. */
import { z } from 'zod';
import { AGGREGATIONS, FREQUENCIES, INITIATIVE_LEVELS, KPI_LEVELS, NUMERIC_VALUE_TYPES, PERIOD_CODES, POLARITIES, VALUE_TYPES, type ValueType } from '@capaian/kernel';
import { date, decimal, id, integer, nullableText, strings, text, year } from './schema.js';

// The vocabulary is the shared kernel's; the contracts' v1 names stay for their consumers.
export { POLARITIES, type Polarity } from '@capaian/kernel';
export const KPI_LEVELS_V1 = KPI_LEVELS;
export const VALUE_TYPES_V1 = VALUE_TYPES;
export const AGGREGATIONS_V1 = AGGREGATIONS;
export const INITIATIVE_LEVELS_V1 = INITIATIVE_LEVELS;
export type ValueTypeV1 = ValueType;
/** Value types whose realization value is a decimal string. */
export const NUMERIC_VALUE_TYPES_V1: readonly ValueTypeV1[] = NUMERIC_VALUE_TYPES;

/** A target: `value` (decimal, grade or YYYY-MM-DD per the KPI's value type) or a `min`/`max` band (range KPIs). */
const TARGET_V1 = z.object({ value: z.string().optional(), min: decimal().optional(), max: decimal().optional() });
export type TargetV1 = z.infer<typeof TARGET_V1>;

const APPROVED_KPI_V1 = z.object({
  kpiId: id().describe('Global id `<scorecardId>.<code-slug>`: what realizations refer to.'),
  code: id(),
  objectiveId: id(),
  name: id(),
  unitOfMeasure: text(),
  definition: text(),
  dataSource: nullableText(),
  ownerUnitId: nullableText().describe("Unit whose operators report the KPI's realizations."),
  frequency: z.enum(FREQUENCIES),
  level: z.enum(KPI_LEVELS_V1),
  polarity: z.enum(POLARITIES),
  valueType: z.enum(VALUE_TYPES_V1),
  grades: strings().nullable().describe('categorical only, best first'),
  aggregation: z.enum(AGGREGATIONS_V1),
  weight: decimal().describe('Relative weight, compared with the KPIs it is averaged with: those of its objective (rollup.perspectiveMode objectives) or of its perspective (kpis).'),
  baseline: nullableText(),
  yearlyTarget: TARGET_V1.nullable(),
  periodTargets: z.array(z.object({ period: z.enum(PERIOD_CODES), target: TARGET_V1 })),
  endOfTermTarget: TARGET_V1.nullable(),
  thresholds: z.object({ green: decimal(), yellow: decimal() }).nullable().describe('Achievement percentages for the traffic light.'),
  cascadedFrom: z.object({ kpiId: id(), share: decimal().nullable() }).nullable(),
});
export type ApprovedKpiV1 = z.infer<typeof APPROVED_KPI_V1>;

/**
 * planning.scorecard-approved v1: a unit's plan for a year was approved as a Perjanjian Kinerja
 * (version 1), or a revision of it was approved (version 2, 3...). Carries the whole plan, so a
 * consumer replaces what it knew of this scorecard with it (event-carried state transfer).
 */
export const SCORECARD_APPROVED_V1 = z.object({
  scorecardId: id(),
  unitId: id(),
  unitName: id(),
  unitKind: id().describe('pemda | opd | bidang | seksi | asn_position'),
  parentUnitId: nullableText(),
  year: year(),
  theme: nullableText().describe('null for the unit\'s main scorecard; e.g. "spbe" for a thematic one.'),
  title: id(),
  vision: text(),
  missions: strings(),
  goals: strings(),
  version: integer(1),
  signedBy: id(),
  revisionReason: nullableText().describe('Why this version replaced the previous one (null for version 1).'),
  perspectives: z.array(z.object({ perspectiveId: id(), code: id(), name: id(), order: integer(1), weight: decimal() })),
  objectives: z.array(z.object({ objectiveId: id(), code: id(), perspectiveId: id(), name: id(), weight: decimal().nullable(), contributesTo: nullableText() })),
  links: z.array(z.object({ fromObjectiveId: id(), toObjectiveId: id() })).describe('Strategy map: cause -> effect between objective ids.'),
  kpis: z.array(APPROVED_KPI_V1),
  initiatives: z.array(
    z.object({
      initiativeId: id(),
      code: id(),
      level: z.enum(INITIATIVE_LEVELS_V1),
      name: id(),
      parentId: nullableText(),
      objectiveIds: strings(),
      budgetCeiling: decimal().describe('Pagu anggaran, Rupiah.'),
      ownerUnitId: id(),
      start: date(),
      end: date(),
    }),
  ),
});
export type ScorecardApprovedV1 = z.infer<typeof SCORECARD_APPROVED_V1>;

/**
 * planning.scorecard-revision-opened v1: an approved plan is being revised (with a reason). The
 * approved version stays in force until the revision is approved (scorecard-approved, next version).
 */
export const SCORECARD_REVISION_OPENED_V1 = z.object({
  scorecardId: id(),
  unitId: id(),
  year: year(),
  fromVersion: integer(1).describe('The version in force while the revision is drafted.'),
  reason: id(),
});
export type ScorecardRevisionOpenedV1 = z.infer<typeof SCORECARD_REVISION_OPENED_V1>;

/**
 * planning.org-changed v1: one change to a tenant's organization tree. Consumers fold them in
 * order (key `<tenant>.org`) to keep their own copy of the tree.
 */
export const ORG_CHANGES_V1 = ['unit-registered', 'unit-renamed', 'unit-moved', 'units-merged', 'unit-closed'] as const;
export const ORG_CHANGED_V1 = z.object({
  change: z.enum(ORG_CHANGES_V1),
  unitId: id().describe('The unit concerned (the source unit of a merge).'),
  name: nullableText().describe('unit-registered, unit-renamed: the (new) name.'),
  kind: nullableText().describe('unit-registered: pemda | opd | bidang | seksi | asn_position.'),
  parentId: nullableText().describe('unit-registered, unit-moved: the (new) parent.'),
  mergedInto: nullableText().describe('units-merged: the unit it was merged into.'),
  movedChildIds: strings().describe("units-merged: the source's sub-units, now under `mergedInto`."),
  reason: nullableText(),
  orgRevision: integer(0).describe("Revision of the tenant's organization after this change (0-based)."),
});
export type OrgChangedV1 = z.infer<typeof ORG_CHANGED_V1>;
