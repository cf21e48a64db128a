/** One text in both languages of the console, written side by side. */
export interface Translation {
  readonly id: string;
  readonly en: string;
}

/** A namespace's texts: each key once, with its two translations (or a group of such keys). */
export interface Bilingual {
  readonly [key: string]: Translation | Bilingual;
}

/** The same tree with one language's strings at its leaves (an i18next resource bundle). */
export type Monolingual<T> = { [K in keyof T]: T[K] extends Translation ? string : Monolingual<T[K]> };

const LANGUAGES = ['id', 'en'] as const;

function isTranslation(node: Translation | Bilingual): node is Translation {
  return typeof node.id === 'string' || typeof node.en === 'string';
}

function pick(texts: Bilingual, lang: (typeof LANGUAGES)[number], path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(texts)) {
    const at = path ? `${path}.${key}` : key;
    if (!isTranslation(node)) {
      out[key] = pick(node, lang, at);
      continue;
    }
    const extra = Object.keys(node).filter((k) => k !== 'id' && k !== 'en');
    for (const l of LANGUAGES) {
      if (typeof node[l] !== 'string' || node[l].trim() === '') throw new Error(`i18n: "${at}" has no ${l} text`);
    }
    if (extra.length > 0) throw new Error(`i18n: "${at}" has texts in unknown languages: ${extra.join(', ')}`);
    out[key] = node[lang];
  }
  return out;
}

/**
 * Splits a namespace written once with both translations per key into the two i18next resource
 * bundles. Throws naming the key when a text is missing or empty in one of the languages.
 */
export function bundles<T extends Bilingual>(texts: T): { id: Monolingual<T>; en: Monolingual<T> } {
  return { id: pick(texts, 'id', '') as Monolingual<T>, en: pick(texts, 'en', '') as Monolingual<T> };
}
