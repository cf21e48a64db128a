import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useDownload } from '../../api/download';
import { ProblemBanner } from '../../components/Problem';

export type SheetFormat = 'xlsx' | 'csv';
export const FORMATS: readonly SheetFormat[] = ['xlsx', 'csv'];

/** The empty template, with its instructions and an example plan, as XLSX or CSV. */
export function TemplatePanel() {
  const { t } = useTranslation('planImport');
  const api = useApi();
  const download = useDownload();
  const get = (format: SheetFormat) =>
    download.run(() => unwrap<Blob>(api.planning.GET('/scorecards/template', { params: { query: { format } }, parseAs: 'blob' })), `templat-kartu-kinerja.${format}`);
  return (
    <section className="panel" aria-labelledby="template-title">
      <h2 id="template-title">{t('template.title')}</h2>
      <p>{t('template.intro')}</p>
      <div className="toolbar">
        {FORMATS.map((f) => (
          <button key={f} type="button" className="secondary" onClick={() => get(f)} disabled={download.busy} data-testid={`template-${f}`}>
            {t(`template.${f}`)}
          </button>
        ))}
      </div>
      <ProblemBanner problem={download.problem} />
    </section>
  );
}
