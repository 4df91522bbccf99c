import { afterEach, beforeEach } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import { applyRows, emptyRowSet, type RowInput, type RowSet } from '../../../src/db/write';
import type { InstallOptions } from '../../../src/sharing/install';
import { generateKeyPair, pemToPkcs8 } from '../../../src/sharing/integrity';
import { sealedJsonLinesText, type Deletes, type HeaderInput } from '../../../src/sharing/publish';
import { addSubscription, checkSubscription } from '../../../src/sharing/subscriptions';
import { entity, freshDb } from '../db/helpers';

export { entity };

export function designation(id: string, entityId: string, list = 'US FTO'): RowInput<'designations'> {
  return {
    id,
    entityId,
    authority: 'United States',
    list,
    listedOn: '2020-01-01',
    endedOn: null,
    sourceUrl: 'https://example.org/listing',
  };
}

export function rows(...items: (RowInput<'entities'> | RowInput<'designations'>)[]): RowSet {
  const set = emptyRowSet();
  for (const r of items) {
    if ('entityId' in r) set.designations.push(r);
    else set.entities.push(r);
  }
  return set;
}

export function header(version: string, extra: Partial<HeaderInput> = {}): HeaderInput {
  return {
    id: 'team-pack',
    name: 'Team pack',
    version,
    kind: 'full',
    createdAt: '2026-12-01T00:00:00Z',
    sources: ['tests'],
    ...extra,
  };
}

export function pack(
  version: string,
  set: RowSet,
  extra: Partial<HeaderInput> = {},
  deletes?: Deletes,
  key?: Uint8Array,
) {
  return sealedJsonLinesText(header(version, extra), set, deletes, key);
}

/** A sealed delta from `baseVersion` to `version`: `set` added or replaced, `deletes` removed. */
export function delta(version: string, baseVersion: string, set: RowSet, deletes?: Deletes) {
  return sealedJsonLinesText(header(version, { kind: 'delta', baseVersion }), set, deletes);
}

/** Rows of the bundled data (another source), which no pack may overwrite or delete. */
export function installBundled(db: ClaimsDb, set: RowSet) {
  return applyRows(db, set, {
    provenance: { origin: 'bundled', label: 'claimcheck-bundled', version: '1', addedAt: 'now' },
    pack: { name: 'bundled', format: 'claimcheck-pack' },
  });
}

export async function keys(): Promise<{ pkcs8: Uint8Array; publicKey: string }> {
  const k = await generateKeyPair();
  return { pkcs8: pemToPkcs8(k.privateKeyPem), publicKey: k.publicKey };
}

interface Route {
  body: string | Uint8Array;
  etag?: string;
  status?: number;
  /** Serve only this many bytes, then end the body normally (a cut-short download). */
  truncateAt?: number;
  /** Serve this many bytes, then fail the stream (a dropped connection). */
  failAt?: number;
}

/** A static host in memory: ETag / If-None-Match like a real one, with every request recorded. */
export function fakeHost() {
  const routes = new Map<string, Route>();
  const requests: { url: string; headers: Record<string, string> }[] = [];
  let down = false;
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({ url, headers });
    if (down) throw new TypeError('fetch failed');
    const r = routes.get(url);
    if (!r) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (r.etag && headers['If-None-Match'] === r.etag)
      return new Response(null, { status: 304, headers: { ETag: r.etag } });
    const bytes = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
    const cut = r.truncateAt ?? r.failAt ?? bytes.length;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        // Small chunks, so the header line, an index's first key and rows arrive in pieces.
        for (let i = 0; i < cut; i += 17) c.enqueue(bytes.slice(i, Math.min(cut, i + 17)));
        if (r.failAt !== undefined) c.error(new TypeError('network error: connection reset'));
        else c.close();
      },
    });
    const res = new Response(stream, {
      status: r.status ?? 200,
      headers: { ...(r.etag ? { ETag: r.etag } : {}), 'Content-Length': String(bytes.length) },
    });
    Object.defineProperty(res, 'url', { value: url });
    return res;
  };
  return {
    fetch,
    requests,
    serve: (url: string, route: Route) => void routes.set(url, route),
    setDown: (v: boolean) => void (down = v),
  };
}

export type FakeHost = ReturnType<typeof fakeHost>;

export const URL1 = 'https://packs.example.org/team.jsonl';
export const INDEX = 'https://packs.example.org/team/index.json';
/** The folder of INDEX, where its packs and deltas are served. */
export const INDEX_BASE = 'https://packs.example.org/team/';

export type InstallMode = Pick<InstallOptions, 'directMaxBytes' | 'memoryRows'>;
/** How a check installs: small packs are read whole and parsed while writing; large ones go through staging. */
export const INSTALL_MODES: readonly (readonly [string, InstallMode])[] = [
  ['read whole', {}],
  ['through staging', { directMaxBytes: 0, memoryRows: 2 }],
];

/**
 * For tests of subscription checks: a fresh database and fake host per test,
 * the database closed after it. Read the fields inside tests (they are replaced
 * before each one); set `mode` in a `beforeEach` to install another way.
 */
export function subscriptionHarness() {
  const env = {
    db: undefined as unknown as ClaimsDb,
    host: undefined as unknown as FakeHost,
    mode: {} as InstallMode,
    /** Checks one subscription against the fake host, installing in `mode`. */
    check: (url = URL1) => checkSubscription(env.db, url, { fetch: env.host.fetch, ...env.mode }),
    subscribeAndCheck: async (url = URL1, key: string | null = null) => {
      await addSubscription(env.db, url, key);
      return env.check(url);
    },
  };
  beforeEach(async () => {
    env.db = await freshDb();
    env.host = fakeHost();
    env.mode = {};
  });
  afterEach(() => env.db.close());
  return env;
}
