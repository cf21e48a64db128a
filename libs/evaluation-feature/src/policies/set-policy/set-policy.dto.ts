import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';

export class SetPolicyDto {
  @ApiProperty({ description: 'The full ScoringPolicy (see GET /policies/:year for the one in force); its version is assigned by the service' })
  @IsObject()
  policy!: Record<string, unknown>;

  @ApiProperty({ example: 'Cap capaian dinaikkan ke 150 sesuai Perbup 12/2026' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
