import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { IssueRemindersResponse } from './issue-reminders.response.js';
import { ReminderIssuer } from './reminder-issuer.js';

@ApiTags('realizations')
@ApiBearerAuth()
@Controller('reminders/issue')
export class IssueRemindersController {
  constructor(private readonly issuer: ReminderIssuer) {}

  @Post()
  @HttpCode(200)
  @Roles('evaluator', 'admin')
  @ApiOperation({ summary: 'Terbitkan pengingat sekarang / issue the reminders for missing data now (also runs hourly); each reminder is issued once' })
  @ApiOkResponse({ type: IssueRemindersResponse })
  issue(@CurrentUser() user: Principal): Promise<IssueRemindersResponse> {
    return this.issuer.issue(this.issuer.now(), user.tenant);
  }
}
