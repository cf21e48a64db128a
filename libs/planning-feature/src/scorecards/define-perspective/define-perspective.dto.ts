import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { DecimalText, Text } from '@capaian/platform';

export class PerspectiveDto {
  @Text(1, 200, { example: 'Pemangku Kepentingan / Masyarakat' })
  name!: string;

  @ApiProperty({ example: 1, description: 'Position on the strategy map, 1 = top' })
  @IsInt()
  @Min(1)
  @Max(20)
  order!: number;

  @DecimalText(
    { example: '40', description: "Bobot (percent); a scorecard's perspectives must sum to 100 when it is approved" },
    (field) => `${field} must be a decimal number such as 25 or 12.5 (dot as decimal separator)`,
  )
  weight!: string;
}
