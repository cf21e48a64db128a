import { ApiProperty } from '@nestjs/swagger';
import { OrgWritten } from '../org-command.js';

export class UnitRegisteredResponse extends OrgWritten {
  @ApiProperty({ example: 'opd-dinkes' }) unitId!: string;
}
