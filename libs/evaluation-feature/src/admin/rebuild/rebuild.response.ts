import { ApiProperty } from '@nestjs/swagger';

export class RebuildSummaryResponse {
  @ApiProperty({ type: 'integer', description: 'Input events folded into the evaluation projection' }) events!: number;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ type: 'integer' }) scorecards!: number;
  @ApiProperty({ type: 'integer' }) kpiPeriods!: number;
  @ApiProperty({ type: 'integer' }) orgUnits!: number;
}

export class RebuildResponse {
  @ApiProperty({ type: 'integer', description: 'Events folded by the rebuild' }) events!: number;
  @ApiProperty({ type: 'integer', description: 'Store position the rebuilt views reached' }) position!: number;
  @ApiProperty({ type: 'integer', description: 'Duration in milliseconds' }) ms!: number;
  @ApiProperty({ type: RebuildSummaryResponse }) summary!: RebuildSummaryResponse;
}
