import { unwrap, useApi } from '../../api/clients';
import { useLoad, type Loaded } from '../../api/hooks';
import type { HistoryEvent, OrgTree } from './model';

/** The whole tree (closed and merged units too, for their names), now or as it stood at `asOf`. */
export function useOrgTree(asOf: string | undefined): Loaded<OrgTree> {
  const api = useApi();
  return useLoad(() => unwrap(api.planning.GET('/org/tree', { params: { query: { includeInactive: 'true', ...(asOf ? { asOf } : {}) } } })), [api, asOf]);
}

/** Every change to one unit, as planning answers it (oldest first). */
export function useUnitHistory(unitId: string, version: number): Loaded<HistoryEvent[]> {
  const api = useApi();
  return useLoad(() => unwrap(api.planning.GET('/org/units/{unitId}/history', { params: { path: { unitId } } })), [api, unitId, version]);
}
