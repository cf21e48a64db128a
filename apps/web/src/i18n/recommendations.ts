import { bundles } from './bundles';
import texts from './texts/recommendations.json';

/** Texts of the reward and punishment recommendations screen. */
export const recommendations = bundles(texts);
