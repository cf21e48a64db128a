import { bundles } from './bundles';
import texts from './texts/sakip.json';

/** Texts of the sakip evaluation (lke) screen. */
export const sakip = bundles(texts);
