import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toProblem } from './errors';
import { useSubmit } from './hooks';

describe('useSubmit', () => {
  it('a second click while the first is in flight sends nothing more', async () => {
    const { result } = renderHook(() => useSubmit<string>());
    const sent: string[] = [];
    let release!: (v: string) => void;
    const send = (h: Record<string, string>) => {
      sent.push(h['Idempotency-Key']!);
      return new Promise<string>((r) => (release = r));
    };
    let first!: Promise<string | undefined>;
    let second!: Promise<string | undefined>;
    act(() => {
      first = result.current.submit(send);
      second = result.current.submit(send);
    });
    expect(sent).toHaveLength(1);
    await act(async () => release('ok'));
    await expect(first).resolves.toBe('ok');
    await expect(second).resolves.toBe('ok');
  });

  it('a retry after a failure reuses the Idempotency-Key; the next write after a success gets a new one', async () => {
    const { result } = renderHook(() => useSubmit<string>());
    const keys: string[] = [];
    await act(async () => {
      await result.current.submit(async (h) => {
        keys.push(h['Idempotency-Key']!);
        throw toProblem(0, { code: 'NETWORK_ERROR', message: 'offline' });
      });
    });
    expect(result.current.problem?.code).toBe('NETWORK_ERROR');
    await act(async () => {
      await result.current.submit(async (h) => {
        keys.push(h['Idempotency-Key']!);
        return 'stored';
      });
    });
    await act(async () => {
      await result.current.submit(async (h) => {
        keys.push(h['Idempotency-Key']!);
        return 'stored again';
      });
    });
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[1]);
    expect(result.current.result).toBe('stored again');
    expect(result.current.problem).toBeUndefined();
  });

  it('marks a 412 answer as stale', async () => {
    const { result } = renderHook(() => useSubmit<string>());
    await act(async () => {
      await result.current.submit(async () => {
        throw toProblem(412, { code: 'STALE_ETAG', message: 'changed' });
      });
    });
    expect(result.current.stale).toBe(true);
  });
});
