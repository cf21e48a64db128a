import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from './Problem';

const EChart = lazy(() => import('./EChart'));

/** A chart, with ECharts loaded on first use (kept out of the first page's JavaScript). */
export function Chart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <EChart {...props} />
    </Suspense>
  );
}
export type { ChartOption } from './EChart';
