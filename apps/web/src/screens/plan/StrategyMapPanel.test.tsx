import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphProps } from '../../components/Graph';
import { scorecardHeader, scorecardPlan, scorecardSnapshot } from '../../fixtures';
import { renderScreen, type Call } from '../../testing';
import PlanEditorScreen from './PlanEditorScreen';
import type { OrgTree, ScorecardPlan } from './types';

// xyflow does not lay out in jsdom: the map is replaced by a stand-in that keeps the props it was given,
// and a test draws a link by calling the onConnect the panel passed (as xyflow does after a drag).
const drawnMap = vi.hoisted(() => ({ props: undefined as GraphProps | undefined }));
vi.mock('../../components/Graph', () => ({
  Graph: (props: GraphProps) => {
    drawnMap.props = props;
    return <div data-testid="graph" data-edges={props.edges.map((e) => `${e.source}->${e.target}`).join(' ')} />;
  },
}));

afterEach(() => {
  cleanup();
  drawnMap.props = undefined;
});

const TREE: OrgTree = { tenantId: 'kab-contoh', asOf: null, revision: 1, roots: [] };
const objective = (code: string, perspectiveCode: string, name: string) => ({ objectiveId: `bpkad-2027.${code.toLowerCase()}`, code, perspectiveCode, name, weight: null, contributesTo: null });

function plan(links: { from: string; to: string }[], fields: Partial<ScorecardPlan> = {}): ScorecardPlan {
  const snapshot = scorecardSnapshot(scorecardHeader('bpkad-2027', 'bpkad', 2027, { title: 'Kartu Kinerja BPKAD 2027' }), {
    perspectives: [
      { perspectiveId: 'bpkad-2027.plg', code: 'PLG', name: 'Pemangku kepentingan', order: 1, weight: '60' },
      { perspectiveId: 'bpkad-2027.prs', code: 'PRS', name: 'Proses internal', order: 2, weight: '40' },
    ],
    objectives: [objective('SS-01', 'PLG', 'Aset tertib'), objective('SS-02', 'PRS', 'Penatausahaan rapi')],
    links,
  });
  return scorecardPlan(snapshot, { revision: 4 + links.length, ...fields });
}

/** A planning service holding the plan's links; a link that closes a cycle is refused as the domain refuses it. */
function backend(links: { from: string; to: string }[], fields: Partial<ScorecardPlan> = {}) {
  return (call: Call): [number, unknown] => {
    const p = call.url.pathname;
    if (p === '/org/tree') return [200, TREE];
    if (p === '/scorecards/bpkad-2027' && call.method === 'GET') return [200, plan(links, fields)];
    if (p === '/scorecards/bpkad-2027/strategy-map/links' && call.method === 'POST') {
      const l = call.body as { from: string; to: string };
      if (links.some((x) => x.from === l.to && x.to === l.from)) {
        const message = `Tautan ${l.from} -> ${l.to} membentuk siklus (${l.from} -> ${l.to} -> ${l.from}) / the link would create a cycle in the strategy map`;
        return [422, { statusCode: 422, code: 'STRATEGY_MAP_CYCLE', message, details: [{ field: 'to', errors: [message] }] }];
      }
      links.push(l);
      return [200, { scorecardId: 'bpkad-2027', streamId: 's', revision: 4 + links.length, position: 9, replayed: false, eventTypes: ['strategy-link-added'] }];
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const linkPosts = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.url.pathname === '/scorecards/bpkad-2027/strategy-map/links');

async function openMap(answer: (call: Call) => [number, unknown]) {
  const view = renderScreen('/plan/:scorecardId?', '/plan/bpkad-2027?tab=map', <PlanEditorScreen />, answer);
  await screen.findByRole('heading', { level: 2, name: 'Peta strategi' });
  await waitFor(() => expect(drawnMap.props).toBeDefined());
  return view;
}

describe('StrategyMapPanel: links drawn on the map', () => {
  it('a link dragged from SS-02 to SS-01 sends the same request as the form, by objective code, and is then listed and drawn', async () => {
    const links: { from: string; to: string }[] = [];
    const { calls } = await openMap(backend(links));
    expect(screen.getByTestId('map-drag-hint').textContent).toContain('tarik dari titik di atas sasaran penyebab');
    const props = drawnMap.props!;
    const node = props.nodes.find((n) => n.id === 'bpkad-2027.ss-02')!;
    expect(props.handleLabel?.(node, 'source')).toBe('Tarik dari sini: SS-02 sebagai sebab');
    expect(props.handleLabel?.(node, 'target')).toBe('Lepas di sini: SS-02 sebagai akibat');

    act(() => props.onConnect?.('bpkad-2027.ss-02', 'bpkad-2027.ss-01'));
    await screen.findByTestId('link-SS-02-SS-01');
    expect(linkPosts(calls).map((c) => c.body)).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
    await waitFor(() => expect(screen.getByTestId('graph').getAttribute('data-edges')).toBe('bpkad-2027.ss-02->bpkad-2027.ss-01'));
    // The form is left empty after the link is written, as after a link picked in it.
    const form = screen.getByTestId('link-form');
    expect((within(form).getByLabelText('Sebab (dari)') as HTMLSelectElement).value).toBe('');
  });

  it('a drawn link that closes a cycle shows the API message on the form field it names, with the pair in the form', async () => {
    const { calls } = await openMap(backend([{ from: 'SS-02', to: 'SS-01' }]));
    act(() => drawnMap.props?.onConnect?.('bpkad-2027.ss-01', 'bpkad-2027.ss-02'));
    const form = screen.getByTestId('link-form');
    const error = await within(form).findByText('Tautan SS-01 -> SS-02 membentuk siklus (SS-01 -> SS-02 -> SS-01)');
    expect(error.closest('[data-field]')?.getAttribute('data-field')).toBe('to');
    const to = within(form).getByLabelText('Akibat (ke)') as HTMLSelectElement;
    expect(to.value).toBe('SS-02');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect((within(form).getByLabelText('Sebab (dari)') as HTMLSelectElement).value).toBe('SS-01');
    await waitFor(() => expect(document.activeElement).toBe(to));
    expect(linkPosts(calls)).toHaveLength(1);
  });

  it('an approved (locked) plan draws a read-only map: no handles to connect, no hint', async () => {
    await openMap(backend([], { status: 'approved' }));
    expect(drawnMap.props?.onConnect).toBeUndefined();
    expect(screen.queryByTestId('map-drag-hint')).toBeNull();
  });
});
