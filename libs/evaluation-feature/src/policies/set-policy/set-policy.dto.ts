import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length } from 'class-validator';

export class SetPolicyDto {
  @ApiProperty({ description: 'The full policy (see GET /policies/:year, /vfm or /rewards for the one in force); its policyId (`<kind>-policy-<tenant>.<year>`) and version (1, 2, ...; 0 is the built-in default) are assigned by the service, whatever the body says' })
  @IsObject()
  policy!: Record<string, unknown>;

  @ApiProperty({ example: 'Cap capaian dinaikkan ke 150 sesuai Perbup 12/2026' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
