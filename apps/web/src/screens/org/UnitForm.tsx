import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ifMatch, unwrap, useApi } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { ChoiceField, FormButtons, TextAreaField, TextField } from '../../components/Field';
import { FormProblem } from '../../components/Problem';
import { mergeTargets, UNIT_KINDS, unitChoices, type OrgNode, type UnitKind } from './model';

export type UnitAction = 'register' | 'rename' | 'move' | 'merge' | 'close';

/** What the form wrote: the unit it concerns and whether anything changed. */
export interface UnitWritten {
  action: UnitAction;
  unitId: string;
  name: string;
  changed: boolean;
}

/** The fields each form shows next to their inputs (other problems go to the banner). */
const SHOWN: Record<UnitAction, readonly string[]> = {
  register: ['unitId', 'name', 'kind', 'parentId'],
  rename: ['name', 'reason'],
  move: ['newParentId', 'reason'],
  merge: ['targetUnitId', 'reason'],
  close: ['reason'],
};

/** The organization screen's field style. */
const style = { className: 'org-field', hintClassName: 'org-hint' } as const;

/** The kind a new sub-unit of `parent` most likely has. */
const childKind = (parent: OrgNode | undefined): UnitKind =>
  !parent ? 'opd' : parent.kind === 'pemda' ? 'opd' : parent.kind === 'opd' ? 'bidang' : parent.kind === 'bidang' ? 'seksi' : 'asn_position';

export interface UnitFormProps {
  action: UnitAction;
  /** The unit changed, or the parent proposed for a new one. */
  unit: OrgNode | undefined;
  roots: readonly OrgNode[];
  /** The tree's revision the form was opened on (sent as If-Match). */
  revision: number;
  onDone(written: UnitWritten): void;
  onCancel(): void;
  onReload(): void;
}

/** Registers a unit, or renames, moves, merges or closes one; the API's messages appear on their fields. */
export function UnitForm({ action, unit, roots, revision, onDone, onCancel, onReload }: UnitFormProps) {
  const { t } = useTranslation('org');
  const api = useApi();
  const submission = useSubmit<{ eventTypes: string[] }>();
  const problem = submission.problem;
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState(action === 'rename' ? (unit?.name ?? '') : '');
  const [kind, setKind] = useState<UnitKind>(childKind(unit));
  const [code, setCode] = useState(action === 'register' ? (unit?.unitId ?? '') : '');
  const [reason, setReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [action, unit?.unitId]);

  const choices = action === 'merge' && unit ? mergeTargets(roots, unit) : unitChoices(roots, (n) => n.unitId !== unit?.unitId || action === 'register');
  const unitName = unit?.name ?? '';
  const title = action === 'register' ? t('form.registerTitle') : t(`form.${action}Title`, { name: unitName });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submission.pending) return;
    const header = (h: Record<string, string>) => (revision >= 0 ? { ...h, 'If-Match': ifMatch(revision) } : h);
    const why = reason.trim();
    const optionalReason = why ? { reason: why } : {};
    const target = unit?.unitId ?? '';
    const path = { unitId: target };
    const written = await submission.submit((h) => {
      switch (action) {
        case 'register':
          return unwrap(api.planning.POST('/org/units', { params: { header: header(h) }, body: { unitId: unitId.trim(), name: name.trim(), kind, parentId: code.trim() || null } }));
        case 'rename':
          return unwrap(api.planning.POST('/org/units/{unitId}/rename', { params: { path, header: header(h) }, body: { name: name.trim(), ...optionalReason } }));
        case 'move':
          return unwrap(api.planning.POST('/org/units/{unitId}/move', { params: { path, header: header(h) }, body: { newParentId: code.trim(), ...optionalReason } }));
        case 'merge':
          return unwrap(api.planning.POST('/org/units/{unitId}/merge', { params: { path, header: header(h) }, body: { targetUnitId: code.trim(), reason: why } }));
        case 'close':
          return unwrap(api.planning.POST('/org/units/{unitId}/close', { params: { path, header: header(h) }, body: { reason: why } }));
      }
    });
    if (!written) return;
    const shownName = action === 'register' || action === 'rename' ? name.trim() : unitName;
    onDone({ action, unitId: action === 'register' ? unitId.trim() : target, name: shownName, changed: written.eventTypes.length > 0 });
  };

  const codeField = action === 'register' ? 'parentId' : action === 'merge' ? 'targetUnitId' : 'newParentId';
  const codeHint = action === 'merge' ? 'mergeHint' : 'parentHint';
  return (
    <section className="panel org-form" aria-labelledby="org-form-title" data-testid={`org-form-${action}`}>
      <h3 id="org-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <form onSubmit={submit} noValidate>
        {action === 'register' && (
          <>
            <TextField {...style} label={t('form.unitId')} field="unitId" value={unitId} onChange={setUnitId} problem={problem} hint={t('form.unitIdHint')} spellCheck={false} />
            <ChoiceField
              {...style}
              label={t('form.kind')}
              field="kind"
              value={kind}
              onChange={(v) => setKind(v as UnitKind)}
              problem={problem}
              options={UNIT_KINDS.map((k) => [k, t(`dashboard:kinds.${k}`)] as const)}
            />
          </>
        )}
        {(action === 'register' || action === 'rename') && (
          <TextField {...style} label={action === 'rename' ? t('form.newName') : t('form.name')} field="name" value={name} onChange={setName} problem={problem} spellCheck={false} />
        )}
        {(action === 'register' || action === 'move' || action === 'merge') && (
          <TextField
            {...style}
            label={t(`form.${codeField}`)}
            field={codeField}
            value={code}
            onChange={setCode}
            problem={problem}
            hint={t(`form.${codeHint}`)}
            spellCheck={false}
            list="org-unit-codes"
            extra={
              <datalist id="org-unit-codes">
                {choices.map((c) => (
                  <option key={c.unitId} value={c.unitId} label={c.label} />
                ))}
              </datalist>
            }
          />
        )}
        {action === 'close' && <p className="muted org-hint">{t('form.closeHint')}</p>}
        {action !== 'register' && (
          <TextAreaField
            {...style}
            label={action === 'merge' || action === 'close' ? t('form.reason') : t('form.reasonOptional')}
            field="reason"
            value={reason}
            onChange={setReason}
            problem={problem}
            rows={2}
          />
        )}
        <FormProblem problem={problem} shown={SHOWN[action]} onReload={onReload} />
        <FormButtons className="org-actions" pending={submission.pending} label={t(`form.${action}`)} sendingLabel={t('form.sending')} onCancel={onCancel} />
      </form>
    </section>
  );
}
