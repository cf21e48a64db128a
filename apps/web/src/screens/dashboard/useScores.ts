import { useEffect, useState } from 'react';
import { unwrap, useApi, type Api } from '../../api/clients';
import type { ApiProblem } from '../../api/errors';
import type { ScorecardScore } from '../scorecard/types';
import { takeEarly } from './early';

export const scoreKey = (scorecardId: string, period: string) => `score:${scorecardId}:${period}`;

export const loadScore = (api: Api, scorecardId: string, period: string) =>
  unwrap<ScorecardScore>(api.evaluation.GET('/scores/scorecards/{scorecardId}', { params: { path: { scorecardId }, query: { period } } }));

export interface Scores {
  /** The answers that have arrived, by scorecard id. */
  byId: ReadonlyMap<string, ScorecardScore>;
  problems: ReadonlyMap<string, ApiProblem>;
  /** Every requested scorecard has answered (with a score or a problem). */
  complete: boolean;
}

/** The period's score of each scorecard, all requested at once; each is shown as soon as it arrives. */
export function useScorecardScores(ids: readonly string[], period: string): Scores {
  const api = useApi();
  const key = [...ids].sort().join('|');
  const [state, setState] = useState<{ key: string; byId: Map<string, ScorecardScore>; problems: Map<string, ApiProblem> }>({ key: '', byId: new Map(), problems: new Map() });
  useEffect(() => {
    let live = true;
    const mine = `${key}#${period}`;
    setState({ key: mine, byId: new Map(), problems: new Map() });
    for (const scorecardId of key ? key.split('|') : []) {
      // A read the scorecard list started (see DashboardScreen) is taken over; otherwise a new one.
      takeEarly(api, scoreKey(scorecardId, period), () => loadScore(api, scorecardId, period)).then(
        (score) => live && setState((s) => (s.key === mine ? { ...s, byId: new Map(s.byId).set(scorecardId, score) } : s)),
        (e: ApiProblem) => live && setState((s) => (s.key === mine ? { ...s, problems: new Map(s.problems).set(scorecardId, e) } : s)),
      );
    }
    return () => {
      live = false;
    };
  }, [api, key, period]);
  const current = state.key === `${key}#${period}`;
  const byId = current ? state.byId : new Map<string, ScorecardScore>();
  const problems = current ? state.problems : new Map<string, ApiProblem>();
  return { byId, problems, complete: current && byId.size + problems.size === ids.length };
}
