import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { isPeriodCode, type PeriodCode } from '@capaian/contracts';
import { badRequest } from '@capaian/platform';

/**
 * Path parameters of the public portal: checked by pattern before anything is read, with a 400
 * naming the parameter. A tenant such as `constructor` or `__proto__` is an ordinary id here: it
 * is only ever compared with stream ids, never used as an object key.
 */
class PatternPipe implements PipeTransform<unknown, string> {
  constructor(
    private readonly pattern: RegExp,
    private readonly code: string,
    private readonly problem: string,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'parameter';
    if (typeof value !== 'string' || !this.pattern.test(value)) throw badRequest(this.code, field, this.problem, { named: true });
    return value;
  }
}

/** `:tenant`: lower-case letters, digits and dashes, 1-63 characters (e.g. kab-contoh). */
export const TENANT_PARAM = new PatternPipe(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'INVALID_TENANT', 'harus huruf kecil, angka dan tanda hubung / must be lower-case letters, digits and dashes');
/** `:scorecardId`: an id such as dpmptsp-2026. */
export const SCORECARD_PARAM = new PatternPipe(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'INVALID_SCORECARD', 'harus id kartu kinerja, mis. dpmptsp-2026 / must be a scorecard id such as dpmptsp-2026');

/** `:period`: Y, S1-S2, Q1-Q4 or M01-M12. */
export class PeriodParamPipe implements PipeTransform<unknown, PeriodCode> {
  transform(value: unknown, metadata: ArgumentMetadata): PeriodCode {
    if (typeof value !== 'string' || !isPeriodCode(value))
      throw badRequest('INVALID_PERIOD', metadata.data ?? 'period', 'harus Y, S1-S2, Q1-Q4 atau M01-M12 / must be Y, S1-S2, Q1-Q4 or M01-M12', { named: true });
    return value;
  }
}
export const PERIOD_PARAM = new PeriodParamPipe();
