#!/usr/bin/env node
/**
 * Prints a development bearer token:
 *   node libs/platform/dist/auth/dev-token.cli.js --role planner --tenant kab-contoh --unit opd-dinkes [--sub name] [--ttl 12h]
 */
import { runDevTokenCli } from './dev-token.js';

process.exitCode = runDevTokenCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
