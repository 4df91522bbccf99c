import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClaimsDb, openClaimsDb, SCHEMA_V1, SCHEMA_V2 } from '../../../src/db/schema';
import { clearStagedWithPrefix } from '../../../src/db/staging';
import { entitiesByNameKey, eventsByKeys, factChecksByWords } from '../../../src/db/queries';

const prov = { origin: 'import', label: 'old.json', addedAt: '2024-01-01T00:00:00Z' };

describe('schema upgrade v1 → latest', () => {
  it('keeps every row of a v1 database and re-derives its keys', async () => {
    const name = `upgrade-${Date.now()}`;
    // Seed a database exactly as version 1 of the app created it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('entities').bulkPut([
      {
        id: 'e1',
        type: 'group',
        name: "Hay'at Tahrir al-Sham",
        names: [{ name: "Hay'at Tahrir al-Sham", type: 'primary' }],
        // v1 keys were plain lower case: no folding
        nameKeys: ["hay'at tahrir al-sham"],
        predecessors: [],
        successors: [],
        provenance: prov,
      },
    ]);
    await v1.table('designations').put({
      id: 'd1',
      entityId: 'e1',
      authority: 'United States',
      list: 'US FTO',
      listedOn: '2018-05-31',
      endedOn: null,
      sourceUrl: null,
      provenance: prov,
    });
    await v1.table('events').put({
      id: 'ev1',
      title: 'x',
      places: ['Idlib, Aleppo'],
      actors: [],
      start: '2024-11-27',
      end: '2024-12-08',
      keys: [],
      provenance: prov,
    });
    await v1.table('reports').put({
      id: 'r1',
      eventId: 'ev1',
      category: 'killed',
      min: 1,
      max: 1,
      approx: 'exact',
      who: null,
      reportedBy: 'x',
      asOf: '2024-12-01',
      outlet: null,
      url: null,
      documented: true,
      scope: 'all',
      provenance: prov,
    });
    await v1.table('factChecks').put({
      id: 'f1',
      claimReviewed: 'Rebels captured Aleppo airport',
      rating: 'False',
      reviewer: 'x',
      date: null,
      url: 'https://example.org/f1',
      language: 'en',
      words: [],
      provenance: prov,
    });
    await v1.table('packs').put({
      id: 'old.json',
      origin: 'import',
      name: 'old',
      version: '1',
      format: 'claimcheck-pack',
      installedAt: prov.addedAt,
      counts: { entities: 1, designations: 1, events: 1, reports: 1, factChecks: 1 },
    });
    v1.close();

    const db = await openClaimsDb(name);
    expect(db.verno).toBe(3);
    for (const t of ['entities', 'designations', 'events', 'reports', 'factChecks', 'packs']) {
      expect(await db.table(t).count(), t).toBe(1);
    }
    const ent = await db.entities.get('e1');
    expect(ent?.provenance).toEqual(prov);
    // Keys re-derived: every spelling now finds the v1 row.
    expect((await entitiesByNameKey(db, 'Hayat Tahrir al-Sham')).map((e) => e.id)).toEqual(['e1']);
    expect(ent?.weakKeys).toEqual([]);
    expect((await eventsByKeys(db, ['Aleppo'])).map((e) => e.id)).toEqual(['ev1']);
    expect((await factChecksByWords(db, 'Aleppo airport')).map((h) => h.row.id)).toEqual(['f1']);
    // New v2 index works on upgraded rows.
    expect(await db.reports.where('asOf').equals('2024-12-01').count()).toBe(1);
    db.close();
  });

  it('creates a new database at the latest version with every table', async () => {
    const db = new ClaimsDb(`new-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['designations', 'entities', 'events', 'factChecks', 'packs', 'reports', 'settings', 'staging'].sort(),
    );
    db.close();
  });
});

describe('schema upgrade v2 → v3', () => {
  it('drops the unused staging index, empties staging and keeps every other row', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    // Seed a database exactly as version 2 of the app created it.
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const user = { origin: 'user', label: 'user', addedAt: '2026-01-01T00:00:00Z' };
    await v2.table('entities').put({
      id: 'e1',
      type: 'group',
      name: 'Eastern Front',
      names: [{ name: 'Eastern Front', type: 'primary' }],
      nameKeys: ['eastern front'],
      weakKeys: [],
      predecessors: [],
      successors: [],
      userEdited: true,
      provenance: user,
    });
    await v2.table('designations').put({
      id: 'd1',
      entityId: 'e1',
      authority: 'European Union',
      list: 'EU',
      listedOn: '2020-01-01',
      endedOn: null,
      sourceUrl: null,
      provenance: prov,
    });
    await v2.table('settings').put({ key: 'subscriptions', value: [{ url: 'https://example.org/i.json' }] });
    // Leftovers of killed runs: a file import's (ids had no prefix before v3) and an install's.
    await v2.table('staging').bulkPut([
      { importId: 'lq2x1-abc123', t: 'entities', id: 'x1', row: { id: 'x1' } },
      { importId: 'sub-lq2x2-def456', t: 'entities', id: '0000000000', row: [] },
    ]);
    expect(await v2.table('staging').where('importId').equals('lq2x1-abc123').count()).toBe(1);
    v2.close();

    const db = await openClaimsDb(name);
    expect(db.verno).toBe(3);
    expect(db.staging.schema.primKey.keyPath).toEqual(['importId', 't', 'id']);
    expect(db.staging.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(await db.staging.count()).toBe(0);
    // Every other table, its rows and its indexes as v2 left them.
    expect(await db.entities.get('e1')).toMatchObject({ userEdited: true, provenance: user });
    expect(await db.designations.where('entityId').equals('e1').count()).toBe(1);
    expect(
      await db.designations
        .where('[provenance.origin+provenance.label]')
        .equals(['import', 'old.json'])
        .count(),
    ).toBe(1);
    expect(await db.settings.get('subscriptions')).toMatchObject({
      value: [{ url: 'https://example.org/i.json' }],
    });
    // Staging still works by primary-key range.
    await db.staging.bulkPut([
      { importId: 'import-a', t: 'entities', id: 'x', row: {} },
      { importId: 'sub-b', t: 'entities', id: 'x', row: {} },
    ]);
    expect(await clearStagedWithPrefix(db, 'import-')).toBe(1);
    expect((await db.staging.toArray()).map((r) => r.importId)).toEqual(['sub-b']);
    db.close();

    // The raw IndexedDB store has lost the index too (not only Dexie's view of it).
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.table('staging').schema.indexes.map((i) => i.name)).toEqual([]);
    expect(
      raw
        .table('reports')
        .schema.indexes.map((i) => i.name)
        .sort(),
    ).toEqual(['[provenance.origin+provenance.label]', 'asOf', 'eventId'].sort());
    raw.close();
  });
});
