import { MeasurementModule, type MeasurementOptions } from './measurement.module.js';
import type { ServiceDefinition } from '@capaian/platform';
import { MEASUREMENT_UPCASTERS } from './upcasters.js';

/** The measurement service with options (e.g. a pinned clock in tests). */
export function measurementServiceWith(options: MeasurementOptions): ServiceDefinition {
  return {
    serviceName: 'measurement',
    title: 'Capaian Measurement API',
    description: 'Pengukuran kinerja: realisasi, koreksi, verifikasi / realizations, corrections, verification',
    feature: () => MeasurementModule.register(),
    clock: options.clock,
    upcasters: MEASUREMENT_UPCASTERS,
  };
}

export const measurementService: ServiceDefinition = measurementServiceWith({});
