import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClaimsDb, openClaimsDb, SCHEMA_V1 } from '../../../src/db/schema';
import { entitiesByNameKey, eventsByKeys, factChecksByWords } from '../../../src/db/queries';

const prov = { origin: 'import', label: 'old.json', addedAt: '2024-01-01T00:00:00Z' };

describe('schema upgrade v1 → v2', () => {
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
    expect(db.verno).toBe(2);
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
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['designations', 'entities', 'events', 'factChecks', 'packs', 'reports', 'settings', 'staging'].sort(),
    );
    db.close();
  });
});
