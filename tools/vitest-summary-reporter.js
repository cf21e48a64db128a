// Vitest's counterpart of jest-summary-reporter.js: writes the run's totals to
// .data/test-results/<project>.json for scripts/test-all.sh's closing line.
import fs from 'node:fs';
import path from 'node:path';

export default class VitestSummaryReporter {
  constructor(name = 'vitest') {
    this.name = name;
  }
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0;
    let failed = unhandledErrors?.length ?? 0;
    let skipped = 0;
    let suitesFailed = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed') suitesFailed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const dir = process.env.CAPAIAN_RESULTS_DIR ?? path.resolve(import.meta.dirname, '..', '.data', 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${this.name}.json`), JSON.stringify({ project: this.name, passed, failed, skipped, suitesFailed }));
  }
}
