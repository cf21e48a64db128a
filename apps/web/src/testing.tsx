/** Component tests' harness: a screen rendered with the real typed client over a fake backend. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiContext, createApi } from './api/clients';
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
