import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useDownload } from '../../api/download';
import { useLoad } from '../../api/hooks';
import type { ScorecardSummary } from '../../api/schemas';
import { DEFAULT_YEAR } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { useUrlParams } from '../../components/useUrlParams';
import { FORMATS, type SheetFormat } from './TemplatePanel';

/** The year and scorecard of the export, kept in the URL (?year=2028&scorecard=...). */
export function useExportChoice() {
  const { params, setMany } = useUrlParams({ replace: true });
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : DEFAULT_YEAR;
  const format: SheetFormat = params.get('format') === 'csv' ? 'csv' : 'xlsx';
  return { year, scorecardId: params.get('scorecard') ?? '', format, set: setMany };
}

/** Export a scorecard of a year in the template format (XLSX or CSV), to edit and import again. */
export function ExportPanel() {
  const { t } = useTranslation('planImport');
  const api = useApi();
  const { year, scorecardId, format, set } = useExportChoice();
  const list = useLoad(() => unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })), [api, year]);
  const download = useDownload();
  const [yearText, setYearText] = useState(String(year));
  useEffect(() => setYearText(String(year)), [year]);
  const rows = [...(list.data ?? [])].sort((a, b) => a.scorecardId.localeCompare(b.scorecardId));
  const chosen = rows.some((s) => s.scorecardId === scorecardId) ? scorecardId : '';
  const get = () =>
    download.run(() => unwrap<Blob>(api.planning.GET('/scorecards/{scorecardId}/export', { params: { path: { scorecardId: chosen }, query: { format } }, parseAs: 'blob' })), `${chosen}.${format}`);
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <div className="toolbar">
        <label>
          {t('common:year')}
          <input
            type="number"
            name="year"
            min={2000}
            max={2100}
            value={yearText}
            onChange={(e) => {
              setYearText(e.target.value);
              if (/^\d{4}$/.test(e.target.value))
                set([
                  ['year', e.target.value],
                  ['scorecard', ''],
                ]);
            }}
          />
        </label>
        <SelectField
          label={t('export.scorecard')}
          name="scorecard"
          value={chosen}
          onPick={(v) => set([['scorecard', v]])}
          emptyOption={list.loading && !list.data ? t('common:loading') : rows.length === 0 ? t('export.none') : t('export.pick')}
          options={rows.map((s) => s.scorecardId)}
          optionLabel={(id) => {
            const s = rows.find((r) => r.scorecardId === id);
            return s ? `${s.title} (${s.scorecardId})` : id;
          }}
        />
        <SelectField label={t('export.format')} name="format" value={format} onPick={(v) => set([['format', v]])} options={FORMATS} optionLabel={(f) => f.toUpperCase()} />
        <button type="button" onClick={get} disabled={!chosen || download.busy} data-testid="export-download">
          {download.busy ? t('export.sending') : t('export.submit')}
        </button>
      </div>
      {list.loading && !list.data && <Loading />}
      <ProblemBanner problem={list.problem ?? download.problem} onReload={list.reload} />
    </section>
  );
}
