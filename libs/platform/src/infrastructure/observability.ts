import type { Metrics } from '../metrics.js';
import type { IntegrationEventIntake } from './intake.js';
import type { LiveProjection } from './live-projection.js';

/**
 * Exposes how far behind a read model is: events stored but not yet applied
 * (`capaian_projection_lag_events`), and messages on the bus not yet handled by its intake
 * (`capaian_consumer_lag_messages`, per topic). Both are computed when /metrics is scraped.
 */
export function observeReadModel(metrics: Metrics, projection: LiveProjection, intake?: IntegrationEventIntake, groupId?: string): void {
  metrics.gauge({
    name: 'capaian_projection_lag_events',
    help: 'Events in the store not yet applied to the projection',
    labelNames: ['projection'],
    async collect() {
      this.set({ projection: projection.name }, await projection.lag().catch(() => -1));
    },
  });
  metrics.gauge({
    name: 'capaian_projection_position',
    help: 'Last store position applied to the projection',
    labelNames: ['projection'],
    collect() {
      this.set({ projection: projection.name }, projection.position);
    },
  });
  if (intake) {
    metrics.gauge({
      name: 'capaian_consumer_lag_messages',
      help: 'Messages on the bus not yet handled by this consumer group',
      labelNames: ['group', 'topic'],
      async collect() {
        const lag = await intake.lag().catch(() => ({}) as Record<string, number>);
        for (const [topic, n] of Object.entries(lag)) this.set({ group: groupId ?? 'default', topic }, n);
      },
    });
  }
}
