import { bundles } from './bundles';
import texts from './texts/dashboard.json';

/** Texts of the dashboard screen. */
export const dashboard = bundles(texts);
