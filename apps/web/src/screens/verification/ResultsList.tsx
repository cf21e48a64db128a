import { useTranslation } from 'react-i18next';
import { problemText, summarize, type ItemResult } from './queue';

/** The answer to each item of the last verify or reject, with a count. */
export function ResultsList({ results, describe }: { results: readonly ItemResult[]; describe(key: string): string }) {
  const { t, i18n } = useTranslation('verification');
  if (results.length === 0) return null;
  const summary = summarize(results);
  return (
    <section className={`banner ${summary.failed > 0 ? 'banner-warn' : 'banner-ok'}`} aria-labelledby="results-heading" data-testid="results">
      <h3 id="results-heading">{t('results.heading')}</h3>
      <p role="status" data-testid="results-summary">
        {t('results.summary', { done: summary.done, failed: summary.failed })}
      </p>
      <ul>
        {results.map((r) => (
          <li key={r.key} data-testid="result-item" data-key={r.key} data-outcome={r.ok ? 'ok' : 'failed'}>
            <strong>{describe(r.key)}</strong>
            {': '}
            {r.ok ? t(`common:status.${r.status}`) : t('results.failed', { message: r.problem ? problemText(r.problem, i18n.language) : '' })}
          </li>
        ))}
      </ul>
    </section>
  );
}
