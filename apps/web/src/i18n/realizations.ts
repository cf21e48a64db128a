import { bundles } from './bundles';
import texts from './texts/realizations.json';

/** Texts of the realizations screen ("Realisasi Saya" / "My Updates"). */
export const realizations = bundles(texts);
