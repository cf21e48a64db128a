#!/usr/bin/env node
/**
 * Verifies the hash chains of a service's event store (see verify-history-cli.ts):
 *   EVENT_STORE=postgres DATABASE_URL=postgres://... DATABASE_SCHEMA=planning node libs/eventstore/dist/verify-history.cli.js
 */
import { runVerifyHistoryCli } from './verify-history-cli.js';

process.exitCode = await runVerifyHistoryCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
