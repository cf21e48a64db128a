import 'reflect-metadata';
import { openApiCli } from '@capaian/platform';
import { measurementService } from '@capaian/measurement-feature';
import { MeasurementConfig } from './config.js';

// node apps/measurement/dist/openapi.cli.js --out <file>: the OpenAPI document, with no service running.
await openApiCli(measurementService, MeasurementConfig, process.argv.slice(2));
process.exit(0);
