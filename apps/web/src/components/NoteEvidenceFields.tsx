import { useMemo, useState, type ReactNode } from 'react';
import { toProblem, type ApiProblem } from '../api/errors';
import { dottedField, rowsFrom, toEvidence, type EvidenceRow } from '../screens/realizations/evidence';
import { EvidenceEditor } from '../screens/realizations/EvidenceEditor';
import { FormButtons } from './Field';
import { FieldError, fieldProps, FormProblem } from './Problem';

/** The API's problem with evidence paths in one spelling (evidence.0.url). */
export function dottedProblem(problem: ApiProblem | undefined): ApiProblem | undefined {
  return problem && { ...problem, fields: problem.fields.map((f) => ({ ...f, field: dottedField(f.field) })) };
}

/** A message of the form's own check, on the field it names. */
export interface LocalMessage {
  field: string;
  message: string;
}

/**
 * The state of a form that ends with a reason, a note and evidence links (recording or revising a
 * value): what it starts from, and the problem it shows (its own check's, else the API's).
 */
export function useNoteEvidence(initial: { note?: string | null; evidence?: readonly { url: string; label?: string | null }[] } | undefined, apiProblem: ApiProblem | undefined) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState(initial?.note ?? '');
  const [rows, setRows] = useState<EvidenceRow[]>(() => rowsFrom(initial?.evidence ?? []));
  const [indexOf, setIndexOf] = useState<ReadonlyMap<number, number>>(new Map());
  const [local, setLocal] = useState<ApiProblem | undefined>();
  const problem = useMemo(() => local ?? dottedProblem(apiProblem), [local, apiProblem]);
  /** The form's own check: with messages, shows them on their fields (nothing is sent) and answers false. */
  const check = (messages: readonly LocalMessage[]): boolean => {
    if (messages.length === 0) {
      setLocal(undefined);
      return true;
    }
    setLocal(toProblem(400, { code: 'CLIENT_INVALID', message: messages.map((m) => m.message).join('; '), details: messages.map((m) => ({ field: m.field, errors: [m.message] })) }));
    return false;
  };
  /** The evidence to send (blank rows dropped); remembers each row's place in it, so the API's message lands on that row. */
  const evidence = () => {
    const sent = toEvidence(rows);
    setIndexOf(sent.indexOf);
    return sent.evidence;
  };
  return { reason, setReason, note, setNote, rows, setRows, indexOf, local, problem, check, evidence };
}

export type NoteEvidence = ReturnType<typeof useNoteEvidence>;

/**
 * The end of such a form: the reason (when `reasonLabel` is given), the note, the evidence links,
 * a banner for what no field shows (not for the form's own check), then Save and Cancel.
 */
export function NoteEvidenceFields({
  form,
  reasonLabel,
  noteLabel,
  shown,
  onReload,
  pending,
  saveLabel,
  sendingLabel,
  onCancel,
}: {
  form: NoteEvidence;
  reasonLabel?: ReactNode;
  noteLabel: ReactNode;
  /** The fields the form shows next to their inputs. */
  shown: readonly string[];
  onReload(): void;
  pending: boolean;
  saveLabel: ReactNode;
  sendingLabel: ReactNode;
  onCancel(): void;
}) {
  const { problem } = form;
  return (
    <>
      {reasonLabel !== undefined && (
        <>
          <label>
            {reasonLabel}
            <textarea name="reason" rows={2} value={form.reason} onChange={(e) => form.setReason(e.target.value)} {...fieldProps(problem, 'reason')} />
          </label>
          <FieldError problem={problem} field="reason" />
        </>
      )}
      <label>
        {noteLabel}
        <textarea name="note" rows={2} value={form.note} onChange={(e) => form.setNote(e.target.value)} {...fieldProps(problem, 'note')} />
      </label>
      <FieldError problem={problem} field="note" />
      <EvidenceEditor rows={form.rows} onChange={form.setRows} problem={problem} indexOf={form.indexOf} />
      {!form.local && <FormProblem problem={problem} shown={shown} onReload={onReload} />}
      <FormButtons className="form-actions" pending={pending} label={saveLabel} sendingLabel={sendingLabel} onCancel={onCancel} />
    </>
  );
}
