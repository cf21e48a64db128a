import { WriteController, WriteEndpoint, type WriteEndpointOptions } from '@capaian/platform';
import { ScorecardWritten } from './change-scorecard.js';

/** A controller of scorecard changes: tag, bearer auth, If-Match (the scorecard's ETag) and Idempotency-Key. */
export const ScorecardWriteController = (path: string, tag = 'scorecards', extra: readonly ClassDecorator[] = []) => WriteController(path, { tag, etagOf: 'the scorecard', extra });

/** A planner's change of a scorecard, answered with ScorecardWritten; `failures` lists the documented errors. */
export const ScorecardWrite = (route: MethodDecorator, summary: string, options: Partial<Omit<WriteEndpointOptions, 'summary'>> = {}) =>
  WriteEndpoint(route, { roles: ['planner'], type: ScorecardWritten, summary, ...options });
