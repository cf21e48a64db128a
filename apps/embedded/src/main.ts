import 'reflect-metadata';
import path from 'node:path';
import { evaluationService } from '@capaian/evaluation-feature';
import { measurementService } from '@capaian/measurement-feature';
import { createInProcessBus } from '@capaian/messaging';
import { planningService } from '@capaian/planning-feature';
import { ConfigError, ServiceConfig, issueToken, loadConfig, runService, scopedEnv, type Role, type ServiceDefinition, type StartedService } from '@capaian/platform';
import { loadDemoData } from './demo-data.js';

/**
 * Embedded mode: the three services in ONE Node process, each with its own PGlite event store
 * in DATA_DIR/<service> and all sharing one in-process bus. Ports: PLANNING_PORT (3001),
 * MEASUREMENT_PORT (3002), EVALUATION_PORT (3003). DEMO_DATA=false skips the demo data.
 */
const DEFAULT_PORTS = { planning: 3001, measurement: 3002, evaluation: 3003 } as const;
const dataDir = path.resolve(process.env.DATA_DIR ?? '.data/embedded');

function configFor(def: ServiceDefinition): ServiceConfig {
  const prefix = def.serviceName.toUpperCase();
  const env = scopedEnv(prefix, process.env);
  try {
    return loadConfig(
      ServiceConfig,
      {
        ...env,
        PORT: process.env[`${prefix}_PORT`] ?? String(DEFAULT_PORTS[def.serviceName]),
        EVENT_STORE: 'pglite',
        PGLITE_DIR: path.join(dataDir, def.serviceName),
        BUS: 'in-process',
      },
      { serviceName: def.serviceName },
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

const bus = createInProcessBus();
const started: StartedService[] = [];
const definitions = [planningService, measurementService, evaluationService];
for (const [i, def] of definitions.entries()) {
  // The last service to stop closes the shared bus.
  const isLast = i === definitions.length - 1;
  started.push(
    await runService(def, configFor(def), {
      sharedBus: bus,
      defaultMetrics: i === 0,
      onShutdown: isLast ? () => bus.close() : undefined,
    }),
  );
}

const jwtSecret = configFor(planningService).JWT_SECRET;
const tokenFor = (role: Role, unit?: string) => issueToken(jwtSecret, { sub: `demo-${role}`, tenant: 'kab-contoh', unit, roles: [role] }, '12h');
const [planning, measurement, evaluation] = started as [StartedService, StartedService, StartedService];
const say = (msg: string) => process.stdout.write(`${msg}\n`);

if ((process.env.DEMO_DATA ?? 'true') !== 'false') {
  await loadDemoData({ planning: planning.url, measurement: measurement.url }, tokenFor, (m) => say(`[capaian] ${m}`));
}

say('');
say('Capaian is running in embedded mode (one process, PGlite in ' + dataDir + ', in-process bus)');
say(`  planning     ${planning.url}/docs`);
say(`  measurement  ${measurement.url}/docs`);
say(`  evaluation   ${evaluation.url}/docs`);
say('Development tokens (tenant kab-contoh, 12 h):');
say(`  planner         ${tokenFor('planner')}`);
say(`  unit_operator   ${tokenFor('unit_operator', 'dpmptsp')}   (unit dpmptsp)`);
say(`  evaluator       ${tokenFor('evaluator')}`);
say(`  admin           ${tokenFor('admin')}`);
say('Try: curl -H "Authorization: Bearer <planner token>" "' + planning.url + '/org/units/pemda/performance-tree?year=2026"');
say('     curl -H "Authorization: Bearer <evaluator token>" ' + evaluation.url + '/achievements/dpmptsp-2026.iku-01');
