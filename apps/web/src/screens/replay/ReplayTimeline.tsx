import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { Chart, type ChartOption } from '../../components/Chart';
import { formatScore } from '../../format';
import { formatInstant } from './instant';
import { actorKey, loadActors } from './loadReplay';
import { scoreNumber, type TimelineRow } from './replayModel';
import { DataTable } from '../../components/DataTable';

interface Props {
  rows: TimelineRow[];
  scorecardId: string;
  year: number;
  names: ReadonlyMap<string, string>;
  chosenAt: string | undefined;
  onChoose(at: string): void;
}

/** Every change that moved the score (newest first) and the score over time as a line. */
export function ReplayTimeline({ rows, scorecardId, year, names, chosenAt, onChoose }: Props) {
  const { t, i18n } = useTranslation('replay');
  const lang = i18n.language;
  const api = useApi();
  const actors = useLoad(() => loadActors(api, scorecardId, year, rows), [api, scorecardId, year, rows]);
  const option = useMemo<ChartOption>(() => {
    const oldest = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 24, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: oldest.map((r) => formatInstant(r.point.occurredAt, lang)), axisLabel: { rotate: 20, fontSize: 10 } },
      yAxis: { type: 'value', name: t('timeline.score') },
      series: [{ name: t('timeline.score'), type: 'line', step: 'end', connectNulls: false, data: oldest.map((r) => scoreNumber(r.point.score)), symbolSize: 8, itemStyle: { color: '#1f5fa8' } }],
    };
  }, [rows, lang]);
  const subject = (r: TimelineRow) => {
    if (r.kind === 'plan') return t('timeline.planSubject', { version: /v(\d+)/.exec(r.point.subject)?.[1] ?? '' });
    const name = r.kpiId ? names.get(r.kpiId) : undefined;
    return `${name ?? r.kpiId ?? r.point.subject}${r.period ? ` · ${t(`common:periods.${r.period}`, { defaultValue: r.period })}` : ''}`;
  };
  return (
    <section className="panel" aria-labelledby="replay-timeline-h">
      <h2 id="replay-timeline-h">{t('timeline.heading')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <>
          <Chart option={option} label={t('timeline.chartLabel')} testId="replay-chart" />
          <DataTable
            testId="replay-timeline"
            columns={[t('timeline.when'), t('timeline.what'), t('timeline.who'), { label: t('timeline.change'), className: 'num' }, { label: t('timeline.show'), hidden: true }]}
          >
            {rows.map((r) => {
              const at = r.point.occurredAt;
              const when = formatInstant(at, lang);
              return (
                <tr key={r.point.position} data-kind={r.kind} aria-current={chosenAt === at ? 'true' : undefined}>
                  <th scope="row">
                    <time dateTime={at}>{when}</time>
                  </th>
                  <td>
                    <strong>{t(`timeline.kinds.${r.kind}`)}</strong>
                    <div>{subject(r)}</div>
                  </td>
                  <td>{actors.data?.get(actorKey(r, at)) ?? t('timeline.unknownActor')}</td>
                  <td className="num">
                    {formatScore(r.before, lang)} → {formatScore(r.point.score, lang)}
                    {!r.moved && <div className="muted">{t('timeline.unmoved')}</div>}
                  </td>
                  <td>
                    <button type="button" className="secondary" onClick={() => onChoose(at)}>
                      {t('timeline.show')}
                      <span className="visually-hidden"> ({t('timeline.showWhen', { instant: when })})</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </section>
  );
}
