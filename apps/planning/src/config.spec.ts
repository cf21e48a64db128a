import { describeServiceConfig } from '@capaian/platform/testing';
import { PlanningConfig } from './config.js';

describeServiceConfig(PlanningConfig, { serviceName: 'planning', port: 3001 });
