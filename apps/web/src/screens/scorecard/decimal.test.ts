import { describe, expect, it } from 'vitest';
import { bandFor, byScoreDesc, compareDecimal } from './decimal';
import type { Band } from './types';

const band = (code: string, min: string | null, minInclusive: boolean, max: string | null, maxInclusive: boolean): Band => ({
  code,
  label: { id: code, en: code },
  min,
  minInclusive,
  max,
  maxInclusive,
});
const BANDS = [band('rendah', null, false, '65', true), band('sedang', '65', false, '75', true), band('tinggi', '75', false, null, false)];

describe('compareDecimal', () => {
  it('orders decimals exactly, beyond what a float can tell apart', () => {
    expect(compareDecimal('90.05568965872063110958669181958498', '90.05568965872063110958669181958499')).toBeLessThan(0);
    expect(Number('90.05568965872063110958669181958498')).toBe(Number('90.05568965872063110958669181958499'));
    expect(compareDecimal('100', '99.999')).toBeGreaterThan(0);
    expect(compareDecimal('72.50', '72.5')).toBe(0);
    expect(compareDecimal('-1.5', '1')).toBeLessThan(0);
    expect(compareDecimal('-2', '-1.5')).toBeLessThan(0);
    expect(compareDecimal('0', '-0.0')).toBe(0);
  });

  it('sorts highest first with missing scores last', () => {
    const items = [{ s: '72.5' }, { s: null }, { s: '90.1' }, { s: '67.57' }];
    expect(items.sort(byScoreDesc((i) => i.s)).map((i) => i.s)).toEqual(['90.1', '72.5', '67.57', null]);
  });
});

describe('bandFor', () => {
  it('puts a score in the band whose bounds hold it, honouring inclusive and exclusive ends', () => {
    expect(bandFor('65', BANDS)?.code).toBe('rendah');
    expect(bandFor('65.0000000000000000001', BANDS)?.code).toBe('sedang');
    expect(bandFor('75', BANDS)?.code).toBe('sedang');
    expect(bandFor('120', BANDS)?.code).toBe('tinggi');
    expect(bandFor('-3', BANDS)?.code).toBe('rendah');
  });

  it('has no band without a score', () => {
    expect(bandFor(null, BANDS)).toBeNull();
  });
});
