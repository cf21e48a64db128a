import { describe, expect, it } from 'vitest';
import { inputKindOf, parseDecimalInput, valueToSend } from './valueInput';

describe('parseDecimalInput', () => {
  it.each([
    ['87,5', 'number', '87.5'],
    ['87.5', 'number', '87.5'],
    [' 3,90 ', 'duration', '3.90'],
    ['82,5%', 'percent', '82.5'],
    ['1.250.000', 'money', '1250000'],
    ['Rp 1.250.000', 'money', '1250000'],
    ['Rp1.250.000,50', 'money', '1250000.50'],
    ['1.250', 'money', '1250'],
    ['1.250', 'number', '1.250'],
    ['1.250.000', 'number', '1250000'],
    ['1.250,75', 'number', '1250.75'],
    ['231500000000', 'money', '231500000000'],
    ['1250000.50', 'money', '1250000.50'],
    [',5', 'number', '0.5'],
    ['-2,5', 'number', '-2.5'],
    ['-5', 'money', '-5'],
  ] as const)('%s (%s) is sent as %s', (raw, type, expected) => {
    expect(parseDecimalInput(raw, type)).toEqual({ ok: true, value: expected });
  });

  it.each([['abc'], ['12a'], ['1,2,3'], ['1.25.000'], ['1,250.5'], ['87,'], ['.'], ['--5'], ['Rp'], ['1 2 3x']])('refuses %s without sending it', (raw) => {
    expect(parseDecimalInput(raw, 'money')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseDecimalInput(raw, 'number').ok).toBe(false);
  });

  it('an empty input is "empty", not a number', () => {
    expect(parseDecimalInput('   ', 'number')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('the input by value type', () => {
  it.each([
    ['categorical', 'grade'],
    ['milestone_date', 'date'],
    ['money', 'decimal'],
    ['percent', 'decimal'],
  ] as const)('a %s value gets the %s input (grades a select, milestones a date, the rest a decimal text input)', (valueType, kind) => {
    expect(inputKindOf(valueType)).toBe(kind);
  });

  it('grades and dates are sent as chosen; decimals are parsed', () => {
    expect(valueToSend('WTP', 'categorical')).toEqual({ ok: true, value: 'WTP' });
    expect(valueToSend('', 'categorical')).toEqual({ ok: false, error: 'empty' });
    expect(valueToSend('2026-09-30', 'milestone_date')).toEqual({ ok: true, value: '2026-09-30' });
    expect(valueToSend('87,5', 'percent')).toEqual({ ok: true, value: '87.5' });
  });
});
