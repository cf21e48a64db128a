import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatValue } from '../../format';
import type { HistoryItem, HistoryKind } from './kpiModel';
import type { KpiDefinition } from './types';

const KINDS: HistoryKind[] = ['recorded', 'corrected', 'verified', 'rejected', 'plan'];

/** Every change of the KPI, newest first, with a filter by kind. */
export function KpiHistory({ items, valueType }: { items: HistoryItem[]; valueType: KpiDefinition['valueType'] }) {
  const { t, i18n } = useTranslation('kpi');
  const lang = i18n.language;
  const [kind, setKind] = useState<HistoryKind | 'all'>('all');
  const filterId = useId();
  const shown = kind === 'all' ? items : items.filter((i) => i.kind === kind);
  const value = (v: string | undefined) => formatValue(v, valueType, lang);
  return (
    <section className="panel" aria-labelledby="kpi-history-heading">
      <h2 id="kpi-history-heading">{t('history.heading')}</h2>
      <div className="toolbar">
        <label htmlFor={filterId}>
          {t('history.filter')}
          <select id={filterId} name="kind" value={kind} onChange={(e) => setKind(e.target.value as HistoryKind | 'all')}>
            <option value="all">{t('history.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`history.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="kpi-history" data-testid="kpi-history">
          {shown.map((item) => (
            <li key={item.key} data-kind={item.kind}>
              <div className="kpi-history-head">
                <strong>{item.kind === 'plan' && item.planEvent ? t(`history.plan.${item.planEvent}`, { version: item.version }) : t(`history.kinds.${item.kind}`)}</strong>
                {item.period && <span> · {t(`common:periods.${item.period}`, { defaultValue: item.period })}</span>}
              </div>
              <div className="muted">
                <time dateTime={item.at}>{formatDateTime(item.at, lang)}</time> · {t('history.by', { actor: item.actor ?? t('history.unknownActor') })}
              </div>
              {item.kind === 'corrected' ? (
                <div>{t('history.changed', { from: value(item.previousValue), to: value(item.value) })}</div>
              ) : (
                item.value !== undefined && <div>{t('history.value', { value: value(item.value) })}</div>
              )}
              {item.reason && <div>{t('history.reason', { reason: item.reason })}</div>}
              {item.note && <div>{t('history.note', { note: item.note })}</div>}
              {item.evidence.length > 0 && (
                <div>
                  {t('history.evidence')}:{' '}
                  {item.evidence.map((e, i) => (
                    <span key={e.url}>
                      {i > 0 && ', '}
                      <a href={e.url} target="_blank" rel="noreferrer noopener">
                        {e.label || e.url}
                      </a>
                    </span>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
