import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/Problem';
import { KpiDefinitionPanel } from './KpiDefinitionPanel';
import { KpiFigures } from './KpiFigures';
import { KpiHistory } from './KpiHistory';
import { historyItems, periodRows, unitNames, yearOf } from './kpiModel';
import { loadKpiPage } from './loadKpi';
import './kpi.css';

/** One KPI: its definition, target against realization per period, and every change in its history. */
export default function KpiScreen() {
  const { t } = useTranslation('kpi');
  const { kpiId = '' } = useParams();
  const api = useApi();
  const page = useLoad(() => loadKpiPage(api, kpiId, yearOf(kpiId)), [api, kpiId]);
  const view = useMemo(() => {
    if (!page.data) return undefined;
    const { read, evaluated, realizations, planHistory, units } = page.data;
    return {
      rows: periodRows(read.kpi, evaluated, realizations),
      history: historyItems(kpiId, realizations, planHistory),
      owner: read.kpi.ownerUnitId ? unitNames(units).get(read.kpi.ownerUnitId) : undefined,
    };
  }, [page.data, kpiId]);
  if (page.problem)
    return (
      <>
        <h1>{t('title')}</h1>
        <ProblemBanner problem={page.problem} onReload={page.reload} />
      </>
    );
  if (!page.data || !view)
    return (
      <>
        <h1>{t('title')}</h1>
        <Loading />
      </>
    );
  const { read, evaluated } = page.data;
  return (
    <>
      <p className="muted kpi-eyebrow">{t('title')}</p>
      <h1>
        {read.kpi.code} · {read.kpi.name}
      </h1>
      <div className="kpi-layout">
        <KpiDefinitionPanel read={read} ownerName={view.owner} />
        <KpiFigures kpi={read.kpi} rows={view.rows} evaluated={evaluated} />
      </div>
      <KpiHistory items={view.history} valueType={read.kpi.valueType} />
    </>
  );
}
