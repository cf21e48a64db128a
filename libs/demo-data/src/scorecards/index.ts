import type { ScorecardDocument } from '@capaian/planning-domain';
import { bpkadScorecard } from './bpkad.js';
import { bupatiScorecard } from './bupati.js';
import { diskominfoScorecard } from './diskominfo.js';
import { dpmptspScorecard } from './dpmptsp.js';
import { spbeScorecard } from './spbe.js';

export { bpkadScorecard } from './bpkad.js';
export { bupatiScorecard } from './bupati.js';
export { DEMO_ORPHAN_OBJECTIVE_ID, diskominfoScorecard } from './diskominfo.js';
export { DEMO_KPI_WITHOUT_DATA_SOURCE_ID, dpmptspScorecard } from './dpmptsp.js';
export { spbeScorecard } from './spbe.js';

/** Every demo scorecard, parents before children (import them in this order). */
export const demoScorecards: readonly ScorecardDocument[] = [bupatiScorecard, dpmptspScorecard, diskominfoScorecard, bpkadScorecard, spbeScorecard];
