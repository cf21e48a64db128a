import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './Tabs';

function Harness() {
  const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs<'a' | 'b' | 'c'>
      tabs={[
        { key: 'a', label: 'Satu' },
        { key: 'b', label: 'Dua' },
        { key: 'c', label: 'Tiga' },
      ]}
      selected={tab}
      onSelect={setTab}
      label="Tampilan"
      idPrefix="t"
    >
      <p>isi {tab}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  afterEach(cleanup);

  it('selects with the arrow keys, Home and End, moving focus, with only the selected tab in the Tab order', () => {
    render(<Harness />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(tab('Satu').getAttribute('aria-selected')).toBe('true');
    expect(tab('Dua').tabIndex).toBe(-1);
    fireEvent.keyDown(tab('Satu'), { key: 'ArrowRight' });
    expect(tab('Dua').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Dua'));
    expect(screen.getByRole('tabpanel').textContent).toBe('isi b');
    fireEvent.keyDown(tab('Dua'), { key: 'End' });
    expect(tab('Tiga').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Tiga'), { key: 'ArrowRight' });
    expect(tab('Satu').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Satu'), { key: 'ArrowLeft' });
    expect(tab('Tiga').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Tiga'), { key: 'Home' });
    expect(tab('Satu').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('Satu').id);
  });
});
