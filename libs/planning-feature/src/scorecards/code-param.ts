import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { CODE_MESSAGE, CODE_MESSAGE_ID, isValidCode } from '@capaian/ddd';

/** A path parameter that carries an item code: 400 INVALID_CODE naming the parameter unless it has the one code shape. */
export class ParseCodePipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (isValidCode(value)) return value;
    const message = `${this.name}: ${CODE_MESSAGE_ID} / ${CODE_MESSAGE}`;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'INVALID_CODE', message: [message], details: [{ field: this.name, errors: [CODE_MESSAGE] }] });
  }
}

/** `@CodeParam() code: string` reads and checks the `:code` path segment. */
export const CodeParam = (name = 'code') => Param(name, new ParseCodePipe(name));

/** OpenAPI text of the `:code` path segment. */
export const ApiCodeParam = (example: string) =>
  ApiParam({ name: 'code', example, description: `Item code, unique within its kind in the scorecard (compared as a slug: "IKU 01" = "iku-01"); ${CODE_MESSAGE}. 400 INVALID_CODE otherwise` });
