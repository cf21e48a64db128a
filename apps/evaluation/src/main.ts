import 'reflect-metadata';
import { loadConfigOrExit, runService } from '@capaian/platform';
import { EvaluationConfig } from './config.js';
import { evaluationService } from '@capaian/evaluation-feature';

const config = loadConfigOrExit(EvaluationConfig, process.env, { serviceName: 'evaluation' });
await runService(evaluationService, config);
