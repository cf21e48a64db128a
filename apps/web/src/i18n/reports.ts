import { bundles } from './bundles';
import texts from './texts/reports.json';

/** Texts of the reports screen. */
export const reports = bundles(texts);
