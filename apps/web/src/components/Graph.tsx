import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from './Problem';

const GraphView = lazy(() => import('./GraphView'));

/** A laid-out graph, with elkjs and xyflow loaded on first use. */
export function Graph(props: ComponentProps<typeof GraphView>) {
  return (
    <Suspense fallback={<Loading />}>
      <GraphView {...props} />
    </Suspense>
  );
}
export type { GraphEdge, GraphNode } from './GraphView';
