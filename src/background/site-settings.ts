/** Per-site reader settings, kept in extension storage (never sent anywhere). */
import { browser } from 'wxt/browser';
import type { SiteSettings } from '../messaging/protocol';

const KEY = 'siteSettings';
type Stored = Record<string, { disabled?: boolean; dismissed?: string[] }>;

async function load(): Promise<Stored> {
  const got = await browser.storage.local.get(KEY);
  return (got[KEY] as Stored | undefined) ?? {};
}

export async function siteSettings(host: string): Promise<SiteSettings> {
  const site = (await load())[host] ?? {};
  return { enabled: !site.disabled, dismissed: site.dismissed ?? [] };
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const all = await load();
  all[host] = { ...all[host], disabled: !enabled };
  await browser.storage.local.set({ [KEY]: all });
}

export async function dismissQuote(host: string, quote: string): Promise<void> {
  const all = await load();
  const site = all[host] ?? {};
  const dismissed = new Set(site.dismissed ?? []);
  dismissed.add(quote);
  all[host] = { ...site, dismissed: [...dismissed] };
  await browser.storage.local.set({ [KEY]: all });
}
