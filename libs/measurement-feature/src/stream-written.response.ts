import { ApiProperty } from '@nestjs/swagger';
import type { StreamWritten } from '@capaian/platform';

/** The answer to a write on a period-lock, budget or reporting-policy stream; `data` is typed by each use case. */
export abstract class StreamWrittenResponse implements StreamWritten {
  @ApiProperty({ example: 'period-lock-kab-contoh.bpkad.2026.Q1', description: 'The stream written' }) streamId!: string;
  @ApiProperty({ description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position in measurement’s store' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Types of the events written (empty when nothing changed)' }) eventTypes!: string[];
  abstract data: unknown;
}
