import { ApiProperty } from '@nestjs/swagger';

export class IssueRemindersResponse {
  @ApiProperty({ example: 3, description: 'Reminders issued by this run' }) issued!: number;
  @ApiProperty({ example: 12, description: 'Reminders found again that had been issued before (not repeated)' }) alreadyIssued!: number;
}
