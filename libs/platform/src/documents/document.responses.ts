/** OpenAPI models of the answers of a versioned document: one builder, given the document's schema. */
import { ApiExtraModels, ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { nullableRef } from '../openapi-schema.js';

type Model = abstract new (...args: never[]) => unknown;
type Built = new () => object;

const NULLABLE_TEXT = { type: String, nullable: true } as const;

/** One version as listed by GET …/versions. */
export class DocumentVersionEntryResponse {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version number (the default: its own number, 0 for policies)' }) version!: number;
  @ApiProperty({ example: 'scoring-policy-kab-contoh.2026', description: 'The id of the version (the default keeps its own)' }) policyId!: string;
  @ApiProperty({ ...NULLABLE_TEXT, example: 'Perbup 12/2026', description: 'Why it was set; null for the default' }) reason!: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, format: 'date-time', description: 'When it was stored; null for the default' }) recordedAt!: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, example: 'evaluator-1', description: 'Who set it; null for the default' }) actor!: string | null;
}

/** GET …/versions. */
export class DocumentVersionListResponse {
  @ApiProperty({ type: 'integer', required: false, example: 2026, description: 'The year (documents kept per tenant and year)' }) year?: number;
  @ApiProperty({ type: [DocumentVersionEntryResponse], description: 'Every version, the default first' }) versions!: DocumentVersionEntryResponse[];
}

export interface DocumentResponseOptions {
  /** The document's schema (its response model). */
  document: Model;
  /** The key of the document in the event's data (`policy`, `worksheet`). */
  key: string;
  /** Whether the document is kept per tenant and year (the answers then carry `year`). */
  yearScoped: boolean;
  /** Schema names: of GET …, of PUT …, of the written event's data, of GET …/versions/:version. */
  names: { view: string; written: string; setData: string; version: string };
}

export interface DocumentResponses {
  view: Built;
  written: Built;
  setData: Built;
  version: Built;
}

function model(name: string, base?: Built): Built {
  const cls = base ? class extends base {} : class {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

function property(cls: Built, key: string, options: ApiPropertyOptions): void {
  // What the compiler records for a declared property whose type is a union (`X | null`).
  if (!('type' in options)) Reflect.defineMetadata('design:type', Object, cls.prototype, key);
  ApiProperty(options)(cls.prototype, key);
}

function yearProperty(cls: Built, yearScoped: boolean): void {
  if (yearScoped) property(cls, 'year', { type: 'integer', example: 2026 });
}

/** The four answer models of a document (see DocumentResponseOptions). Every property names its type: built classes have no design-time types. */
export function documentResponses({ document, key, yearScoped, names }: DocumentResponseOptions): DocumentResponses {
  const view = model(names.view);
  yearProperty(view, yearScoped);
  property(view, 'current', { type: document, description: 'The version in force (the default until the tenant sets one)' });
  property(view, 'isDefault', { type: Boolean, description: 'true when the tenant set no version of its own' });
  property(view, 'versions', { type: [document], description: 'Every version, the default first' });
  property(view, 'default', { type: document, description: 'The built-in default' });

  const setData = model(names.setData);
  property(setData, 'tenantId', { type: String, example: 'kab-contoh' });
  yearProperty(setData, yearScoped);
  property(setData, 'version', { type: 'integer', example: 1 });
  property(setData, key, { type: document });
  property(setData, 'reason', { type: String });

  const written = model(names.written);
  yearProperty(written, yearScoped);
  property(written, 'streamId', { type: String, example: 'scoring-policy-kab-contoh.2026' });
  property(written, 'revision', { type: 'integer', description: 'Stream revision after the write (the ETag)' });
  property(written, 'position', { type: 'integer', description: 'Global position in the service’s store' });
  property(written, 'replayed', { type: Boolean, description: 'true when this repeats an earlier request with the same Idempotency-Key' });
  property(written, 'eventTypes', { type: [String], description: 'Types of the events written (empty when nothing changed)' });
  property(written, 'data', nullableRef(setData, { description: 'The new version; null when nothing was written' }));
  property(written, 'changed', { type: Boolean, description: 'false when the document equals the latest version (nothing written)' });
  property(written, 'current', { type: document, description: 'The version in force after the write' });
  ApiExtraModels(setData)(written);

  const version = model(names.version, DocumentVersionEntryResponse);
  yearProperty(version, yearScoped);
  property(version, 'document', { type: document, description: 'The document of this version' });

  return { view, written, setData, version };
}
