/** The public portal's answers, as the evaluation service's OpenAPI document types them. */
import type { components } from '../../api/generated/evaluation';

type E = components['schemas'];

export type Publications = E['PublicPublicationsResponse'];
export type Publication = E['PublicPublicationResponse'];
export type PublishedUnit = E['PublicUnitScoreResponse'];
export type PublishedMap = E['PublicStrategyMapResponse'];
export type Band = E['RatingBandResponse'];
