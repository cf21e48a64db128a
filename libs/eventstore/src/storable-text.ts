/**
 * Text that no store can keep: a NUL character (PostgreSQL text and jsonb refuse `\u0000`) or a
 * lone UTF-16 surrogate such as `\ud800` (not encodable as UTF-8; jsonb refuses it too). The HTTP
 * edge refuses such requests with 400 naming the field; every adapter refuses such an event with
 * UnstorableTextError before it reaches the database (text from files or messages).
 */
export type UnsafeTextProblem = 'nul' | 'lone_surrogate';

export interface UnsafeText {
  /** Dotted path (`items.0.note`), parameter name, or `body`. */
  field: string;
  problem: UnsafeTextProblem;
  /** true when the offending text is a property name (of the object at `field`), not a value. */
  inPropertyName: boolean;
}

/** At most this many fields are listed in one answer. */
export const MAX_REPORTED_TEXT_PROBLEMS = 20;

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be stored, or undefined when it can. */
export function unsafeTextProblem(text: string): UnsafeTextProblem | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return undefined;
}

/**
 * Every string (value or property name) in `value` that cannot be stored, walked iteratively
 * (no recursion, whatever the depth). `root` prefixes the paths; '' gives `items.0.note` and
 * names a bare string `body`.
 */
export function findUnsafeText(value: unknown, root = '', max = MAX_REPORTED_TEXT_PROBLEMS): UnsafeText[] {
  const found: UnsafeText[] = [];
  // Entries are values to inspect, or property-name problems kept in place (document order).
  const stack: Array<[unknown, string] | [UnsafeText]> = [[value, root]];
  const seen = new Set<object>();
  while (stack.length > 0 && found.length < max) {
    const entry = stack.pop()!;
    if (entry.length === 1) {
      found.push(entry[0]);
      continue;
    }
    const [current, path] = entry;
    if (typeof current === 'string') {
      const problem = unsafeTextProblem(current);
      if (problem) found.push({ field: path || 'body', problem, inPropertyName: false });
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    if (ArrayBuffer.isView(current)) continue;
    seen.add(current);
    const child = (key: string) => (path ? `${path}.${key}` : key);
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], child(String(i))]);
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const problem = unsafeTextProblem(key);
      if (problem) stack.push([{ field: path || 'body', problem, inPropertyName: true }]);
      else stack.push([(current as Record<string, unknown>)[key], child(key)]);
    }
  }
  return found;
}
