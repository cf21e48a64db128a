import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ORG_EVENT_SCHEMA_VERSION, orgDecider, orgStreamId, type OrgCommand } from '@capaian/planning-domain';
import { StreamWriter, type WriteRequest } from '@capaian/platform';
import { ApiProperty } from '@nestjs/swagger';

/** The answer to every write on the organization tree. */
export class OrgWritten {
  @ApiProperty({ example: 'org-kab-contoh' }) streamId!: string;
  @ApiProperty({ type: 'integer', description: "Revision of the tenant's organization stream after the write (the ETag)" }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'Global position of the last event written (or of the stream head when nothing changed)' }) position!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ type: [String], description: 'Domain events recorded; empty when the request changed nothing' }) eventTypes!: string[];
}

/** Every change to a tenant's organization tree goes through the org decider on one stream. */
export class ChangeOrganizationCommand extends Command<OrgWritten> {
  constructor(
    readonly change: OrgCommand,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(ChangeOrganizationCommand)
export class ChangeOrganizationHandler implements ICommandHandler<ChangeOrganizationCommand, OrgWritten> {
  constructor(private readonly streams: StreamWriter) {}

  async execute({ change, request }: ChangeOrganizationCommand): Promise<OrgWritten> {
    const { streamId, revision, position, replayed, eventTypes } = await this.streams.write(
      { streamId: orgStreamId(request.tenantId), decider: orgDecider, schemaVersions: ORG_EVENT_SCHEMA_VERSION, command: change },
      request,
    );
    return { streamId, revision, position, replayed, eventTypes };
  }
}
