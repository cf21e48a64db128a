import { bundles } from './bundles';
import texts from './texts/common.json';

/**
 * Words the whole console shares: navigation, periods, actions, states, lights (`lights`: a KPI's
 * achievement light, `none` when it has no score yet; `status`: a realization's review status).
 */
export const common = bundles(texts);
