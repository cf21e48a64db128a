import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, mapErrors, type Principal } from '@capaian/platform';
import { IssueRemindersCommand } from './issue-reminders.handler.js';
import { IssueRemindersResponse } from './issue-reminders.response.js';

@ApiTags('realizations')
@ApiBearerAuth()
@Controller('reminders/issue')
export class IssueRemindersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Roles('evaluator', 'admin')
  @ApiOperation({ summary: 'Terbitkan pengingat sekarang / issue the reminders for missing data now (also runs hourly); each reminder is issued once' })
  @ApiOkResponse({ type: IssueRemindersResponse })
  issue(@CurrentUser() user: Principal): Promise<IssueRemindersResponse> {
    return mapErrors(() => this.commands.execute(new IssueRemindersCommand(user.tenant)));
  }
}
