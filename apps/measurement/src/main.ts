import 'reflect-metadata';
import { loadConfigOrExit, runService } from '@capaian/platform';
import { MeasurementConfig } from './config.js';
import { measurementService } from '@capaian/measurement-feature';

const config = loadConfigOrExit(MeasurementConfig, process.env, { serviceName: 'measurement' });
await runService(measurementService, config);
