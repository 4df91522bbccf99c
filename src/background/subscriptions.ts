/**
 * Pack subscriptions in the background: the dashboard's requests, the
 * schedule (one alarm that wakes hourly and checks what is due), and the
 * host permission check before any request. Checks run one at a time, so
 * two installs never race over the same pack, and each keeps the service
 * worker alive while it runs (see `keepingAlive`).
 */
import { browser } from 'wxt/browser';
import { onMessage, type SubscriptionsState } from '../messaging/protocol';
import type { InstallProgress } from '../sharing/install';
import {
  addSubscription,
  checkIntervalHours,
  checkSubscription,
  listSubscriptions,
  originPattern,
  setCheckIntervalHours,
  unsubscribe,
} from '../sharing/subscriptions';
import { database } from './database';

const ALARM = 'claimcheck-subscriptions';

/** The check running now, with its progress (not stored: it means nothing after a restart). */
const running = new Map<string, InstallProgress | null>();
let queue: Promise<unknown> = Promise.resolve();

/**
 * How often a running job calls a cheap extension API. Chrome stops an MV3
 * extension service worker after 30 s without an extension event or API call
 * (since Chrome 110 every call resets that timer), and a large pack's install
 * runs for minutes with neither: fetch and IndexedDB do not count. Firefox's
 * MV2 background page is not stopped that way; the call costs nothing there.
 */
export const KEEPALIVE_MS = 20_000;

/**
 * Runs `job`, calling `runtime.getPlatformInfo()` every KEEPALIVE_MS until it
 * settles, then no more: the worker stays alive for the job, not after it.
 * Chrome's documented way to finish a long operation; a worker stopped anyway
 * (browser closed, crash) leaves staged rows that the next install clears.
 */
export async function keepingAlive<T>(job: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    browser.runtime.getPlatformInfo().catch(() => undefined);
  }, KEEPALIVE_MS);
  try {
    return await job();
  } finally {
    clearInterval(timer);
  }
}

/** Runs jobs (checks, unsubscribes) one at a time, each keeping the worker alive while it runs. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = () => keepingAlive(job);
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function hasPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}

function check(url: string): Promise<unknown> {
  if (running.has(url)) return queue;
  running.set(url, null);
  return serial(async () => {
    try {
      const db = await database();
      await checkSubscription(db, url, {
        fetch: async (u, init) => {
          // Only origins the user granted when subscribing; nothing is fetched without that.
          if (!(await hasPermission(u)))
            throw new Error(
              `no permission to read ${new URL(u).origin}: remove this subscription and add it again to grant it`,
            );
          return fetch(u, init);
        },
        onProgress: (p) => running.set(url, p),
      });
    } finally {
      running.delete(url);
    }
  });
}

async function checkDue(): Promise<void> {
  const db = await database();
  const hours = await checkIntervalHours(db);
  const now = Date.now();
  for (const sub of await listSubscriptions(db)) {
    const last = sub.lastCheck ? Date.parse(sub.lastCheck) : 0;
    if (now - last >= hours * 3600_000 - 60_000) void check(sub.url);
  }
}

async function state(): Promise<SubscriptionsState> {
  const db = await database();
  return {
    subscriptions: await listSubscriptions(db),
    intervalHours: await checkIntervalHours(db),
    running: Object.fromEntries(running),
  };
}

export function startSubscriptions(): void {
  onMessage('ui-bg:subscriptions', () => state());
  onMessage('ui-bg:subscribe', async ({ data }) => {
    const db = await database();
    const sub = await addSubscription(db, data.url, data.publicKey);
    void check(sub.url);
    return state();
  });
  onMessage('ui-bg:refresh-subscription', async ({ data }) => {
    void check(data.url);
    return state();
  });
  onMessage('ui-bg:unsubscribe', async ({ data }) => {
    await serial(async () => unsubscribe(await database(), data.url));
    return state();
  });
  onMessage('ui-bg:set-subscription-interval', async ({ data }) => {
    await setCheckIntervalHours(await database(), data.hours);
    return state();
  });

  // An hourly wake-up checks whatever is due; re-creating an existing alarm would restart its clock.
  browser.alarms
    .get(ALARM)
    .then(async (a) => {
      if (!a) await browser.alarms.create(ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    })
    .catch((err: unknown) => console.error('ClaimCheck: could not schedule pack updates', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM)
      checkDue().catch((err: unknown) => console.error('ClaimCheck: pack update check failed', err));
  });
}
