import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import {
  designationsAsOf,
  designationsOf,
  entitiesByNameKey,
  entitiesByNamePrefix,
  eventsByKeys,
  eventsInWindow,
  factChecksByWords,
  reportsOfEvent,
} from '../../../src/db/queries';
import { applyRows, emptyRowSet } from '../../../src/db/write';
import { eventKeysOf, claimWords } from '../../../src/db/words';
import { entity, freshDb } from './helpers';

const prov = { origin: 'import' as const, label: 't', addedAt: '2026-01-01T00:00:00Z' };
let db: ClaimsDb;

beforeEach(async () => {
  db = await freshDb();
  const set = emptyRowSet();
  const nusra = entity('nusra', 'al-Nusrah Front', ['Jabhat al-Nusra']);
  const hts = { ...entity('hts', "Hay'at Tahrir al-Sham (HTS)"), predecessors: ['nusra'] };
  const weak = entity('weak', 'Some Group');
  weak.names.push({ name: 'The Front', type: 'weak' });
  weak.nameKeys.push('front');
  weak.weakKeys = ['front'];
  set.entities.push(nusra, hts, weak);
  const d = { authority: 'United States', sourceUrl: null };
  set.designations.push(
    {
      ...d,
      id: 'd-nusra-fto',
      entityId: 'nusra',
      list: 'US FTO',
      listedOn: '2014-05-15',
      endedOn: '2025-07-08',
    },
    {
      ...d,
      id: 'd-hts-fto',
      entityId: 'hts',
      list: 'US FTO',
      listedAs: 'al-Nusrah Front',
      listedOn: '2018-05-31',
      endedOn: '2025-07-08',
    },
    {
      ...d,
      id: 'd-hts-uk',
      entityId: 'hts',
      authority: 'United Kingdom',
      list: 'UK proscribed',
      listedOn: '2017',
      endedOn: null,
    },
  );
  set.events.push(
    {
      id: 'ev-syria',
      title: 'Offensive',
      places: ['Syria: Idlib, Aleppo and Hama'],
      actors: ['Hayat Tahrir al-Sham (HTS)'],
      start: '2024-11-27',
      end: '2024-12-08',
      keys: eventKeysOf(['Syria: Idlib, Aleppo and Hama'], ['Hayat Tahrir al-Sham (HTS)']),
    },
    {
      id: 'ev-gaza',
      title: 'Gaza',
      places: ['Gaza Strip'],
      actors: [],
      start: '2023-10-07',
      end: null,
      keys: eventKeysOf(['Gaza Strip'], []),
    },
  );
  const r = {
    category: 'killed' as const,
    approx: 'exact' as const,
    who: null,
    outlet: null,
    url: null,
    documented: true,
    scope: 'all',
  };
  set.reports.push(
    { ...r, id: 'r2', eventId: 'ev-syria', min: 417, max: 417, reportedBy: 'SOHR', asOf: '2024-12-01' },
    { ...r, id: 'r1', eventId: 'ev-syria', min: 412, max: 412, reportedBy: 'SOHR', asOf: '2024-12-01' },
    { ...r, id: 'r0', eventId: 'ev-syria', min: 242, max: 242, reportedBy: 'SOHR', asOf: '2024-11-29' },
    { ...r, id: 'r9', eventId: 'ev-gaza', min: 1, max: 1, reportedBy: 'x', asOf: '2024-01-01' },
  );
  const f = { rating: 'False', reviewer: 'FF', date: null, language: 'en' };
  set.factChecks.push(
    {
      ...f,
      id: 'f1',
      claimReviewed: 'HTS captured Aleppo airport',
      url: 'https://e.org/1',
      words: claimWords('HTS captured Aleppo airport'),
    },
    {
      ...f,
      id: 'f2',
      claimReviewed: 'Aleppo is calm',
      url: 'https://e.org/2',
      words: claimWords('Aleppo is calm'),
    },
  );
  await applyRows(db, set, { provenance: prov });
});
afterEach(() => db.close());

describe('entity lookups', () => {
  it('finds an entity by any spelling of any of its names', async () => {
    expect((await entitiesByNameKey(db, 'Hayat Tahrir al-Sham')).map((e) => e.id)).toEqual(['hts']);
    expect((await entitiesByNameKey(db, 'HTS')).map((e) => e.id)).toEqual(['hts']);
    expect((await entitiesByNameKey(db, 'Jabhat al-Nusrah')).map((e) => e.id)).toEqual(['nusra']);
    expect(await entitiesByNameKey(db, 'Hamas')).toEqual([]);
  });
  it('does not let a weak alias trigger a match unless asked', async () => {
    expect(await entitiesByNameKey(db, 'the front')).toEqual([]);
    expect((await entitiesByNameKey(db, 'the front', { includeWeak: true })).map((e) => e.id)).toEqual([
      'weak',
    ]);
  });
  it('finds entities by name prefix, each once', async () => {
    expect((await entitiesByNamePrefix(db, 'Hayat Tah')).map((e) => e.id)).toEqual(['hts']);
    expect((await entitiesByNamePrefix(db, 'nus')).map((e) => e.id)).toEqual(['nusra']);
  });
});

describe('designations', () => {
  it('lists an entity’s designations, with its predecessors’ on request', async () => {
    expect((await designationsOf(db, 'hts')).map((d) => d.id).sort()).toEqual(['d-hts-fto', 'd-hts-uk']);
    expect((await designationsOf(db, 'hts', { withPredecessors: true })).map((d) => d.id)).toEqual([
      'd-nusra-fto',
      'd-hts-uk',
      'd-hts-fto',
    ]);
  });
  it('answers "in force on this date" with interval semantics', async () => {
    const ids = async (date: string) => (await designationsAsOf(db, 'hts', date)).map((d) => d.id).sort();
    expect(await ids('2016-01-01')).toEqual(['d-nusra-fto']);
    expect(await ids('2024-12-02')).toEqual(['d-hts-fto', 'd-hts-uk', 'd-nusra-fto']);
    expect(await ids('2025-07-07')).toEqual(['d-hts-fto', 'd-hts-uk', 'd-nusra-fto']);
    expect(await ids('2025-07-08')).toEqual(['d-hts-uk']);
    expect(await ids('2014-05-14')).toEqual([]);
  });
});

describe('events and reports', () => {
  it('finds events by place or actor and by date window', async () => {
    expect((await eventsByKeys(db, ['Aleppo'])).map((e) => e.id)).toEqual(['ev-syria']);
    expect((await eventsByKeys(db, ['HTS', 'Gaza Strip'])).map((e) => e.id).sort()).toEqual([
      'ev-gaza',
      'ev-syria',
    ]);
    expect((await eventsInWindow(db, '2024-12-02', '2024-12-02')).map((e) => e.id).sort()).toEqual([
      'ev-gaza',
      'ev-syria',
    ]);
    expect((await eventsInWindow(db, '2024-12-09', '2025-01-01')).map((e) => e.id)).toEqual(['ev-gaza']);
    expect((await eventsInWindow(db, '2020-01-01', '2020-12-31')).map((e) => e.id)).toEqual([]);
  });
  it('lists an event’s reports oldest first', async () => {
    expect((await reportsOfEvent(db, 'ev-syria')).map((r) => r.min)).toEqual([242, 412, 417]);
  });
});

describe('fact-checks', () => {
  it('ranks fact-checks by shared words', async () => {
    const hits = await factChecksByWords(db, 'Did HTS fighters capture the Aleppo airport?');
    expect(hits.map((h) => [h.row.id, h.matched])).toEqual([
      ['f1', 3],
      ['f2', 1],
    ]);
    expect((await factChecksByWords(db, 'Aleppo airport', { minMatches: 2 })).map((h) => h.row.id)).toEqual([
      'f1',
    ]);
  });
});
