import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatInstant } from './instant';
import { ReplayScore } from './ReplayScore';
import { ReplayTimeline } from './ReplayTimeline';
import { namesOf, stopsOf, timelineRows } from './replayModel';
import type { ScorecardPlan, ScoreTimeline } from './types';
import { useDebounced } from './useDebounced';
import { WhatIfPanel } from './WhatIfPanel';

/** A dragged slider asks for the score once it rests this long; a key step waits the same. */
const SLIDER_SETTLE_MS = 120;

/** One scorecard's replay: the plan's names and the timeline of the chosen period. */
export function ReplayView({ scorecardId }: { scorecardId: string }) {
  const { t } = useTranslation('replay');
  const api = useApi();
  const { year, period } = usePeriod();
  const plan = useLoad(() => unwrap<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId } } })), [api, scorecardId]);
  const timeline = useLoad(
    () => unwrap<ScoreTimeline>(api.evaluation.GET('/scores/scorecards/{scorecardId}/timeline', { params: { path: { scorecardId }, query: { period } } })),
    [api, scorecardId, period],
  );
  return (
    <>
      <h1>
        {t('title')}
        {plan.data && <span className="replay-subtitle">{plan.data.header.title}</span>}
      </h1>
      <div className="toolbar">
        <Link to={`/replay?year=${year}&period=${period}`}>{t('back')}</Link>
        <PeriodPicker />
      </div>
      <ProblemBanner problem={plan.problem ?? timeline.problem} onReload={timeline.reload} />
      {!timeline.data || timeline.data.period !== period ? (
        !timeline.problem && <Loading />
      ) : (
        <Replay key={`${scorecardId}-${period}`} scorecardId={scorecardId} year={plan.data?.header.year ?? year} period={period} timeline={timeline.data} plan={plan.data} />
      )}
    </>
  );
}

function Replay({ scorecardId, year, period, timeline, plan }: { scorecardId: string; year: number; period: string; timeline: ScoreTimeline; plan: ScorecardPlan | undefined }) {
  const { t, i18n } = useTranslation('replay');
  const lang = i18n.language;
  const sliderId = useId();
  const stops = useMemo(() => stopsOf(timeline.points), [timeline]);
  const rows = useMemo(() => timelineRows(timeline.points), [timeline]);
  const names = useMemo(() => namesOf(plan), [plan]);
  const [chosen, setChosen] = useState(stops.length - 1);
  const index = Math.min(chosen, stops.length - 1);
  const stop = stops[index];
  const asOf = useDebounced(stop.asOf, SLIDER_SETTLE_MS);
  const periodName = t(`common:periods.${period}`, { defaultValue: period });
  const instantText = stop.asOf ? t('slider.asOf', { period: periodName, instant: formatInstant(stop.asOf, lang) }) : t('slider.now', { period: periodName });
  const choose = (at: string | undefined) => {
    const i = stops.findIndex((s) => s.asOf === at);
    if (i >= 0) setChosen(i);
  };
  return (
    <>
      <section className="panel replay-slider" aria-labelledby={`${sliderId}-h`}>
        <h2 id={`${sliderId}-h`}>{t('slider.heading')}</h2>
        <label htmlFor={sliderId}>{t('slider.label')}</label>
        <input
          id={sliderId}
          type="range"
          name="asOf"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={instantText}
          aria-describedby={`${sliderId}-help`}
          onChange={(e) => setChosen(Number(e.target.value))}
        />
        <div className="replay-ends muted" aria-hidden="true">
          <span>{stops[0]?.asOf ? formatInstant(stops[0].asOf, lang) : ''}</span>
          <span>{t('slider.nowShort')}</span>
        </div>
        <p className="replay-instant" data-testid="replay-instant" aria-live="polite">
          {instantText}
        </p>
        <p id={`${sliderId}-help`} className="muted">
          {t('slider.help')} {t('slider.step', { n: index + 1, total: stops.length })}
        </p>
      </section>
      <ReplayScore scorecardId={scorecardId} period={period} asOf={asOf} settling={asOf !== stop.asOf} names={names} />
      <ReplayTimeline rows={rows} scorecardId={scorecardId} year={year} names={names} chosenAt={stop.asOf} onChoose={choose} />
      <WhatIfPanel scorecardId={scorecardId} year={year} period={period} asOf={asOf} names={names} />
    </>
  );
}
