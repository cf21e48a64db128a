import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad, useSubmit } from '../../api/hooks';
import type { ScorecardSummary } from '../../api/schemas';
import { BandBadge } from '../../components/Band';
import { DataTable } from '../../components/DataTable';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { formatDateTime, formatScore } from '../../format';
import { PUBLISH_PERIODS, publishedRows } from './reportsModel';
import type { PolicyBand, PublishedScores, PublishPeriod, ScoringPolicies } from './types';

/** Publishes a period's official scores (evaluators), after a confirmation; shows what was published. */
export function PublishPanel({ year }: { year: number }) {
  const { t } = useTranslation('reports');
  const api = useApi();
  const [period, setPeriod] = useState<PublishPeriod>('Q1');
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<PublishedScores | undefined>();
  const write = useSubmit<PublishedScores>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (published) resultRef.current?.focus();
  }, [published]);
  const what = t('publish.what', { period: t(`common:periods.${period}`, { defaultValue: period }), year });

  const periodName = (p: string) => t(`common:periods.${p}`);
  const pick = (v: string) => {
    setPeriod(v as PublishPeriod);
    setConfirming(false);
    write.reset();
  };
  const publish = async () => {
    const answer = await write.submit((headers) => unwrap<PublishedScores>(api.evaluation.POST('/scores/publish', { params: { header: headers }, body: { year, period } })));
    setConfirming(false);
    if (answer) setPublished(answer);
  };

  return (
    <section className="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('publish.heading')}</h2>
      <p>{t('publish.intro')}</p>
      <div className="reports-row">
        <SelectField label={t('common:period')} name="period" value={period} onPick={pick} options={PUBLISH_PERIODS} optionLabel={periodName} {...fieldProps(write.problem, 'period')} />
        <button type="button" onClick={() => setConfirming(true)} disabled={confirming || write.pending}>
          {t('publish.start')}
        </button>
      </div>
      <FieldError problem={write.problem} field="period" />
      <FieldError problem={write.problem} field="year" />
      {confirming && (
        <div
          className="banner banner-warn reports-confirm"
          role="alertdialog"
          aria-labelledby="publish-confirm-title"
          aria-describedby="publish-confirm-text"
          tabIndex={-1}
          ref={confirmRef}
          data-testid="publish-confirm"
        >
          <p id="publish-confirm-title">
            <strong>{t('publish.confirmTitle', { what })}</strong>
          </p>
          <p id="publish-confirm-text">{t('publish.confirmText')}</p>
          <div className="reports-actions">
            <button type="button" onClick={publish} disabled={write.pending}>
              {write.pending ? t('publish.publishing') : t('publish.confirm', { what })}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={write.pending}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      )}
      <ProblemBanner problem={write.problem} shownFields={['period', 'year']} />
      {published && (
        <div tabIndex={-1} ref={resultRef} className="reports-published">
          <PublishedView published={published} />
        </div>
      )}
    </section>
  );
}

function PublishedView({ published }: { published: PublishedScores }) {
  const { t, i18n } = useTranslation('reports');
  const api = useApi();
  const lang = i18n.language;
  const context = useLoad(
    () =>
      Promise.all([
        unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(published.year) } } })).catch(() => [] as ScorecardSummary[]),
        unwrap<ScoringPolicies>(api.evaluation.GET('/policies/{year}', { params: { path: { year: String(published.year) } } })).catch(() => undefined),
      ]),
    [api, published.year],
  );
  const titles = new Map((context.data?.[0] ?? []).map((s) => [s.scorecardId, s.title]));
  const bands = new Map<string, PolicyBand>();
  for (const v of context.data?.[1]?.versions ?? []) if (v.policyId === published.policy.policyId && v.version === published.policy.version) for (const b of v.bands) bands.set(b.code, b);
  const period = t(`common:periods.${published.period}`, { defaultValue: published.period });
  return (
    <div data-testid="published">
      <p className="banner banner-ok" role="status">
        {published.replayed ? t('publish.replayed', { period, year: published.year }) : t('publish.done', { period, year: published.year, at: formatDateTime(published.publishedAt, lang) })}
      </p>
      <dl className="reports-facts">
        <dt>{t('publish.positions')}</dt>
        <dd data-testid="published-positions">
          {published.positions.from}–{published.positions.to}
        </dd>
        <dt>{t('publish.event')}</dt>
        <dd data-testid="published-position">{published.position}</dd>
        <dt>{t('publish.policy')}</dt>
        <dd>
          {published.policy.policyId} v{published.policy.version}
        </dd>
        <dt>{t('publish.chains')}</dt>
        <dd>{published.chainHeads.length}</dd>
      </dl>
      <DataTable
        testId="published-units"
        caption={<caption>{t('publish.caption', { period, year: published.year })}</caption>}
        columns={[t('publish.col.scorecard'), t('publish.col.unit'), { label: t('publish.col.score'), className: 'num' }, t('publish.col.band'), { label: t('publish.col.rank'), className: 'num' }]}
      >
        {publishedRows(published.units).map((u) => (
          <tr key={u.scorecardId} data-id={u.scorecardId}>
            <th scope="row">{titles.get(u.scorecardId) ?? u.scorecardId}</th>
            <td>{u.unitId}</td>
            <td className="num" data-cell="score">
              {formatScore(u.score, lang)}
            </td>
            <td>{u.band ? <BandBadge band={bands.get(u.band) ?? { code: u.band }} /> : <BandBadge band={null} />}</td>
            <td className="num">{u.rank ?? '—'}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
