import { assertValid, Decimal, headerProblems, InvalidDocumentError, isDecimalString, isJsonObject, type PolicyProblem } from '@capaian/scoring';
import { LKE_PREFILL_RULE_CODES, LKE_SUB_COMPONENT_CODES, type LkePrefillRuleCode, type LkeSubComponentCode, type LkeWorksheet } from './worksheet.js';

/**
 * Problems with a worksheet (empty = valid). Accepts anything (e.g. JSON from a tenant's settings)
 * and never throws. Every problem names the path of the field, e.g. "components[0].weight: must be > 0".
 * Checked: ids and version; weights sum to 100; per component the shares sum to 100 and each
 * sub-component code appears once; criterion codes unique in the whole worksheet; every criterion's
 * scale exists; pre-fill rules are known and their scale can map a ratio; scale values in [0, 1];
 * grade bands descending with exactly the last one unbounded.
 */
export function validateWorksheet(w: unknown): PolicyProblem[] {
  if (!isJsonObject(w)) return [{ field: 'worksheet', message: 'must be an object' }];
  const problems = headerProblems(w, 'worksheetId', 1);
  const add = (field: string, message: string) => problems.push({ field, message });

  const dec = (path: string, v: unknown): Decimal | null => {
    if (!isDecimalString(v)) {
      add(path, 'must be a decimal written as a string');
      return null;
    }
    return new Decimal(v);
  };
  const bilingual = (path: string, v: unknown) => {
    if (!isJsonObject(v) || typeof v['id'] !== 'string' || typeof v['en'] !== 'string' || v['id'].trim() === '') add(path, 'must be { id: string, en: string } with a non-empty id');
  };
  /** The `code` of the item at `at`, non-empty and not among `seen` (code -> the item that has it). */
  const uniqueCode = (at: string, v: unknown, seen: Map<string, string>, duplicate: (code: string, first: string) => string) => {
    if (typeof v !== 'string' || v.trim() === '') add(`${at}.code`, 'must be a non-empty string');
    else if (seen.has(v)) add(`${at}.code`, duplicate(v, seen.get(v)!));
    else seen.set(v, at);
  };
  /** Parts (components by weight, sub-components by share): each positive, together 100 (checked once every part is a decimal). */
  const partsOf100 = () => {
    let total: Decimal | null = new Decimal(0);
    return {
      part(path: string, v: unknown) {
        const d = dec(path, v);
        if (d && !d.gt(0)) add(path, 'must be > 0');
        total = d && total ? total.plus(d) : null;
      },
      unusable() {
        total = null;
      },
      check(path: string, what: string) {
        if (total && !total.eq(100)) add(path, `${what} must sum to 100 (they sum to ${total.toString()})`);
      },
    };
  };

  /**
   * Visits each item of a non-empty list (`<path>[i]`) that is an object; names a list that is none
   * and an item that is no object (then calls `notObject`). False when there is no list to visit.
   */
  const eachItem = (path: string, list: unknown, visit: (item: Record<string, unknown>, at: string, i: number) => void, notObject?: () => void): boolean => {
    if (!Array.isArray(list) || list.length === 0) {
      add(path, 'must be a non-empty array');
      return false;
    }
    list.forEach((item: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isJsonObject(item)) {
        add(at, 'must be an object');
        notObject?.();
        return;
      }
      visit(item, at, i);
    });
    return true;
  };

  // scales
  const scales = w['scales'];
  const scaleCodes = new Map<string, { mappable: boolean }>();
  if (!isJsonObject(scales) || Object.keys(scales).length === 0) add('scales', 'must be a non-empty object (scale code -> scale)');
  else {
    for (const [code, s] of Object.entries(scales)) {
      const at = `scales.${code}`;
      if (!isJsonObject(s)) {
        add(at, 'must be an object');
        continue;
      }
      if (s['kind'] !== 'yes_no' && s['kind'] !== 'graded') add(`${at}.kind`, "must be 'yes_no' or 'graded'");
      bilingual(`${at}.label`, s['label']);
      const values = s['values'];
      const valueCodes = new Set<string>();
      if (!isJsonObject(values) || Object.keys(values).length < 2) add(`${at}.values`, 'must map at least two answer codes to values');
      else {
        if (s['kind'] === 'yes_no' && Object.keys(values).length !== 2) add(`${at}.values`, 'a yes_no scale has exactly two answers');
        for (const [answer, v] of Object.entries(values)) {
          valueCodes.add(answer);
          if (answer.trim() === '') add(`${at}.values`, 'answer codes must be non-empty');
          const d = dec(`${at}.values.${answer}`, v);
          if (d && (d.lt(0) || d.gt(1))) add(`${at}.values.${answer}`, 'must be between 0 and 1');
        }
      }
      const labels = s['valueLabels'];
      if (labels !== undefined) {
        if (!isJsonObject(labels)) add(`${at}.valueLabels`, 'must be an object (answer code -> label)');
        else
          for (const [answer, l] of Object.entries(labels)) {
            if (!valueCodes.has(answer)) add(`${at}.valueLabels.${answer}`, 'is not an answer of the scale');
            bilingual(`${at}.valueLabels.${answer}`, l);
          }
      }
      const ratio = s['ratioAnswers'];
      let mappable = false;
      if (ratio !== undefined) {
        let previous: Decimal | null = null;
        let ok = true;
        mappable = eachItem(
          `${at}.ratioAnswers`,
          ratio,
          (r, rat) => {
            if (typeof r['answer'] !== 'string' || !valueCodes.has(r['answer'])) add(`${rat}.answer`, 'must be an answer code of the scale');
            const min = dec(`${rat}.minPercent`, r['minPercent']);
            if (!min) ok = false;
            else {
              if (min.lt(0) || min.gt(100)) add(`${rat}.minPercent`, 'must be between 0 and 100');
              if (previous && !min.lt(previous)) add(`${rat}.minPercent`, 'must be below the previous entry (descending order)');
              previous = min;
            }
          },
          () => (ok = false),
        );
        const last = mappable ? ((ratio as unknown[])[(ratio as unknown[]).length - 1] as unknown) : undefined;
        if (ok && isJsonObject(last) && !(isDecimalString(last['minPercent']) && new Decimal(last['minPercent']).eq(0))) {
          add(`${at}.ratioAnswers[${(ratio as unknown[]).length - 1}].minPercent`, 'the last entry must be 0 (every ratio gets an answer)');
        }
      }
      scaleCodes.set(code, { mappable });
    }
  }

  // components
  const weights = partsOf100();
  const componentCodes = new Map<string, string>();
  const criterionCodes = new Map<string, string>();
  const componentsListed = eachItem(
    'components',
    w['components'],
    (c, at) => {
      uniqueCode(at, c['code'], componentCodes, (code) => `duplicate component code ${code}`);
      bilingual(`${at}.name`, c['name']);
      weights.part(`${at}.weight`, c['weight']);
      const shares = partsOf100();
      const subCodes = new Set<string>();
      const subsListed = eachItem(
        `${at}.subComponents`,
        c['subComponents'],
        (s, sat) => {
          if (!LKE_SUB_COMPONENT_CODES.includes(s['code'] as LkeSubComponentCode)) add(`${sat}.code`, `must be one of ${LKE_SUB_COMPONENT_CODES.join(', ')}`);
          else if (subCodes.has(s['code'] as string)) add(`${sat}.code`, `duplicate sub-component ${String(s['code'])} in the component`);
          else subCodes.add(s['code'] as string);
          bilingual(`${sat}.name`, s['name']);
          shares.part(`${sat}.share`, s['share']);
          eachItem(`${sat}.criteria`, s['criteria'], (k, kat) => {
            uniqueCode(kat, k['code'], criterionCodes, (code, first) => `duplicate criterion code ${code} (also at ${first})`);
            bilingual(`${kat}.text`, k['text']);
            const scale = typeof k['scale'] === 'string' ? scaleCodes.get(k['scale']) : undefined;
            if (!scale) add(`${kat}.scale`, `unknown scale ${JSON.stringify(k['scale'])}`);
            const rule = k['prefill'];
            if (rule !== undefined) {
              if (!LKE_PREFILL_RULE_CODES.includes(rule as LkePrefillRuleCode)) add(`${kat}.prefill`, `unknown pre-fill rule ${JSON.stringify(rule)}`);
              else if (scale && !scale.mappable) add(`${kat}.prefill`, `scale ${String(k['scale'])} has no ratioAnswers to turn the rule's result into an answer`);
            }
          });
        },
        shares.unusable,
      );
      if (subsListed) shares.check(`${at}.subComponents`, 'shares');
    },
    weights.unusable,
  );
  if (componentsListed) weights.check('components', 'weights');

  // grades
  const gradeCodes = new Map<string, string>();
  let previousMin: Decimal | null = null;
  const grades = w['grades'];
  eachItem('grades', grades, (g, at, i) => {
    uniqueCode(at, g['code'], gradeCodes, (code) => `duplicate grade ${code}`);
    bilingual(`${at}.label`, g['label']);
    const last = i === (grades as unknown[]).length - 1;
    if (g['min'] === null) {
      if (!last) add(`${at}.min`, 'only the last grade may have min null');
      return;
    }
    if (last) add(`${at}.min`, 'the last grade must have min null (it takes every remaining total)');
    const min = dec(`${at}.min`, g['min']);
    if (min && previousMin && !min.lt(previousMin)) add(`${at}.min`, 'must be below the previous grade (highest grade first)');
    if (min) previousMin = min;
  });
  return problems;
}

/** Throws with every problem when the worksheet is not valid; returns it typed otherwise. */
export function assertValidLkeWorksheet(w: unknown): LkeWorksheet {
  return assertValid(w, validateWorksheet, InvalidLkeWorksheetError);
}

export class InvalidLkeWorksheetError extends InvalidDocumentError {
  constructor(problems: PolicyProblem[]) {
    super('LKE worksheet', problems);
    this.name = 'InvalidLkeWorksheetError';
  }
}
