/**
 * Pack subscriptions in the real browsers (issue 7): a pack host on 127.0.0.1 publishes signed packs built
 * with `npm run pack` from tests/fixtures/packs; the dashboard subscribes; a claim on a page shows the pack's
 * row in its card; a new version, a tampered pack, the host down and unsubscribing behave as users rely on.
 *
 * The host permission prompt: the dashboard asks with `permissions.request` from the Enter key press that
 * submits the form. A browser's prompt cannot be answered in automation, so the permission is granted the way
 * a user can grant it ahead: in Chromium, the extension's site access (chrome://extensions, via its
 * developerPrivate API), and in Firefox by the `extensions.webextOptionalPermissionPrompts` preference, which
 * grants optional permissions without a doorhanger. The request itself still runs, from the user's key press.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as packCli } from '../../scripts/pack';
import { BROWSERS, useBrowser, waitFor, type ChromiumExtensionBrowser, type TestPage } from './harness';

const FIXTURES = path.resolve('tests/fixtures/packs');
const V1 = '2026.12.01-1';
const V2 = '2026.12.02-1';

/** A static pack host: ETag and If-None-Match like any web server; every request recorded; can go down. */
class PackHost {
  files = new Map<string, Buffer>();
  requests: { path: string; headers: IncomingHttpHeaders; status: number }[] = [];
  private server: Server | null = null;
  port = 0;

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const p = new URL(req.url ?? '/', 'http://x').pathname;
      const body = this.files.get(p);
      const record = (status: number) => this.requests.push({ path: p, headers: req.headers, status });
      if (!body) {
        record(404);
        res.writeHead(404).end('not found');
        return;
      }
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        record(304);
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      record(200);
      // No Access-Control-Allow-Origin: an extension with host permission does not need it.
      res.writeHead(200, { ETag: etag, 'Content-Type': 'application/json', 'Content-Length': body.length });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

/** Builds the published files with the real CLI; returns the public key. */
async function publish(dir: string, args: string[]): Promise<void> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const code = await packCli(args);
    if (code !== 0) throw new Error(`npm run pack -- ${args.join(' ')} exited ${code}`);
  } finally {
    log.mockRestore();
  }
  void dir;
}

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Attack claimed</title>
<meta property="article:published_time" content="2026-12-03T08:00:00Z"><meta property="og:site_name" content="Test Wire">
</head><body><article><h1>Attack claimed in the border town</h1>
<p>The Zorvani Liberation Front, which the United States designated a Foreign Terrorist Organization in 2021, claimed responsibility for the attack on Tuesday.</p>
<p>Officials said the Qeltar Brigades, a group proscribed in the United Kingdom, were also active in the area.</p>
</article></body></html>`;

describe.each(BROWSERS)('pack subscriptions in %s', (browserName) => {
  // The helper starts the fixture server and the browser first; this file's beforeAll then adds the pack host,
  // the Chromium site-access grant and the dashboard, which stays open across the tests.
  const ctx = useBrowser(browserName, {
    routes: { '/sharing/article.html': { body: ARTICLE } },
    launch: { firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } },
  });
  let host: PackHost;
  let dashboard: TestPage;
  let dir: string;
  let publicKey: string;
  const file = (f: string) => path.join(dir, f);
  const indexUrl = () => `${host.origin}/claims/index.json`;
  const sync = () => {
    for (const f of ['index.json', 'v1.jsonl', 'v2.jsonl', 'v1-v2.jsonl', 'v3.jsonl']) {
      try {
        host.files.set(`/claims/${f}`, readFileSync(file(f)));
      } catch {
        host.files.delete(`/claims/${f}`);
      }
    }
  };
  const item = (sel: string) =>
    dashboard.evaluate<string | null>(
      `document.querySelector(${JSON.stringify(`li.subscription[data-url="${indexUrl()}"] ${sel}`)})?.textContent ?? null`,
    );
  const waitItem = async (sel: string, re: RegExp, message: string) => {
    try {
      return await waitFor(async () => ((await item(sel)) ?? '').match(re), {
        timeout: 30_000,
        message: `${browserName}: ${message}`,
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}; status: ${await item('.sub-status')}`);
    }
  };
  /** The dashboard's live row counts ("In this browser: 18 entities, 55 designations, …"). */
  const counts = async () => {
    const text = (await dashboard.textOf('p.counts')) ?? '';
    const n = (re: RegExp) => Number((re.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
    return { entities: n(/([\d,]+) entit/), designations: n(/([\d,]+) designation/) };
  };
  let baseline: { entities: number; designations: number };
  const checkNow = () =>
    dashboard.clickElement(`li.subscription[data-url="${indexUrl()}"] button`, 'Check now');
  const cardFor = async (quote: string) => {
    const page = await ctx.open('/sharing/article.html');
    await page.waitForHighlights((list) => list.some((h) => h.text.includes(quote)));
    const card = await page.openCard(quote);
    await page.close();
    return card;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-packs-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const lines: string[] = [];
    log.mockImplementation((s: string) => void lines.push(s));
    await packCli(['--keygen', '--out', file('team.pem')]);
    log.mockRestore();
    publicKey = /public key .*: (\S+)$/m.exec(lines.join('\n'))![1];
    await publish(dir, [
      path.join(FIXTURES, 'team-v1.json'),
      '--out',
      file('v1.jsonl'),
      '--sign',
      file('team.pem'),
      '--index',
      file('index.json'),
    ]);
    host = new PackHost();
    await host.start();
    sync();
    if (browserName === 'chromium') {
      // The user's "site access" grant on chrome://extensions, made ahead so no prompt waits for an answer.
      const ext = await (ctx.browser as ChromiumExtensionBrowser).context.newPage();
      await ext.goto('chrome://extensions/');
      const id = new URL(ctx.browser.extensionOrigin).host;
      const granted = await ext.evaluate(
        `new Promise((res) => chrome.developerPrivate.addHostPermission(${JSON.stringify(id)}, 'http://127.0.0.1/*', () => res(chrome.runtime.lastError?.message ?? 'ok')))`,
      );
      expect(granted).toBe('ok');
      await ext.close();
    }
    dashboard = await ctx.browser.openExtensionPage('options.html#subscriptions');
    await dashboard.waitForText('label[for=sub-url]');
  });

  afterAll(async () => {
    await host?.stop();
  });

  it('subscribes from the dashboard and a claim’s card shows the pack’s row', async () => {
    baseline = await waitFor(async () => {
      const c = await counts();
      return Number.isFinite(c.entities) ? c : null;
    });
    await dashboard.evaluate(`document.getElementById('sub-url').focus()`);
    await dashboard.type(indexUrl());
    await dashboard.evaluate(`document.getElementById('sub-key').focus()`);
    await dashboard.type(publicKey);
    await dashboard.press('Enter');
    await waitItem('.sub-version', new RegExp(V1), 'version 1 installed');
    expect(await item('.sub-status')).toBe('OK');
    expect(await item('.sub-counts')).toBe('1 entity, 1 designation');
    expect(await item('h3')).toBe('E2E Team Pack');
    // Only the pack files were requested: no cookies, no referrer.
    expect(host.requests.map((r) => r.path)).toEqual(['/claims/index.json', '/claims/v1.jsonl']);
    for (const r of host.requests) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }

    const card = await cardFor('designated a Foreign Terrorist Organization');
    expect(card.text).toContain(`from pack E2E Team Pack (version ${V1})`);
  });

  it('a new version (new ETag) is applied from its delta by Check now; an unchanged one costs one 304', async () => {
    await publish(dir, [
      path.join(FIXTURES, 'team-v2.json'),
      '--out',
      file('v2.jsonl'),
      '--sign',
      file('team.pem'),
      '--index',
      file('index.json'),
    ]);
    await publish(dir, [
      file('v2.jsonl'),
      '--base',
      file('v1.jsonl'),
      '--delta',
      '--out',
      file('v1-v2.jsonl'),
      '--sign',
      file('team.pem'),
      '--index',
      file('index.json'),
    ]);
    sync();
    host.requests.length = 0;
    await checkNow();
    await waitItem('.sub-version', new RegExp(V2), 'version 2 installed');
    expect(host.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      '/claims/index.json 200',
      '/claims/v1-v2.jsonl 200',
    ]);
    expect(host.requests[0].headers['if-none-match']).toBeTruthy();
    expect(await item('.sub-counts')).toBe('2 entities, 2 designations');
    const card = await cardFor('proscribed in the United Kingdom');
    expect(card.text).toContain(`from pack E2E Team Pack (version ${V2})`);

    host.requests.length = 0;
    const before = await item('.sub-last-check');
    await checkNow();
    await waitFor(async () => (await item('.sub-last-check')) !== before || host.requests.length > 0, {
      message: 'a second check',
    });
    await waitItem('.sub-last-check', /no change/, 'an unchanged check');
    expect(host.requests.map((r) => `${r.path} ${r.status}`)).toEqual(['/claims/index.json 304']);
  });

  it('a tampered pack is rejected and the rows of the installed version stay', async () => {
    // Version 3 announced, but its file was altered after signing.
    const v2 = readFileSync(file('v2.jsonl'), 'utf8');
    const [head, ...rest] = v2.split('\n');
    const forged = JSON.stringify({ ...JSON.parse(head), version: '2026.12.03-1' });
    host.files.set(
      '/claims/v3.jsonl',
      Buffer.from([forged, ...rest].join('\n').replace('Qeltar Brigades', 'Qeltar Forged')),
    );
    const index = JSON.parse(readFileSync(file('index.json'), 'utf8'));
    host.files.set(
      '/claims/index.json',
      Buffer.from(
        JSON.stringify({ ...index, version: '2026.12.03-1', full: { url: 'v3.jsonl' }, deltas: [] }),
      ),
    );
    await checkNow();
    await waitItem('.sub-status', /signature does not match/, 'the tampered pack rejected');
    expect(await item('.sub-status')).toMatch(new RegExp(`rows of version ${V2} are kept`));
    expect(await item('.sub-version')).toBe(V2);
    const card = await cardFor('proscribed in the United Kingdom');
    expect(card.text).toContain(`from pack E2E Team Pack (version ${V2})`);
    sync();
  });

  it('the host down gives a clear status and loses nothing', async () => {
    await host.stop();
    await checkNow();
    await waitItem('.sub-status', /could not reach 127\.0\.0\.1/, 'the host-down status');
    expect(await item('.sub-status')).toMatch(new RegExp(`rows of version ${V2} are kept`));
    expect(await item('.sub-counts')).toBe('2 entities, 2 designations');
    // A row keeps the version that last changed it: the delta to version 2 left this one as version 1 had it.
    const card = await cardFor('designated a Foreign Terrorist Organization');
    expect(card.text).toContain(`from pack E2E Team Pack (version ${V1})`);
    await host.start();
  });

  it('unsubscribing removes only that pack’s rows', async () => {
    const withPack = await counts();
    expect(withPack).toEqual({ entities: baseline.entities + 2, designations: baseline.designations + 2 });
    await dashboard.clickElement(`li.subscription[data-url="${indexUrl()}"] button`, 'Unsubscribe');
    await waitFor(async () => (await item('h3')) === null, { message: 'the subscription removed' });
    await waitFor(
      async () => {
        const c = await counts();
        return c.entities === baseline.entities && c.designations === baseline.designations;
      },
      { message: 'the counts as before subscribing' },
    );
    const page = await ctx.open('/sharing/article.html');
    await page.waitForHighlights((list) => list.some((h) => h.text.includes('designated a Foreign')));
    const card = await page.openCard('designated a Foreign Terrorist Organization');
    expect(card.text).not.toContain('E2E Team Pack');
  });
});
