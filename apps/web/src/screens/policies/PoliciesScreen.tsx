import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_YEAR, usePeriod } from '../../components/PeriodPicker';
import { YearSelect } from '../../components/YearSelect';
import { Tabs } from '../scorecard/Tabs';
import { DocumentPanel, type DocumentPanelProps } from './DocumentPanel';
import { reportingApi, rewardApi, scoringApi, vfmApi } from './documents';
import { ReportingPolicyForm, RewardRulesForm, VfmPolicyForm } from './OtherPolicyForms';
import { reportingForm, reportingInput, rewardForm, rewardInput, vfmForm, vfmInput } from './otherForms';
import { PolicyEffect } from './PolicyEffect';
import { ScoringPolicyForm } from './ScoringPolicyForm';
import { scoringForm, scoringInput } from './scoringForm';
import { showsReporting, showsReward, showsScoring, showsVfm } from './shownFields';
import { DOCUMENT_KINDS, type DocumentKindKey } from './types';
import './policies.css';

/** The years the screen offers: policies are often set ahead, so a few years after the default one. */
export const POLICY_YEARS = Array.from({ length: 7 }, (_, i) => DEFAULT_YEAR - 2 + i);

/** A document's tab: its panel for a year (each kind with its own document, form and editor). */
const panel =
  <D, F, I>(props: Omit<DocumentPanelProps<D, F, I>, 'year' | 'children'>, children?: (year: number) => DocumentPanelProps<D, F, I>['children']) =>
  (year: number): ReactNode => <DocumentPanel key={`${props.kind}-${year}`} year={year} {...props} children={children?.(year)} />;

const PANELS = new Map<DocumentKindKey, (year: number) => ReactNode>([
  [
    'scoring',
    panel({ kind: 'scoring', docApi: scoringApi, toForm: scoringForm, toInput: scoringInput, Editor: ScoringPolicyForm, shows: showsScoring }, (year) => (state) => (
      <PolicyEffect year={year} input={state.input} documents={state.documents} versions={state.versions} saves={state.saves} />
    )),
  ],
  ['rewards', panel({ kind: 'rewards', docApi: rewardApi, toForm: rewardForm, toInput: rewardInput, Editor: RewardRulesForm, shows: showsReward })],
  ['vfm', panel({ kind: 'vfm', docApi: vfmApi, toForm: vfmForm, toInput: vfmInput, Editor: VfmPolicyForm, shows: showsVfm })],
  ['reporting', panel({ kind: 'reporting', docApi: reportingApi, toForm: reportingForm, toInput: reportingInput, Editor: ReportingPolicyForm, shows: showsReporting })],
]);

/** Policies of a year (evaluators): scoring policy, reward rules, value-for-money thresholds and reporting deadlines, each a versioned document. */
export default function PoliciesScreen() {
  const { t } = useTranslation('policies');
  const { year } = usePeriod();
  const [params, setParams] = useSearchParams();
  const d = params.get('doc');
  const kind: DocumentKindKey = (DOCUMENT_KINDS as readonly string[]).includes(d ?? '') ? (d as DocumentKindKey) : 'scoring';
  const select = (next: DocumentKindKey) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      p.set('doc', next);
      p.delete('version');
      return p;
    });
  const years = POLICY_YEARS.includes(year) ? POLICY_YEARS : [...POLICY_YEARS, year].sort();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="toolbar">
        <YearSelect years={years} />
      </div>
      <Tabs tabs={DOCUMENT_KINDS.map((k) => ({ key: k, label: t(`kinds.${k}`) }))} selected={kind} onSelect={select} label={t('tabs')} idPrefix="policies">
        {PANELS.get(kind)?.(year)}
      </Tabs>
    </>
  );
}
