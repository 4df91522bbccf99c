import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import { applyRows, emptyRowSet, removePack, saveUserRow, type RowSet } from '../../../src/db/write';
import { dump, entity, freshDb } from './helpers';

const packV1 = {
  origin: 'subscription' as const,
  label: 'team-pack',
  version: '1',
  addedAt: '2026-01-01T00:00:00Z',
};
const packV2 = { ...packV1, version: '2', addedAt: '2026-02-01T00:00:00Z' };
let db: ClaimsDb;
beforeEach(async () => (db = await freshDb()));
afterEach(() => db.close());

function set(...ents: ReturnType<typeof entity>[]): RowSet {
  const s = emptyRowSet();
  s.entities.push(...ents);
  return s;
}

describe('applyRows', () => {
  it('writing the same rows twice changes nothing the second time', async () => {
    const rows = set(entity('a', 'Alpha'), entity('b', 'Beta'));
    const first = await applyRows(db, rows, {
      provenance: packV1,
      pack: { name: 'P', format: 'claimcheck-pack' },
    });
    expect(first.written.entities).toBe(2);
    const before = await dump(db);
    const again = await applyRows(db, rows, {
      provenance: { ...packV1, addedAt: '2026-03-01T00:00:00Z' },
    });
    expect(again.written.entities).toBe(0);
    expect(again.unchanged.entities).toBe(2);
    expect(await dump(db)).toEqual(before);
  });

  it('replaces only the same pack’s rows and never user rows', async () => {
    await applyRows(db, set(entity('a', 'Alpha'), entity('b', 'Beta')), { provenance: packV1 });
    await applyRows(db, set(entity('o', 'Other')), {
      provenance: { origin: 'import', label: 'other.csv', addedAt: '2026-01-01T00:00:00Z' },
    });
    await saveUserRow(db, 'entities', entity('u', 'Mine'));
    // The user edits a pack row: it becomes theirs.
    await saveUserRow(db, 'entities', { ...(await db.entities.get('b'))!, notes: 'checked by me' });

    const res = await applyRows(
      db,
      set(entity('a', 'Alpha v2'), entity('b', 'Beta v2'), entity('c', 'Gamma')),
      {
        provenance: packV2,
        replace: true,
      },
    );
    expect(res.keptUserRows.entities).toBe(1);
    expect((await db.entities.get('a'))?.name).toBe('Alpha v2');
    expect((await db.entities.get('b'))?.notes).toBe('checked by me');
    expect((await db.entities.get('b'))?.name).toBe('Beta');
    expect(await db.entities.get('o')).toBeDefined();
    expect(await db.entities.get('u')).toBeDefined();

    // A new version without "a" removes "a" and nothing else.
    const res3 = await applyRows(db, set(entity('c', 'Gamma')), { provenance: packV2, replace: true });
    expect(res3.removed.entities).toBe(1);
    expect((await db.entities.toArray()).map((e) => e.id).sort()).toEqual(['b', 'c', 'o', 'u']);

    const removed = await removePack(db, 'subscription', 'team-pack');
    expect(removed.entities).toBe(1);
    expect((await db.entities.toArray()).map((e) => e.id).sort()).toEqual(['b', 'o', 'u']);
  });

  it('a failing write leaves the database exactly as it was', async () => {
    await applyRows(db, set(entity('a', 'Alpha')), { provenance: packV1, pack: { name: 'P', format: 'x' } });
    const before = await dump(db);
    const bad = set(entity('a', 'Alpha changed'), entity('z', 'Zed'));
    // An invalid key (NaN is not a valid IndexedDB key) makes the designations write fail after entities were put.
    bad.designations.push({
      id: NaN as unknown as string,
      entityId: 'a',
      authority: 'x',
      list: 'x',
      listedOn: null,
      endedOn: null,
      sourceUrl: null,
    });
    await expect(
      applyRows(db, bad, { provenance: packV2, replace: true, pack: { name: 'P', format: 'x' } }),
    ).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
