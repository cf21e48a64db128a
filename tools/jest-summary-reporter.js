// Writes each Jest run's totals to .data/test-results/<project>.json so scripts/test-all.sh can
// print one closing line for the whole suite ("N passed, N failed, N skipped").
import fs from 'node:fs';
import path from 'node:path';

export default class SummaryReporter {
  constructor(globalConfig, options) {
    this.name = options?.name ?? 'jest';
  }
  onRunComplete(_contexts, results) {
    const dir = path.join(process.env.CAPAIAN_RESULTS_DIR ?? path.resolve(import.meta.dirname, '..', '.data', 'test-results'));
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.name}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({
        project: this.name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        suitesFailed: results.numFailedTestSuites,
      }),
    );
  }
}
