import { ifMatch, unwrap, type Api } from '../../api/clients';
import { isApiProblem } from '../../api/errors';
import type { SakipAnswered, SakipEvaluation, SakipFinalized, SakipReopened, SakipRevised, SakipStarted } from './types';

/** The evaluation's calls: the worksheet with answers of a unit and year, and each write (with Idempotency-Key and If-Match). */
export type WriteHeaders = Record<string, string>;

const path = (unitId: string, year: number) => ({ unitId, year });
const guarded = (headers: WriteHeaders, revision: number | undefined) => (revision === undefined ? headers : { ...headers, 'If-Match': ifMatch(revision) });

/** The evaluation of a unit and year; null when it has not been started (404). */
export async function loadEvaluation(api: Api, unitId: string, year: number): Promise<SakipEvaluation | null> {
  try {
    return await unwrap<SakipEvaluation>(api.evaluation.GET('/sakip/evaluations/{unitId}/{year}', { params: { path: path(unitId, year) } }));
  } catch (e) {
    if (isApiProblem(e) && e.status === 404) return null;
    throw e;
  }
}

export const startEvaluation = (api: Api, unitId: string, year: number, headers: WriteHeaders) =>
  unwrap<SakipStarted>(api.evaluation.POST('/sakip/evaluations', { params: { header: headers }, body: { unitId, year } }));

export interface AnswerBody {
  answer: string;
  note?: string;
  evidence?: { url: string; label?: string }[];
}

export const answerCriterion = (api: Api, unitId: string, year: number, criterionCode: string, body: AnswerBody, headers: WriteHeaders, revision?: number) =>
  unwrap<SakipAnswered>(
    api.evaluation.PUT('/sakip/evaluations/{unitId}/{year}/answers/{criterionCode}', { params: { path: { ...path(unitId, year), criterionCode }, header: guarded(headers, revision) }, body }),
  );

export const reviseAnswer = (api: Api, unitId: string, year: number, criterionCode: string, body: AnswerBody & { reason: string }, headers: WriteHeaders, revision?: number) =>
  unwrap<SakipRevised>(
    api.evaluation.POST('/sakip/evaluations/{unitId}/{year}/answers/{criterionCode}/revisions', {
      params: { path: { ...path(unitId, year), criterionCode }, header: guarded(headers, revision) },
      body,
    }),
  );

export const finalizeEvaluation = (api: Api, unitId: string, year: number, headers: WriteHeaders, revision?: number) =>
  unwrap<SakipFinalized>(api.evaluation.POST('/sakip/evaluations/{unitId}/{year}/finalize', { params: { path: path(unitId, year), header: guarded(headers, revision) } }));

export const reopenEvaluation = (api: Api, unitId: string, year: number, reason: string, headers: WriteHeaders, revision?: number) =>
  unwrap<SakipReopened>(api.evaluation.POST('/sakip/evaluations/{unitId}/{year}/reopen', { params: { path: path(unitId, year), header: guarded(headers, revision) }, body: { reason } }));
