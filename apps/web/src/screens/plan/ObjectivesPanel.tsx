import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../format';
import { useEditor } from './editorContext';
import { ChoiceField, TextField } from './Fields';
import { ItemForm, ItemPanel, useItemEditor } from './ItemPanel';
import { itemOptions, newObjectiveForm, objectiveBody, objectiveFormOf, parentOptions } from './planModel';
import { useParentItems } from './useParentItems';

const SHOWN = ['code', 'perspectiveCode', 'name', 'weight', 'contributesTo'];

/** Strategic objectives (sasaran strategis) per perspective, each optionally contributing to a parent unit's objective. */
export function ObjectivesPanel() {
  const { t, i18n } = useTranslation('plan');
  const { plan } = useEditor();
  const editor = useItemEditor('objective', () => newObjectiveForm(plan.perspectives), objectiveBody);
  const { bind } = editor;
  const parents = useParentItems();
  const parentCount = parents.data?.objectives.length ?? 0;
  const perspectiveName = new Map(plan.perspectives.map((p) => [p.code, p.name]));
  const noPerspective = plan.perspectives.length === 0 ? t('objectives.noPerspective') : undefined;
  const row = (
    <>
      <ChoiceField label={t('fields.perspective')} {...bind('perspectiveCode')} options={itemOptions(plan.perspectives)} emptyOption={noPerspective} />
      <TextField label={t('fields.objectiveWeight')} {...bind('weight')} inputMode="decimal" hint={t('objectives.weightHint')} />
    </>
  );

  return (
    <ItemPanel
      kind="objective"
      items={plan.objectives}
      columns={[t('columns.name'), t('columns.perspective'), { label: t('columns.weight'), className: 'num' }, t('columns.contributesTo')]}
      cells={(o) => (
        <>
          <td>{o.name}</td>
          <td>{perspectiveName.get(o.perspectiveCode) ?? o.perspectiveCode}</td>
          <td className="num">{o.weight === null ? t('objectives.equalWeight') : formatDecimal(o.weight, i18n.language, 4)}</td>
          <td>{o.contributesTo ?? '—'}</td>
        </>
      )}
      onEdit={(o) => editor.edit(objectiveFormOf(o))}
    >
      <ItemForm kind="objective" state={editor.state()} shown={SHOWN} row={row}>
        <TextField label={t('fields.name')} {...bind('name')} />
        <ChoiceField
          label={t('fields.contributesTo')}
          {...bind('contributesTo')}
          emptyOption={t('objectives.noParent')}
          options={parentOptions(parents.data?.objectives ?? [], editor.form.contributesTo)}
          hint={parents.loading ? t('common:loading') : parentCount === 0 ? t('objectives.noParentCandidates') : t('objectives.contributesHint')}
        />
      </ItemForm>
    </ItemPanel>
  );
}
