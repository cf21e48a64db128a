import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './index';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it.each(Object.entries(NAMESPACES))('%s has the same keys in Indonesian and English, none empty', (_ns, texts) => {
    const id = keys(texts.id).sort();
    const en = keys(texts.en).sort();
    expect(en).toEqual(id);
    const empty = (lang: 'id' | 'en') =>
      keys(texts[lang]).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], texts[lang]);
        return typeof v !== 'string' || v.trim() === '';
      });
    expect(empty('id')).toEqual([]);
    expect(empty('en')).toEqual([]);
  });
});
