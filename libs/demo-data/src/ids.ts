import { itemId, scorecardIdOf } from '@capaian/planning-domain';
import { DEMO_YEAR } from './organization.js';

/** Scorecard ids of the demo plans (see `scorecardIdOf`). */
export const BUPATI_SCORECARD_ID = scorecardIdOf('pemda', DEMO_YEAR, null);
export const DPMPTSP_SCORECARD_ID = scorecardIdOf('dpmptsp', DEMO_YEAR, null);
export const DISKOMINFO_SCORECARD_ID = scorecardIdOf('diskominfo', DEMO_YEAR, null);
export const BPKAD_SCORECARD_ID = scorecardIdOf('bpkad', DEMO_YEAR, null);
export const SPBE_SCORECARD_ID = scorecardIdOf('diskominfo', DEMO_YEAR, 'spbe');

/** Global id of an objective or KPI of the Bupati's scorecard, e.g. `pemda-2026.ss-03`. */
export const bupatiItem = (code: string): string => itemId(BUPATI_SCORECARD_ID, code);
