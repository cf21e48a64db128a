import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../api/errors';
import { Graph } from '../../components/Graph';
import type { PohonKinerja } from './model';
import { DataTable } from '../../components/DataTable';

/** The pohon kinerja drawn as a tree, the same as an indented list, and its gaps explained. */
export function PohonKinerjaView({ tree }: { tree: PohonKinerja }) {
  const { t, i18n } = useTranslation('scorecard');
  return (
    <>
      <p>{t('tree.intro')}</p>
      <section aria-labelledby="tree-gaps" className={tree.gaps.length > 0 ? 'banner banner-warn' : 'banner banner-ok'} data-testid="tree-gaps">
        <h2 id="tree-gaps">{t('tree.gaps')}</h2>
        {tree.gaps.length === 0 ? (
          <p>{t('tree.noGaps')}</p>
        ) : (
          <>
            <p>{t('tree.gapCount', { count: tree.gaps.length })}</p>
            <DataTable columns={[t('tree.gapColumns.item'), t('tree.gapColumns.problem'), t('tree.gapColumns.detail')]}>
              {tree.gaps.map(({ gap, item }) => (
                <tr key={`${gap.type}-${gap.itemId}`} data-testid="tree-gap" data-gap={gap.type}>
                  <th scope="row">{item}</th>
                  <td>{t(`tree.gapTypes.${gap.type}`, { defaultValue: gap.type })}</td>
                  <td>{localize(gap.message, i18n.language)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      <Graph nodes={tree.nodes} edges={tree.edges} label={t('tree.graph')} direction="DOWN" height={420} />
      <section aria-labelledby="tree-list">
        <h2 id="tree-list">{t('tree.list')}</h2>
        <ul className="tree-list" data-testid="tree-list">
          {tree.items.map((item) => (
            <li key={`${item.kind}-${item.id}`} style={{ paddingLeft: `${item.depth * 1.25}rem` }} className={item.gaps.length > 0 ? 'has-gap' : undefined}>
              <span className="muted">{item.detail}: </span>
              {item.kind === 'kpi' ? <Link to={`/kpis/${encodeURIComponent(item.id)}`}>{item.label}</Link> : item.label}
              {item.gaps.map((g) => (
                <span key={g.type} className="gap-flag">
                  {' '}
                  ⚠ {t(`tree.gapTypes.${g.type}`, { defaultValue: g.type })}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
