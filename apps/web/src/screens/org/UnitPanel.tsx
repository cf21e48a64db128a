import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestors, type OrgNode } from './model';
import type { UnitAction } from './UnitForm';
import { UnitHistory } from './UnitHistory';

export interface UnitPanelProps {
  unit: OrgNode;
  index: ReadonlyMap<string, OrgNode>;
  /** False on a tree of the past: only the current tree changes. */
  editable: boolean;
  /** The form open, if any. */
  action: UnitAction | undefined;
  onAction(action: UnitAction): void;
  /** Changes when the unit was written, to read its history again. */
  version: number;
  /** The open form, shown under the actions. */
  children?: ReactNode;
}

const CHANGES: readonly UnitAction[] = ['rename', 'move', 'merge', 'close'];

/** The picked unit: where it sits, what it is, what can be done with it, and its history. */
export function UnitPanel({ unit, index, editable, action, onAction, version, children }: UnitPanelProps) {
  const { t } = useTranslation('org');
  const heading = useRef<HTMLHeadingElement>(null);
  // After a write the form closes: the focus goes back to the unit (the notice says what happened).
  useEffect(() => {
    if (version > 0) heading.current?.focus();
  }, [version]);
  const nameOf = (id: string) => index.get(id)?.name ?? id;
  const path = ancestors(unit.unitId, index);
  const active = unit.status === 'active';
  const status = unit.status === 'merged' && unit.mergedInto ? t('status.mergedInto', { target: nameOf(unit.mergedInto) }) : t(`status.${unit.status}`);
  return (
    <section className="panel org-unit" aria-labelledby="org-unit-title" data-testid="org-unit">
      <h2 id="org-unit-title" ref={heading} tabIndex={-1}>
        {unit.name}
      </h2>
      <dl className="org-facts">
        <dt>{t('unit.code')}</dt>
        <dd data-testid="org-unit-code">{unit.unitId}</dd>
        <dt>{t('unit.kind')}</dt>
        <dd>{t(`dashboard:kinds.${unit.kind}`)}</dd>
        <dt>{t('unit.status')}</dt>
        <dd data-testid="org-unit-status">{status}</dd>
        <dt>{t('unit.path')}</dt>
        <dd data-testid="org-unit-path">{path.length > 0 ? path.map((a) => a.name).join(' › ') : '—'}</dd>
      </dl>
      {editable && active && (
        <div className="org-actions" role="group" aria-label={t('unit.actions')}>
          {unit.kind !== 'asn_position' && (
            <button type="button" className="secondary" aria-pressed={action === 'register'} onClick={() => onAction('register')}>
              {t('unit.addChild')}
            </button>
          )}
          {(unit.kind === 'pemda' ? CHANGES.slice(0, 1) : CHANGES).map((a) => (
            <button key={a} type="button" className="secondary" aria-pressed={action === a} onClick={() => onAction(a)}>
              {t(`unit.${a}`)}
            </button>
          ))}
        </div>
      )}
      {children}
      {editable && !active && <p className="muted">{t('unit.inactive')}</p>}
      <UnitHistory unitId={unit.unitId} name={unit.name} nameOf={nameOf} version={version} />
    </section>
  );
}
