import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ClaimsDb } from '../../../src/db/schema';
import { KEEPALIVE_MS, keepingAlive, startSubscriptions } from '../../../src/background/subscriptions';
import { addSubscription, listSubscriptions } from '../../../src/sharing/subscriptions';
import { freshDb } from '../db/helpers';
import { designation, entity, pack, rows, URL1 } from '../sharing/fixtures';

let db: ClaimsDb;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));
// The dashboard's messages play no part here: the alarm starts the check.
vi.mock('../../../src/messaging/protocol', () => ({ onMessage: () => () => undefined }));

/** Calls of the keepalive's extension API. */
let pings: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  // Only the interval is faked: IndexedDB and streams keep their own (real) timers.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  pings = vi.fn(async () => ({ os: 'linux', arch: 'x86-64' }));
  fakeBrowser.runtime.getPlatformInfo = pings as never;
  fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
  db = await freshDb();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  db.close();
});

/** A promise the test settles, for a job that runs as long as the test wants. */
function gate() {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((open = res), (fail = rej)));
  return { promise, open, fail };
}

/** Once the job has settled: no more calls, however long the worker lives on, and no timer left. */
function expectStopped(calls: number) {
  vi.advanceTimersByTime(10 * KEEPALIVE_MS);
  expect(pings).toHaveBeenCalledTimes(calls);
  expect(vi.getTimerCount()).toBe(0);
}

describe('keepingAlive', () => {
  it('calls a cheap extension API every 20 s while the job runs, and stops once it succeeded', async () => {
    const g = gate();
    const done = keepingAlive(async () => (await g.promise, 'result'));
    vi.advanceTimersByTime(KEEPALIVE_MS - 1);
    expect(pings).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(pings).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * KEEPALIVE_MS);
    expect(pings).toHaveBeenCalledTimes(3);
    g.open();
    expect(await done).toBe('result');
    expectStopped(3);
  });

  it('stops once the job failed, passing its error on', async () => {
    const g = gate();
    const done = keepingAlive(() => g.promise);
    vi.advanceTimersByTime(2 * KEEPALIVE_MS);
    expect(pings).toHaveBeenCalledTimes(2);
    g.fail(new Error('connection reset'));
    await expect(done).rejects.toThrow('connection reset');
    expectStopped(2);
  });

  it('a failing keepalive call does not disturb the job', async () => {
    pings.mockRejectedValue(new Error('extension context invalidated'));
    const g = gate();
    const done = keepingAlive(async () => (await g.promise, 1));
    vi.advanceTimersByTime(3 * KEEPALIVE_MS);
    g.open();
    expect(await done).toBe(1);
    expect(pings).toHaveBeenCalledTimes(3);
  });
});

describe('a scheduled check (alarm, no dashboard open)', () => {
  beforeAll(() => startSubscriptions());

  /**
   * Serves the pack through a body that stops half-way until `g` settles (a long download or install);
   * `stalled` resolves once the check is waiting there.
   */
  async function serveStalling(g: ReturnType<typeof gate>) {
    const bytes = new TextEncoder().encode(
      await pack('v1', rows(entity('t:e1', 'Liwa Test'), designation('t:d1', 't:e1'))),
    );
    const half = bytes.length >> 1;
    let reachedHalf!: () => void;
    const stalled = new Promise<void>((res) => (reachedHalf = res));
    vi.stubGlobal('fetch', async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(c) {
          c.enqueue(bytes.slice(0, half));
          reachedHalf();
          try {
            await g.promise;
            c.enqueue(bytes.slice(half));
            c.close();
          } catch (e) {
            c.error(e);
          }
        },
      });
      return new Response(body, { headers: { 'Content-Length': String(bytes.length) } });
    });
    return { stalled };
  }

  /** Waits (real time) until the subscription has been checked. */
  async function checked() {
    for (let i = 0; i < 500; i++) {
      const [sub] = await listSubscriptions(db);
      if (sub?.lastCheck) return sub;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the check did not finish');
  }

  /** Subscribes, fires the hourly alarm and returns once the check is held half-way through the pack. */
  async function stalledScheduledCheck() {
    const g = gate();
    const { stalled } = await serveStalling(g);
    await addSubscription(db, URL1, null);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'claimcheck-subscriptions', scheduledTime: Date.now() });
    await stalled;
    return g;
  }

  it('keeps the worker alive while the install runs, and not after it', async () => {
    const g = await stalledScheduledCheck();
    vi.advanceTimersByTime(3 * KEEPALIVE_MS);
    expect(pings).toHaveBeenCalledTimes(3);
    g.open();
    expect(await checked()).toMatchObject({ lastError: null, version: 'v1' });
    expectStopped(3);
  });

  it('stops keeping it alive when the install fails', async () => {
    const g = await stalledScheduledCheck();
    vi.advanceTimersByTime(2 * KEEPALIVE_MS);
    expect(pings).toHaveBeenCalledTimes(2);
    g.fail(new TypeError('network error: connection reset'));
    expect((await checked()).lastError).toMatch(/connection reset/);
    expectStopped(2);
  });
});
