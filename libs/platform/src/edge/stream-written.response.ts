import { ApiProperty } from '@nestjs/swagger';
import type { StreamWritten } from '../infrastructure/write-stream.js';

/** The answer to a write on one stream through a decider (period locks, budget, policies, SAKIP, decisions); `data` is typed by each use case. */
export abstract class StreamWrittenResponse implements StreamWritten {
  @ApiProperty({ example: 'period-lock-kab-contoh.bpkad.2026.Q1', description: 'The stream written' }) streamId!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'Global position in the service’s store' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Types of the events written (empty when nothing changed)' }) eventTypes!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the last event was recorded (of the first request, on a repeat); null when nothing changed' })
  recordedAt!: string | null;
  abstract data: unknown;
}
