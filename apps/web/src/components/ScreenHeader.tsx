import type { ReactNode } from 'react';

/** The top of a screen: its one h1, an optional introduction, and the toolbar of what the screen shows (year, scorecard...). */
export function ScreenHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      <div className="toolbar">{children}</div>
    </>
  );
}
