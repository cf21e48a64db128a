// Generates the typed API client's types from the three services' OpenAPI documents: each
// service's openapi.cli.js writes the document (no service runs), openapi-typescript turns it into
// src/api/generated/<service>.ts. Both outputs are build products (git-ignored).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
const web = path.resolve(here, '..');
const root = path.resolve(web, '..', '..');
const docsDir = path.join(web, '.openapi');
const outDir = path.join(web, 'src', 'api', 'generated');
const services = ['planning', 'measurement', 'evaluation'];

fs.mkdirSync(outDir, { recursive: true });
const started = Date.now();
await Promise.all(
  services.map(async (service) => {
    const doc = path.join(docsDir, `${service}.json`);
    await run(process.execPath, [path.join(root, 'apps', service, 'dist', 'openapi.cli.js'), '--out', doc], { cwd: root });
    const ast = await openapiTS(new URL(`file://${doc}`));
    const header = `// Generated from the ${service} service's OpenAPI document by scripts/generate-api-types.mjs. Do not edit.\n`;
    fs.writeFileSync(path.join(outDir, `${service}.ts`), header + astToString(ast));
  }),
);
process.stdout.write(`[web] API types generated for ${services.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
