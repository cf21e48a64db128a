import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import { ROOT, http, token, startEmbedded, type EmbeddedInstance } from './support.js';
import type { ResponseCase } from './openapi-responses/case.js';
import { PLANNING_CASES } from './openapi-responses/planning.cases.js';
import { MEASUREMENT_CASES } from './openapi-responses/measurement.cases.js';
import { EVALUATION_CASES } from './openapi-responses/evaluation.cases.js';

/**
 * The OpenAPI documents are the source of the web console's typed client, so they must say what
 * the services answer: each case calls the real embedded services (demo Pemda) and validates the
 * JSON answer against the schema of the operation's documented status. An operation without a
 * documented JSON schema for that status fails the case.
 */
type Doc = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, unknown> } };
/** What every service has from the platform: probes and the history check. */
const PLATFORM_CASES: ResponseCase[] = (['planning', 'measurement', 'evaluation'] as const).flatMap((service) => [
  { service, role: 'viewer', path: '/health/live' },
  { service, role: 'viewer', path: '/health/ready' },
  { service, role: 'admin', path: '/health/ready' },
  { service, role: 'admin', path: '/admin/history/verify' },
]);
const CASES: ResponseCase[] = [...PLATFORM_CASES, ...PLANNING_CASES, ...MEASUREMENT_CASES, ...EVALUATION_CASES];

/** The path template of the document that a concrete path matches (`/kpis/{kpiId}` for `/kpis/a.b`). */
export function templateFor(doc: Doc, method: string, concrete: string): string | undefined {
  const bare = concrete.split('?')[0]!;
  const candidates = Object.keys(doc.paths).filter((t) => doc.paths[t]![method.toLowerCase()]);
  const matches = candidates.filter((t) => {
    const re = new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return re.test(bare);
  });
  // The most literal template wins (`/scorecards/template` over `/scorecards/{scorecardId}`).
  return matches.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
}

describe('OpenAPI documents describe the real answers', () => {
  let embedded: EmbeddedInstance;
  const docs = new Map<string, Doc>();
  const validators = new Map<string, ValidateFunction>();
  const ajv = new Ajv({ strict: false, allErrors: true });

  beforeAll(async () => {
    embedded = await startEmbedded();
    for (const service of ['planning', 'measurement', 'evaluation'] as const) {
      const doc = (await http('GET', `${embedded.urls[service]}/docs-json`, undefined)).body as Doc;
      docs.set(service, doc);
      // Components are registered once per service, so `$ref: '#/components/schemas/X'` resolves.
      ajv.addSchema({ components: doc.components ?? {} }, `${service}.json`);
    }
  }, 240_000);

  afterAll(async () => {
    await embedded?.stop();
  });

  it('the documents the web console is generated from (openapi.cli.js, no service running) are the ones the services serve', async () => {
    const run = promisify(execFile);
    await Promise.all(
      (['planning', 'measurement', 'evaluation'] as const).map(async (service) => {
        const { stdout } = await run(process.execPath, [path.join(ROOT, 'apps', service, 'dist', 'openapi.cli.js')], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
        expect(JSON.parse(stdout)).toEqual(docs.get(service));
      }),
    );
  }, 120_000);

  it('lists cases for every service', () => {
    for (const service of ['planning', 'measurement', 'evaluation']) expect(CASES.filter((c) => c.service === service).length).toBeGreaterThan(0);
  });

  it.each(CASES.map((c) => [`${c.method ?? 'GET'} ${c.service} ${c.path} as ${c.role}`, c] as const))('%s', async (_name, c) => {
    const method = c.method ?? 'GET';
    const doc = docs.get(c.service)!;
    const template = templateFor(doc, method, c.path);
    expect(template).toBeDefined();
    const res = await http(method, `${embedded.urls[c.service]}${c.path}`, token(c.role, c.unit), c.body);
    const status = c.status ?? res.status;
    expect(res.status).toBe(status);
    expect(res.status).toBeLessThan(300);
    const declared = doc.paths[template!]![method.toLowerCase()].responses?.[String(status)]?.content?.['application/json']?.schema;
    if (!declared) throw new Error(`${method} ${template} documents no JSON schema for ${status}`);
    const key = `${c.service} ${method} ${template} ${status}`;
    let validate = validators.get(key);
    if (!validate) {
      const rewritten = JSON.parse(JSON.stringify(declared).replaceAll('"#/components/', `"${c.service}.json#/components/`));
      validate = ajv.compile(rewritten);
      validators.set(key, validate);
    }
    const ok = validate(res.body);
    if (!ok) throw new Error(`${key}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(res.body).slice(0, 600)}`);
  });
});
