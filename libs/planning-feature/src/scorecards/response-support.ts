import type { ApiPropertyOptions, SchemaObject } from '@nestjs/swagger';

/**
 * OpenAPI schemas of answer parts that a class cannot express: a target is one of two shapes, and
 * a nullable object is written inline (a nullable `$ref` would reject `null` in a JSON Schema validator).
 */
const VALUE_TARGET: SchemaObject = { properties: { value: { type: 'string', example: '87.5', description: 'Decimal, grade (e.g. "WTP") or date YYYY-MM-DD' } }, required: ['value'] };
const RANGE_TARGET: SchemaObject = { properties: { min: { type: 'string', example: '2' }, max: { type: 'string', example: '4' } }, required: ['min', 'max'] };

/**
 * A raw schema as the options of @ApiProperty (its typing has no branch for `anyOf` or
 * an inline object; `selfRequired` says whether the property is required, also when the schema lists `required` fields).
 */
export const property = (s: SchemaObject, required = true): ApiPropertyOptions => ({ ...s, selfRequired: required }) as ApiPropertyOptions;

const TARGET_DOC = '{"value": "87.5"} or, for a range KPI, {"min": "2", "max": "4"}';

/** A stored target: {value} or, for a range KPI, {min, max} (decimal strings). */
export const TARGET_SCHEMA: SchemaObject = { type: 'object', anyOf: [VALUE_TARGET, RANGE_TARGET], description: TARGET_DOC };

/**
 * A stored target or null, as a property. Wrapped in allOf: @nestjs/swagger drops `type` beside
 * a top-level `anyOf`, and `nullable` without `type` is not valid JSON Schema for a validator.
 */
export const nullableTarget = (description = TARGET_DOC): SchemaObject => ({ allOf: [{ ...TARGET_SCHEMA, nullable: true }], description });

/** Targets by period code of the KPI's frequency (Q1..Q4, S1..S2, M01..M12). */
export const PERIOD_TARGETS_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: TARGET_SCHEMA,
  description: 'Keys are period codes of the frequency (Q1..Q4, S1..S2, M01..M12)',
  example: { Q1: { value: '84.00' }, Q2: { value: '85.00' } },
};

/** A target as a request accepts it: a value, {value} or {min, max}; numbers are read as decimals. */
export const TARGET_INPUT_SCHEMA: SchemaObject = {
  anyOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'object', ...VALUE_TARGET }, { type: 'object', ...RANGE_TARGET }],
};

export const THRESHOLDS_SCHEMA: SchemaObject = {
  type: 'object',
  nullable: true,
  properties: {
    green: { type: 'string', example: '100', description: 'Achievement % at or above which the KPI is green' },
    yellow: { type: 'string', example: '75', description: 'Achievement % at or above which it is yellow (below: red)' },
  },
  required: ['green', 'yellow'],
};

export const CASCADE_SCHEMA: SchemaObject = {
  type: 'object',
  nullable: true,
  description: "Direct cascading: the parent unit's KPI (global id) and the share (%) of its target; null when not cascaded",
  properties: {
    kpiId: { type: 'string', example: 'pemda-2026.iku-10' },
    share: { type: 'string', nullable: true, example: '50', description: 'null = the whole target' },
  },
  required: ['kpiId', 'share'],
};

/** An ISO-8601 instant, or null when the answer is the current state. */
export const AS_OF = { type: String, format: 'date-time', nullable: true, example: null, description: 'The ?asOf instant the answer is as of; null = now' } as const;
