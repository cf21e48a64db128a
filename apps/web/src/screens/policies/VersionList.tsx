import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../format';
import type { VersionEntry } from './types';

/** Every version of the document, the default first: number, when, who, why; the default and the one in force marked in words. */
export function VersionList({ versions, viewing, onView, testId }: { versions: readonly VersionEntry[]; viewing: number | undefined; onView(version: number): void; testId: string }) {
  const { t, i18n } = useTranslation('policies');
  const inForce = versions[versions.length - 1]?.version;
  return (
    <DataTable
      testId={testId}
      columns={[{ label: t('versions.number'), className: 'num' }, t('versions.when'), t('versions.who'), t('versions.reason'), t('versions.status'), { label: t('versions.view'), hidden: true }]}
    >
      {versions.map((v, i) => (
        <tr key={v.version} data-version={v.version} aria-current={v.version === viewing ? 'true' : undefined}>
          <th scope="row" className="num">
            {v.version}
          </th>
          <td>{v.recordedAt ? formatDateTime(v.recordedAt, i18n.language) : '—'}</td>
          <td>{v.actor ?? t('versions.builtIn')}</td>
          <td>{v.reason ?? t('versions.defaultReason', { id: v.policyId })}</td>
          <td>{[i === 0 && v.recordedAt === null ? t('versions.isDefault') : '', v.version === inForce ? t('versions.inForce') : ''].filter(Boolean).join(' · ')}</td>
          <td>
            <button type="button" className="secondary" onClick={() => onView(v.version)} aria-label={t('versions.viewLabel', { version: v.version })}>
              {t('versions.view')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
