import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiIdempotencyKey, CurrentUser, WriteEndpoint, mapErrors, respondWritten, writeRequestOf, type Principal, YEAR_PARAM } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse, type RealizationChange } from '../change-realization.js';
import { RejectDto, VerifyDto } from './review-realization.dto.js';

/** Verification by evaluators: submitted -> verified, or -> rejected with a reason. */
@ApiTags('verification')
@ApiBearerAuth()
@ApiIdempotencyKey()
@ApiHeader({ name: 'If-Match', required: false })
@Controller('realizations/:kpiId/:year/:period')
export class ReviewRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post('verify'), {
    roles: ['evaluator'],
    summary: 'Verifikasi realisasi / verify a submitted realization (evaluators only)',
    type: RealizationWrittenResponse,
    failures: [[409, 'Not in submitted state, or a newer value revision exists']],
  })
  verify(
    @Param('kpiId') kpiId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period') period: string,
    @Body() dto: VerifyDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, { type: 'verify', kpiId, year, period, valueRevision: dto.valueRevision, note: dto.note ?? null }, dto, h, res);
  }

  @WriteEndpoint(Post('reject'), { roles: ['evaluator'], summary: 'Tolak realisasi dengan alasan / reject a submitted realization with a reason (evaluators only)', type: RealizationWrittenResponse })
  reject(
    @Param('kpiId') kpiId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period') period: string,
    @Body() dto: RejectDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, { type: 'reject', kpiId, year, period, valueRevision: dto.valueRevision, reason: dto.reason }, dto, h, res);
  }

  private async run(user: Principal, change: RealizationChange, dto: object, headers: Record<string, string | undefined>, res: Response) {
    const request = writeRequestOf(user, headers, { change, dto });
    return respondWritten(res, await mapErrors(() => this.commands.execute(new ChangeRealizationCommand(user, change, request))));
  }
}
