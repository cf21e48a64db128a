import { versionedDocumentModel } from '@capaian/ddd';
import { lkeWorksheetDocument, lkeWorksheetStreamId, type LkeWorksheetVersionInput } from '@capaian/evaluation-domain';
import { documentController, documentResponses } from '@capaian/platform';
import { LkeWorksheetResponse } from '../../sakip/evaluate-unit/lke-worksheet.schema.js';
import { WorksheetDto } from './lke-worksheet.dto.js';

export const LKE_WORKSHEET_RESPONSES = documentResponses({
  document: LkeWorksheetResponse,
  key: 'worksheet',
  yearScoped: false,
  names: { view: 'LkeWorksheetsResponse', written: 'LkeWorksheetWrittenResponse', setData: 'LkeWorksheetSetData', version: 'LkeWorksheetVersionResponse' },
});

/** The tenant's LKE worksheet (PermenPANRB 88/2021): a versioned document; evaluations keep the version they started with. */
export const LkeWorksheetController = documentController({
  name: 'LkeWorksheetController',
  route: 'sakip/worksheet',
  yearScoped: false,
  tag: 'sakip',
  model: versionedDocumentModel(lkeWorksheetDocument),
  streamId: (scope) => lkeWorksheetStreamId(scope.tenantId),
  command: (dto: WorksheetDto, scope) => ({ type: 'set-lke-worksheet', tenantId: scope.tenantId, worksheet: dto.worksheet as unknown as LkeWorksheetVersionInput, reason: dto.reason }),
  body: WorksheetDto,
  roles: ['evaluator'],
  responses: LKE_WORKSHEET_RESPONSES,
  label: 'lembar kerja evaluasi (LKE) / of the evaluation worksheet',
  summaries: {
    get: 'Lembar kerja evaluasi (LKE) yang berlaku / the worksheet in force (components, weights, criteria, answer scales, grades) and every version, the default (PermenPANRB 88/2021, version 1) first',
    put: 'Tetapkan versi baru LKE / set a new worksheet version (with a reason); evaluations already started keep theirs',
    putDescription:
      "The service numbers the version (the default is version 1, so a tenant's first is 2); a `version` in the body is ignored, the `worksheetId` is kept. A worksheet equal to the latest version writes nothing (`changed: false`).",
  },
});
