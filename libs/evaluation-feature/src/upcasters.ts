import { integrationEventUpcasters, type UpcasterMap } from '@capaian/eventstore';

/**
 * Every upcaster of evaluation's store, registered once where the store is opened (service.ts and
 * the rebuild CLI): the integration events its intake keeps, read in their latest version. Its own
 * domain events (policies, worksheets, decisions, publications) have one version each.
 */
export const EVALUATION_UPCASTERS: UpcasterMap = integrationEventUpcasters();
