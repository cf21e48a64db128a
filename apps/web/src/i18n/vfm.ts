import { bundles } from './bundles';
import texts from './texts/vfm.json';

/** Texts of the value for money screen. */
export const vfm = bundles(texts);
