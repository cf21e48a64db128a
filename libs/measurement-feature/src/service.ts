import { MeasurementModule, type MeasurementOptions } from './measurement.module.js';
import type { ServiceDefinition } from '@capaian/platform';

/** The measurement service with options (e.g. a pinned clock in tests). */
export function measurementServiceWith(options: MeasurementOptions): ServiceDefinition {
  return {
    serviceName: 'measurement',
    title: 'Capaian Measurement API',
    description: 'Pengukuran kinerja: realisasi, koreksi, verifikasi / realizations, corrections, verification',
    feature: (infra) => MeasurementModule.register(infra, options),
  };
}

export const measurementService: ServiceDefinition = measurementServiceWith({});
