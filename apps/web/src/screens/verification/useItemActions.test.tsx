import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../api/errors';
import type { RealizationWritten } from './types';
import { useItemActions } from './useItemActions';

const written = (status: RealizationWritten['status']): RealizationWritten => ({
  realizationId: 'r',
  streamId: 's',
  revision: 1,
  position: 1,
  replayed: false,
  eventType: 'x',
  status,
  valueRevision: 1,
  late: false,
  afterLock: false,
});

describe('useItemActions', () => {
  it('sends each item with its own Idempotency-Key and reports each answer', async () => {
    const { result } = renderHook(() => useItemActions());
    const sent = new Map<string, string>();
    await act(async () => {
      await result.current.run('verify', ['a', 'b'], {}, async (key, headers) => {
        sent.set(key, headers['Idempotency-Key']!);
        if (key === 'b') throw toProblem(409, { code: 'REALIZATION_NOT_SUBMITTED', field: 'status', message: 'sudah / already' });
        return written('verified');
      });
    });
    expect(sent.get('a')).toBeTruthy();
    expect(sent.get('a')).not.toBe(sent.get('b'));
    expect(result.current.results).toEqual([
      { key: 'a', action: 'verify', ok: true, status: 'verified' },
      expect.objectContaining({ key: 'b', action: 'verify', ok: false, problem: expect.objectContaining({ status: 409 }) }),
    ]);
  });

  it('a retry of a failed item reuses its key; a succeeded item gets a new key next time; another body gets another key', async () => {
    const { result } = renderHook(() => useItemActions());
    const keys: string[] = [];
    const failing = async (_k: string, h: Record<string, string>) => {
      keys.push(h['Idempotency-Key']!);
      throw toProblem(0, { code: 'NETWORK_ERROR', message: 'offline' });
    };
    const passing = async (_k: string, h: Record<string, string>) => {
      keys.push(h['Idempotency-Key']!);
      return written('rejected');
    };
    await act(async () => void (await result.current.run('reject', ['a'], { reason: 'x' }, failing)));
    await act(async () => void (await result.current.run('reject', ['a'], { reason: 'x' }, passing)));
    await act(async () => void (await result.current.run('reject', ['a'], { reason: 'x' }, passing)));
    await act(async () => void (await result.current.run('reject', ['a'], { reason: 'y' }, passing)));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
    expect(new Set(keys.slice(1)).size).toBe(3);
  });

  it('a second run while one is in flight sends nothing', async () => {
    const { result } = renderHook(() => useItemActions());
    let calls = 0;
    let release!: () => void;
    const slow = () => {
      calls++;
      return new Promise<RealizationWritten>((r) => (release = () => r(written('verified'))));
    };
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.run('verify', ['a'], {}, slow);
      second = result.current.run('verify', ['a'], {}, slow);
    });
    await expect(second).resolves.toBeUndefined();
    expect(calls).toBe(1);
    expect(result.current.pending).toBe(true);
    await act(async () => {
      release();
      await first;
    });
    expect(result.current.pending).toBe(false);
  });
});
