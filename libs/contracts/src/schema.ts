/**
 * The building blocks of the integration event schemas (zod 4): one zod schema per event type and
 * version gives its TypeScript type (`z.infer`), its runtime validation and its JSON Schema
 * (`z.toJSONSchema`, see asyncapi.ts). Problems are reported as `{ field, message }`, the field
 * being the dotted path of the value (`data.kpis[0].weight`).
 */
import { z } from 'zod';
import { DECIMAL_PATTERN, ISO_DATE_PATTERN, ISO_INSTANT_PATTERN, PERIOD_CODES, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '@capaian/kernel';

/** One problem of a message: the path of the field (`data.kpis[0].weight`) and what is wrong with it. */
export interface ContractProblem {
  field: string;
  message: string;
}

/** A decimal number written as a string: "12", "-3.5", "1000000.25". Never a float (the kernel's pattern). */
export { DECIMAL_PATTERN };

/**
 * A fixed message for a schema's own problems; a missing or null value keeps the generic
 * "is required" / "must not be null" (see `problemMessage`).
 */
const fixed = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? undefined : message) });

/** A non-empty string (ids, codes, names, reasons). */
export const id = () => z.string().min(1);
export const text = () => z.string();
export const nullableText = () => z.string().nullable();
export const strings = () => z.array(z.string());
export const bool = () => z.boolean();
export const integer = (min?: number, max?: number) => {
  let schema = z.int();
  if (min !== undefined) schema = schema.min(min);
  if (max !== undefined) schema = schema.max(max);
  return schema;
};
export const year = () => integer(PLAN_YEAR_MIN, PLAN_YEAR_MAX);
/** 1 for the first value; each correction adds 1. */
export const revision = () => integer(1);
export const period = () => z.enum(PERIOD_CODES);
/** A decimal number written as a string (at most 15 integer and 10 fraction digits). */
export const decimal = () =>
  z
    .string(fixed('must be a decimal number written as a string'))
    .regex(DECIMAL_PATTERN, fixed('must be a decimal number written as a string'))
    .describe('decimal number written as a string, e.g. "82.5"');
/** An ISO-8601 instant with its offset, e.g. 2026-04-08T02:15:00.000Z. */
export const instant = () =>
  z
    .string(fixed('must be an ISO-8601 instant'))
    .regex(ISO_INSTANT_PATTERN, fixed('must be an ISO-8601 instant'))
    .refine((v) => !Number.isNaN(Date.parse(v)), fixed('must be an ISO-8601 instant'))
    .describe('ISO-8601 instant with offset');
/** A calendar date YYYY-MM-DD. */
export const date = () =>
  z
    .string(fixed('must be a date YYYY-MM-DD'))
    .regex(ISO_DATE_PATTERN, fixed('must be a date YYYY-MM-DD'))
    .refine((v) => !Number.isNaN(Date.parse(v)), fixed('must be a date YYYY-MM-DD'))
    .describe('date YYYY-MM-DD');

/** The generic message of a zod issue, in the words consumers and dead-letter headers have always carried. */
function problemMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined) return 'is required';
  if (issue.input === null) return 'must not be null';
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'string':
          return 'must be a string';
        case 'boolean':
          return 'must be true or false';
        case 'array':
          return 'must be an array';
        case 'object':
          return 'must be an object';
        default:
          return 'must be an integer';
      }
    case 'too_small':
      return issue.origin === 'string' ? `must have at least ${String(issue.minimum)} characters` : `must be >= ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${String(issue.maximum)} items` : `must be <= ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'has an invalid format';
    default:
      return 'is invalid';
  }
}

/** `['kpis', 0, 'weight']` under `data` -> `data.kpis[0].weight`. */
function fieldOf(prefix: string, path: readonly PropertyKey[]): string {
  let field = prefix;
  for (const part of path) field = typeof part === 'number' ? `${field}[${part}]` : field ? `${field}.${String(part)}` : String(part);
  return field || 'data';
}

/**
 * Validates `value` against `schema`; [] when valid. At most one problem per field (the first),
 * in the order of the schema's fields.
 */
export function problemsOf(schema: z.ZodType, value: unknown, prefix = ''): ContractProblem[] {
  const result = schema.safeParse(value, { error: problemMessage });
  if (result.success) return [];
  const problems: ContractProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = fieldOf(prefix, issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: issue.message });
  }
  return problems;
}
