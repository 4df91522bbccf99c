/**
 * Real-browser harness for ClaimCheck: a fixture web server and one driver interface over
 * Debian chromium (Playwright) and firefox-esr (Puppeteer over WebDriver BiDi), each with the built extension.
 */
export { TestPage, type ExtensionBrowser, type PageBackend } from './driver';
export type { CardState, PageHighlight, Rect } from './page-scripts';
export { startFixtureServer, type FixtureServer, type RouteHandler, type StaticRoute } from './server';
export { listSeeds, parseSeed, seedArticleHtml, type SeedArticle } from './seed-page';
export { waitFor, type WaitOptions } from './wait';
export { REPO_ROOT, EXTENSION_DIRS, extensionDir, type BrowserName } from './paths';
export { launchChromium, type ChromiumExtensionBrowser, type LaunchOptions } from './chromium';
export { launchFirefox } from './firefox';
export { BROWSERS, launchBrowser } from './launch';
export { useBrowser, type BrowserSuite, type BrowserSuiteOptions } from './suite';
