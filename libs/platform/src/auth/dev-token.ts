/** The logic of the dev-token CLI (testable without spawning a process). */
import { parseArgs } from 'node:util';
import { DEV_JWT_SECRET, isRole, ROLES, type Principal } from './principal.js';
import { issueToken } from './token.js';

export const DEV_TOKEN_USAGE = `Usage: node libs/platform/dist/auth/dev-token.cli.js --role <role>[,<role>...] --tenant <tenant> [--unit <unit>] [--sub <name>] [--ttl 12h]
  --role    one or more of ${ROLES.join(', ')} (repeat the flag or separate with commas)
  --tenant  tenant id, e.g. kab-contoh
  --unit    unit (OPD) id, e.g. opd-dinkes
  --sub     subject / user id (default: dev-<first role>)
  --ttl     lifetime: seconds or a timespan like 30m, 12h, 7d (default 12h)
Signs with JWT_SECRET, or the development default when NODE_ENV is not production.`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Returns the exit code. */
export function runDevTokenCli(argv: string[], env: Record<string, string | undefined>, io: CliIo): number {
  let values: { role?: string[]; tenant?: string; unit?: string; sub?: string; ttl?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string', multiple: true, short: 'r' },
        tenant: { type: 'string', short: 't' },
        unit: { type: 'string', short: 'u' },
        sub: { type: 'string', short: 's' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${DEV_TOKEN_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(DEV_TOKEN_USAGE);
    return 0;
  }
  const secret = env.JWT_SECRET && env.JWT_SECRET.trim() !== '' ? env.JWT_SECRET : undefined;
  if (!secret && env.NODE_ENV === 'production') {
    io.err('Refusing to sign with the development secret while NODE_ENV=production: set JWT_SECRET.');
    return 1;
  }
  const roles = (values.role ?? [])
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  const problems: string[] = [];
  if (roles.length === 0) problems.push('--role is required');
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) problems.push(`unknown role(s): ${unknown.join(', ')} (valid: ${ROLES.join(', ')})`);
  if (!values.tenant) problems.push('--tenant is required');
  if (problems.length > 0) {
    io.err(`${problems.join('\n')}\n${DEV_TOKEN_USAGE}`);
    return 2;
  }
  const claims: Principal = {
    sub: values.sub ?? `dev-${roles[0]}`,
    tenant: values.tenant!,
    roles: roles as Principal['roles'],
  };
  if (values.unit) claims.unit = values.unit;
  const ttl = values.ttl ?? '12h';
  try {
    io.out(issueToken(secret ?? DEV_JWT_SECRET, claims, /^\d+$/.test(ttl) ? Number(ttl) : ttl));
  } catch (error) {
    io.err(`Cannot issue token: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  return 0;
}
