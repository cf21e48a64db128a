import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BUDGET_REALIZATION_EVENT_SCHEMA_VERSION, budgetRealizationDecider, budgetRealizationStreamId, type BudgetRealizationCommand } from '@capaian/measurement-domain';
import { StreamWriter, type Principal, type StreamWritten, type WriteRequest } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { unitOf } from '../../realizations/change-realization.js';
import { evidenceOf } from '../../realizations/record-realization/record-realization.dto.js';
import { RealizationWriter } from '../../realizations/realization-writer.js';
import type { BudgetRealizationDto } from './record-budget-realization.dto.js';

/** Records (or, with correctionReason, corrects) the Rupiah a unit spent on an initiative in a period. */
export class RecordBudgetRealizationCommand extends Command<StreamWritten> {
  constructor(
    readonly user: Principal,
    readonly input: BudgetRealizationDto,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(RecordBudgetRealizationCommand)
export class RecordBudgetRealizationHandler implements ICommandHandler<RecordBudgetRealizationCommand, StreamWritten> {
  constructor(
    private readonly streams: StreamWriter,
    private readonly plan: PlanView,
    private readonly writer: RealizationWriter,
  ) {}

  async execute({ user, input: dto, request }: RecordBudgetRealizationCommand): Promise<StreamWritten> {
    const unitId = unitOf(user);
    const ids = { budgetRealizationId: crypto.randomUUID(), correctionId: crypto.randomUUID() };
    // The period locks are read before every attempt and are conditions of the append: a lock
    // committed in between makes the write decide again (flagged afterLock), never slip past it.
    const prepare = async () => {
      const lock = await this.writer.lockState(user.tenant, unitId, dto.year, dto.period);
      const base = {
        tenantId: user.tenant,
        initiativeId: dto.initiativeId,
        unitId,
        year: dto.year,
        period: dto.period,
        amount: dto.amount,
        locked: lock.locked,
        initiative: this.plan.initiative(user.tenant, dto.initiativeId),
      };
      const command: BudgetRealizationCommand = dto.correctionReason
        ? { type: 'correct-budget-realization', correctionId: ids.correctionId, ...base, reason: dto.correctionReason, note: dto.note, evidence: evidenceOf(dto.evidence) }
        : { type: 'record-budget-realization', budgetRealizationId: ids.budgetRealizationId, ...base, note: dto.note ?? null, evidence: evidenceOf(dto.evidence) };
      return { command, conditions: lock.conditions };
    };
    const streamId = budgetRealizationStreamId(user.tenant, dto.initiativeId, dto.year);
    return this.streams.write({ streamId, decider: budgetRealizationDecider, schemaVersions: BUDGET_REALIZATION_EVENT_SCHEMA_VERSION, prepare }, request);
  }
}
