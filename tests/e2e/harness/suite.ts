import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ChromiumExtensionBrowser, LaunchOptions } from './chromium';
import type { ExtensionBrowser, TestPage } from './driver';
import { launchBrowser } from './launch';
import type { BrowserName } from './paths';
import { startFixtureServer, type FixtureServer, type RouteHandler, type StaticRoute } from './server';

export interface BrowserSuiteOptions {
  /** Extra pages for the fixture server, by path (see {@link FixtureServer.route}). */
  routes?: Record<string, StaticRoute | RouteHandler>;
  /** Passed to the browser's launch (viewport, Firefox preferences). */
  launch?: LaunchOptions;
}

/** What a `describe` block gets from {@link useBrowser}; `server` and `browser` exist once its `beforeAll` ran. */
export interface BrowserSuite<B extends ExtensionBrowser = ExtensionBrowser> {
  readonly server: FixtureServer;
  readonly browser: B;
  /**
   * Opens a tab on `target` (a path on the fixture server, or an absolute URL) and waits for its load. The tab is
   * closed after the current test, so open it in a test or `beforeEach`, not in `beforeAll`.
   */
  open(target: string): Promise<TestPage>;
}

/**
 * Registers, in the calling `describe`, the lifecycle every e2e file shares: `beforeAll` starts a fixture server
 * (with `routes`) and launches `name` with the built extension; `afterEach` closes the tabs `open()` opened;
 * `afterAll` closes the browser and the server. Hooks the file adds after this call see both started.
 */
export function useBrowser(
  name: 'chromium',
  options?: BrowserSuiteOptions,
): BrowserSuite<ChromiumExtensionBrowser>;
export function useBrowser(name: BrowserName, options?: BrowserSuiteOptions): BrowserSuite;
export function useBrowser(
  name: BrowserName,
  { routes = {}, launch }: BrowserSuiteOptions = {},
): BrowserSuite {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const pages = new Set<TestPage>();

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const [pathname, response] of Object.entries(routes)) server.route(pathname, response);
    browser = await launchBrowser(name, launch);
  });

  afterEach(async () => {
    const open = [...pages];
    pages.clear();
    for (const page of open) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Read lazily: the describe body runs before beforeAll, so a destructured value would still be unset.
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowser(${name}): the ${what} is not started yet`);
    return value;
  };
  return {
    get server() {
      return started(server, 'fixture server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async open(target) {
      const page = await started(browser, 'browser').openPage(started(server, 'fixture server').url(target));
      // A test may close its tab itself (e.g. mid-test); then afterEach must not close it a second time.
      const close = page.close.bind(page);
      page.close = () => {
        pages.delete(page);
        return close();
      };
      pages.add(page);
      return page;
    },
  };
}
