import { bundles } from './bundles';
import texts from './texts/errors.json';

/** User-facing texts for error codes of the API, where the API's own message is not enough. */
export const errors = bundles(texts);
