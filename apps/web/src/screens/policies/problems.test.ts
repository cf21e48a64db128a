import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../api/errors';
import { initI18n } from '../../i18n';
import { formField, policyMessage, problemForForm } from './problems';

describe("the API's policy problems on the form", () => {
  it("puts a band's border and a band as a whole on fields of that band", () => {
    const api = ['policy.bands[3]..bands[4]', 'policy.bands[2]', 'policy.rules[1]', 'policy.bands[2].min', 'reason'];
    expect(api.map(formField)).toEqual(['policy.bands[3].next', 'policy.bands[2].row', 'policy.rules[1].row', 'policy.bands[2].min', 'reason']);
  });

  it('words the validators’ sentences in Indonesian, and leaves them in English', () => {
    initI18n('id');
    const worded = (lang: string, ...messages: string[]) => messages.map((m) => policyMessage(m, i18n.t, lang));
    expect(worded('id', 'must be >= 100 (meeting the target is 100)', 'gap at 90 (neither includes it)', 'must be <= 1', 'something new')).toEqual([
      'harus ≥ 100 (memenuhi target = 100)',
      'celah di 90 (tidak ada yang memasukkan batas itu)',
      'harus ≤ 1',
      'something new',
    ]);
    expect(worded('en', 'must be >= 100 (meeting the target is 100)')).toEqual(['must be >= 100 (meeting the target is 100)']);
  });

  it('keeps the rest of the problem', () => {
    initI18n('id');
    const problem = toProblem(422, {
      code: 'INVALID_POLICY',
      message: 'Kebijakan penilaian tidak sah: … / invalid scoring policy',
      field: 'policy.achievement.cap',
      details: [
        { field: 'policy.achievement.cap', errors: ['must be >= 100 (meeting the target is 100)'] },
        { field: 'policy.bands[3]..bands[4]', errors: ['overlap at 90 (both include it)'] },
      ],
    });
    const shown = problemForForm(problem, i18n.t, 'id')!;
    expect(shown.code).toBe('INVALID_POLICY');
    expect(shown.fields).toEqual([
      { field: 'policy.achievement.cap', messages: ['harus ≥ 100 (memenuhi target = 100)'] },
      { field: 'policy.bands[3].next', messages: ['tumpang tindih di 90 (keduanya memasukkan batas itu)'] },
    ]);
  });
});
