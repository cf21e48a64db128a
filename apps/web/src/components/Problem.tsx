import { useTranslation } from 'react-i18next';
import { localize, messagesFor, otherMessages, type ApiProblem } from '../api/errors';

/**
 * The API's messages for one form field, next to it (link it with aria-describedby={fieldErrorId(name)}).
 * `exact`: only those for exactly `field`, not for the fields inside it (which their own inputs show).
 */
export function FieldError({ problem, field, exact = false }: { problem: ApiProblem | undefined; field: string; exact?: boolean }) {
  const { i18n } = useTranslation();
  const messages = exact ? (problem?.fields ?? []).filter((f) => f.field === field).flatMap((f) => f.messages) : messagesFor(problem, field);
  if (messages.length === 0) return null;
  return (
    <div className="field-error" id={fieldErrorId(field)} role="alert" data-field={field}>
      {messages.map((m, i) => (
        <div key={i}>{localize(m, i18n.language)}</div>
      ))}
    </div>
  );
}

export const fieldErrorId = (field: string) => `err-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Props for an input the API may complain about: invalid state and the link to its message. */
export function fieldProps(problem: ApiProblem | undefined, field: string) {
  const invalid = messagesFor(problem, field).length > 0;
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? fieldErrorId(field) : undefined } as const;
}

/**
 * A problem as a banner: the stale-form offer to reload (412), or the messages no field shows.
 * `shownFields` are the fields the form displays next to their inputs.
 */
export function ProblemBanner({ problem, shownFields = [], onReload }: { problem: ApiProblem | undefined; shownFields?: readonly string[]; onReload?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!problem) return null;
  if (problem.status === 412) {
    return (
      <div className="banner banner-warn" role="alert" data-testid="stale-banner">
        <p>{t('stale')}</p>
        {onReload && (
          <button type="button" onClick={onReload}>
            {t('actions.reload')}
          </button>
        )}
      </div>
    );
  }
  const lang = i18n.language;
  const known = t(`errors:${problem.code}`, { defaultValue: '' });
  const rest = otherMessages(problem, shownFields);
  return (
    <div className="banner banner-error" role="alert" data-testid="problem-banner" data-code={problem.code}>
      <p>
        <strong>{problem.status === 0 ? t('networkError') : known || t('problem')}</strong>
      </p>
      {rest.length > 0 && (
        <ul>
          {rest.map((m, i) => (
            <li key={i}>{localize(m, lang)}</li>
          ))}
        </ul>
      )}
      {problem.correlationId && <p className="muted">{t('correlation', { id: problem.correlationId })}</p>}
    </div>
  );
}

/** A form's problem as a banner only for what no field of the form shows (a stale plan, a problem without a field, a field the form lacks). */
export function FormProblem({ problem, shown, onReload }: { problem: ApiProblem | undefined; shown: readonly string[]; onReload(): void }) {
  if (!problem) return null;
  const needed = problem.status === 412 || problem.fields.length === 0 || otherMessages(problem, shown).length > 0;
  return needed ? <ProblemBanner problem={problem} shownFields={shown} onReload={onReload} /> : null;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}
