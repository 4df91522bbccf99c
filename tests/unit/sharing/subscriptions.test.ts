import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import { applyRows, saveUserRow } from '../../../src/db/write';
import { installPackStream } from '../../../src/sharing/install';
import { diffRows, sealedJsonLinesText, sealedPackJson, updateIndex } from '../../../src/sharing/publish';
import {
  addSubscription,
  checkSubscription,
  listSubscriptions,
  originPattern,
  unsubscribe,
} from '../../../src/sharing/subscriptions';
import { dump, freshDb } from '../db/helpers';
import { designation, entity, fakeHost, header, keys, pack, rows } from './fixtures';

const URL1 = 'https://packs.example.org/team.jsonl';
const INDEX = 'https://packs.example.org/team/index.json';

let db: ClaimsDb;
let host: ReturnType<typeof fakeHost>;
beforeEach(async () => {
  db = await freshDb();
  host = fakeHost();
});
afterEach(() => db.close());

const v1 = rows(entity('t:e1', 'Liwa al-Testiyya'), designation('t:d1', 't:e1'));
const v2 = rows(
  entity('t:e1', 'Liwa al-Testiyya'),
  designation('t:d1', 't:e1'),
  entity('t:e2', 'Saraya Second'),
  designation('t:d2', 't:e2', 'US SDGT'),
);

/** How a check installs: small packs are read whole and parsed while writing; large ones go through staging. */
const MODES = [
  ['read whole', {}],
  ['through staging', { directMaxBytes: 0, memoryRows: 2 }],
] as const;
let mode: { directMaxBytes?: number; memoryRows?: number } = {};

async function subscribeAndCheck(url = URL1, key: string | null = null) {
  await addSubscription(db, url, key);
  return checkSubscription(db, url, { fetch: host.fetch, ...mode });
}

describe.each(MODES)('subscribing to a pack (%s)', (_name, m) => {
  beforeEach(() => void (mode = m));
  it('installs the pack under its name with subscription provenance and records what it holds', async () => {
    host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    const sub = await subscribeAndCheck();
    expect(sub).toMatchObject({
      lastError: null,
      lastResult: 'installed',
      name: 'Team pack',
      label: 'Team pack',
      version: 'v1',
      counts: { entities: 1, designations: 1 },
    });
    const e = await db.entities.get('t:e1');
    expect(e?.provenance).toMatchObject({ origin: 'subscription', label: 'Team pack', version: 'v1' });
  });

  it('an unchanged pack costs one conditional request answered 304, and changes nothing', async () => {
    host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(db);
    host.requests.length = 0;
    const sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(host.requests).toEqual([{ url: URL1, headers: { 'If-None-Match': '"a"' } }]);
    expect(sub.lastResult).toBe('unchanged');
    expect(await dump(db)).toEqual(before);
  });

  it('a new version (new ETag) replaces the pack’s rows', async () => {
    host.serve(URL1, { body: await pack('v1', v2), etag: '"a"' });
    await subscribeAndCheck();
    host.serve(URL1, { body: await pack('v2', v1), etag: '"b"' });
    const sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub).toMatchObject({ version: 'v2', lastResult: 'updated', counts: { entities: 1 } });
    expect(await db.entities.get('t:e2')).toBeUndefined();
  });

  it('a tampered pack is rejected and the previous version’s rows stay', async () => {
    host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(db);
    const good = await pack('v2', v2);
    host.serve(URL1, { body: good.replace('Saraya Second', 'Saraya Forged'), etag: '"b"' });
    const sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub.lastResult).toBe('error');
    expect(sub.lastError).toMatch(/does not match the pack's SHA-256.*rows of version v1 are kept/);
    expect(sub.version).toBe('v1');
    expect(await dump(db)).toEqual(before);
    expect(await db.staging.count()).toBe(0);
    // The failed version is fetched again next time (its ETag was not kept).
    host.serve(URL1, { body: good, etag: '"b"' });
    expect((await checkSubscription(db, URL1, { fetch: host.fetch, ...mode })).version).toBe('v2');
  });

  it('a download cut short or dropped mid-way changes nothing', async () => {
    host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(db);
    const body = await pack('v2', v2);
    host.serve(URL1, { body, etag: '"b"', truncateAt: body.length - 40 });
    expect((await checkSubscription(db, URL1, { fetch: host.fetch, ...mode })).lastError).toMatch(
      /cut short/,
    );
    host.serve(URL1, { body, etag: '"c"', failAt: body.length - 40 });
    const sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub.lastError).toMatch(/connection reset/);
    expect(await dump(db)).toEqual(before);
    expect(await db.staging.count()).toBe(0);
  });

  it('the server down gives a clear error and loses nothing', async () => {
    host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(db);
    host.setDown(true);
    const sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub.lastError).toMatch(/could not reach packs\.example\.org.*rows of version v1 are kept/);
    expect(sub).toMatchObject({ version: 'v1', counts: { entities: 1, designations: 1 } });
    expect(await dump(db)).toEqual(before);
  });

  it('with a public key, only packs signed by its private key are installed', async () => {
    const k = await keys();
    const other = await keys();
    host.serve(URL1, { body: await pack('v1', v1, {}, undefined, other.pkcs8) });
    let sub = await subscribeAndCheck(URL1, k.publicKey);
    expect(sub.lastError).toMatch(/signature does not match/);
    expect(await db.entities.count()).toBe(0);
    host.serve(URL1, { body: await pack('v1', v1) });
    sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub.lastError).toMatch(/not signed/);
    host.serve(URL1, { body: await pack('v1', v1, {}, undefined, k.pkcs8) });
    sub = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(sub).toMatchObject({ lastError: null, version: 'v1' });
  });

  it('never touches user rows or other packs’ rows, and unsubscribing removes only this pack’s rows', async () => {
    await applyRows(db, rows(entity('bundled:x', 'Bundled Group'), entity('t:e2', 'Bundled Owner')), {
      provenance: { origin: 'bundled', label: 'claimcheck-bundled', version: '1', addedAt: 'now' },
      pack: { name: 'bundled', format: 'claimcheck-pack' },
    });
    await saveUserRow(db, 'entities', entity('t:e1', 'My own edit'));
    host.serve(URL1, { body: await pack('v1', v2) });
    const sub = await subscribeAndCheck();
    expect(sub.lastError).toBeNull();
    expect(sub.skippedForeign).toBe(1); // t:e2 belongs to the bundled data
    // The same pack again (a host without ETags): nothing is written, and the dashboard still says what was left out.
    const again = await checkSubscription(db, URL1, { fetch: host.fetch, ...mode });
    expect(again).toMatchObject({ lastResult: 'unchanged', lastError: null, skippedForeign: 1 });
    expect((await db.entities.get('t:e1'))?.name).toBe('My own edit');
    expect((await db.entities.get('t:e2'))?.provenance.origin).toBe('bundled');
    expect((await db.designations.get('t:d2'))?.provenance.label).toBe('Team pack');
    await unsubscribe(db, URL1);
    expect(await listSubscriptions(db)).toEqual([]);
    expect((await db.entities.toArray()).map((e) => e.id).sort()).toEqual(['bundled:x', 't:e1', 't:e2']);
    expect(await db.designations.count()).toBe(0);
    expect(await db.packs.get('Team pack')).toBeUndefined();
  });

  it('a pack cannot plant rows that pass for the user’s own, nor install as an export', async () => {
    const planted = rows({ ...entity('t:e1', 'Planted'), userEdited: true } as never);
    host.serve(URL1, { body: await pack('v1', planted) });
    await subscribeAndCheck();
    expect((await db.entities.get('t:e1'))?.userEdited).toBeUndefined();
    await unsubscribe(db, URL1);
    expect(await db.entities.count()).toBe(0);
    host.serve(URL1, { body: await pack('v1', v1, { kind: 'export' }) });
    expect((await subscribeAndCheck()).lastError).toMatch(/export/);
  });

  it('a single-object pack works as well', async () => {
    host.serve(URL1, { body: JSON.stringify(await sealedPackJson(header('v1'), v1), null, 2) });
    expect(await subscribeAndCheck()).toMatchObject({ lastError: null, version: 'v1' });
  });
});

describe('host permission', () => {
  it('is asked for the pack’s host only, any port (match patterns have none)', () => {
    expect(originPattern('http://127.0.0.1:8080/claims/index.json')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://packs.example.org/team.jsonl')).toBe('https://packs.example.org/*');
  });
});

describe.each(MODES)('pack index and deltas (%s)', (_name, m) => {
  beforeEach(() => void (mode = m));
  const base = 'https://packs.example.org/team/';
  async function publishFull(version: string, set = v1) {
    const text = await pack(version, set);
    host.serve(`${base}team-${version}.jsonl`, { body: text });
    return { text, sha: JSON.parse(text.slice(0, text.indexOf('\n'))).sha256 as string };
  }

  it('holding the base version, only the index and the delta are fetched', async () => {
    const f1 = await publishFull('v1');
    let index = updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha);
    host.serve(INDEX, { body: JSON.stringify(index), etag: '"i1"' });
    expect((await subscribeAndCheck(INDEX)).version).toBe('v1');

    const f2 = await publishFull('v2', v2);
    const d = diffRows(v1, v2);
    const delta = await sealedJsonLinesText(
      header('v2', { kind: 'delta', baseVersion: 'v1' }),
      d.rows,
      d.deletes,
    );
    host.serve(`${base}delta-v1-v2.jsonl`, { body: delta });
    index = updateIndex(null, header('v2'), 'team-v2.jsonl', f2.sha);
    index = updateIndex(index, header('v2', { kind: 'delta', baseVersion: 'v1' }), 'delta-v1-v2.jsonl', 'x');
    host.serve(INDEX, { body: JSON.stringify(index), etag: '"i2"' });
    host.requests.length = 0;
    const sub = await checkSubscription(db, INDEX, { fetch: host.fetch, ...mode });
    expect(host.requests.map((r) => r.url)).toEqual([INDEX, `${base}delta-v1-v2.jsonl`]);
    expect(sub).toMatchObject({
      version: 'v2',
      lastResult: 'updated',
      counts: { entities: 2, designations: 2 },
    });
    expect((await db.entities.get('t:e2'))?.provenance.version).toBe('v2');
  });

  it('a delta removes the rows the new version dropped', async () => {
    const f1 = await publishFull('v1', v2);
    host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha)) });
    await subscribeAndCheck(INDEX);
    const d = diffRows(v2, v1);
    expect(d.deletes).toEqual({ entities: ['t:e2'], designations: ['t:d2'] });
    const delta = await sealedJsonLinesText(
      header('v2', { kind: 'delta', baseVersion: 'v1' }),
      d.rows,
      d.deletes,
    );
    host.serve(`${base}d.jsonl`, { body: delta });
    const f2 = await publishFull('v2', v1);
    let index = updateIndex(null, header('v2'), 'team-v2.jsonl', f2.sha);
    index = updateIndex(index, header('v2', { kind: 'delta', baseVersion: 'v1' }), 'd.jsonl', 'x');
    host.serve(INDEX, { body: JSON.stringify(index) });
    host.requests.length = 0;
    await checkSubscription(db, INDEX, { fetch: host.fetch, ...mode });
    expect(host.requests.map((r) => r.url)).toEqual([INDEX, `${base}d.jsonl`]);
    expect(await db.entities.get('t:e2')).toBeUndefined();
    expect(await db.designations.get('t:d2')).toBeUndefined();
  });

  it('a delta neither overwrites nor deletes rows of the bundled data', async () => {
    await applyRows(db, rows(entity('bundled:x', 'Bundled Group'), entity('bundled:y', 'Other Group')), {
      provenance: { origin: 'bundled', label: 'claimcheck-bundled', version: '1', addedAt: 'now' },
      pack: { name: 'bundled', format: 'claimcheck-pack' },
    });
    const f1 = await publishFull('v1');
    host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha)) });
    await subscribeAndCheck(INDEX);
    const delta = await sealedJsonLinesText(
      header('v2', { kind: 'delta', baseVersion: 'v1' }),
      rows(entity('bundled:x', 'Hijacked'), entity('t:e9', 'New One')),
      { entities: ['bundled:y', 't:e1'] },
    );
    host.serve(`${base}d.jsonl`, { body: delta });
    const f2 = await publishFull('v2');
    let index = updateIndex(null, header('v2'), 'team-v2.jsonl', f2.sha);
    index = updateIndex(index, header('v2', { kind: 'delta', baseVersion: 'v1' }), 'd.jsonl', 'x');
    host.serve(INDEX, { body: JSON.stringify(index) });
    const sub = await checkSubscription(db, INDEX, { fetch: host.fetch, ...mode });
    expect(sub).toMatchObject({ lastError: null, version: 'v2', skippedForeign: 1 });
    expect(await db.entities.get('bundled:x')).toMatchObject({ name: 'Bundled Group' });
    expect(await db.entities.get('bundled:y')).toMatchObject({ name: 'Other Group' });
    expect(await db.entities.get('t:e1')).toBeUndefined();
    expect((await db.entities.get('t:e9'))?.provenance.label).toBe('Team pack');
  });

  it('not holding a delta’s base version, the full pack is fetched', async () => {
    const f3 = await publishFull('v3', v2);
    let index = updateIndex(null, header('v3'), 'team-v3.jsonl', f3.sha);
    index = updateIndex(index, header('v3', { kind: 'delta', baseVersion: 'v2' }), 'delta-v2-v3.jsonl', 'x');
    host.serve(INDEX, { body: JSON.stringify(index) });
    const sub = await subscribeAndCheck(INDEX);
    expect(host.requests.map((r) => r.url)).toEqual([INDEX, `${base}team-v3.jsonl`]);
    expect(sub).toMatchObject({ version: 'v3', counts: { entities: 2 } });
  });

  it('an index pointing to another origin is refused', async () => {
    host.serve(INDEX, {
      body: JSON.stringify({
        claimcheckPackIndex: 1,
        id: 'team-pack',
        version: 'v1',
        full: { url: 'https://elsewhere.example/p.jsonl' },
      }),
    });
    expect((await subscribeAndCheck(INDEX)).lastError).toMatch(/not on the index's origin/);
  });
});

describe('installing a large pack in pieces', () => {
  it('rows parked in staging are all written, and an import clearing staging meanwhile aborts the install', async () => {
    const many = rows(...Array.from({ length: 40 }, (_, i) => entity(`t:m${i}`, `Group Number ${i}`)));
    const text = await pack('v1', many);
    const bytes = new TextEncoder().encode(text);
    async function* body(clearAt: number | null) {
      for (let i = 0; i < bytes.length; i += 200) {
        if (clearAt !== null && i >= clearAt) {
          await db.staging.clear();
          clearAt = null;
        }
        yield bytes.slice(i, i + 200);
      }
    }
    const opts = { label: () => 'Team pack', source: 'test', memoryRows: 5, directMaxBytes: 0 };
    await expect(installPackStream(db, body(bytes.length / 2), opts)).rejects.toThrow(/cleared/);
    expect(await db.entities.count()).toBe(0);
    expect(await db.staging.count()).toBe(0);
    const done = await installPackStream(db, body(null), opts);
    expect(done.apply.written.entities).toBe(40);
    expect(await db.entities.count()).toBe(40);
    expect(await db.staging.count()).toBe(0);
  });
});
