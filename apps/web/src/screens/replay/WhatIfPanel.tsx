import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatInstant } from './instant';
import type { PolicyRef, ScoringPolicies } from './types';
import { bandIn, useWhatIf, WhatIfTable } from '../../components/WhatIfTable';

/** The score under another policy version beside the real one, at the replay's instant. */
export function WhatIfPanel({ scorecardId, year, period, asOf, names }: { scorecardId: string; year: number; period: string; asOf: string | undefined; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('replay');
  const lang = i18n.language;
  const api = useApi();
  const selectId = useId();
  const policies = useLoad(() => unwrap<ScoringPolicies>(api.evaluation.GET('/policies/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const [picked, setPicked] = useState('0');
  const [compared, setCompared] = useState<number | undefined>();
  const result = useWhatIf(scorecardId, compared === undefined ? undefined : { policyVersion: compared, period: period as 'Y', ...(asOf ? { asOf } : {}) }, [scorecardId, period, asOf, compared]);
  const bandOf = (policy: PolicyRef, code: string | null) => bandIn(policies.data?.versions.find((v) => v.policyId === policy.policyId && v.version === policy.version)?.bands, code);
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
          <WhatIfTable
            answer={data}
            testId="replay-what-if"
            cellIds="what-if"
            columns={[
              t('whatIf.kpi'),
              t('whatIf.actual', { policy: data.actual.policy.policyId, version: data.actual.policy.version }),
              t('whatIf.whatIf', { policy: data.whatIf.policy.policyId, version: data.whatIf.policy.version }),
            ]}
            totalLabel={t('whatIf.total')}
            totalClassName="replay-perspective"
            names={names}
            bandOf={bandOf}
          />
        </>
      )}
    </section>
  );
}
