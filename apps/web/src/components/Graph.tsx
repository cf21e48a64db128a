import { lazyLoaded } from './lazyLoaded';

/** A laid-out graph, with elkjs and xyflow loaded on first use. */
export const Graph = lazyLoaded(() => import('./GraphView'));
export type { GraphEdge, GraphNode, GraphProps, HandleKind } from './GraphView';
