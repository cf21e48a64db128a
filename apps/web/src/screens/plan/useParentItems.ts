import { useMemo } from 'react';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { useEditor } from './editorContext';
import { ancestorsOf, parentItems } from './planModel';
import type { ScorecardPlan, ScorecardSummary } from './types';

/** The objectives and KPIs a cascaded item may come from: those of the ancestor units' scorecards of the same year. */
export function useParentItems() {
  const api = useApi();
  const { plan, units } = useEditor();
  const { unitId, year } = plan.header;
  const ancestors = useMemo(() => ancestorsOf(units, unitId), [units, unitId]);
  const key = ancestors.join(',');
  return useLoad(async () => {
    if (ancestors.length === 0) return { objectives: [], kpis: [] };
    const list = await unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } }));
    const theirs = list.filter((s) => ancestors.includes(s.unitId));
    const plans = await Promise.all(theirs.map((s) => unwrap<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId: s.scorecardId } } }))));
    return parentItems(plans, ancestors);
  }, [api, key, year]);
}
