import type { Snapshot } from './types';

/** The parts of a plan the comparison walks, in the order it shows them. */
export const SECTIONS = ['profile', 'perspectives', 'objectives', 'links', 'kpis', 'initiatives'] as const;
export type Section = (typeof SECTIONS)[number];
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field of an item whose value differs: the values as display text (decimal strings kept as the API gave them). */
export interface FieldChange {
  /** A field name (`weight`) or a path inside one (`periodTargets.Q1`, `thresholds.green`). */
  field: string;
  before: string | null;
  after: string | null;
}

export interface ItemChange {
  section: Section;
  /** The item's code (`IKU-01`), `SS-02 → SS-01` for a link, the field group for the profile. */
  key: string;
  /** Its name in the newer version (the older one when removed). */
  name: string;
  kind: ChangeKind;
  /** For a changed item: what changed; for an added or removed one: empty. */
  fields: FieldChange[];
}

export interface Comparison {
  changes: ItemChange[];
  counts: Record<ChangeKind, number>;
}

/** Something a plan item holds: text, a decimal string, a list, a target object... */
type Value = unknown;

/** A flat map path -> display text of one item's fields (nested objects such as targets become `periodTargets.Q1`). */
export function flatten(item: Record<string, Value>, skip: readonly string[] = []): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const walk = (prefix: string, v: Value) => {
    if (v === null || v === undefined) {
      out.set(prefix, null);
      return;
    }
    if (isTarget(v)) {
      out.set(prefix, targetText(v));
      return;
    }
    if (Array.isArray(v)) {
      out.set(prefix, v.length === 0 ? null : v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('; '));
      return;
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, Value>);
      if (entries.length === 0) out.set(prefix, null);
      for (const [k, inner] of entries) walk(`${prefix}.${k}`, inner);
      return;
    }
    out.set(prefix, String(v));
  };
  for (const [k, v] of Object.entries(item)) if (!skip.includes(k)) walk(k, v);
  return out;
}

const isTarget = (v: Value): v is { value: string } | { min: string; max: string } => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v).sort().join(',');
  return keys === 'value' || keys === 'max,min';
};

/** A target as the template writes it: `82.5`, or `2..4` for a range. */
export function targetText(t: { value: string } | { min: string; max: string }): string {
  return 'value' in t ? t.value : `${t.min}..${t.max}`;
}

/** The fields whose text differs between two flattened items (a field only one side has counts as empty on the other). */
export function fieldChanges(before: Map<string, string | null>, after: Map<string, string | null>): FieldChange[] {
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = before.get(field) ?? null;
    const a = after.get(field) ?? null;
    if (b !== a) out.push({ field, before: b, after: a });
  }
  return out;
}

interface Keyed {
  key: string;
  name: string;
  fields: Map<string, string | null>;
}

/** Ids derived from the scorecard id (`dpmptsp-2026.iku-01`) are not compared: the code already is. */
const ID_FIELDS = ['kpiId', 'objectiveId', 'perspectiveId', 'initiativeId'];

function itemsOf(snapshot: Snapshot, section: Section): Keyed[] {
  switch (section) {
    case 'profile': {
      const h = snapshot.header;
      return [{ key: 'profile', name: h.title, fields: flatten({ title: h.title, vision: h.vision, missions: h.missions, goals: h.goals }) }];
    }
    case 'perspectives':
      return snapshot.perspectives.map((p) => ({ key: p.code, name: p.name, fields: flatten(p, ID_FIELDS) }));
    case 'objectives':
      return snapshot.objectives.map((o) => ({ key: o.code, name: o.name, fields: flatten(o, ID_FIELDS) }));
    case 'links':
      return snapshot.links.map((l) => ({ key: `${l.from} → ${l.to}`, name: '', fields: new Map() }));
    case 'kpis':
      return snapshot.kpis.map((k) => ({ key: k.code, name: k.name, fields: flatten(k, ID_FIELDS) }));
    case 'initiatives':
      return snapshot.initiatives.map((i) => ({ key: i.code, name: i.name, fields: flatten(i, ID_FIELDS) }));
  }
}

/** Codes are compared as the domain does: case and spaces do not make another item. */
const norm = (code: string) => code.trim().toLowerCase();

/**
 * What changed from the older plan to the newer one, section by section: items added, removed,
 * and changed with each field's old and new value. Items keep the newer plan's order, removed
 * ones come after them.
 */
export function comparePlans(older: Snapshot, newer: Snapshot): Comparison {
  const changes: ItemChange[] = [];
  for (const section of SECTIONS) {
    const before = new Map(itemsOf(older, section).map((i) => [norm(i.key), i]));
    const after = itemsOf(newer, section);
    const seen = new Set<string>();
    for (const item of after) {
      const id = norm(item.key);
      seen.add(id);
      const old = before.get(id);
      if (!old) {
        changes.push({ section, key: item.key, name: item.name, kind: 'added', fields: [] });
        continue;
      }
      const fields = fieldChanges(old.fields, item.fields);
      if (fields.length > 0) changes.push({ section, key: item.key, name: item.name, kind: 'changed', fields });
    }
    for (const [id, old] of before) if (!seen.has(id)) changes.push({ section, key: old.key, name: old.name, kind: 'removed', fields: [] });
  }
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.kind]++;
  return { changes, counts };
}

/** The changes of one section, for its table. */
export const changesOf = (comparison: Comparison, section: Section) => comparison.changes.filter((c) => c.section === section);

/** The i18n key of a field's label: `periodTargets.Q1` -> `periodTargets` (the period is added by the screen). */
export function fieldLabelKey(field: string): { key: string; detail: string | null } {
  const at = field.indexOf('.');
  return at < 0 ? { key: field, detail: null } : { key: field.slice(0, at), detail: field.slice(at + 1) };
}
