import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@capaian/eventstore';
import { ORG_EVENT_SCHEMA_VERSION, orgDecider, orgStreamId, type OrgCommand } from '@capaian/planning-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { ApiProperty } from '@nestjs/swagger';

/** The answer to every write on the organization tree. */
export class OrgWritten {
  @ApiProperty({ example: 'org-kab-contoh' }) streamId!: string;
  @ApiProperty({ type: 'integer', description: 'Revision of the tenant\'s organization stream after the write (the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'Global position of the last event written (or of the stream head when nothing changed)' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Domain events recorded; empty when the request changed nothing' }) eventTypes!: string[];
}

/** Every change to a tenant's organization tree goes through the org decider on one stream. */
export class ChangeOrganizationCommand extends Command<OrgWritten> {
  constructor(
    readonly tenantId: string,
    readonly change: OrgCommand,
    readonly actor: string,
    readonly correlationId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
    readonly ifMatchRevision: number | undefined,
  ) {
    super();
  }
}

@CommandHandler(ChangeOrganizationCommand)
export class ChangeOrganizationHandler implements ICommandHandler<ChangeOrganizationCommand, OrgWritten> {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async execute(c: ChangeOrganizationCommand): Promise<OrgWritten> {
    const streamId = orgStreamId(c.tenantId);
    const result = await handleCommand({
      store: this.infra.store,
      streamId,
      decider: orgDecider,
      command: c.change,
      metadata: { correlationId: c.correlationId, actor: c.actor, tenantId: c.tenantId },
      schemaVersionOf: (type) => ORG_EVENT_SCHEMA_VERSION[type] ?? 1,
      idempotencyKey: c.idempotencyKey,
      requestHash: c.requestHash,
      ifMatchRevision: c.ifMatchRevision,
    });
    return { streamId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed, eventTypes: result.events.map((e) => e.type) };
  }
}
