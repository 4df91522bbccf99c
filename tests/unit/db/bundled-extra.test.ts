import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../../../src/db/bundled';
import { designationsAsOf, designationsOf, entitiesByNameKey } from '../../../src/db/queries';
import type { ClaimsDb } from '../../../src/db/schema';
import { extraDesignations } from '../../../scripts/build-bundled-data';
import { freshDb } from './helpers';

// The researched designation histories of data/reference/extra-designations.json, as shipped in the bundled pack.
const pack = JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8'));
const extra = JSON.parse(readFileSync('data/reference/extra-designations.json', 'utf8'));
let db: ClaimsDb;
beforeEach(async () => {
  db = await freshDb();
  await loadBundledData(db, pack);
});
afterEach(() => db.close());

async function idOf(name: string): Promise<string> {
  const hits = await entitiesByNameKey(db, name);
  expect(hits.length, name).toBe(1);
  return hits[0].id;
}

const lists = async (id: string, date: string) =>
  (await designationsAsOf(db, id, date)).map((d) => `${d.authority}: ${d.list}`).sort();

describe('bundled designations of the Houthis, al-Shabaab, Boko Haram and ISWAP', () => {
  it('finds each group under the names news uses', async () => {
    const houthis = await idOf('Houthis');
    for (const n of ['Ansar Allah', 'Ansarallah', 'Ansarullah', 'the Houthis', 'Huthis'])
      expect(await idOf(n), n).toBe(houthis);
    const shabaab = await idOf('al-Shabaab');
    for (const n of ['Al Shabab', 'Harakat al-Shabaab al-Mujahideen']) expect(await idOf(n), n).toBe(shabaab);
    const boko = await idOf('Boko Haram');
    expect(await idOf('Jama’atu Ahlis Sunna Lidda’awati wal-Jihad')).toBe(boko);
    expect(await idOf('ISWAP')).not.toBe(boko);
  });

  it('has the Houthis off the US FTO list between the 2021 revocation and the 2025 re-designation', async () => {
    const id = await idOf('Ansarallah');
    const usFto = async (date: string) =>
      (await designationsAsOf(db, id, date)).filter((d) => d.list === 'US FTO');
    expect(await usFto('2021-01-18')).toEqual([]);
    expect((await usFto('2021-02-01')).map((d) => d.listedOn)).toEqual(['2021-01-19']);
    // Revoked effective 16 February 2021: not listed on that day.
    expect(await usFto('2021-02-16')).toEqual([]);
    expect(await usFto('2023-06-01')).toEqual([]);
    expect(await lists(id, '2023-06-01')).toEqual([]);
    // SDGT again from 16 February 2024 (announced 17 January), still no FTO.
    expect(await lists(id, '2024-02-01')).toEqual([]);
    expect(await lists(id, '2024-03-01')).toEqual(['United States: US SDGT']);
    expect((await usFto('2025-06-01')).map((d) => d.listedOn)).toEqual(['2025-03-04']);
    const all = await designationsOf(db, id);
    const revoked = all.find((d) => d.list === 'US FTO' && d.endedOn);
    expect(revoked?.endedOn).toBe('2021-02-16');
    expect(revoked?.endSourceUrl).toMatch(/^https:\/\//);
  });

  it('lists al-Shabaab under the UN Somalia regime, not 1267', async () => {
    const id = await idOf('al-Shabaab');
    const un = (await designationsOf(db, id)).filter((d) => d.authority === 'United Nations');
    expect(un.map((d) => [d.list, d.listedOn])).toEqual([['UN Somalia 751 sanctions', '2010-04-12']]);
    expect(await lists(id, '2008-03-17')).toEqual([]);
    expect(await lists(id, '2008-03-18')).toEqual(['United States: US FTO', 'United States: US SDGT']);
  });

  it('has Boko Haram proscribed in the UK from 12 July 2013 and on the 1267 list as QDe.138 from 22 May 2014', async () => {
    const id = await idOf('Boko Haram');
    expect(await lists(id, '2013-07-11')).toEqual([]);
    expect(await lists(id, '2013-07-12')).toEqual(['United Kingdom: UK proscribed']);
    const un = (await designationsAsOf(db, id, '2014-05-22')).find((d) => d.authority === 'United Nations');
    expect(un?.referenceId).toBe('QDe.138');
    expect((await designationsAsOf(db, id, '2014-05-21')).some((d) => d.authority === 'United Nations')).toBe(
      false,
    );
  });

  it('ships every researched row with its source, and only those', async () => {
    const rows = await db.designations
      .where('entityId')
      .anyOf(extra.entities.map((e: { id: string }) => e.id))
      .toArray();
    expect(rows).toHaveLength(extraDesignations(extra).designations.length);
    for (const r of rows) {
      expect(r.sourceUrl, r.id).toMatch(/^https?:\/\//);
      expect(r.note, r.id).toMatch(/Source: (official source|copy of an official text|news report)\./);
      expect(r.provenance.origin, r.id).toBe('bundled');
    }
  });

  it('rejects a researched row without a source', () => {
    const bad = structuredClone(extra);
    bad.entities[0].designations[0].sourceUrl = '';
    expect(() => extraDesignations(bad)).toThrow(/no source URL/);
  });
});
