import 'reflect-metadata';
import { openApiCli } from '@capaian/platform';
import { evaluationService } from '@capaian/evaluation-feature';
import { EvaluationConfig } from './config.js';

// node apps/evaluation/dist/openapi.cli.js --out <file>: the OpenAPI document, with no service running.
await openApiCli(evaluationService, EvaluationConfig, process.argv.slice(2));
process.exit(0);
