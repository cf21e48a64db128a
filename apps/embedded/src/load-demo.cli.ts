#!/usr/bin/env node
/**
 * Loads the demo Pemda into running services (embedded or distributed), through their HTTP APIs:
 *   npm run demo-data -- [--planning http://localhost:3001] [--measurement http://localhost:3002]
 * Tokens are signed with JWT_SECRET (the services' secret; the development one when unset).
 * Idempotent: running it again writes nothing new.
 */
import { DEV_JWT_SECRET, issueToken, type Role } from '@capaian/platform';
import { DEMO_TENANT } from '@capaian/demo-data';
import { loadDemoData } from './demo-data.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const urls = { planning: arg('planning', 'http://localhost:3001'), measurement: arg('measurement', 'http://localhost:3002') };
const secret = process.env['JWT_SECRET'] ?? DEV_JWT_SECRET;
const tokenFor = (role: Role, unit?: string) => issueToken(secret, { sub: `demo-${role}`, tenant: DEMO_TENANT, unit, roles: [role] }, '1h');
const started = Date.now();
try {
  await loadDemoData(urls, tokenFor, (m) => process.stdout.write(`[capaian] ${m}\n`));
  process.stdout.write(`[capaian] demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (tenant ${DEMO_TENANT})\n`);
} catch (e) {
  process.stderr.write(`[capaian] demo data failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
