import { afterEach, describe, expect, it } from 'vitest';
import { readPackJson } from '../../../src/db/pack';
import type { ClaimsDb } from '../../../src/db/schema';
import type { DesignationRow, EntityRow } from '../../../src/db/types';
import { entityKeys } from '../../../src/db/words';
import { createStore } from '../../../src/ui/dashboard/store';
import { emptyReport } from '../../../src/ui/dashboard/forms';
import { BUNDLED, freshDb } from './helpers';

function entity(id: string, name: string): EntityRow {
  const names = [{ name, type: 'primary' as const }];
  return {
    id,
    type: 'group',
    name,
    names,
    ...entityKeys(names),
    predecessors: [],
    successors: [],
    provenance: BUNDLED,
  };
}
const designation = (id: string, entityId: string): DesignationRow => ({
  id,
  entityId,
  authority: 'United States',
  list: 'US FTO',
  listedOn: '1997-10-08',
  endedOn: null,
  sourceUrl: 'https://www.state.gov/foreign-terrorist-organizations/',
  provenance: BUNDLED,
});

let db: ClaimsDb | null = null;
afterEach(() => db?.close());

describe('dashboard export', () => {
  it('exports the whole database as a pack that validates, rows keeping their provenance', async () => {
    db = await freshDb();
    await db.entities.bulkPut([entity('hez', 'Hezbollah'), entity('hamas', 'Hamas')]);
    await db.designations.put(designation('d1', 'hez'));
    const store = createStore(db);
    await store.saveReport(null, {
      ...emptyReport(),
      eventTitle: 'Aleppo offensive',
      eventStart: '2024-11-27',
      min: '416',
      reportedBy: 'SOHR',
      asOf: '2024-12-02',
    });
    const pack = JSON.parse(await (await store.exportPack(null)).text());
    const { header, rows } = readPackJson(pack);
    expect(header.kind).toBe('export');
    expect(rows.entities.map((e) => e.id).sort()).toEqual(['hamas', 'hez']);
    expect(rows.designations[0].provenance).toMatchObject({ origin: 'bundled', version: '2026.11.1' });
    expect(rows.reports).toHaveLength(1);
    expect(rows.reports[0]).toMatchObject({ min: 416, userEdited: true });
    expect(rows.events).toHaveLength(1);
  });

  it('exports a selection with the entities its designations refer to', async () => {
    db = await freshDb();
    await db.entities.bulkPut([entity('hez', 'Hezbollah'), entity('hamas', 'Hamas')]);
    await db.designations.bulkPut([designation('d1', 'hez'), designation('d2', 'hamas')]);
    const store = createStore(db);
    const { rows } = readPackJson(
      JSON.parse(await (await store.exportPack({ designations: ['d1'] })).text()),
    );
    expect(rows.designations.map((d) => d.id)).toEqual(['d1']);
    expect(rows.entities.map((e) => e.id)).toEqual(['hez']);
    expect(rows.factChecks).toEqual([]);
  });
});
