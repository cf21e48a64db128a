import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';

/** When a figure was published and what it was computed from (store positions, policy version). */
export function Provenance({
  publishedAt,
  positions,
  policy,
  edition,
  testId = 'provenance',
}: {
  publishedAt: string;
  positions: { from: number; to: number };
  policy: { policyId: string; version: number };
  edition?: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation('portal');
  return (
    <p className="provenance" data-testid={testId}>
      {t('publishedAt', { at: formatDateTime(publishedAt, i18n.language) })} · {t('positions', { from: positions.from, to: positions.to })} ·{' '}
      {t('policy', { id: policy.policyId, version: policy.version })}
      {edition !== undefined && edition > 1 && <> · {t('edition', { n: edition })}</>}
    </p>
  );
}
