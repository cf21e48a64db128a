import { bundles } from './bundles';
import texts from './texts/planImport.json';

/** Texts of the plan import and export screen. */
export const planImport = bundles(texts);
