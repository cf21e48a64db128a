import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatInstant } from '../replay/instant';
import { useUnitHistory } from './loadOrg';
import { historyLines } from './model';

/** A unit's changes, newest first: when, who, what and why. */
export function UnitHistory({ unitId, name, nameOf, version }: { unitId: string; name: string; nameOf(unitId: string): string; version: number }) {
  const { t, i18n } = useTranslation('org');
  const lang = i18n.language;
  const history = useUnitHistory(unitId, version);
  const lines = history.data ? historyLines(unitId, history.data, nameOf) : [];
  return (
    <section aria-labelledby="org-history-title" data-testid="org-history">
      <h3 id="org-history-title">{t('history.heading', { name })}</h3>
      <ProblemBanner problem={history.problem} />
      {history.loading && !history.data ? (
        <Loading />
      ) : (
        <DataTable
          caption={<caption className="org-caption">{t('history.caption')}</caption>}
          columns={[t('history.when'), t('history.who'), t('history.what.label'), t('history.reason')]}
          testId="org-history-table"
        >
          {lines.map((l) => (
            <tr key={l.revision} data-change={l.key} data-revision={l.revision}>
              <td className="org-when">{formatInstant(l.recordedAt, lang)}</td>
              <td>{l.actor ?? t('history.system')}</td>
              <td>{t(`history.what.${l.key}`, { ...l.params, kindName: typeof l.params.kind === 'string' ? t(`dashboard:kinds.${l.params.kind}`) : '' })}</td>
              <td>{l.reason ?? t('history.noReason')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
