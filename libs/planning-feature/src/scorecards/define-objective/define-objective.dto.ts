import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { DECIMAL_PATTERN } from '@capaian/contracts';
import { CODE_MESSAGE, CODE_PATTERN, ITEM_ID_MESSAGE, ITEM_ID_PATTERN, Transform, toDecimalString } from '../dto-support.js';

export class ObjectiveDto {
  @ApiProperty({ example: 'PLG', description: 'Code of the perspective the objective sits in' })
  @IsString()
  @Matches(CODE_PATTERN, { message: `perspectiveCode: ${CODE_MESSAGE}` })
  perspectiveCode!: string;

  @ApiProperty({ example: 'Meningkatnya kualitas pelayanan publik' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ type: String, example: '50', description: 'Weight within the perspective; absent = equal weights' })
  @IsOptional()
  @Transform(toDecimalString)
  @IsString({ message: 'weight must be a decimal number' })
  @Matches(DECIMAL_PATTERN, { message: 'weight must be a decimal number such as 25 or 12.5' })
  weight?: string;

  @ApiPropertyOptional({ example: 'pemda-2026.ss-01', description: 'Indirect cascading: the parent unit\'s objective this one contributes to' })
  @IsOptional()
  @IsString()
  @Matches(ITEM_ID_PATTERN, { message: `contributesTo ${ITEM_ID_MESSAGE}` })
  contributesTo?: string;
}
