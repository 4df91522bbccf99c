import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import { diffRows, sealedJsonLinesText, updateIndex } from '../../../src/sharing/publish';
import { addSubscription, checkSubscription } from '../../../src/sharing/subscriptions';
import { compareVersions } from '../../../src/sharing/version';
import { dump, freshDb } from '../db/helpers';
import { designation, entity, fakeHost, header, pack, rows } from './fixtures';

describe('compareVersions', () => {
  it.each([
    ['2026.11.01', '2026.11.20'],
    ['2026.11.20', '2026.12.01'],
    ['2026.12.02', '2026.12.02-1'],
    ['2026.12.02-1', '2026.12.02-2'],
    ['2026.12.02-9', '2026.12.02-10'],
    ['2026.12.02-10', '2026.12.10-1'],
    ['v1', 'v2'],
    ['v9', 'v10'],
    ['1.9.9', '1.10'],
    ['1.0-beta', '1.0-1'],
    ['2025.12.31', '2026.01.01'],
  ])('%s is older than %s', (older, newer) => {
    expect(compareVersions(older, newer)).toBeLessThan(0);
    expect(compareVersions(newer, older)).toBeGreaterThan(0);
  });

  it.each([
    ['2026.12.02-1', '2026.12.02-1'],
    ['2026.12.02', '2026-12-02'],
    ['V1', 'v1'],
    ['1.02', '1.2'],
  ])('%s and %s are the same version', (a, b) => {
    expect(compareVersions(a, b)).toBe(0);
  });
});

const URL1 = 'https://packs.example.org/team.jsonl';
const INDEX = 'https://packs.example.org/team/index.json';
const base = 'https://packs.example.org/team/';
const OLD = '2026.11.01';
const NOW = '2026.11.20';
const NEXT = '2026.12.01';

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
);
const v3 = rows(entity('t:e1', 'Liwa al-Testiyya'), entity('t:e3', 'Kataib Third'));

/** Full packs and deltas of three versions, all validly sealed. */
async function publish() {
  const d12 = diffRows(v1, v2);
  const d23 = diffRows(v2, v3);
  return {
    old: await pack(OLD, v1),
    now: await pack(NOW, v2),
    next: await pack(NEXT, v3),
    deltaOldNow: await sealedJsonLinesText(
      header(NOW, { kind: 'delta', baseVersion: OLD }),
      d12.rows,
      d12.deletes,
    ),
    deltaNowNext: await sealedJsonLinesText(
      header(NEXT, { kind: 'delta', baseVersion: NOW }),
      d23.rows,
      d23.deletes,
    ),
  };
}

describe.each([
  ['read whole', {}],
  ['through staging', { directMaxBytes: 0, memoryRows: 2 }],
] as const)('rollback protection (%s)', (_name, mode) => {
  const check = (url = URL1) => checkSubscription(db, url, { fetch: host.fetch, ...mode });

  async function installNow(url = URL1) {
    const p = await publish();
    host.serve(URL1, { body: p.now });
    await addSubscription(db, url, null);
    expect(await check()).toMatchObject({ version: NOW, lastError: null });
    return p;
  }

  it('an older full pack, validly sealed, is refused with the versions in words; the installed rows stay', async () => {
    const p = await installNow();
    const before = await dump(db);
    host.serve(URL1, { body: p.old });
    const sub = await check();
    expect(sub.lastResult).toBe('error');
    expect(sub.lastError).toBe(
      `Pack version ${OLD} is older than installed ${NOW}: refused. The rows of version ${NOW} are kept.`,
    );
    expect(sub.version).toBe(NOW);
    expect(await dump(db)).toEqual(before);
    expect(await db.staging.count()).toBe(0);
  });

  it('a replayed older delta is refused; a delta from the installed version is applied', async () => {
    const p = await installNow();
    const before = await dump(db);
    // The delta that once led to the installed version: same version, not what was installed.
    host.serve(URL1, { body: p.deltaOldNow });
    let sub = await check();
    expect(sub.lastError).toMatch(
      new RegExp(`^Pack version ${NOW} is the installed version ${NOW} with different content: refused`),
    );
    expect(await dump(db)).toEqual(before);

    host.serve(URL1, { body: p.deltaNowNext });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'updated', version: NEXT });
    expect(await db.entities.get('t:e3')).toBeDefined();
    expect(await db.entities.get('t:e2')).toBeUndefined();
    expect(await db.designations.get('t:d1')).toBeUndefined();
    const after = await dump(db);

    // Replayed later, that delta (and the full pack it led to) are older than what is installed.
    for (const body of [p.deltaOldNow, p.now]) {
      host.serve(URL1, { body });
      sub = await check();
      expect(sub.lastError).toBe(
        `Pack version ${NOW} is older than installed ${NEXT}: refused. The rows of version ${NEXT} are kept.`,
      );
      expect(await dump(db)).toEqual(after);
    }
    // The delta just applied, served again, is exactly what is installed: no change, no error.
    host.serve(URL1, { body: p.deltaNowNext });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'unchanged', version: NEXT });
    expect(await dump(db)).toEqual(after);
  });

  it('a delta whose base is not installed is refused in words, and nothing changes', async () => {
    const p = await publish();
    host.serve(URL1, { body: p.old });
    await addSubscription(db, URL1, null);
    await check();
    const before = await dump(db);
    host.serve(URL1, { body: p.deltaNowNext });
    const sub = await check();
    expect(sub.lastError).toBe(
      `the delta applies to version ${NOW}, but ${OLD} is installed. The rows of version ${OLD} are kept.`,
    );
    expect(await dump(db)).toEqual(before);
  });

  it('a newer full pack is accepted; the same version again is no change, with other content refused', async () => {
    const p = await installNow();
    host.serve(URL1, { body: p.next });
    let sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'updated', version: NEXT });
    expect(await db.entities.get('t:e3')).toBeDefined();
    const after = await dump(db);

    host.serve(URL1, { body: p.next });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'unchanged', version: NEXT });
    expect(await dump(db)).toEqual(after);

    host.serve(URL1, { body: await pack(NEXT, v1) });
    sub = await check();
    expect(sub.lastError).toMatch(
      new RegExp(`^Pack version ${NEXT} is the installed version ${NEXT} with different content: refused`),
    );
    expect(await dump(db)).toEqual(after);
  });

  it('an index naming an older version is refused before any pack is fetched', async () => {
    const p = await publish();
    host.serve(`${base}now.jsonl`, { body: p.now });
    host.serve(`${base}old.jsonl`, { body: p.old });
    host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header(NOW), 'now.jsonl', 'x')) });
    await addSubscription(db, INDEX, null);
    expect((await check(INDEX)).version).toBe(NOW);
    const before = await dump(db);
    host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header(OLD), 'old.jsonl', 'x')) });
    host.requests.length = 0;
    const sub = await check(INDEX);
    expect(sub.lastError).toBe(
      `Pack version ${OLD} (named by the index) is older than installed ${NOW}: refused. The rows of version ${NOW} are kept.`,
    );
    expect(host.requests.map((r) => r.url)).toEqual([INDEX]);
    expect(await dump(db)).toEqual(before);
  });
});
