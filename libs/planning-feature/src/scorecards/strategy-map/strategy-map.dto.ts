import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { CODE_MESSAGE, CODE_PATTERN } from '../dto-support.js';

export class LinkDto {
  @ApiProperty({ example: 'SS-04', description: 'Cause: objective code' })
  @IsString()
  @Matches(CODE_PATTERN, { message: `from: ${CODE_MESSAGE}` })
  from!: string;

  @ApiProperty({ example: 'SS-01', description: 'Effect: objective code' })
  @IsString()
  @Matches(CODE_PATTERN, { message: `to: ${CODE_MESSAGE}` })
  to!: string;
}
