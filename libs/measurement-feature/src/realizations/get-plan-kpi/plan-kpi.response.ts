import { ApiProperty } from '@nestjs/swagger';
import { FREQUENCIES, VALUE_TYPES_V1 } from '@capaian/contracts';
import type { KnownKpi } from '@capaian/measurement-domain';

/** What measurement knows of a KPI, from planning's `planning.scorecard-approved` events. */
export class PlanKpiResponse implements KnownKpi {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ example: 1, description: 'Version of the approved plan (Perjanjian Kinerja = 1, revisions 2, 3...)' }) planVersion!: number;
  @ApiProperty({ type: String, nullable: true, example: 'dpmptsp-pelayanan', description: 'null: no owner yet, no unit may report it' }) ownerUnitId!: string | null;
  @ApiProperty({ enum: FREQUENCIES, example: 'quarterly' }) frequency!: KnownKpi['frequency'];
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: VALUE_TYPES_V1, example: 'number' }) valueType!: KnownKpi['valueType'];
  @ApiProperty({ type: [String], nullable: true, description: 'categorical only, best first; null otherwise' }) grades!: string[] | null;
  @ApiProperty({ example: 'indeks (0-100)' }) unitOfMeasure!: string;
  @ApiProperty({ example: 'Indeks Kepuasan Masyarakat (IKM) layanan perizinan' }) name!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
}
