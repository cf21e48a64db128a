import type { components as MeasurementComponents } from '../../api/generated/measurement';
import type { components as PlanningComponents } from '../../api/generated/planning';

/** Shapes of the answers this screen reads, from the services' OpenAPI documents. */
type M = MeasurementComponents['schemas'];
type P = PlanningComponents['schemas'];

export type RealizationEntry = M['RealizationEntryResponse'];
export type RealizationStatus = RealizationEntry['status'];
export type EvidenceLink = M['EvidenceLinkResponse'];
export type RealizationWritten = M['RealizationWrittenResponse'];
export type PlanKpi = M['PlanKpiResponse'];
export type OrgTreeNode = P['OrgTreeNodeResponse'];
export type OrgTree = P['OrgTreeResponse'];
export type PeriodLocked = M['PeriodLockedResponse'];
export type PeriodUnlocked = M['PeriodUnlockedResponse'];
