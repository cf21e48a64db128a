import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/clients';
import { useLoad, useSubmit } from '../../api/hooks';
import { hasRole, useSession } from '../../api/session';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { formatDecimal, formatScore, labelOf } from '../../format';
import { useUnits } from '../verification/catalog';
import type { AnswerWritten } from './AnswerForm';
import { loadEvaluation, startEvaluation } from './api';
import { CriterionTable, type Editing } from './CriterionTable';
import { FinalizePanel, type StatusWritten } from './FinalizePanel';
import { CRITERION_FILTERS, criterionRows, filterGroups, groupWorksheet, progressOf, type CriterionFilter } from './model';
import { ScorePanel } from './ScorePanel';
import type { SakipStarted } from './types';

/** What the last write did, as the screen confirms it. */
function useNotice() {
  const { t, i18n } = useTranslation('sakip');
  const lang = i18n.language;
  return (w: AnswerWritten | StatusWritten): string => {
    switch (w.kind) {
      case 'answer':
        return w.written.data ? t('notice.answered', { code: w.code, answer: w.written.data.answer }) : t('notice.unchanged', { code: w.code });
      case 'revise': {
        const d = w.written.data;
        return d ? t('notice.revised', { code: w.code, from: d.previous.answer, to: d.answer, reason: d.reason }) : t('notice.unchanged', { code: w.code });
      }
      case 'finalize': {
        const d = w.written.data;
        return d ? t('notice.finalized', { total: formatScore(d.total, lang), grade: d.grade, round: d.round }) : t('notice.nothing');
      }
      case 'reopen': {
        const d = w.written.data;
        return d ? t('notice.reopened', { grade: d.previousGrade, total: formatScore(d.previousTotal, lang), reason: d.reason }) : t('notice.nothing');
      }
    }
  };
}

/** The SAKIP worksheet (LKE) of a unit and year: score and grade with its breakdown, finalize or reopen, and every criterion to answer or revise. */
export function SakipEvaluationView({ unitId, year }: { unitId: string; year: number }) {
  const { t, i18n } = useTranslation('sakip');
  const lang = i18n.language;
  const api = useApi();
  const { session } = useSession();
  const canWrite = hasRole(session, 'evaluator');
  const units = useUnits();
  const unitName = units.nameOf(unitId);
  const loaded = useLoad(() => loadEvaluation(api, unitId, year), [api, unitId, year]);
  // The newest revision this screen knows: the loaded one, or the one its own last write made (If-Match).
  const [written, setWritten] = useState(0);
  const [editing, setEditing] = useState<Editing | undefined>();
  const [filter, setFilter] = useState<CriterionFilter>('all');
  const [notice, setNotice] = useState('');
  const describe = useNotice();
  const evaluation = loaded.data ?? undefined;
  const groups = useMemo(() => (evaluation ? groupWorksheet(evaluation) : []), [evaluation]);
  const rows = useMemo(() => criterionRows(groups), [groups]);
  const shown = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  const revision = Math.max(evaluation?.revision ?? 0, written);

  const onWritten = (w: AnswerWritten | StatusWritten) => {
    setWritten((r) => Math.max(r, w.written.revision));
    setNotice(describe(w));
    loaded.reload();
  };
  const reload = () => {
    setWritten(0);
    loaded.reload();
  };

  const heading = <h1>{t('evaluation.heading', { unit: unitName, year })}</h1>;
  const back = (
    <p className="sakip-back">
      <Link to={`/sakip?year=${year}`}>{t('evaluation.back')}</Link>
    </p>
  );
  if (loaded.problem)
    return (
      <>
        {back}
        {heading}
        <ProblemBanner problem={loaded.problem} onReload={loaded.reload} />
      </>
    );
  if (loaded.loading && loaded.data === undefined)
    return (
      <>
        {back}
        {heading}
        <Loading />
      </>
    );
  if (!evaluation)
    return (
      <>
        {back}
        {heading}
        <NotStarted unitId={unitId} year={year} canWrite={canWrite} onStarted={loaded.reload} />
      </>
    );

  const status = evaluation.status;
  const writable = canWrite && status === 'in_progress';
  const worksheet = evaluation.worksheet;
  return (
    <>
      {back}
      {heading}
      <p className="sakip-meta" data-testid="sakip-meta">
        <span className={`sakip-status-badge sakip-status-${status}`} data-testid="sakip-status" data-status={status}>
          {t(`status.${status}`)}
        </span>
        {worksheet && <span className="muted">{t('evaluation.worksheet', { id: worksheet.worksheetId, version: worksheet.version })}</span>}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {loaded.loading ? t('common:loading') : ''}
      </p>
      {notice && (
        <div className="banner banner-ok" role="status" data-testid="sakip-notice">
          <p>{notice}</p>
        </div>
      )}
      <div className="sakip-top">
        <ScorePanel score={evaluation.score} status={status} progress={progressOf(groups)} grades={worksheet?.grades ?? []} />
        {canWrite && <FinalizePanel key={status} status={status} rows={rows} unitId={unitId} year={year} revision={revision} onWritten={onWritten} onReload={reload} />}
      </div>
      <section aria-labelledby="sakip-worksheet-heading" data-testid="sakip-worksheet">
        <h2 id="sakip-worksheet-heading">{t('evaluation.worksheetHeading')}</h2>
        <div className="toolbar">
          <SelectField
            label={t('filter.label')}
            name="criterion-filter"
            value={filter}
            onPick={(v) => setFilter(CRITERION_FILTERS.find((f) => f === v) ?? 'all')}
            options={CRITERION_FILTERS}
            optionLabel={(f) => t(`filter.${f}`)}
          />
        </div>
        {shown.length === 0 && <p data-testid="filter-empty">{t('filter.empty')}</p>}
        {shown.map((g) => {
          const p = progressOf([g]);
          return (
            <section key={g.component.code} className="panel sakip-component" aria-labelledby={`component-${g.component.code}`} data-testid={`component-${g.component.code}`}>
              <h3 id={`component-${g.component.code}`}>
                {labelOf(g.component.name, lang)} <span className="muted">· {t('evaluation.weight', { weight: formatDecimal(g.component.weight, lang) })}</span>
              </h3>
              <p className="muted">
                {t('score.answered', { answered: p.answered, of: p.of, percent: p.percent })}
                {g.score ? ` · ${t('evaluation.componentScore', { score: formatScore(g.score.score, lang), max: formatDecimal(g.score.max, lang) })}` : ''}
              </p>
              {g.subComponents.map((s) => (
                <div key={s.subComponent.code} className="sakip-sub-component">
                  <h4>
                    {labelOf(s.subComponent.name, lang)}{' '}
                    <span className="muted">· {t('evaluation.share', { share: formatDecimal(s.subComponent.share, lang), points: formatDecimal(s.max, lang, 2) })}</span>
                  </h4>
                  <CriterionTable group={s} writable={writable} editing={editing} onEdit={setEditing} unitId={unitId} year={year} revision={revision} onWritten={onWritten} onReload={reload} />
                </div>
              ))}
            </section>
          );
        })}
      </section>
    </>
  );
}

/** No evaluation for the unit and year yet: an evaluator may start it. */
function NotStarted({ unitId, year, canWrite, onStarted }: { unitId: string; year: number; canWrite: boolean; onStarted(): void }) {
  const { t } = useTranslation('sakip');
  const api = useApi();
  const start = useSubmit<SakipStarted>();
  const onStart = async () => {
    const started = await start.submit((headers) => startEvaluation(api, unitId, year, headers));
    if (started) onStarted();
  };
  return (
    <section className="panel" data-testid="not-started">
      <p>{t('evaluation.notStarted')}</p>
      <ProblemBanner problem={start.problem} onReload={onStarted} />
      {canWrite && (
        <button type="button" onClick={() => void onStart()} disabled={start.pending}>
          {t('list.start')}
        </button>
      )}
    </section>
  );
}
