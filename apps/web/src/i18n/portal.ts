import { bundles } from './bundles';
import texts from './texts/portal.json';

/** Texts of the public performance portal screen. */
export const portal = bundles(texts);
