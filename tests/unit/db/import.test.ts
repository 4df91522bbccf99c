import { createReadStream, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../../../src/db/bundled';
import {
  convertFiles,
  detectFormat,
  exportPack,
  importFiles,
  ImportError,
  inputFromString,
  type ImportInput,
} from '../../../src/db/import';
import {
  designationsOf,
  entitiesByNameKey,
  factChecksByWords,
  reportsOfEvent,
} from '../../../src/db/queries';
import type { ClaimsDb } from '../../../src/db/schema';
import { saveUserRow } from '../../../src/db/write';
import { dump, entity, freshDb } from './helpers';

const dir = 'tests/fixtures/formats';
/** A fixture read as a stream, the way the CLI reads files. */
function fixture(name: string): ImportInput {
  return {
    name,
    chunks: () =>
      createReadStream(`${dir}/${name}`, { encoding: 'utf8', highWaterMark: 64 }) as AsyncIterable<string>,
  };
}

let db: ClaimsDb;
beforeEach(async () => (db = await freshDb()));
afterEach(() => db.close());

describe('detectFormat', () => {
  it.each([
    ['ofac_sdn.csv', 'ofac-sdn-csv'],
    ['ofac_alt.csv', 'ofac-alt-csv'],
    ['opensanctions_entities.ftm.json', 'opensanctions-ftm'],
    ['opensanctions_entities.delta.json', 'opensanctions-ftm'],
    ['un_consolidated.xml', 'un-consolidated-xml'],
    ['ucdp_ged.csv', 'ucdp-ged-csv'],
    ['acled_export.csv', 'acled-csv'],
    ['claimreview_single.jsonld', 'claimreview-jsonld'],
    ['claimreview_graph.jsonld', 'claimreview-jsonld'],
    ['claimreview_array.jsonld', 'claimreview-jsonld'],
    ['factcheck_claims_search.json', 'factcheck-claims-search'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(readFileSync(`${dir}/${file}`, 'utf8').slice(0, 8192))).toBe(format);
  });
  it('recognises packs and nothing else', () => {
    expect(detectFormat(readFileSync('public/data/claims-pack.json', 'utf8').slice(0, 8192))).toBe(
      'claimcheck-pack',
    );
    expect(detectFormat('hello, world\n1,2\n')).toBeNull();
  });
});

describe('OFAC SDN CSV', () => {
  it('joins alt.csv aliases and remark a.k.a.s, splits program tags, strips nulls and the EOF byte', async () => {
    const res = await importFiles(db, [fixture('ofac_sdn.csv'), fixture('ofac_alt.csv')]);
    expect(res.written.entities).toBe(3);
    const [nusra] = await entitiesByNameKey(db, "Hay'at Tahrir al-Sham");
    expect(nusra).toBeUndefined(); // not in this fixture's aliases…
    const [byAlt] = await entitiesByNameKey(db, 'Jabhat Fateh al-Sham');
    expect(byAlt.id).toBe('ofac:16937');
    expect((await entitiesByNameKey(db, 'HTS'))[0].id).toBe('ofac:16937');
    expect((await entitiesByNameKey(db, "KATA'IB HIZBALLAH FI AL-IRAQ"))[0].id).toBe('ofac:11462');
    const lists = (await designationsOf(db, 'ofac:16937')).map((d) => d.list).sort();
    expect(lists).toEqual(['US FTO', 'US SDGT']);
    expect((await designationsOf(db, 'ofac:11462')).map((d) => d.list).sort()).toEqual([
      'OFAC IRAQ3',
      'US FTO',
      'US SDGT',
    ]);
    const nujaba = await db.entities.get('ofac:26446');
    expect(nujaba?.names.map((n) => n.name)).toEqual(['HARAKAT AL-NUJABA']);
    for (const e of await db.entities.toArray()) {
      expect(JSON.stringify(e)).not.toContain('-0-');
      expect(JSON.stringify(e)).not.toContain(String.fromCharCode(0x1a));
    }
  });
  it('says when alt.csv comes without its sdn.csv', async () => {
    const res = await convertFiles([fixture('ofac_alt.csv')]);
    expect(res.rows.entities).toEqual([]);
    expect(res.files[0].skipped[0].reason).toMatch(/sdn\.csv/);
  });
});

describe('OpenSanctions FtM', () => {
  it('imports entities and Sanction intervals; a future endDate is an expiry, not a delisting', async () => {
    const res = await importFiles(db, [fixture('opensanctions_entities.ftm.json')]);
    expect(res.files[0].skipped).toEqual([
      { reason: 'schema Address is not a group or person', count: 1, first: 'line 5 (addr-1)' },
    ]);
    const [aqi] = await entitiesByNameKey(db, 'ISIS');
    expect(aqi.id).toBe('os:NK-2T3S8Hu29ktYnKSTgQp2wL');
    expect(await entitiesByNameKey(db, 'JTJ')).toEqual([]); // weak alias only
    const [d] = await designationsOf(db, aqi.id);
    expect(d).toMatchObject({
      authority: 'United Nations Security Council',
      listedOn: '2004-10-18',
      endedOn: null,
    });
    const [nsdc] = await designationsOf(db, 'os:NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(nsdc.endedOn).toBeNull();
    expect(nsdc.note).toMatch(/expires 2033-07-01/);
  });
  it('applies the delta form: MOD updates, DEL removes', async () => {
    await importFiles(db, [fixture('opensanctions_entities.ftm.json')]);
    await importFiles(db, [fixture('opensanctions_entities.delta.json')]);
    expect((await entitiesByNameKey(db, 'Daesh'))[0].id).toBe('os:NK-2T3S8Hu29ktYnKSTgQp2wL');
    expect(await db.designations.get('os:ua-nsdc-3531f935d268a134880b64ba29518e35dafd049f')).toBeUndefined();
  });
});

describe('UN consolidated XML', () => {
  it('splits packed alias strings and keeps listing dates with open ends', async () => {
    await importFiles(db, [fixture('un_consolidated.xml')]);
    const [e] = await entitiesByNameKey(db, 'Hayat Tahrir al-Sham');
    expect(e.id).toBe('un:QDe.137');
    expect((await entitiesByNameKey(db, 'Assembly for the Liberation of Syria'))[0].id).toBe('un:QDe.137');
    const [d] = await designationsOf(db, 'un:QDe.137');
    expect(d).toMatchObject({
      list: 'UN ISIL/Al-Qaida 1267',
      listedOn: '2014-05-14',
      endedOn: null,
      referenceId: 'QDe.137',
    });
    expect(d.note).toMatch(/2026-02-27/);
    expect((await db.entities.get('un:QDi.325'))?.type).toBe('person');
  });
});

describe('conflict datasets', () => {
  it('imports UCDP GED events with low/high figures', async () => {
    await importFiles(db, [fixture('ucdp_ged.csv')]);
    const [r] = await reportsOfEvent(db, 'ucdp:900001');
    expect(r).toMatchObject({ min: 6, max: 9, approx: 'about', asOf: '2016-12-01', reportedBy: 'UCDP GED' });
    expect((await db.events.get('ucdp:900002'))?.end).toBe('2016-12-03');
  });
  it('imports ACLED rows with its own count, never the claims in notes', async () => {
    await importFiles(db, [fixture('acled_export.csv')]);
    const [sud] = await reportsOfEvent(db, 'acled:SUD1082');
    expect(sud).toMatchObject({ min: 0, approx: 'at_least', reportedBy: 'ACLED', asOf: '2010-12-31' });
    expect(sud.note).toMatch(/21 soldiers/);
    const [nig] = await reportsOfEvent(db, 'acled:NIG2941');
    expect(nig.min).toBe(4);
  });
});

describe('fact-checks', () => {
  it.each(['claimreview_single.jsonld', 'claimreview_graph.jsonld', 'claimreview_array.jsonld'])(
    'imports ClaimReview from %s',
    async (file) => {
      const res = await importFiles(db, [fixture(file)]);
      expect(res.written.factChecks).toBe(file === 'claimreview_array.jsonld' ? 2 : 1);
    },
  );
  it('keeps the textual rating, not the publisher scale', async () => {
    await importFiles(db, [fixture('claimreview_single.jsonld')]);
    const [f] = await db.factChecks.toArray();
    expect(f).toMatchObject({ rating: 'True', claimant: 'Rich Perry', date: '2014-07-23' });
  });
  it('imports a claims:search response', async () => {
    await importFiles(db, [fixture('factcheck_claims_search.json')]);
    const hits = await factChecksByWords(db, '5G networks spread coronavirus');
    expect(hits[0].row).toMatchObject({
      reviewer: 'Full Fact',
      claimant: 'Daily Star',
      date: '2020-03-31',
      language: 'en',
    });
  });
});

describe('bad input is rejected whole', () => {
  it.each([
    ['ofac_sdn_malformed.csv', /ofac_sdn_malformed\.csv: line 2: expected 12 fields, found 4/],
    ['acled_malformed.csv', /acled_malformed\.csv: line 2: expected 30 fields, found 31/],
    ['opensanctions_malformed.ftm.json', /opensanctions_malformed\.ftm\.json: line 2: not JSON/],
    ['un_malformed.xml', /un_malformed\.xml: line \d+: XML/],
    ['ucdp_malformed.csv', /ucdp_malformed\.csv: line 3: high "two" is not a count/],
  ])('%s', async (file, message) => {
    await loadBundledData(db, JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8')));
    const before = await dump(db);
    const err = await importFiles(db, [fixture(file)]).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(String(err.message)).toMatch(message);
    expect(await dump(db)).toEqual(before);
  });
  it('a bad line after thousands of rows already written still changes nothing', async () => {
    await importFiles(db, [fixture('un_consolidated.xml')]);
    const before = await dump(db);
    const lines = [JSON.stringify({ claimcheckPack: 1, id: 'big', version: '1', kind: 'full' })];
    for (let i = 0; i < 12_000; i++) {
      lines.push(JSON.stringify({ t: 'entities', row: { id: `e${i}`, type: 'group', name: `Group ${i}` } }));
    }
    lines.push('{"t":"entities","row":{"id":"bad","type":"group"}}');
    const err = await importFiles(db, [inputFromString('big.jsonl', lines.join('\n'))]).catch((e) => e);
    expect(err.message).toMatch(/big\.jsonl: line 12002: "name" must be a non-empty string/);
    expect(await dump(db)).toEqual(before);
  });

  describe('through staging (bounded memory)', () => {
    /** A JSON-lines pack of `n` entity rows, then `tail` lines. */
    const bigPack = (header: object, n: number, tail: string[] = []) =>
      inputFromString(
        'big.jsonl',
        [
          JSON.stringify({ claimcheckPack: 1, id: 'big', kind: 'full', ...header }),
          ...Array.from({ length: n }, (_, i) =>
            JSON.stringify({ t: 'entities', row: { id: `e${i}`, type: 'group', name: `Group ${i}` } }),
          ),
          ...tail,
        ].join('\n'),
      );
    /** User rows and pack rows that a failed import must leave as they are. */
    async function existingRows() {
      await loadBundledData(db, JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8')));
      await importFiles(db, [bigPack({ version: '1' }, 3)]);
      await saveUserRow(db, 'entities', entity('user:1', 'My group'));
      return dump(db);
    }

    it('a bad line after rows were staged rejects the file naming the line; nothing staged stays', async () => {
      const before = await existingRows();
      const bad = bigPack({ version: '2' }, 20, ['{"t":"entities","row":{"id":"bad","type":"group"}}']);
      const err = await importFiles(db, [bad], { memoryRows: 2 }).catch((e) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect(err.message).toMatch(/big\.jsonl: line 22: "name" must be a non-empty string/);
      expect(await dump(db)).toEqual(before);
      expect(await db.staging.count()).toBe(0);
    });

    it('a file refused once every row was staged (a delta on another version) leaves nothing staged', async () => {
      const before = await existingRows();
      const delta = bigPack({ version: '3', kind: 'delta', baseVersion: '2' }, 20);
      const err = await importFiles(db, [delta], { memoryRows: 2 }).catch((e) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect(err.message).toMatch(/big\.jsonl: header: delta from version 2 needs that version installed/);
      expect(await dump(db)).toEqual(before);
      expect(await db.staging.count()).toBe(0);
    });

    it('rows left staged by an interrupted file import are dropped by the next one; an install’s are kept', async () => {
      await db.staging.bulkPut([
        { importId: 'import-old', t: 'entities', id: 'e1', row: {} },
        { importId: 'import-old', t: '_marker' as never, id: '', row: null },
        { importId: 'sub-running', t: 'entities', id: '0000000000', row: [] },
        { importId: 'sub-running', t: '_sentinel' as never, id: '', row: null },
      ]);
      const res = await importFiles(db, [bigPack({ version: '1' }, 5)], { memoryRows: 2 });
      expect(res).toMatchObject({ staged: true, written: { entities: 5 } });
      expect((await db.staging.toArray()).map((r) => r.importId)).toEqual(['sub-running', 'sub-running']);
    });

    it('a file import whose parked rows another file import cleared meanwhile fails and writes nothing', async () => {
      const before = await existingRows();
      const lines = [
        JSON.stringify({ claimcheckPack: 1, id: 'big', kind: 'full', version: '2' }),
        ...Array.from({ length: 20 }, (_, i) =>
          JSON.stringify({ t: 'entities', row: { id: `e${i}`, type: 'group', name: `Group ${i}` } }),
        ),
      ];
      // A file read line by line that, half-way, waits for another file import (in another dashboard tab).
      // (The first read is format detection, the second the import's own.)
      let reads = 0;
      const input: ImportInput = {
        name: 'big.jsonl',
        async *chunks() {
          const read = ++reads;
          for (let i = 0; i < lines.length; i++) {
            if (i === 10 && read === 2)
              await importFiles(db, [bigPack({ version: '1' }, 3)], { memoryRows: 2 });
            yield `${lines[i]}\n`;
          }
        },
      };
      const err = await importFiles(db, [input], { memoryRows: 2 }).catch((e) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect(err.message).toMatch(/big\.jsonl: staging: another import running at the same time cleared/);
      expect(await dump(db)).toEqual(before);
      expect(await db.staging.count()).toBe(0);
    });
  });

  it('names the row of a bad pack', async () => {
    const pack = {
      claimcheckPack: 1,
      id: 'p',
      version: '1',
      rows: { reports: [{ id: 'r1', eventId: 'e', category: 'dead' }] },
    };
    const err = await importFiles(db, [inputFromString('p.json', JSON.stringify(pack))]).catch((e) => e);
    expect(err.message).toMatch(/p\.json: rows\.reports\[0\] \(id r1\): "category" must be one of/);
  });
});

describe('idempotency, user rows, export', () => {
  it('importing the same files twice changes nothing', async () => {
    const files = ['ofac_sdn.csv', 'ofac_alt.csv'];
    await importFiles(db, files.map(fixture), { now: '2026-01-01T00:00:00Z' });
    const before = await dump(db);
    const again = await importFiles(db, files.map(fixture), { now: '2026-02-01T00:00:00Z' });
    expect(again.written).toEqual({ entities: 0, designations: 0, events: 0, reports: 0, factChecks: 0 });
    expect(await dump(db)).toEqual(before);
  });
  it('never overwrites a row the user edited', async () => {
    await importFiles(db, [fixture('un_consolidated.xml')]);
    await saveUserRow(db, 'entities', { ...(await db.entities.get('un:QDe.004'))!, notes: 'mine' });
    const res = await importFiles(db, [fixture('un_consolidated.xml')]);
    expect(res.keptUserRows.entities).toBe(1);
    expect((await db.entities.get('un:QDe.004'))?.notes).toBe('mine');
  });
  it('bounded memory path: rows staged and swapped in give the same database', async () => {
    const small = await freshDb();
    await importFiles(small, [fixture('acled_export.csv'), fixture('un_consolidated.xml')], { now: 'x' });
    const res = await importFiles(db, [fixture('acled_export.csv'), fixture('un_consolidated.xml')], {
      now: 'x',
      memoryRows: 2,
    });
    expect(res.staged).toBe(true);
    expect(await db.staging.count()).toBe(0);
    expect(await dump(db)).toEqual(await dump(small));
    small.close();
  });
  it('importing an export reproduces the database', async () => {
    await loadBundledData(db, JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8')));
    await importFiles(db, [fixture('factcheck_claims_search.json'), fixture('acled_export.csv')]);
    await saveUserRow(db, 'entities', entity('user:1', 'My group'));
    const exported = await exportPack(db);
    const copy = await freshDb();
    await importFiles(copy, [inputFromString('export.json', JSON.stringify(exported))]);
    expect(await dump(copy)).toEqual(await dump(db));
    copy.close();
  });
  it('exports a selection', async () => {
    await loadBundledData(db, JSON.parse(readFileSync('public/data/claims-pack.json', 'utf8')));
    const [hts] = await entitiesByNameKey(db, 'HTS');
    const sel = await exportPack(db, { entityIds: [hts.id] });
    expect(sel.rows.entities?.map((e) => (e as { id: string }).id)).toEqual([hts.id]);
    expect(sel.rows.designations?.length).toBeGreaterThan(0);
    expect(sel.rows.reports).toBeUndefined();
  });
});
