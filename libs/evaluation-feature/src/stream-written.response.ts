import { ApiProperty } from '@nestjs/swagger';
import type { StreamWritten } from '@capaian/platform';

/** The answer to a write through a decider (policies, worksheet, SAKIP, decisions); `data` is typed by each use case. */
export abstract class StreamWrittenResponse implements StreamWritten {
  @ApiProperty({ example: 'sakip-evaluation-kab-contoh.dpmptsp.2026' }) streamId!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'Global position in evaluation’s store' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Types of the events written (empty when nothing changed)' }) eventTypes!: string[];
  abstract data: unknown;
}
