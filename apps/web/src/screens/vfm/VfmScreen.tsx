import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { usePeriod } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { YearSelect } from '../../components/YearSelect';
import { Loading, ProblemBanner } from '../../components/Problem';
import { ScorecardSelect } from './ScorecardSelect';
import { flagCounts, initiativeRows } from './vfmModel';
import { VfmTable } from './VfmTable';
import type { ValueForMoney } from './types';
import './vfm.css';

/** Value for money (3E) of a scorecard: economy, efficiency and effectiveness per initiative, program and the unit, with flags. */
export default function VfmScreen() {
  const { t } = useTranslation('vfm');
  const api = useApi();
  const { year } = usePeriod();
  const [params, setParams] = useSearchParams();
  const scorecardId = params.get('scorecard') ?? '';
  const pick = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('scorecard', id);
      else next.delete('scorecard');
      return next;
    });
  const vfm = useLoad(
    () => (scorecardId ? unwrap<ValueForMoney>(api.evaluation.GET('/vfm/scorecards/{scorecardId}', { params: { path: { scorecardId } } })) : Promise.resolve(undefined)),
    [api, scorecardId],
  );
  return (
    <div className="vfm">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <YearSelect />
        <ScorecardSelect year={year} value={scorecardId} onPick={pick} label={t('scorecard')} />
      </ScreenHeader>
      {!scorecardId ? (
        <p>{t('pickFirst')}</p>
      ) : (
        <>
          <ProblemBanner problem={vfm.problem} onReload={vfm.reload} />
          {vfm.loading && !vfm.data ? <Loading /> : vfm.data && <VfmReport vfm={vfm.data} />}
        </>
      )}
    </div>
  );
}

function VfmReport({ vfm }: { vfm: ValueForMoney }) {
  const { t } = useTranslation('vfm');
  const flags = flagCounts(vfm);
  const rows = initiativeRows(vfm);
  return (
    <>
      <section className="panel" aria-labelledby="vfm-unit-heading">
        <h2 id="vfm-unit-heading">{t('unit.heading', { name: vfm.unitName, year: vfm.year })}</h2>
        <p className="muted" data-testid="vfm-basis">
          {t('basis', {
            policy: `${vfm.policy.policyId} v${vfm.policy.version}`,
            scoring: `${vfm.basis.scoringPolicy.policyId} v${vfm.basis.scoringPolicy.version}`,
            plan: vfm.basis.planVersion,
            from: vfm.basis.positions.from,
            to: vfm.basis.positions.to,
          })}{' '}
          {vfm.basis.budgetPositions ? t('budgetPositions', vfm.basis.budgetPositions) : t('noBudgetPositions')}
        </p>
        <p data-testid="vfm-flag-summary">{flags.length === 0 ? t('flags.none') : flags.map((f) => t('flags.count', { count: f.count, flag: t(`flags.codes.${f.code}`) })).join('; ')}</p>
        <VfmTable testId="vfm-unit" caption={t('unit.caption')} rows={[{ line: vfm.unit, depth: 0 }]} />
      </section>
      <section className="panel" aria-labelledby="vfm-programs-heading">
        <h2 id="vfm-programs-heading">{t('programs.heading')}</h2>
        {vfm.programs.length === 0 ? (
          <p className="muted">{t('programs.none')}</p>
        ) : (
          <VfmTable testId="vfm-programs" caption={t('programs.caption')} rows={vfm.programs.map((line) => ({ line, depth: 0 }))} />
        )}
      </section>
      <section className="panel" aria-labelledby="vfm-initiatives-heading">
        <h2 id="vfm-initiatives-heading">{t('initiatives.heading')}</h2>
        {rows.length === 0 ? <p className="muted">{t('initiatives.none')}</p> : <VfmTable testId="vfm-initiatives" caption={t('initiatives.caption')} rows={rows} />}
      </section>
    </>
  );
}
