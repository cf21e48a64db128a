import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A period code as a person reads it: Triwulan I, Semester II, Maret, Tahunan. */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation('verification');
  return useCallback((period: string) => (/^M\d\d$/.test(period) ? t(`months.${period}`, { defaultValue: period }) : t(`common:periods.${period}`, { defaultValue: period })), [t]);
}
