import 'reflect-metadata';
import path from 'node:path';
import { evaluationService } from '@capaian/evaluation-feature';
import { measurementService } from '@capaian/measurement-feature';
import { createInProcessBus } from '@capaian/messaging';
import { planningService } from '@capaian/planning-feature';
import {
  ConfigError,
  ServiceConfig,
  issueToken,
  loadConfig,
  runService,
  scopedEnv,
  startConsoleServer,
  type ConsoleServer,
  type Role,
  type ServiceDefinition,
  type StartedService,
} from '@capaian/platform';
import { loadDemoData } from './demo-data.js';

/**
 * Embedded mode: the three services in ONE Node process, each with its own PGlite event store
 * in DATA_DIR/<service> and all sharing one in-process bus. Ports: PLANNING_PORT (3001),
 * MEASUREMENT_PORT (3002), EVALUATION_PORT (3003). DEMO_DATA=false skips the demo data.
 * The web console (apps/web/dist, or CONSOLE_DIR) is served on CONSOLE_PORT (3000; `off` serves
 * none), and the services answer CORS for its origin unless CORS_ORIGINS says otherwise. Unless
 * NODE_ENV=production, the console offers the development sign-in (a demo role and unit).
 */
const DEFAULT_PORTS = { planning: 3001, measurement: 3002, evaluation: 3003 } as const;
const dataDir = path.resolve(process.env.DATA_DIR ?? '.data/embedded');
const consolePort = process.env.CONSOLE_PORT ?? '3000';
const consoleEnabled = consolePort !== 'off';
const consoleDir = path.resolve(process.env.CONSOLE_DIR ?? path.join(import.meta.dirname, '..', '..', 'web', 'dist'));
const consoleOrigins = consoleEnabled ? [`http://localhost:${consolePort}`, `http://127.0.0.1:${consolePort}`].join(',') : undefined;

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
        ...(env.CORS_ORIGINS === undefined && consoleOrigins ? { CORS_ORIGINS: consoleOrigins } : {}),
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

let webConsole: ConsoleServer | undefined;
if (consoleEnabled) {
  const units = async () => {
    const r = await fetch(`${planning.url}/org/tree`, { headers: { authorization: `Bearer ${tokenFor('admin')}` } });
    if (!r.ok) throw new Error(`planning answered ${r.status}`);
    type TreeNode = { unitId: string; name: string; kind: string; status: string; children: TreeNode[] };
    const flat: { unitId: string; name: string; kind: string }[] = [];
    const walk = (n: TreeNode) => {
      if (n.status === 'active') flat.push({ unitId: n.unitId, name: n.name, kind: n.kind });
      n.children.forEach(walk);
    };
    ((await r.json()) as { roots: TreeNode[] }).roots.forEach(walk);
    return flat;
  };
  try {
    webConsole = await startConsoleServer({
      dir: consoleDir,
      port: Number(consolePort),
      host: process.env.HOST ?? '0.0.0.0',
      config: { planning: planning.url, measurement: measurement.url, evaluation: evaluation.url },
      devSignIn: process.env.NODE_ENV === 'production' ? undefined : { tenant: 'kab-contoh', units, issue: (role, unit) => tokenFor(role, unit) },
    });
    process.once('SIGTERM', () => void webConsole?.close());
    process.once('SIGINT', () => void webConsole?.close());
  } catch (e) {
    say(`[capaian] web console not served: ${e instanceof Error ? e.message : String(e)}`);
  }
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
if (webConsole) {
  say('');
  say(`Open the web console: ${webConsole.url}   (sign in with a demo role and unit)`);
}
