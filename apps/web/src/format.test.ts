import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatRupiah, formatScore, formatValue, labelOf } from './format';

describe('display formatting', () => {
  it('rounds an exact API decimal to 2 places with the Indonesian decimal comma', () => {
    expect(formatScore('100.1267552182163187855787476280835', 'id')).toBe('100,13');
    expect(formatScore('87.5', 'en')).toBe('87.50');
    expect(formatScore(null, 'id')).toBe('—');
  });

  it('formats Rupiah and thousands the Indonesian way', () => {
    expect(formatRupiah('231500000000', 'id').replace(/\s/g, ' ')).toBe('Rp 231.500.000.000');
    expect(formatDecimal('1234.5', 'id')).toBe('1.234,5');
  });

  it('formats values by their KPI type', () => {
    expect(formatValue('92.456', 'percent', 'id')).toBe('92,46%');
    expect(formatValue('WTP', 'categorical', 'id')).toBe('WTP');
    expect(formatValue('2026-07-15', 'milestone_date', 'id')).toBe('15 Jul 2026');
    expect(formatValue('1250000', 'money', 'id').replace(/\s/g, ' ')).toBe('Rp 1.250.000');
    expect(formatValue('3.14159', 'duration', 'id')).toBe('3,1416');
  });

  it('shows dates in WIB', () => {
    expect(formatDate('2026-06-30T18:00:00Z', 'id')).toBe('1 Jul 2026');
  });

  it('picks the label in the user language', () => {
    expect(labelOf({ id: 'Sangat Tinggi', en: 'Very high' }, 'en')).toBe('Very high');
    expect(labelOf({ id: 'Sangat Tinggi', en: 'Very high' }, 'id')).toBe('Sangat Tinggi');
  });
});
