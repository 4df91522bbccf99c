#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the seed article on 127.0.0.1, loads the extension into headless
// Debian chromium, clicks every highlighted claim and writes screenshots plus summary.json to demo-output/.
// Set-up it does itself on a fresh machine: `npm ci` when node_modules is missing, Debian's chromium when missing
// (as root).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function step(title, cmd, args, env = process.env) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`demo: ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

if (!existsSync(path.join(root, 'node_modules/.bin/wxt'))) step('install dependencies', 'npm', ['ci']);

const chromiumPath = process.env.CLAIMCHECK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `demo: chromium not found at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  step('update package lists', 'apt-get', ['update']);
  step('install chromium', 'apt-get', ['install', '-y', 'chromium'], {
    ...process.env,
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

step('build the extension', 'npx', ['wxt', 'build']);

const { tsImport } = await import('tsx/esm/api');
const { runDemo } = await tsImport(
  pathToFileURL(path.join(root, 'scripts/demo/run.ts')).href,
  import.meta.url,
);
try {
  await runDemo({ outDir: path.join(root, 'demo-output') });
} catch (error) {
  console.error('demo failed:', error);
  process.exit(1);
}
