import { describe, expect, it } from 'vitest';
import { localize, messagesFor, otherMessages, toProblem } from './errors';

const validation = {
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: ['value must be a decimal number, a grade or a date written as text', 'year must be an integer number'],
  details: [
    { field: 'value', errors: ['value must be a decimal number, a grade or a date written as text'] },
    { field: 'evidence.0.url', errors: ['url must be a URL address'] },
  ],
  correlationId: 'c-1',
};

describe('API problems', () => {
  it('lists the messages per field of a validation answer', () => {
    const p = toProblem(400, validation);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(messagesFor(p, 'value')).toEqual(['value must be a decimal number, a grade or a date written as text']);
    expect(messagesFor(p, 'evidence')).toEqual(['url must be a URL address']);
    expect(messagesFor(p, 'note')).toEqual([]);
    expect(otherMessages(p, ['value'])).toEqual(['evidence.0.url: url must be a URL address']);
    expect(p.correlationId).toBe('c-1');
  });

  it('puts a domain error on the field it names', () => {
    const p = toProblem(403, { code: 'KPI_NOT_OWNED', field: 'kpiId', message: 'IKU x bukan milik unit y / KPI is owned by another unit' });
    expect(messagesFor(p, 'kpiId')).toHaveLength(1);
    expect(localize(messagesFor(p, 'kpiId')[0]!, 'id')).toBe('IKU x bukan milik unit y');
    expect(localize(messagesFor(p, 'kpiId')[0]!, 'en')).toBe('KPI is owned by another unit');
  });

  it('translates validation sentences into Indonesian and keeps unknown ones', () => {
    expect(localize('year must not be greater than 2100', 'id')).toBe('year tidak boleh lebih dari 2100');
    expect(localize('reason should not be empty', 'id')).toBe('reason wajib diisi');
    expect(localize('something new', 'id')).toBe('something new');
    expect(localize('year must not be greater than 2100', 'en')).toBe('year must not be greater than 2100');
  });

  it('survives answers that are not problem bodies', () => {
    expect(toProblem(502, '<html>bad gateway</html>')).toMatchObject({ status: 502, code: 'HTTP_502', fields: [] });
    expect(toProblem(500, undefined).message).toBe('HTTP 500');
    expect(otherMessages(toProblem(409, { code: 'X', message: 'sudah ada / exists' }), [])).toEqual(['sudah ada / exists']);
  });
});
