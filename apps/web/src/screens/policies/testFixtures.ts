import type { ScoringPolicy } from './types';

/** Tests' fixtures of the policies screen. */
/** The built-in default as GET /policies/:year gives it. */
export const DEFAULT_POLICY: ScoringPolicy = {
  policyId: 'permendagri-86-2017',
  version: 0,
  description: 'Default: capaian R/T (lower is better T/R), cap 120, floor 0, Permendagri 86/2017 rating bands',
  achievement: {
    lowerIsBetter: 'ratio',
    cap: '120',
    floor: '0',
    range: { falloff: 'linear', widthPercent: '100' },
    milestone: { latePenaltyPerDay: '1', minimum: '0' },
    categorical: { percents: { WTP: '100', WDP: '75', TW: '25', TMP: '0' }, relativeToTarget: false },
  },
  rollup: { perspectiveMode: 'objectives', cascade: { mode: 'none', childWeight: '0' } },
  bands: [
    { code: 'sangat_rendah', label: { id: 'Sangat Rendah', en: 'Very low' }, min: null, minInclusive: false, max: '50', maxInclusive: true },
    { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: '50', minInclusive: false, max: '65', maxInclusive: true },
    { code: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: '65', minInclusive: false, max: '75', maxInclusive: true },
    { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: '75', minInclusive: false, max: '90', maxInclusive: true },
    { code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: '90', minInclusive: false, max: null, maxInclusive: false },
  ],
  trafficLight: { defaultGreen: '100', defaultYellow: '75' },
  display: { decimals: 2 },
};
