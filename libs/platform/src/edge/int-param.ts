/**
 * Integer path and query parameters: one pipe that names the parameter in its 400, with bounds.
 * Years are plan years 2000-2100 (the kernel's PLAN_YEAR_MIN/MAX), as everywhere in the domain.
 */
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN, isPlanYear } from '@capaian/kernel';
import { badRequest } from '../infrastructure/bad-request.js';

export class IntParamPipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly min = 0,
    private readonly max = Number.MAX_SAFE_INTEGER,
    private readonly code = 'INVALID_PARAMETER',
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'parameter';
    const digits = this.min < 0 ? /^-?\d{1,16}$/ : /^\d{1,16}$/;
    const n = typeof value === 'string' && digits.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < this.min || n > this.max) {
      const range = this.max === Number.MAX_SAFE_INTEGER ? `>= ${this.min}` : `${this.min}-${this.max}`;
      throw badRequest(this.code, field, `harus bilangan bulat ${range} / must be an integer ${range}`, { named: true });
    }
    return n === 0 ? 0 : n;
  }
}

/** `:year`: a plan year 2000-2100 (400 INVALID_YEAR naming the parameter). */
export const YEAR_PARAM = new IntParamPipe(PLAN_YEAR_MIN, PLAN_YEAR_MAX, 'INVALID_YEAR');
/** A version or revision number `>= 0`. */
export const INT_PARAM = new IntParamPipe(0);

/** A year in a query string (`?year=2026`): a plan year, else 400 INVALID_YEAR naming `field`. */
export function parseYear(raw: string | undefined, field = 'year'): number {
  if (!raw || !/^\d{4}$/.test(raw) || !isPlanYear(Number(raw))) throw badRequest('INVALID_YEAR', field, 'must be a year such as 2026');
  return Number(raw);
}
