import { DECIMAL_PATTERN } from '@capaian/contracts';
import { DEMO_KPIS } from './demo-data.js';

describe('embedded demo data', () => {
  it('has unique KPI ids and codes, and decimal targets and realizations', () => {
    expect(new Set(DEMO_KPIS.map((k) => k.kpiId)).size).toBe(DEMO_KPIS.length);
    expect(new Set(DEMO_KPIS.map((k) => k.code)).size).toBe(DEMO_KPIS.length);
    for (const k of DEMO_KPIS) {
      expect(k.yearlyTarget).toMatch(DECIMAL_PATTERN);
      expect(k.realization).toMatch(DECIMAL_PATTERN);
    }
  });
});
