import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { PERIODS, type Period } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { bandIn, useWhatIf, WhatIfTable } from '../../components/WhatIfTable';
import type { Checked } from './formModel';
import { problemForForm } from './problems';
import type { AdHocScoringPolicy, ScorecardSummary, ScoringPolicy, ScoringPolicyInput, VersionEntry } from './types';

/** The draft's name in a what-if (the service checks an ad-hoc policy's identity too). */
export const DRAFT_POLICY_ID = 'draf-formulir';

/** The form's policy as an ad-hoc policy of the what-if endpoint. */
export const draftPolicy = (input: ScoringPolicyInput, inForce: number | undefined): AdHocScoringPolicy => ({ ...input, policyId: DRAFT_POLICY_ID, version: (inForce ?? 0) + 1 });

/**
 * The effect of a policy on one scorecard's score: the score and each KPI's achievement under the
 * version in force beside another version, or beside the form's unsaved policy (what-if, nothing
 * stored).
 */
export function PolicyEffect({
  year,
  input,
  documents,
  versions,
  saves,
}: {
  year: number;
  input: Checked<ScoringPolicyInput> | undefined;
  documents: readonly ScoringPolicy[];
  versions: readonly VersionEntry[];
  saves: number;
}) {
  const { t, i18n } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const scorecards = useLoad(() => unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })), [api, year]);
  const inForce = versions[versions.length - 1]?.version;
  const previous = versions.length >= 2 ? versions[versions.length - 2]!.version : undefined;
  const [scorecardId, setScorecardId] = useState('');
  const [period, setPeriod] = useState<Period>('Y');
  const [other, setOther] = useState('draft');
  const [asked, setAsked] = useState<{ scorecardId: string; period: Period; other: string; policy?: AdHocScoringPolicy; n: number } | undefined>();

  // After a save (or another year), compare the version in force with the one before it.
  useEffect(() => {
    setOther(previous === undefined ? 'draft' : String(previous));
    setAsked(undefined);
  }, [saves, year, previous]);

  const result = useWhatIf(asked?.scorecardId, asked && { period: asked.period, ...(asked.policy ? { policy: asked.policy } : { policyVersion: Number(asked.other) }) }, [asked]);
  const draftInvalid = other === 'draft' && input !== undefined && !input.ok;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!scorecardId || (other === 'draft' && !input?.ok)) return;
    const policy = other === 'draft' && input?.ok ? draftPolicy(input.value, inForce) : undefined;
    setAsked({ scorecardId, period, other, policy, n: (asked?.n ?? 0) + 1 });
  };
  const bandOf = (policy: { policyId: string; version: number }, code: string | null) =>
    bandIn(policy.policyId === DRAFT_POLICY_ID ? asked?.policy?.bands : documents.find((d) => d.policyId === policy.policyId && d.version === policy.version)?.bands, code);
  const policyName = (policy: { policyId: string; version: number }) =>
    policy.policyId === DRAFT_POLICY_ID ? t('effect.draftName') : t('effect.versionName', { version: policy.version, policy: policy.policyId });
  const data = result.data;
  const names = new Map((data?.details.actual.kpis ?? []).map((k) => [k.kpiId, `${k.code} ${k.name}`]));
  const title = scorecards.data?.find((s) => s.scorecardId === asked?.scorecardId)?.title ?? asked?.scorecardId;
  return (
    <section className="panel" aria-labelledby="effect-h" data-testid="policy-effect">
      <h2 id="effect-h">{t('effect.heading')}</h2>
      <p>{t('effect.intro')}</p>
      <ProblemBanner problem={scorecards.problem} onReload={scorecards.reload} />
      <form className="toolbar pol-effect-form" onSubmit={submit}>
        <SelectField label={t('effect.scorecard')} name="scorecard" value={scorecardId} onPick={setScorecardId} emptyOption={t('effect.pickScorecard')}>
          {(scorecards.data ?? []).map((s) => (
            <option key={s.scorecardId} value={s.scorecardId}>
              {s.title}
            </option>
          ))}
        </SelectField>
        <SelectField label={tc('period')} name="period" value={period} onPick={(v) => setPeriod(v as Period)} options={PERIODS} optionLabel={(p) => tc(`periods.${p}`)} />
        <SelectField label={t('effect.compareWith')} name="compareWith" value={other} onPick={setOther}>
          <option value="draft">{t('effect.draftOption')}</option>
          {versions
            .filter((v) => v.version !== inForce)
            .map((v) => (
              <option key={v.version} value={String(v.version)}>
                {v.recordedAt === null ? t('effect.defaultOption', { version: v.version }) : t('effect.versionOption', { version: v.version })}
              </option>
            ))}
        </SelectField>
        <button type="submit" disabled={!scorecardId || draftInvalid || (result.loading && asked !== undefined)}>
          {result.loading && asked !== undefined ? t('effect.running') : t('effect.run')}
        </button>
      </form>
      {draftInvalid && <p className="field-error">{t('effect.draftInvalid')}</p>}
      <ProblemBanner problem={problemForForm(result.problem, t, lang)} />
      {asked !== undefined && !data && !result.problem && <Loading />}
      {data && (
        <WhatIfTable
          answer={data}
          testId="effect-table"
          cellIds="effect"
          caption={<caption>{t('effect.caption', { title, period: tc(`periods.${data.period}`) })}</caption>}
          columns={[t('effect.item'), t('effect.actual', { name: policyName(data.actual.policy) }), t('effect.other', { name: policyName(data.whatIf.policy) })]}
          differenceLabel={t('effect.difference')}
          totalLabel={t('effect.total')}
          totalClassName="pol-total"
          scoreClassName="pol-score"
          names={names}
          bandOf={bandOf}
        />
      )}
    </section>
  );
}
