import { describe, expect, it } from 'vitest';
import { decodeToken } from './api/session';
import { parseRuntimeConfig } from './config';

describe('runtime config and tokens', () => {
  it('reads config.json and refuses one without service URLs', () => {
    expect(parseRuntimeConfig({ planning: 'http://a:1/', measurement: 'http://a:2', evaluation: 'https://b/eval', devSignIn: true })).toEqual({
      planning: 'http://a:1',
      measurement: 'http://a:2',
      evaluation: 'https://b/eval',
      devSignIn: true,
    });
    expect(() => parseRuntimeConfig({ planning: 'http://a', measurement: 'javascript:alert(1)', evaluation: 'http://c' })).toThrow(/measurement/);
    expect(() => parseRuntimeConfig(null)).toThrow();
    expect(parseRuntimeConfig({ planning: 'http://a', measurement: 'http://b', evaluation: 'http://c', devSignIn: 'yes' }).devSignIn).toBe(false);
  });

  it('decodes the claims of a token (with non-ASCII names) and refuses garbage', () => {
    const payload = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ sub: 'Siti Aminah', tenant: 'kab-contoh', unit: 'dpmptsp', roles: ['unit_operator'] }))));
    const token = `x.${payload.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.sig`;
    expect(decodeToken(token)).toMatchObject({ sub: 'Siti Aminah', unit: 'dpmptsp', roles: ['unit_operator'] });
    expect(decodeToken('not a token')).toBeUndefined();
    expect(decodeToken(`x.${btoa('{"sub":1}')}.y`)).toBeUndefined();
  });
});
