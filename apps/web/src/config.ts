/**
 * The console's runtime configuration, read from `config.json` next to index.html: the URLs of
 * the three services and whether the server offers the development sign-in. The same build runs
 * against any deployment; only config.json differs.
 */
export interface RuntimeConfig {
  planning: string;
  measurement: string;
  evaluation: string;
  /** The server issues demo tokens at POST /dev/sign-in (embedded mode, development only). */
  devSignIn: boolean;
}

const SERVICES = ['planning', 'measurement', 'evaluation'] as const;

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  // Next to index.html, whatever route the page was opened at.
  const res = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
  return parseRuntimeConfig(await res.json());
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) throw new Error('config.json must be an object');
  const r = raw as Record<string, unknown>;
  const urls = SERVICES.map((s) => {
    const v = r[s];
    if (typeof v !== 'string' || !/^https?:\/\//.test(v)) throw new Error(`config.json: "${s}" must be the service's http(s) URL`);
    return v.replace(/\/+$/, '');
  });
  return { planning: urls[0]!, measurement: urls[1]!, evaluation: urls[2]!, devSignIn: r.devSignIn === true };
}
