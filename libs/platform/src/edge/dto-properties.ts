/**
 * Property decorators of request DTOs: each the stack of OpenAPI, transform and validation
 * decorators one kind of field takes. Messages name the property they decorate.
 */
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DECIMAL_PATTERN } from '@capaian/contracts';
import { stackDecorators } from './write-endpoint.js';

/** Accepts 82.5 or "82.5"; keeps it as the decimal string the user meant (never a float). */
export const toDecimalString = ({ value }: { value: unknown }): unknown => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

/** A property decorator built from the name of the property it decorates. */
const byName =
  (build: (name: string) => PropertyDecorator): PropertyDecorator =>
  (target, key) =>
    build(String(key))(target, key);

const documented = (optional: boolean, api: ApiPropertyOptions) => (optional ? [ApiPropertyOptional(api), IsOptional()] : [ApiProperty(api)]);

export interface FieldOptions {
  /** Absent is allowed (documented as optional). */
  readonly optional?: boolean;
}

/** Text of `min`..`max` characters. */
export const Text = (min: number, max: number, api: ApiPropertyOptions = {}, { optional = false }: FieldOptions = {}) => stackDecorators(...documented(optional, api), IsString(), Length(min, max));

/** An optional list of at most `maxItems` texts of 1..`max` characters each. */
export const TextList = (maxItems: number, max: number, api: ApiPropertyOptions) =>
  stackDecorators(ApiPropertyOptional({ type: [String], ...api }), IsOptional(), IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), Length(1, max, { each: true }));

/** A text matching `pattern`; `message` is the 400 text for one that does not. */
export const Matching = (pattern: RegExp, message: (name: string) => string, api: ApiPropertyOptions = {}, { optional = false }: FieldOptions = {}) =>
  byName((name) => stackDecorators(...documented(optional, api), IsString(), Matches(pattern, { message: message(name) })));

/**
 * A decimal number kept as the string the user wrote (82.5 is accepted and becomes "82.5").
 * `message` is the 400 text for a string that is not a decimal number.
 */
export const DecimalText = (api: ApiPropertyOptions, message: (name: string) => string, { optional = false }: FieldOptions = {}) =>
  byName((name) =>
    stackDecorators(
      ...documented(optional, { type: String, ...api }),
      Transform(toDecimalString),
      IsString({ message: `${name} must be a decimal number` }),
      Matches(DECIMAL_PATTERN, { message: message(name) }),
    ),
  );

/** One of `values`. */
export const OneOf = (values: readonly string[], api: Omit<ApiPropertyOptions, 'enum'> = {}) => stackDecorators(ApiProperty({ enum: values, ...api } as ApiPropertyOptions), IsIn(values as string[]));

/** A list of at most `maxItems` nested items of `type`, each validated. */
export const NestedList = (type: new () => object, maxItems: number, api: ApiPropertyOptions = {}, { optional = false }: FieldOptions = {}) =>
  stackDecorators(
    ...documented(optional, { type: [type], ...api }),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(() => type),
  );

/** A whole number from `min` (up to `max` when given). */
export const WholeNumber = (min: number, max?: number, api: ApiPropertyOptions = {}, { optional = false }: FieldOptions = {}) =>
  stackDecorators(...documented(optional, api), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));
