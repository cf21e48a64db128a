import { bundles } from './bundles';
import texts from './texts/replay.json';

/** Texts of the replay screen. */
export const replay = bundles(texts);
