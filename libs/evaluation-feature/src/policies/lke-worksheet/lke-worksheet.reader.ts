import { loadStream, type EventStore } from '@capaian/eventstore';
import { lkeWorksheetDecider, lkeWorksheetOf, lkeWorksheetStreamId, type LkeWorksheet } from '@capaian/evaluation-domain';

/** The LKE worksheet in force for a tenant (its latest version, else the default). */
export async function lkeWorksheetInForce(store: EventStore, tenantId: string): Promise<LkeWorksheet> {
  return lkeWorksheetOf((await loadStream(store, lkeWorksheetStreamId(tenantId), lkeWorksheetDecider)).state);
}
