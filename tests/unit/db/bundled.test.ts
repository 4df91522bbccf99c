import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledDataVersion, loadBundledData } from '../../../src/db/bundled';
import {
  designationsAsOf,
  designationsOf,
  entitiesByNameKey,
  eventsByKeys,
  reportsOfEvent,
} from '../../../src/db/queries';
import type { ClaimsDb } from '../../../src/db/schema';
import { saveUserRow } from '../../../src/db/write';
import { dump, entity, freshDb } from './helpers';

const pack = JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8'));
let db: ClaimsDb;
beforeEach(async () => (db = await freshDb()));
afterEach(() => db.close());

async function htsId(): Promise<string> {
  const [hts] = await entitiesByNameKey(db, 'Hayat Tahrir al-Sham');
  return hts.id;
}

describe('bundled reference data', () => {
  it('records its data version', async () => {
    const res = await loadBundledData(db, pack);
    expect(res.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
    expect(await bundledDataVersion(db)).toBe(res.version);
    expect((await db.packs.get(pack.id))?.version).toBe(res.version);
  });

  it('has HTS listed by the US as al-Nusrah Front until the FTO revocation of 2025-07-08', async () => {
    await loadBundledData(db, pack);
    const id = await htsId();
    const all = await designationsOf(db, id, { withPredecessors: true });
    const nusraFto = all.find((d) => d.list === 'US FTO' && d.listedOn === '2014-05-15');
    expect(nusraFto?.listedAs).toBe('al-Nusrah Front');
    expect(nusraFto?.endedOn).toBe('2025-07-08');
    expect(nusraFto?.sourceUrl).toMatch(/^https:\/\//);
    const htsFto = all.find((d) => d.entityId === id && d.list === 'US FTO');
    expect(htsFto?.listedOn).toBe('2018-05-31');
    const fto = (date: string) =>
      designationsAsOf(db, id, date).then((r) => r.filter((d) => d.list === 'US FTO'));
    expect((await fto('2024-12-02')).length).toBeGreaterThan(0);
    expect(await fto('2025-07-08')).toEqual([]);
    // Every shipped designation carries a source.
    for (const d of await db.designations.toArray()) expect(d.sourceUrl, d.id).toMatch(/^https?:\/\//);
  });

  it('finds the groups of the seed article by the names it uses', async () => {
    await loadBundledData(db, pack);
    for (const name of [
      'Hayat Tahrir al-Sham (HTS)',
      'National Liberation Front',
      'Jaysh al-Izza',
      'Iranian Revolutionary Guard Corps (IRGC)',
      'Lebanese Hezbollah',
      'Islamic Resistance in Iraq',
    ]) {
      const hits = await entitiesByNameKey(db, name);
      expect(hits.length, name).toBeGreaterThan(0);
    }
  });

  it('has SOHR’s 412 and 417 of 2024-12-01 and later figures for the offensive', async () => {
    await loadBundledData(db, pack);
    const [ev] = await eventsByKeys(db, ['Idlib']);
    expect(ev.id).toBe('syria-2024-deterrence-of-aggression');
    const reports = await reportsOfEvent(db, ev.id);
    const sohrDec1 = reports
      .filter((r) => /SOHR/.test(r.reportedBy) && r.asOf === '2024-12-01')
      .map((r) => r.min);
    expect(sohrDec1).toEqual(expect.arrayContaining([412, 417]));
    expect(reports.some((r) => r.asOf > '2024-12-02' && r.category === 'killed')).toBe(true);
    for (const r of reports) expect(r.url).toMatch(/^https?:\/\//);
  });

  it('reloading is idempotent and never touches user rows or other packs', async () => {
    await loadBundledData(db, pack, '2026-01-01T00:00:00Z');
    await saveUserRow(db, 'entities', entity('user:1', 'My group'));
    const hts = await htsId();
    await saveUserRow(db, 'entities', { ...(await db.entities.get(hts))!, notes: 'my note' });
    const before = await dump(db);
    const again = await loadBundledData(db, pack, '2026-02-01T00:00:00Z');
    expect(Object.values(again.written).every((n) => n === 0)).toBe(true);
    expect(await dump(db)).toEqual(before);

    // A new version that drops a row removes it, but not the user's edited copy.
    const smaller = {
      ...pack,
      version: '2099.01.01-1',
      rows: { ...pack.rows, entities: pack.rows.entities.filter((e: { id: string }) => e.id !== hts) },
    };
    await loadBundledData(db, smaller);
    expect((await db.entities.get(hts))?.notes).toBe('my note');
    expect(await db.entities.get('user:1')).toBeDefined();
    expect(await bundledDataVersion(db)).toBe('2099.01.01-1');
  });
});
