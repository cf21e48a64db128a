import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { FieldError } from '../../components/Problem';
import { PolicyFields, type PolicyFieldsProps } from './fields';
import { CASCADE_MODES, LOWER_IS_BETTER, PERSPECTIVE_MODES, SCORING_FIELDS as F, bandField, emptyBand, gradeField, percentField, type BandRow, type ScoringForm } from './scoringForm';

export interface EditorProps<Form> {
  form: Form;
  onChange(form: Form): void;
  problem: ApiProblem | undefined;
  /** Prefix of the ids in the page (the edited form and a stored version can be shown together). */
  idPrefix: string;
}

/** Replaces item i of a list. */
export const replaced = <T,>(list: readonly T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));

/** The inputs of one part of a form (the whole form, or one item of its lists), in the form's section of texts. */
export const fieldsOf =
  <F,>(form: F, onChange: (form: F) => void, problem: ApiProblem | undefined, section: string, idPrefix: string) =>
  (fields: PolicyFieldsProps<F>['fields'], row = false) => <PolicyFields form={form} onChange={onChange} problem={problem} section={section} idPrefix={idPrefix} fields={fields} row={row} />;

/**
 * The items of a list (bands, grades, rules): each with a button that removes it (placed by `item`),
 * then `after` (the list's own messages) and a button that adds an empty item.
 */
export function ItemList<T>({
  items,
  onChange,
  empty,
  addLabel,
  removeLabel,
  item,
  after,
}: {
  items: readonly T[];
  onChange(items: T[]): void;
  empty(): T;
  addLabel: string;
  removeLabel(x: T, i: number): string;
  item(x: T, i: number, set: (x: T) => void, remove: ReactNode): ReactNode;
  after?: ReactNode;
}) {
  return (
    <>
      {items.map((x, i) => (
        <Fragment key={i}>
          {item(
            x,
            i,
            (next) => onChange(replaced(items, i, next)),
            <button type="button" className="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              {removeLabel(x, i)}
            </button>,
          )}
        </Fragment>
      ))}
      {after}
      <button type="button" className="secondary" onClick={() => onChange([...items, empty()])}>
        {addLabel}
      </button>
    </>
  );
}

/** The scoring policy: achievement formulas and their cap and floor, the roll-up, the bands, the traffic light and the display. */
export function ScoringPolicyForm({ form, onChange, problem, idPrefix }: EditorProps<ScoringForm>) {
  const { t } = useTranslation('policies');
  const fields = fieldsOf(form, onChange, problem, 'scoring', idPrefix);
  const set = <K extends keyof ScoringForm>(key: K, value: ScoringForm[K]) => onChange({ ...form, [key]: value });
  return (
    <>
      {fields([{ key: 'description', field: F.description, text: true, size: 90 }])}
      <fieldset className="pol-group">
        <legend>{t('scoring.achievement')}</legend>
        {fields(
          [
            { key: 'lowerIsBetter', field: F.lowerIsBetter, options: LOWER_IS_BETTER, optionLabels: 'lowerIsBetterOptions' },
            { key: 'cap', field: F.cap, hint: 'capHint', size: 8 },
            { key: 'floor', field: F.floor, size: 8 },
          ],
          true,
        )}
        {fields(
          [
            { key: 'rangeWidth', field: F.rangeWidth, size: 8 },
            { key: 'latePenalty', field: F.latePenalty, size: 8 },
            { key: 'milestoneMinimum', field: F.milestoneMinimum, size: 8 },
          ],
          true,
        )}
        {fields([{ key: 'gradesUsed', field: `${idPrefix}-grades-used` }])}
        {form.gradesUsed && (
          <div className="pol-list">
            <ItemList
              items={form.grades}
              onChange={(grades) => set('grades', grades)}
              empty={() => ({ grade: '', percent: '' })}
              addLabel={t('scoring.addGrade')}
              removeLabel={(g, i) => t('scoring.removeGrade', { grade: g.grade || i + 1 })}
              after={<FieldError problem={problem} field={F.percents} />}
              item={(g, i, setGrade, remove) => (
                <div className="pol-row">
                  {fieldsOf(
                    g,
                    setGrade,
                    problem,
                    'scoring',
                    `${idPrefix}-grade-${i}`,
                  )([
                    { key: 'grade', field: gradeField(i), label: t('scoring.grade', { n: i + 1 }), text: true, size: 8 },
                    { key: 'percent', field: percentField(g.grade), label: t('scoring.gradePercent', { grade: g.grade || i + 1 }), size: 8 },
                  ])}
                  {remove}
                </div>
              )}
            />
          </div>
        )}
        {fields([{ key: 'relativeToTarget', field: F.relativeToTarget }])}
      </fieldset>
      <fieldset className="pol-group">
        <legend>{t('scoring.rollup')}</legend>
        {fields(
          [
            { key: 'perspectiveMode', field: F.perspectiveMode, options: PERSPECTIVE_MODES, optionLabels: 'perspectiveModes' },
            { key: 'cascadeMode', field: F.cascadeMode, options: CASCADE_MODES, optionLabels: 'cascadeModes' },
            { key: 'childWeight', field: F.childWeight, hint: 'childWeightHint', size: 8 },
          ],
          true,
        )}
      </fieldset>
      <fieldset className="pol-group" data-testid={`${idPrefix}-bands`}>
        <legend>{t('scoring.bands')}</legend>
        <p className="muted">{t('scoring.bandsHint')}</p>
        <ItemList
          items={form.bands}
          onChange={(bands) => set('bands', bands)}
          empty={emptyBand}
          addLabel={t('scoring.addBand')}
          removeLabel={(_, i) => t('scoring.removeBand', { n: i + 1 })}
          after={<FieldError problem={problem} field={F.bands} />}
          item={(b, i, setBand, remove) => <BandFields band={b} i={i} onChange={setBand} problem={problem} idPrefix={idPrefix} remove={remove} />}
        />
      </fieldset>
      <fieldset className="pol-group">
        <legend>{t('scoring.trafficLight')}</legend>
        {fields(
          [
            { key: 'defaultGreen', field: F.defaultGreen, size: 8 },
            { key: 'defaultYellow', field: F.defaultYellow, size: 8 },
            { key: 'decimals', field: F.decimals, hint: 'decimalsHint', size: 4 },
          ],
          true,
        )}
      </fieldset>
    </>
  );
}

/** One band: its code and labels, its bounds (each included or not), and what the API says of it as a whole and of its border with the next. */
function BandFields({
  band: b,
  i,
  onChange,
  problem,
  idPrefix,
  remove,
}: {
  band: BandRow;
  i: number;
  onChange(b: BandRow): void;
  problem: ApiProblem | undefined;
  idPrefix: string;
  remove: ReactNode;
}) {
  const { t } = useTranslation('policies');
  const fields = fieldsOf(b, onChange, problem, 'scoring', `${idPrefix}-band-${i}`);
  return (
    <fieldset className="pol-band">
      <legend>{t('scoring.band', { n: i + 1, label: b.labelId || b.code })}</legend>
      {fields(
        [
          { key: 'code', field: bandField(i, 'code'), label: t('scoring.bandCode'), text: true, size: 14 },
          { key: 'labelId', field: bandField(i, 'label'), label: t('scoring.bandLabelId'), text: true, size: 14 },
          { key: 'labelEn', field: `${bandField(i, 'label')}.en`, label: t('scoring.bandLabelEn'), text: true, size: 14, quiet: true },
        ],
        true,
      )}
      <div className="pol-row">
        {fields([
          { key: 'min', field: bandField(i, 'min'), label: t('scoring.bandMin'), size: 8 },
          { key: 'minInclusive', field: `policy.bands[${i}].minInclusive` },
          { key: 'max', field: bandField(i, 'max'), label: t('scoring.bandMax'), size: 8 },
          { key: 'maxInclusive', field: `policy.bands[${i}].maxInclusive` },
        ])}
        {remove}
      </div>
      <FieldError problem={problem} field={bandField(i, 'row')} />
      <FieldError problem={problem} field={bandField(i, 'next')} />
    </fieldset>
  );
}
