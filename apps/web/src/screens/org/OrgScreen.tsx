import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatInstant } from '../replay/instant';
import { AsOfPicker } from './AsOfPicker';
import { useOrgTree } from './loadOrg';
import { indexUnits, treeRows } from './model';
import { OrgTreeTable } from './OrgTreeTable';
import { UnitForm, type UnitAction, type UnitWritten } from './UnitForm';
import { UnitPanel } from './UnitPanel';
import './org.css';

/** The planner's organization tree: register, rename, move, merge and close units; the tree at a date; a unit's history. */
export default function OrgScreen() {
  const { t, i18n } = useTranslation('org');
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const selected = params.get('unit') ?? undefined;
  // Kept in the page too: a query-string write racing another one (a reload after a write) must not untick the box.
  const [inactive, setInactive] = useState(params.get('inactive') === '1');
  const tree = useOrgTree(asOf);
  const [query, setQuery] = useState('');
  const [action, setAction] = useState<UnitAction | undefined>();
  const [notice, setNotice] = useState('');
  const [version, setVersion] = useState(0);

  const roots = tree.data?.roots ?? [];
  const index = useMemo(() => indexUnits(roots), [roots]);
  const rows = useMemo(() => treeRows(roots, { inactive, query }), [roots, inactive, query]);
  const nameOf = (id: string) => index.get(id)?.name ?? id;
  const unit = selected ? index.get(selected) : undefined;
  const editable = !asOf && !!tree.data;
  const revision = tree.data?.revision ?? -1;

  const update = (change: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(change)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const pick = (unitId: string) => {
    setAction(undefined);
    setNotice('');
    update({ unit: unitId });
  };
  const done = (w: UnitWritten) => {
    setAction(undefined);
    setNotice(w.changed ? t(`done.${w.action}`, { name: w.name }) : t('done.unchanged'));
    setVersion((v) => v + 1);
    update({ unit: w.unitId });
    tree.reload();
  };
  const form = (a: UnitAction) => (
    <UnitForm
      key={`${a}-${selected ?? ''}-${revision}`}
      action={a}
      unit={unit ?? roots[0]}
      roots={roots}
      revision={revision}
      onDone={done}
      onCancel={() => setAction(undefined)}
      onReload={tree.reload}
    />
  );

  return (
    <div className="org-screen">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <AsOfPicker
        asOf={asOf}
        onPick={(instant) => {
          setAction(undefined);
          setNotice('');
          update({ asOf: instant });
        }}
      />
      {asOf ? (
        <p className="banner banner-warn" data-testid="org-as-of">
          {t('asOf.viewing', { instant: formatInstant(tree.data?.asOf ?? asOf, i18n.language) })}
        </p>
      ) : (
        tree.data && (
          <p className="muted" data-testid="org-as-of">
            {t('asOf.current', { revision })}
          </p>
        )
      )}
      <ProblemBanner problem={tree.problem} onReload={tree.reload} />
      <p role="status" aria-live="polite" className={notice ? 'banner banner-ok' : 'org-notice-empty'} data-testid="org-notice">
        {notice}
      </p>
      <div className="org-layout">
        <section className="panel org-tree-panel" aria-labelledby="org-tree-title">
          <h2 id="org-tree-title">{t('tree.heading')}</h2>
          <div className="toolbar">
            <label>
              {t('tree.search')}
              <input type="search" name="q" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <label className="org-check">
              <input
                type="checkbox"
                name="inactive"
                checked={inactive}
                onChange={(e) => {
                  setInactive(e.target.checked);
                  update({ inactive: e.target.checked ? '1' : undefined });
                }}
              />
              {t('tree.inactive')}
            </label>
            {editable && (
              <button
                type="button"
                onClick={() => {
                  update({ unit: undefined });
                  setNotice('');
                  setAction('register');
                }}
              >
                {t('tree.register')}
              </button>
            )}
          </div>
          {tree.loading && !tree.data ? (
            <Loading />
          ) : rows.length > 0 ? (
            <>
              <p className="muted" data-testid="org-count">
                {t('tree.count', { count: rows.length })}
              </p>
              <OrgTreeTable rows={rows} selected={selected} nameOf={nameOf} onPick={pick} />
            </>
          ) : (
            tree.data && <p>{roots.length === 0 ? t('tree.empty') : t('tree.none')}</p>
          )}
        </section>
        <div className="org-side">
          {unit ? (
            <UnitPanel
              unit={unit}
              index={index}
              editable={editable}
              action={action}
              onAction={(a) => {
                setNotice('');
                setAction(a);
              }}
              version={version}
            >
              {editable && action && form(action)}
            </UnitPanel>
          ) : (
            <>
              {editable && action === 'register' && form('register')}
              {selected && tree.data ? <p className="panel">{t('unit.notThen', { unitId: selected })}</p> : !action && <p className="panel muted">{t('unit.pick')}</p>}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
