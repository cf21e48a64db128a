import { DecimalText, Text } from '@capaian/platform';
import { CodeRef, ItemIdRef } from '../dto-support.js';

export class ObjectiveDto {
  @CodeRef({ example: 'PLG', description: 'Code of the perspective the objective sits in' })
  perspectiveCode!: string;

  @Text(1, 300, { example: 'Meningkatnya kualitas pelayanan publik' })
  name!: string;

  @DecimalText({ example: '50', description: 'Weight within the perspective; absent = equal weights' }, (field) => `${field} must be a decimal number such as 25 or 12.5`, { optional: true })
  weight?: string;

  @ItemIdRef({ example: 'pemda-2026.ss-01', description: "Indirect cascading: the parent unit's objective this one contributes to" }, { optional: true })
  contributesTo?: string;
}
