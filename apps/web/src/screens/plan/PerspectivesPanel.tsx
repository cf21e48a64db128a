import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../format';
import { useEditor } from './editorContext';
import { TextField } from './Fields';
import { ItemForm, ItemPanel, useItemEditor } from './ItemPanel';
import { newPerspectiveForm, perspectiveBody, perspectiveFormOf, weightSum } from './planModel';

const SHOWN = ['code', 'name', 'order', 'weight'];

/** The perspectives with their order on the map and weight (bobot, percent): the sum must be 100 to approve. */
export function PerspectivesPanel() {
  const { t, i18n } = useTranslation('plan');
  const { plan } = useEditor();
  const editor = useItemEditor('perspective', () => newPerspectiveForm(plan.perspectives), perspectiveBody);
  const { bind } = editor;
  const objectivesOf = (code: string) => plan.objectives.filter((o) => o.perspectiveCode === code).length;
  /** After an added perspective, the next one's order follows the last. */
  const submit = async () => {
    const added = editor.editing === undefined;
    const next = Math.max(Number(editor.form.order) || 0, ...plan.perspectives.map((p) => p.order)) + 1;
    if ((await editor.submit()) && added) editor.set('order', String(next));
  };
  const { sum } = weightSum(plan.perspectives);
  const row = (
    <>
      <TextField label={t('fields.order')} {...bind('order')} inputMode="numeric" />
      <TextField label={t('fields.perspectiveWeight')} {...bind('weight')} inputMode="decimal" hint={t('perspectives.weightHint')} />
    </>
  );
  const foot = (
    <tfoot>
      <tr>
        <th scope="row" colSpan={3}>
          {t('perspectives.sum')}
        </th>
        <td className="num" data-testid="perspective-sum-cell">
          {formatDecimal(sum ?? null, i18n.language, 4)}
        </td>
        <td colSpan={2} />
      </tr>
    </tfoot>
  );

  return (
    <ItemPanel
      kind="perspective"
      items={plan.perspectives}
      columns={[t('columns.name'), { label: t('columns.order'), className: 'num' }, { label: t('columns.weight'), className: 'num' }, { label: t('columns.objectives'), className: 'num' }]}
      cells={(p) => (
        <>
          <td>{p.name}</td>
          <td className="num">{p.order}</td>
          <td className="num">{formatDecimal(p.weight, i18n.language, 4)}</td>
          <td className="num">{objectivesOf(p.code)}</td>
        </>
      )}
      foot={foot}
      onEdit={(p) => editor.edit(perspectiveFormOf(p))}
    >
      <ItemForm kind="perspective" state={editor.state(submit)} shown={SHOWN} row={row}>
        <TextField label={t('fields.name')} {...bind('name')} />
      </ItemForm>
    </ItemPanel>
  );
}
