/**
 * Runs in a Chromium page for bench/sharing.bench.ts: installs packs through
 * src/sharing's real install path into real IndexedDB.
 */
import { openClaimsDb } from '../src/db/schema';
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
  async installUrl(dbName: string, url: string, memoryRows: number) {
    const db = await openClaimsDb(dbName);
    let peak = heap();
    let progress = 0;
    const t0 = performance.now();
    const res = await fetch(url);
    const out = await installPackStream(db, bodyOf(res), {
      label: (h) => h.name,
      source: url,
      memoryRows,
      totalBytes: Number(res.headers.get('Content-Length')) || null,
      onProgress: (p: InstallProgress) => {
        progress++;
        if (progress % 64 === 0) peak = Math.max(peak, heap());
        // Shown on the bench's stderr: a 1M-row install takes minutes on a loaded machine.
        if (p.phase === 'write' && p.done % 100_000 < 5000)
          console.log(`progress write ${p.done} ${Math.round(performance.now() - t0)} ms`);
      },
    });
    const ms = performance.now() - t0;
    const count = await db.entities.count();
    db.close();
    return {
      ms,
      count,
      written: out.apply.written.entities,
      peakHeapMb: Math.max(peak, heap()) / 1e6,
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
};

(window as unknown as { bench: typeof bench; benchReady: boolean }).bench = bench;
(window as unknown as { benchReady: boolean }).benchReady = true;
