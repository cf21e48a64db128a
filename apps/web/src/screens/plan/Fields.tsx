import { useCallback, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblem, type ApiProblem } from '../../api/errors';
import * as Field from '../../components/Field';
import { FieldError, FormProblem } from '../../components/Problem';

export { FormProblem };

/** The editor's fields: the shared labelled inputs in the plan's style. */
export const TextField = (props: ComponentProps<typeof Field.TextField>) => <Field.TextField className="plan-field" {...props} />;
export const TextAreaField = (props: ComponentProps<typeof Field.TextAreaField>) => <Field.TextAreaField className="plan-field" {...props} />;
export const ChoiceField = (props: ComponentProps<typeof Field.ChoiceField>) => <Field.ChoiceField className="plan-field" {...props} />;

type TextKeys<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F];

/** Binds a field to a form's key: `{...bind('name')}` gives the field's name, the problem, its value and setter (`field` when the API names it otherwise). */
export function binder<F>(form: F, set: <K extends keyof F>(key: K, value: F[K]) => void, problem: ApiProblem | undefined) {
  return <K extends TextKeys<F>>(key: K, field: string = String(key)) => ({ field, problem, value: form[key] as string, onChange: (v: string) => set(key, v as F[K]) });
}

/** A form's draft: its fields, whether it edits an existing item (by code), and a field setter. */
export function useDraft<F extends { code: string }>(blank: () => F) {
  const [form, setForm] = useState<F>(blank);
  const [editing, setEditing] = useState<string | undefined>();
  const set = useCallback(<K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value })), []);
  const edit = useCallback((f: F) => {
    setForm(f);
    setEditing(f.code);
  }, []);
  const reset = useCallback(() => {
    setForm(blank());
    setEditing(undefined);
  }, [blank]);
  return { form, setForm, editing, set, edit, reset };
}

/** The problem the form shows itself before anything is sent: a code is needed to name the item in the URL. */
export function useCodeCheck() {
  const { t } = useTranslation('plan');
  return (code: string): ApiProblem | undefined =>
    code.trim() === '' ? toProblem(400, { code: 'CLIENT_INVALID', message: t('form.codeRequired'), details: [{ field: 'code', errors: [t('form.codeRequired')] }] }) : undefined;
}

/** Save and cancel of an item form (Save disabled while the write is in flight or the plan is locked). */
export function FormActions({ pending, locked, editing, onCancel }: { pending: boolean; locked: boolean; editing: boolean; onCancel(): void }) {
  const { t } = useTranslation('plan');
  const label = editing ? t('form.saveChanges') : t('form.add');
  return <Field.FormButtons className="form-actions" pending={pending} disabled={locked} label={label} sendingLabel={t('common:actions.saving')} onCancel={editing ? onCancel : undefined} />;
}

/** Edit and remove buttons of one row, named with the item's code. */
export function RowActions({ code, onEdit, onRemove, disabled }: { code: string; onEdit(): void; onRemove(): void; disabled: boolean }) {
  const { t } = useTranslation('plan');
  return (
    <td className="row-actions">
      <button type="button" className="secondary" onClick={onEdit} aria-label={t('form.editItem', { code })} data-testid={`edit-${code}`}>
        {t('form.edit')}
      </button>
      <button type="button" className="secondary" onClick={onRemove} disabled={disabled} aria-label={t('form.removeItem', { code })} data-testid={`remove-${code}`}>
        {t('form.remove')}
      </button>
    </td>
  );
}

/** A group of fields under a legend: an optional hint, one row of fields (children), what comes `after` it, and the API's messages for exactly `field`. */
export function FieldGroup({
  legend,
  hint,
  field,
  problem,
  testId,
  after,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  field?: string;
  problem?: ApiProblem;
  testId?: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="group" data-testid={testId}>
      <legend>{legend}</legend>
      {hint && <p className="muted hint">{hint}</p>}
      <div className="form-row">{children}</div>
      {after}
      {field && <FieldError problem={problem} field={field} exact />}
    </fieldset>
  );
}
