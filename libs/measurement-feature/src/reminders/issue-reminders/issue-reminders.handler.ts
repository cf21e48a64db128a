import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@capaian/platform';
import { ReminderIssuer } from './reminder-issuer.js';

export interface RemindersIssued {
  issued: number;
  alreadyIssued: number;
}

/** Issues a tenant's reminders for missing data as of the service's "now". */
export class IssueRemindersCommand extends Command<RemindersIssued> {
  constructor(readonly tenantId: string) {
    super();
  }
}

@CommandHandler(IssueRemindersCommand)
export class IssueRemindersHandler implements ICommandHandler<IssueRemindersCommand, RemindersIssued> {
  constructor(
    private readonly issuer: ReminderIssuer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ tenantId }: IssueRemindersCommand): Promise<RemindersIssued> {
    return this.issuer.issue(this.clock.now(), tenantId);
  }
}
