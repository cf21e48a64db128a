import type { ReactNode } from 'react';

/** A column header: its text, or the text with the class of its cells ("num") or read by screen readers only. */
export type Column = string | { label: ReactNode; className?: string; hidden?: boolean };

/** The columns of a KPI's figures, in order: target, realization and achievement (numbers), then its light. */
export const FIGURES = ['target', 'realization', 'achievement', 'light'] as const;

/** The header of each column of a KPI's figures, `label` giving its text. */
export function figureColumns(label: (figure: (typeof FIGURES)[number]) => string): Column[] {
  return FIGURES.map((figure) => (figure === 'light' ? label(figure) : { label: label(figure), className: 'num' }));
}

/**
 * The console's table: scrollable wrapper, optional caption and column group, one header row of
 * column headers, and the caller's rows as the body.
 */
export function DataTable({
  columns,
  children,
  testId,
  className,
  wrapClassName,
  caption,
  colgroup,
  foot,
}: {
  columns: readonly Column[];
  children: ReactNode;
  testId?: string;
  className?: string;
  /** More classes of the scrollable wrapper. */
  wrapClassName?: string;
  /** A `<caption>` element. */
  caption?: ReactNode;
  /** A `<colgroup>` element. */
  colgroup?: ReactNode;
  /** A `<tfoot>` element, after the body. */
  foot?: ReactNode;
}) {
  return (
    <div className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'}>
      <table className={className} data-testid={testId}>
        {caption}
        {colgroup}
        <thead>
          <tr>
            {columns.map((c, i) => {
              const { label, className: cellClass, hidden } = typeof c === 'string' ? { label: c, className: undefined, hidden: false } : c;
              return (
                <th key={i} scope="col" className={cellClass}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot}
      </table>
    </div>
  );
}
