import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { saveBlob } from '../../api/download';
import type { ApiProblem } from '../../api/errors';
import { isApiProblem, toProblem } from '../../api/errors';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { formatDateTime } from '../../format';
import { ScorecardSelect } from '../vfm/ScorecardSelect';
import { asOfOf, FORMATS, reportFileName, reportQuery, type ReportFormat } from './reportsModel';

/** The LKjIP of a scorecard as PDF, XLSX or HTML, for now or as it stood at a chosen instant, downloaded with the session's token. */
export function LkjipPanel({ year }: { year: number }) {
  const { t, i18n } = useTranslation('reports');
  const api = useApi();
  const [scorecardId, setScorecardId] = useState('');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [when, setWhen] = useState<'now' | 'asOf'>('now');
  const [local, setLocal] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [saved, setSaved] = useState<{ name: string; asOf?: string } | undefined>();

  const download = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setProblem(undefined);
    setSaved(undefined);
    if (!scorecardId) {
      setProblem(toProblem(400, { code: 'VALIDATION_FAILED', message: t('lkjip.pickScorecard'), field: 'scorecardId' }));
      return;
    }
    const asOf = when === 'asOf' ? asOfOf(local) : undefined;
    if (when === 'asOf' && !asOf) {
      setProblem(toProblem(400, { code: 'VALIDATION_FAILED', message: t('lkjip.pickInstant'), field: 'asOf' }));
      return;
    }
    setPending(true);
    try {
      const blob = await unwrap<Blob>(api.evaluation.GET('/reports/lkjip/{scorecardId}', { params: { path: { scorecardId }, query: reportQuery(format, asOf) }, parseAs: 'blob' }));
      const name = reportFileName(scorecardId, format, asOf);
      saveBlob(blob, name);
      setSaved({ name, asOf });
    } catch (err) {
      setProblem(isApiProblem(err) ? err : toProblem(0, { code: 'CLIENT_ERROR', message: String(err) }));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="lkjip-heading">
      <h2 id="lkjip-heading">{t('lkjip.heading')}</h2>
      <p>{t('lkjip.intro')}</p>
      <form onSubmit={download} noValidate className="reports-form" data-testid="lkjip-form">
        <div className="reports-row">
          <ScorecardSelect year={year} value={scorecardId} onPick={setScorecardId} label={t('lkjip.scorecard')} aria={fieldProps(problem, 'scorecardId')} />
          <SelectField label={t('lkjip.format')} name="format" value={format} onPick={(v) => setFormat(v as ReportFormat)} options={FORMATS} optionLabel={(f) => t(`lkjip.formats.${f}`)} />
        </div>
        <FieldError problem={problem} field="scorecardId" />
        <FieldError problem={problem} field="format" />
        <fieldset className="reports-when">
          <legend>{t('lkjip.when')}</legend>
          <label className="reports-radio">
            <input type="radio" name="when" value="now" checked={when === 'now'} onChange={() => setWhen('now')} />
            {t('lkjip.now')}
          </label>
          <label className="reports-radio">
            <input type="radio" name="when" value="asOf" checked={when === 'asOf'} onChange={() => setWhen('asOf')} />
            {t('lkjip.asOfChoice')}
          </label>
          <label>
            {t('lkjip.asOf')}
            <input type="datetime-local" name="asOf" step={1} value={local} disabled={when !== 'asOf'} onChange={(e) => setLocal(e.target.value)} {...fieldProps(problem, 'asOf')} />
          </label>
          <FieldError problem={problem} field="asOf" />
        </fieldset>
        <ProblemBanner problem={problem} shownFields={['scorecardId', 'format', 'asOf']} />
        <div>
          <button type="submit" disabled={pending}>
            {pending ? t('lkjip.downloading') : t('lkjip.download')}
          </button>
        </div>
        <p role="status" aria-live="polite" data-testid="lkjip-status" className={saved ? 'banner banner-ok' : undefined}>
          {saved ? (saved.asOf ? t('lkjip.savedAsOf', { name: saved.name, at: formatDateTime(saved.asOf, i18n.language) }) : t('lkjip.saved', { name: saved.name })) : ''}
        </p>
      </form>
    </section>
  );
}
