import { useEffect, useRef, useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/clients';
import type { ApiProblem } from '../../api/errors';
import { useLoad, useSubmit } from '../../api/hooks';
import { TextAreaField } from '../../components/Field';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatDateTime } from '../../format';
import type { DocumentApi } from './documents';
import { issuesProblem, type Checked } from './formModel';
import { problemForForm } from './problems';
import type { EditorProps } from './ScoringPolicyForm';
import type { DocumentKindKey, VersionEntry, Written } from './types';
import { VersionList } from './VersionList';

/** What the scoring tab adds under its form (the effect of a change on a score). */
export interface PanelState<D, F, I> {
  form: F | undefined;
  /** The form read as the document to send (or what it finds wrong). */
  input: Checked<I> | undefined;
  /** Every version's document, the default first. */
  documents: readonly D[];
  versions: readonly VersionEntry[];
  /** Changes after each save (so what depends on the version in force reloads). */
  saves: number;
}

export interface DocumentPanelProps<D, F, I> {
  kind: DocumentKindKey;
  year: number;
  docApi: DocumentApi<D, I>;
  toForm(document: D): F;
  toInput(form: F): Checked<I>;
  Editor: ComponentType<EditorProps<F>>;
  /** Whether the form shows a message of this API field next to an input (others go to the banner). */
  shows(field: string): boolean;
  children?(state: PanelState<D, F, I>): ReactNode;
}

const SHOWN_ALWAYS = ['reason'];

/**
 * One versioned document of a year: the version in force as a form, saved as a new version with a
 * reason (the API's refusals on their fields; "nothing changed" said as such), the list of
 * versions and any one of them (read-only, `?version=n`), whose values can be copied into the form.
 */
export function DocumentPanel<D, F, I>({ kind, year, docApi, toForm, toInput, Editor, shows, children }: DocumentPanelProps<D, F, I>) {
  const { t, i18n } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const current = useLoad(() => docApi.current(api, year), [api, year, kind]);
  const versions = useLoad(() => docApi.versions(api, year), [api, year, kind]);
  const [form, setForm] = useState<F | undefined>();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<ApiProblem | undefined>();
  const [outcome, setOutcome] = useState<{ changed: boolean; version: number | undefined } | undefined>();
  const [saves, setSaves] = useState(0);
  const submission = useSubmit<{ data: Written<D>; etag?: string }>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  // The revision the form was read at (If-Match): a save after someone else's answers 412.
  const etag = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (current.data) setForm(toForm(current.data.current));
    if (current.data?.etag) etag.current = current.data.etag;
    // A new answer (another year, a save) resets the form to the version in force.
  }, [current.data]);

  const v = params.get('version');
  const viewing = v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
  const view = (version: number | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (version === undefined) next.delete('version');
      else next.set('version', String(version));
      return next;
    });

  const problem = problemForForm(local ?? submission.problem, t, lang);
  const entries = versions.data ?? [];
  const inForce = entries[entries.length - 1]?.version;
  const input = form === undefined ? undefined : toInput(form);

  const reloadAll = () => {
    submission.reset();
    current.reload();
    versions.reload();
  };
  const edit = (next: F) => {
    setForm(next);
    setOutcome(undefined);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form || submission.pending) return;
    const checked = toInput(form);
    if (!checked.ok) {
      setLocal(issuesProblem(checked.issues, t));
      return;
    }
    setLocal(undefined);
    setOutcome(undefined);
    const answer = await submission.submit((headers) => docApi.save(api, year, checked.value, reason, { ...headers, ...(etag.current ? { 'If-Match': etag.current } : {}) }));
    if (!answer) return;
    const written = answer.data;
    if (answer.etag) etag.current = answer.etag;
    setOutcome({ changed: written.changed, version: written.data?.version });
    setReason('');
    setSaves((n) => n + 1);
    current.reload();
    versions.reload();
  };

  const unshown = problem ? problem.fields.filter((f) => !shows(f.field) && !SHOWN_ALWAYS.includes(f.field)) : [];
  const needsBanner = !!problem && (problem.status === 412 || problem.fields.length === 0 || unshown.length > 0);
  return (
    <>
      <ProblemBanner problem={current.problem ?? versions.problem} onReload={current.reload} />
      {!form ? (
        current.loading && <Loading />
      ) : (
        <section className="panel" aria-labelledby={`${kind}-form-h`}>
          <h2 id={`${kind}-form-h`} ref={formHeading} tabIndex={-1}>
            {t('form.heading', { document: t(`kinds.${kind}`), year })}
          </h2>
          <p className="muted" data-testid="in-force">
            {current.data?.isDefault ? t('form.isDefault') : t('form.inForce', { version: inForce ?? '—' })}
          </p>
          <form onSubmit={submit} noValidate className="pol-form" data-testid={`${kind}-form`}>
            <Editor form={form} onChange={edit} problem={problem} idPrefix={`${kind}-edit`} />
            <TextAreaField
              label={t('form.reason')}
              field="reason"
              problem={problem}
              hint={t('form.reasonHint')}
              className="pol-field"
              hintClassName="pol-hint"
              rows={2}
              value={reason}
              onChange={setReason}
            />
            {needsBanner ? (
              <ProblemBanner problem={problem} shownFields={problem.fields.map((f) => f.field).filter((f) => shows(f) || SHOWN_ALWAYS.includes(f))} onReload={reloadAll} />
            ) : (
              problem && <p className="field-error">{t('form.fixFields')}</p>
            )}
            <div className="pol-actions">
              <button type="submit" disabled={submission.pending}>
                {submission.pending ? tc('actions.saving') : t('form.save')}
              </button>
              <button type="button" className="secondary" onClick={() => current.data && edit(toForm(current.data.current))}>
                {t('form.undo')}
              </button>
            </div>
            <div role="status" aria-live="polite" data-testid="save-outcome">
              {outcome && (
                <p className={outcome.changed ? 'banner banner-ok' : 'banner banner-warn'}>
                  {outcome.changed ? t('form.saved', { version: outcome.version }) : t('form.unchanged', { version: inForce ?? '—' })}
                </p>
              )}
            </div>
          </form>
        </section>
      )}
      {children?.({ form, input, documents: current.data?.versions ?? [], versions: entries, saves })}
      <section className="panel" aria-labelledby={`${kind}-versions-h`}>
        <h2 id={`${kind}-versions-h`}>{t('versions.heading')}</h2>
        {versions.loading && !versions.data ? <Loading /> : <VersionList versions={entries} viewing={viewing} onView={view} testId={`${kind}-versions`} />}
      </section>
      {viewing !== undefined && (
        <VersionView
          key={`${kind}-${year}-${viewing}-${saves}`}
          kind={kind}
          year={year}
          version={viewing}
          docApi={docApi}
          toForm={toForm}
          Editor={Editor}
          onClose={() => view(undefined)}
          onCopy={(document) => {
            edit(toForm(document));
            formHeading.current?.focus();
          }}
        />
      )}
    </>
  );
}

/** One stored version, read-only, with its number, time, author and reason; its values can be copied into the form. */
function VersionView<D, F, I>({
  kind,
  year,
  version,
  docApi,
  toForm,
  Editor,
  onClose,
  onCopy,
}: {
  kind: DocumentKindKey;
  year: number;
  version: number;
  docApi: DocumentApi<D, I>;
  toForm(d: D): F;
  Editor: ComponentType<EditorProps<F>>;
  onClose(): void;
  onCopy(d: D): void;
}) {
  const { t, i18n } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const loaded = useLoad(() => docApi.version(api, year, version), [api, year, version, kind]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const data = loaded.data;
  return (
    <section className="panel" aria-labelledby={`${kind}-version-h`} data-testid={`${kind}-version`}>
      <h2 id={`${kind}-version-h`} ref={heading} tabIndex={-1}>
        {t('version.heading', { version })}
      </h2>
      <ProblemBanner problem={loaded.problem} />
      {loaded.loading && !data && <Loading />}
      {data && (
        <>
          <dl className="pol-meta">
            <dt>{t('versions.when')}</dt>
            <dd>{data.recordedAt ? formatDateTime(data.recordedAt, lang) : '—'}</dd>
            <dt>{t('versions.who')}</dt>
            <dd>{data.actor ?? t('versions.builtIn')}</dd>
            <dt>{t('versions.reason')}</dt>
            <dd>{data.reason ?? t('versions.defaultReason', { id: data.policyId })}</dd>
          </dl>
          <fieldset disabled className="pol-readonly">
            <legend className="muted pol-readonly-legend">{t('version.values', { version })}</legend>
            <Editor form={toForm(data.document)} onChange={() => undefined} problem={undefined} idPrefix={`${kind}-view`} />
          </fieldset>
          <div className="pol-actions">
            <button type="button" onClick={() => onCopy(data.document)}>
              {t('version.copy')}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              {tc('actions.close')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
