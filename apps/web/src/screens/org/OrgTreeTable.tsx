import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { TreeRow } from './model';

export interface OrgTreeTableProps {
  rows: readonly TreeRow[];
  selected: string | undefined;
  nameOf(unitId: string): string;
  onPick(unitId: string): void;
}

/** The tree as an indented table: each unit with its code, kind, status and number of sub-units; a unit's name picks it. */
export function OrgTreeTable({ rows, selected, nameOf, onPick }: OrgTreeTableProps) {
  const { t } = useTranslation('org');
  return (
    <DataTable columns={[t('tree.unit'), t('tree.code'), t('tree.kind'), t('tree.status'), { label: t('tree.subUnits'), className: 'num' }]} testId="org-tree" className="org-tree">
      {rows.map((r) => (
        <tr key={r.unitId} data-unit={r.unitId} data-status={r.status} aria-current={r.unitId === selected || undefined} className={r.unitId === selected ? 'org-selected' : undefined}>
          <th scope="row" style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}>
            <button type="button" className="org-pick" aria-pressed={r.unitId === selected} onClick={() => onPick(r.unitId)}>
              {r.name}
            </button>
            <span className="visually-hidden">, {t('tree.level', { level: r.depth + 1 })}</span>
          </th>
          <td className="org-code">{r.unitId}</td>
          <td>{t(`dashboard:kinds.${r.kind}`)}</td>
          <td>{r.status === 'merged' && r.mergedInto ? t('status.mergedInto', { target: nameOf(r.mergedInto) }) : t(`status.${r.status}`)}</td>
          <td className="num">{r.childCount}</td>
        </tr>
      ))}
    </DataTable>
  );
}
