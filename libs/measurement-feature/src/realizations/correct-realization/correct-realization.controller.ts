import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { WriteEndpoint, mapErrors, respondWritten, YEAR_PARAM, Write, type WriteCall, WriteController } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse } from '../change-realization.js';
import { evidenceOf } from '../record-realization/record-realization.dto.js';
import { CorrectRealizationDto } from './correct-realization.dto.js';

@WriteController('realizations/:kpiId/:year/:period/corrections', { tag: 'realizations', etagOf: 'the realization you corrected' })
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
  })
  async correct(@Param('kpiId') kpiId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: CorrectRealizationDto, @Write() call: WriteCall) {
    const request = call.request({ kpiId, year, period, dto });
    const change = { type: 'correct' as const, kpiId, year, period, value: dto.value, reason: dto.reason, note: dto.note, evidence: evidenceOf(dto.evidence) };
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new ChangeRealizationCommand(call.user, change, request))));
  }
}
