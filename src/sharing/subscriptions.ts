/**
 * Pack subscriptions: a URL (a pack index or a pack), an optional public key,
 * and what was last fetched from it. Checking a subscription makes one
 * request to the subscribed URL (conditional: an unchanged pack costs one
 * small 304), then, when the version changed, one request for a delta from
 * the installed version or for the full pack. Nothing else is sent: no
 * cookies, no referrer, nothing about the pages the user reads.
 *
 * Everything here is plain logic over a ClaimsDb and an injected fetch, so
 * the unit tests drive it with fake-indexeddb and canned responses; the
 * background (src/background/subscriptions.ts) adds permissions and alarms.
 */
import type { ClaimsDb } from '../db/schema';
import type { RowCounts } from '../db/types';
import { removePack } from '../db/write';
import {
  DeltaBaseMismatch,
  installPackStream,
  PackRejected,
  type InstallProgress,
  type InstallResult,
} from './install';
import { parsePublicKey } from './integrity';
import { looksLikeIndex, readPackIndex, type PackIndex } from './pack-index';
import { compareVersions } from './version';

export interface Subscription {
  /** The subscribed URL: a pack index or a pack. */
  url: string;
  /** Base64 Ed25519 public key; packs must be signed with its private key. */
  publicKey: string | null;
  addedAt: string;
  /** Provenance label of the pack's rows (the pack's name, made unique), fixed at the first install. */
  label: string | null;
  packId: string | null;
  name: string | null;
  version: string | null;
  counts: RowCounts | null;
  /** Validators of the last successful response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastCheck: string | null;
  /** What the last check did. */
  lastResult: 'installed' | 'updated' | 'unchanged' | 'error' | null;
  /** When the pack's rows last changed. */
  lastChange: string | null;
  /** The last check's error in words; null after a successful check. */
  lastError: string | null;
  /** Rows of the pack left out because another pack, an import or the bundled data holds their id. */
  skippedForeign?: number;
}

export const SUBSCRIPTIONS_KEY = 'subscriptions';
export const INTERVAL_KEY = 'subscriptionIntervalHours';
export const DEFAULT_INTERVAL_HOURS = 24;

export async function listSubscriptions(db: ClaimsDb): Promise<Subscription[]> {
  const row = await db.settings.get(SUBSCRIPTIONS_KEY);
  return Array.isArray(row?.value) ? (row.value as Subscription[]) : [];
}

async function saveSubscription(db: ClaimsDb, sub: Subscription): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const subs = await listSubscriptions(db);
    const i = subs.findIndex((s) => s.url === sub.url);
    if (i >= 0) subs[i] = sub;
    else subs.push(sub);
    await db.settings.put({ key: SUBSCRIPTIONS_KEY, value: subs });
  });
}

export async function checkIntervalHours(db: ClaimsDb): Promise<number> {
  const v = (await db.settings.get(INTERVAL_KEY))?.value;
  return typeof v === 'number' && v > 0 ? v : DEFAULT_INTERVAL_HOURS;
}

export async function setCheckIntervalHours(db: ClaimsDb, hours: number): Promise<void> {
  if (!Number.isFinite(hours) || hours < 1 || hours > 24 * 30)
    throw new Error('the check interval must be between 1 hour and 30 days');
  await db.settings.put({ key: INTERVAL_KEY, value: hours });
}

/** A subscription URL as typed by a user: http(s) only, no credentials, no fragment. Throws with the reason. */
export function normaliseSubscriptionUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error('not a web address (it should start with https://)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('only http and https addresses can be subscribed to');
  if (url.username || url.password) throw new Error('the address must not contain a user name or password');
  url.hash = '';
  return url.href;
}

/**
 * The host permission pattern for a pack URL: scheme and host, any port.
 * Match patterns have no port (Chrome ignores one; Firefox stores it but then
 * does not treat the fetch as permitted, so it fails as a CORS request).
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Records a new subscription (not yet fetched). Throws on a bad URL or key, or a duplicate. */
export async function addSubscription(
  db: ClaimsDb,
  urlText: string,
  publicKey: string | null,
  now: string = new Date().toISOString(),
): Promise<Subscription> {
  const url = normaliseSubscriptionUrl(urlText);
  const key = publicKey?.trim() || null;
  if (key) parsePublicKey(key);
  if ((await listSubscriptions(db)).some((s) => s.url === url))
    throw new Error('already subscribed to this address');
  const sub: Subscription = {
    url,
    publicKey: key,
    addedAt: now,
    label: null,
    packId: null,
    name: null,
    version: null,
    counts: null,
    etag: null,
    lastModified: null,
    lastCheck: null,
    lastResult: null,
    lastChange: null,
    lastError: null,
  };
  await saveSubscription(db, sub);
  return sub;
}

/** Removes a subscription and exactly its pack's rows (user rows and other packs' rows stay). */
export async function unsubscribe(db: ClaimsDb, url: string): Promise<RowCounts | null> {
  const sub = (await listSubscriptions(db)).find((s) => s.url === url);
  if (!sub) return null;
  const removed = sub.label ? await removePack(db, 'subscription', sub.label) : null;
  await db.transaction('rw', db.settings, async () => {
    const subs = (await listSubscriptions(db)).filter((s) => s.url !== url);
    await db.settings.put({ key: SUBSCRIPTIONS_KEY, value: subs });
  });
  return removed;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface CheckOptions {
  fetch?: FetchLike;
  now?: () => string;
  onProgress?: (p: InstallProgress) => void;
  /** Large packs: rows parked in `staging` per record. */
  memoryRows?: number;
  /** Packs up to this many bytes are read whole and parsed while writing; larger ones go through `staging`. */
  directMaxBytes?: number;
}

/** A failure in words for the dashboard. */
class CheckError extends Error {}

function describe(error: unknown, url: string): string {
  if (error instanceof CheckError || error instanceof PackRejected) return error.message;
  if (error instanceof DeltaBaseMismatch) return error.message;
  const host = new URL(url).host;
  const msg = (error as Error)?.message ?? String(error);
  if (error instanceof TypeError && /fetch|network|load/i.test(msg))
    return `could not reach ${host} (server down, offline or blocked): ${msg}`;
  return `${msg}`;
}

/** The body of a response as chunks of bytes; left early (the pack is already installed), the download stops. */
async function* bodyChunks(res: Response): AsyncGenerator<Uint8Array> {
  if (!res.body) return;
  const reader = res.body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** A body whose first chunk was already read (to tell an index from a pack). */
async function* prepend(
  first: Uint8Array | null,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  try {
    if (first) yield first;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest.return?.();
  }
}

const MAX_INDEX_BYTES = 1 << 20;

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
}

/**
 * Checks one subscription now: fetches, verifies and installs what changed.
 * Never throws for a failed check: the subscription records the error in
 * words and the rows of the installed version stay.
 */
export async function checkSubscription(
  db: ClaimsDb,
  url: string,
  opts: CheckOptions = {},
): Promise<Subscription> {
  const fetchImpl = opts.fetch ?? ((u, init) => fetch(u, init));
  const now = opts.now ?? (() => new Date().toISOString());
  const found = (await listSubscriptions(db)).find((s) => s.url === url);
  if (!found) throw new Error(`not subscribed to ${url}`);
  const sub: Subscription = { ...found };
  const installed = sub.label ? ((await db.packs.get(sub.label))?.version ?? null) : null;

  const request = (u: string, conditional: boolean): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (conditional && installed !== null && installed === sub.version) {
      if (sub.etag) headers['If-None-Match'] = sub.etag;
      if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
    }
    // No cookies, no referrer: the pack host learns nothing but that this pack was fetched.
    return fetchImpl(u, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  };
  const ok = async (res: Response, what: string) => {
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new CheckError(
        `${what} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} (${res.url || url})`,
      );
    }
    return res;
  };
  const taken = new Set<string>([
    ...(await listSubscriptions(db)).filter((s) => s.url !== url && s.label).map((s) => s.label!),
    ...(await db.packs.toArray()).filter((p) => p.origin !== 'subscription').map((p) => p.id),
  ]);
  const chooseLabel = (name: string) => {
    if (sub.label) return sub.label;
    let label = name;
    for (let n = 2; taken.has(label); n++) label = `${name} (${n})`;
    return label;
  };
  const install = (body: AsyncIterable<Uint8Array>, res: Response, kinds?: ('full' | 'delta')[]) =>
    installPackStream(db, body, {
      label: (h) => chooseLabel(h.name),
      source: res.url || url,
      expectId: sub.packId,
      publicKey: sub.publicKey,
      kinds,
      memoryRows: opts.memoryRows,
      directMaxBytes: opts.directMaxBytes,
      // Content-Length counts compressed bytes when the server compresses: no total then.
      totalBytes: res.headers.get('Content-Encoding')
        ? null
        : Number(res.headers.get('Content-Length')) || null,
      onProgress: opts.onProgress,
    });

  const checkedAt = now();
  try {
    const res = await request(url, true);
    let result: InstallResult | null = null;
    if (res.status !== 304) {
      await ok(res, 'the server');
      const it = bodyChunks(res)[Symbol.asyncIterator]();
      // Enough of the start to tell an index from a pack, however the body is cut into chunks.
      let head: Uint8Array | null = null;
      while (!head || head.byteLength < 64) {
        const r = await it.next();
        if (r.done) break;
        head = head ? concatBytes(head, r.value) : r.value;
      }
      const headText = head ? new TextDecoder().decode(head.subarray(0, 256)) : '';
      if (looksLikeIndex(headText)) {
        const index = await readIndex(prepend(head, it), res.url || url);
        if (sub.packId && index.id !== sub.packId)
          throw new CheckError(`this URL now lists pack "${index.id}", not "${sub.packId}" as before`);
        // An index naming an older version (an old copy served again) is refused before any pack is fetched.
        if (installed !== null && compareVersions(index.version, installed) < 0)
          throw new CheckError(
            `Pack version ${index.version} (named by the index) is older than installed ${installed}: refused`,
          );
        if (installed === null || index.version !== installed) {
          result = await installFromIndex(index);
        }
      } else {
        result = await install(prepend(head, it), res);
      }
      sub.etag = res.headers.get('ETag');
      sub.lastModified = res.headers.get('Last-Modified');
    }
    if (result) {
      sub.label = result.label;
      sub.packId = result.header.id;
      sub.name = result.header.name;
      if (!result.alreadyInstalled)
        sub.skippedForeign = Object.values(result.skippedForeign).reduce((a, b) => a + b, 0);
    }
    const pack = sub.label ? await db.packs.get(sub.label) : undefined;
    sub.version = pack?.version ?? sub.version;
    sub.counts = pack?.counts ?? sub.counts;
    sub.lastResult = !result
      ? 'unchanged'
      : installed === null
        ? 'installed'
        : result.changed || result.header.version !== installed
          ? 'updated'
          : 'unchanged';
    if (result && (result.changed || installed === null)) sub.lastChange = checkedAt;
    sub.lastError = null;
  } catch (error) {
    sub.lastResult = 'error';
    const kept = installed ? ` The rows of version ${installed} are kept.` : '';
    sub.lastError = `${describe(error, url)}.${kept}`.replace(/\.\./, '.');
  }
  sub.lastCheck = checkedAt;
  const stillSubscribed = await db.transaction('rw', db.settings, async () => {
    const subs = await listSubscriptions(db);
    const i = subs.findIndex((s) => s.url === url);
    if (i < 0) return false;
    subs[i] = sub;
    await db.settings.put({ key: SUBSCRIPTIONS_KEY, value: subs });
    return true;
  });
  // Unsubscribed while this check ran: the unsubscribe wins, including over rows this check wrote.
  if (!stillSubscribed && sub.label) await removePack(db, 'subscription', sub.label);
  return sub;

  async function installFromIndex(index: PackIndex): Promise<InstallResult> {
    const delta = installed !== null ? index.deltas.find((d) => d.baseVersion === installed) : undefined;
    if (delta) {
      try {
        const res = await ok(await request(delta.url, false), 'the delta pack');
        return await install(bodyChunks(res), res, ['delta']);
      } catch (error) {
        // A missing delta, or one for another base, is not fatal: the full pack serves as well.
        if (!(error instanceof DeltaBaseMismatch) && !(error instanceof CheckError)) throw error;
      }
    }
    const res = await ok(await request(index.full.url, false), 'the full pack');
    return install(bodyChunks(res), res, ['full']);
  }
}

async function readIndex(body: AsyncIterable<Uint8Array>, base: string): Promise<PackIndex> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of body) {
    size += c.byteLength;
    if (size > MAX_INDEX_BYTES) throw new CheckError('the pack index is over 1 MB: not an index');
    parts.push(c);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new CheckError(`the pack index is not JSON (${(e as Error).message})`);
  }
  try {
    return readPackIndex(json, base);
  } catch (e) {
    throw new CheckError((e as Error).message);
  }
}
