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

/** What a walk of a JSON value reports: for a string value, and for a property name (`path` is the object's). */
export interface JsonTextVisitor<F> {
  value?(text: string, path: string): F | undefined;
  /** A finding for a property name stops the walk from descending into that property's value. */
  key?(key: string, path: string, childPath: string): F | undefined;
}

/**
 * The findings of `visit` over every string value and property name of `value`, in document
 * order, walked iteratively (no recursion, whatever the depth), at most `max`. `root` prefixes
 * the paths (`items.0.note`).
 */
export function walkJsonText<F>(value: unknown, root: string, visit: JsonTextVisitor<F>, max: number): F[] {
  const found: F[] = [];
  // Entries are values to inspect, or findings for property names kept in place (document order).
  const stack: Array<{ value: unknown; path: string } | { finding: F }> = [{ value, path: root }];
  const seen = new Set<object>();
  while (stack.length > 0 && found.length < max) {
    const entry = stack.pop()!;
    if ('finding' in entry) {
      found.push(entry.finding);
      continue;
    }
    const { value: current, path } = entry;
    if (typeof current === 'string') {
      const finding = visit.value?.(current, path);
      if (finding !== undefined) found.push(finding);
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current) || ArrayBuffer.isView(current)) continue;
    seen.add(current);
    const child = (key: string) => (path ? `${path}.${key}` : key);
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: child(String(i)) });
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const finding = visit.key?.(key, path, child(key));
      if (finding !== undefined) stack.push({ finding });
      else stack.push({ value: (current as Record<string, unknown>)[key], path: child(key) });
    }
  }
  return found;
}

/**
 * Every string (value or property name) in `value` that cannot be stored. `root` prefixes the
 * paths; '' gives `items.0.note` and names a bare string `body`.
 */
export function findUnsafeText(value: unknown, root = '', max = MAX_REPORTED_TEXT_PROBLEMS): UnsafeText[] {
  const at = (text: string, path: string, inPropertyName: boolean): UnsafeText | undefined => {
    const problem = unsafeTextProblem(text);
    return problem ? { field: path || 'body', problem, inPropertyName } : undefined;
  };
  return walkJsonText(value, root, { value: (text, path) => at(text, path, false), key: (key, path) => at(key, path, true) }, max);
}
