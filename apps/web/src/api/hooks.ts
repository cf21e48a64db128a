import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiProblem, toProblem, type ApiProblem } from './errors';

export interface Loaded<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload(): void;
}

function asProblem(e: unknown): ApiProblem {
  return isApiProblem(e) ? e : toProblem(0, { code: 'CLIENT_ERROR', message: e instanceof Error ? e.message : String(e) });
}

/** Loads data when `deps` change; a newer load wins over an older one still in flight. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; problem?: ApiProblem; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (e) => mine === generation.current && setState({ problem: asProblem(e), loading: false }),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, problem: state.problem, loading: state.loading, reload };
}

export interface Submission<R> {
  /** Sends the write with the form's Idempotency-Key (the same key until a write succeeds). */
  submit(send: (headers: Record<string, string>) => Promise<R>): Promise<R | undefined>;
  pending: boolean;
  problem: ApiProblem | undefined;
  /** The API answered 412: someone changed the data since this form loaded it. */
  stale: boolean;
  /** The last successful result. */
  result: R | undefined;
  reset(): void;
}

export const newIdempotencyKey = () => crypto.randomUUID();

/**
 * A form's write. A second click on Save while the first is in flight sends nothing; a retry
 * after a failure (or a double submit that slips through) reuses the same Idempotency-Key, so the
 * service answers it with the first answer instead of writing twice. A new key is drawn after a
 * success (the next Save is a new write) and on reset().
 */
export function useSubmit<R>(): Submission<R> {
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef<Promise<R | undefined> | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [result, setResult] = useState<R | undefined>();
  const submit = useCallback((send: (headers: Record<string, string>) => Promise<R>) => {
    if (inFlight.current) return inFlight.current;
    setPending(true);
    setProblem(undefined);
    const run = (async () => {
      try {
        const r = await send({ 'Idempotency-Key': key.current });
        key.current = newIdempotencyKey();
        setResult(r);
        return r;
      } catch (e) {
        setProblem(asProblem(e));
        return undefined;
      } finally {
        inFlight.current = undefined;
        setPending(false);
      }
    })();
    inFlight.current = run;
    return run;
  }, []);
  const reset = useCallback(() => {
    key.current = newIdempotencyKey();
    setProblem(undefined);
    setResult(undefined);
  }, []);
  return { submit, pending, problem, stale: problem?.status === 412, result, reset };
}
