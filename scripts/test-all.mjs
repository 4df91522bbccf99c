#!/usr/bin/env node
// `npm test`: every check of the project, in order, without stopping at a failure:
// typecheck, lint, unit tests, both builds and zips, web-ext lint of the Firefox build, e2e tests in both browsers.
// Each step ends with a plain closing line "<name>: N passed, N failed"; the last line of the run is the total
// "N passed, N failed". Exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** Runs a command, streaming its output, and resolves with its exit code and captured stdout+stderr. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.stdout.isTTY ? process.env : { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (error) => resolve({ code: 127, output: output + String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** A step that passes when its command exits 0. */
const command = (name, cmd, args) => ({
  name,
  async run() {
    const { code } = await run(cmd, args);
    return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  },
});

/** A test suite run through scripts/run-suite.mjs: counts come from its closing line. */
const suite = (name, npmScript) => ({
  name,
  async run() {
    const { code, output } = await run('npm', ['run', '--silent', npmScript]);
    const lines = [...output.matchAll(new RegExp(`^${name}: (\\d+) passed, (\\d+) failed$`, 'gm'))];
    const last = lines.at(-1);
    const passed = last ? Number(last[1]) : 0;
    let failed = last ? Number(last[2]) : 1;
    if (code !== 0 && failed === 0) failed = 1; // a crash after the counts is still a failure
    return { passed, failed };
  },
});

/** web-ext lint on the Firefox build (addons.mozilla.org rules): passes with zero errors; warnings are listed. */
const webExtLint = {
  name: 'web-ext-lint',
  async run() {
    const { output } = await run('npx', [
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv2',
      '--output',
      'json',
      '--no-config-discovery',
    ]);
    const start = output.indexOf('{');
    let report;
    try {
      report = JSON.parse(output.slice(start, output.lastIndexOf('}') + 1));
    } catch {
      console.log('web-ext lint: no JSON report');
      return { passed: 0, failed: 1 };
    }
    for (const level of ['errors', 'warnings']) {
      for (const m of report[level] ?? [])
        console.log(`  ${level.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
    }
    const { errors, warnings } = report.summary;
    console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
    return errors === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  },
};

const steps = [
  command('typecheck', 'npx', ['tsc', '--noEmit']),
  command('lint', 'npm', ['run', '--silent', 'lint']),
  suite('unit', 'test:unit'),
  command('build-chrome', 'npx', ['wxt', 'build']),
  command('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox']),
  command('zip-chrome', 'npx', ['wxt', 'zip']),
  command('zip-firefox', 'npx', ['wxt', 'zip', '-b', 'firefox']),
  webExtLint,
  suite('e2e', 'test:e2e'),
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  const result = await step.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  passed += result.passed;
  failed += result.failed;
  const line = `${step.name}: ${result.passed} passed, ${result.failed} failed`;
  summary.push(`${line} (${seconds} s)`);
  console.log(`--- ${step.name} took ${seconds} s`);
  console.log(line);
}
console.log('\n=== summary');
for (const line of summary) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
