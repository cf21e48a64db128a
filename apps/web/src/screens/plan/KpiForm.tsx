import { useTranslation } from 'react-i18next';
import { useEditor } from './editorContext';
import { binder, ChoiceField, FieldGroup, TextAreaField, TextField } from './Fields';
import { ItemForm, useItemSave } from './ItemPanel';
import { EMPTY_TARGET, itemOptions, kpiBody, parentOptions, unitOptions, targetPeriodsOf, type KpiForm as Form, type ParentItem } from './planModel';
import { TargetField } from './TargetField';
import { AGGREGATIONS, FREQUENCIES, KPI_LEVELS, POLARITIES, VALUE_TYPES } from './types';

const SHOWN = [
  'code',
  'objectiveCode',
  'name',
  'unitOfMeasure',
  'definition',
  'dataSource',
  'ownerUnitId',
  'frequency',
  'level',
  'polarity',
  'valueType',
  'grades',
  'aggregation',
  'weight',
  'baseline',
  'yearlyTarget',
  'periodTargets',
  'endOfTermTarget',
  'thresholds',
  'cascadedFrom',
];

/** The choices of how a KPI is measured, each with its values (texts in the kpi namespace: `definition.<key>`, `<key>.<value>`). */
const MEASURES = [
  ['polarity', POLARITIES],
  ['valueType', VALUE_TYPES],
  ['frequency', FREQUENCIES],
  ['aggregation', AGGREGATIONS],
] as const;

/**
 * A KPI with every attribute the planning API defines: what it measures and how (polarity, value
 * type, unit, frequency, aggregation), its weight (with what the weight means), baseline and
 * targets per period, thresholds, owner unit and direct cascading from a parent unit's KPI.
 */
export function KpiForm({
  form,
  setForm,
  editing,
  onDone,
  onCancel,
  parentKpis,
  perspectiveMode,
}: {
  form: Form;
  setForm(f: Form): void;
  editing: string | undefined;
  onDone(): void;
  onCancel(): void;
  parentKpis: readonly ParentItem[] | undefined;
  perspectiveMode: 'objectives' | 'kpis' | undefined;
}) {
  const { t } = useTranslation('plan');
  const { t: tk } = useTranslation('kpi');
  const { plan, units } = useEditor();
  const save = useItemSave('kpi', kpiBody);
  const problem = save.problem;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  const bind = binder(form, set, problem);
  const grades = form.grades
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const periods = targetPeriodsOf(form.frequency);
  const target = (label: string, field: string, value: Form['yearlyTarget'], onChange: (v: Form['yearlyTarget']) => void) => (
    <TargetField key={field} label={label} field={field} target={value} onChange={onChange} polarity={form.polarity} valueType={form.valueType} grades={grades} problem={problem} />
  );
  const submit = async () => {
    if (await save.submit(form)) onDone();
  };

  const weightMeaning = perspectiveMode ? t('kpis.weightMode', { year: plan.header.year, mode: t(`kpis.modes.${perspectiveMode}`) }) : '';
  const row = (
    <>
      <ChoiceField label={t('fields.objective')} {...bind('objectiveCode')} options={itemOptions(plan.objectives)} emptyOption={plan.objectives.length === 0 ? t('kpis.noObjective') : undefined} />
      <ChoiceField label={t('fields.level')} {...bind('level')} options={KPI_LEVELS.map((l) => [l, t(`kpis.levels.${l}`)] as const)} />
    </>
  );
  const state = { editing, save, code: bind('code'), onSubmit: () => void submit(), onCancel };
  const periodLabel = (p: string) => t('kpis.periodTarget', { period: p.startsWith('M') ? t('kpis.month', { n: Number(p.slice(1)) }) : t(`common:periods.${p}`, { defaultValue: p }) });
  const periodTargets = periods.length > 0 && (
    <div className="form-row period-targets">
      {periods.map((p) => target(periodLabel(p), `periodTargets.${p}`, form.periodTargets.get(p) ?? EMPTY_TARGET, (v) => set('periodTargets', new Map(form.periodTargets).set(p, v))))}
    </div>
  );
  return (
    <ItemForm kind="kpi" className="item-form kpi-form" state={state} shown={SHOWN} row={row}>
      <TextField label={t('fields.name')} {...bind('name')} />
      <TextAreaField label={t('fields.definition')} {...bind('definition')} rows={2} />
      <div className="form-row">
        <TextField label={t('fields.unitOfMeasure')} {...bind('unitOfMeasure')} hint={t('kpis.unitHint')} />
        <TextField label={t('fields.dataSource')} {...bind('dataSource')} />
        <ChoiceField label={t('fields.owner')} {...bind('ownerUnitId')} emptyOption={t('kpis.noOwner')} options={unitOptions(units)} hint={t('kpis.ownerHint')} />
      </div>
      <FieldGroup legend={t('kpis.measure')} after={form.valueType === 'categorical' && <TextField label={t('fields.grades')} {...bind('grades')} hint={t('kpis.gradesHint')} />}>
        {MEASURES.map(([key, values]) => (
          <ChoiceField key={key} label={tk(`definition.${key}`)} {...bind(key)} options={values.map((v) => [v, tk(`${key}.${v}`)] as const)} />
        ))}
      </FieldGroup>
      <TextField label={t('fields.kpiWeight')} {...bind('weight')} inputMode="decimal" hint={`${t('kpis.weightMeaning')} ${weightMeaning}`.trim()} />
      <FieldGroup legend={t('kpis.targets')} testId="kpi-targets" after={periodTargets} field="periodTargets" problem={problem}>
        <TextField label={t('fields.baseline')} {...bind('baseline')} />
        {target(t('fields.yearlyTarget'), 'yearlyTarget', form.yearlyTarget, (v) => set('yearlyTarget', v))}
        {target(t('fields.endOfTermTarget'), 'endOfTermTarget', form.endOfTermTarget, (v) => set('endOfTermTarget', v))}
      </FieldGroup>
      <FieldGroup legend={t('kpis.thresholds')} hint={t('kpis.thresholdsHint')} field="thresholds" problem={problem}>
        <TextField label={t('fields.green')} {...bind('thresholdGreen', 'thresholds.green')} inputMode="decimal" />
        <TextField label={t('fields.yellow')} {...bind('thresholdYellow', 'thresholds.yellow')} inputMode="decimal" />
      </FieldGroup>
      <FieldGroup legend={t('kpis.cascade')} hint={t('kpis.cascadeHint')} field="cascadedFrom" problem={problem}>
        <ChoiceField
          label={t('fields.parentKpi')}
          {...bind('cascadeKpiId', 'cascadedFrom.kpiId')}
          emptyOption={t('kpis.notCascaded')}
          options={parentOptions(parentKpis ?? [], form.cascadeKpiId)}
          hint={parentKpis === undefined ? t('common:loading') : parentKpis.length === 0 ? t('kpis.noParentCandidates') : undefined}
        />
        <TextField label={t('fields.share')} {...bind('cascadeShare', 'cascadedFrom.share')} inputMode="decimal" hint={t('kpis.shareHint')} disabled={form.cascadeKpiId === ''} />
      </FieldGroup>
    </ItemForm>
  );
}
