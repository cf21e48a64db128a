import { describeServiceConfig } from '@capaian/platform/testing';
import { EvaluationConfig } from './config.js';

describeServiceConfig(EvaluationConfig, { serviceName: 'evaluation', port: 3003 });
