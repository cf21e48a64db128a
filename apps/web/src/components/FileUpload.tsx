import { useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../api/errors';
import { useSubmit } from '../api/hooks';
import { DataTable } from './DataTable';

/** The options that send a FormData as it is (multipart) through the typed client, whose body type names the file as a string. */
export const multipart = (body: FormData) => ({ body: body as unknown as { file: string }, bodySerializer: (b: unknown) => b as FormData });

/**
 * An upload of one chosen file: `post` sends it (as the form field `file`) with the form's
 * Idempotency-Key; after a success the choice is cleared and `onUploaded` is told.
 */
export function useFileUpload<R>(post: (body: FormData, headers: Record<string, string>) => Promise<R>, onUploaded?: (result: R) => void) {
  const submission = useSubmit<R>();
  const [file, setFile] = useState<File | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const pick = (f: File | undefined) => {
    setFile(f);
    submission.reset();
  };
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append('file', file, file.name);
    const result = await submission.submit((headers) => post(body, headers));
    if (result === undefined) return;
    setFile(undefined);
    if (input.current) input.current.value = '';
    onUploaded?.(result);
  };
  return { submission, file, input, pick, send };
}

/** The form of an upload: the labelled file input (XLSX or CSV) with its formats, and the send button. */
export function UploadForm<R>({
  upload,
  label,
  formats,
  submitLabel,
  sendingLabel,
  testId,
  inputProps,
}: {
  upload: ReturnType<typeof useFileUpload<R>>;
  label: ReactNode;
  formats: ReactNode;
  submitLabel: ReactNode;
  sendingLabel: ReactNode;
  /** The send button's test id. */
  testId?: string;
  /** More props of the file input (e.g. aria-invalid). */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  const { file, input, pick, send, submission } = upload;
  return (
    <form onSubmit={send} noValidate className="upload-form">
      <label>
        {label}
        <span className="muted hint">{formats}</span>
        <input
          ref={input}
          type="file"
          name="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => pick(e.target.files?.[0])}
          {...inputProps}
        />
      </label>
      <div>
        <button type="submit" disabled={!file || submission.pending} data-testid={testId}>
          {submission.pending ? sendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** One problem of a refused file, as the per-row report shows it. */
export interface RowProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  field: string | null;
  code: string | null;
  message: string;
}

/** The per-row report of a refused file: sheet, row, column (or field) and the message in the user's language. */
export function RowProblemsTable({ rows, testId, caption, headers }: { rows: readonly RowProblem[]; testId: string; caption: ReactNode; headers: readonly [string, string, string, string] }) {
  const { i18n } = useTranslation();
  const [sheet, row, column, message] = headers;
  return (
    <DataTable testId={testId} caption={<caption>{caption}</caption>} columns={[sheet, { label: row, className: 'num' }, column, message]}>
      {rows.map((r, i) => (
        <tr key={i} data-row={r.row ?? ''} data-code={r.code ?? ''}>
          <td>{r.sheet ?? '—'}</td>
          <td className="num">{r.row ?? '—'}</td>
          <td>{r.column ?? r.field ?? '—'}</td>
          <td>{localize(r.message, i18n.language)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
