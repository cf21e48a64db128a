import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import type { EvaluationSchemas } from '../../api/schemas';
import { useLoad } from '../../api/hooks';
import { formatDecimal, formatValue } from '../../format';
import { targetText } from '../kpi/kpiModel';
import { useEditor } from './editorContext';
import { useDraft } from './Fields';
import { ItemPanel } from './ItemPanel';
import { KpiForm } from './KpiForm';
import { kpiFormOf, newKpiForm } from './planModel';
import { useParentItems } from './useParentItems';

type Policies = EvaluationSchemas['ScoringPoliciesResponse'];

/** The KPIs (IKU) of the plan, one table row each, and the form that defines or changes one. */
export function KpiPanel() {
  const { t, i18n } = useTranslation('plan');
  const { t: tk } = useTranslation('kpi');
  const api = useApi();
  const { plan, units } = useEditor();
  const lang = i18n.language;
  const blank = useCallback(() => newKpiForm(plan.objectives, plan.header.unitId), [plan.objectives, plan.header.unitId]);
  const draft = useDraft(blank);
  const parents = useParentItems();
  const year = plan.header.year;
  const policy = useLoad(() => unwrap<Policies>(api.evaluation.GET('/policies/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const unitName = new Map(units.map((u) => [u.unitId, u.name]));

  return (
    <ItemPanel
      kind="kpi"
      intro={false}
      items={plan.kpis}
      columns={[
        t('columns.name'),
        t('columns.objective'),
        t('columns.owner'),
        t('columns.measure'),
        { label: t('columns.weight'), className: 'num' },
        { label: t('columns.yearlyTarget'), className: 'num' },
        t('columns.cascade'),
      ]}
      cells={(k) => (
        <>
          <td>{k.name}</td>
          <td>{k.objectiveCode}</td>
          <td>{k.ownerUnitId ? (unitName.get(k.ownerUnitId) ?? k.ownerUnitId) : <span className="sum-bad">{t('kpis.noOwner')}</span>}</td>
          <td>
            {tk(`polarity.${k.polarity}`)} · {tk(`valueType.${k.valueType}`)} · {tk(`frequency.${k.frequency}`)} · {k.unitOfMeasure}
          </td>
          <td className="num">{formatDecimal(k.weight, lang, 4)}</td>
          <td className="num" data-testid={`kpi-${k.code}-target`}>
            {targetText(k.yearlyTarget, (v) => formatValue(v, k.valueType, lang))}
          </td>
          <td>{k.cascadedFrom ? t('kpis.cascadedText', { kpiId: k.cascadedFrom.kpiId, share: k.cascadedFrom.share ? formatDecimal(k.cascadedFrom.share, lang) : '100' }) : '—'}</td>
        </>
      )}
      onEdit={(k) => draft.edit(kpiFormOf(k))}
    >
      <KpiForm
        key={draft.editing ?? 'new'}
        form={draft.form}
        setForm={draft.setForm}
        editing={draft.editing}
        onDone={draft.reset}
        onCancel={draft.reset}
        parentKpis={parents.data?.kpis ?? (parents.problem ? [] : undefined)}
        perspectiveMode={policy.data?.current.rollup.perspectiveMode}
      />
    </ItemPanel>
  );
}
