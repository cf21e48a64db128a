import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Graph, type GraphNode, type HandleKind } from '../../components/Graph';
import { ProblemBanner } from '../../components/Problem';
import { useEditor, usePlanWrite } from './editorContext';
import { ChoiceField, FormProblem } from './Fields';
import { itemOptions, mapGraph } from './planModel';
import { FormButtons } from '../../components/Field';

const SHOWN = ['from', 'to'];

/**
 * Cause → effect links between objectives: picked as a pair in the form (the keyboard way) or drawn
 * on the map by dragging from a cause's handle to an effect's (causes below their effects), and listed in text.
 */
export function StrategyMapPanel() {
  const { t } = useTranslation('plan');
  const { scorecardId, plan, locked, reload } = useEditor();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const link = usePlanWrite();
  const unlink = usePlanWrite();
  const graph = useMemo(() => mapGraph(plan), [plan]);
  const name = new Map(plan.objectives.map((o) => [o.code, `${o.code} ${o.name}`]));
  const options = itemOptions(plan.objectives);
  const codeOf = useMemo(() => new Map(plan.objectives.map((o) => [o.objectiveId, o.code])), [plan.objectives]);

  /** Sends the link from → to (by objective code); the form shows the pair and, on a refusal, the API's messages on its fields. */
  const { run, pending } = link;
  const send = useCallback(
    async (cause: string, effect: string) => {
      const w = await run((api, header) => api.planning.POST('/scorecards/{scorecardId}/strategy-map/links', { params: { path: { scorecardId }, header }, body: { from: cause, to: effect } }));
      if (w) {
        setFrom('');
        setTo('');
      }
      return w;
    },
    [run, scorecardId],
  );
  const form = useRef<HTMLFormElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(from, to);
  };
  /**
   * A link drawn on the map: the same request as the form's, with the pair put in the form, so a
   * refusal (a self link, a cycle) shows the API's message where the form shows it, and focus goes there.
   */
  const drawn = useCallback(
    (fromId: string, toId: string) => {
      if (pending) return;
      const cause = codeOf.get(fromId) ?? fromId;
      const effect = codeOf.get(toId) ?? toId;
      setFrom(cause);
      setTo(effect);
      void send(cause, effect).then((w) => {
        if (!w) form.current?.querySelector<HTMLSelectElement>('select[name="to"]')?.focus();
      });
    },
    [codeOf, pending, send],
  );
  const handleLabel = useCallback((node: GraphNode, kind: HandleKind) => t(kind === 'source' ? 'map.handleFrom' : 'map.handleTo', { code: codeOf.get(node.id) ?? node.label }), [codeOf, t]);
  const remove = (l: { from: string; to: string }) =>
    unlink.run((api, header) => api.planning.POST('/scorecards/{scorecardId}/strategy-map/unlink', { params: { path: { scorecardId }, header }, body: l }));

  return (
    <section aria-labelledby="plan-map-title">
      <h2 id="plan-map-title">{t('map.heading')}</h2>
      <p className="muted">{t('map.intro')}</p>
      {plan.objectives.length === 0 ? (
        <p className="muted">{t('objectives.none')}</p>
      ) : (
        <>
          {!locked && (
            <p className="muted hint" data-testid="map-drag-hint">
              {t('map.dragHint')}
            </p>
          )}
          <Graph nodes={graph.nodes} edges={graph.edges} label={t('map.graph')} direction="UP" height={420} onConnect={locked ? undefined : drawn} handleLabel={handleLabel} />
        </>
      )}
      <h3>{t('map.links')}</h3>
      {plan.links.length === 0 ? (
        <p className="muted">{t('map.noLinks')}</p>
      ) : (
        <ul className="link-list" data-testid="map-links">
          {plan.links.map((l) => (
            <li key={`${l.from}->${l.to}`} data-testid={`link-${l.from}-${l.to}`}>
              <span>{t('map.link', { from: name.get(l.from) ?? l.from, to: name.get(l.to) ?? l.to })}</span>
              <button type="button" className="secondary" disabled={locked || unlink.pending} onClick={() => void remove(l)} aria-label={t('map.unlinkItem', { from: l.from, to: l.to })}>
                {t('map.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ProblemBanner problem={unlink.problem} onReload={reload} />
      <form ref={form} onSubmit={submit} noValidate className="item-form" data-testid="link-form" aria-labelledby="link-form-title">
        <h3 id="link-form-title">{t('map.addTitle')}</h3>
        <div className="form-row">
          <ChoiceField label={t('map.from')} field="from" problem={link.problem} value={from} onChange={setFrom} options={options} emptyOption={t('map.choose')} />
          <span className="arrow" aria-hidden="true">
            →
          </span>
          <ChoiceField label={t('map.to')} field="to" problem={link.problem} value={to} onChange={setTo} options={options} emptyOption={t('map.choose')} />
        </div>
        <FormProblem problem={link.problem} shown={SHOWN} onReload={reload} />
        <FormButtons className="form-actions" pending={link.pending} disabled={locked} label={t('map.connect')} sendingLabel={t('common:actions.saving')} />
      </form>
    </section>
  );
}
