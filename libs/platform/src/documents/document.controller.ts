import { Body, Controller, Get, Headers, Param, Put, Res, createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/decorators.js';
import type { Principal, Role } from '../auth/principal.js';
import { INT_PARAM, YEAR_PARAM } from '../edge/int-param.js';
import { mapErrors } from '../infrastructure/http-errors.js';
import { StreamWriter, respondWritten, writeRequestOf } from '../infrastructure/write-stream.js';
import { documentVersionList, documentVersionView, documentView, type DocumentModel, type DocumentScope } from './document-views.js';
import { DocumentVersionEntryResponse, DocumentVersionListResponse, type DocumentResponses } from './document.responses.js';
import { SetDocumentCommand } from './set-document.handler.js';

/** How one versioned document is served: GET/PUT `route`, GET `route`/versions, GET `route`/versions/:version. */
export interface DocumentEndpoint<C, E extends { type: string; data: unknown }, S, D, B> {
  /** Name of the controller class (for logs and the OpenAPI document). */
  name: string;
  /** The route; a document kept per tenant and year has `:year` in it. */
  route: string;
  yearScoped: boolean;
  tag: string;
  model: DocumentModel<C, E, S, D>;
  streamId(scope: DocumentScope): string;
  /** The command of a PUT body (the document and the reason). */
  command(body: B, scope: DocumentScope): C;
  /** The PUT body's class (validated by the global ValidationPipe). */
  body: Type<B>;
  /** Who may set a version. */
  roles: Role[];
  responses: DocumentResponses;
  summaries: { get: string; put: string; getDescription?: string; putDescription?: string };
  /** What the document is called in summaries: Indonesian / English ("kebijakan penilaian / scoring policy"). */
  label: string;
}

/** The `:year` of a route kept per tenant and year (400 INVALID_YEAR naming it), else undefined. */
const DocumentYear = createParamDecorator((yearScoped: boolean, ctx: ExecutionContext): number | undefined => {
  if (!yearScoped) return undefined;
  const params = ctx.switchToHttp().getRequest<{ params: Record<string, string | undefined> }>().params;
  return YEAR_PARAM.transform(params['year'], { type: 'param', data: 'year' });
});

const scopeOf = (user: Principal, year: number | undefined): DocumentScope => (year === undefined ? { tenantId: user.tenant } : { tenantId: user.tenant, year });
const ETAG = { ETag: { description: 'Revision of the document’s stream (for If-Match)', schema: { type: 'string' } } };

/** The controller of one versioned document (every document answers the same way). */
export function documentController<C, E extends { type: string; data: unknown }, S, D, B>(endpoint: DocumentEndpoint<C, E, S, D, B>): Type<unknown> {
  const { model, responses, yearScoped } = endpoint;
  // Written as text in the path (clients build the URL from a string); 400 INVALID_YEAR unless a year 2000-2100.
  const yearParam = yearScoped ? [ApiParam({ name: 'year', type: String, example: '2026', description: 'The plan year (2000-2100)' })] : [];
  const decorate =
    (decorators: MethodDecorator[]): MethodDecorator =>
    (target, key, descriptor) => {
      for (const d of decorators) d(target, key, descriptor);
    };

  @ApiTags(endpoint.tag)
  @ApiBearerAuth()
  @ApiExtraModels(DocumentVersionEntryResponse)
  @Controller(endpoint.route)
  class VersionedDocumentController {
    constructor(
      readonly writer: StreamWriter,
      readonly commands: CommandBus,
    ) {}

    async load(scope: DocumentScope, res: Response) {
      const loaded = await this.writer.load(endpoint.streamId(scope), model.decider);
      res.setHeader('ETag', `"${loaded.revision}"`);
      return loaded;
    }

    @Get()
    @decorate([...yearParam, ApiOperation({ summary: endpoint.summaries.get, description: endpoint.summaries.getDescription }), ApiOkResponse({ type: responses.view, headers: ETAG })])
    async get(@CurrentUser() user: Principal, @DocumentYear(yearScoped) year: number | undefined, @Res({ passthrough: true }) res: Response) {
      const scope = scopeOf(user, year);
      return documentView(model, scope, (await this.load(scope, res)).state);
    }

    @Get('versions')
    @decorate([
      ...yearParam,
      ApiOperation({ summary: `Daftar versi ${endpoint.label}: every version (number, id, reason, when, by whom), the default first` }),
      ApiOkResponse({ type: DocumentVersionListResponse, headers: ETAG }),
    ])
    async versions(@CurrentUser() user: Principal, @DocumentYear(yearScoped) year: number | undefined, @Res({ passthrough: true }) res: Response) {
      const scope = scopeOf(user, year);
      const { state, events } = await this.load(scope, res);
      return documentVersionList(model, scope, state, events);
    }

    @Get('versions/:version')
    @decorate([
      ...yearParam,
      ApiParam({ name: 'version', type: 'integer', description: 'The version number (the default’s own number selects the default); 404 when there is no such version' }),
      ApiOperation({ summary: `Satu versi ${endpoint.label}: one version with its number, id, reason, time, author and the document` }),
      ApiOkResponse({ type: responses.version, headers: ETAG }),
    ])
    async version(@CurrentUser() user: Principal, @DocumentYear(yearScoped) year: number | undefined, @Param('version', INT_PARAM) version: number, @Res({ passthrough: true }) res: Response) {
      const scope = scopeOf(user, year);
      const { state, events } = await this.load(scope, res);
      return documentVersionView(model, scope, state, events, version);
    }

    @Put()
    @Roles(...endpoint.roles)
    @decorate([
      ...yearParam,
      ApiHeader({ name: 'If-Match', required: false }),
      ApiHeader({ name: 'Idempotency-Key', required: false }),
      ApiBody({ type: endpoint.body }),
      ApiOperation({ summary: endpoint.summaries.put, description: endpoint.summaries.putDescription }),
      ApiOkResponse({ type: responses.written, headers: ETAG }),
    ])
    async set(
      @CurrentUser() user: Principal,
      @DocumentYear(yearScoped) year: number | undefined,
      @Body() body: B,
      @Headers() headers: Record<string, string | undefined>,
      @Res({ passthrough: true }) res: Response,
    ) {
      const scope = scopeOf(user, year);
      const streamId = endpoint.streamId(scope);
      const request = writeRequestOf(user, headers, { streamId, body });
      const written = await mapErrors(() => this.commands.execute(new SetDocumentCommand(streamId, model.decider, model.schemaVersions, endpoint.command(body, scope), request)));
      const { state } = await this.writer.load(streamId, model.decider);
      return respondWritten(res, { ...(scope.year === undefined ? {} : { year: scope.year }), ...written, changed: written.eventTypes.length > 0, current: model.current(state) });
    }
  }

  // The body's class is known only here: give the ValidationPipe (and the OpenAPI document) its type.
  const paramTypes = Reflect.getMetadata('design:paramtypes', VersionedDocumentController.prototype, 'set') as unknown[];
  Reflect.defineMetadata(
    'design:paramtypes',
    paramTypes.map((t, i) => (i === 2 ? endpoint.body : t)),
    VersionedDocumentController.prototype,
    'set',
  );
  Object.defineProperty(VersionedDocumentController, 'name', { value: endpoint.name });
  return VersionedDocumentController;
}
