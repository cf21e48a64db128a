import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { FormButtons } from '../../components/Field';
import { FieldError, fieldProps } from '../../components/Problem';

export interface RejectFormProps {
  /** What is rejected, as a person reads it. */
  targets: readonly string[];
  reason: string;
  onReason(reason: string): void;
  /** The API's problem that names the reason field. */
  problem: ApiProblem | undefined;
  pending: boolean;
  onSubmit(): void;
  onCancel(): void;
}

/** One reason for one or many rejections. */
export function RejectForm({ targets, reason, onReason, problem, pending, onSubmit, onCancel }: RejectFormProps) {
  const { t } = useTranslation('verification');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const invalid = fieldProps(problem, 'reason');
  return (
    <form className="panel verif-reject" onSubmit={submit} noValidate aria-labelledby="reject-heading" data-testid="reject-form">
      <h3 id="reject-heading">{t('reject.heading')}</h3>
      <p>{t('reject.targets', { count: targets.length })}</p>
      <ul className="verif-targets">
        {targets.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
      <label>
        {t('reject.reason')}
        <textarea
          ref={input}
          name="reason"
          rows={3}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
          aria-invalid={invalid['aria-invalid']}
          aria-describedby={[invalid['aria-describedby'], 'reject-reason-hint'].filter(Boolean).join(' ')}
        />
      </label>
      <p className="muted verif-hint" id="reject-reason-hint">
        {t('reject.reasonHint')}
      </p>
      <FieldError problem={problem} field="reason" />
      <FormButtons className="verif-actions" pending={pending} label={t('reject.submit')} sendingLabel={t('reject.sending')} onCancel={onCancel} />
    </form>
  );
}
