import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's query parameters and a setter that changes some of them, keeping the others (so a
 * link shows the same view). `replace`: the change replaces the history entry instead of adding one.
 */
export function useUrlParams({ replace = false }: { replace?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const setMany = useCallback(
    (changes: readonly (readonly [key: string, value: string])[]) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of changes) next.set(k, v);
          return next;
        },
        { replace },
      ),
    [setParams, replace],
  );
  const set = useCallback((key: string, value: string) => setMany([[key, value]]), [setMany]);
  return { params, set, setMany };
}
