import { createContext, useCallback, useContext } from 'react';
import { ifMatch, unwrap, useApi, type Api, type FetchOutcome } from '../../api/clients';
import { useSubmit, type Submission } from '../../api/hooks';
import type { FlatUnit } from '../dashboard/org';
import type { ScorecardPlan, Written } from './types';

/** What every panel of the editor shares: the plan as last read, the units, and how a write is sent. */
export interface Editor {
  scorecardId: string;
  plan: ScorecardPlan;
  /** Active units of the organization tree, in tree order. */
  units: readonly FlatUnit[];
  /** The plan is approved: nothing can change until a revision is opened. */
  locked: boolean;
  /** The latest known revision of the scorecard (for If-Match). */
  revision(): number;
  /** After a write: remember its revision and read the plan again. */
  written(w: Written): void;
  reload(): void;
}

export const EditorContext = createContext<Editor | undefined>(undefined);

export function useEditor(): Editor {
  const e = useContext(EditorContext);
  if (!e) throw new Error('useEditor outside EditorContext');
  return e;
}

export interface WriteHeaders {
  'Idempotency-Key': string;
  'If-Match': string;
}

/**
 * A write of the plan: a form's submission (one Idempotency-Key until it succeeds, nothing sent
 * while one is in flight) with If-Match on the latest revision; the plan is read again after it.
 */
export function usePlanWrite(): Submission<Written> & { run(send: (api: Api, headers: WriteHeaders) => Promise<FetchOutcome<Written>>): Promise<Written | undefined> } {
  const api = useApi();
  const editor = useEditor();
  const submission = useSubmit<Written>();
  const { submit } = submission;
  const run = useCallback(
    async (send: (api: Api, headers: WriteHeaders) => Promise<FetchOutcome<Written>>) => {
      const w = await submit((headers) => unwrap<Written>(send(api, { 'Idempotency-Key': headers['Idempotency-Key'] ?? '', 'If-Match': ifMatch(editor.revision()) })));
      if (w) editor.written(w);
      return w;
    },
    [api, editor, submit],
  );
  return { ...submission, run };
}
