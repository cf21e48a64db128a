import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUrlParams } from '../../components/useUrlParams';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/Problem';
import { flatten, type OrgTree } from '../dashboard/org';
import { Tabs } from '../scorecard/Tabs';
import { ApprovalBox } from './ApprovalBox';
import { EditorContext, type Editor } from './editorContext';
import { InitiativesPanel } from './InitiativesPanel';
import { KpiPanel } from './KpiPanel';
import { ObjectivesPanel } from './ObjectivesPanel';
import { PerspectivesPanel } from './PerspectivesPanel';
import { ProfilePanel } from './ProfilePanel';
import { StrategyMapPanel } from './StrategyMapPanel';
import type { ScorecardPlan, Written } from './types';

const TABS = ['profile', 'perspectives', 'objectives', 'map', 'kpis', 'initiatives'] as const;
type Tab = (typeof TABS)[number];

/** The editor of one scorecard: its parts in tabs (kept in the URL), the weight sum and the way to approval always in view. */
export function PlanEditor({ scorecardId }: { scorecardId: string }) {
  const { t } = useTranslation('plan');
  const api = useApi();
  const { params, set } = useUrlParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'perspectives';
  const select = (key: Tab) => set('tab', key);
  const loaded = useLoad(() => unwrap<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId } } })), [api, scorecardId]);
  const tree = useLoad(() => unwrap<OrgTree>(api.planning.GET('/org/tree')), [api]);
  const units = useMemo(() => (tree.data ? flatten(tree.data.roots) : []), [tree.data]);
  const lastWritten = useRef(-1);
  const { reload } = loaded;
  const plan = loaded.data;
  const written = useCallback(
    (w: Written) => {
      lastWritten.current = Math.max(lastWritten.current, w.revision);
      reload();
    },
    [reload],
  );
  const editor = useMemo<Editor | undefined>(
    () => plan && { scorecardId, plan, units, locked: plan.status === 'approved', revision: () => Math.max(plan.revision, lastWritten.current), written, reload },
    [scorecardId, plan, units, written, reload],
  );

  if (!editor || !plan)
    return (
      <>
        <h1>{t('title')}</h1>
        {loaded.problem ? <ProblemBanner problem={loaded.problem} onReload={reload} /> : <Loading />}
      </>
    );
  const unitName = units.find((u) => u.unitId === plan.header.unitId)?.name ?? plan.header.unitId;
  return (
    <EditorContext.Provider value={editor}>
      <div className="plan-editor">
        <p className="breadcrumb">
          <Link to={`/plan?unit=${encodeURIComponent(plan.header.unitId)}&year=${plan.header.year}`}>{t('title')}</Link>
        </p>
        <h1 data-testid="plan-title">{plan.header.title}</h1>
        <p className="plan-meta" data-testid="plan-meta">
          {t('meta', { unit: unitName, year: plan.header.year })} · {t(`status.${plan.status}`)} · {t('version', { version: plan.version })}
          {plan.header.theme && <> · {t('theme', { theme: plan.header.theme })}</>}
        </p>
        {editor.locked && (
          <p className="banner banner-warn" role="status" data-testid="plan-locked">
            {t('locked')}
          </p>
        )}
        {plan.status === 'in_revision' && plan.revisionReason && <p className="banner banner-warn">{t('inRevision', { reason: plan.revisionReason })}</p>}
        <ProblemBanner problem={tree.problem} onReload={tree.reload} />
        <ApprovalBox />
        <Tabs tabs={TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))} selected={tab} onSelect={select} label={t('tabs.label')} idPrefix="plan">
          <div className="panel">
            {tab === 'profile' && <ProfilePanel />}
            {tab === 'perspectives' && <PerspectivesPanel />}
            {tab === 'objectives' && <ObjectivesPanel />}
            {tab === 'map' && <StrategyMapPanel />}
            {tab === 'kpis' && <KpiPanel />}
            {tab === 'initiatives' && <InitiativesPanel />}
          </div>
        </Tabs>
      </div>
    </EditorContext.Provider>
  );
}
