import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { budgetRealizationStreamId } from '@capaian/measurement-domain';
import { WriteEndpoint, mapErrors, respondWritten, Write, type WriteCall, WriteController } from '@capaian/platform';
import { BudgetRealizationWrittenResponse } from './budget-realization.response.js';
import { BudgetRealizationDto } from './record-budget-realization.dto.js';
import { RecordBudgetRealizationCommand } from './record-budget-realization.handler.js';

/** Realisasi anggaran per initiative and period, for value-for-money analysis. */
@WriteController('budget-realizations', { tag: 'budget', etagOf: 'the budget realization' })
export class RecordBudgetRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post(), {
    roles: ['unit_operator'],
    summary: 'Laporkan realisasi anggaran / record (or, with correctionReason, correct) the Rupiah spent on an initiative your unit owns in a period; above the ceiling is accepted and flagged',
    status: 201,
    type: BudgetRealizationWrittenResponse,
    failures: [
      [403, 'The initiative belongs to another unit'],
      [404, 'No approved plan has this initiative'],
      [409, 'Already reported for this period: send correctionReason'],
    ],
  })
  async record(@Body() dto: BudgetRealizationDto, @Write() call: WriteCall) {
    // The request hash names the stream, as every stream write's does.
    const request = call.request({ streamId: budgetRealizationStreamId(call.user.tenant, dto.initiativeId, dto.year), body: dto });
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new RecordBudgetRealizationCommand(call.user, dto, request))));
  }
}
