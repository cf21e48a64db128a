import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatValue } from '../../format';
import type { MissingRow, ReportedRow } from './classify';
import { DataTable, type Column } from '../../components/DataTable';

/** The last moment still on time: the API's deadline is the first late instant. */
const lastDayOf = (deadline: string) => new Date(new Date(deadline).getTime() - 1);

/** The row's KPI: its code as the row header, then its name with the title of its scorecard. */
function KpiCells({ row, scorecards }: { row: Pick<MissingRow, 'code' | 'name' | 'kpi'>; scorecards: ReadonlyMap<string, string> }) {
  const title = row.kpi ? scorecards.get(row.kpi.scorecardId) : undefined;
  return (
    <>
      <th scope="row">{row.code}</th>
      <td>
        {row.name}
        {title && <span className="scorecard-of">{title}</span>}
      </td>
    </>
  );
}

/**
 * One list of the screen's KPIs as a table: the code and name first, the list's own `columns`, then
 * the column of each row's button; or the sentence saying the list is empty.
 */
function KpiList({ list, count, columns, children }: { list: 'missing' | 'reported'; count: number; columns: Column[]; children: ReactNode }) {
  const { t } = useTranslation('realizations');
  if (count === 0) return <p data-testid={`${list}-empty`}>{t(`${list}.none`)}</p>;
  return (
    <DataTable testId={`${list}-table`} columns={[t('columns.code'), t('columns.name'), ...columns, { label: t('columns.action'), hidden: true }]}>
      {children}
    </DataTable>
  );
}

/** "Belum dilaporkan": each KPI still to report, its deadline and state, and the button to fill it. */
export function MissingTable({ rows, scorecards, onReport }: { rows: MissingRow[]; scorecards: ReadonlyMap<string, string>; onReport(row: MissingRow): void }) {
  const { t, i18n } = useTranslation('realizations');
  return (
    <KpiList list="missing" count={rows.length} columns={[t('columns.unitOfMeasure'), t('columns.deadline'), t('columns.state')]}>
      {rows.map((r) => (
        <tr key={r.kpiId} data-kpi={r.kpiId} data-state={r.state}>
          <KpiCells row={r} scorecards={scorecards} />
          <td>{r.kpi?.unitOfMeasure ?? '—'}</td>
          <td>{r.deadline ? formatDate(lastDayOf(r.deadline), i18n.language) : '—'}</td>
          <td>
            <span className={`state state-${r.state}`}>{t(`state.${r.state}`, { count: r.days ?? 0 })}</span>
            {r.days !== undefined && r.days > 0 && <span className="muted"> · {t(`state.${r.state}Days`, { count: r.days })}</span>}
          </td>
          <td>
            <button type="button" onClick={() => onReport(r)} aria-label={t('missing.reportLabel', { code: r.code, name: r.name })}>
              {t('missing.report')}
            </button>
          </td>
        </tr>
      ))}
    </KpiList>
  );
}

/** "Sudah dilaporkan": the value as reported, its review status (with the rejection reason) and late flag. */
export function ReportedTable({ rows, scorecards, onCorrect }: { rows: ReportedRow[]; scorecards: ReadonlyMap<string, string>; onCorrect(row: ReportedRow): void }) {
  const { t, i18n } = useTranslation('realizations');
  return (
    <KpiList list="reported" count={rows.length} columns={[{ label: t('columns.value'), className: 'num' }, t('columns.status'), t('columns.submittedAt')]}>
      {rows.map((r) => (
        <tr key={r.kpiId} data-kpi={r.kpiId} data-status={r.entry.status}>
          <KpiCells row={r} scorecards={scorecards} />
          <td className="num" data-testid="reported-value">
            {formatValue(r.entry.value, r.entry.valueType, i18n.language)}
            {r.kpi?.unitOfMeasure && r.entry.valueType !== 'money' && r.entry.valueType !== 'percent' ? <span className="muted"> {r.kpi.unitOfMeasure}</span> : null}
          </td>
          <td>
            <span className={`status status-${r.entry.status}`}>{t(`common:status.${r.entry.status}`)}</span>
            {r.entry.late && <span className="flag flag-late"> {t('flags.late')}</span>}
            {r.entry.afterLock && <span className="flag"> {t('flags.afterLock')}</span>}
            {r.entry.valueRevision > 1 && <span className="muted"> · {t('flags.corrected', { count: r.entry.valueRevision - 1 })}</span>}
            {r.entry.status === 'rejected' && (
              <p className="rejection" data-testid="rejection-reason">
                {t('reported.rejectedBecause')} {r.rejectionReason ?? t('reported.noReason')}
              </p>
            )}
          </td>
          <td>{formatDateTime(r.entry.submittedAt, i18n.language)}</td>
          <td>
            <button type="button" className="secondary" onClick={() => onCorrect(r)} aria-label={t('reported.correctLabel', { code: r.code, name: r.name })}>
              {t('reported.correct')}
            </button>
          </td>
        </tr>
      ))}
    </KpiList>
  );
}
