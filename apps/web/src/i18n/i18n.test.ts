import { describe, expect, it } from 'vitest';
import { bundles, type Bilingual } from './bundles';
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

describe('bundles', () => {
  it('splits keys written once with both translations into one bundle per language, groups kept', () => {
    const texts = bundles({ title: { id: 'Judul', en: 'Title' }, languages: { id: { id: 'Indonesia', en: 'Indonesia' }, en: { id: 'English', en: 'English' } } });
    expect(texts.id).toEqual({ title: 'Judul', languages: { id: 'Indonesia', en: 'English' } });
    expect(texts.en).toEqual({ title: 'Title', languages: { id: 'Indonesia', en: 'English' } });
  });

  it.each([
    ['no English', { group: { title: { id: 'Judul' } } }, 'i18n: "group.title" has no en text'],
    ['no Indonesian', { title: { en: 'Title' } }, 'i18n: "title" has no id text'],
    ['an empty text', { title: { id: ' ', en: 'Title' } }, 'i18n: "title" has no id text'],
    ['a third language', { title: { id: 'Judul', en: 'Title', fr: 'Titre' } }, 'i18n: "title" has texts in unknown languages: fr'],
  ])('refuses a key with %s, naming it', (_case, texts, message) => {
    expect(() => bundles(texts as unknown as Bilingual)).toThrow(message);
  });
});
