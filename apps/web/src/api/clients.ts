import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '../config';
import type { paths as EvaluationPaths } from './generated/evaluation';
import type { paths as MeasurementPaths } from './generated/measurement';
import type { paths as PlanningPaths } from './generated/planning';
import { toProblem, type ApiProblem } from './errors';

/** Typed clients of the three services (types generated from their OpenAPI documents). */
export interface Api {
  planning: Client<PlanningPaths>;
  measurement: Client<MeasurementPaths>;
  evaluation: Client<EvaluationPaths>;
  config: RuntimeConfig;
}

export function createApi(config: RuntimeConfig, token: () => string | undefined, fetchImpl?: typeof fetch): Api {
  const auth: Middleware = {
    onRequest({ request }) {
      const t = token();
      if (t) request.headers.set('Authorization', `Bearer ${t}`);
      return request;
    },
  };
  const make = <P extends object>(baseUrl: string) => {
    const client = createClient<P>({ baseUrl, fetch: fetchImpl });
    client.use(auth);
    return client;
  };
  return {
    planning: make<PlanningPaths>(config.planning),
    measurement: make<MeasurementPaths>(config.measurement),
    evaluation: make<EvaluationPaths>(config.evaluation),
    config,
  };
}

export const ApiContext = createContext<Api | undefined>(undefined);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}

/** What an openapi-fetch call resolves to. */
export interface FetchOutcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The outcome of a call the service answered with 2xx; otherwise throws its ApiProblem (a network failure is status 0). */
async function answered<T>(call: Promise<FetchOutcome<T>>): Promise<FetchOutcome<T>> {
  let outcome: FetchOutcome<T>;
  try {
    outcome = await call;
  } catch (e) {
    throw toProblem(0, { code: 'NETWORK_ERROR', message: e instanceof Error ? e.message : String(e) });
  }
  if (!outcome.response.ok) throw toProblem(outcome.response.status, outcome.error);
  return outcome;
}

/** The answer's data, or throws its ApiProblem; a network failure is a problem with status 0. */
export async function unwrap<T>(call: Promise<FetchOutcome<T>>): Promise<T> {
  return (await answered(call)).data as T;
}

/** The If-Match value for a stream at `revision` (the services' ETags are `"<revision>"`). */
export const ifMatch = (revision: number): string => `"${revision}"`;

/** Like unwrap, with the answer's ETag (for If-Match on the next write). */
export async function unwrapWithEtag<T>(call: Promise<FetchOutcome<T>>): Promise<{ data: T; etag?: string }> {
  const outcome = await answered(call);
  return { data: outcome.data as T, etag: outcome.response.headers.get('ETag') ?? undefined };
}

export type { ApiProblem };
