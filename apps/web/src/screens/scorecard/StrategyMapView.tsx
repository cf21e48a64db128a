import { useTranslation } from 'react-i18next';
import { BandBadge } from '../../components/Band';
import { Graph } from '../../components/Graph';
import type { StrategyMap } from './model';

/** Objectives as boxes coloured by band, drivers below what they drive (learning at the bottom), and the same in text. */
export function StrategyMapView({ map }: { map: StrategyMap }) {
  const { t, i18n } = useTranslation('scorecard');
  const perspectives = [...new Set(map.objectives.map((o) => o.perspective))];
  return (
    <>
      <p>{t('map.intro')}</p>
      <Graph nodes={map.nodes} edges={map.edges} label={t('map.graph')} direction="DOWN" height={520} />
      <div className="grid map-text">
        <section aria-labelledby="map-objectives">
          <h2 id="map-objectives">{t('map.objectives')}</h2>
          {perspectives.map((p) => (
            <div key={p}>
              <h3>{p}</h3>
              <ul className="plain-list" data-testid="map-objectives">
                {map.objectives
                  .filter((o) => o.perspective === p)
                  .map((o) => (
                    <li key={o.objectiveId}>
                      <span>
                        {o.code} {o.name}
                      </span>{' '}
                      <BandBadge band={o.band} score={o.score ?? undefined} />
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
        <section aria-labelledby="map-links">
          <h2 id="map-links">{t('map.links')}</h2>
          {map.links.length === 0 ? (
            <p className="muted">{t('map.noLinks')}</p>
          ) : (
            <ul data-testid="map-links">
              {map.links.map((l) => (
                <li key={`${l.from.objectiveId}-${l.to.objectiveId}`} lang={i18n.language}>
                  {t('map.link', { from: `${l.from.code} ${l.from.name}`, to: `${l.to.code} ${l.to.name}` })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
