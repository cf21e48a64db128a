#!/usr/bin/env node
/**
 * Rebuilds evaluation's projections from its event store and prints progress:
 *   npm run evaluation:rebuild          (same environment variables as the service: EVENT_STORE, DATABASE_URL...)
 * Reads only; the running service rebuilds its live views with POST /admin/rebuild (admin role).
 */
import 'reflect-metadata';
import { evaluationService, rebuildFromStore } from '@capaian/evaluation-feature';
import { closeServiceInfrastructure, createServiceInfrastructure, loadConfigOrExit, settingsFromConfig } from '@capaian/platform';
import { EvaluationConfig } from './config.js';

const config = loadConfigOrExit(EvaluationConfig, process.env, { serviceName: 'evaluation' });
const infra = await createServiceInfrastructure({ ...settingsFromConfig('evaluation', config), bus: 'in-process', upcasters: evaluationService.upcasters });
try {
  await rebuildFromStore(infra.store, (line) => process.stdout.write(`[evaluation] ${line}\n`));
} catch (e) {
  process.stderr.write(`[evaluation] rebuild failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  await closeServiceInfrastructure(infra);
}
