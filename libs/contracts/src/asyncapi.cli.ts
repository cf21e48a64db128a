#!/usr/bin/env node
/**
 * Writes the AsyncAPI description of the integration events (docs/events/asyncapi.json):
 *   npx nx run contracts:build && node libs/contracts/dist/asyncapi.cli.js --out docs/events/asyncapi.json
 * Without --out it prints the document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asyncApiText } from './asyncapi.js';

const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : undefined;
if (!out) process.stdout.write(asyncApiText());
else {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, asyncApiText());
}
