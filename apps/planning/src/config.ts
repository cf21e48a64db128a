import { ServiceConfig } from '@capaian/platform';

/** Planning's configuration: the common service variables, with its own default port. */
export class PlanningConfig extends ServiceConfig {
  override PORT = 3001;
}
