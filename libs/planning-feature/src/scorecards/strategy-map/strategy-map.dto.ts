import { CodeRef } from '../dto-support.js';

export class LinkDto {
  @CodeRef({ example: 'SS-04', description: 'Cause: objective code' })
  from!: string;

  @CodeRef({ example: 'SS-01', description: 'Effect: objective code' })
  to!: string;
}
