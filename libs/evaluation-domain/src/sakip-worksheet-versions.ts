import { currentDocument, documentDefinition, versionedDocumentDecider, type DocumentSet, type DocumentVersions, type SetDocument } from '@capaian/ddd';
import { DEFAULT_LKE_WORKSHEET, validateWorksheet, type LkeWorksheet } from './sakip/index.js';

/**
 * The LKE worksheet a tenant evaluates with is a versioned document on its own stream: each change
 * is an `lke-worksheet-set` event (schema version 1) with the next version and a reason. An evaluation keeps the
 * worksheet it was started with, so earlier evaluations are unaffected. Without any event:
 * PermenPANRB 88/2021, whose own version is 1, so a tenant's first worksheet is version 2. A
 * version keeps the `worksheetId` it was given.
 */
/** The worksheet as the client sends it; its `version` is assigned by the decider. */
export type LkeWorksheetVersionInput = Omit<LkeWorksheet, 'version'> & { version?: number };
export type SetLkeWorksheet = SetDocument<LkeWorksheetVersionInput, 'worksheet'>;
export type LkeWorksheetSet = DocumentSet<LkeWorksheet, 'worksheet'>;
export type LkeWorksheetVersions = DocumentVersions<LkeWorksheet>;

export const lkeWorksheetDocument = documentDefinition<LkeWorksheet, LkeWorksheetVersionInput, 'worksheet'>({
  kind: 'lke-worksheet',
  name: { id: 'Lembar kerja', en: 'worksheet' },
  key: 'worksheet',
  default: DEFAULT_LKE_WORKSHEET,
  defaultVersion: DEFAULT_LKE_WORKSHEET.version,
  invalidCode: 'INVALID_WORKSHEET',
  idOf: (worksheet) => worksheet.worksheetId,
  build: (input, context) => ({ ...input, version: context.version }) as LkeWorksheet,
  validate: validateWorksheet,
});

export const lkeWorksheetDecider = versionedDocumentDecider(lkeWorksheetDocument);

export function lkeWorksheetStreamId(tenantId: string): string {
  return `lke-worksheet-${tenantId}`;
}

/** The worksheet in force: the tenant's latest version, or the default. */
export function lkeWorksheetOf(state: LkeWorksheetVersions): LkeWorksheet {
  return currentDocument(lkeWorksheetDocument, state);
}
