import type { SchemaObject } from '@nestjs/swagger';

/**
 * The schema of an event history answer: an array of entries, one branch per event type, so a
 * typed client sees `data` narrowed by `type`.
 */
export function eventHistorySchema(common: Record<string, SchemaObject>, dataByType: ReadonlyMap<string, SchemaObject>, description: string): SchemaObject {
  return {
    type: 'array',
    description,
    items: {
      oneOf: [...dataByType].map(([type, data]) => ({
        type: 'object',
        properties: { type: { type: 'string', enum: [type] }, ...common, data },
        required: ['type', ...Object.keys(common), 'data'],
      })),
    },
  };
}

/** An object schema whose properties are all required. */
export const shape = (properties: Record<string, SchemaObject>): SchemaObject => ({ type: 'object', properties, required: Object.keys(properties) });

export const STRING: SchemaObject = { type: 'string' };
export const NULLABLE_STRING: SchemaObject = { type: 'string', nullable: true };
export const INTEGER: SchemaObject = { type: 'integer' };
