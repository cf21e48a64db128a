import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import GraphView, { type GraphNode } from './GraphView';

// xyflow measures its container and nodes: jsdom has no ResizeObserver, a no-op one is enough to render.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

const nodes: GraphNode[] = [
  { id: 'a', label: 'SS-01 Aset tertib' },
  { id: 'b', label: 'SS-02 Penatausahaan rapi' },
];

describe('GraphView', () => {
  it('with onConnect: each node has a source and a target handle, named in the given words and connectable', async () => {
    render(<GraphView nodes={nodes} edges={[]} label="Peta" direction="UP" onConnect={() => {}} handleLabel={(n, kind) => `${kind} ${n.label}`} />);
    const source = await waitFor(() => screen.getByTestId('graph-handle-source-b'));
    expect(source.getAttribute('aria-label')).toBe('source SS-02 Penatausahaan rapi');
    expect(source.getAttribute('title')).toBe('source SS-02 Penatausahaan rapi');
    expect(source.getAttribute('role')).toBe('img');
    expect(source.classList.contains('connectable')).toBe(true);
    expect(screen.getByTestId('graph-handle-target-a').getAttribute('aria-label')).toBe('target SS-01 Aset tertib');
    expect(screen.getByTestId('graph').classList.contains('connectable')).toBe(true);
  });

  it('a connection made by the user (here: click on a source handle, then on a target handle) calls onConnect(from, to)', async () => {
    const onConnect = vi.fn();
    render(<GraphView nodes={nodes} edges={[]} label="Peta" direction="UP" onConnect={onConnect} handleLabel={(n, kind) => `${kind} ${n.label}`} />);
    fireEvent.click(await waitFor(() => screen.getByTestId('graph-handle-source-b')));
    const target = screen.getByTestId('graph-handle-target-a');
    // xyflow finds the handle under the pointer; jsdom has no layout, so the pointer is "over" the target.
    document.elementFromPoint = () => target;
    fireEvent.click(target);
    expect(onConnect).toHaveBeenCalledWith('b', 'a');
  });

  it('without onConnect: read-only as before (handles neither connectable nor named)', async () => {
    const { container } = render(<GraphView nodes={nodes} edges={[]} label="Peta" handleLabel={(n) => n.label} />);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__handle')).toHaveLength(4));
    for (const h of container.querySelectorAll('.react-flow__handle')) {
      expect(h.classList.contains('connectable')).toBe(false);
      expect(h.getAttribute('aria-label')).toBeNull();
      expect(h.getAttribute('title')).toBeNull();
    }
    expect(screen.queryByTestId('graph-handle-source-a')).toBeNull();
    expect(screen.getByTestId('graph').classList.contains('connectable')).toBe(false);
  });
});
