import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Loading, ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';
import { useUrlParams } from '../../components/useUrlParams';
import { formatDecimal } from '../../format';
import { changesOf, comparePlans, fieldLabelKey, SECTIONS, type ChangeKind, type Comparison, type FieldChange, type ItemChange } from './compareModel';
import { defaultPair, versionsOf } from './historyModel';
import type { ApprovedVersion, ScorecardPlan, Snapshot } from './types';

/** A side of the comparison: an approved version number, or `current` (the plan as it stands, e.g. the open revision). */
function useSide(plan: ScorecardPlan, side: string) {
  const api = useApi();
  return useLoad<Snapshot | undefined>(async () => {
    if (side === 'current') return plan;
    const version = Number(side);
    if (!Number.isInteger(version) || version < 1) return undefined;
    const v = await unwrap<ApprovedVersion>(api.planning.GET('/scorecards/{scorecardId}/versions/{version}', { params: { path: { scorecardId: plan.scorecardId, version } } }));
    return v.snapshot;
  }, [api, plan, side]);
}

/** Compare two versions of the plan side by side: what was added, removed and changed (old → new). */
export function ComparePanel({ plan }: { plan: ScorecardPlan }) {
  const { t } = useTranslation('agreement');
  const { params, set: setSide } = useUrlParams({ replace: true });
  const pair = defaultPair(plan);
  const options = [...versionsOf(plan).map(String), ...(plan.status !== 'approved' && plan.version >= 1 ? ['current'] : [])];
  const pick = (key: string, fallback: string | undefined) => {
    const v = params.get(key);
    return v && options.includes(v) ? v : (fallback ?? '');
  };
  const from = pick('from', pair?.from);
  const to = pick('to', pair?.to);
  const older = useSide(plan, from);
  const newer = useSide(plan, to);
  const comparison = useMemo(() => (older.data && newer.data ? comparePlans(older.data, newer.data) : undefined), [older.data, newer.data]);
  const sideLabel = (v: string) => (v === 'current' ? t('compare.current', { status: t(`status.${plan.status}`) }) : t('compare.version', { version: v }));

  return (
    <section className="panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">{t('compare.title')}</h2>
      {options.length < 2 ? (
        <p className="muted" data-testid="compare-unavailable">
          {t('compare.unavailable')}
        </p>
      ) : (
        <>
          <p>{t('compare.intro')}</p>
          <div className="toolbar">
            <SelectField
              label={t('compare.from')}
              name="from"
              value={from}
              onPick={(v) => setSide('from', v)}
              options={options}
              optionLabel={sideLabel}
              emptyOption={from ? undefined : t('compare.pick')}
            />
            <SelectField label={t('compare.to')} name="to" value={to} onPick={(v) => setSide('to', v)} options={options} optionLabel={sideLabel} emptyOption={to ? undefined : t('compare.pick')} />
          </div>
          <ProblemBanner problem={older.problem ?? newer.problem} onReload={older.problem ? older.reload : newer.reload} />
          {from && to && from === to && <p className="muted">{t('compare.same')}</p>}
          {from && to && from !== to && ((older.loading && !older.data) || (newer.loading && !newer.data)) && <Loading />}
          {comparison && from !== to && <ComparisonView comparison={comparison} fromLabel={sideLabel(from)} toLabel={sideLabel(to)} />}
        </>
      )}
    </section>
  );
}

const KIND_ORDER: Record<ChangeKind, number> = { added: 0, changed: 1, removed: 2 };

function ComparisonView({ comparison, fromLabel, toLabel }: { comparison: Comparison; fromLabel: string; toLabel: string }) {
  const { t } = useTranslation('agreement');
  if (comparison.changes.length === 0)
    return (
      <p className="banner banner-ok" role="status" data-testid="compare-none">
        {t('compare.none', { from: fromLabel, to: toLabel })}
      </p>
    );
  return (
    <div data-testid="comparison">
      <p role="status" data-testid="compare-summary">
        {t('compare.summary', { from: fromLabel, to: toLabel, added: comparison.counts.added, changed: comparison.counts.changed, removed: comparison.counts.removed })}
      </p>
      {SECTIONS.map((section) => {
        const rows = [...changesOf(comparison, section)].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
        if (rows.length === 0) return null;
        return (
          <DataTable
            key={section}
            testId={`compare-${section}`}
            className="compare-table"
            caption={<caption>{t(`sections.${section}`)}</caption>}
            columns={[t('compare.item'), t('compare.change'), t('compare.field'), fromLabel, toLabel]}
          >
            {rows.map((c) => (
              <ChangeRows key={`${c.kind}-${c.key}`} change={c} />
            ))}
          </DataTable>
        );
      })}
    </div>
  );
}

/** One changed item: a row per changed field (the item cell spans them); an added or removed item is one row. */
function ChangeRows({ change }: { change: ItemChange }) {
  const { t } = useTranslation('agreement');
  const item = (
    <th scope="row" rowSpan={Math.max(1, change.fields.length)}>
      <span className="code">{change.key === 'profile' ? t('sections.profile') : change.key}</span>
      {change.name && change.key !== 'profile' && <span className="item-name">{change.name}</span>}
    </th>
  );
  const kind = (
    <td rowSpan={Math.max(1, change.fields.length)}>
      <span className={`change change-${change.kind}`}>{t(`kinds.${change.kind}`)}</span>
    </td>
  );
  if (change.fields.length === 0)
    return (
      <tr data-change={change.kind} data-key={change.key}>
        {item}
        {kind}
        <td>—</td>
        <td>{change.kind === 'removed' ? t('compare.present') : t('compare.absent')}</td>
        <td>{change.kind === 'added' ? t('compare.present') : t('compare.absent')}</td>
      </tr>
    );
  return (
    <>
      {change.fields.map((f, i) => (
        <tr key={f.field} data-change={change.kind} data-key={change.key} data-field={f.field}>
          {i === 0 && item}
          {i === 0 && kind}
          <FieldCells field={f} />
        </tr>
      ))}
    </>
  );
}

/** Fields whose values are the API's enum codes, shown by their label. */
const ENUM_FIELDS = new Set(['frequency', 'level', 'polarity', 'valueType', 'aggregation']);

function FieldCells({ field }: { field: FieldChange }) {
  const { t, i18n } = useTranslation('agreement');
  const { key, detail } = fieldLabelKey(field.field);
  const label = t(`fields.${key}`, { defaultValue: key });
  /** A decimal string the Indonesian way (82.5 -> 82,5), an enum code by its label, any other text as it is. */
  const shown = (v: string | null) => {
    if (v === null) return '—';
    if (ENUM_FIELDS.has(key)) return t(`values.${key}.${v}`, { defaultValue: v });
    return /^-?\d+(\.\d+)?$/.test(v) ? formatDecimal(v, i18n.language, 4) : v;
  };
  return (
    <>
      <td>{detail ? `${label} (${t(`details.${detail}`, { defaultValue: detail })})` : label}</td>
      <td className="before" data-testid="before">
        {shown(field.before)}
      </td>
      <td className="after" data-testid="after">
        {shown(field.after)}
      </td>
    </>
  );
}
