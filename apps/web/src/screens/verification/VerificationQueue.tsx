import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/Problem';
import { useKpiCatalog, type Units } from './catalog';
import { usePeriodLabel } from './labels';
import { QueueFilters, useQueueFilter } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { failuresByKey, itemKey, problemFor, pruneSelection, selectAllShown, selectedShown, shownRows, toggle, type ReviewAction } from './queue';
import { RejectForm } from './RejectForm';
import { ResultsList } from './ResultsList';
import { useItemActions } from './useItemActions';

/** Submitted realizations waiting for an evaluator: filter, select, verify or reject. */
export function VerificationQueue({ units }: { units: Units }) {
  const { t } = useTranslation('verification');
  const api = useApi();
  const periodLabel = usePeriodLabel();
  const [filter, setFilter] = useQueueFilter();
  const queue = useLoad(
    () => unwrap(api.measurement.GET('/realizations', { params: { query: { status: 'submitted', year: String(filter.year), unitId: filter.unit || undefined } } })),
    [api, filter.unit, filter.year],
  );
  const rows = useMemo(() => shownRows(queue.data ?? [], filter.period), [queue.data, filter.period]);
  const byKey = useMemo(() => new Map(rows.map((r) => [itemKey(r), r])), [rows]);
  const shownKeys = useMemo(() => rows.map(itemKey), [rows]);
  const kpis = useKpiCatalog(useMemo(() => (queue.data ?? []).map((r) => r.kpiId), [queue.data]));
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [rejecting, setRejecting] = useState<string[] | undefined>();
  const [reason, setReason] = useState('');
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(() => new Map());
  const actions = useItemActions();
  const chosen = selectedShown(selected, shownKeys);

  const describe = (key: string) => {
    const r = byKey.get(key);
    const [kpiId = key, year = '', period = ''] = key.split('|');
    const name = kpis.get(r?.kpiId ?? kpiId)?.name ?? kpiId;
    return `${name}, ${periodLabel(period)} ${year}${r ? ` (${units.nameOf(r.unitId)})` : ''}`;
  };

  const send = async (action: ReviewAction, keys: string[], body: { reason?: string }) => {
    setLabels(new Map(keys.map((k) => [k, describe(k)])));
    const answers = await actions.run(action, keys, body, (key, headers) => {
      const r = byKey.get(key)!;
      const path = { kpiId: r.kpiId, year: r.year, period: r.period };
      return action === 'verify'
        ? unwrap(api.measurement.POST('/realizations/{kpiId}/{year}/{period}/verify', { params: { path, header: headers }, body: { valueRevision: r.valueRevision } }))
        : unwrap(api.measurement.POST('/realizations/{kpiId}/{year}/{period}/reject', { params: { path, header: headers }, body: { valueRevision: r.valueRevision, reason: body.reason ?? '' } }));
    });
    if (!answers) return;
    const done = new Set(answers.filter((x) => x.ok).map((x) => x.key));
    setSelected((prev) => new Set([...prev].filter((k) => !done.has(k))));
    if (action === 'reject' && done.size === keys.length) {
      setRejecting(undefined);
      setReason('');
    }
    if (done.size > 0) queue.reload();
  };

  const openReject = (keys: string[]) => {
    actions.clear();
    setReason('');
    setRejecting(keys);
  };

  const present = useMemo(() => (queue.data ?? []).map(itemKey), [queue.data]);
  const liveSelection = pruneSelection(selected, present);
  // A missing reason is shown next to the reason field only, not again in the results.
  const reasonProblem = rejecting ? problemFor(actions.results, 'reason') : undefined;
  const results = reasonProblem ? actions.results.filter((r) => r.ok || !problemFor([r], 'reason')) : actions.results;

  return (
    <section className="panel" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue.heading')}</h2>
      <QueueFilters filter={filter} onChange={setFilter} units={units.options} />
      <ResultsList results={results} describe={(key) => labels.get(key) ?? describe(key)} />
      {rejecting && (
        <RejectForm
          targets={rejecting.map(describe)}
          reason={reason}
          onReason={setReason}
          problem={reasonProblem}
          pending={actions.pending}
          onSubmit={() =>
            void send(
              'reject',
              rejecting.filter((k) => byKey.has(k)),
              { reason: reason.trim() },
            )
          }
          onCancel={() => setRejecting(undefined)}
        />
      )}
      {queue.loading && !queue.data ? (
        <Loading />
      ) : queue.problem ? (
        <ProblemBanner problem={queue.problem} onReload={queue.reload} />
      ) : (
        <>
          <div className="toolbar verif-bulk">
            <p className="muted" aria-live="polite" data-testid="queue-count">
              {t('queue.count', { shown: rows.length })} · {t('queue.selectedCount', { count: chosen.length })}
            </p>
            <button type="button" disabled={chosen.length === 0 || actions.pending} onClick={() => void send('verify', chosen, {})} data-testid="bulk-verify">
              {t('queue.bulkVerify', { count: chosen.length })}
            </button>
            <button type="button" className="secondary" disabled={chosen.length === 0 || actions.pending} onClick={() => openReject(chosen)} data-testid="bulk-reject">
              {t('queue.bulkReject', { count: chosen.length })}
            </button>
          </div>
          {rows.length === 0 ? (
            <p data-testid="queue-empty">{t('queue.empty')}</p>
          ) : (
            <QueueTable
              rows={rows}
              kpis={kpis}
              unitName={units.nameOf}
              selected={liveSelection}
              onToggle={(key) => setSelected((prev) => toggle(prev, key))}
              onToggleAll={(on) => setSelected((prev) => selectAllShown(prev, shownKeys, on))}
              failures={failuresByKey(results)}
              pending={actions.pending}
              onVerify={(key) => void send('verify', [key], {})}
              onReject={(key) => openReject([key])}
            />
          )}
        </>
      )}
    </section>
  );
}
