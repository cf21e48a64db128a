import { BadRequestException } from '@nestjs/common';

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/** Validates an Idempotency-Key header (optional). A bad one is a 400 naming the header. */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (!KEY.test(header)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_IDEMPOTENCY_KEY',
      message: ['Idempotency-Key must be 1-200 characters of letters, digits, . _ : -'],
      details: [{ field: 'Idempotency-Key', errors: ['must be 1-200 characters of letters, digits, . _ : -'] }],
    });
  }
  return header;
}
