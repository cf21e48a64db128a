import type { MeasurementSchemas as M, PlanningSchemas as P, RealizationEntry } from '../../api/schemas';

/** Shapes of the answers this screen reads, from the services' OpenAPI documents. */
export type { PlanKpi, RealizationEntry, RealizationWritten } from '../../api/schemas';
export type RealizationStatus = RealizationEntry['status'];
export type EvidenceLink = M['EvidenceLinkResponse'];
export type OrgTreeNode = P['OrgTreeNodeResponse'];
export type OrgTree = P['OrgTreeResponse'];
export type PeriodLocked = M['PeriodLockedResponse'];
export type PeriodUnlocked = M['PeriodUnlockedResponse'];
