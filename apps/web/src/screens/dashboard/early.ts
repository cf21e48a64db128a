import { useRef } from 'react';
import type { Api } from '../../api/clients';
import { useLoad, type Loaded } from '../../api/hooks';

/** How long a read started during render waits for its screen's first effect to take it. */
const FRESH_MS = 2000;
const started = new WeakMap<Api, Map<string, { at: number; promise: Promise<unknown> }>>();

/**
 * Starts a read while the screen renders: React commits a lazily loaded screen a while after
 * rendering it, and the effects that load its data would only start then. Starting twice (a
 * re-render) sends one request.
 */
export function startEarly<T>(api: Api, key: string, load: () => Promise<T>): void {
  let reads = started.get(api);
  if (!reads) started.set(api, (reads = new Map()));
  const known = reads.get(key);
  if (known && Date.now() - known.at < FRESH_MS) return;
  const promise = load();
  promise.catch(() => undefined);
  reads.set(key, { at: Date.now(), promise });
}

/** The read started during render, if still fresh (taken once), else a new one. */
export function takeEarly<T>(api: Api, key: string, load: () => Promise<T>): Promise<T> {
  const reads = started.get(api);
  const known = reads?.get(key);
  reads?.delete(key);
  return known && Date.now() - known.at < FRESH_MS ? (known.promise as Promise<T>) : load();
}

/**
 * useLoad whose first read starts during render (see startEarly): started again only when the key
 * changes, so re-renders send nothing; a reload reads anew.
 */
export function useEarlyLoad<T>(api: Api, key: string, load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const last = useRef<string | undefined>(undefined);
  if (last.current !== key) {
    last.current = key;
    startEarly(api, key, load);
  }
  return useLoad(() => takeEarly(api, key, load), deps);
}
