import { unwrap, unwrapWithEtag, type Api, type FetchOutcome } from '../../api/clients';
import type { ReportingPolicy, ReportingPolicyInput, RewardPolicy, RewardPolicyInput, ScoringPolicy, ScoringPolicyInput, VersionEntry, VfmPolicy, VfmPolicyInput, Written } from './types';

/**
 * How each versioned document of a year is read and written (the generic document API of the
 * services: GET current, GET versions, GET versions/:version, PUT with a reason), with the
 * typed clients. `Input` is what the form gives (the document without the identity the service
 * assigns).
 */
export interface DocumentApi<D, Input> {
  /** The version in force, every version's document, and the ETag to send as If-Match with the next save. */
  current(api: Api, year: number): Promise<Current<D>>;
  versions(api: Api, year: number): Promise<VersionEntry[]>;
  version(api: Api, year: number, version: number): Promise<VersionEntry & { document: D }>;
  /** A new version; the answer's ETag is the If-Match of the save after it. */
  save(api: Api, year: number, input: Input, reason: string, headers: Record<string, string>): Promise<{ data: Written<D>; etag?: string }>;
}

export interface Current<D> {
  current: D;
  isDefault: boolean;
  versions: D[];
  etag?: string;
}

/** The answer with its ETag beside it. */
async function withEtag<T extends object>(call: Parameters<typeof unwrapWithEtag<T>>[0]): Promise<T & { etag?: string }> {
  const { data, etag } = await unwrapWithEtag<T>(call);
  return { ...data, etag };
}

const path = (year: number) => ({ path: { year: String(year) } });
const versionPath = (year: number, version: number) => ({ path: { year: String(year), version } });

/**
 * The evaluation service's documents: the same four calls under each one's path. openapi-fetch types
 * a GET on a union of paths with the union of their answers (each path answers with its own
 * document, D); the PUT, whose body differs, is the document's own typed call.
 */
type EvaluationPath = '/policies/{year}' | '/policies/{year}/rewards' | '/policies/{year}/vfm';
type Put<Input> = (api: Api, params: ReturnType<typeof path> & { header: Record<string, string> }, body: { policy: Input; reason: string }) => Promise<FetchOutcome<unknown>>;
const answer = <T>(call: Promise<FetchOutcome<unknown>>) => call as Promise<FetchOutcome<T>>;

function evaluationDocument<D, Input>(base: EvaluationPath, put: Put<Input>): DocumentApi<D, Input> {
  return {
    current: (api, year) => withEtag(answer<Current<D>>(api.evaluation.GET(base, { params: path(year) }))),
    versions: async (api, year) => (await unwrap(api.evaluation.GET(`${base}/versions`, { params: path(year) }))).versions,
    version: (api, year, version) => unwrap(answer<VersionEntry & { document: D }>(api.evaluation.GET(`${base}/versions/{version}`, { params: versionPath(year, version) }))),
    save: (api, year, policy, reason, headers) => unwrapWithEtag(answer<Written<D>>(put(api, { ...path(year), header: headers }, { policy, reason }))),
  };
}

export const scoringApi = evaluationDocument<ScoringPolicy, ScoringPolicyInput>('/policies/{year}', (api, params, body) => api.evaluation.PUT('/policies/{year}', { params, body }));
export const rewardApi = evaluationDocument<RewardPolicy, RewardPolicyInput>('/policies/{year}/rewards', (api, params, body) => api.evaluation.PUT('/policies/{year}/rewards', { params, body }));
export const vfmApi = evaluationDocument<VfmPolicy, VfmPolicyInput>('/policies/{year}/vfm', (api, params, body) => api.evaluation.PUT('/policies/{year}/vfm', { params, body }));

export const reportingApi: DocumentApi<ReportingPolicy, ReportingPolicyInput> = {
  current: (api, year) => withEtag(api.measurement.GET('/reporting-policies/{year}', { params: path(year) })),
  versions: async (api, year) => (await unwrap(api.measurement.GET('/reporting-policies/{year}/versions', { params: path(year) }))).versions,
  version: (api, year, version) => unwrap(api.measurement.GET('/reporting-policies/{year}/versions/{version}', { params: versionPath(year, version) })),
  save: (api, year, input, reason, headers) => unwrapWithEtag(api.measurement.PUT('/reporting-policies/{year}', { params: { ...path(year), header: headers }, body: { ...input, reason } })),
};
