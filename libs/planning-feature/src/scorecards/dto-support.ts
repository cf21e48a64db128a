import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { DECIMAL_PATTERN, PERIOD_CODES } from '@capaian/contracts';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { CODE_MESSAGE, CODE_PATTERN } from '@capaian/ddd';
import type { KpiTarget } from '@capaian/planning-domain';
import { type FieldOptions, Matching } from '@capaian/platform';

/** A code typed by a planner, also used in URLs: the one pattern of libs/ddd (letters, digits, space, . _ - /; max 40). */
export { CODE_MESSAGE, CODE_PATTERN };
/** Global id of an item of another scorecard: `<scorecardId>.<code-slug>`. */
export const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]*\.[a-z0-9][a-z0-9-]*$/;
export const ITEM_ID_MESSAGE = 'must be the global id of an item of another scorecard, e.g. pemda-2026.ss-01';

/** The code of another item of the same scorecard. */
export const CodeRef = (api: ApiPropertyOptions = {}, options: FieldOptions = {}) => Matching(CODE_PATTERN, (name) => `${name}: ${CODE_MESSAGE}`, api, options);

/** The global id of an item of another scorecard (cascading). */
export const ItemIdRef = (api: ApiPropertyOptions, options: FieldOptions = {}) => Matching(ITEM_ID_PATTERN, (name) => `${name} ${ITEM_ID_MESSAGE}`, api, options);

const isDecimalString = (v: unknown): v is string => typeof v === 'string' && DECIMAL_PATTERN.test(v);

/**
 * A target as JSON: "82.5" / 82.5 / "WTP" / "2026-09-30" (shorthand for {value}), {"value": ...}
 * or {"min": "2", "max": "4"} for range KPIs. Normalized to the domain's KpiTarget.
 */
export function normalizeTarget(raw: unknown): KpiTarget | null | undefined | 'invalid' {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: String(raw) } : 'invalid';
  if (typeof raw === 'string') return raw.trim() === '' ? 'invalid' : { value: raw.trim() };
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const keys = Object.keys(o).sort().join(',');
    const dec = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v);
    if (keys === 'value') {
      const v = dec(o['value']);
      return typeof v === 'string' && v.trim() !== '' ? { value: v.trim() } : 'invalid';
    }
    if (keys === 'max,min') {
      const min = dec(o['min']);
      const max = dec(o['max']);
      return isDecimalString(min) && isDecimalString(max) ? { min, max } : 'invalid';
    }
  }
  return 'invalid';
}

export const toTarget = ({ value }: { value: unknown }): unknown => {
  const t = normalizeTarget(value);
  return t === 'invalid' ? { __invalid: value } : t;
};

export function IsTarget(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTarget',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be a value ("82.5", "WTP", "2026-09-30"), {"value": ...} or {"min": "2", "max": "4"} with decimal bounds`, ...options },
      validator: { validate: (v: unknown) => v === null || v === undefined || (typeof v === 'object' && !('__invalid' in (v as object))) },
    });
}

export const toPeriodTargets = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return { __invalid: value };
  // fromEntries defines own properties: a "__proto__" key stays a key (and fails validation) instead of replacing the prototype.
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const t = normalizeTarget(v);
      return [k, t === 'invalid' || t === null || t === undefined ? { __invalid: v } : t];
    }),
  );
};

export function IsPeriodTargets(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPeriodTargets',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must map period codes (${PERIOD_CODES.filter((p) => p !== 'Y').join(', ')}) to targets, e.g. {"Q1": "80", "Q2": {"value": "81"}}`,
        ...options,
      },
      validator: {
        validate: (v: unknown) =>
          typeof v === 'object' &&
          v !== null &&
          !Object.prototype.hasOwnProperty.call(v, '__invalid') &&
          Object.entries(v).every(([k, t]) => (PERIOD_CODES as readonly string[]).includes(k) && k !== 'Y' && typeof t === 'object' && t !== null && !('__invalid' in t)),
      },
    });
}

export { Transform };
