import { lazyLoaded } from './lazyLoaded';

/** A chart, with ECharts loaded on first use. */
export const Chart = lazyLoaded(() => import('./EChart'));
export type { ChartOption } from './EChart';
