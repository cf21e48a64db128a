import { Body, Controller, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BUDGET_REALIZATION_EVENT_SCHEMA_VERSION, budgetRealizationDecider, budgetRealizationStreamId, type BudgetRealizationCommand } from '@capaian/measurement-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { appendWithDecider } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { unitOf } from '../../realizations/change-realization.js';
import { evidenceOf } from '../../realizations/record-realization/record-realization.dto.js';
import { RealizationWriter } from '../../realizations/realization-writer.js';
import { BudgetRealizationWrittenResponse } from './budget-realization.response.js';
import { BudgetRealizationDto } from './record-budget-realization.dto.js';

/** Realisasi anggaran per initiative and period, for value-for-money analysis. */
@ApiTags('budget')
@ApiBearerAuth()
@Controller('budget-realizations')
export class RecordBudgetRealizationController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly plan: PlanView,
    private readonly writer: RealizationWriter,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('unit_operator')
  @ApiOperation({ summary: 'Laporkan realisasi anggaran / record (or, with correctionReason, correct) the Rupiah spent on an initiative your unit owns in a period; above the ceiling is accepted and flagged' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiCreatedResponse({ type: BudgetRealizationWrittenResponse })
  @ApiResponse({ status: 403, description: 'The initiative belongs to another unit' })
  @ApiResponse({ status: 404, description: 'No approved plan has this initiative' })
  @ApiResponse({ status: 409, description: 'Already reported for this period: send correctionReason' })
  async record(@Body() dto: BudgetRealizationDto, @CurrentUser() user: Principal, @Headers() headers: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    const unitId = unitOf(user);
    const ids = { budgetRealizationId: crypto.randomUUID(), correctionId: crypto.randomUUID() };
    // The period locks are read before every attempt and are conditions of the append: a lock
    // committed in between makes the write decide again (flagged afterLock), never slip past it.
    const prepare = async () => {
      const lock = await this.writer.lockState(user.tenant, unitId, dto.year, dto.period);
      const base = {
        tenantId: user.tenant, initiativeId: dto.initiativeId, unitId, year: dto.year, period: dto.period, amount: dto.amount,
        locked: lock.locked, initiative: this.plan.initiative(user.tenant, dto.initiativeId),
      };
      const command: BudgetRealizationCommand = dto.correctionReason
        ? { type: 'correct-budget-realization', correctionId: ids.correctionId, ...base, reason: dto.correctionReason, note: dto.note, evidence: evidenceOf(dto.evidence) }
        : { type: 'record-budget-realization', budgetRealizationId: ids.budgetRealizationId, ...base, note: dto.note ?? null, evidence: evidenceOf(dto.evidence) };
      return { command, conditions: lock.conditions };
    };
    return appendWithDecider({
      store: this.infra.store,
      streamId: budgetRealizationStreamId(user.tenant, dto.initiativeId, dto.year),
      decider: budgetRealizationDecider,
      prepare,
      schemaVersions: BUDGET_REALIZATION_EVENT_SCHEMA_VERSION,
      user,
      headers,
      body: dto,
      res,
    });
  }
}
