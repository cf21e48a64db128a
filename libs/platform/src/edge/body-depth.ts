/**
 * Nesting limits for request bodies, checked on the raw bytes before anything parses or walks
 * them: deep nesting (thousands of `[`) would otherwise overflow the stack of the recursive code
 * downstream (class-transformer, class-validator) and end in a 500.
 */

/** Deepest nesting of arrays/objects accepted in a JSON body (and of brackets in a form body). */
export const MAX_BODY_DEPTH = 32;

/** body-parser error `type` of a JSON body nested deeper than the limit (mapped to 400 JSON_TOO_DEEP). */
export const JSON_TOO_DEEP_TYPE = 'entity.too.deep';

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of `[`/`{` outside strings in a JSON text, scanned in one pass without
 * recursion; stops early once `limit` is exceeded (returns `limit + 1`). Works on UTF-8 bytes
 * (no byte of a multi-byte UTF-8 sequence is ASCII) or on an already decoded string.
 */
export function jsonNestingDepth(text: Uint8Array | string, limit = Number.MAX_SAFE_INTEGER): number {
  const isString = typeof text === 'string';
  const length = text.length;
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = isString ? text.charCodeAt(i) : text[i]!;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      if (depth > 0) depth--;
    }
  }
  return max;
}

/** The error raised from body-parser's `verify` hook; body-parser keeps its `type` and `status`. */
export class BodyTooDeepError extends Error {
  readonly type = JSON_TOO_DEEP_TYPE;
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;

  constructor(readonly limit: number) {
    super(`JSON body nested deeper than ${limit} levels`);
    this.name = 'BodyTooDeepError';
  }
}

/**
 * A body-parser `verify` hook refusing a JSON body nested deeper than `limit`. It runs on the raw
 * body before JSON.parse; UTF-8 bodies are scanned as bytes, other charsets after decoding.
 */
export function jsonDepthVerifier(limit = MAX_BODY_DEPTH): (req: unknown, res: unknown, body: Buffer, encoding: string | null) => void {
  return (_req, _res, body, encoding) => {
    if (jsonNestingDepth(decoded(body, encoding), limit) > limit) throw new BodyTooDeepError(limit);
  };
}

function decoded(body: Buffer, encoding: string | null): Uint8Array | string {
  if (!encoding || /^utf-?8$/i.test(encoding)) return body;
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    // A charset TextDecoder does not know (body-parser decodes it with iconv): scan the bytes.
    return body;
  }
}
