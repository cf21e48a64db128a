import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/Problem';
import {
  GRANULARITIES,
  NOT_MEASURABLE,
  OUTPUT_KPIS,
  REPORTING_FIELDS,
  RULE_KINDS,
  VFM_FIELDS as V,
  emptyRule,
  paramsOf,
  ruleField,
  type ReportingForm,
  type RewardForm,
  type RuleRow,
  type VfmForm,
} from './otherForms';
import type { FieldSpec } from './fields';
import { fieldsOf, ItemList, type EditorProps } from './ScoringPolicyForm';

/** The value-for-money thresholds: which KPIs measure output, and the three flags. */
export function VfmPolicyForm({ form, onChange, problem, idPrefix }: EditorProps<VfmForm>) {
  const { t } = useTranslation('policies');
  const fields = fieldsOf(form, onChange, problem, 'vfm', idPrefix);
  return (
    <>
      {fields([
        { key: 'description', field: V.description, text: true, size: 60 },
        { key: 'outputKpis', field: V.outputKpis, options: OUTPUT_KPIS, optionLabels: 'outputKpisOptions' },
      ])}
      <fieldset className="pol-group">
        <legend>{t('vfm.flags')}</legend>
        {fields(
          [
            { key: 'inefficientOn', field: V.inefficientOn },
            { key: 'inefficientBelow', field: V.inefficientBelow, size: 8 },
          ],
          true,
        )}
        {fields(
          [
            { key: 'lowAbsorptionOn', field: V.lowAbsorptionOn },
            { key: 'lowAbsorptionBelow', field: V.lowAbsorptionBelow, size: 8 },
          ],
          true,
        )}
        {fields([{ key: 'overCeilingOn', field: V.overCeilingOn }])}
      </fieldset>
    </>
  );
}

/** The reporting rule: days after a period's end before a submission is late, and whether the running period may be reported. */
export function ReportingPolicyForm({ form, onChange, problem, idPrefix }: EditorProps<ReportingForm>) {
  return fieldsOf(
    form,
    onChange,
    problem,
    'reporting',
    idPrefix,
  )([
    { key: 'deadlineDays', field: REPORTING_FIELDS.deadlineDays, hint: 'deadlineHint', size: 6 },
    { key: 'acceptBeforePeriodEnd', field: REPORTING_FIELDS.acceptBeforePeriodEnd },
  ]);
}

/** The parameters of each kind of rule. */
const PARAMS: ReadonlyMap<ReturnType<typeof paramsOf>, (i: number) => FieldSpec<RuleRow>[]> = new Map([
  [
    'tpp',
    (i: number): FieldSpec<RuleRow>[] => [
      { key: 'baseShare', field: ruleField(i, 'baseShare'), size: 8 },
      { key: 'cap', field: ruleField(i, 'cap'), size: 8 },
    ],
  ],
  [
    'certificate',
    (i: number): FieldSpec<RuleRow>[] => [
      { key: 'topN', field: ruleField(i, 'topN'), size: 6 },
      { key: 'minScore', field: ruleField(i, 'minScore'), size: 8 },
      { key: 'minInclusive', field: ruleField(i, 'minInclusive') },
    ],
  ],
  [
    'shortfall',
    (i: number): FieldSpec<RuleRow>[] => [
      { key: 'threshold', field: ruleField(i, 'threshold'), size: 8 },
      { key: 'thresholdInclusive', field: ruleField(i, 'thresholdInclusive') },
      { key: 'consecutive', field: ruleField(i, 'consecutive'), size: 6 },
      { key: 'notMeasurable', field: ruleField(i, 'notMeasurable'), options: NOT_MEASURABLE, optionLabels: 'notMeasurableOptions' },
    ],
  ],
]);

/** The reward and punishment rules, one group each, with the parameters of its kind. */
export function RewardRulesForm({ form, onChange, problem, idPrefix }: EditorProps<RewardForm>) {
  const { t } = useTranslation('policies');
  return (
    <>
      {fieldsOf(form, onChange, problem, 'rewards', idPrefix)([{ key: 'description', field: 'policy.description', text: true, size: 60 }])}
      <ItemList
        items={form.rules}
        onChange={(rules) => onChange({ ...form, rules })}
        empty={emptyRule}
        addLabel={t('rewards.add')}
        removeLabel={(_, i) => t('rewards.remove', { n: i + 1 })}
        item={(r, i, setRule, remove) => {
          const fields = fieldsOf(r, setRule, problem, 'rewards', `${idPrefix}-rule-${i}`);
          return (
            <fieldset className="pol-group">
              <legend>{t('rewards.rule', { n: i + 1, label: r.labelId || r.ruleId, version: r.version ?? '—' })}</legend>
              {fields(
                [
                  { key: 'ruleId', field: ruleField(i, 'ruleId'), text: true, size: 18 },
                  { key: 'kind', field: ruleField(i, 'kind'), options: RULE_KINDS, optionLabels: 'kinds' },
                  { key: 'granularity', field: ruleField(i, 'granularity'), options: GRANULARITIES, optionLabels: 'granularities' },
                ],
                true,
              )}
              {fields(
                [
                  { key: 'labelId', field: ruleField(i, 'label'), text: true, size: 24 },
                  { key: 'labelEn', field: `${ruleField(i, 'label')}.en`, text: true, size: 24, quiet: true },
                ],
                true,
              )}
              {fields(PARAMS.get(paramsOf(r.kind))?.(i) ?? [], true)}
              <FieldError problem={problem} field={ruleField(i, 'row')} />
              {remove}
            </fieldset>
          );
        }}
      />
    </>
  );
}
