import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { BandBadge } from '../../components/Band';
import { DataTable } from '../../components/DataTable';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { formatScore } from '../../format';
import { chronological, nameOf, orderUnits, periodKey, pickPublication, portalPath } from './model';
import { Provenance } from './Provenance';
import { TrendPanel } from './TrendPanel';
import type { Publication, Publications } from './types';

/** The URL of a published scorecard's LKjIP (a public GET: a plain link, no token). */
export function lkjipUrl(base: string, tenant: string, p: Pick<Publication, 'year' | 'period'>, scorecardId: string): string {
  return `${base}/public/${encodeURIComponent(tenant)}/publications/${p.year}/${p.period}/scorecards/${encodeURIComponent(scorecardId)}/lkjip`;
}

/** /public/:tenant: the Pemda's published periods, the scores of the chosen one, and the trends across them. */
export function PublicationsView() {
  const { t, i18n } = useTranslation('portal');
  const api = useApi();
  const tenant = useParams().tenant ?? '';
  const [params, setParams] = useSearchParams();
  const asked = params.get('p');
  const loaded = useLoad(() => unwrap<Publications>(api.evaluation.GET('/public/{tenant}/publications', { params: { path: { tenant } } })), [api, tenant]);
  const publications = loaded.data?.publications ?? [];
  const chosen = pickPublication(publications, asked);
  const pemda = publications.flatMap((p) => p.units).find((u) => u.unitKind === 'pemda');
  const periodLabel = (p: Pick<Publication, 'year' | 'period'>) => t('periodLabel', { year: p.year, period: t(`common:periods.${p.period}`, { defaultValue: p.period }) });

  return (
    <>
      <h1>{pemda?.unitName ? t('titleOf', { name: pemda.unitName }) : t('titleOf', { name: tenant })}</h1>
      <p>{t('intro')}</p>
      <ProblemBanner problem={loaded.problem} onReload={loaded.reload} />
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.data && publications.length === 0 && (
        <p className="panel" role="status" data-testid="nothing-published">
          {t('nothingPublished')}
        </p>
      )}
      {publications.length > 0 && (
        <div className="toolbar">
          <SelectField
            label={t('pickPeriod')}
            name="publication"
            value={chosen ? periodKey(chosen) : ''}
            onPick={(v) => setParams(v ? { p: v } : {})}
            options={chronological(publications).map(periodKey)}
            optionLabel={(k) => periodLabel(publications.find((p) => periodKey(p) === k)!)}
            emptyOption={chosen ? undefined : t('notPublishedOption')}
            data-testid="publication-picker"
          />
        </div>
      )}
      {loaded.data && asked && !chosen && (
        <div className="banner banner-warn" role="status" data-testid="not-published">
          <p>{t('notPublished')}</p>
        </div>
      )}
      {chosen && <PublishedPeriod tenant={tenant} publication={chosen} label={periodLabel(chosen)} base={api.config.evaluation} lang={i18n.language} />}
      {publications.length > 0 && <TrendPanel tenant={tenant} publications={publications} periodLabel={periodLabel} />}
    </>
  );
}

function PublishedPeriod({ tenant, publication, label, base, lang }: { tenant: string; publication: Publication; label: string; base: string; lang: string }) {
  const { t } = useTranslation('portal');
  const units = orderUnits(publication.units);
  const own = units.filter((u) => u.unitKind === 'pemda');
  const key = periodKey(publication);
  return (
    <section className="panel" aria-labelledby="published-period" data-testid="published-period" data-period={key}>
      <h2 id="published-period">{t('scoresOf', { period: label })}</h2>
      <Provenance publishedAt={publication.publishedAt} positions={publication.positions} policy={publication.policy} edition={publication.edition} />
      {own.map((u) => (
        <p key={u.scorecardId} className="pemda-score" data-testid="pemda-score" data-scorecard={u.scorecardId}>
          <span>{t('pemdaScore', { name: nameOf(u) })}</span> <BandBadge band={u.band} score={u.score} />
        </p>
      ))}
      <DataTable
        testId="published-scores"
        caption={<caption>{t('tableCaption', { period: label })}</caption>}
        columns={[{ label: t('rank'), className: 'num' }, t('unit'), { label: t('score'), className: 'num' }, t('band'), t('documents')]}
      >
        {units.map((u) => (
          <tr key={u.scorecardId} data-scorecard={u.scorecardId}>
            <td className="num">{u.rank ?? '—'}</td>
            <th scope="row">
              <Link to={portalPath(tenant, key, u.scorecardId)}>{nameOf(u)}</Link>
            </th>
            <td className="num" data-testid="score">
              {formatScore(u.score, lang)}
            </td>
            <td>
              <BandBadge band={u.band} />
            </td>
            <td>
              <a href={lkjipUrl(base, tenant, publication, u.scorecardId)} data-testid="lkjip-link">
                {t('lkjip')}
                <span className="visually-hidden"> {nameOf(u)}</span>
              </a>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
