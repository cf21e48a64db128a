import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatDecimal, formatPercent, formatRupiah, labelOf } from '../../format';
import { reasonNotes, type InitiativeRow } from './vfmModel';
import type { VfmLine } from './types';

/** Lines of value for money: budget and absorption (economy), efficiency ratio, effectiveness, and what is flagged or missing, in words. */
export function VfmTable({ rows, caption, testId }: { rows: readonly InitiativeRow[]; caption: string; testId: string }) {
  const { t } = useTranslation('vfm');
  const num = (label: string) => ({ label, className: 'num' });
  return (
    <DataTable
      testId={testId}
      caption={<caption>{caption}</caption>}
      columns={[
        t('col.line'),
        t('col.level'),
        num(t('col.ceiling')),
        num(t('col.realized')),
        num(t('col.absorption')),
        num(t('col.savings')),
        num(t('col.efficiency')),
        num(t('col.effectiveness')),
        t('col.notes'),
      ]}
    >
      {rows.map(({ line, depth }) => (
        <VfmRow key={line.id} line={line} depth={depth} />
      ))}
    </DataTable>
  );
}

function VfmRow({ line, depth }: { line: VfmLine; depth: number }) {
  const { t, i18n } = useTranslation('vfm');
  const lang = i18n.language;
  const { economy, efficiency, effectiveness } = line;
  const notes = reasonNotes(line);
  const flagged = line.flags.length > 0;
  return (
    <tr data-id={line.id} data-flagged={flagged || undefined} className={flagged ? 'vfm-flagged' : undefined}>
      <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
        {line.code && <span className="vfm-code">{line.code}</span>} {line.name}
      </th>
      <td>{line.level ? t(`levels.${line.level}`) : t('levels.unit')}</td>
      <td className="num" data-cell="ceiling">
        {formatRupiah(economy.ceiling, lang)}
      </td>
      <td className="num" data-cell="realized">
        {formatRupiah(economy.realized, lang)}
      </td>
      <td className="num" data-cell="absorption">
        {formatPercent(economy.absorption, lang)}
      </td>
      <td className="num" data-cell="savings">
        {economy.overCeiling ? t('excess', { amount: formatRupiah(economy.excess, lang) }) : formatRupiah(economy.savings, lang)}
      </td>
      <td className="num" data-cell="efficiency">
        {formatDecimal(efficiency.ratio, lang, 2)}
      </td>
      <td className="num" data-cell="effectiveness">
        {formatPercent(effectiveness.percent, lang)}
        {effectiveness.measurable && <span className="vfm-kpis">{t('kpisUsed', { count: effectiveness.used.length })}</span>}
      </td>
      <td data-cell="notes">
        {flagged && (
          <ul className="vfm-flags">
            {line.flags.map((f) => (
              <li key={f.code} data-flag={f.code}>
                <strong>{t(`flags.codes.${f.code}`)}</strong>: {labelOf(f.message, lang)}
              </li>
            ))}
          </ul>
        )}
        {notes.length > 0 && (
          <ul className="vfm-reasons">
            {notes.map((n) => (
              <li key={n.reason} data-reason={n.reason}>
                {t('reasonOf', { dimensions: n.dimensions.map((d) => t(`dimensions.${d}`)).join(', '), reason: t(`reasons.${n.reason}`, { defaultValue: n.reason }) })}
              </li>
            ))}
          </ul>
        )}
        {!flagged && notes.length === 0 && <span className="muted">{t('flags.noneLine')}</span>}
      </td>
    </tr>
  );
}
