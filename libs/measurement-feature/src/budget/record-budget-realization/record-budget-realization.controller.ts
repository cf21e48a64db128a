import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { budgetRealizationStreamId } from '@capaian/measurement-domain';
import { ApiIdempotencyKey, CurrentUser, WriteEndpoint, mapErrors, respondWritten, writeRequestOf, type Principal } from '@capaian/platform';
import { BudgetRealizationWrittenResponse } from './budget-realization.response.js';
import { BudgetRealizationDto } from './record-budget-realization.dto.js';
import { RecordBudgetRealizationCommand } from './record-budget-realization.handler.js';

/** Realisasi anggaran per initiative and period, for value-for-money analysis. */
@ApiTags('budget')
@ApiBearerAuth()
@Controller('budget-realizations')
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
    extra: [ApiIdempotencyKey(), ApiHeader({ name: 'If-Match', required: false })],
  })
  async record(@Body() dto: BudgetRealizationDto, @CurrentUser() user: Principal, @Headers() headers: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    // The request hash names the stream, as every stream write's does.
    const request = writeRequestOf(user, headers, { streamId: budgetRealizationStreamId(user.tenant, dto.initiativeId, dto.year), body: dto });
    return respondWritten(res, await mapErrors(() => this.commands.execute(new RecordBudgetRealizationCommand(user, dto, request))));
  }
}
