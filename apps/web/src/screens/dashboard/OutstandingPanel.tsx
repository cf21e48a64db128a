import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../format';
import type { Outstanding } from './model';

/** Per OPD: what is past its deadline, what is still due, and what was reported late. */
export function OutstandingPanel({ rows, names }: { rows: Outstanding[]; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  if (rows.length === 0) return <p className="banner banner-ok">{t('outstanding.none')}</p>;
  const period = (p: string) => t(`common:periods.${p}`, { defaultValue: p });
  return (
    <>
      <DataTable
        testId="outstanding"
        columns={[t('outstanding.unit'), { label: t('outstanding.overdue'), className: 'num' }, { label: t('outstanding.due'), className: 'num' }, { label: t('outstanding.late'), className: 'num' }]}
      >
        {rows.map((r) => (
          <tr key={r.unitId} data-testid={`outstanding-${r.unitId}`}>
            <th scope="row">{names.get(r.unitId) ?? r.unitId}</th>
            <td className="num">{r.overdue.length}</td>
            <td className="num">{r.due.length}</td>
            <td className="num">{r.late}</td>
          </tr>
        ))}
      </DataTable>
      {rows
        .filter((r) => r.overdue.length + r.due.length > 0)
        .map((r) => {
          const name = names.get(r.unitId) ?? r.unitId;
          return (
            <details key={r.unitId} className="outstanding-details">
              <summary>{t('outstanding.details', { name })}</summary>
              <ul>
                {r.overdue.map((i) => (
                  <li key={`${i.kpiId}-${i.period}`} className="overdue">
                    {t('outstanding.item', { code: i.code, name: i.name, period: period(i.period), days: i.overdueDays })}
                  </li>
                ))}
                {r.due.map((i) => (
                  <li key={`${i.kpiId}-${i.period}`}>{t('outstanding.itemDue', { code: i.code, name: i.name, period: period(i.period), deadline: formatDate(i.deadline, lang) })}</li>
                ))}
              </ul>
            </details>
          );
        })}
    </>
  );
}
