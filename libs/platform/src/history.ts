/**
 * GET /admin/history/verify (admin only): verifies the hash chains of the service's own event
 * store (verifyHistory of @capaian/eventstore) and answers the report: 200 with `ok: true`, or
 * 200 with `ok: false` and the first broken link (stream, revision, position, reason). A second
 * request while one runs shares its result (the walk reads the whole store).
 */
import type { SchemaObject } from '@nestjs/swagger';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { verifyHistory, type HistoryReport } from '@capaian/eventstore';
import { Roles } from './auth/decorators.js';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from './infrastructure/service-infrastructure.js';

const HISTORY_REPORT_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['ok', 'kind', 'events', 'streams', 'legacy', 'broken', 'firstBreak', 'lastPosition', 'durationMs'],
  properties: {
    ok: { type: 'boolean' },
    kind: { type: 'string', example: 'postgres' },
    events: { type: 'integer' },
    streams: { type: 'integer' },
    legacy: { type: 'integer', description: 'Events stored before the hash chain and never hashed (EventStoreDB only)' },
    broken: { type: 'integer' },
    firstBreak: {
      type: 'object',
      nullable: true,
      required: ['reason', 'streamId', 'revision', 'position', 'message'],
      properties: {
        reason: { type: 'string' },
        streamId: { type: 'string', nullable: true },
        revision: { type: 'integer', nullable: true },
        position: { type: 'integer' },
        message: { type: 'string' },
      },
    },
    lastPosition: { type: 'integer' },
    durationMs: { type: 'number' },
  },
};

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/history')
export class HistoryController {
  private running: Promise<HistoryReport> | undefined;

  constructor(private readonly modules: ModuleRef) {}

  @Get('verify')
  @Roles('admin')
  @ApiOperation({
    summary:
      "Periksa rantai hash riwayat / verify the hash chain of every stream of this service's event store: recomputes each event's hash, checks each link, " +
      'the revisions of each stream and (SQL stores) the gapless positions; reports the first broken link (stream, revision, position, reason) and counts. Reads the whole store.',
  })
  @ApiOkResponse({ description: 'The report of the walk over every stream', schema: HISTORY_REPORT_SCHEMA })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  async verify(): Promise<HistoryReport> {
    const infra = this.infrastructure();
    if (!infra?.store) throw new ServiceUnavailableException({ message: 'Layanan ini tidak memiliki penyimpanan peristiwa / this service has no event store', code: 'NO_EVENT_STORE' });
    this.running ??= verifyHistory(infra.store).finally(() => (this.running = undefined));
    return this.running;
  }

  /** The feature module provides the infrastructure (SERVICE_INFRASTRUCTURE); none in a bare platform app. */
  private infrastructure(): ServiceInfrastructure | undefined {
    try {
      return this.modules.get<ServiceInfrastructure>(SERVICE_INFRASTRUCTURE, { strict: false });
    } catch {
      return undefined;
    }
  }
}
