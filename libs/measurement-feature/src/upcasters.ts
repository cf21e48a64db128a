import { integrationEventUpcasters, mergeUpcasters, upcastByVersion, type UpcasterMap } from '@capaian/eventstore';
import {
  REALIZATION_EVENT_TYPES,
  REPORTING_POLICY_EVENT_TYPES,
  upcastRealizationRecorded,
  upcastReportingPolicySet,
  type RealizationRecordedDataV1,
  type ReportingPolicySet,
} from '@capaian/measurement-domain';

/**
 * Every upcaster of measurement's store, registered once where the store is opened (service.ts):
 * its domain events (`realization-recorded` v1 -> v2; `reporting-policy-set` v1 -> v2, which added
 * `policy.acceptBeforePeriodEnd`) and the integration events its intake keeps (planning's).
 */
export const MEASUREMENT_UPCASTERS: UpcasterMap = mergeUpcasters(
  {
    [REALIZATION_EVENT_TYPES.recorded]: upcastByVersion({ 1: (e) => upcastRealizationRecorded(e.data as RealizationRecordedDataV1, e.metadata.recordedAt) }),
    [REPORTING_POLICY_EVENT_TYPES.set]: upcastByVersion({ 1: (e) => upcastReportingPolicySet(e.data as ReportingPolicySet['data']) }),
  },
  integrationEventUpcasters(),
);
