import { bundles } from './bundles';
import texts from './texts/verification.json';

/** Texts of the verification screen. */
export const verification = bundles(texts);
