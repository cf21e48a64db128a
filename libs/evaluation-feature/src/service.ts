import { EvaluationModule } from './evaluation.module.js';
import type { ServiceDefinition } from '@capaian/platform';

export const evaluationService: ServiceDefinition = {
  serviceName: 'evaluation',
  title: 'Capaian Evaluation API',
  description: 'Evaluasi kinerja: capaian, SAKIP, reward & punishment / scoring and accountability evaluation',
  feature: (infra) => EvaluationModule.register(infra),
};
