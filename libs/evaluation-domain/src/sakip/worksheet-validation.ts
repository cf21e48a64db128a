import { Decimal, isDecimalString } from '@capaian/scoring';
import { LKE_PREFILL_RULE_CODES, LKE_SUB_COMPONENT_CODES, type LkePrefillRuleCode, type LkeSubComponentCode, type LkeWorksheet } from './worksheet.js';

/**
 * Problems with a worksheet (empty = valid). Accepts anything (e.g. JSON from a tenant's settings)
 * and never throws. Every problem names the path of the field, e.g. "components[0].weight: must be > 0".
 * Checked: ids and version; weights sum to 100; per component the shares sum to 100 and each
 * sub-component code appears once; criterion codes unique in the whole worksheet; every criterion's
 * scale exists; pre-fill rules are known and their scale can map a ratio; scale values in [0, 1];
 * grade bands descending with exactly the last one unbounded.
 */
export function validateWorksheet(w: unknown): string[] {
  const problems: string[] = [];
  const add = (path: string, msg: string) => problems.push(`${path}: ${msg}`);
  if (!isObject(w)) return ['worksheet: must be an object'];

  if (typeof w['worksheetId'] !== 'string' || w['worksheetId'].trim() === '') add('worksheetId', 'must be a non-empty string');
  if (!Number.isInteger(w['version']) || (w['version'] as number) < 1) add('version', 'must be an integer >= 1');
  if (w['description'] !== undefined && typeof w['description'] !== 'string') add('description', 'must be a string');

  const dec = (path: string, v: unknown): Decimal | null => {
    if (!isDecimalString(v)) {
      add(path, 'must be a decimal written as a string');
      return null;
    }
    return new Decimal(v);
  };
  const bilingual = (path: string, v: unknown) => {
    if (!isObject(v) || typeof v['id'] !== 'string' || typeof v['en'] !== 'string' || v['id'].trim() === '') add(path, 'must be { id: string, en: string } with a non-empty id');
  };

  // scales
  const scales = w['scales'];
  const scaleCodes = new Map<string, { mappable: boolean }>();
  if (!isObject(scales) || Object.keys(scales).length === 0) add('scales', 'must be a non-empty object (scale code -> scale)');
  else {
    for (const [code, s] of Object.entries(scales)) {
      const at = `scales.${code}`;
      if (!isObject(s)) {
        add(at, 'must be an object');
        continue;
      }
      if (s['kind'] !== 'yes_no' && s['kind'] !== 'graded') add(`${at}.kind`, "must be 'yes_no' or 'graded'");
      bilingual(`${at}.label`, s['label']);
      const values = s['values'];
      const valueCodes = new Set<string>();
      if (!isObject(values) || Object.keys(values).length < 2) add(`${at}.values`, 'must map at least two answer codes to values');
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
        if (!isObject(labels)) add(`${at}.valueLabels`, 'must be an object (answer code -> label)');
        else
          for (const [answer, l] of Object.entries(labels)) {
            if (!valueCodes.has(answer)) add(`${at}.valueLabels.${answer}`, 'is not an answer of the scale');
            bilingual(`${at}.valueLabels.${answer}`, l);
          }
      }
      const ratio = s['ratioAnswers'];
      let mappable = false;
      if (ratio !== undefined) {
        if (!Array.isArray(ratio) || ratio.length === 0) add(`${at}.ratioAnswers`, 'must be a non-empty array');
        else {
          let previous: Decimal | null = null;
          let ok = true;
          ratio.forEach((r: unknown, i) => {
            const rat = `${at}.ratioAnswers[${i}]`;
            if (!isObject(r)) {
              add(rat, 'must be an object');
              ok = false;
              return;
            }
            if (typeof r['answer'] !== 'string' || !valueCodes.has(r['answer'])) add(`${rat}.answer`, 'must be an answer code of the scale');
            const min = dec(`${rat}.minPercent`, r['minPercent']);
            if (!min) ok = false;
            else {
              if (min.lt(0) || min.gt(100)) add(`${rat}.minPercent`, 'must be between 0 and 100');
              if (previous && !min.lt(previous)) add(`${rat}.minPercent`, 'must be below the previous entry (descending order)');
              previous = min;
            }
          });
          const last = ratio[ratio.length - 1] as unknown;
          if (ok && isObject(last) && !(isDecimalString(last['minPercent']) && new Decimal(last['minPercent']).eq(0))) {
            add(`${at}.ratioAnswers[${ratio.length - 1}].minPercent`, 'the last entry must be 0 (every ratio gets an answer)');
          }
          mappable = true;
        }
      }
      scaleCodes.set(code, { mappable });
    }
  }

  // components
  const components = w['components'];
  if (!Array.isArray(components) || components.length === 0) add('components', 'must be a non-empty array');
  else {
    let weightSum = new Decimal(0);
    let weightsOk = true;
    const componentCodes = new Set<string>();
    const criterionCodes = new Map<string, string>();
    components.forEach((c: unknown, i) => {
      const at = `components[${i}]`;
      if (!isObject(c)) {
        add(at, 'must be an object');
        weightsOk = false;
        return;
      }
      if (typeof c['code'] !== 'string' || c['code'].trim() === '') add(`${at}.code`, 'must be a non-empty string');
      else if (componentCodes.has(c['code'])) add(`${at}.code`, `duplicate component code ${c['code']}`);
      else componentCodes.add(c['code']);
      bilingual(`${at}.name`, c['name']);
      const weight = dec(`${at}.weight`, c['weight']);
      if (weight && !weight.gt(0)) add(`${at}.weight`, 'must be > 0');
      if (weight) weightSum = weightSum.plus(weight);
      else weightsOk = false;

      const subs = c['subComponents'];
      if (!Array.isArray(subs) || subs.length === 0) {
        add(`${at}.subComponents`, 'must be a non-empty array');
        return;
      }
      let shareSum = new Decimal(0);
      let sharesOk = true;
      const subCodes = new Set<string>();
      subs.forEach((s: unknown, j) => {
        const sat = `${at}.subComponents[${j}]`;
        if (!isObject(s)) {
          add(sat, 'must be an object');
          sharesOk = false;
          return;
        }
        if (!LKE_SUB_COMPONENT_CODES.includes(s['code'] as LkeSubComponentCode)) add(`${sat}.code`, `must be one of ${LKE_SUB_COMPONENT_CODES.join(', ')}`);
        else if (subCodes.has(s['code'] as string)) add(`${sat}.code`, `duplicate sub-component ${String(s['code'])} in the component`);
        else subCodes.add(s['code'] as string);
        bilingual(`${sat}.name`, s['name']);
        const share = dec(`${sat}.share`, s['share']);
        if (share && !share.gt(0)) add(`${sat}.share`, 'must be > 0');
        if (share) shareSum = shareSum.plus(share);
        else sharesOk = false;
        const crit = s['criteria'];
        if (!Array.isArray(crit) || crit.length === 0) {
          add(`${sat}.criteria`, 'must be a non-empty array');
          return;
        }
        crit.forEach((k: unknown, n) => {
          const kat = `${sat}.criteria[${n}]`;
          if (!isObject(k)) {
            add(kat, 'must be an object');
            return;
          }
          const code = k['code'];
          if (typeof code !== 'string' || code.trim() === '') add(`${kat}.code`, 'must be a non-empty string');
          else if (criterionCodes.has(code)) add(`${kat}.code`, `duplicate criterion code ${code} (also at ${criterionCodes.get(code)})`);
          else criterionCodes.set(code, kat);
          bilingual(`${kat}.text`, k['text']);
          const scale = typeof k['scale'] === 'string' ? scaleCodes.get(k['scale']) : undefined;
          if (!scale) add(`${kat}.scale`, `unknown scale ${JSON.stringify(k['scale'])}`);
          const rule = k['prefill'];
          if (rule !== undefined) {
            if (!LKE_PREFILL_RULE_CODES.includes(rule as LkePrefillRuleCode)) add(`${kat}.prefill`, `unknown pre-fill rule ${JSON.stringify(rule)}`);
            else if (scale && !scale.mappable) add(`${kat}.prefill`, `scale ${String(k['scale'])} has no ratioAnswers to turn the rule's result into an answer`);
          }
        });
      });
      if (sharesOk && !shareSum.eq(100)) add(`${at}.subComponents`, `shares must sum to 100 (they sum to ${shareSum.toString()})`);
    });
    if (weightsOk && !weightSum.eq(100)) add('components', `weights must sum to 100 (they sum to ${weightSum.toString()})`);
  }

  // grades
  const grades = w['grades'];
  if (!Array.isArray(grades) || grades.length === 0) add('grades', 'must be a non-empty array');
  else {
    const codes = new Set<string>();
    let previous: Decimal | null = null;
    grades.forEach((g: unknown, i) => {
      const at = `grades[${i}]`;
      if (!isObject(g)) {
        add(at, 'must be an object');
        return;
      }
      if (typeof g['code'] !== 'string' || g['code'].trim() === '') add(`${at}.code`, 'must be a non-empty string');
      else if (codes.has(g['code'])) add(`${at}.code`, `duplicate grade ${g['code']}`);
      else codes.add(g['code']);
      bilingual(`${at}.label`, g['label']);
      const last = i === grades.length - 1;
      if (g['min'] === null) {
        if (!last) add(`${at}.min`, 'only the last grade may have min null');
        return;
      }
      if (last) add(`${at}.min`, 'the last grade must have min null (it takes every remaining total)');
      const min = dec(`${at}.min`, g['min']);
      if (min && previous && !min.lt(previous)) add(`${at}.min`, 'must be below the previous grade (highest grade first)');
      if (min) previous = min;
    });
  }
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws with every problem when the worksheet is not valid; returns it typed otherwise. */
export function assertValidLkeWorksheet(w: unknown): LkeWorksheet {
  const problems = validateWorksheet(w);
  if (problems.length > 0) throw new InvalidLkeWorksheetError(problems);
  return w as LkeWorksheet;
}

export class InvalidLkeWorksheetError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid LKE worksheet: ${problems.join('; ')}`);
    this.name = 'InvalidLkeWorksheetError';
  }
}
