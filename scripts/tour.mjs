#!/usr/bin/env node
// Copies the screenshots of the README's tour from the last browser run (.data/screenshots, written by
// e2e/test/console.e2e-spec.ts) to docs/tour/, resized by nothing: what the test saw is what the README shows.
// Run after `npm test` (or `cd e2e && npm test -- console.e2e-spec.ts`): `npm run tour`.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const FROM = path.join(ROOT, '.data', 'screenshots');
const TO = path.join(ROOT, 'docs', 'tour');
export const TOUR = [
  '10-dashboard',
  '12-scorecard-kpis',
  '30-my-realizations',
  '40-verification-queue',
  '40-org-tree',
  '54-plan-kpis',
  '67-agreement-compare',
  '73-policies-effect-saved',
  '85-sakip-finalized',
  '93-recommendation-accepted',
  '96-published',
  'A0-portal-scores',
  'A3-portal-phone',
];

const missing = TOUR.filter((name) => !fs.existsSync(path.join(FROM, `${name}.png`)));
if (missing.length > 0) {
  console.error(`tour: no screenshot for ${missing.join(', ')} in ${FROM}; run the browser tests first`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const name of TOUR) {
  fs.copyFileSync(path.join(FROM, `${name}.png`), path.join(TO, `${name}.png`));
  console.log(`tour: docs/tour/${name}.png`);
}
