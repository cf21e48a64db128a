import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiIdempotencyKey, CurrentUser, WriteEndpoint, mapErrors, respondWritten, writeRequestOf, type Principal, YEAR_PARAM } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse } from '../change-realization.js';
import { evidenceOf } from '../record-realization/record-realization.dto.js';
import { CorrectRealizationDto } from './correct-realization.dto.js';

@ApiTags('realizations')
@ApiBearerAuth()
@Controller('realizations/:kpiId/:year/:period/corrections')
export class CorrectRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post(), {
    roles: ['unit_operator'],
    summary: 'Koreksi realisasi dengan alasan / correct a realization: the new value supersedes the old one, both stay in the history',
    status: 201,
    type: RealizationWrittenResponse,
    failures: [
      [404, 'Nothing reported yet for this KPI and period'],
      [422, "Reason missing, value not of the KPI's type, or unchanged"],
    ],
    extra: [ApiIdempotencyKey(), ApiHeader({ name: 'If-Match', required: false, description: 'ETag (stream revision) of the realization you corrected; 412 when it moved' })],
  })
  async correct(
    @Param('kpiId') kpiId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period') period: string,
    @Body() dto: CorrectRealizationDto,
    @CurrentUser() user: Principal,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = writeRequestOf(user, headers, { kpiId, year, period, dto });
    const change = { type: 'correct' as const, kpiId, year, period, value: dto.value, reason: dto.reason, note: dto.note, evidence: evidenceOf(dto.evidence) };
    return respondWritten(res, await mapErrors(() => this.commands.execute(new ChangeRealizationCommand(user, change, request))));
  }
}
