import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { scorecardIdOf } from '@capaian/planning-domain';
import { ApiIdempotencyKey, ApiIfMatch, Write, type WriteCall } from '@capaian/platform';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite } from '../scorecard-write.js';
import { CreateScorecardDto, ProfileDto, profileOf } from './create-scorecard.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiIdempotencyKey('A retry with the same key returns the first answer and writes nothing')
@Controller('scorecards')
export class CreateScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Post(), 'Buat kartu kinerja unit per tahun / create the scorecard of a unit for a year (id = <unit>-<year>[-<theme>])', {
    status: 201,
    failures: [
      [409, 'The unit already has this scorecard'],
      [422, 'Unknown or inactive unit'],
    ],
  })
  async create(@Body() dto: CreateScorecardDto, @Write() call: WriteCall) {
    const scorecardId = scorecardIdOf(dto.unitId, dto.year, dto.theme ?? null);
    const change = { type: 'create-scorecard' as const, tenantId: call.user.tenant, unitId: dto.unitId, year: dto.year, theme: dto.theme ?? null, profile: profileOf(dto) };
    const result = await runScorecardChange(this.commands, call, scorecardId, change, dto);
    call.res.setHeader('Location', `/scorecards/${scorecardId}`);
    return result;
  }

  @ScorecardWrite(Put(':scorecardId/profile'), 'Ubah visi, misi dan tujuan / update title, vision, missions and goals', { extra: [ApiIfMatch('the scorecard')] })
  updateProfile(@Param('scorecardId') scorecardId: string, @Body() dto: ProfileDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, scorecardId, { type: 'update-profile', profile: profileOf(dto) }, dto);
  }
}
