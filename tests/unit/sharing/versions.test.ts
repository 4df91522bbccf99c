import { beforeEach, describe, expect, it } from 'vitest';
import { diffRows, updateIndex } from '../../../src/sharing/publish';
import { addSubscription } from '../../../src/sharing/subscriptions';
import { compareVersions } from '../../../src/sharing/version';
import { dump } from '../db/helpers';
import {
  delta,
  designation,
  entity,
  header,
  INDEX,
  INDEX_BASE,
  INSTALL_MODES,
  pack,
  rows,
  subscriptionHarness,
  URL1,
} from './fixtures';

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

const OLD = '2026.11.01';
const NOW = '2026.11.20';
const NEXT = '2026.12.01';

const env = subscriptionHarness();
const { check } = env;

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
    deltaOldNow: await delta(NOW, OLD, d12.rows, d12.deletes),
    deltaNowNext: await delta(NEXT, NOW, d23.rows, d23.deletes),
  };
}

describe.each(INSTALL_MODES)('rollback protection (%s)', (_name, m) => {
  beforeEach(() => void (env.mode = m));

  async function installNow(url = URL1) {
    const p = await publish();
    env.host.serve(URL1, { body: p.now });
    await addSubscription(env.db, url, null);
    expect(await check()).toMatchObject({ version: NOW, lastError: null });
    return p;
  }

  it('an older full pack, validly sealed, is refused with the versions in words; the installed rows stay', async () => {
    const p = await installNow();
    const before = await dump(env.db);
    env.host.serve(URL1, { body: p.old });
    const sub = await check();
    expect(sub.lastResult).toBe('error');
    expect(sub.lastError).toBe(
      `Pack version ${OLD} is older than installed ${NOW}: refused. The rows of version ${NOW} are kept.`,
    );
    expect(sub.version).toBe(NOW);
    expect(await dump(env.db)).toEqual(before);
    expect(await env.db.staging.count()).toBe(0);
  });

  it('a replayed older delta is refused; a delta from the installed version is applied', async () => {
    const p = await installNow();
    const before = await dump(env.db);
    // The delta that once led to the installed version: same version, not what was installed.
    env.host.serve(URL1, { body: p.deltaOldNow });
    let sub = await check();
    expect(sub.lastError).toMatch(
      new RegExp(`^Pack version ${NOW} is the installed version ${NOW} with different content: refused`),
    );
    expect(await dump(env.db)).toEqual(before);

    env.host.serve(URL1, { body: p.deltaNowNext });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'updated', version: NEXT });
    expect(await env.db.entities.get('t:e3')).toBeDefined();
    expect(await env.db.entities.get('t:e2')).toBeUndefined();
    expect(await env.db.designations.get('t:d1')).toBeUndefined();
    const after = await dump(env.db);

    // Replayed later, that delta (and the full pack it led to) are older than what is installed.
    for (const body of [p.deltaOldNow, p.now]) {
      env.host.serve(URL1, { body });
      sub = await check();
      expect(sub.lastError).toBe(
        `Pack version ${NOW} is older than installed ${NEXT}: refused. The rows of version ${NEXT} are kept.`,
      );
      expect(await dump(env.db)).toEqual(after);
    }
    // The delta just applied, served again, is exactly what is installed: no change, no error.
    env.host.serve(URL1, { body: p.deltaNowNext });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'unchanged', version: NEXT });
    expect(await dump(env.db)).toEqual(after);
  });

  it('a delta whose base is not installed is refused in words, and nothing changes', async () => {
    const p = await publish();
    env.host.serve(URL1, { body: p.old });
    await addSubscription(env.db, URL1, null);
    await check();
    const before = await dump(env.db);
    env.host.serve(URL1, { body: p.deltaNowNext });
    const sub = await check();
    expect(sub.lastError).toBe(
      `the delta applies to version ${NOW}, but ${OLD} is installed. The rows of version ${OLD} are kept.`,
    );
    expect(await dump(env.db)).toEqual(before);
  });

  it('a newer full pack is accepted; the same version again is no change, with other content refused', async () => {
    const p = await installNow();
    env.host.serve(URL1, { body: p.next });
    let sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'updated', version: NEXT });
    expect(await env.db.entities.get('t:e3')).toBeDefined();
    const after = await dump(env.db);

    env.host.serve(URL1, { body: p.next });
    sub = await check();
    expect(sub).toMatchObject({ lastError: null, lastResult: 'unchanged', version: NEXT });
    expect(await dump(env.db)).toEqual(after);

    env.host.serve(URL1, { body: await pack(NEXT, v1) });
    sub = await check();
    expect(sub.lastError).toMatch(
      new RegExp(`^Pack version ${NEXT} is the installed version ${NEXT} with different content: refused`),
    );
    expect(await dump(env.db)).toEqual(after);
  });

  it('an index naming an older version is refused before any pack is fetched', async () => {
    const p = await publish();
    env.host.serve(`${INDEX_BASE}now.jsonl`, { body: p.now });
    env.host.serve(`${INDEX_BASE}old.jsonl`, { body: p.old });
    env.host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header(NOW), 'now.jsonl', 'x')) });
    await addSubscription(env.db, INDEX, null);
    expect((await check(INDEX)).version).toBe(NOW);
    const before = await dump(env.db);
    env.host.serve(INDEX, { body: JSON.stringify(updateIndex(null, header(OLD), 'old.jsonl', 'x')) });
    env.host.requests.length = 0;
    const sub = await check(INDEX);
    expect(sub.lastError).toBe(
      `Pack version ${OLD} (named by the index) is older than installed ${NOW}: refused. The rows of version ${NOW} are kept.`,
    );
    expect(env.host.requests.map((r) => r.url)).toEqual([INDEX]);
    expect(await dump(env.db)).toEqual(before);
  });
});
