import type { Decider } from '@capaian/ddd';
import type { Reminder } from './missing.js';

/**
 * The reminders issued to a unit for a year, on one stream per unit and year: a `reminder-issued`
 * event per reminder key. Issuing the due reminders again issues only those whose key the stream
 * does not hold yet, so running the issuer any number of times issues each reminder once.
 */
export const REMINDER_EVENT_TYPE = 'reminder-issued';
export const REMINDER_EVENT_SCHEMA_VERSION: Readonly<Record<string, number>> = { [REMINDER_EVENT_TYPE]: 1 };

export interface IssueReminders {
  type: 'issue-reminders';
  due: readonly Reminder[];
}
export interface ReminderIssued {
  type: typeof REMINDER_EVENT_TYPE;
  data: Reminder;
}
export interface ReminderLog {
  issued: ReadonlySet<string>;
}

export const reminderLogDecider: Decider<IssueReminders, ReminderIssued, ReminderLog> = {
  initialState: () => ({ issued: new Set() }),
  evolve: (state, event) => ({ issued: new Set([...state.issued, event.data.reminderKey]) }),
  decide(command, state) {
    const fresh = new Map<string, Reminder>();
    for (const r of command.due) if (!state.issued.has(r.reminderKey) && !fresh.has(r.reminderKey)) fresh.set(r.reminderKey, r);
    return [...fresh.values()].map((r) => ({ type: REMINDER_EVENT_TYPE, data: r }));
  },
};

export function reminderStreamId(tenantId: string, unitId: string, year: number): string {
  return `reminder-${tenantId}.${unitId}.${year}`;
}
