/**
 * The global ValidationPipe: whitelist + forbidNonWhitelisted + transform, and 400 bodies that
 * name every invalid field with its full path (`lines.0.target`):
 *   { message: ['lines.0.target must be a number ...'], code: 'VALIDATION_FAILED',
 *     details: [{ field: 'lines.0.target', errors: ['target must be a number ...'] }] }
 */
import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { badRequest } from './infrastructure/bad-request.js';

export interface FieldErrors {
  /** Dotted path; array items are indexes: `lines.0.target`. */
  field: string;
  errors: string[];
}

/** Flattens class-validator errors (nested DTOs and arrays) into one entry per field path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldErrors[] {
  const out: FieldErrors[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) out.push({ field, errors: messages });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Builds the 400 for a list of validation errors. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const details = flattenValidationErrors(errors);
  const message = details.flatMap(({ field, errors: msgs }) => msgs.map((m) => prefixWithPath(field, m)));
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: message.length > 0 ? message : ['Validation failed'],
    code: 'VALIDATION_FAILED',
    details,
  });
}

/** `target must be ...` under `lines.0.target` -> `lines.0.target must be ...`. */
function prefixWithPath(field: string, message: string): string {
  const leaf = field.slice(field.lastIndexOf('.') + 1);
  if (message.startsWith(`${leaf} `)) return `${field}${message.slice(leaf.length)}`;
  if (message.startsWith(`property ${leaf} `)) return `property ${field}${message.slice(`property ${leaf}`.length)}`;
  return `${field}: ${message}`;
}

/**
 * Path and query values stay the text they were sent as: `@Param('year', YEAR_PARAM)` parses it
 * strictly (Nest's own conversion would read `2026.0`, ` 2026` or `0x7EA` as 2026).
 */
class TextParamsValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    // `?item=a&item=b` arrives as an array: a parameter read as one text must be given once.
    if (metadata.metatype === String && metadata.data && value !== undefined && typeof value !== 'string') {
      throw badRequest('INVALID_PARAMETER', metadata.data, 'harus diberikan satu kali sebagai teks / must be given once, as text', { named: true });
    }
    return value;
  }
}

export function createValidationPipe(overrides: ValidationPipeOptions = {}): ValidationPipe {
  return new TextParamsValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: validationException,
    ...overrides,
  });
}
