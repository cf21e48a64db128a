import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { multipart, RowProblemsTable, UploadForm, useFileUpload } from '../../components/FileUpload';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import type { ScorecardPlan, ScorecardWritten } from '../agreement/types';
import { planReport, writtenSummary } from './importModel';

/** Upload a whole plan (XLSX/CSV in the template format): all or nothing, with a per-row report. */
export function UploadPanel({ onImported }: { onImported(scorecardId: string, year: number): void }) {
  const { t } = useTranslation('planImport');
  const api = useApi();
  const picked = useFileUpload((body, headers) => unwrap<ScorecardWritten>(api.planning.POST('/scorecards/import/file', { params: { header: headers }, ...multipart(body) })));
  const upload = picked.submission;

  const problem = upload.problem;
  const aboutFile = problem?.status === 400;
  const report = planReport(problem?.code === 'IMPORT_INVALID' ? problem : undefined);
  return (
    <section className="panel" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('upload.title')}</h2>
      <p>{t('upload.intro')}</p>
      <UploadForm
        upload={picked}
        label={t('upload.file')}
        formats={t('upload.formats')}
        submitLabel={t('upload.submit')}
        sendingLabel={t('upload.sending')}
        testId="plan-upload"
        inputProps={fieldProps(aboutFile ? problem : undefined, 'file')}
      />
      {aboutFile && <FieldError problem={problem} field="file" />}
      {report.rows.length > 0 ? (
        <>
          <div className="banner banner-error" role="alert" data-testid="import-problems">
            <p>
              <strong>{t('report.nothingStored')}</strong>
            </p>
            <p>{t('report.count', { count: report.rows.length })}</p>
            <p>{report.bySheet.map((s) => t('report.inSheet', { sheet: s.sheet, count: s.count })).join(' · ')}</p>
          </div>
          <RowProblemsTable rows={report.rows} testId="import-report" caption={t('report.caption')} headers={[t('report.sheet'), t('report.row'), t('report.column'), t('report.message')]} />
        </>
      ) : (
        !aboutFile && <ProblemBanner problem={problem} />
      )}
      {aboutFile && problem && problem.fields.length === 0 && <ProblemBanner problem={problem} />}
      {upload.result && !problem && <ImportResult written={upload.result} onImported={onImported} />}
    </section>
  );
}

/** What the accepted file created, the scorecard it is now, and where to go next. */
function ImportResult({ written, onImported }: { written: ScorecardWritten; onImported(scorecardId: string, year: number): void }) {
  const { t } = useTranslation('planImport');
  const api = useApi();
  const plan = useLoad(() => unwrap<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId: written.scorecardId } } })), [api, written.scorecardId]);
  const summary = writtenSummary(written.eventTypes);
  const id = encodeURIComponent(written.scorecardId);
  const p = plan.data;
  return (
    <div className="banner banner-ok" role="status" data-testid="import-result" data-scorecard={written.scorecardId}>
      <p>
        <strong>
          {written.eventTypes.length === 0
            ? t('result.unchanged', { id: written.scorecardId })
            : summary.created
              ? t('result.created', { id: written.scorecardId })
              : t('result.replaced', { id: written.scorecardId })}
        </strong>
      </p>
      {summary.counts.length > 0 && (
        <ul className="created" data-testid="import-created">
          {summary.counts.map((c) => (
            <li key={c.kind} data-kind={c.kind}>
              {t(`result.kinds.${c.kind}`, { count: c.count })}
            </li>
          ))}
        </ul>
      )}
      {p && (
        <p data-testid="import-plan">
          {t('result.plan', { title: p.header.title, perspectives: p.perspectives.length, objectives: p.objectives.length, kpis: p.kpis.length, initiatives: p.initiatives.length })} ·{' '}
          {t(`result.status.${p.status}`)}
        </p>
      )}
      <ProblemBanner problem={plan.problem} onReload={plan.reload} />
      <p className="result-links">
        <Link to={`/scorecards/${id}/agreement`} data-testid="import-agreement-link">
          {t('result.agreement')}
        </Link>
        <Link to={`/scorecards/${id}${p ? `?year=${p.header.year}` : ''}`}>{t('result.scorecard')}</Link>
        <Link to={`/plan/${id}`}>{t('result.edit')}</Link>
        {p && (
          <button type="button" className="secondary" onClick={() => onImported(written.scorecardId, p.header.year)}>
            {t('result.export')}
          </button>
        )}
      </p>
    </div>
  );
}
