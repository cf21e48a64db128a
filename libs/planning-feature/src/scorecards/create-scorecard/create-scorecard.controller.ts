import { Body, Controller, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { scorecardIdOf } from '@capaian/planning-domain';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { CreateScorecardDto, ProfileDto, profileOf } from './create-scorecard.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and writes nothing' })
@Controller('scorecards')
export class CreateScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('planner')
  @ApiOperation({ summary: 'Buat kartu kinerja unit per tahun / create the scorecard of a unit for a year (id = <unit>-<year>[-<theme>])' })
  @ApiResponse({ status: 201, type: ScorecardWritten })
  @ApiResponse({ status: 409, description: 'The unit already has this scorecard' })
  @ApiResponse({ status: 422, description: 'Unknown or inactive unit' })
  async create(@Body() dto: CreateScorecardDto, @CurrentUser() user: Principal, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    const scorecardId = scorecardIdOf(dto.unitId, dto.year, dto.theme ?? null);
    const change = { type: 'create-scorecard' as const, tenantId: user.tenant, unitId: dto.unitId, year: dto.year, theme: dto.theme ?? null, profile: profileOf(dto) };
    const result = await runScorecardChange(this.commands, user, scorecardId, change, dto, headers, res);
    res.setHeader('Location', `/scorecards/${scorecardId}`);
    return result;
  }

  @Put(':scorecardId/profile')
  @Roles('planner')
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
  @ApiOperation({ summary: 'Ubah visi, misi dan tujuan / update title, vision, missions and goals' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  updateProfile(@Param('scorecardId') scorecardId: string, @Body() dto: ProfileDto, @CurrentUser() user: Principal, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, user, scorecardId, { type: 'update-profile', profile: profileOf(dto) }, dto, headers, res);
  }
}
