import { ServiceConfig } from '@capaian/platform';

/** Evaluation's configuration: the common service variables, with its own default port. */
export class EvaluationConfig extends ServiceConfig {
  override PORT = 3003;
}
