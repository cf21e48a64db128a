import { MeasurementModule } from './measurement.module.js';
import type { ServiceDefinition } from '@capaian/platform';

export const measurementService: ServiceDefinition = {
  serviceName: 'measurement',
  title: 'Capaian Measurement API',
  description: 'Pengukuran kinerja: realisasi, koreksi, verifikasi / realizations, corrections, verification',
  feature: (infra) => MeasurementModule.register(infra),
};
