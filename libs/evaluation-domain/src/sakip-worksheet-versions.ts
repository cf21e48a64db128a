import { DomainError, type Decider } from '@capaian/ddd';
import { DEFAULT_LKE_WORKSHEET, validateWorksheet, type LkeWorksheet } from './sakip/index.js';

/**
 * The LKE worksheet a tenant evaluates with is versioned data on its own stream: each change is an
 * `lke-worksheet-set` event with the next version and a reason. An evaluation keeps the worksheet it
 * was started with, so earlier evaluations are unaffected. Without any event: PermenPANRB 88/2021.
 */
export const LKE_WORKSHEET_EVENT_TYPES = { set: 'lke-worksheet-set' } as const;
export const LKE_WORKSHEET_EVENT_SCHEMA_VERSION: Record<string, number> = { [LKE_WORKSHEET_EVENT_TYPES.set]: 1 };

export interface SetLkeWorksheet {
  type: 'set-lke-worksheet';
  tenantId: string;
  worksheet: Omit<LkeWorksheet, 'version'> & { version?: number };
  reason: string;
}
export interface LkeWorksheetSet {
  type: 'lke-worksheet-set';
  data: { tenantId: string; version: number; worksheet: LkeWorksheet; reason: string };
}
export interface LkeWorksheetVersions {
  versions: LkeWorksheet[];
}

export const lkeWorksheetDecider: Decider<SetLkeWorksheet, LkeWorksheetSet, LkeWorksheetVersions> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, event.data.worksheet] }),
  decide(command, state) {
    if (command.reason.trim().length < 5) throw new DomainError('REASON_REQUIRED', 'Alasan perubahan lembar kerja wajib diisi (minimal 5 karakter) / a worksheet change needs a reason', 'reason');
    // Versions continue after the default's (1), so a tenant's first own worksheet is version 2.
    const version = Math.max(DEFAULT_LKE_WORKSHEET.version, ...state.versions.map((w) => w.version)) + 1;
    const worksheet = { ...command.worksheet, version } as LkeWorksheet;
    const problems = validateWorksheet(worksheet);
    if (problems.length > 0) {
      const field = (p: string) => `worksheet.${p.split(':')[0]}`;
      throw new DomainError('INVALID_WORKSHEET', `Lembar kerja tidak sah: ${problems.join('; ')} / invalid worksheet`, field(problems[0]!), 'unprocessable', problems.map((p) => ({ field: field(p), errors: [p.slice(p.indexOf(':') + 1).trim()] })));
    }
    return [{ type: 'lke-worksheet-set', data: { tenantId: command.tenantId, version, worksheet, reason: command.reason } }];
  },
};

export function lkeWorksheetStreamId(tenantId: string): string {
  return `lke-worksheet-${tenantId}`;
}

/** The worksheet in force: the tenant's latest version, or the default. */
export function lkeWorksheetOf(state: LkeWorksheetVersions): LkeWorksheet {
  return state.versions[state.versions.length - 1] ?? DEFAULT_LKE_WORKSHEET;
}
