import { EvaluationModule } from './evaluation.module.js';
import type { ServiceDefinition } from '@capaian/platform';
import { EVALUATION_UPCASTERS } from './upcasters.js';

export const evaluationService: ServiceDefinition = {
  serviceName: 'evaluation',
  title: 'Capaian Evaluation API',
  description: 'Evaluasi kinerja: capaian, SAKIP, reward & punishment / scoring and accountability evaluation',
  feature: (infra) => EvaluationModule.register(infra),
  upcasters: EVALUATION_UPCASTERS,
};
