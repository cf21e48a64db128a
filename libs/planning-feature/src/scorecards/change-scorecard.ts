import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SCORECARD_EVENT_SCHEMA_VERSION, scorecardDecider, scorecardStreamId, type ScorecardCommand } from '@capaian/planning-domain';
import { StreamWriter, mapErrors, respondWritten, type WriteCall, type WriteRequest } from '@capaian/platform';
import { ApiProperty } from '@nestjs/swagger';
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
    readonly scorecardId: string,
    readonly change: ScorecardChange,
    readonly request: WriteRequest,
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

  async execute({ scorecardId, change, request }: ChangeScorecardCommand): Promise<ScorecardWritten> {
    const streamId = scorecardStreamId(request.tenantId, scorecardId);
    const needsContext = ['create-scorecard', 'define-objective', 'define-kpi', 'define-initiative', 'import-document', 'approve'].includes(change.type);
    const command = (needsContext ? { ...change, context: await this.repository.context(request.tenantId, referencesOf(change)) } : change) as ScorecardCommand;
    const { revision, position, replayed, eventTypes } = await this.streams.write({ streamId, decider: scorecardDecider, schemaVersions: SCORECARD_EVENT_SCHEMA_VERSION, command }, request);
    return { scorecardId, streamId, revision, position, replayed, eventTypes };
  }
}

/**
 * What every scorecard write endpoint does: read Idempotency-Key and If-Match, run the change,
 * map domain errors to 4xx, and answer with the new ETag.
 */
export async function runScorecardChange(commands: CommandBus, call: WriteCall, scorecardId: string, change: ScorecardChange, body: unknown): Promise<ScorecardWritten> {
  const command = new ChangeScorecardCommand(scorecardId, change, call.request({ scorecardId, change: change.type, body }));
  return respondWritten(call.res, await mapErrors(() => commands.execute(command)));
}
