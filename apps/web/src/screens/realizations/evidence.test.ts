import { describe, expect, it } from 'vitest';
import { addRow, dottedField, removeRow, rowsFrom, toEvidence, updateRow } from './evidence';

describe('the evidence rows editor', () => {
  it('adds rows with new keys, edits one, removes one', () => {
    let rows = addRow(addRow([]));
    expect(rows.map((r) => r.key)).toEqual([1, 2]);
    rows = updateRow(rows, 2, { url: 'https://bukti.example/b.pdf', label: 'Rekap' });
    rows = removeRow(rows, 1);
    expect(rows).toEqual([{ key: 2, url: 'https://bukti.example/b.pdf', label: 'Rekap' }]);
    expect(addRow(rows).map((r) => r.key)).toEqual([2, 3]);
  });

  it('sends trimmed links, drops blank rows, and maps each row to its index in what was sent', () => {
    const rows = [
      { key: 1, url: '  ', label: '' },
      { key: 2, url: ' https://bukti.example/a.pdf ', label: ' Laporan IKM ' },
      { key: 3, url: 'not a link', label: '' },
    ];
    const { evidence, indexOf } = toEvidence(rows);
    expect(evidence).toEqual([{ url: 'https://bukti.example/a.pdf', label: 'Laporan IKM' }, { url: 'not a link' }]);
    expect([...indexOf]).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it('starts from the reported evidence; the API field spellings become one', () => {
    expect(rowsFrom([{ url: 'https://x.example', label: null }])).toEqual([{ key: 1, url: 'https://x.example', label: '' }]);
    expect(dottedField('evidence[1].url')).toBe('evidence.1.url');
    expect(dottedField('evidence.0.label')).toBe('evidence.0.label');
  });
});
