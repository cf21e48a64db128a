import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { DomainError } from '@capaian/ddd';
import type { EvidenceLinkInput } from '@capaian/measurement-domain';
import { toHttpError, type Principal, type WriteRequest } from '@capaian/platform';
import { PlanView } from '../plan-view/plan-view.js';
import { RealizationWriter, type RealizationWritten } from './realization-writer.js';

/** The answer to every write on a realization. */
export class RealizationWrittenResponse implements RealizationWritten {
  @ApiProperty() realizationId!: string;
  @ApiProperty({ example: 'realization-kab-contoh.dpmptsp-2026.iku-01.2026.Q1' }) streamId!: string;
  @ApiProperty({ description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position in measurement’s store' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ example: 'realization-recorded' }) eventType!: string;
  @ApiProperty({ enum: ['submitted', 'verified', 'rejected'] }) status!: string;
  @ApiProperty({ type: Number, nullable: true, description: '1 for the first value, +1 per correction' }) valueRevision!: number | null;
  @ApiProperty({ description: 'Submitted after the reporting deadline (accepted, flagged)' }) late!: boolean;
  @ApiProperty({ description: 'Submitted while the period was locked (accepted as a flagged correction)' }) afterLock!: boolean;
}

interface Key {
  kpiId: string;
  year: number;
  period: string;
}
export type RealizationChange =
  | (Key & { type: 'record'; value: string; note: string | null; evidence: EvidenceLinkInput[] })
  | (Key & { type: 'correct'; value: string; reason: string; note?: string | null; evidence?: EvidenceLinkInput[] })
  | (Key & { type: 'verify'; valueRevision?: number; note?: string | null })
  | (Key & { type: 'reject'; valueRevision?: number; reason: string });

export class ChangeRealizationCommand extends Command<RealizationWritten> {
  constructor(
    readonly user: Principal,
    readonly change: RealizationChange,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

/** The unit of the token's holder; a token with no unit is refused (DomainError 'forbidden': 403 NO_UNIT at the edge). */
export function unitOf(user: Principal): string {
  if (!user.unit) throw new DomainError('NO_UNIT', 'Token tidak memuat unit / the token carries no unit', undefined, 'forbidden');
  return user.unit;
}

/** unitOf where a controller needs the unit itself (a read, or checks before its command): the refusal as its HTTP error. */
export function unitAtEdge(user: Principal): string {
  try {
    return unitOf(user);
  } catch (e) {
    throw toHttpError(e);
  }
}

/** Turns an HTTP-level change into the domain command, with what measurement knows of the plan and the period. */
@CommandHandler(ChangeRealizationCommand)
export class ChangeRealizationHandler implements ICommandHandler<ChangeRealizationCommand, RealizationWritten> {
  constructor(
    private readonly writer: RealizationWriter,
    private readonly plan: PlanView,
  ) {}

  async execute({ user, change, request }: ChangeRealizationCommand): Promise<RealizationWritten> {
    const tenantId = user.tenant;
    const key = { tenantId, kpiId: change.kpiId, year: change.year, period: change.period };
    switch (change.type) {
      case 'record':
      case 'correct': {
        const unitId = unitOf(user);
        // One id per request, kept across retries; the rest is rebuilt per attempt, so a lock
        // committed meanwhile is seen on the retry (see RealizationWriter).
        const which =
          change.type === 'record'
            ? ({ type: 'record-realization', realizationId: crypto.randomUUID(), note: change.note, evidence: change.evidence } as const)
            : ({ type: 'correct-realization', correctionId: crypto.randomUUID(), reason: change.reason, note: change.note, evidence: change.evidence } as const);
        return this.writer.executeReporting((context) => ({ ...which, ...key, unitId, value: change.value, kpi: this.plan.get(tenantId, change.kpiId), ...context }), { ...key, unitId }, request);
      }
      case 'verify':
        return this.writer.execute({ type: 'verify-realization', ...key, valueRevision: change.valueRevision, note: change.note }, request);
      case 'reject':
        return this.writer.execute({ type: 'reject-realization', ...key, valueRevision: change.valueRevision, reason: change.reason }, request);
    }
  }
}
