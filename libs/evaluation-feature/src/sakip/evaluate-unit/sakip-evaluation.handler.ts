import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@capaian/ddd';
import {
  SAKIP_EVALUATION_EVENT_SCHEMA_VERSION,
  lkeFactsOf,
  prefillAnswers,
  sakipEvaluationDecider,
  sakipEvaluationStreamId,
  scorecardsOf,
  type SakipEvaluationCommand,
} from '@capaian/evaluation-domain';
import { CLOCK, SERVICE_INFRASTRUCTURE, StreamWriter, type Clock, type Principal, type ServiceInfrastructure, type StreamWritten, type WriteRequest } from '@capaian/platform';
import { lkeWorksheetInForce } from '../../policies/lke-worksheet/lke-worksheet.reader.js';
import { AchievementView } from '../../scores/achievement-view.js';

type WithoutAt<C> = C extends unknown ? Omit<C, 'at'> : never;

/** A change of a SAKIP evaluation as the edge knows it: the handler adds the time, and for a start the worksheet in force and the prefill. */
export type SakipChange = { type: 'start-evaluation' } | WithoutAt<Exclude<SakipEvaluationCommand, { type: 'start-evaluation' }>>;

/** Starts, answers, revises, finalizes or reopens the SAKIP evaluation of a unit and year. */
export class ChangeSakipEvaluationCommand extends Command<StreamWritten> {
  constructor(
    readonly user: Principal,
    readonly unitId: string,
    readonly year: number,
    readonly change: SakipChange,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(ChangeSakipEvaluationCommand)
export class ChangeSakipEvaluationHandler implements ICommandHandler<ChangeSakipEvaluationCommand, StreamWritten> {
  constructor(
    private readonly streams: StreamWriter,
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly view: AchievementView,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, unitId, year, change, request }: ChangeSakipEvaluationCommand): Promise<StreamWritten> {
    const command = change.type === 'start-evaluation' ? await this.start(user, unitId, year) : ({ ...change, at: this.clock.now().toISOString() } as SakipEvaluationCommand);
    const streamId = sakipEvaluationStreamId(user.tenant, unitId, year);
    return this.streams.write({ streamId, decider: sakipEvaluationDecider, schemaVersions: SAKIP_EVALUATION_EVENT_SCHEMA_VERSION, command }, request);
  }

  /** A start for a unit evaluation knows, with the worksheet in force and the answers the history suggests. */
  private async start(user: Principal, unitId: string, year: number): Promise<SakipEvaluationCommand> {
    const inputs = this.view.evaluation.inputs;
    if (!inputs.org.has(`${user.tenant}/${unitId}`) && !scorecardsOf(inputs, user.tenant).some((s) => s.unitId === unitId)) {
      throw new DomainError('UNIT_UNKNOWN', `Unit ${unitId} tidak dikenal evaluasi (belum ada di pohon organisasi) / evaluation does not know this unit`, undefined, 'not_found', [
        { field: 'unitId', errors: ['unknown unit'] },
      ]);
    }
    const worksheet = await lkeWorksheetInForce(this.infra.store, user.tenant);
    const prefill = prefillAnswers(worksheet, lkeFactsOf(this.view.evaluation.inputs, user.tenant, unitId, year));
    return { type: 'start-evaluation', tenantId: user.tenant, unitId, year, worksheet, evaluatorId: user.sub, prefill, at: this.clock.now().toISOString() };
  }
}
