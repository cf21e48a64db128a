import { bundles } from './bundles';
import texts from './texts/org.json';

/** Texts of the organization screen. */
export const org = bundles(texts);
