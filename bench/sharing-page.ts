/**
 * Runs in a Chromium page for bench/sharing.bench.ts: installs packs through
 * src/sharing's real install path into real IndexedDB.
 */
import { normaliseRow } from '../src/db/pack';
import { DATA_TABLES, openClaimsDb, type DataTableName } from '../src/db/schema';
import { installPackStream, type InstallProgress } from '../src/sharing/install';

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += 1 << 16) yield bytes.subarray(i, i + (1 << 16));
}

async function* bodyOf(res: Response): AsyncGenerator<Uint8Array> {
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

const bench = {
  /** Installs the pack served at `url` (streamed), as a subscription would; returns time, rows and peak heap. */
  async installUrl(dbName: string, url: string) {
    const db = await openClaimsDb(dbName);
    const gc = (window as unknown as { gc?: () => void }).gc;
    gc?.();
    let used = heap();
    let live = used;
    let progress = 0;
    const logged: Record<string, number> = {};
    const t0 = performance.now();
    const res = await fetch(url);
    const out = await installPackStream(db, bodyOf(res), {
      label: (h) => h.name,
      source: url,
      totalBytes: Number(res.headers.get('Content-Length')) || null,
      onProgress: (p: InstallProgress) => {
        progress++;
        used = Math.max(used, heap());
        // What the install holds, without the garbage V8 has not collected yet (the bench exposes gc()).
        if (progress % 32 === 0 && gc) {
          gc();
          live = Math.max(live, heap());
        }
        // Shown on the bench's stderr: a 1M-row install takes minutes on a loaded machine.
        const step = Math.floor(p.done / (p.phase === 'write' ? 100_000 : 20e6));
        if (step > (logged[p.phase] ?? 0)) {
          logged[p.phase] = step;
          console.log(`progress ${p.phase} ${p.done} ${Math.round(performance.now() - t0)} ms`);
        }
      },
    });
    const ms = performance.now() - t0;
    const count = await db.entities.count();
    db.close();
    return {
      ms,
      count,
      written: out.apply.written.entities,
      peakHeapMb: live / 1e6,
      peakUsedHeapMb: Math.max(used, heap()) / 1e6,
      progress,
    };
  },
  /** Installs a pack given as text (already fetched): the delta figure measures verify + parse + apply. */
  async installText(dbName: string, text: string) {
    const db = await openClaimsDb(dbName);
    const t0 = performance.now();
    let firstWrite = 0;
    const out = await installPackStream(db, bytesOf(text), {
      label: (h) => h.name,
      source: 'bench',
      onProgress: (p) => {
        if (p.phase === 'write' && !firstWrite) firstWrite = performance.now() - t0;
      },
    });
    const ms = performance.now() - t0;
    const count = await db.entities.count();
    const version = (await db.packs.get(out.label))?.version;
    db.close();
    return {
      ms,
      firstWrite,
      count,
      version,
      written: out.apply.written.entities + out.apply.written.designations,
    };
  },
  /**
   * The floor under the delta figure: the same rows, already parsed, put again by one bulkPut per
   * table in one transaction (no verifying, parsing, id checks or pack record): what IndexedDB alone costs.
   */
  async putFloor(dbName: string, text: string) {
    const db = await openClaimsDb(dbName);
    const provenance = { origin: 'subscription', label: 'Bench team pack', version: 'v2', addedAt: 'now' };
    const rows = new Map<DataTableName, unknown[]>(DATA_TABLES.map((t) => [t, []]));
    for (const line of text.split('\n').slice(1)) {
      if (!line) continue;
      const { t, row } = JSON.parse(line) as { t: DataTableName; row: unknown };
      rows.get(t)!.push({ ...normaliseRow(t, row), provenance });
    }
    const t0 = performance.now();
    await db.transaction('rw', [...DATA_TABLES], async () => {
      await Promise.all(DATA_TABLES.map((t) => db.table(t).bulkPut(rows.get(t)!)));
    });
    const ms = performance.now() - t0;
    db.close();
    return { ms };
  },
};

(window as unknown as { bench: typeof bench; benchReady: boolean }).bench = bench;
(window as unknown as { benchReady: boolean }).benchReady = true;
