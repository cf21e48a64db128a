/** Pieces of OpenAPI schemas every service's response classes use. */
import { getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * A property holding an instance of `model` or null. `{ type: Model, nullable: true }` would give
 * `allOf: [$ref]` beside `nullable`, which still validates null against the model; this gives
 * either the model or null (`enum: [null]`, valid OpenAPI 3.0). The model must be registered (used
 * elsewhere or in @ApiExtraModels).
 */
export function nullableRef(model: abstract new (...args: never[]) => unknown, options: { description?: string } = {}): ApiPropertyOptions {
  return { anyOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }], ...options } as ApiPropertyOptions;
}

/** A decimal value, exact, written as a string. */
export const DECIMAL = { type: String, example: '87.5' } as const;
/** A decimal value or null. */
export const NULLABLE_DECIMAL = { type: String, nullable: true, example: '87.5' } as const;
