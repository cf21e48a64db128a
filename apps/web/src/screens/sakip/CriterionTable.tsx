import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ColGroup } from '../../components/ColGroup';
import { DataTable } from '../../components/DataTable';
import { formatDateTime, formatDecimal, labelOf } from '../../format';
import { AnswerForm, type AnswerMode, type AnswerWritten } from './AnswerForm';
import { answerLabel, criterionAnchor, earnedPoints, type CriterionRow, type SubComponentGroup } from './model';

export interface Editing {
  code: string;
  mode: AnswerMode;
}

export interface CriterionTableProps {
  group: SubComponentGroup;
  /** Answers can be given or revised (an evaluator, the evaluation in progress). */
  writable: boolean;
  editing: Editing | undefined;
  onEdit(editing: Editing | undefined): void;
  unitId: string;
  year: number;
  revision: number;
  onWritten(written: AnswerWritten): void;
  onReload(): void;
}

/** The classes of the table's columns (their widths in sakip.css). */
const COLUMN_CLASSES = ['sakip-col-criterion', 'sakip-col-points', 'sakip-col-suggestion', 'sakip-col-answer', 'sakip-col-actions'];

/** The criteria of one sub-component: weight, the system's suggestion and what it was derived from, the answer with note and evidence. */
export function CriterionTable({ group, writable, editing, onEdit, unitId, year, revision, onWritten, onReload }: CriterionTableProps) {
  const { t, i18n } = useTranslation('sakip');
  const lang = i18n.language;
  return (
    <DataTable
      className="sakip-criteria"
      testId={`criteria-${group.criteria[0]?.componentCode ?? ''}-${group.subComponent.code}`}
      colgroup={<ColGroup classes={COLUMN_CLASSES} />}
      columns={[t('criteria.criterion'), { label: t('criteria.points'), className: 'num' }, t('criteria.suggestion'), t('criteria.answer'), { label: t('criteria.actions'), hidden: true }]}
    >
      {group.criteria.map((row) => {
        const open = editing?.code === row.criterion.code ? editing : undefined;
        return (
          <Fragment key={row.criterion.code}>
            <CriterionLine row={row} writable={writable} open={!!open} onEdit={onEdit} lang={lang} />
            {open && (
              <tr className="sakip-form-row">
                <td colSpan={COLUMN_CLASSES.length}>
                  <AnswerForm
                    key={`${open.code}/${open.mode}`}
                    row={row}
                    mode={open.mode}
                    unitId={unitId}
                    year={year}
                    revision={revision}
                    onDone={(w) => {
                      onEdit(undefined);
                      onWritten(w);
                    }}
                    onCancel={() => onEdit(undefined)}
                    onReload={() => {
                      onEdit(undefined);
                      onReload();
                    }}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </DataTable>
  );
}

function CriterionLine({ row, writable, open, onEdit, lang }: { row: CriterionRow; writable: boolean; open: boolean; onEdit(editing: Editing | undefined): void; lang: string }) {
  const { t } = useTranslation('sakip');
  const { criterion, suggestion, answer, scale } = row;
  const code = criterion.code;
  const earned = earnedPoints(row);
  return (
    <tr id={criterionAnchor(code)} data-testid={`criterion-${code}`} data-answer={answer?.answer ?? ''} data-suggested={suggestion?.answer ?? ''} tabIndex={-1}>
      <th scope="row">
        <span className="sakip-code">{code}</span> {labelOf(criterion.text, lang)}
        <div className="muted sakip-sub">{t('criteria.scale', { scale: labelOf(scale?.label, lang) || criterion.scale })}</div>
      </th>
      <td className="num">{formatDecimal(row.points, lang, 2)}</td>
      <td data-testid="suggestion">
        {suggestion ? (
          <>
            <strong>{suggestion.answer}</strong> {answerLabel(scale, suggestion.answer) && <span>· {labelOf(answerLabel(scale, suggestion.answer), lang)}</span>}
            <div className="sakip-derived" data-testid="derived-from">
              {t('criteria.derivedFrom')}: {labelOf(suggestion.derivedFrom, lang)}
            </div>
            <div className="muted sakip-sub">{t(`rules.${suggestion.rule}`, { defaultValue: suggestion.rule })}</div>
          </>
        ) : (
          <span className="muted">{criterion.prefill ? t('criteria.noSuggestionData') : t('criteria.noSuggestion')}</span>
        )}
      </td>
      <td data-testid="answer">
        {answer ? (
          <>
            <strong>{answer.answer}</strong> {answerLabel(scale, answer.answer) && <span>· {labelOf(answerLabel(scale, answer.answer), lang)}</span>}
            <div className="sakip-sub">{t('criteria.earned', { earned: formatDecimal(earned, lang, 2), points: formatDecimal(row.points, lang, 2) })}</div>
            {row.deviates && (
              <div className="sakip-flag" data-testid="deviates">
                {t('criteria.deviates', { suggested: suggestion?.answer ?? '' })}
              </div>
            )}
            {answer.note && (
              <div data-testid="note">
                {t('criteria.note')}: {answer.note}
              </div>
            )}
            {answer.evidence.length > 0 && (
              <ul className="sakip-evidence" aria-label={t('criteria.evidence')}>
                {answer.evidence.map((e, i) => (
                  <li key={i}>
                    <a href={e.url} target="_blank" rel="noreferrer noopener">
                      {e.label || e.url}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            <div className="muted sakip-sub">{t('criteria.by', { by: answer.by, at: formatDateTime(answer.at, lang) })}</div>
          </>
        ) : (
          <span className="sakip-flag sakip-flag-open" data-testid="unanswered">
            {t('criteria.unanswered')}
          </span>
        )}
      </td>
      <td>
        {writable && !open && (
          <button type="button" className={answer ? 'secondary' : undefined} onClick={() => onEdit({ code, mode: answer ? 'revise' : 'answer' })}>
            {answer ? t('criteria.revise') : t('criteria.answerAction')}
            <span className="visually-hidden"> {code}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
