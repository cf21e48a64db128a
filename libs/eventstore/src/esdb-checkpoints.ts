/** Checkpoints on EventStoreDB: streams `capaian.checkpoint-<id>` (metadata maxCount 1), compare-and-set by stream revision. */
import type { AppendExpectedRevision, EventStoreDBClient } from '@eventstore/db-client';
import { CheckpointConflictError, type CheckpointStore } from './port.js';

type EsdbModule = typeof import('@eventstore/db-client');

export const ESDB_CHECKPOINT_CATEGORY = 'capaian.checkpoint';
const CHECKPOINT_EVENT_TYPE = 'capaian.checkpoint-stored';

export class EsdbCheckpointStore implements CheckpointStore {
  constructor(
    private readonly esdb: EsdbModule,
    private readonly client: EventStoreDBClient,
  ) {}

  private streamOf(checkpointId: string): string {
    return `${ESDB_CHECKPOINT_CATEGORY}-${checkpointId}`;
  }

  private async last(checkpointId: string): Promise<{ revision: bigint; position: number } | undefined> {
    const { esdb } = this;
    try {
      for await (const resolved of this.client.readStream(this.streamOf(checkpointId), { direction: esdb.BACKWARDS, fromRevision: esdb.END, maxCount: 1 })) {
        const raw = resolved.event;
        if (!raw) continue;
        const data = raw.data as { position?: unknown };
        return { revision: raw.revision, position: Number(data.position) };
      }
    } catch (error) {
      if (error instanceof esdb.StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
  }

  async load(checkpointId: string): Promise<number | undefined> {
    return (await this.last(checkpointId))?.position;
  }

  /** With `expected`, a missing checkpoint counts as position 0. */
  async store(checkpointId: string, position: number, expected?: number): Promise<void> {
    const { esdb } = this;
    const stream = this.streamOf(checkpointId);
    let expectedRevision: AppendExpectedRevision = esdb.ANY;
    if (expected !== undefined) {
      const last = await this.last(checkpointId);
      if ((last?.position ?? 0) !== expected) throw new CheckpointConflictError(checkpointId, expected, last?.position);
      expectedRevision = last ? last.revision : esdb.NO_STREAM;
    }
    try {
      const result = await this.client.appendToStream(stream, esdb.jsonEvent({ type: CHECKPOINT_EVENT_TYPE, data: { position } }), { expectedRevision });
      if (result.nextExpectedRevision === BigInt(0)) await this.client.setStreamMetadata(stream, { maxCount: 1 });
    } catch (error) {
      if (error instanceof esdb.WrongExpectedVersionError) throw new CheckpointConflictError(checkpointId, expected ?? 0, await this.load(checkpointId));
      throw error;
    }
  }
}
