/**
 * Property names that mean something to JavaScript objects (`__proto__`, `constructor`,
 * `prototype`, and every other member of Object.prototype such as `toString`) are refused anywhere
 * in a request body: class-transformer and the whitelist check see them as members of every DTO
 * and drop or misread them, and no field of the API is named so. The 400 names each key's path.
 */
import { BadRequestException } from '@nestjs/common';
import { walkJsonText } from '@capaian/eventstore';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** Dotted paths (`items.0.__proto__`) of every forbidden key in `value`, in document order. */
export function findForbiddenKeys(value: unknown, max = 20): string[] {
  return walkJsonText(value, '', { key: (key, _path, childPath) => (FORBIDDEN_KEYS.has(key) ? childPath : undefined) }, max);
}

const MESSAGE = 'nama properti ini tidak diizinkan / this property name is not allowed';

export function forbiddenKeyException(paths: string[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'FORBIDDEN_PROPERTY',
    message: paths.map((p) => `${p}: ${MESSAGE}`),
    field: paths[0],
    details: paths.map((field) => ({ field, errors: [MESSAGE] })),
  });
}
