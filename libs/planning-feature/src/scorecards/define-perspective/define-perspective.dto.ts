import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DECIMAL_PATTERN } from '@capaian/contracts';
import { Transform, toDecimalString } from '../dto-support.js';

export class PerspectiveDto {
  @ApiProperty({ example: 'Pemangku Kepentingan / Masyarakat' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 1, description: 'Position on the strategy map, 1 = top' })
  @IsInt()
  @Min(1)
  @Max(20)
  order!: number;

  @ApiProperty({ example: '40', type: String, description: 'Bobot (percent); a scorecard\'s perspectives must sum to 100 when it is approved' })
  @Transform(toDecimalString)
  @IsString({ message: 'weight must be a decimal number' })
  @Matches(DECIMAL_PATTERN, { message: 'weight must be a decimal number such as 25 or 12.5 (dot as decimal separator)' })
  weight!: string;
}
