import { bundles } from './bundles';
import texts from './texts/plan.json';

/** Texts of the scorecard editor screen. */
export const plan = bundles(texts);
