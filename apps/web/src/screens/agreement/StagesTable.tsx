import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../format';
import { stagesOf } from './historyModel';
import type { HistoryEntry, ScorecardPlan } from './types';

/** Shown items of a stage before "and n more". */
const SHOWN_ITEMS = 8;

/** The draft and each revision: when and why opened, what changed, which version closed it, who signed. */
export function StagesTable({ history, plan, lang }: { history: HistoryEntry[]; plan: ScorecardPlan; lang: string }) {
  const { t } = useTranslation('agreement');
  const stages = useMemo(() => stagesOf(history, plan.approvals), [history, plan.approvals]);
  if (stages.length === 0) return <p className="muted">{t('common:empty')}</p>;
  return (
    <DataTable
      testId="agreement-stages"
      columns={[t('stages.stage'), t('stages.opened'), t('stages.reason'), { label: t('stages.changes'), className: 'num' }, t('stages.items'), t('stages.approved')]}
    >
      {stages.map((s, i) => (
        <tr key={i} data-stage={s.kind}>
          <th scope="row">{s.kind === 'draft' ? t('stages.draft') : t('stages.revision', { version: s.fromVersion })}</th>
          <td>
            {formatDateTime(s.openedAt, lang)}
            {s.openedBy && <span className="muted by">{t('stages.by', { actor: s.openedBy })}</span>}
          </td>
          <td>{s.reason ?? '—'}</td>
          <td className="num">{s.changes}</td>
          <td>
            {s.items.length === 0
              ? '—'
              : s.items.length > SHOWN_ITEMS
                ? `${s.items.slice(0, SHOWN_ITEMS).join(', ')} ${t('stages.more', { count: s.items.length - SHOWN_ITEMS })}`
                : s.items.join(', ')}
          </td>
          <td data-testid="stage-approval">
            {s.approval ? (
              <>
                <strong>{t('compare.version', { version: s.approval.version })}</strong> · {formatDateTime(s.approval.at, lang)}
                {s.approval.signedBy && <span className="muted by">{t('stages.signed', { signer: s.approval.signedBy })}</span>}
              </>
            ) : (
              <span className="status status-open">{t('stages.open')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
