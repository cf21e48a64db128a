import { deciderSpec } from './fixtures.test-helpers.js';
import type { Reminder } from './missing.js';
import { reminderLogDecider, reminderStreamId, type ReminderIssued } from './reminder-log.js';

const reminder = (period: 'Q1' | 'Q2', stage: 'due' | 'overdue'): Reminder =>
  ({
    reminderKey: `kab.dpmptsp.kpi-1.2026.${period}.${stage}`,
    tenantId: 'kab',
    unitId: 'dpmptsp',
    kpiId: 'kpi-1',
    code: 'IKU-01',
    name: 'Indeks kepuasan',
    year: 2026,
    period,
    stage,
  }) as unknown as Reminder;
const issued = (r: Reminder): ReminderIssued => ({ type: 'reminder-issued', data: r });
const same = (a: unknown, e: unknown) => expect(a).toEqual(e);

describe('reminder log decider', () => {
  const { spec } = deciderSpec(reminderLogDecider);

  it('given nothing issued, when two reminders are due, then both are issued', () => {
    spec
      .given([])
      .when({ type: 'issue-reminders', due: [reminder('Q1', 'due'), reminder('Q2', 'due')] })
      .then([issued(reminder('Q1', 'due')), issued(reminder('Q2', 'due'))], same);
  });

  it('given a reminder issued, when it is due again with a new one, then only the new one is issued', () => {
    spec
      .given([issued(reminder('Q1', 'due'))])
      .when({ type: 'issue-reminders', due: [reminder('Q1', 'due'), reminder('Q1', 'overdue')] })
      .then([issued(reminder('Q1', 'overdue'))], same);
  });

  it('given every due reminder issued, when the issuer runs again, then nothing is issued', () => {
    spec
      .given([issued(reminder('Q1', 'due'))])
      .when({ type: 'issue-reminders', due: [reminder('Q1', 'due')] })
      .then([], same);
  });

  it('when the same key is due twice in one run, then it is issued once', () => {
    spec
      .given([])
      .when({ type: 'issue-reminders', due: [reminder('Q2', 'due'), reminder('Q2', 'due')] })
      .then([issued(reminder('Q2', 'due'))], same);
  });

  it('names one stream per unit and year', () => {
    expect(reminderStreamId('kab', 'dpmptsp', 2026)).toBe('reminder-kab.dpmptsp.2026');
  });
});
