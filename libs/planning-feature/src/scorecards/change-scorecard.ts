import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { canonicalHash } from '@capaian/eventstore';
import { SCORECARD_EVENT_SCHEMA_VERSION, scorecardDecider, scorecardStreamId, type ScorecardCommand } from '@capaian/planning-domain';
import { StreamWriter, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal } from '@capaian/platform';
import { ApiProperty } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { ScorecardRepository } from './scorecard-repository.js';

/** The answer to every write on a scorecard. */
export class ScorecardWritten {
  @ApiProperty() scorecardId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event written (or of the stream head when nothing changed)' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Domain events recorded; empty when the request changed nothing' }) eventTypes!: string[];
}

/** A command without its context: the handler looks the context up (organization, parent plans). */
export type ScorecardChange = ScorecardCommand extends infer C ? (C extends { context: unknown } ? Omit<C, 'context'> : C) : never;

/** Every change to a scorecard goes through the scorecard decider on the scorecard's stream. */
export class ChangeScorecardCommand extends Command<ScorecardWritten> {
  constructor(
    readonly tenantId: string,
    readonly scorecardId: string,
    readonly change: ScorecardChange,
    readonly actor: string,
    readonly correlationId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
    readonly ifMatchRevision: number | undefined,
  ) {
    super();
  }
}

/** The cascading references a change points at (their scorecards are read for the decision). */
function referencesOf(change: ScorecardChange): { objectives: string[]; kpis: string[] } {
  switch (change.type) {
    case 'define-objective':
      return { objectives: change.objective.contributesTo ? [change.objective.contributesTo] : [], kpis: [] };
    case 'define-kpi':
      return { objectives: [], kpis: change.kpi.cascadedFrom ? [change.kpi.cascadedFrom.kpiId] : [] };
    case 'import-document':
      return {
        objectives: change.document.objectives.flatMap((o) => (o.contributesTo ? [o.contributesTo] : [])),
        kpis: change.document.kpis.flatMap((k) => (k.cascadedFrom ? [k.cascadedFrom.kpiId] : [])),
      };
    default:
      return { objectives: [], kpis: [] };
  }
}

@CommandHandler(ChangeScorecardCommand)
export class ChangeScorecardHandler implements ICommandHandler<ChangeScorecardCommand, ScorecardWritten> {
  constructor(
    private readonly streams: StreamWriter,
    private readonly repository: ScorecardRepository,
  ) {}

  async execute(c: ChangeScorecardCommand): Promise<ScorecardWritten> {
    const streamId = scorecardStreamId(c.tenantId, c.scorecardId);
    const needsContext = ['create-scorecard', 'define-objective', 'define-kpi', 'define-initiative', 'import-document', 'approve'].includes(c.change.type);
    const command = (needsContext ? { ...c.change, context: await this.repository.context(c.tenantId, referencesOf(c.change)) } : c.change) as ScorecardCommand;
    const { revision, position, replayed, eventTypes } = await this.streams.write(
      { streamId, decider: scorecardDecider, schemaVersions: SCORECARD_EVENT_SCHEMA_VERSION, command },
      { actor: c.actor, tenantId: c.tenantId, correlationId: c.correlationId, idempotencyKey: c.idempotencyKey, requestHash: c.requestHash, ifMatchRevision: c.ifMatchRevision },
    );
    return { scorecardId: c.scorecardId, streamId, revision, position, replayed, eventTypes };
  }
}

/**
 * What every scorecard write endpoint does: read Idempotency-Key and If-Match, run the change,
 * map domain errors to 4xx, and answer with the new ETag.
 */
export async function runScorecardChange(
  commands: CommandBus,
  user: Principal,
  scorecardId: string,
  change: ScorecardChange,
  body: unknown,
  headers: Record<string, string | string[] | undefined>,
  res: Response,
): Promise<ScorecardWritten> {
  const header = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const command = new ChangeScorecardCommand(
    user.tenant,
    scorecardId,
    change,
    user.sub,
    correlationIdOrNew(),
    parseIdempotencyKey(header('idempotency-key')),
    canonicalHash({ scorecardId, change: change.type, body }),
    parseIfMatch(header('if-match')),
  );
  const result = await mapErrors(() => commands.execute(command));
  res.setHeader('ETag', `"${result.revision}"`);
  return result;
}
