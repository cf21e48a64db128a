import { useTranslation } from 'react-i18next';
import { formatScore, labelOf } from '../format';

export type Tone = 'green' | 'yellow' | 'red' | 'grey';
/** A KPI's achievement light as the API gives it. */
export type Light = 'green' | 'yellow' | 'red' | 'none';

/** The light a tone shows (grey: no score yet). */
export const lightOf = (tone: Tone): Light => (tone === 'grey' ? 'none' : tone);

/** The API's band of a score (policy data: code, bilingual label, bounds). */
export interface BandLike {
  code: string;
  label?: { id?: string; en?: string } | string;
}

/**
 * The traffic light of a band. Bands are policy data; their codes follow the Permendagri 86/2017
 * scale (sangat_tinggi .. sangat_rendah) in the built-in policy, and a tenant's bands may use
 * green/yellow/red codes directly. Anything else is grey and still shows its label.
 */
export function toneOf(band: BandLike | null | undefined): Tone {
  if (!band) return 'grey';
  const c = band.code.toLowerCase();
  if (['sangat_tinggi', 'tinggi', 'green', 'hijau', 'baik', 'sangat_baik'].includes(c)) return 'green';
  if (['sedang', 'yellow', 'kuning', 'cukup'].includes(c)) return 'yellow';
  if (['rendah', 'sangat_rendah', 'red', 'merah', 'kurang'].includes(c)) return 'red';
  return 'grey';
}

/** A traffic light with the band's label (never colour alone) and, when given, the score. */
export function BandBadge({ band, score }: { band: BandLike | null | undefined; score?: string | null }) {
  const { t, i18n } = useTranslation();
  const tone = toneOf(band);
  const label = band ? labelOf(band.label, i18n.language) || band.code : t('notMeasurable');
  return (
    <span className={`band band-${tone}`} data-tone={tone}>
      <span className="light" aria-hidden="true" />
      {score !== undefined && <span className="score">{formatScore(score, i18n.language)}</span>}
      <span className="band-label">{label}</span>
    </span>
  );
}

/** A KPI's achievement light, labelled in the console's language. */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation();
  return <BandBadge band={{ code: light, label: t(`lights.${light}`) }} />;
}
