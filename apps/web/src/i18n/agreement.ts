import { bundles } from './bundles';
import texts from './texts/agreement.json';

/** Texts of the performance agreement screen. */
export const agreement = bundles(texts);
