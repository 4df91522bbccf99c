import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';

/** Repository root (this file lives in tests/e2e/harness/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');
export const SEED_DIR = path.join(REPO_ROOT, 'tests/fixtures/seed');

/** Where `wxt build` (-b firefox) writes the unpacked extension for each browser. */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.join(REPO_ROOT, '.output/chrome-mv3'),
  firefox: path.join(REPO_ROOT, '.output/firefox-mv2'),
};

const BUILD_COMMANDS: Record<BrowserName, string> = {
  chromium: 'npx wxt build',
  firefox: 'npx wxt build -b firefox',
};

export const BROWSER_EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CLAIMCHECK_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.CLAIMCHECK_FIREFOX ?? '/usr/bin/firefox-esr',
};

/**
 * The e2e suite builds nothing itself: it tests what `npm test` (or the demo) built.
 * Fails with a message that says what to run when the build is missing.
 */
export function extensionDir(browser: BrowserName): string {
  const dir = EXTENSION_DIRS[browser];
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension for ${browser} at ${path.relative(REPO_ROOT, dir)}/manifest.json. ` +
        `Build it first with \`${BUILD_COMMANDS[browser]}\` (\`npm test\` builds both before the e2e suite).`,
    );
  }
  const exe = BROWSER_EXECUTABLES[browser];
  if (!existsSync(exe)) {
    throw new Error(
      `${browser} is not installed at ${exe}. Install Debian's package: ` +
        '`apt-get update && apt-get install -y chromium firefox-esr` (`.ci/run` does this as root).',
    );
  }
  return dir;
}
