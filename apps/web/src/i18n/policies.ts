import { bundles } from './bundles';
import texts from './texts/policies.json';

/** Texts of the policies screen. */
export const policies = bundles(texts);
