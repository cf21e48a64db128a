import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, FetchOutcome } from '../../api/clients';
import type { ApiProblem } from '../../api/errors';
import { DataTable, type Column } from '../../components/DataTable';
import { ProblemBanner } from '../../components/Problem';
import { useEditor, usePlanWrite, type WriteHeaders } from './editorContext';
import { binder, FormActions, FormProblem, RowActions, TextField, useCodeCheck, useDraft } from './Fields';
import type { InitiativeBody, KpiBody, ObjectiveBody, PerspectiveBody, Written } from './types';

/** The kinds of plan items, as the test ids name them (`<kind>-form`); their texts are under `<kind>s` (`perspectives.heading`). */
export type ItemKind = 'perspective' | 'objective' | 'initiative' | 'kpi';

/** The body each kind of item is defined with. */
interface Bodies {
  perspective: PerspectiveBody;
  objective: ObjectiveBody;
  initiative: InitiativeBody;
  kpi: KpiBody;
}

/** Defines (adds or changes) one item of the plan. */
function putItem<K extends ItemKind>(api: Api, header: WriteHeaders, scorecardId: string, kind: K, code: string, body: Bodies[K]): Promise<FetchOutcome<Written>> {
  const params = { params: { path: { scorecardId, code }, header } };
  if (kind === 'perspective') return api.planning.PUT('/scorecards/{scorecardId}/perspectives/{code}', { ...params, body: body as PerspectiveBody });
  if (kind === 'objective') return api.planning.PUT('/scorecards/{scorecardId}/objectives/{code}', { ...params, body: body as ObjectiveBody });
  if (kind === 'initiative') return api.planning.PUT('/scorecards/{scorecardId}/initiatives/{code}', { ...params, body: body as InitiativeBody });
  return api.planning.PUT('/scorecards/{scorecardId}/kpis/{code}', { ...params, body: body as KpiBody });
}

/** Removes one item of the plan (the kind names the path). */
function removeItem(api: Api, header: WriteHeaders, scorecardId: string, kind: ItemKind, code: string): Promise<FetchOutcome<Written>> {
  const params = { params: { path: { scorecardId, code }, header } };
  if (kind === 'perspective') return api.planning.DELETE('/scorecards/{scorecardId}/perspectives/{code}', params);
  if (kind === 'objective') return api.planning.DELETE('/scorecards/{scorecardId}/objectives/{code}', params);
  if (kind === 'initiative') return api.planning.DELETE('/scorecards/{scorecardId}/initiatives/{code}', params);
  return api.planning.DELETE('/scorecards/{scorecardId}/kpis/{code}', params);
}

/** What an item form needs besides its fields: the item it edits, its save, the code field and what Save and Cancel do. */
export interface ItemFormState {
  editing: string | undefined;
  save: { pending: boolean; problem: ApiProblem | undefined };
  code: { field: string; problem: ApiProblem | undefined; value: string; onChange(v: string): void };
  onSubmit(): void;
  onCancel(): void;
}

/**
 * The save of an item form: a code is checked before anything is sent (it names the item in the
 * URL), then the item is defined with `body` under the trimmed code; the problem is the check's or the API's.
 */
export function useItemSave<K extends ItemKind, F extends { code: string }>(kind: K, body: (form: F) => Bodies[K]) {
  const { scorecardId } = useEditor();
  const save = usePlanWrite();
  const codeCheck = useCodeCheck();
  const [local, setLocal] = useState<ApiProblem | undefined>();
  const submit = async (form: F): Promise<Written | undefined> => {
    const missing = codeCheck(form.code);
    setLocal(missing);
    if (missing) return undefined;
    return save.run((api, headers) => putItem(api, headers, scorecardId, kind, form.code.trim(), body(form)));
  };
  return { submit, pending: save.pending, problem: local ?? save.problem };
}

/**
 * The draft of an item (`blank` makes a new one) and its save: `bind` binds a field to the draft; `submit` saves it and
 * starts a new one when that succeeded; `state` is what ItemForm needs (`onSubmit` instead of `submit`).
 */
export function useItemEditor<K extends ItemKind, F extends { code: string }>(kind: K, blank: () => F, body: (form: F) => Bodies[K]) {
  const draft = useDraft(blank);
  const save = useItemSave(kind, body);
  const bind = binder(draft.form, draft.set, save.problem);
  const submit = async () => {
    const w = await save.submit(draft.form);
    if (w) draft.reset();
    return w;
  };
  const state = (onSubmit: () => unknown = submit): ItemFormState => ({
    editing: draft.editing,
    save,
    code: { field: 'code', problem: save.problem, value: draft.form.code, onChange: (v) => draft.set('code', v as F['code']) },
    onSubmit: () => void onSubmit(),
    onCancel: draft.reset,
  });
  return { ...draft, save, bind, submit, state };
}

/**
 * One kind of item of the plan: its heading, the table of the items (code first, then `cells`, then
 * edit and remove), the problem of a removal, and the form (children).
 */
export function ItemPanel<T extends { code: string }>({
  kind,
  intro = true,
  items,
  columns,
  cells,
  foot,
  onEdit,
  children,
}: {
  kind: ItemKind;
  intro?: boolean;
  items: readonly T[];
  /** The columns after the code and before the actions. */
  columns: readonly Column[];
  cells(item: T): ReactNode;
  foot?: ReactNode;
  onEdit(item: T): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('plan');
  const { scorecardId, locked, reload } = useEditor();
  const removal = usePlanWrite();
  const titleId = `plan-${kind}s-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t(`${kind}s.heading`)}</h2>
      {intro && <p className="muted">{t(`${kind}s.intro`)}</p>}
      {items.length === 0 ? (
        <p className="muted">{t(`${kind}s.none`)}</p>
      ) : (
        <DataTable testId={`${kind}-table`} columns={[t('columns.code'), ...columns, t('columns.actions')]} foot={foot}>
          {items.map((i) => (
            <tr key={i.code} data-testid={`${kind}-${i.code}`}>
              <th scope="row">{i.code}</th>
              {cells(i)}
              <RowActions
                code={i.code}
                disabled={locked || removal.pending}
                onEdit={() => onEdit(i)}
                onRemove={() => void removal.run((api, headers) => removeItem(api, headers, scorecardId, kind, i.code))}
              />
            </tr>
          ))}
        </DataTable>
      )}
      <ProblemBanner problem={removal.problem} onReload={reload} />
      {children}
    </section>
  );
}

/**
 * The form of one item: its title (add, or edit with the code), a first row of the code and `row`,
 * the other fields (children), the problems no field shows, save and cancel.
 */
export function ItemForm({
  kind,
  state,
  shown,
  row,
  className = 'item-form',
  children,
}: {
  kind: ItemKind;
  state: ItemFormState;
  shown: readonly string[];
  row: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('plan');
  const { locked, reload } = useEditor();
  const { editing, save, code, onSubmit, onCancel } = state;
  const titleId = `${kind}-form-title`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className={className} data-testid={`${kind}-form`} aria-labelledby={titleId}>
      <h3 id={titleId}>{editing ? t(`${kind}s.editTitle`, { code: editing }) : t(`${kind}s.addTitle`)}</h3>
      <div className="form-row">
        <TextField label={t('fields.code')} {...code} readOnly={editing !== undefined} hint={t('fields.codeHint')} />
        {row}
      </div>
      {children}
      <FormProblem problem={save.problem} shown={shown} onReload={reload} />
      <FormActions pending={save.pending} locked={locked} editing={editing !== undefined} onCancel={onCancel} />
    </form>
  );
}
