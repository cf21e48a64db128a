import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../api/clients';
import { startEarly, takeEarly, useEarlyLoad } from './early';

describe('startEarly / takeEarly', () => {
  afterEach(() => vi.useRealTimers());

  it('sends one request for a read started during render and taken by the effect; the next take sends a new one', async () => {
    const api = {} as Api;
    const load = vi.fn(async () => 'tree');
    startEarly(api, 'tree', load);
    startEarly(api, 'tree', load);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(takeEarly(api, 'tree', load)).resolves.toBe('tree');
    expect(load).toHaveBeenCalledTimes(1);
    await takeEarly(api, 'tree', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not hand out a stale read, nor one started for another session', async () => {
    vi.useFakeTimers();
    const api = {} as Api;
    const other = {} as Api;
    let n = 0;
    const load = vi.fn(async () => ++n);
    startEarly(api, 'k', load);
    await expect(takeEarly(other, 'k', load)).resolves.toBe(2);
    vi.advanceTimersByTime(2500);
    await expect(takeEarly(api, 'k', load)).resolves.toBe(3);
  });
});

describe('useEarlyLoad', () => {
  it('reads once however often the screen re-renders, again on reload and when the key changes', async () => {
    const api = {} as Api;
    const load = vi.fn(async () => 'data');
    const { result, rerender } = renderHook(({ year }) => useEarlyLoad(api, `list:${year}`, load, [year]), { initialProps: { year: 2026 } });
    await waitFor(() => expect(result.current.data).toBe('data'));
    rerender({ year: 2026 });
    rerender({ year: 2026 });
    expect(load).toHaveBeenCalledTimes(1);
    act(() => result.current.reload());
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    rerender({ year: 2027 });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    rerender({ year: 2027 });
    expect(load).toHaveBeenCalledTimes(3);
  });
});
