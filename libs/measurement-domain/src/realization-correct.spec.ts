import { fold } from '@capaian/ddd';
import { upcastRealizationRecorded, realizationDecider, type RealizationEvent } from './index.js';
import { eq } from './fixtures.test-helpers.js';
import { correct, corrected, errorOf, eventsOf, key, recorded, reject, rejected, spec, verified, verify } from './realization-fixtures.test-helpers.js';

describe('realization: correct', () => {
  it('given a value, a correction with a reason supersedes it (revision 2); both stay in the history', () => {
    spec.given([recorded]).when(correct).then([corrected], eq);
    expect(fold(realizationDecider, [recorded, corrected])).toMatchObject({ status: 'submitted', value: '81.5', valueRevision: 2 });
  });

  it('requires a reason of at least 5 characters', () => {
    for (const reason of ['', '    ', 'typo', undefined as unknown as string]) {
      expect(errorOf([recorded], { ...correct, reason })).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason', kind: 'unprocessable' });
    }
  });

  it('nothing recorded yet -> 404 REALIZATION_NOT_FOUND', () => {
    expect(errorOf([], correct)).toMatchObject({ code: 'REALIZATION_NOT_FOUND', kind: 'not_found', field: 'period' });
  });

  it('checks the value, KPI ownership and period like a record', () => {
    expect(errorOf([recorded], { ...correct, value: 'x' })).toMatchObject({ code: 'INVALID_VALUE' });
    expect(errorOf([recorded], { ...correct, unitId: 'opd-dinkes' })).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden' });
    expect(errorOf([recorded], { ...correct, kpi: undefined })).toMatchObject({ code: 'KPI_UNKNOWN', kind: 'not_found' });
    expect(errorOf([recorded], { ...correct, period: 'M03' })).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN' });
  });

  it('keeps evidence and note when omitted; replaces them when given', () => {
    const withEvidence: RealizationEvent = { ...recorded, data: { ...recorded.data, evidence: [{ url: 'https://bukti.example/a', label: null }], note: 'catatan' } } as RealizationEvent;
    expect(eventsOf([withEvidence], correct)[0]!.data).toMatchObject({ evidence: [{ url: 'https://bukti.example/a', label: null }], note: 'catatan' });
    expect(eventsOf([withEvidence], { ...correct, evidence: [], note: null })[0]!.data).toMatchObject({ evidence: [], note: null });
  });

  it('identical value (numerically: 80.250 = 80.25), evidence and note -> 422 CORRECTION_UNCHANGED, nothing stored', () => {
    expect(errorOf([recorded], { ...correct, value: '80.250' })).toMatchObject({ code: 'CORRECTION_UNCHANGED', field: 'value', kind: 'unprocessable' });
    expect(errorOf([recorded, verified], { ...correct, value: '80.25' })).toMatchObject({ code: 'CORRECTION_UNCHANGED' });
    // same value, new evidence: a real correction
    expect(eventsOf([recorded], { ...correct, value: '80.25', evidence: [{ url: 'https://bukti.example/b' }] })[0]!.data).toMatchObject({ value: '80.25', valueRevision: 2 });
  });

  it('a correction of a verified value puts it back to submitted', () => {
    const events = eventsOf([recorded, verified], correct);
    expect(events[0]!.data).toMatchObject({ previousStatus: 'verified', valueRevision: 2 });
    expect(fold(realizationDecider, [recorded, verified, ...events])).toMatchObject({ status: 'submitted' });
  });

  it('after a rejection a correction resubmits (even with the same value, the reason explaining it), and can then be verified', () => {
    const events = eventsOf([recorded, rejected], { ...correct, value: '80.25', reason: 'Angka sudah benar, bukti dilampirkan ulang' });
    expect(events[0]!.data).toMatchObject({ previousStatus: 'rejected', value: '80.25', valueRevision: 2 });
    expect(fold(realizationDecider, [recorded, rejected, ...events])).toMatchObject({ status: 'submitted' });
    expect(eventsOf([recorded, rejected, ...events], verify)[0]!.data).toMatchObject({ verifiedValueRevision: 2 });
  });

  it('locked period: the correction is accepted, flagged afterLock, and still needs its reason', () => {
    expect(eventsOf([recorded], { ...correct, locked: true })[0]!.data).toMatchObject({ afterLock: true, reason: 'Salah ketik pada rekap survei' });
    expect(errorOf([recorded], { ...correct, locked: true, reason: '' })).toMatchObject({ code: 'REASON_REQUIRED' });
  });

  it('a correction after the deadline is marked late', () => {
    expect(eventsOf([recorded], { ...correct, now: '2026-05-01T00:00:00Z' })[0]!.data).toMatchObject({ late: true });
  });

  it('a v1 realization-recorded, upcast as the store reads it, is revision 1 without evidence, submitted when stored', () => {
    const data = upcastRealizationRecorded({ ...key, value: '80.25', note: null }, '2026-04-01T00:00:00.000Z');
    expect(data).toMatchObject({ valueType: 'number', valueRevision: 1, evidence: [], submittedAt: '2026-04-01T00:00:00.000Z', deadline: '', late: false, afterLock: false });
    const v1: RealizationEvent = { type: 'realization-recorded', data };
    expect(eventsOf([v1], correct)[0]!.data).toMatchObject({ valueRevision: 2, supersedesRevision: 1, previousValue: '80.25', evidence: [] });
  });
});

describe('realization: verify and reject', () => {
  it('given a submitted value, an evaluator verifies it: realization-verified naming the value revision', () => {
    spec.given([recorded]).when(verify).then([verified], eq);
    expect(fold(realizationDecider, [recorded, verified])).toMatchObject({ status: 'verified' });
    expect(eventsOf([recorded, corrected], { ...verify, note: 'Sesuai bukti' })).toEqual([
      { type: 'realization-verified', data: { ...key, verifiedValueRevision: 2, value: '81.5', evaluatorNote: 'Sesuai bukti' } },
    ]);
  });

  it('given a submitted value, an evaluator rejects it with a reason', () => {
    spec.given([recorded]).when(reject).then([rejected], eq);
    expect(fold(realizationDecider, [recorded, rejected])).toMatchObject({ status: 'rejected' });
    expect(errorOf([recorded], { ...reject, reason: 'no' })).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });

  it('verifying or rejecting a value that is not submitted -> 409 REALIZATION_NOT_SUBMITTED', () => {
    for (const history of [
      [recorded, verified],
      [recorded, rejected],
    ]) {
      expect(errorOf(history, verify)).toMatchObject({ code: 'REALIZATION_NOT_SUBMITTED', kind: 'conflict', field: 'status' });
      expect(errorOf(history, reject)).toMatchObject({ code: 'REALIZATION_NOT_SUBMITTED', kind: 'conflict' });
    }
  });

  it('nothing recorded -> 404; a superseded value revision -> 409 STALE_VALUE_REVISION', () => {
    expect(errorOf([], verify)).toMatchObject({ code: 'REALIZATION_NOT_FOUND', kind: 'not_found' });
    expect(errorOf([], reject)).toMatchObject({ code: 'REALIZATION_NOT_FOUND' });
    expect(errorOf([recorded, corrected], { ...verify, valueRevision: 1 })).toMatchObject({ code: 'STALE_VALUE_REVISION', kind: 'conflict', field: 'valueRevision' });
    expect(errorOf([recorded, corrected], { ...reject, valueRevision: 1 })).toMatchObject({ code: 'STALE_VALUE_REVISION' });
    expect(eventsOf([recorded, corrected], { ...verify, valueRevision: 2 })[0]!.data).toMatchObject({ verifiedValueRevision: 2 });
  });
});
