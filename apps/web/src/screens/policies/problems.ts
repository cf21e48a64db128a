import type { TFunction } from 'i18next';
import type { ApiProblem } from '../../api/errors';

/**
 * The API's problems with a policy, made ready for the form: the fields the form shows a band's
 * problems under (`policy.bands[0]..bands[1]` is the border of bands 0 and 1: shown on band 0 as
 * `next`; `policy.bands[2]` as a whole: `row`), and the validators' English sentences in
 * Indonesian when the console is (they name fields by their path; the path stays as it is).
 */
const BORDER = /^policy\.bands\[(\d+)\]\.\.bands\[\d+\]$/;
const ROW = /^(policy\.(?:bands|rules)\[\d+\])$/;

export function formField(field: string): string {
  const border = BORDER.exec(field);
  if (border) return `policy.bands[${border[1]}].next`;
  const row = ROW.exec(field);
  return row ? `${row[1]}.row` : field;
}

/** English shapes of the policy validators, each with its text in the policies namespace (`apiMessages.*`). */
const SHAPES: [RegExp, string][] = [
  [/^must be >= 100 \(meeting the target is 100\)$/, 'capMin100'],
  [/^must be a decimal written as a string or null$/, 'decimalOrNull'],
  [/^must be a decimal written as a string$/, 'decimal'],
  [/^must be an integer from (\d+) to (\d+)$/, 'integerRange'],
  [/^must be an integer >= (\d+)$/, 'integerMin'],
  [/^must be >= (\S+)$/, 'min'],
  [/^must be <= (\S+)$/, 'max'],
  [/^must be > 0$/, 'positive'],
  [/^min must be below max$/, 'minBelowMax'],
  [/^must be contiguous and in ascending order/, 'contiguous'],
  [/^overlap at (\S+) \(both include it\)$/, 'overlap'],
  [/^gap at (\S+) \(neither includes it\)$/, 'gap'],
  [/^the bands must cover achievement\.floor$/, 'coverFloor'],
  [/^the bands must cover achievement\.cap$/, 'coverCap'],
  [/^must be null when achievement\.cap is null/, 'nullWithoutCap'],
  [/^duplicate code (.+)$/, 'duplicateCode'],
  [/^duplicate rule id (.+)$/, 'duplicateRule'],
  [/^must be lower case letters, digits/, 'ruleId'],
  [/^must be a non-empty string$/, 'nonEmpty'],
  [/^must be \{ id: string, en: string \}/, 'labels'],
];

/** One validator message in the console's language (as it is when no shape matches, or in English). */
export function policyMessage(message: string, t: TFunction, lang: string): string {
  if (!lang.startsWith('id')) return message;
  for (const [re, key] of SHAPES) {
    const m = re.exec(message);
    if (m) return t(`apiMessages.${key}`, { ns: 'policies', a: m[1] ?? '', b: m[2] ?? '' });
  }
  return message;
}

/** The problem with the form's fields and translated messages (undefined stays undefined). */
export function problemForForm(problem: ApiProblem | undefined, t: TFunction, lang: string): ApiProblem | undefined {
  if (!problem) return undefined;
  return { ...problem, fields: problem.fields.map((f) => ({ field: formField(f.field), messages: f.messages.map((m) => policyMessage(m, t, lang)) })) };
}
