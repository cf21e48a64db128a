import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { BandBadge, LightBadge, type BandLike } from '../../components/Band';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatPercent, formatScore } from '../../format';
import { formatInstant } from './instant';
import type { PolicyRef, ScoringPolicies, WhatIfAnswer } from './types';
import { DataTable } from '../../components/DataTable';

/** The score under another policy version beside the real one, at the replay's instant. */
export function WhatIfPanel({ scorecardId, year, period, asOf, names }: { scorecardId: string; year: number; period: string; asOf: string | undefined; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('replay');
  const lang = i18n.language;
  const api = useApi();
  const selectId = useId();
  const policies = useLoad(() => unwrap<ScoringPolicies>(api.evaluation.GET('/policies/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const [picked, setPicked] = useState('0');
  const [compared, setCompared] = useState<number | undefined>();
  const result = useLoad(
    () =>
      compared === undefined
        ? Promise.resolve(undefined)
        : unwrap<WhatIfAnswer>(
            api.evaluation.POST('/scores/scorecards/{scorecardId}/what-if', {
              params: { path: { scorecardId } },
              body: { policyVersion: compared, period: period as 'Y', ...(asOf ? { asOf } : {}) },
            }),
          ),
    [api, scorecardId, period, asOf, compared],
  );
  const bandOf = (policy: PolicyRef, code: string | null): BandLike | null => {
    if (!code) return null;
    const version = policies.data?.versions.find((v) => v.policyId === policy.policyId && v.version === policy.version);
    return version?.bands.find((b) => b.code === code) ?? { code, label: { id: code, en: code } };
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCompared(Number(picked));
    result.reload();
  };
  const data = result.data;
  return (
    <section className="panel" aria-labelledby="replay-whatif-h">
      <h2 id="replay-whatif-h">{t('whatIf.heading')}</h2>
      <p>{t('whatIf.intro')}</p>
      <ProblemBanner problem={policies.problem ?? result.problem} onReload={policies.reload} />
      <form className="toolbar replay-whatif-form" onSubmit={submit}>
        <label htmlFor={selectId}>
          {t('whatIf.version')}
          <select id={selectId} name="policyVersion" value={picked} onChange={(e) => setPicked(e.target.value)}>
            {(policies.data?.versions ?? [{ policyId: 'permendagri-86-2017', version: 0, bands: [] }]).map((v) => (
              <option key={`${v.policyId}-${v.version}`} value={String(v.version)}>
                {v.version === 0 ? t('whatIf.defaultOption') : t('whatIf.versionOption', { version: v.version, policy: v.policyId })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={result.loading && compared !== undefined}>
          {result.loading && compared !== undefined ? t('whatIf.running') : t('whatIf.run')}
        </button>
      </form>
      {compared !== undefined && !data && !result.problem && <Loading />}
      {data && (
        <>
          <p className="muted">{t('whatIf.asOf', { instant: data.asOf ? `${formatInstant(data.asOf, lang)} WIB` : t('slider.nowShort') })}</p>
          <DataTable
            testId="replay-what-if"
            columns={[
              t('whatIf.kpi'),
              { label: t('whatIf.actual', { policy: data.actual.policy.policyId, version: data.actual.policy.version }), className: 'num' },
              { label: t('whatIf.whatIf', { policy: data.whatIf.policy.policyId, version: data.whatIf.policy.version }), className: 'num' },
            ]}
          >
            <tr className="replay-perspective">
              <th scope="row">{t('whatIf.total')}</th>
              <td className="num" data-testid="what-if-actual">
                {formatScore(data.actual.score, lang)} <BandBadge band={bandOf(data.actual.policy, data.actual.band)} />
              </td>
              <td className="num" data-testid="what-if-other">
                {formatScore(data.whatIf.score, lang)} <BandBadge band={bandOf(data.whatIf.policy, data.whatIf.band)} />
              </td>
            </tr>
            {data.kpis.map((k) => (
              <tr key={k.kpiId}>
                <th scope="row">{names.get(k.kpiId) ?? k.code}</th>
                <td className="num">
                  {formatPercent(k.actual, lang)} <LightBadge light={k.actualLight} />
                </td>
                <td className="num">
                  {formatPercent(k.whatIf, lang)} <LightBadge light={k.whatIfLight} />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
