import { beforeEach, describe, expect, it } from 'vitest';
import { saveUserRow } from '../../../src/db/write';
import { installPackStream } from '../../../src/sharing/install';
import { diffRows, sealedPackJson, updateIndex } from '../../../src/sharing/publish';
import { listSubscriptions, originPattern, unsubscribe } from '../../../src/sharing/subscriptions';
import { dump } from '../db/helpers';
import {
  delta,
  designation,
  entity,
  header,
  INDEX,
  INDEX_BASE,
  INSTALL_MODES,
  installBundled,
  keys,
  pack,
  rows,
  subscriptionHarness,
  URL1,
} from './fixtures';

const env = subscriptionHarness();
const { check, subscribeAndCheck } = env;

const v1 = rows(entity('t:e1', 'Liwa al-Testiyya'), designation('t:d1', 't:e1'));
const v2 = rows(
  entity('t:e1', 'Liwa al-Testiyya'),
  designation('t:d1', 't:e1'),
  entity('t:e2', 'Saraya Second'),
  designation('t:d2', 't:e2', 'US SDGT'),
);

describe.each(INSTALL_MODES)('subscribing to a pack (%s)', (_name, m) => {
  beforeEach(() => void (env.mode = m));
  it('installs the pack under its name with subscription provenance and records what it holds', async () => {
    env.host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    const sub = await subscribeAndCheck();
    expect(sub).toMatchObject({
      lastError: null,
      lastResult: 'installed',
      name: 'Team pack',
      label: 'Team pack',
      version: 'v1',
      counts: { entities: 1, designations: 1 },
    });
    const e = await env.db.entities.get('t:e1');
    expect(e?.provenance).toMatchObject({ origin: 'subscription', label: 'Team pack', version: 'v1' });
  });

  it('an unchanged pack costs one conditional request answered 304, and changes nothing', async () => {
    env.host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(env.db);
    env.host.requests.length = 0;
    const sub = await check();
    expect(env.host.requests).toEqual([{ url: URL1, headers: { 'If-None-Match': '"a"' } }]);
    expect(sub.lastResult).toBe('unchanged');
    expect(await dump(env.db)).toEqual(before);
  });

  it('a new version (new ETag) replaces the pack’s rows', async () => {
    env.host.serve(URL1, { body: await pack('v1', v2), etag: '"a"' });
    await subscribeAndCheck();
    env.host.serve(URL1, { body: await pack('v2', v1), etag: '"b"' });
    const sub = await check();
    expect(sub).toMatchObject({ version: 'v2', lastResult: 'updated', counts: { entities: 1 } });
    expect(await env.db.entities.get('t:e2')).toBeUndefined();
  });

  it('a tampered pack is rejected and the previous version’s rows stay', async () => {
    env.host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(env.db);
    const good = await pack('v2', v2);
    env.host.serve(URL1, { body: good.replace('Saraya Second', 'Saraya Forged'), etag: '"b"' });
    const sub = await check();
    expect(sub.lastResult).toBe('error');
    expect(sub.lastError).toMatch(/does not match the pack's SHA-256.*rows of version v1 are kept/);
    expect(sub.version).toBe('v1');
    expect(await dump(env.db)).toEqual(before);
    expect(await env.db.staging.count()).toBe(0);
    // The failed version is fetched again next time (its ETag was not kept).
    env.host.serve(URL1, { body: good, etag: '"b"' });
    expect((await check()).version).toBe('v2');
  });

  it('a download cut short or dropped mid-way changes nothing', async () => {
    env.host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(env.db);
    const body = await pack('v2', v2);
    env.host.serve(URL1, { body, etag: '"b"', truncateAt: body.length - 40 });
    expect((await check()).lastError).toMatch(/cut short/);
    env.host.serve(URL1, { body, etag: '"c"', failAt: body.length - 40 });
    const sub = await check();
    expect(sub.lastError).toMatch(/connection reset/);
    expect(await dump(env.db)).toEqual(before);
    expect(await env.db.staging.count()).toBe(0);
  });

  it('the server down gives a clear error and loses nothing', async () => {
    env.host.serve(URL1, { body: await pack('v1', v1), etag: '"a"' });
    await subscribeAndCheck();
    const before = await dump(env.db);
    env.host.setDown(true);
    const sub = await check();
    expect(sub.lastError).toMatch(/could not reach packs\.example\.org.*rows of version v1 are kept/);
    expect(sub).toMatchObject({ version: 'v1', counts: { entities: 1, designations: 1 } });
    expect(await dump(env.db)).toEqual(before);
  });

  it('with a public key, only packs signed by its private key are installed', async () => {
    const k = await keys();
    const other = await keys();
    env.host.serve(URL1, { body: await pack('v1', v1, {}, undefined, other.pkcs8) });
    let sub = await subscribeAndCheck(URL1, k.publicKey);
    expect(sub.lastError).toMatch(/signature does not match/);
    expect(await env.db.entities.count()).toBe(0);
    env.host.serve(URL1, { body: await pack('v1', v1) });
    sub = await check();
    expect(sub.lastError).toMatch(/not signed/);
    env.host.serve(URL1, { body: await pack('v1', v1, {}, undefined, k.pkcs8) });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, version: 'v1' });
  });

  it('never touches user rows or other packs’ rows, and unsubscribing removes only this pack’s rows', async () => {
    await installBundled(env.db, rows(entity('bundled:x', 'Bundled Group'), entity('t:e2', 'Bundled Owner')));
    await saveUserRow(env.db, 'entities', entity('t:e1', 'My own edit'));
    env.host.serve(URL1, { body: await pack('v1', v2) });
    const sub = await subscribeAndCheck();
    expect(sub.lastError).toBeNull();
    expect(sub.skippedForeign).toBe(1); // t:e2 belongs to the bundled data
    // The same pack again (a env.host without ETags): nothing is written, and the dashboard still says what was left out.
    const again = await check();
    expect(again).toMatchObject({ lastResult: 'unchanged', lastError: null, skippedForeign: 1 });
    expect((await env.db.entities.get('t:e1'))?.name).toBe('My own edit');
    expect((await env.db.entities.get('t:e2'))?.provenance.origin).toBe('bundled');
    expect((await env.db.designations.get('t:d2'))?.provenance.label).toBe('Team pack');
    await unsubscribe(env.db, URL1);
    expect(await listSubscriptions(env.db)).toEqual([]);
    expect((await env.db.entities.toArray()).map((e) => e.id).sort()).toEqual(['bundled:x', 't:e1', 't:e2']);
    expect(await env.db.designations.count()).toBe(0);
    expect(await env.db.packs.get('Team pack')).toBeUndefined();
  });

  it('a pack cannot plant rows that pass for the user’s own, nor install as an export', async () => {
    const planted = rows({ ...entity('t:e1', 'Planted'), userEdited: true } as never);
    env.host.serve(URL1, { body: await pack('v1', planted) });
    await subscribeAndCheck();
    expect((await env.db.entities.get('t:e1'))?.userEdited).toBeUndefined();
    await unsubscribe(env.db, URL1);
    expect(await env.db.entities.count()).toBe(0);
    env.host.serve(URL1, { body: await pack('v1', v1, { kind: 'export' }) });
    expect((await subscribeAndCheck()).lastError).toMatch(/export/);
  });

  it('rows parked by an install stopped part-way (the worker killed) are cleared by the next one, a file import’s kept', async () => {
    // What a killed install leaves behind: parked records and their marker, under a `sub-` import id.
    await env.db.staging.bulkPut([
      { importId: 'sub-killed', t: 'entities', id: '0000000000', row: [entity('t:ghost', 'Ghost')] },
      { importId: 'sub-killed', t: '_sentinel' as never, id: '', row: null },
      { importId: 'import-running', t: 'entities', id: 'x:1', row: entity('x:1', 'Staged by an import') },
    ]);
    env.host.serve(URL1, { body: await pack('v1', v2) });
    expect(await subscribeAndCheck()).toMatchObject({ lastError: null, counts: { entities: 2 } });
    expect(await env.db.entities.get('t:ghost')).toBeUndefined();
    expect((await env.db.staging.toArray()).map((r) => r.importId)).toEqual(['import-running']);
  });

  it('a single-object pack works as well', async () => {
    env.host.serve(URL1, { body: JSON.stringify(await sealedPackJson(header('v1'), v1), null, 2) });
    expect(await subscribeAndCheck()).toMatchObject({ lastError: null, version: 'v1' });
  });
});

describe('env.host permission', () => {
  it('is asked for the pack’s env.host only, any port (match patterns have none)', () => {
    expect(originPattern('http://127.0.0.1:8080/claims/index.json')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://packs.example.org/team.jsonl')).toBe('https://packs.example.org/*');
  });
});

describe.each(INSTALL_MODES)('pack index and deltas (%s)', (_name, m) => {
  beforeEach(() => void (env.mode = m));
  async function publishFull(version: string, set = v1) {
    const text = await pack(version, set);
    env.host.serve(`${INDEX_BASE}team-${version}.jsonl`, { body: text });
    return { text, sha: JSON.parse(text.slice(0, text.indexOf('\n'))).sha256 as string };
  }
  /** An index naming the full pack of `version` and a delta to it from `baseVersion`, in `deltaFile`. */
  function indexWithDelta(version: string, fullSha: string, baseVersion: string, deltaFile: string) {
    const index = updateIndex(null, header(version), `team-${version}.jsonl`, fullSha);
    return updateIndex(index, header(version, { kind: 'delta', baseVersion }), deltaFile, 'x');
  }

  it('holding the base version, only the index and the delta are fetched', async () => {
    const f1 = await publishFull('v1');
    const index = updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha);
    env.host.serve(INDEX, { body: JSON.stringify(index), etag: '"i1"' });
    expect((await subscribeAndCheck(INDEX)).version).toBe('v1');

    const f2 = await publishFull('v2', v2);
    const d = diffRows(v1, v2);
    const deltaText = await delta('v2', 'v1', d.rows, d.deletes);
    env.host.serve(`${INDEX_BASE}delta-v1-v2.jsonl`, { body: deltaText });
    env.host.serve(INDEX, {
      body: JSON.stringify(indexWithDelta('v2', f2.sha, 'v1', 'delta-v1-v2.jsonl')),
      etag: '"i2"',
    });
    env.host.requests.length = 0;
    const sub = await check(INDEX);
    expect(env.host.requests.map((r) => r.url)).toEqual([INDEX, `${INDEX_BASE}delta-v1-v2.jsonl`]);
    expect(sub).toMatchObject({
      version: 'v2',
      lastResult: 'updated',
      counts: { entities: 2, designations: 2 },
    });
    expect((await env.db.entities.get('t:e2'))?.provenance.version).toBe('v2');
  });

  it('a delta removes the rows the new version dropped', async () => {
    const f1 = await publishFull('v1', v2);
    env.host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha)) });
    await subscribeAndCheck(INDEX);
    const d = diffRows(v2, v1);
    expect(d.deletes).toEqual({ entities: ['t:e2'], designations: ['t:d2'] });
    const deltaText = await delta('v2', 'v1', d.rows, d.deletes);
    env.host.serve(`${INDEX_BASE}d.jsonl`, { body: deltaText });
    const f2 = await publishFull('v2', v1);
    env.host.serve(INDEX, { body: JSON.stringify(indexWithDelta('v2', f2.sha, 'v1', 'd.jsonl')) });
    env.host.requests.length = 0;
    await check(INDEX);
    expect(env.host.requests.map((r) => r.url)).toEqual([INDEX, `${INDEX_BASE}d.jsonl`]);
    expect(await env.db.entities.get('t:e2')).toBeUndefined();
    expect(await env.db.designations.get('t:d2')).toBeUndefined();
  });

  it('a delta neither overwrites nor deletes rows of the bundled data', async () => {
    await installBundled(
      env.db,
      rows(entity('bundled:x', 'Bundled Group'), entity('bundled:y', 'Other Group')),
    );
    const f1 = await publishFull('v1');
    env.host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header('v1'), 'team-v1.jsonl', f1.sha)) });
    await subscribeAndCheck(INDEX);
    const deltaText = await delta(
      'v2',
      'v1',
      rows(entity('bundled:x', 'Hijacked'), entity('t:e9', 'New One')),
      { entities: ['bundled:y', 't:e1'] },
    );
    env.host.serve(`${INDEX_BASE}d.jsonl`, { body: deltaText });
    const f2 = await publishFull('v2');
    env.host.serve(INDEX, { body: JSON.stringify(indexWithDelta('v2', f2.sha, 'v1', 'd.jsonl')) });
    const sub = await check(INDEX);
    expect(sub).toMatchObject({ lastError: null, version: 'v2', skippedForeign: 1 });
    expect(await env.db.entities.get('bundled:x')).toMatchObject({ name: 'Bundled Group' });
    expect(await env.db.entities.get('bundled:y')).toMatchObject({ name: 'Other Group' });
    expect(await env.db.entities.get('t:e1')).toBeUndefined();
    expect((await env.db.entities.get('t:e9'))?.provenance.label).toBe('Team pack');
  });

  it('not holding a delta’s base version, the full pack is fetched', async () => {
    const f3 = await publishFull('v3', v2);
    env.host.serve(INDEX, { body: JSON.stringify(indexWithDelta('v3', f3.sha, 'v2', 'delta-v2-v3.jsonl')) });
    const sub = await subscribeAndCheck(INDEX);
    expect(env.host.requests.map((r) => r.url)).toEqual([INDEX, `${INDEX_BASE}team-v3.jsonl`]);
    expect(sub).toMatchObject({ version: 'v3', counts: { entities: 2 } });
  });

  it('an index pointing to another origin is refused', async () => {
    env.host.serve(INDEX, {
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
          await env.db.staging.clear();
          clearAt = null;
        }
        yield bytes.slice(i, i + 200);
      }
    }
    const opts = { label: () => 'Team pack', source: 'test', memoryRows: 5, directMaxBytes: 0 };
    await expect(installPackStream(env.db, body(bytes.length / 2), opts)).rejects.toThrow(/cleared/);
    expect(await env.db.entities.count()).toBe(0);
    expect(await env.db.staging.count()).toBe(0);
    const done = await installPackStream(env.db, body(null), opts);
    expect(done.apply.written.entities).toBe(40);
    expect(await env.db.entities.count()).toBe(40);
    expect(await env.db.staging.count()).toBe(0);
  });
});
