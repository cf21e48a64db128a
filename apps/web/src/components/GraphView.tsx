import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Connection, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
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
/** A handle's end of a drawn link: `source` starts it (its node is the link's from), `target` ends it. */
export type HandleKind = 'source' | 'target';

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

/**
 * Node positions from elkjs' layered layout (never hand-computed). `connectable`: links are drawn
 * between handles, so unlinked nodes are kept as far apart as linked ones (their handles never touch).
 */
export async function layout(nodes: GraphNode[], edges: GraphEdge[], direction: Direction, connectable = false): Promise<Map<string, { x: number; y: number }>> {
  const known = new Set(nodes.map((n) => n.id));
  const apart: Record<string, string> = connectable ? { 'elk.spacing.componentComponent': '56' } : {};
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': direction, 'elk.spacing.nodeNode': '32', 'elk.layered.spacing.nodeNodeBetweenLayers': '56', ...apart },
    children: nodes.map((n) => ({ id: n.id, width: WIDTH, height: heightOf(n) })),
    edges: edges.filter((e) => known.has(e.source) && known.has(e.target)).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

type Data = { node: GraphNode; direction: Direction };

/** How the handles of a graph whose links can be drawn are named (tooltip and accessible name); absent when they cannot. */
const HandleLabel = createContext<((node: GraphNode, kind: HandleKind) => string) | undefined>(undefined);

function NodeHandle({ node, kind, position, connectable }: { node: GraphNode; kind: HandleKind; position: Position; connectable: boolean }) {
  const label = useContext(HandleLabel);
  const text = connectable && label ? label(node, kind) : undefined;
  // role="img": the handle is a drawn dot a pointer drags from; its name says so (the keyboard way is the screen's own form).
  const named = text === undefined ? {} : { role: 'img', 'aria-label': text, title: text };
  return <Handle type={kind} position={position} isConnectable={connectable} data-testid={connectable ? `graph-handle-${kind}-${node.id}` : undefined} {...named} />;
}

function Box({ data, isConnectable }: NodeProps<Node<Data>>) {
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
      <NodeHandle node={n} kind="target" position={handles.target} connectable={isConnectable} />
      {n.href ? <a href={n.href}>{body}</a> : body}
      <NodeHandle node={n} kind="source" position={handles.source} connectable={isConnectable} />
    </div>
  );
}

const nodeTypes = { box: Box };

export interface GraphProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Names the graph for screen readers. */
  label: string;
  direction?: Direction;
  height?: number;
  /**
   * Links can be drawn: each node gets a source and a target handle, and a link the user drags
   * from one node's source handle to another's target handle calls this (nothing is drawn until
   * `edges` has it). Without it the graph is read-only.
   */
  onConnect?(fromId: string, toId: string): void;
  /** The handles' tooltip and accessible name, in the screen's language (with onConnect). */
  handleLabel?(node: GraphNode, kind: HandleKind): string;
}

/**
 * A graph (strategy map, pohon kinerja): laid out by elkjs, drawn by xyflow; read-only unless
 * `onConnect` is given. The same content is listed in text on the screen.
 */
export default function GraphView({ nodes, edges, label, direction = 'DOWN', height = 480, onConnect, handleLabel }: GraphProps) {
  const [drawn, setDrawn] = useState<{ nodes: Node<Data>[]; edges: Edge[] } | undefined>();
  const connectable = onConnect !== undefined;
  const connected = useCallback(
    (c: Connection) => {
      if (c.source && c.target) onConnect?.(c.source, c.target);
    },
    [onConnect],
  );
  useEffect(() => {
    let live = true;
    void layout(nodes, edges, direction, connectable).then((pos) => {
      if (!live) return;
      setDrawn({
        nodes: nodes.map((n) => ({
          id: n.id,
          type: 'box',
          position: pos.get(n.id) ?? { x: 0, y: 0 },
          data: { node: n, direction },
          draggable: false,
          connectable,
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
  }, [nodes, edges, direction, connectable]);
  return (
    <div className={connectable ? 'graph connectable' : 'graph'} role="group" aria-label={label} style={{ height }} data-testid="graph">
      {drawn && (
        <HandleLabel.Provider value={handleLabel}>
          <ReactFlow
            nodes={drawn.nodes}
            edges={drawn.edges}
            nodeTypes={nodeTypes}
            fitView
            fitViewOptions={{ maxZoom: 1 }}
            nodesDraggable={false}
            nodesConnectable={connectable}
            onConnect={connectable ? connected : undefined}
            elementsSelectable={false}
            proOptions={{ hideAttribution: true }}
            minZoom={0.2}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        </HandleLabel.Provider>
      )}
    </div>
  );
}
