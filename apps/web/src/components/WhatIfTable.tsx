import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../api/clients';
import type { components as Evaluation } from '../api/generated/evaluation';
import { useLoad } from '../api/hooks';
import { formatPercent, formatScore } from '../format';
import { BandBadge, LightBadge, type BandLike } from './Band';
import { DataTable } from './DataTable';

/** POST /scores/scorecards/:id/what-if: a scorecard's score and each KPI's achievement under the policy in force and another one. */
export type WhatIfAnswer = Evaluation['schemas']['WhatIfResponse'];
type PolicyRef = WhatIfAnswer['actual']['policy'];
export type WhatIfBody = Evaluation['schemas']['WhatIfDto'];

/** The what-if answer of a scorecard, asked again when `deps` change; nothing is asked while `scorecardId` or `body` is undefined. */
export function useWhatIf(scorecardId: string | undefined, body: WhatIfBody | undefined, deps: readonly unknown[]) {
  const api = useApi();
  return useLoad(
    () =>
      scorecardId === undefined || body === undefined
        ? Promise.resolve(undefined)
        : unwrap<WhatIfAnswer>(api.evaluation.POST('/scores/scorecards/{scorecardId}/what-if', { params: { path: { scorecardId } }, body })),
    [api, ...deps],
  );
}

/** The band of `code` among a policy's bands; a band the policy does not list shows its code. Null when there is no band (not measurable). */
export function bandIn(bands: readonly BandLike[] | undefined, code: string | null): BandLike | null {
  if (!code) return null;
  return bands?.find((b) => b.code === code) ?? { code, label: { id: code, en: code } };
}

/** A score's difference for display only (the API's decimals stay as they are). */
export function difference(actual: string | null, other: string | null): number | null {
  if (actual === null || other === null) return null;
  return Number(other) - Number(actual);
}

/** A difference with its sign (none when it rounds to zero); a dash when one side is not measurable. */
export function signed(n: number | null, lang: string): string {
  if (n === null) return '—';
  const shown = formatScore(Math.abs(n), lang);
  const zero = shown === formatScore(0, lang);
  return n > 0 && !zero ? `+${shown}` : n < 0 && !zero ? `−${shown}` : shown;
}

export interface WhatIfTableProps {
  answer: WhatIfAnswer;
  testId: string;
  /** Prefix of the total's cells' test ids (`<cellIds>-actual`, `-other`, `-difference`). */
  cellIds: string;
  /** The headers: the rows' column, the policy in force, the other policy. */
  columns: readonly [string, string, string];
  /** The header of a difference column (none without it). */
  differenceLabel?: string;
  totalLabel: string;
  /** The class of the total's row, and of its scores. */
  totalClassName: string;
  scoreClassName?: string;
  caption?: ReactNode;
  /** The KPIs' names by id (their code otherwise). */
  names: ReadonlyMap<string, string>;
  /** The band a policy gives a code. */
  bandOf(policy: PolicyRef, code: string | null): BandLike | null;
}

/** The score and each KPI's achievement under the policy in force beside another policy (what-if), with their bands and lights. */
export function WhatIfTable({ answer, testId, cellIds, columns, differenceLabel, totalLabel, totalClassName, scoreClassName, caption, names, bandOf }: WhatIfTableProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [item, actual, other] = columns;
  const sides = [
    ['actual', answer.actual],
    ['other', answer.whatIf],
  ] as const;
  return (
    <DataTable
      testId={testId}
      caption={caption}
      columns={[item, { label: actual, className: 'num' }, { label: other, className: 'num' }, ...(differenceLabel ? [{ label: differenceLabel, className: 'num' }] : [])]}
    >
      <tr className={totalClassName}>
        <th scope="row">{totalLabel}</th>
        {sides.map(([side, s]) => (
          <td key={side} className="num" data-testid={`${cellIds}-${side}`}>
            {scoreClassName ? <span className={scoreClassName}>{formatScore(s.score, lang)}</span> : formatScore(s.score, lang)} <BandBadge band={bandOf(s.policy, s.band)} />
          </td>
        ))}
        {differenceLabel && (
          <td className="num" data-testid={`${cellIds}-difference`}>
            {signed(difference(answer.actual.score, answer.whatIf.score), lang)}
          </td>
        )}
      </tr>
      {answer.kpis.map((k) => (
        <tr key={k.kpiId} data-kpi={k.code}>
          <th scope="row">{names.get(k.kpiId) ?? k.code}</th>
          <td className="num">
            {formatPercent(k.actual, lang)} <LightBadge light={k.actualLight} />
          </td>
          <td className="num">
            {formatPercent(k.whatIf, lang)} <LightBadge light={k.whatIfLight} />
          </td>
          {differenceLabel && <td className="num">{signed(difference(k.actual, k.whatIf), lang)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
