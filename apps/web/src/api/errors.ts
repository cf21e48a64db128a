/**
 * The services answer every error with one problem body ({statusCode, code, message, field?,
 * details?}); the console turns it into messages per field, in the user's language.
 */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export interface ApiProblem {
  status: number;
  code: string;
  /** The main message, as the API gave it (often "Indonesian / English"). */
  message: string;
  field?: string;
  /** Messages per field (VALIDATION_FAILED lists each field; domain errors name one). */
  fields: FieldProblem[];
  /** The raw `details` (e.g. the per-row report of an import). */
  details: unknown;
  correlationId?: string;
}

export function isApiProblem(e: unknown): e is ApiProblem {
  return typeof e === 'object' && e !== null && typeof (e as ApiProblem).status === 'number' && typeof (e as ApiProblem).code === 'string' && Array.isArray((e as ApiProblem).fields);
}

/** A problem from an answer's status and body (anything, even not JSON). */
export function toProblem(status: number, body: unknown): ApiProblem {
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const message = Array.isArray(b.message) ? b.message.map(String).join('; ') : typeof b.message === 'string' ? b.message : typeof body === 'string' && body ? body : `HTTP ${status}`;
  const field = typeof b.field === 'string' ? b.field : undefined;
  const fields = new Map<string, string[]>();
  if (Array.isArray(b.details)) {
    for (const d of b.details) {
      if (typeof d !== 'object' || d === null) continue;
      const entry = d as Record<string, unknown>;
      if (typeof entry.field !== 'string') continue;
      const msgs = Array.isArray(entry.errors) ? entry.errors.map(String) : typeof entry.message === 'string' ? [entry.message] : [];
      fields.set(entry.field, [...(fields.get(entry.field) ?? []), ...msgs]);
    }
  }
  if (field && !fields.has(field)) fields.set(field, [message]);
  return {
    status,
    code: typeof b.code === 'string' ? b.code : status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`,
    message,
    field,
    fields: [...fields].map(([f, messages]) => ({ field: f, messages })),
    details: b.details,
    correlationId: typeof b.correlationId === 'string' ? b.correlationId : undefined,
  };
}

/** The messages the problem has for one field (exact path, or a path inside it: `evidence.0.url` under `evidence`). */
export function messagesFor(problem: ApiProblem | undefined, field: string): string[] {
  if (!problem) return [];
  return problem.fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`)).flatMap((f) => f.messages);
}

/** Messages of fields the form does not show (so nothing the API said is hidden). */
export function otherMessages(problem: ApiProblem | undefined, shown: readonly string[]): string[] {
  if (!problem) return [];
  const rest = problem.fields.filter((f) => !shown.some((s) => f.field === s || f.field.startsWith(`${s}.`)));
  if (problem.fields.length === 0) return [problem.message];
  return rest.flatMap((f) => f.messages.map((m) => `${f.field}: ${m}`));
}

/**
 * One message in the user's language. The domain writes "Indonesian / English"; the validation
 * layer writes English sentences, translated here by their known shapes; anything else is shown
 * as the API gave it.
 */
export function localize(message: string, lang: string): string {
  const bilingual = splitBilingual(message);
  if (bilingual) return lang.startsWith('id') ? bilingual[0] : bilingual[1];
  if (!lang.startsWith('id')) return message;
  for (const [re, to] of VALIDATION_ID) {
    const m = re.exec(message);
    if (m) return to(m);
  }
  return message;
}

function splitBilingual(message: string): [string, string] | undefined {
  const at = message.indexOf(' / ');
  if (at <= 0) return undefined;
  return [message.slice(0, at), message.slice(at + 3)];
}

const VALIDATION_ID: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\S+) must be longer than or equal to (\d+) characters$/, (m) => `${m[1]} minimal ${m[2]} karakter`],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, (m) => `${m[1]} maksimal ${m[2]} karakter`],
  [/^(\S+) must be a decimal number, a grade or a date written as text$/, (m) => `${m[1]} harus angka desimal, nilai huruf, atau tanggal (teks)`],
  [/^(\S+) must not be greater than (\S+)$/, (m) => `${m[1]} tidak boleh lebih dari ${m[2]}`],
  [/^(\S+) must not be less than (\S+)$/, (m) => `${m[1]} tidak boleh kurang dari ${m[2]}`],
  [/^(\S+) must be an integer number$/, (m) => `${m[1]} harus bilangan bulat`],
  [/^(\S+) must be one of the following values: (.+)$/, (m) => `${m[1]} harus salah satu dari: ${m[2]}`],
  [/^(\S+) should not be empty$/, (m) => `${m[1]} wajib diisi`],
  [/^(\S+) must be a string$/, (m) => `${m[1]} harus teks`],
  [/^(\S+) must be a URL address$/, (m) => `${m[1]} harus alamat URL`],
  [/^(\S+) must be an array$/, (m) => `${m[1]} harus daftar`],
  [/^property (\S+) should not exist$/, (m) => `isian ${m[1]} tidak dikenal`],
];
