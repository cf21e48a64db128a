import type { Evidence } from './types';

/** One row of the evidence editor (key: stable identity for React and removal). */
export interface EvidenceRow {
  key: number;
  url: string;
  label: string;
}

export const emptyRow = (key: number): EvidenceRow => ({ key, url: '', label: '' });

export function addRow(rows: readonly EvidenceRow[]): EvidenceRow[] {
  const key = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  return [...rows, emptyRow(key)];
}

export function removeRow(rows: readonly EvidenceRow[], key: number): EvidenceRow[] {
  return rows.filter((r) => r.key !== key);
}

export function updateRow(rows: readonly EvidenceRow[], key: number, patch: Partial<Pick<EvidenceRow, 'url' | 'label'>>): EvidenceRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

export const rowsFrom = (evidence: readonly { url: string; label?: string | null }[]): EvidenceRow[] => evidence.map((e, i) => ({ key: i + 1, url: e.url, label: e.label ?? '' }));

const isBlank = (r: EvidenceRow) => r.url.trim() === '' && r.label.trim() === '';

/**
 * The evidence to send: rows left fully blank are dropped; `indexOf` gives each row's index in
 * the sent list, so the API's `evidence.<i>.url` message lands on the right row.
 */
export function toEvidence(rows: readonly EvidenceRow[]): { evidence: Evidence[]; indexOf: Map<number, number> } {
  const evidence: Evidence[] = [];
  const indexOf = new Map<number, number>();
  for (const r of rows) {
    if (isBlank(r)) continue;
    indexOf.set(r.key, evidence.length);
    const label = r.label.trim();
    evidence.push(label ? { url: r.url.trim(), label } : { url: r.url.trim() });
  }
  return { evidence, indexOf };
}

/** The API names an evidence row `evidence.0.url` (validation) or `evidence[0].url` (domain): one spelling, the dotted one. */
export function dottedField(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
