/**
 * Property names that mean something to JavaScript objects (`__proto__`, `constructor`,
 * `prototype`, and every other member of Object.prototype such as `toString`) are refused anywhere
 * in a request body: class-transformer and the whitelist check see them as members of every DTO
 * and drop or misread them, and no field of the API is named so. The 400 names each key's path.
 */
import { BadRequestException } from '@nestjs/common';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** Dotted paths (`items.0.__proto__`) of every forbidden key in `value`, walked iteratively. */
export function findForbiddenKeys(value: unknown, max = 20): string[] {
  const found: string[] = [];
  // An entry is a value to inspect, or (third item true) a forbidden key kept in document order.
  const stack: Array<[unknown, string, boolean?]> = [[value, '']];
  const seen = new Set<object>();
  while (stack.length > 0 && found.length < max) {
    const [current, path, forbidden] = stack.pop()!;
    if (forbidden) {
      found.push(path);
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current) || ArrayBuffer.isView(current)) continue;
    seen.add(current);
    const child = (key: string) => (path ? `${path}.${key}` : key);
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], child(String(i))]);
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) stack.push([undefined, child(key), true]);
      else stack.push([(current as Record<string, unknown>)[key], child(key)]);
    }
  }
  return found;
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
