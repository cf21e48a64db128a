import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../../api/session';
import { usePeriod } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { YearSelect } from '../../components/YearSelect';
import { LkjipPanel } from './LkjipPanel';
import { PublishPanel } from './PublishPanel';
import './reports.css';

/** Reports: the LKjIP of a scorecard (now or as it stood at an instant), and publishing a period's official scores. */
export default function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { session } = useSession();
  const { year } = usePeriod();
  return (
    <div className="reports">
      <ScreenHeader title={t('title')}>
        <YearSelect />
      </ScreenHeader>
      <LkjipPanel key={`lkjip-${year}`} year={year} />
      {hasRole(session, 'evaluator') ? <PublishPanel key={`publish-${year}`} year={year} /> : <p className="muted">{t('publish.evaluatorsOnly')}</p>}
    </div>
  );
}
