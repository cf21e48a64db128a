import 'reflect-metadata';
import { openApiCli } from '@capaian/platform';
import { planningService } from '@capaian/planning-feature';
import { PlanningConfig } from './config.js';

// node apps/planning/dist/openapi.cli.js --out <file>: the OpenAPI document, with no service running.
await openApiCli(planningService, PlanningConfig, process.argv.slice(2));
process.exit(0);
