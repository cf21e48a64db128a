import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { localize, type ApiProblem } from '../../api/errors';
import { useSubmit } from '../../api/hooks';
import { ProblemBanner } from '../../components/Problem';
import { importProblems } from './importReport';
import type { BatchResult } from './types';
import { DataTable } from '../../components/DataTable';

/** Download the unit's form (XLSX) and upload it filled: all or nothing, with a per-row report. */
export function SpreadsheetPanel({ unitId, year, onStored }: { unitId: string; year: number; onStored(): void }) {
  const { t, i18n } = useTranslation('realizations');
  const api = useApi();
  const upload = useSubmit<BatchResult>();
  const [downloadProblem, setDownloadProblem] = useState<ApiProblem | undefined>();
  const [downloading, setDownloading] = useState(false);
  const [file, setFile] = useState<File | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const fileName = `realisasi-${unitId}-${year}.xlsx`;

  const download = async () => {
    setDownloading(true);
    setDownloadProblem(undefined);
    try {
      const blob = await unwrap<Blob>(api.measurement.GET('/realizations/template', { params: { query: { year, format: 'xlsx' } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setDownloadProblem(e as ApiProblem);
    } finally {
      setDownloading(false);
    }
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append('file', file, file.name);
    const result = await upload.submit((headers) =>
      unwrap<BatchResult>(
        api.measurement.POST('/realizations/import/file', {
          params: { header: headers },
          body: body as unknown as { file: string },
          bodySerializer: (b) => b as unknown as FormData,
        }),
      ),
    );
    if (result) {
      setFile(undefined);
      if (input.current) input.current.value = '';
      onStored();
    }
  };

  const rows = importProblems(upload.problem);
  const refused = upload.problem && (upload.problem.code === 'IMPORT_INVALID' || rows.length > 0);
  return (
    <section className="panel" aria-labelledby="spreadsheet-title">
      <h2 id="spreadsheet-title">{t('sheet.title')}</h2>
      <p>{t('sheet.intro')}</p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={download} disabled={downloading}>
          {t('sheet.download')}
        </button>
      </div>
      <ProblemBanner problem={downloadProblem} />
      <form onSubmit={send} noValidate className="upload-form">
        <label>
          {t('sheet.file')}
          <span className="muted hint">{t('sheet.formats')}</span>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              upload.reset();
            }}
          />
        </label>
        <div>
          <button type="submit" disabled={!file || upload.pending}>
            {upload.pending ? t('sheet.uploading') : t('sheet.upload')}
          </button>
        </div>
      </form>
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
        <DataTable
          testId="upload-problem-table"
          caption={<caption>{t('sheet.problemsCaption')}</caption>}
          columns={[t('sheet.sheet'), { label: t('sheet.row'), className: 'num' }, t('sheet.column'), t('sheet.message')]}
        >
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.sheet ?? '—'}</td>
              <td className="num">{r.row ?? '—'}</td>
              <td>{r.column ?? r.field ?? '—'}</td>
              <td>{localize(r.message, i18n.language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
