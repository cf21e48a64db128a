import { useTranslation } from 'react-i18next';
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
      <div className="table-wrap">
        <table data-testid="outstanding">
          <thead>
            <tr>
              <th scope="col">{t('outstanding.unit')}</th>
              <th scope="col" className="num">{t('outstanding.overdue')}</th>
              <th scope="col" className="num">{t('outstanding.due')}</th>
              <th scope="col" className="num">{t('outstanding.late')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId} data-testid={`outstanding-${r.unitId}`}>
                <th scope="row">{names.get(r.unitId) ?? r.unitId}</th>
                <td className="num">{r.overdue.length}</td>
                <td className="num">{r.due.length}</td>
                <td className="num">{r.late}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
