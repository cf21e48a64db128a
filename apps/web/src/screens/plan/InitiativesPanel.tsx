import { useTranslation } from 'react-i18next';
import { FieldError, fieldProps } from '../../components/Problem';
import { formatDate, formatRupiah } from '../../format';
import { useEditor } from './editorContext';
import { ChoiceField, TextField } from './Fields';
import { ItemForm, ItemPanel, useItemEditor } from './ItemPanel';
import { initiativeBody, initiativeFormOf, itemOptions, newInitiativeForm, parentCandidates, unitOptions } from './planModel';
import { INITIATIVE_LEVELS } from './types';

const SHOWN = ['code', 'level', 'name', 'parentCode', 'objectiveCodes', 'budgetCeiling', 'ownerUnitId', 'schedule'];

/** Programs, kegiatan and sub kegiatan with their budget ceiling (pagu, Rupiah), owner unit and schedule. */
export function InitiativesPanel() {
  const { t, i18n } = useTranslation('plan');
  const { plan, units } = useEditor();
  const lang = i18n.language;
  const editor = useItemEditor('initiative', () => newInitiativeForm(plan.header.unitId, plan.header.year), initiativeBody);
  const { form, set, bind } = editor;
  const problem = editor.save.problem;
  const unitName = new Map(units.map((u) => [u.unitId, u.name]));
  const parents = parentCandidates(plan.initiatives, form.level);
  const toggleObjective = (code: string, on: boolean) => set('objectiveCodes', on ? [...form.objectiveCodes, code] : form.objectiveCodes.filter((c) => c !== code));
  const objectivesInvalid = fieldProps(problem, 'objectiveCodes');
  const row = (
    <>
      <ChoiceField label={t('fields.level')} {...bind('level')} options={INITIATIVE_LEVELS.map((l) => [l, t(`initiatives.levels.${l}`)] as const)} />
      {form.level !== 'program' && <ChoiceField label={t('fields.parentInitiative')} {...bind('parentCode')} emptyOption={t('initiatives.chooseParent')} options={itemOptions(parents)} />}
    </>
  );

  return (
    <ItemPanel
      kind="initiative"
      items={plan.initiatives}
      columns={[t('columns.level'), t('columns.name'), t('columns.objectives'), { label: t('columns.budget'), className: 'num' }, t('columns.owner'), t('columns.schedule')]}
      cells={(i) => (
        <>
          <td>
            {t(`initiatives.levels.${i.level}`)}
            {i.parentCode && <div className="muted">{t('initiatives.under', { code: i.parentCode })}</div>}
          </td>
          <td>{i.name}</td>
          <td>{i.objectiveCodes.join(', ') || '—'}</td>
          <td className="num">{formatRupiah(i.budgetCeiling, lang)}</td>
          <td>{unitName.get(i.ownerUnitId) ?? i.ownerUnitId}</td>
          <td>{t('initiatives.scheduleText', { start: formatDate(i.schedule.start, lang), end: formatDate(i.schedule.end, lang) })}</td>
        </>
      )}
      onEdit={(i) => editor.edit(initiativeFormOf(i))}
    >
      <ItemForm kind="initiative" state={editor.state()} shown={SHOWN} row={row}>
        <TextField label={t('fields.name')} {...bind('name')} />
        <fieldset className="group" aria-describedby={objectivesInvalid['aria-describedby']}>
          <legend>{t('fields.supportsObjectives')}</legend>
          {plan.objectives.length === 0 && <p className="muted">{t('objectives.none')}</p>}
          {plan.objectives.map((o) => (
            <label key={o.code} className="check">
              <input type="checkbox" name="objectiveCodes" value={o.code} checked={form.objectiveCodes.includes(o.code)} onChange={(e) => toggleObjective(o.code, e.target.checked)} />
              {o.code} · {o.name}
            </label>
          ))}
          <FieldError problem={problem} field="objectiveCodes" />
        </fieldset>
        <div className="form-row">
          <TextField label={t('fields.budget')} {...bind('budgetCeiling')} inputMode="decimal" hint={t('initiatives.budgetHint')} />
          <ChoiceField label={t('fields.executor')} {...bind('ownerUnitId')} options={unitOptions(units)} />
        </div>
        <div className="form-row">
          <TextField label={t('fields.start')} {...bind('start', 'schedule.start')} type="date" />
          <TextField label={t('fields.end')} {...bind('end', 'schedule.end')} type="date" />
        </div>
        <FieldError problem={problem} field="schedule" exact />
        <p className="muted hint">{t('initiatives.scheduleHint', { year: plan.header.year })}</p>
      </ItemForm>
    </ItemPanel>
  );
}
