import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import type { ScorecardScore, ScorecardSummary } from '../scorecard/types';
import { flatten, type OrgNode } from './org';
import { UnitTree } from './UnitTree';

const node = (unitId: string, name: string, kind: string, parentId: string | null, children: OrgNode[] = []): OrgNode => ({ unitId, name, kind, parentId, status: 'active', children }) as OrgNode;
const units = flatten([
  node('pemda', 'Pemerintah Kabupaten Contoh', 'pemda', null, [
    node('dpmptsp', 'Dinas Penanaman Modal', 'opd', 'pemda'),
    node('dinkes', 'Dinas Kesehatan', 'opd', 'pemda'),
    node('bpkad', 'BPKAD', 'opd', 'pemda'),
  ]),
]);
const main = new Map<string, ScorecardSummary>([
  ['pemda', { scorecardId: 'pemda-2026', unitId: 'pemda', theme: null } as ScorecardSummary],
  ['dpmptsp', { scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', theme: null } as ScorecardSummary],
  ['bpkad', { scorecardId: 'bpkad-2026', unitId: 'bpkad', theme: null } as ScorecardSummary],
]);
const band = { code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: '90', minInclusive: false, max: null, maxInclusive: false };
const scores = new Map<string, ScorecardScore>([
  ['pemda-2026', { score: { measurable: false, score: null, reason: 'nothing_measurable', band: null } } as unknown as ScorecardScore],
  ['dpmptsp-2026', { score: { measurable: true, score: '100.1267552182163187855787476280835', reason: null, band } } as unknown as ScorecardScore],
]);

describe('UnitTree', () => {
  beforeAll(() => initI18n('id'));
  afterEach(cleanup);

  it("shows each unit's period score rounded with a decimal comma, its band in words, and says when there is none", () => {
    render(
      <MemoryRouter>
        <UnitTree units={units} main={main} scores={scores} failed={new Set()} yearly={undefined} period="Q2" query="year=2026&period=Q2" />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('unit-score-dpmptsp').textContent).toBe('100,13');
    expect(screen.getByTestId('unit-score-pemda').textContent).toBe('Belum dapat dinilai');
    expect(screen.getByTestId('unit-score-dinkes').textContent).toBe('Tidak ada nilai');
    const row = screen.getByTestId('unit-score-dpmptsp').closest('tr')!;
    expect(within(row).getByText('Sangat Tinggi')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/scorecards/dpmptsp-2026?year=2026&period=Q2');
    expect(screen.getByRole('columnheader', { name: 'Nilai Triwulan II' })).toBeTruthy();
  });

  it("has no score cell while a unit's score is still loading, so nothing half-known is read", () => {
    render(
      <MemoryRouter>
        <UnitTree units={units} main={main} scores={scores} failed={new Set()} yearly={undefined} period="Q2" query="" />
      </MemoryRouter>,
    );
    expect(screen.queryByTestId('unit-score-bpkad')).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'BPKAD' })).toBeTruthy();
  });
});
