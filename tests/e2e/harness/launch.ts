import { launchChromium, type ChromiumExtensionBrowser, type LaunchOptions } from './chromium';
import type { ExtensionBrowser } from './driver';
import { launchFirefox } from './firefox';
import type { BrowserName } from './paths';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Starts `name` with the built extension installed. */
export function launchBrowser(name: 'chromium', options?: LaunchOptions): Promise<ChromiumExtensionBrowser>;
export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<ExtensionBrowser>;
export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
