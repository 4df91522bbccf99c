import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, inputFromString } from '../../../src/db/import';
import type { ClaimsDb } from '../../../src/db/schema';
import { applyRows } from '../../../src/db/write';
import { installPackStream, type InstallOptions, type InstallProgress } from '../../../src/sharing/install';
import { sealedJsonLinesText } from '../../../src/sharing/publish';
import { dump, freshDb } from '../db/helpers';
import { designation, entity, header, pack, rows } from './fixtures';

let db: ClaimsDb;
beforeEach(async () => (db = await freshDb()));
afterEach(() => db.close());

async function* chunks(text: string, size = 50): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

const many = (n: number, name = 'Group') =>
  rows(...Array.from({ length: n }, (_, i) => entity(`t:m${String(i).padStart(3, '0')}`, `${name} ${i}`)));

describe.each([
  ['read whole', {}],
  ['through staging', { directMaxBytes: 0, memoryRows: 3 }],
  ['read whole, then staged once over the limit', { directMaxBytes: 600, memoryRows: 4 }],
] as const)('installing a pack (%s)', (_name, mode) => {
  const install = (text: string, extra: Partial<InstallOptions> = {}) =>
    installPackStream(db, chunks(text), { label: () => 'Team pack', source: 'test', ...mode, ...extra });

  it('a row that fails validation rejects the pack naming its line, and nothing is written', async () => {
    await install(await pack('v1', many(5)));
    const before = await dump(db);
    const good = await pack('v2', many(20, 'Renamed'));
    const lines = good.split('\n');
    lines[15] = lines[15].replace('"type":"group"', '"type":"army"');
    const { createHash } = await import('node:crypto');
    const content = `${lines.slice(1).join('\n')}`;
    const head = { ...JSON.parse(lines[0]), sha256: createHash('sha256').update(content).digest('hex') };
    const bad = `${JSON.stringify(head)}\n${content}`;
    await expect(install(bad)).rejects.toThrow(/^line 16: "type" must be one of group, person/);
    expect(await dump(db)).toEqual(before);
    expect(await db.staging.count()).toBe(0);
  });

  it('a full update writes only what changed: unchanged rows keep the version that last changed them', async () => {
    await install(
      await pack('v1', rows(entity('t:a', 'Alpha'), entity('t:b', 'Beta'), entity('t:c', 'Gamma'))),
    );
    const res = await install(
      await pack('v2', rows(entity('t:a', 'Alpha'), entity('t:b', 'Beta', ['B']), entity('t:d', 'Delta'))),
      { now: '2026-12-02T00:00:00Z' },
    );
    expect(res.apply).toMatchObject({
      written: { entities: 2 },
      unchanged: { entities: 1 },
      removed: { entities: 1 },
    });
    expect((await db.entities.get('t:a'))?.provenance.version).toBe('v1');
    expect((await db.entities.get('t:b'))?.provenance).toMatchObject({
      version: 'v2',
      addedAt: '2026-12-02T00:00:00Z',
    });
    expect((await db.entities.get('t:d'))?.provenance.version).toBe('v2');
    expect(await db.entities.get('t:c')).toBeUndefined();
    expect(await db.packs.get('Team pack')).toMatchObject({ version: 'v2', counts: { entities: 3 } });
  });

  it('within a delta the later line wins: a delete then an add keeps the row, an add then a delete removes it', async () => {
    await install(await pack('v1', rows(entity('t:a', 'Alpha'), entity('t:b', 'Beta'))));
    const text = await sealedJsonLinesText(
      header('v2', { kind: 'delta', baseVersion: 'v1' }),
      rows(entity('t:b', 'Beta again'), entity('t:c', 'Gamma')),
    );
    const [head, ...body] = text.trimEnd().split('\n');
    const del = (id: string) => JSON.stringify({ t: 'entities', delete: id });
    // delete b, add b; add c, delete c; delete a.
    const content = `${[del('t:b'), body[0], body[1], del('t:c'), del('t:a')].join('\n')}\n`;
    const { createHash } = await import('node:crypto');
    const sealed = { ...JSON.parse(head), sha256: createHash('sha256').update(content).digest('hex') };
    await install(`${JSON.stringify(sealed)}\n${content}`);
    expect((await db.entities.toArray()).map((e) => [e.id, e.name])).toEqual([['t:b', 'Beta again']]);
  });

  it('reports write progress in rows, with the total', async () => {
    const seen: InstallProgress[] = [];
    await install(await pack('v1', many(12)), { onProgress: (p) => seen.push(p) });
    const writes = seen.filter((p) => p.phase === 'write');
    expect(writes.at(-1)).toEqual({ phase: 'write', done: 12, total: 12 });
    expect(seen.some((p) => p.phase === 'download' && p.done > 0)).toBe(true);
  });

  it('never overwrites rows of another source, even ones the pack holds the id of', async () => {
    await applyRows(db, rows(entity('t:m003', 'Bundled'), designation('t:d', 't:m003')), {
      provenance: { origin: 'bundled', label: 'claimcheck-bundled', version: '1', addedAt: 'now' },
    });
    const res = await install(await pack('v1', many(10)));
    expect(res.skippedForeign.entities).toBe(1);
    expect((await db.entities.get('t:m003'))?.name).toBe('Bundled');
    expect(await db.entities.count()).toBe(10);
  });
});

describe('a large pack install and a file import at the same time', () => {
  it('a staged file import started while the pack is parked leaves the pack’s parked rows: both are written', async () => {
    const text = await pack('v1', many(40));
    const bytes = new TextEncoder().encode(text);
    // A file from the dashboard, large enough for its own trip through staging.
    const file = inputFromString(
      'big.jsonl',
      [
        JSON.stringify({ claimcheckPack: 1, id: 'file-pack', kind: 'full', version: '1' }),
        ...Array.from({ length: 10 }, (_, i) =>
          JSON.stringify({ t: 'entities', row: { id: `f:${i}`, type: 'group', name: `File group ${i}` } }),
        ),
      ].join('\n'),
    );
    let imported: Awaited<ReturnType<typeof importFiles>> | null = null;
    async function* body() {
      for (let i = 0; i < bytes.length; i += 200) {
        // Half-way through the download (records already parked), the user imports a file.
        if (!imported && i >= bytes.length / 2) {
          expect(await db.staging.count()).toBeGreaterThan(0);
          imported = await importFiles(db, [file], { memoryRows: 2 });
        }
        yield bytes.slice(i, i + 200);
      }
    }
    const opts = { label: () => 'Team pack', source: 'test', memoryRows: 5, directMaxBytes: 0 };
    const res = await installPackStream(db, body(), opts);
    expect(imported).toMatchObject({ staged: true, written: { entities: 10 } });
    expect(res.apply.written.entities).toBe(40);
    expect(await db.entities.where('id').startsWith('t:').count()).toBe(40);
    expect(await db.entities.where('id').startsWith('f:').count()).toBe(10);
    expect(await db.staging.count()).toBe(0);
  });
});
