#!/usr/bin/env node
// Runs one test suite with Vitest and prints the plain closing line CI reads:
// "<suite>: N passed, N failed". Exit code is Vitest's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const suite = process.argv[2];
const configs = { unit: 'vitest.config.ts', e2e: 'vitest.e2e.config.ts' };
if (!configs[suite]) {
  console.error(`usage: run-suite.mjs ${Object.keys(configs).join('|')} [vitest args]`);
  process.exit(64);
}
const outDir = path.resolve('test-results');
mkdirSync(outDir, { recursive: true });
const report = path.join(outDir, `${suite}.json`);
rmSync(report, { force: true });

const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    configs[suite],
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(3),
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  // Tests that never ran because a hook of their file failed (e.g. beforeAll could not start a browser) are
  // reported as skipped in a failed file: they failed.
  for (const file of json.testResults ?? []) {
    if (file.status !== 'failed') continue;
    failed += file.assertionResults.filter((t) => t.status === 'skipped' || t.status === 'pending').length;
    if (file.assertionResults.length === 0) failed += 1; // the file failed before collecting any test
  }
  if (json.numTotalTests === 0) failed += 1; // a suite that ran nothing is a failure
} catch {
  failed += 1;
}
console.log(`${suite}: ${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
