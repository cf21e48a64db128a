import { BadRequestException } from '@nestjs/common';

export interface BadRequestOptions {
  /** The one `message` entry; by default `<field> <problem>`. */
  message?: string;
  /** Also name the field at the top of the body (`field`), for clients that read only that. */
  named?: boolean;
}

/**
 * The 400 for one bad field, header or parameter: `code`, one message, and
 * `details: [{ field, errors: [problem] }]`.
 */
export function badRequest(code: string, field: string, problem: string, options: BadRequestOptions = {}): BadRequestException {
  const { message = `${field} ${problem}`, named = false } = options;
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', code, message: [message], ...(named ? { field } : {}), details: [{ field, errors: [problem] }] });
}
