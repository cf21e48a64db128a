import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Loading, ProblemBanner } from '../../components/Problem';
import { PeriodPicker, usePeriod, type Period } from '../../components/PeriodPicker';
import { loadMyRealizations } from './loadRealizations';
import { RealizationForm, type FormTarget } from './RealizationForm';
import { MissingTable, ReportedTable } from './RealizationTables';
import { SpreadsheetPanel } from './SpreadsheetPanel';
import './realizations.css';

const REPORT_PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'S1', 'S2', 'Y'];

/** "Realisasi Saya": what the operator's unit still has to report for the period, and what it reported. */
export default function MyRealizationsScreen() {
  const { t } = useTranslation('realizations');
  const { t: tc } = useTranslation();
  const api = useApi();
  const { session } = useSession();
  const unitId = session?.principal.unit;
  const { year, period } = usePeriod();
  const [target, setTarget] = useState<FormTarget | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const data = useLoad(async () => (unitId ? loadMyRealizations(api, unitId, year, period) : undefined), [api, unitId, year, period]);

  useEffect(() => {
    setTarget(undefined);
    setSaved(undefined);
  }, [year, period]);

  const open = (next: FormTarget) => {
    setSaved(undefined);
    setTarget(next);
  };
  const done = () => {
    if (target) setSaved(target.code);
    setTarget(undefined);
    data.reload();
  };
  const reload = () => {
    setTarget(undefined);
    data.reload();
  };

  return (
    <div className="my-realizations">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <div className="toolbar">
        <PeriodPicker periods={REPORT_PERIODS} />
      </div>
      {!unitId ? (
        <div className="banner banner-warn" role="alert">
          <p>{t('noUnit')}</p>
        </div>
      ) : (
        <>
          {saved && (
            <div className="banner banner-ok" role="status" data-testid="saved-banner">
              <p>{t('saved', { code: saved })}</p>
            </div>
          )}
          {target && (
            <RealizationForm key={`${target.kpiId}-${target.entry ? 'c' : 'r'}`} target={target} year={year} period={period} onDone={done} onCancel={() => setTarget(undefined)} onReload={reload} />
          )}
          {data.loading && !data.data ? (
            <Loading />
          ) : data.problem ? (
            <ProblemBanner problem={data.problem} onReload={data.reload} />
          ) : data.data ? (
            <>
              <section className="panel" aria-labelledby="missing-title" data-testid="missing-section">
                <h2 id="missing-title">
                  {t('missing.title')} <span className="count">({data.data.missing.length})</span>
                </h2>
                <MissingTable rows={data.data.missing} scorecards={data.data.scorecards} onReport={(r) => open({ kpiId: r.kpiId, code: r.code, name: r.name, kpi: r.kpi })} />
              </section>
              <section className="panel" aria-labelledby="reported-title" data-testid="reported-section">
                <h2 id="reported-title">
                  {t('reported.title')} <span className="count">({data.data.reported.length})</span>
                </h2>
                <ReportedTable rows={data.data.reported} scorecards={data.data.scorecards} onCorrect={(r) => open({ kpiId: r.kpiId, code: r.code, name: r.name, kpi: r.kpi, entry: r.entry })} />
              </section>
            </>
          ) : (
            <p>{tc('empty')}</p>
          )}
          <SpreadsheetPanel unitId={unitId} year={year} onStored={data.reload} />
        </>
      )}
    </div>
  );
}
