import { useTranslation } from 'react-i18next';
import { ProblemBanner } from '../../components/Problem';
import { useUnits } from './catalog';
import { PeriodLockPanel } from './PeriodLockPanel';
import { VerificationQueue } from './VerificationQueue';
import './verification.css';

/** The evaluator's desk: the queue of submitted realizations, and period locks. */
export default function VerificationScreen() {
  const { t } = useTranslation('verification');
  const units = useUnits();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ProblemBanner problem={units.loaded.problem} onReload={units.loaded.reload} />
      <VerificationQueue units={units} />
      <PeriodLockPanel units={units} />
    </>
  );
}
