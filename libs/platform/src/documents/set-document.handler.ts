import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeciderLike } from '@capaian/eventstore';
import { StreamWriter, type StreamWritten, type WriteRequest } from '../infrastructure/write-stream.js';

/** Set a new version of a versioned document on its stream (the use case every document shares). */
export class SetDocumentCommand<C = unknown, E extends { type: string; data: unknown } = { type: string; data: unknown }, S = unknown> extends Command<StreamWritten> {
  constructor(
    readonly streamId: string,
    readonly decider: DeciderLike<C, E, S>,
    readonly schemaVersions: Readonly<Record<string, number>>,
    readonly command: C,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(SetDocumentCommand)
export class SetDocumentHandler implements ICommandHandler<SetDocumentCommand, StreamWritten> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ streamId, decider, schemaVersions, command, request }: SetDocumentCommand): Promise<StreamWritten> {
    return this.writer.write({ streamId, decider, schemaVersions, command }, request);
  }
}
