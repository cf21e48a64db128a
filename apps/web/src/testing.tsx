/** Component tests' harness: a screen rendered with the real typed client over a fake backend. */
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { ApiContext, createApi } from './api/clients';
import { SessionProvider } from './api/session';
import { initI18n } from './i18n';

export interface Call {
  method: string;
  url: URL;
  body: unknown;
}

/** Renders a screen at `path` against a fake backend: `answer` gets each request, returns [status, body]. */
export function renderScreen(route: string, path: string, screen: ReactNode, answer: (call: Call) => [number, unknown] | Promise<[number, unknown]>) {
  initI18n('id');
  const calls: Call[] = [];
  const fetchImpl = (async (input: Request) => {
    const text = await input.text();
    const call = { method: input.method, url: new URL(input.url), body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const [status, body] = await answer(call);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const api = createApi({ planning: 'http://planning.test', measurement: 'http://measurement.test', evaluation: 'http://evaluation.test', devSignIn: false }, () => 't', fetchImpl);
  const view = render(
    <ApiContext.Provider value={api}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={screen} />
        </Routes>
      </MemoryRouter>
    </ApiContext.Provider>,
  );
  return { ...view, calls };
}

const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '');

/** A session token of the demo tenant (unsigned: the console only reads its claims); `claims` adds e.g. `unit`. */
export const sessionToken = (sub: string, roles: readonly string[], claims: Record<string, string> = {}) => `${b64({ alg: 'HS256' })}.${b64({ sub, tenant: 'kab-contoh', ...claims, roles })}.sig`;

/** Signs every test of the enclosing describe in with `token`, and cleans the screen and the session up after each. */
export function signedInForEach(token: string) {
  beforeEach(() => sessionStorage.setItem('capaian.session', token));
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });
}

/** renderScreen for a screen that reads the session (signed in with signedInForEach). */
export const renderWithSession = (route: string, path: string, screen: ReactNode, answer: Parameters<typeof renderScreen>[3]) =>
  renderScreen(route, path, <SessionProvider>{screen}</SessionProvider>, answer);
