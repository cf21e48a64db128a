import { bundles } from './bundles';
import texts from './texts/scorecard.json';

/** Texts of the scorecard list and the scorecard screen. */
export const scorecard = bundles(texts);
