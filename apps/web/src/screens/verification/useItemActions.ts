import { useCallback, useRef, useState } from 'react';
import { isApiProblem, toProblem } from '../../api/errors';
import { newIdempotencyKey } from '../../api/hooks';
import type { ItemResult, ReviewAction } from './queue';
import type { RealizationWritten } from './types';

export interface ItemActions {
  /**
   * Sends `action` for every key, each with its own Idempotency-Key. A key is kept for the same
   * request (action, item, body) until it succeeds, so a retry is answered with the first answer;
   * a new one is drawn after a success. While a run is in flight, another sends nothing.
   */
  run(action: ReviewAction, keys: readonly string[], body: unknown, send: (key: string, headers: Record<string, string>) => Promise<RealizationWritten>): Promise<ItemResult[] | undefined>;
  pending: boolean;
  results: ItemResult[];
  clear(): void;
}

export function useItemActions(): ItemActions {
  const idempotency = useRef(new Map<string, string>());
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [results, setResults] = useState<ItemResult[]>([]);

  const run = useCallback<ItemActions['run']>(async (action, keys, body, send) => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    try {
      const out = await Promise.all(
        keys.map(async (key): Promise<ItemResult> => {
          const request = JSON.stringify([action, key, body]);
          const idem = idempotency.current.get(request) ?? newIdempotencyKey();
          idempotency.current.set(request, idem);
          try {
            const written = await send(key, { 'Idempotency-Key': idem });
            idempotency.current.delete(request);
            return { key, action, ok: true, status: written.status };
          } catch (e) {
            const problem = isApiProblem(e) ? e : toProblem(0, { code: 'CLIENT_ERROR', message: e instanceof Error ? e.message : String(e) });
            return { key, action, ok: false, problem };
          }
        }),
      );
      setResults(out);
      return out;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);

  const clear = useCallback(() => setResults([]), []);
  return { run, pending, results, clear };
}
