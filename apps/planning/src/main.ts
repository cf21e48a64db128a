import 'reflect-metadata';
import { loadConfigOrExit, runService } from '@capaian/platform';
import { PlanningConfig } from './config.js';
import { planningService } from '@capaian/planning-feature';

const config = loadConfigOrExit(PlanningConfig, process.env, { serviceName: 'planning' });
await runService(planningService, config);
