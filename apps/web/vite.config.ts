import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import VitestSummaryReporter from '../../tools/vitest-summary-reporter.js';

// The console is static files: dist/ plus a runtime config.json (service URLs) served beside it.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // ECharts and elkjs are large and loaded only by the screens that draw (lazy chunks).
    chunkSizeWarningLimit: 1800,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    reporters: ['default', new VitestSummaryReporter('web')],
  },
});
