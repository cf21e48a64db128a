import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/clients';
import { useLoad, useSubmit } from '../../api/hooks';
import { hasRole, useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { YearSelect } from '../../components/YearSelect';
import { formatScore, labelOf } from '../../format';
import { useUnits } from '../verification/catalog';
import { loadEvaluation, startEvaluation } from './api';
import type { SakipEvaluation, SakipStarted } from './types';

/** The units a SAKIP evaluation is for: the Pemda and its OPDs (depth 0 and 1 of the organization tree). */
const MAX_DEPTH = 1;

/** The Pemda and its OPDs for a year: the state of each one's evaluation, a link to it, or a button to start it. */
export function SakipList() {
  const { t, i18n } = useTranslation('sakip');
  const api = useApi();
  const { session } = useSession();
  const canWrite = hasRole(session, 'evaluator');
  const navigate = useNavigate();
  // The year of the list, kept in the URL (?year=2026).
  const { year } = usePeriod();
  const units = useUnits();
  const listed = useMemo(() => units.options.filter((u) => u.depth <= MAX_DEPTH), [units.options]);
  const key = `${year}|${listed.map((u) => u.unitId).join(',')}`;
  const evaluations = useLoad(async () => {
    const found = await Promise.all(listed.map(async (u) => [u.unitId, await loadEvaluation(api, u.unitId, year)] as const));
    return { key, byUnit: new Map<string, SakipEvaluation | null>(found) };
  }, [api, key]);
  // What was loaded for the units and year shown (not an earlier answer still on screen).
  const current = evaluations.data?.key === key ? evaluations.data.byUnit : undefined;
  const start = useSubmit<SakipStarted>();
  const lang = i18n.language;

  const lastStart = useRef<string | undefined>(undefined);
  const onStart = async (unitId: string) => {
    // A retry for the same unit keeps its Idempotency-Key; another unit is another write.
    if (lastStart.current !== unitId && !start.pending) start.reset();
    lastStart.current = unitId;
    const started = await start.submit((headers) => startEvaluation(api, unitId, year, headers));
    if (started) navigate(`/sakip/${encodeURIComponent(unitId)}/${year}`);
    else evaluations.reload();
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('list.intro')}</p>
      <div className="toolbar">
        <YearSelect />
      </div>
      <ProblemBanner problem={units.loaded.problem} onReload={units.loaded.reload} />
      <ProblemBanner problem={start.problem} onReload={evaluations.reload} />
      {units.loaded.loading || (!current && !evaluations.problem) ? (
        <Loading />
      ) : evaluations.problem ? (
        <ProblemBanner problem={evaluations.problem} onReload={evaluations.reload} />
      ) : (
        <DataTable
          testId="sakip-units"
          caption={<caption className="sakip-caption">{t('list.caption', { year })}</caption>}
          columns={[t('list.unit'), t('list.status'), { label: t('list.total'), className: 'num' }, t('list.grade'), { label: t('list.progress'), className: 'num' }, t('list.action')]}
        >
          {listed.map((u) => {
            const ev = current?.get(u.unitId) ?? null;
            const status = ev?.status ?? 'none';
            return (
              <tr key={u.unitId} data-testid={`sakip-unit-${u.unitId}`} data-status={status}>
                <th scope="row" className={u.depth > 0 ? 'sakip-child' : undefined}>
                  {u.name}
                </th>
                <td data-testid="status">{t(`status.${status}`)}</td>
                <td className="num">{ev?.score ? formatScore(ev.score.total, lang) : '—'}</td>
                <td>{ev?.score ? `${ev.score.grade} · ${labelOf(ev.score.gradeLabel, lang)}${status === 'finalized' ? '' : ` (${t('score.provisionalShort')})`}` : '—'}</td>
                <td className="num">{ev?.score ? t('list.answered', { answered: ev.score.answered, of: ev.score.of }) : '—'}</td>
                <td>
                  {ev ? (
                    <Link to={`/sakip/${encodeURIComponent(u.unitId)}/${year}`}>
                      {t('list.open')}
                      <span className="visually-hidden"> {u.name}</span>
                    </Link>
                  ) : canWrite ? (
                    <button type="button" disabled={start.pending} onClick={() => void onStart(u.unitId)}>
                      {t('list.start')}
                      <span className="visually-hidden"> {u.name}</span>
                    </button>
                  ) : (
                    <span className="muted">{t('status.none')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
