import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatValue } from '../../format';
import { usePeriodLabel } from './labels';
import { allShownState, itemKey, problemText, type ItemResult } from './queue';
import type { PlanKpi, RealizationEntry } from './types';
import { DataTable } from '../../components/DataTable';

export interface QueueTableProps {
  rows: readonly RealizationEntry[];
  kpis: ReadonlyMap<string, PlanKpi>;
  unitName(unitId: string): string;
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
  onToggleAll(on: boolean): void;
  failures: ReadonlyMap<string, ItemResult>;
  pending: boolean;
  onVerify(key: string): void;
  onReject(key: string): void;
}

function SelectAll({ state, label, onChange }: { state: 'none' | 'some' | 'all'; label: string; onChange(on: boolean): void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return <input ref={ref} type="checkbox" aria-label={label} checked={state === 'all'} onChange={(e) => onChange(e.target.checked)} data-testid="select-all" />;
}

export function QueueTable({ rows, kpis, unitName, selected, onToggle, onToggleAll, failures, pending, onVerify, onReject }: QueueTableProps) {
  const { t, i18n } = useTranslation('verification');
  const lang = i18n.language;
  const periodLabel = usePeriodLabel();
  const keys = rows.map(itemKey);
  return (
    <DataTable
      testId="queue-table"
      className="verif-queue"
      caption={<caption className="muted">{t('queue.caption')}</caption>}
      columns={[
        { label: <SelectAll state={allShownState(selected, keys)} label={t('queue.selectAll')} onChange={onToggleAll} /> },
        t('queue.kpi'),
        t('queue.reportingUnit'),
        t('queue.periodCol'),
        { label: t('queue.value'), className: 'num' },
        t('queue.noteEvidence'),
        t('queue.flags'),
        t('queue.submittedAt'),
        t('queue.actions'),
      ]}
    >
      {rows.map((r) => {
        const key = itemKey(r);
        const kpi = kpis.get(r.kpiId);
        const kpiName = kpi?.name ?? r.kpiId;
        const names = { kpi: kpiName, period: periodLabel(r.period), year: r.year };
        const failure = failures.get(key);
        return (
          <tr key={key} data-testid={`queue-row-${r.kpiId}-${r.year}-${r.period}`} data-key={key}>
            <td>
              <input type="checkbox" aria-label={t('queue.selectRow', names)} checked={selected.has(key)} onChange={() => onToggle(key)} />
            </td>
            <th scope="row">
              <Link to={`/kpis/${encodeURIComponent(r.kpiId)}`}>{kpiName}</Link>
              {kpi && <div className="muted verif-sub">{`${kpi.code} · ${kpi.unitOfMeasure}`}</div>}
            </th>
            <td>{unitName(r.unitId)}</td>
            <td className="verif-period">{`${periodLabel(r.period)} ${r.year}`}</td>
            <td className="num" data-testid="value">
              {formatValue(r.value, r.valueType, lang)}
            </td>
            <td className="verif-note">
              <div>{r.note ?? <span className="muted">{t('queue.noNote')}</span>}</div>
              {r.evidence.length > 0 ? (
                <ul className="verif-evidence">
                  {r.evidence.map((e, i) => (
                    <li key={i}>
                      <a href={e.url} target="_blank" rel="noreferrer">
                        {e.label ?? t('queue.evidence', { n: i + 1 })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="muted">{t('queue.noEvidence')}</div>
              )}
            </td>
            <td>
              {r.late || r.afterLock ? (
                <ul className="verif-flags">
                  {r.late && <li className="verif-flag verif-flag-late">{t('queue.late')}</li>}
                  {r.afterLock && <li className="verif-flag verif-flag-lock">{t('queue.afterLock')}</li>}
                </ul>
              ) : (
                <span className="muted">{t('queue.noFlags')}</span>
              )}
            </td>
            <td className="verif-when">{formatDateTime(r.submittedAt, lang)}</td>
            <td>
              <div className="verif-actions">
                <button type="button" disabled={pending} onClick={() => onVerify(key)} aria-label={t('queue.verifyRow', names)}>
                  {t('queue.verify')}
                </button>
                <button type="button" className="secondary" disabled={pending} onClick={() => onReject(key)} aria-label={t('queue.rejectRow', names)}>
                  {t('queue.reject')}
                </button>
              </div>
              {failure?.problem && (
                <div className="field-error" role="alert" data-testid="row-result">
                  {t('results.failed', { message: problemText(failure.problem, lang) })}
                </div>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
