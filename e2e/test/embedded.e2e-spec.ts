import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, http, startProcess, stopProcess, token, waitReady, walkingSkeletonFlow, type RunningProcess } from './support.js';

/** The same flow in embedded mode: one process, PGlite on disk, the in-process bus. */
describe('cross-service flow: embedded mode (one process, PGlite, in-process bus)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-embedded-'));
  let proc: RunningProcess | undefined;
  const urls = { planning: '', measurement: '', evaluation: '' };
  let env: Record<string, string> = {};

  beforeAll(async () => {
    const [p1, p2, p3] = [await freePort(), await freePort(), await freePort()];
    urls.planning = `http://127.0.0.1:${p1}`;
    urls.measurement = `http://127.0.0.1:${p2}`;
    urls.evaluation = `http://127.0.0.1:${p3}`;
    env = { DATA_DIR: dataDir, PLANNING_PORT: String(p1), MEASUREMENT_PORT: String(p2), EVALUATION_PORT: String(p3), HOST: '127.0.0.1', DEMO_DATA: 'false' };
    proc = startProcess('embedded', 'apps/embedded/dist/main.js', env);
    for (const url of Object.values(urls)) await waitReady(url, proc);
  }, 120_000);

  afterAll(async () => {
    if (proc) await stopProcess(proc);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the flow, and the data survives a restart', async () => {
    const { kpiId } = await walkingSkeletonFlow(urls, `emb${Date.now().toString(36)}`);
    expect(await stopProcess(proc!)).toBe(0);

    proc = startProcess('embedded', 'apps/embedded/dist/main.js', env);
    for (const url of Object.values(urls)) await waitReady(url, proc);
    const kpi = await http('GET', `${urls.planning}/kpis/${kpiId}`, token('viewer'));
    expect(kpi.status).toBe(200);
    const achievement = await http('GET', `${urls.evaluation}/achievements/${kpiId}`, token('evaluator'));
    expect(achievement.body.periods[0]).toMatchObject({ period: 'Y', achievementDisplay: '75.00' });
    for (const url of Object.values(urls)) expect((await fetch(`${url}/docs`)).status).toBe(200);
  });
});
