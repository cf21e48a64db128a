#!/usr/bin/env node
// Web console bench (not a test): embedded mode with the demo Pemda and the console, driven by
// Debian's Chromium through playwright-core. Over the BUILT apps:
//
//   npx nx run-many -t build -p @capaian/embedded @capaian/web && node bench/console/run.mjs
//
// Env: BENCH_RUNS (default 10), CHROMIUM_PATH (default /usr/bin/chromium), CONSOLE_DIR (default apps/web/dist),
// BENCH_SCORECARD (default dpmptsp-2026), BENCH_EXTRA_EVENTS (default 0): events of other tenants
// (bench/replay/history.mjs) written into evaluation's store before the start, so the demo Pemda's
// reads run on a store of that size.
//
//   initial JS        gzip size of the scripts index.html loads (entry + modulepreload), and of every
//                     script the browser fetched until the dashboard showed its scores
//   first load        a new browser context (cold cache, signed in) opens /?year=2026&period=Q2 until
//                     every unit's score cell shows a figure, and until everything is drawn (charts,
//                     KPI colour counts: nothing loading); ceiling: the same browser fetching the
//                     dashboard's first three API answers itself, in parallel
//   replay slider     evaluator on /replay/<scorecard>: each step of the slider until the score of that
//                     instant is shown; ceiling: GET ...?asOf=<instant> for each instant of the
//                     timeline, fetched raw from Node (the answer each step waits for)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateHistory } from '../replay/history.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = process.env.CONSOLE_DIR ?? path.join(ROOT, 'apps', 'web', 'dist');
const SCORECARD = process.env.BENCH_SCORECARD ?? 'dpmptsp-2026';
const EXTRA = Number(process.env.BENCH_EXTRA_EVENTS ?? 0);
const log = (...a) => console.log(...a);

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

// --- initial JS from the build ---------------------------------------------------------------
const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
const entryBytes = entry.reduce((sum, src) => sum + gz(path.join(DIST, src.replace(/^\//, ''))), 0);
log(`initial JS (index.html): ${entry.length} file(s), ${(entryBytes / 1024).toFixed(1)} KB gzip`);

// --- embedded mode with the console ---------------------------------------------------------
const ports = { console: await freePort(), planning: await freePort(), measurement: await freePort(), evaluation: await freePort() };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-bench-console-'));
let extraWritten = 0;
if (EXTRA > 0) {
  const { createPgliteEventStore } = await import(new URL('../../libs/eventstore/dist/index.js', import.meta.url).href);
  log(`writing ~${EXTRA.toLocaleString()} events of other tenants into evaluation's store...`);
  const store = await createPgliteEventStore({ dataDir: path.join(dataDir, 'evaluation') });
  extraWritten = await generateHistory(store, EXTRA, log);
  await store.close();
}
log(`starting embedded mode (data ${dataDir})...`);
const child = spawn(process.execPath, [path.join(ROOT, 'apps/embedded/dist/main.js')], {
  cwd: ROOT,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    CONSOLE_PORT: String(ports.console),
    PLANNING_PORT: String(ports.planning),
    MEASUREMENT_PORT: String(ports.measurement),
    EVALUATION_PORT: String(ports.evaluation),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
    if (out.includes('Open the web console')) resolve();
  });
  child.on('exit', (code) => reject(new Error(`embedded exited with ${code}`)));
});
const consoleUrl = `http://127.0.0.1:${ports.console}`;
const api = { planning: `http://127.0.0.1:${ports.planning}`, measurement: `http://127.0.0.1:${ports.measurement}`, evaluation: `http://127.0.0.1:${ports.evaluation}` };
const tokenFor = async (role, unit) => (await (await fetch(`${consoleUrl}/dev/sign-in`, { method: 'POST', body: JSON.stringify({ role, unit }) })).json()).token;
const evaluator = await tokenFor('evaluator');

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
});
const signedContext = async (token) => {
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 900 } });
  await context.addInitScript((t) => sessionStorage.setItem('capaian.session', t), token);
  return context;
};

// --- first load of the dashboard --------------------------------------------------------------
const DASHBOARD = `${consoleUrl}/?year=2026&period=Q2`;
const scoresShown = async (page) =>
  page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('[data-testid^="unit-score-"]')];
      return cells.length > 0 && cells.every((c) => (c.textContent ?? '').trim() !== '');
    },
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
const allDrawn = async (page) =>
  page.waitForFunction(() => !document.querySelector('[role="status"]') && !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000, polling: 'raf' });
const loads = [];
const complete = [];
const apiFloor = [];
let scriptsLoaded = new Set();
for (let i = 0; i <= RUNS; i++) {
  const context = await signedContext(evaluator);
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === consoleUrl && u.pathname.endsWith('.js')) scripts.add(u.pathname);
  });
  const t0 = performance.now();
  await page.goto(DASHBOARD);
  await scoresShown(page);
  const ms = performance.now() - t0;
  await allDrawn(page);
  const all = performance.now() - t0;
  // The floor: the same browser asking the services for what the dashboard shows, nothing else.
  const floor = await page.evaluate(
    async ({ api, token }) => {
      const h = { authorization: `Bearer ${token}` };
      const t = performance.now();
      await Promise.all(
        [fetch(`${api.planning}/org/tree`, { headers: h }), fetch(`${api.evaluation}/scores/rankings/2026?period=Q2`, { headers: h }), fetch(`${api.measurement}/reminders`, { headers: h })].map((p) =>
          p.then((r) => r.text()),
        ),
      );
      return performance.now() - t;
    },
    { api, token: evaluator },
  );
  if (i > 0) {
    // run 0 warms the services' caches and the OS page cache; it is not counted
    loads.push(ms);
    complete.push(all);
    apiFloor.push(floor);
  }
  scriptsLoaded = scripts;
  await context.close();
}
const dashboardJs = [...scriptsLoaded].reduce((sum, p) => sum + gz(path.join(DIST, p.replace(/^\//, ''))), 0);
log(`JS fetched until the dashboard showed its scores: ${scriptsLoaded.size} file(s), ${(dashboardJs / 1024).toFixed(1)} KB gzip`);

// --- replay slider ----------------------------------------------------------------------------
const context = await signedContext(evaluator);
const page = await context.newPage();
await page.goto(`${consoleUrl}/replay/${SCORECARD}?year=2026&period=Q2`);
const slider = page.locator('input[type="range"][name="asOf"]');
await slider.waitFor({ timeout: 30_000 });
await page.getByTestId('replay-score').waitFor();
const max = Number(await slider.getAttribute('max'));
const min = Number(await slider.getAttribute('min'));
const steps = [];
await slider.focus();
await page.keyboard.press('End');
await page.waitForTimeout(500);
for (let pos = max; pos > min; pos--) {
  const t0 = performance.now();
  await page.keyboard.press('ArrowLeft');
  // The step is done when the slider is at its new stop and no panel waits for its answer
  // (the score panel is aria-busy from the key press until the answer for that stop is drawn).
  await page.waitForFunction(
    (want) => {
      const input = document.querySelector('input[type="range"][name="asOf"]');
      return input && Number(input.value) === want && !document.querySelector('[aria-busy="true"]') && !document.querySelector('[role="status"]');
    },
    pos - 1,
    { polling: 'raf', timeout: 30_000 },
  );
  steps.push(performance.now() - t0);
}
// The ceiling: the score at each instant of the timeline, fetched raw from Node.
const timeline = await (await fetch(`${api.evaluation}/scores/scorecards/${SCORECARD}/timeline?period=Q2`, { headers: { authorization: `Bearer ${evaluator}` } })).json();
const rawSteps = [];
for (const point of timeline.points) {
  const r0 = performance.now();
  await (await fetch(`${api.evaluation}/scores/scorecards/${SCORECARD}?period=Q2&asOf=${encodeURIComponent(point.occurredAt)}`, { headers: { authorization: `Bearer ${evaluator}` } })).text();
  rawSteps.push(performance.now() - r0);
}
await context.close();
await browser.close();
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));
fs.rmSync(dataDir, { recursive: true, force: true });

const fmt = (x) => (x === undefined ? '-' : x.toFixed(0));
const rows = [
  ['first load of the dashboard: unit scores shown (ms)', RUNS, median(loads), p90(loads), median(apiFloor), p90(apiFloor)],
  ['first load of the dashboard: everything drawn (ms)', RUNS, median(complete), p90(complete), median(apiFloor), p90(apiFloor)],
  ['replay slider step (ms)', steps.length, median(steps), p90(steps), rawSteps.length ? median(rawSteps) : undefined, rawSteps.length ? p90(rawSteps) : undefined],
];
log('\n| figure | n | p50 | p90 | ceiling p50 | ceiling p90 | ratio (ceiling/figure, p50) |');
log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, n, a, b, c, d] of rows) log(`| ${name} | ${n} | ${fmt(a)} | ${fmt(b)} | ${fmt(c)} | ${fmt(d)} | ${c ? (c / a).toFixed(2) : '-'} |`);
log(`| initial JS, gzip (KB) | ${entry.length} files | ${(entryBytes / 1024).toFixed(1)} | | | | |`);
log(`| JS until the dashboard is shown, gzip (KB) | ${scriptsLoaded.size} files | ${(dashboardJs / 1024).toFixed(1)} | | | | |`);

const resultsFile = path.join(ROOT, 'bench', 'results.json');
const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
const storeKey = EXTRA > 0 ? `demo+${extraWritten}` : 'demo';
results.console = { ...(results.console ?? {}) };
results.console[storeKey] = {
  extraEvents: extraWritten,
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  runs: RUNS,
  scorecard: SCORECARD,
  initialJsGzipBytes: entryBytes,
  dashboardJsGzipBytes: dashboardJs,
  firstLoadMs: { p50: median(loads), p90: p90(loads), ceilingP50: median(apiFloor), ceilingP90: p90(apiFloor) },
  firstLoadCompleteMs: { p50: median(complete), p90: p90(complete) },
  replayStepMs: { n: steps.length, p50: median(steps), p90: p90(steps), ceilingP50: rawSteps.length ? median(rawSteps) : null, ceilingP90: rawSteps.length ? p90(rawSteps) : null },
};
fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`\nwritten: ${path.relative(ROOT, resultsFile)} (console, ${storeKey})`);
