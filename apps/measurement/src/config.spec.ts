import { describeServiceConfig } from '@capaian/platform/testing';
import { MeasurementConfig } from './config.js';

describeServiceConfig(MeasurementConfig, { serviceName: 'measurement', port: 3002 });
