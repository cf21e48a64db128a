import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import ELK from 'elkjs/lib/elk.bundled.js';
import { useEffect, useState } from 'react';
import type { Tone } from './Band';

/** A node of a drawn graph: its label, an optional second line and a traffic-light tone. */
export interface GraphNode {
  id: string;
  label: string;
  detail?: string;
  tone?: Tone;
  /** Marks a gap (e.g. a KPI without target): drawn with a dashed red border. */
  flagged?: boolean;
  href?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  dashed?: boolean;
}

const WIDTH = 220;
const elk = new ELK();
type Direction = 'DOWN' | 'RIGHT' | 'UP';

/** A node's height for its text (about 30 characters per line at this width), so labels never overlap. */
export function heightOf(n: Pick<GraphNode, 'label' | 'detail'>): number {
  const lines = (text: string | undefined) => (text ? Math.ceil(text.length / 30) : 0);
  return 20 + 17 * (lines(n.label) + lines(n.detail));
}

/** Where edges leave and enter a node, following the layout's direction. */
const HANDLES: Record<Direction, { source: Position; target: Position }> = {
  DOWN: { source: Position.Bottom, target: Position.Top },
  UP: { source: Position.Top, target: Position.Bottom },
  RIGHT: { source: Position.Right, target: Position.Left },
};

/** Node positions from elkjs' layered layout (never hand-computed). */
export async function layout(nodes: GraphNode[], edges: GraphEdge[], direction: Direction): Promise<Map<string, { x: number; y: number }>> {
  const known = new Set(nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': direction, 'elk.spacing.nodeNode': '32', 'elk.layered.spacing.nodeNodeBetweenLayers': '56' },
    children: nodes.map((n) => ({ id: n.id, width: WIDTH, height: heightOf(n) })),
    edges: edges.filter((e) => known.has(e.source) && known.has(e.target)).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

type Data = { node: GraphNode; direction: Direction };

function Box({ data }: NodeProps<Node<Data>>) {
  const n = data.node;
  const handles = HANDLES[data.direction];
  const body = (
    <>
      <span className="graph-node-label">{n.label}</span>
      {n.detail && <span className="graph-node-detail">{n.detail}</span>}
    </>
  );
  return (
    <div className={`graph-node tone-${n.tone ?? 'grey'}${n.flagged ? ' flagged' : ''}`} data-testid={`graph-node-${n.id}`} data-tone={n.tone ?? 'grey'}>
      <Handle type="target" position={handles.target} isConnectable={false} />
      {n.href ? <a href={n.href}>{body}</a> : body}
      <Handle type="source" position={handles.source} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { box: Box };

/**
 * A read-only graph (strategy map, pohon kinerja): laid out by elkjs, drawn by xyflow. `label`
 * names it for screen readers; the same content is listed in text on the screen.
 */
export default function GraphView({ nodes, edges, label, direction = 'DOWN', height = 480 }: { nodes: GraphNode[]; edges: GraphEdge[]; label: string; direction?: Direction; height?: number }) {
  const [drawn, setDrawn] = useState<{ nodes: Node<Data>[]; edges: Edge[] } | undefined>();
  useEffect(() => {
    let live = true;
    void layout(nodes, edges, direction).then((pos) => {
      if (!live) return;
      setDrawn({
        nodes: nodes.map((n) => ({
          id: n.id,
          type: 'box',
          position: pos.get(n.id) ?? { x: 0, y: 0 },
          data: { node: n, direction },
          draggable: false,
          connectable: false,
          style: { width: WIDTH, minHeight: heightOf(n) },
        })),
        edges: edges.map((e) => ({
          id: e.id,
          source: e.source,
          target: e.target,
          label: e.label,
          animated: false,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          style: e.dashed ? { strokeDasharray: '6 4' } : undefined,
        })),
      });
    });
    return () => {
      live = false;
    };
  }, [nodes, edges, direction]);
  return (
    <div className="graph" role="group" aria-label={label} style={{ height }} data-testid="graph">
      {drawn && (
        <ReactFlow
          nodes={drawn.nodes}
          edges={drawn.edges}
          nodeTypes={nodeTypes}
          fitView
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={0.2}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
    </div>
  );
}
