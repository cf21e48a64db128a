import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validationFailed } from '../../fixtures';
import { renderWithSession, sessionToken, signedInForEach, type Call } from '../../testing';
import RecommendationsScreen from './RecommendationsScreen';
import { recommendation } from './testFixtures';
import type { Recommendation } from './types';

const ID = 'tpp-performance.v1.bpkad.2026';

/** A backend holding one open recommendation; accept records the decision, reject without a reason answers 400 on `reason`. */
function backend() {
  let current: Recommendation = recommendation(ID);
  return (call: Call): [number, unknown] => {
    const p = call.url.pathname;
    if (call.method === 'GET' && p === '/recommendations/2026') return [200, [current]];
    if (call.method === 'POST' && p === `/recommendations/${ID}/reject`) return validationFailed('reason', 'reason must be longer than or equal to 1 characters');
    if (call.method === 'POST' && p === `/recommendations/${ID}/accept`) {
      const data = {
        tenantId: 'kab-contoh',
        recommendationId: ID,
        recommendation: { ...current },
        decidedBy: 'evaluator@kab-contoh',
        decidedAt: '2026-12-06T03:00:00.000Z',
        note: (call.body as { note?: string }).note ?? null,
      };
      current = { ...current, decision: { type: 'recommendation-accepted', at: data.decidedAt, by: data.decidedBy, data } };
      return [200, { streamId: 's', revision: 1, position: 99, replayed: false, eventTypes: ['recommendation-accepted'], data }];
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const render = () => renderWithSession('/recommendations', '/recommendations?year=2026', <RecommendationsScreen />, backend());

describe('RecommendationsScreen', () => {
  signedInForEach(sessionToken('evaluator@kab-contoh', ['evaluator']));

  it('shows each recommendation with its rule, score and period, rounded for display only', async () => {
    render();
    const row = await screen.findByRole('row', { name: /BPKAD/ });
    expect(row.textContent).toContain('tpp-performance v1');
    expect(row.textContent).toContain('2026: nilai 67,58');
    expect(row.textContent).toContain('peringkat 3');
    expect(row.textContent).toContain('Belum diputuskan');
  });

  it('puts the API message on the reason field when rejecting without one', async () => {
    const { calls } = render();
    fireEvent.click(await screen.findByRole('button', { name: 'Tolak TPP bagian kinerja untuk BPKAD' }));
    const form = screen.getByTestId('decision-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Tolak rekomendasi' }));
    const reason = within(form).getByLabelText('Alasan penolakan (wajib)');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe('reason minimal 1 karakter');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ reason: '' }]);
  });

  it('accepts with a note once, however often Save is clicked, and shows who decided and when', async () => {
    const { calls } = render();
    fireEvent.click(await screen.findByRole('button', { name: 'Terima TPP bagian kinerja untuk BPKAD' }));
    const form = screen.getByTestId('decision-form');
    fireEvent.change(within(form).getByLabelText('Catatan (tidak wajib)'), { target: { value: 'Disetujui Sekda' } });
    const save = within(form).getByRole('button', { name: 'Terima rekomendasi' });
    fireEvent.click(save);
    fireEvent.click(save);
    const decision = await screen.findByTestId('decision');
    expect(decision.textContent).toContain('Diterima');
    expect(screen.getByTestId('decided-by').textContent).toMatch(/^oleh evaluator@kab-contoh pada 6 Des 2026.*10[.:]00$/);
    expect(decision.textContent).toContain('Catatan: Disetujui Sekda');
    expect(screen.getByTestId('decision-status').textContent).toBe(`Rekomendasi ${ID} diterima.`);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(screen.queryByTestId('decision-form')).toBeNull();
  });
});
