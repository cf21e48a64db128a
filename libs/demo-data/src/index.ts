export { DEMO_TENANT, DEMO_YEAR, demoOrganization, type DemoUnit } from './organization.js';
export { BPKAD_SCORECARD_ID, BUPATI_SCORECARD_ID, DISKOMINFO_SCORECARD_ID, DPMPTSP_SCORECARD_ID, SPBE_SCORECARD_ID } from './ids.js';
export {
  bpkadScorecard,
  bupatiScorecard,
  DEMO_KPI_WITHOUT_DATA_SOURCE_ID,
  DEMO_ORPHAN_OBJECTIVE_ID,
  demoScorecards,
  diskominfoScorecard,
  dpmptspScorecard,
  spbeScorecard,
} from './scorecards/index.js';
export { demoRealizations, type DemoRealization } from './realizations.js';
