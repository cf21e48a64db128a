import { CheckpointConflictError, type CheckpointStore } from './port.js';
import type { SqlClient } from './sql-client.js';

export class SqlCheckpointStore implements CheckpointStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  async load(checkpointId: string): Promise<number | undefined> {
    const { rows } = await this.sql.query<{ position: string }>(`SELECT position::text AS position FROM ${this.table} WHERE id = $1`, [checkpointId]);
    return rows[0] ? Number(rows[0].position) : undefined;
  }

  /** With `expected`, a missing checkpoint counts as position 0. */
  async store(checkpointId: string, position: number, expected?: number): Promise<void> {
    let rows: unknown[];
    if (expected === undefined) {
      ({ rows } = await this.sql.query(`INSERT INTO ${this.table} (id, position) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, updated_at = now() RETURNING 1`, [
        checkpointId,
        position,
      ]));
    } else if (expected === 0) {
      ({ rows } = await this.sql.query(
        `INSERT INTO ${this.table} AS c (id, position) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, updated_at = now()
         WHERE c.position = 0 RETURNING 1`,
        [checkpointId, position],
      ));
    } else {
      ({ rows } = await this.sql.query(`UPDATE ${this.table} SET position = $2, updated_at = now() WHERE id = $1 AND position = $3 RETURNING 1`, [checkpointId, position, expected]));
    }
    if (rows.length === 0) throw new CheckpointConflictError(checkpointId, expected ?? 0, await this.load(checkpointId));
  }
}
