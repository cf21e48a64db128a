/**
 * A minimal runtime schema checker (no framework, no dependency): enough to validate integration
 * events at the edge of every consumer and to document their shape in one place.
 */
export type FieldSpec =
  | { kind: 'string'; optional?: boolean; nullable?: boolean; minLength?: number; pattern?: RegExp; description?: string }
  | { kind: 'decimal'; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'integer'; optional?: boolean; nullable?: boolean; min?: number; max?: number; description?: string }
  | { kind: 'boolean'; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'enum'; values: readonly string[]; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'instant'; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'date'; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'object'; fields: ObjectSpec; optional?: boolean; nullable?: boolean; description?: string }
  | { kind: 'array'; items: FieldSpec; optional?: boolean; nullable?: boolean; maxItems?: number; description?: string };

export type ObjectSpec = Record<string, FieldSpec>;

/** A decimal number written as a string: "12", "-3.5", "1000000.25". Never a float. */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function checkObject(spec: ObjectSpec, value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path || 'data'} must be an object`];
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, field] of Object.entries(spec)) {
    const at = path ? `${path}.${name}` : name;
    const v = record[name];
    if (v === undefined) {
      if (!field.optional) problems.push(`${at} is required`);
      continue;
    }
    if (v === null) {
      if (!field.nullable) problems.push(`${at} must not be null`);
      continue;
    }
    problems.push(...checkField(field, v, at));
  }
  return problems;
}

function checkField(field: FieldSpec, v: unknown, at: string): string[] {
  switch (field.kind) {
    case 'string':
      if (typeof v !== 'string') return [`${at} must be a string`];
      if (field.minLength !== undefined && v.length < field.minLength) return [`${at} must have at least ${field.minLength} characters`];
      if (field.pattern && !field.pattern.test(v)) return [`${at} has an invalid format`];
      return [];
    case 'decimal':
      return typeof v === 'string' && DECIMAL_PATTERN.test(v) ? [] : [`${at} must be a decimal number written as a string`];
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) return [`${at} must be an integer`];
      if (field.min !== undefined && v < field.min) return [`${at} must be >= ${field.min}`];
      if (field.max !== undefined && v > field.max) return [`${at} must be <= ${field.max}`];
      return [];
    case 'boolean':
      return typeof v === 'boolean' ? [] : [`${at} must be true or false`];
    case 'enum':
      return typeof v === 'string' && field.values.includes(v) ? [] : [`${at} must be one of ${field.values.join(', ')}`];
    case 'instant':
      return typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) ? [] : [`${at} must be an ISO-8601 instant`];
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? [] : [`${at} must be a date YYYY-MM-DD`];
    case 'object':
      return checkObject(field.fields, v, at);
    case 'array': {
      if (!Array.isArray(v)) return [`${at} must be an array`];
      if (field.maxItems !== undefined && v.length > field.maxItems) return [`${at} must have at most ${field.maxItems} items`];
      return v.flatMap((item, i) => (item === null || item === undefined ? [`${at}[${i}] must not be null`] : checkField(field.items, item, `${at}[${i}]`)));
    }
  }
}
