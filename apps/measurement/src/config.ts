import { ServiceConfig } from '@capaian/platform';

/** Measurement's configuration: the common service variables, with its own default port. */
export class MeasurementConfig extends ServiceConfig {
  override PORT = 3002;
}
