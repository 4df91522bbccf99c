// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import type { InstallProgress } from '../../../src/sharing/install';
import {
  addSubscription,
  checkIntervalHours,
  checkSubscription,
  listSubscriptions,
  setCheckIntervalHours,
  unsubscribe,
} from '../../../src/sharing/subscriptions';
import { Subscriptions, type SubscriptionsApi } from '../../../src/ui/dashboard/Subscriptions';
import { button, byLabel, choose, click, freshDb, type, waitFor } from '../dashboard/helpers';
import { designation, entity, fakeHost, pack, rows } from './fixtures';

const URL1 = 'https://packs.example.org/team.jsonl';
let db: ClaimsDb | null = null;
let root: HTMLElement | null = null;
afterEach(async () => {
  if (root) await act(() => render(null, root!));
  db?.close();
  db = null;
});

/** The panel's API over the real subscription logic (what the background does, minus the browser). */
function api(d: ClaimsDb, host: ReturnType<typeof fakeHost>, granted: string[]): SubscriptionsApi {
  const state = async () => ({
    subscriptions: await listSubscriptions(d),
    intervalHours: await checkIntervalHours(d),
    running: {},
  });
  const check = (url: string) => checkSubscription(d, url, { fetch: host.fetch });
  return {
    state,
    subscribe: async (url, key) => (await addSubscription(d, url, key), await check(url), state()),
    refresh: async (url) => (await check(url), state()),
    unsubscribe: async (url) => (await unsubscribe(d, url), state()),
    setInterval: async (h) => (await setCheckIntervalHours(d, h), state()),
    requestOrigin: async (url) => (granted.push(url), true),
  };
}

describe('Subscriptions panel', () => {
  it('asks for the pack’s origin only, lists the pack, shows errors in words and unsubscribes', async () => {
    db = await freshDb();
    const host = fakeHost();
    host.serve(URL1, {
      body: await pack('v1', rows(entity('t:e1', 'Liwa Test'), designation('t:d1', 't:e1'))),
    });
    const granted: string[] = [];
    document.body.innerHTML = '<div></div>';
    root = document.body.firstElementChild as HTMLElement;
    await act(() => render(<Subscriptions api={api(db!, host, granted)} />, root!));
    await type(byLabel(document, 'Pack address'), URL1);
    await act(() => (document.querySelector('form.subscribe') as HTMLFormElement).requestSubmit());
    const item = await waitFor(() => document.querySelector('li.subscription'), 'the subscription');
    expect(granted).toEqual([URL1]);
    expect(item.querySelector('h3')?.textContent).toBe('Team pack');
    expect(item.textContent).toContain('v1');
    expect(item.textContent).toContain('1 entity, 1 designation');
    expect(item.querySelector('.sub-status')?.textContent).toBe('OK');

    host.setDown(true);
    await click(button(document, 'Check Team pack now'));
    await waitFor(
      () => /could not reach/.test(item.querySelector('.sub-status')?.textContent ?? ''),
      'error',
    );
    expect(item.querySelector('.sub-status')?.textContent).toMatch(/rows of version v1 are kept/);

    await choose(byLabel<HTMLSelectElement>(document, 'Check for updates'), '168');
    expect(await checkIntervalHours(db)).toBe(168);

    await click(button(document, 'Unsubscribe from Team pack'));
    await waitFor(() => !document.querySelector('li.subscription'), 'removal');
    expect(await db.entities.count()).toBe(0);
  });
});

describe('Subscriptions panel while a pack installs', () => {
  it('shows the download, then the rows written of the total, for the subscription being checked', async () => {
    db = await freshDb();
    await addSubscription(db, URL1, null);
    const progress: { current: InstallProgress | null } = {
      current: { phase: 'download', done: 42_500_000, total: 100_000_000 },
    };
    const base = api(db!, fakeHost(), []);
    const panelApi: SubscriptionsApi = {
      ...base,
      state: async () => ({ ...(await base.state()), running: { [URL1]: progress.current } }),
    };
    document.body.innerHTML = '<div></div>';
    root = document.body.firstElementChild as HTMLElement;
    await act(() => render(<Subscriptions api={panelApi} />, root!));
    const status = () => document.querySelector('li.subscription .sub-status')?.textContent ?? '';
    await waitFor(() => status().startsWith('Downloading'), 'download progress');
    expect(status()).toBe('Downloading: 42.5 of 100.0 MB');
    expect(button(document, `Check ${URL1} now`).disabled).toBe(true);

    progress.current = { phase: 'write', done: 340_000, total: 1_000_000 };
    await waitFor(() => status().startsWith('Writing'), 'write progress', 3000);
    expect(status()).toBe('Writing rows: 340,000 of 1,000,000');
    const bar = document.querySelector('li.subscription progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([340_000, 1_000_000]);
  });
});
