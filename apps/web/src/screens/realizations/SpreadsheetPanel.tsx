import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useDownload } from '../../api/download';
import { multipart, RowProblemsTable, UploadForm, useFileUpload } from '../../components/FileUpload';
import { ProblemBanner } from '../../components/Problem';
import { importProblems } from './importReport';
import type { BatchResult } from './types';

/** Download the unit's form (XLSX) and upload it filled: all or nothing, with a per-row report. */
export function SpreadsheetPanel({ unitId, year, onStored }: { unitId: string; year: number; onStored(): void }) {
  const { t } = useTranslation('realizations');
  const api = useApi();
  const download = useDownload();
  const picked = useFileUpload((body, headers) => unwrap<BatchResult>(api.measurement.POST('/realizations/import/file', { params: { header: headers }, ...multipart(body) })), onStored);
  const upload = picked.submission;
  const fileName = `realisasi-${unitId}-${year}.xlsx`;
  const get = () => download.run(() => unwrap<Blob>(api.measurement.GET('/realizations/template', { params: { query: { year, format: 'xlsx' } }, parseAs: 'blob' })), fileName);

  const rows = importProblems(upload.problem);
  const refused = upload.problem && (upload.problem.code === 'IMPORT_INVALID' || rows.length > 0);
  return (
    <section className="panel" aria-labelledby="spreadsheet-title">
      <h2 id="spreadsheet-title">{t('sheet.title')}</h2>
      <p>{t('sheet.intro')}</p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void get()} disabled={download.busy}>
          {t('sheet.download')}
        </button>
      </div>
      <ProblemBanner problem={download.problem} />
      <UploadForm upload={picked} label={t('sheet.file')} formats={t('sheet.formats')} submitLabel={t('sheet.upload')} sendingLabel={t('sheet.uploading')} />
      {upload.result && !upload.problem && (
        <div className="banner banner-ok" role="status" data-testid="upload-result">
          <p>{t('sheet.stored', { count: upload.result.accepted })}</p>
          {upload.result.replayed > 0 && <p>{t('sheet.replayed', { count: upload.result.replayed })}</p>}
        </div>
      )}
      {refused ? (
        <div className="banner banner-error" role="alert" data-testid="upload-problems">
          <p>
            <strong>{t('sheet.nothingStored')}</strong>
          </p>
          <p>{t('sheet.problemCount', { count: rows.length })}</p>
        </div>
      ) : (
        <ProblemBanner problem={upload.problem} />
      )}
      {refused && rows.length > 0 && (
        <RowProblemsTable rows={rows} testId="upload-problem-table" caption={t('sheet.problemsCaption')} headers={[t('sheet.sheet'), t('sheet.row'), t('sheet.column'), t('sheet.message')]} />
      )}
    </section>
  );
}
