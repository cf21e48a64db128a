import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { RebuildResponse } from './rebuild.response.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/rebuild')
export class RebuildController {
  constructor(private readonly view: AchievementView) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: "Bangun ulang proyeksi / drop evaluation's projections and rebuild them from the event store (progress in the service log)" })
  @ApiOkResponse({ type: RebuildResponse })
  rebuild() {
    return this.view.rebuild();
  }
}
