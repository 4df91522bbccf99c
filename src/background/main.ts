/**
 * The background owns the claims database and answers typed messages from
 * content scripts, the popup and the dashboard. Listeners stay thin.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type PageContext, type TabReport } from '../messaging/protocol';
import { dismissQuote, setSiteEnabled, siteSettings } from './site-settings';
import { CheckParts } from './checker';
import { database, installBundledData } from './database';
import { startSubscriptions } from './subscriptions';

/** Claims reported by each tab's content script, for the popup and the badge. */
const tabClaims = new Map<number, TabReport>();
/** Each tab's page as the cross-referencing last resolved it (article date for "Add as claim"). */
const tabPages = new Map<number, PageContext>();
/** The page URL each tab's content script last reported from. */
const tabUrls = new Map<number, string>();
/** Checks whose parts are arriving or whose results are being fetched. */
const checks = new CheckParts();

/** Whose check a part belongs to: the tab, then the frame. */
function senderKey(sender: { tab?: { id?: number }; frameId?: number }): string {
  return `${sender.tab?.id ?? 'none'}\u0000${sender.frameId ?? 0}`;
}

function dashboardUrl(hash = ''): string {
  return browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`);
}

async function updateBadge(tabId: number): Promise<void> {
  const entry = tabClaims.get(tabId);
  const text = entry && entry.enabled && entry.claims.length ? String(entry.claims.length) : '';
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
}

export function startBackground(): void {
  startSubscriptions();
  onMessage('cs-bg:page-claims', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    tabClaims.set(tabId, data);
    if (sender.url) tabUrls.set(tabId, sender.url);
    updateBadge(tabId).catch(() => undefined);
  });
  onMessage('ui-bg:tab-for-url', ({ data }) => {
    for (const [tabId, url] of tabUrls) if (url === data.url) return tabId;
    return null;
  });
  onMessage('ui-bg:tab-claims', ({ data }) => tabClaims.get(data.tabId) ?? null);
  onMessage('cs-bg:check-claims', async ({ data, sender }) => {
    const result = await checks.receive(senderKey(sender), data);
    if (result && sender.tab?.id !== undefined) tabPages.set(sender.tab.id, result.page);
    return result;
  });
  onMessage('cs-bg:check-results', ({ data, sender }) => checks.results(senderKey(sender), data.check));
  onMessage('cs-bg:site-settings', ({ data }) => siteSettings(data.host));
  onMessage('cs-bg:dismiss-claim', ({ data }) => dismissQuote(data.host, data.quote));
  onMessage('ui-bg:set-site-enabled', async ({ data }) => {
    await setSiteEnabled(data.host, data.enabled);
    if (data.tabId !== undefined)
      await sendMessage('bg-cs:site-enabled-changed', { enabled: data.enabled }, data.tabId).catch(
        () => undefined,
      );
  });
  onMessage('cs-bg:add-to-database', async ({ data }) => {
    const params = new URLSearchParams({ quote: data.quote, url: data.url, date: data.date });
    await browser.tabs.create({ url: dashboardUrl(`add?${params}`) });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabClaims.delete(tabId);
    tabUrls.delete(tabId);
    tabPages.delete(tabId);
    checks.forget(`${tabId}`);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await sendMessage('bg-cs:step-claim', { direction }, tab.id).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Install and every update bring the bundled reference data up to date (idempotently).
    // (A fresh install loads it on first open; an update reloads it over the old version.)
    const ready = reason === 'update' ? database().then(installBundledData) : database();
    ready.catch((err: unknown) => console.error('ClaimCheck: could not load bundled data', err));
    browser.contextMenus.create({
      id: 'claimcheck-add-claim',
      title: 'Add as claim',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== 'claimcheck-add-claim' || !info.selectionText) return;
    const params = new URLSearchParams({
      quote: info.selectionText.trim(),
      url: info.pageUrl ?? tab?.url ?? '',
      date:
        (tab?.id !== undefined ? tabPages.get(tab.id)?.articleDate : undefined) ??
        new Date().toISOString().slice(0, 10),
    });
    await browser.tabs.create({ url: dashboardUrl(`add?${params}`) });
  });
}
