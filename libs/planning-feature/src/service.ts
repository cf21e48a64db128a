import { PlanningModule } from './planning.module.js';
import type { ServiceDefinition } from '@capaian/platform';

export const planningService: ServiceDefinition = {
  serviceName: 'planning',
  title: 'Capaian Planning API',
  description: 'Perencanaan kinerja: IKU, target, pohon kinerja, Perjanjian Kinerja / performance planning',
  feature: (infra) => PlanningModule.register(infra),
};
