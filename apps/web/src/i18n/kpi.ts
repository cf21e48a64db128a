import { bundles } from './bundles';
import texts from './texts/kpi.json';

/** Texts of the kpi screen. */
export const kpi = bundles(texts);
