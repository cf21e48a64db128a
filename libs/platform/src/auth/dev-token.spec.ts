import { DEV_JWT_SECRET } from './principal.js';
import { runDevTokenCli } from './dev-token.js';
import { verifyToken } from './token.js';

function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDevTokenCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dev-token CLI', () => {
  it('prints a token signed with the dev secret by default', () => {
    const r = run(['--role', 'planner', '--tenant', 'kab-contoh', '--unit', 'opd-dinkes', '--sub', 'budi', '--ttl', '12h']);
    expect(r.code).toBe(0);
    expect(verifyToken(DEV_JWT_SECRET, r.out)).toEqual({ sub: 'budi', tenant: 'kab-contoh', unit: 'opd-dinkes', roles: ['planner'] });
  });

  it('uses JWT_SECRET and accepts several roles', () => {
    const r = run(['--role', 'planner,viewer', '--role', 'evaluator', '--tenant', 't'], { JWT_SECRET: 'abc' });
    expect(r.code).toBe(0);
    expect(verifyToken('abc', r.out)).toEqual({ sub: 'dev-planner', tenant: 't', roles: ['planner', 'viewer', 'evaluator'] });
  });

  it('refuses the dev secret in production', () => {
    const r = run(['--role', 'planner', '--tenant', 't'], { NODE_ENV: 'production' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('set JWT_SECRET');
    expect(run(['--role', 'planner', '--tenant', 't'], { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).code).toBe(0);
  });

  it('reports bad arguments with the usage', () => {
    const r = run(['--role', 'boss']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown role(s): boss');
    expect(r.err).toContain('--tenant is required');
    expect(r.err).toContain('Usage:');
    expect(run(['--role', 'planner', '--tenant', 't', '--ttl', 'forever']).code).toBe(2);
    expect(run(['--bogus']).code).toBe(2);
  });
});
