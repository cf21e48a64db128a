import { bundles } from './bundles';
import texts from './texts/signin.json';

/** Texts of the sign-in screen. */
export const signin = bundles(texts);
