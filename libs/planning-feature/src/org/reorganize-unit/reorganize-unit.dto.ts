import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Text } from '@capaian/platform';
import { UNIT_ID } from '../register-unit/register-unit.dto.js';

/** Why the organization changes (a regulation, a decision): 1-500 characters. */
const Reason = (api: { example?: string } = {}, optional = false) => Text(1, 500, api, { optional });

export class RenameUnitDto {
  @Text(1, 200, { example: 'Dinas Komunikasi, Informatika dan Persandian' })
  name!: string;

  @Reason({ example: 'Perda 3/2026' }, true)
  reason?: string;
}

export class MoveUnitDto {
  @ApiProperty({ example: 'opd-diskominfo' })
  @Matches(UNIT_ID, { message: 'newParentId must be a unit id' })
  newParentId!: string;

  @Reason({}, true)
  reason?: string;
}

export class MergeUnitDto {
  @ApiProperty({ description: 'The unit that absorbs this one', example: 'opd-diskominfo' })
  @Matches(UNIT_ID, { message: 'targetUnitId must be a unit id' })
  targetUnitId!: string;

  @Reason({ example: 'Perubahan SOTK 2026' })
  reason!: string;
}

export class CloseUnitDto {
  @Reason({ example: 'Dibubarkan sesuai Perda 3/2026' })
  reason!: string;
}
