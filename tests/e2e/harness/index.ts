/**
 * Real-browser harness for ClaimCheck: a fixture web server and one driver interface over
 * Debian chromium (Playwright) and firefox-esr (Puppeteer over WebDriver BiDi), each with the built extension.
 */
import { launchChromium, type ChromiumExtensionBrowser, type LaunchOptions } from './chromium';
import type { ExtensionBrowser } from './driver';
import { launchFirefox } from './firefox';
import type { BrowserName } from './paths';

export { TestPage, type ExtensionBrowser, type PageBackend } from './driver';
export type { CardState, PageHighlight, Rect } from './page-scripts';
export { startFixtureServer, type FixtureServer, type RouteHandler, type StaticRoute } from './server';
export { listSeeds, parseSeed, seedArticleHtml, type SeedArticle } from './seed-page';
export { waitFor, type WaitOptions } from './wait';
export { REPO_ROOT, EXTENSION_DIRS, extensionDir, type BrowserName } from './paths';
export { launchChromium, launchFirefox, type ChromiumExtensionBrowser, type LaunchOptions };

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Starts `name` with the built extension installed. */
export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
