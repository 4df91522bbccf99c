/**
 * Installs a pack from a byte stream (a fetch response body) into the claims
 * database, verifying it first:
 *
 * - the header is checked before any row is read: format, kind (full or
 *   delta; never an export, whose rows would keep their own provenance), the
 *   pack id the subscription expects, a delta's base version, and the
 *   Ed25519 signature when the subscription has a public key;
 * - rows are parsed, validated and parked (in memory, then in `staging`
 *   beyond `memoryRows`) while the content is hashed;
 * - only when the stream ended and the hash matched are the rows written,
 *   by src/db's write path in one transaction (the pack's previous rows are
 *   replaced; user rows and other packs' rows are never touched).
 *
 * Any failure (network error, truncated body, bad hash or signature, bad
 * row) throws before that transaction, and the database is as it was.
 */
import Dexie from 'dexie';
import { checkHeader, normaliseRow, type PackHeader } from '../db/pack';
import { DATA_TABLES, type ClaimsDb, type DataTableName, type StagingRow } from '../db/schema';
import type { Provenance, RowCounts } from '../db/types';
import { applyChunks, type ApplyOptions, type ApplyResult, type RowInput } from '../db/write';
import { createHasher, isSha256Hex, singleObjectContentHash, verifyHeaderSignature } from './integrity';

/** A pack that must not be installed: bad hash, signature, format or row. Rows already installed stay. */
export class PackRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackRejected';
  }
}

/** A delta whose base version is not the one installed: fetch the full pack instead. */
export class DeltaBaseMismatch extends Error {
  constructor(
    readonly baseVersion: string,
    readonly installed: string | null,
  ) {
    super(`the delta applies to version ${baseVersion}, but ${installed ?? 'no version'} is installed`);
    this.name = 'DeltaBaseMismatch';
  }
}

export interface InstallProgress {
  phase: 'download' | 'write';
  done: number;
  /** Bytes (download) or rows (write); null when the server did not say the size. */
  total: number | null;
}

export interface InstallOptions {
  /** The provenance label of the subscription's rows, chosen from the header on first install. */
  label: (header: PackHeader) => string;
  /** Where the pack came from (shown in the database's pack list). */
  source: string;
  /** The pack id the subscription holds, once it holds one: a different pack is refused. */
  expectId?: string | null;
  /** Base64 Ed25519 public key: the pack must carry a valid signature. */
  publicKey?: string | null;
  /** Refuse a full pack (used when only a delta is expected) or a delta. */
  kinds?: ('full' | 'delta')[];
  /** Rows kept in memory before parking them in `staging` (bounds memory). */
  memoryRows?: number;
  /** Largest single-object pack read whole (bigger packs must be JSON lines). */
  maxSingleObjectBytes?: number;
  totalBytes?: number | null;
  now?: string;
  onProgress?: (p: InstallProgress) => void;
}

export interface InstallResult {
  header: PackHeader;
  label: string;
  sha256: string;
  apply: ApplyResult;
  /** Whether any row was written or removed. */
  changed: boolean;
  /** Rows left out because their id belongs to another pack, an import or the bundled data. */
  skippedForeign: RowCounts;
}

const NL = 10;
const SENTINEL = { t: '_sentinel' as DataTableName, id: '', row: null };
const MAX_HEADER_BYTES = 1 << 20;

/** Yields the stream's chunks, reporting download progress. */
async function* counted(body: AsyncIterable<Uint8Array>, opts: InstallOptions): AsyncGenerator<Uint8Array> {
  let done = 0;
  for await (const chunk of body) {
    done += chunk.byteLength;
    opts.onProgress?.({ phase: 'download', done, total: opts.totalBytes ?? null });
    yield chunk;
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Checks the header against what the subscription expects; returns it with the label to write under. */
async function admitHeader(
  db: ClaimsDb,
  raw: Record<string, unknown>,
  opts: InstallOptions,
): Promise<{ header: PackHeader; label: string; sha256: string }> {
  let header: PackHeader;
  try {
    header = checkHeader(raw);
  } catch (e) {
    throw new PackRejected(`header: ${(e as Error).message}`);
  }
  if (header.kind === 'export')
    throw new PackRejected('this is a database export, not a pack to subscribe to (kind "export")');
  if (opts.kinds && !opts.kinds.includes(header.kind))
    throw new PackRejected(`expected a ${opts.kinds.join(' or ')} pack, got a ${header.kind} pack`);
  if (opts.expectId && header.id !== opts.expectId)
    throw new PackRejected(`this URL now serves pack "${header.id}", not "${opts.expectId}" as before`);
  if (!isSha256Hex(raw.sha256))
    throw new PackRejected('the pack states no SHA-256 of its content (build it with npm run pack)');
  if (opts.publicKey) {
    if (typeof raw.signature !== 'string')
      throw new PackRejected('the pack is not signed, but this subscription requires a signature');
    let ok: boolean;
    try {
      ok = await verifyHeaderSignature(raw, opts.publicKey);
    } catch (e) {
      throw new PackRejected(`the signature could not be checked: ${(e as Error).message}`);
    }
    if (!ok) throw new PackRejected('the signature does not match the public key: pack rejected');
  }
  const label = opts.label(header);
  if (header.kind === 'delta') {
    const installed = (await db.packs.get(label))?.version ?? null;
    if (installed !== header.baseVersion) throw new DeltaBaseMismatch(header.baseVersion ?? '', installed);
  }
  return { header, label, sha256: raw.sha256 };
}

/** Rows of one pack collected by table and id, parked in `staging` beyond a limit. */
class Collector {
  maps: { [T in DataTableName]: Map<string, RowInput<T>> } = {
    entities: new Map(),
    designations: new Map(),
    events: new Map(),
    reports: new Map(),
    factChecks: new Map(),
  };
  deletes: { [T in DataTableName]: Set<string> } = {
    entities: new Set(),
    designations: new Set(),
    events: new Set(),
    reports: new Set(),
    factChecks: new Set(),
  };
  held = 0;
  staged = 0;
  readonly importId = `sub-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly db: ClaimsDb,
    private readonly limit: number,
  ) {}

  async add(t: DataTableName, row: RowInput<DataTableName>): Promise<void> {
    // A subscribed pack cannot make its rows pass for the user's own.
    delete (row as { userEdited?: boolean }).userEdited;
    delete (row as { provenance?: Provenance }).provenance;
    (this.maps[t] as Map<string, unknown>).set(row.id, row);
    this.deletes[t].delete(row.id);
    if (++this.held >= this.limit) await this.flush();
  }

  async remove(t: DataTableName, id: string): Promise<void> {
    if (this.maps[t].delete(id)) this.held--;
    if (this.staged) await this.db.staging.delete([this.importId, t, id]);
    this.deletes[t].add(id);
  }

  async flush(): Promise<void> {
    if (this.held === 0) return;
    const batch: StagingRow[] = DATA_TABLES.flatMap((t) =>
      [...this.maps[t].values()].map((row) => ({ importId: this.importId, t, id: row.id, row })),
    );
    // A marker outside the data tables: if another import clears `staging` meanwhile, it is gone too.
    if (this.staged === 0) batch.push({ ...SENTINEL, importId: this.importId });
    for (const t of DATA_TABLES) this.maps[t].clear();
    this.staged += this.held;
    this.held = 0;
    await this.db.staging.bulkPut(batch);
  }

  async discard(): Promise<void> {
    if (this.staged) await this.db.staging.where('importId').equals(this.importId).delete();
  }

  deleteLists(): Partial<Record<DataTableName, string[]>> {
    const out: Partial<Record<DataTableName, string[]>> = {};
    for (const t of DATA_TABLES) if (this.deletes[t].size) out[t] = [...this.deletes[t]];
    return out;
  }
}

/**
 * Reads, verifies and installs a pack (JSON lines, or a single JSON object up
 * to `maxSingleObjectBytes`). Throws PackRejected, DeltaBaseMismatch or the
 * stream's own error; in every such case nothing was written.
 */
export async function installPackStream(
  db: ClaimsDb,
  body: AsyncIterable<Uint8Array>,
  opts: InstallOptions,
): Promise<InstallResult> {
  // Rows parked by an install that was killed part-way (a browser closed mid-download) are of no use;
  // subscription installs run one at a time, so none of these belongs to a live one.
  await db.staging.where('importId').startsWith('sub-').delete();
  const it = counted(body, opts)[Symbol.asyncIterator]();
  // The header line (or, for a single-object pack, the whole text).
  const headParts: Uint8Array[] = [];
  let headSize = 0;
  let nl = -1;
  let rest: Uint8Array | null = null;
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    const chunk = r.value;
    const i = chunk.indexOf(NL);
    if (i >= 0) {
      headParts.push(chunk.subarray(0, i));
      headSize += i;
      nl = i;
      rest = chunk.subarray(i + 1);
      break;
    }
    headParts.push(chunk);
    headSize += chunk.byteLength;
    if (headSize > MAX_HEADER_BYTES) break;
  }
  const firstLine = new TextDecoder().decode(concat(headParts, headSize));
  let head: Record<string, unknown> | null = null;
  try {
    head = JSON.parse(firstLine.replace(/^\uFEFF/, ''));
  } catch {
    head = null;
  }
  if (head === null || typeof head !== 'object' || 'rows' in head) {
    // A single JSON object (possibly pretty-printed over many lines).
    const parts = [...headParts];
    let size = headSize;
    if (nl >= 0) {
      parts.push(new Uint8Array([NL]), rest!);
      size += 1 + rest!.byteLength;
    }
    const max = opts.maxSingleObjectBytes ?? 64 << 20;
    for (;;) {
      if (size > max)
        throw new PackRejected(
          `a single-object pack over ${max >> 20} MB: publish large packs as JSON lines (.jsonl)`,
        );
      const r = await it.next();
      if (r.done) break;
      parts.push(r.value);
      size += r.value.byteLength;
    }
    return installSingleObject(db, concat(parts, size), opts);
  }
  if (typeof head !== 'object' || Array.isArray(head)) throw new PackRejected('not a ClaimCheck pack');
  const { header, label, sha256 } = await admitHeader(db, head, opts);

  const hasher = createHasher();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const sink = new Collector(db, opts.memoryRows ?? 50_000);
  let lineNo = 1;
  let carry = '';
  const takeLine = async (line: string, last = false) => {
    lineNo++;
    if (!line.trim()) return;
    let obj: { t?: unknown; row?: unknown; delete?: unknown };
    try {
      obj = JSON.parse(line);
    } catch (e) {
      if (last) throw new PackRejected(`line ${lineNo} is incomplete: the download was cut short`);
      throw new PackRejected(`line ${lineNo}: not JSON (${(e as Error).message})`);
    }
    const t = obj.t as DataTableName;
    if (!DATA_TABLES.includes(t)) throw new PackRejected(`line ${lineNo}: unknown table "${String(obj.t)}"`);
    if (typeof obj.delete === 'string') {
      if (header.kind !== 'delta') throw new PackRejected(`line ${lineNo}: a full pack cannot delete rows`);
      await sink.remove(t, obj.delete);
      return;
    }
    let row: RowInput<DataTableName>;
    try {
      row = normaliseRow(t, obj.row);
    } catch (e) {
      throw new PackRejected(`line ${lineNo}: ${(e as Error).message}`);
    }
    await sink.add(t, row);
  };
  const feed = async (bytes: Uint8Array, final: boolean) => {
    hasher.update(bytes);
    const text = carry + decoder.decode(bytes, { stream: !final });
    const lines = text.split('\n');
    carry = final ? '' : (lines.pop() ?? '');
    // A pack ends with a newline: a final line without one is where a download stopped.
    const unterminated = final ? lines.length - 1 : -1;
    for (let i = 0; i < lines.length; i++) await takeLine(lines[i].replace(/\r$/, ''), i === unterminated);
  };
  try {
    try {
      if (rest) await feed(rest, false);
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        await feed(r.value, false);
      }
      await feed(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof TypeError && /decode|encoding/i.test(e.message))
        throw new PackRejected(`line ${lineNo}: not UTF-8 text`);
      throw e;
    }
    const got = hasher.hex();
    if (got !== sha256) {
      throw new PackRejected(
        `the content does not match the pack's SHA-256 (the download was cut short or the file was altered): expected ${sha256.slice(0, 12)}…, got ${got.slice(0, 12)}…`,
      );
    }
    return await apply(db, sink, header, label, sha256, opts);
  } finally {
    await sink.discard();
  }
}

async function installSingleObject(
  db: ClaimsDb,
  bytes: Uint8Array,
  opts: InstallOptions,
): Promise<InstallResult> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PackRejected(`not a JSON pack (${(e as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('claimcheckPack' in json))
    throw new PackRejected('not a ClaimCheck pack');
  const { header, label, sha256 } = await admitHeader(db, json, opts);
  const got = singleObjectContentHash(json);
  if (got !== sha256) {
    throw new PackRejected(
      `the content does not match the pack's SHA-256 (the file was altered): expected ${sha256.slice(0, 12)}…, got ${got.slice(0, 12)}…`,
    );
  }
  const sink = new Collector(db, Number.POSITIVE_INFINITY);
  const rows = (json.rows ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(rows))
    if (!(DATA_TABLES as readonly string[]).includes(key))
      throw new PackRejected(`rows.${key}: unknown table`);
  for (const t of DATA_TABLES) {
    const list = rows[t] ?? [];
    if (!Array.isArray(list)) throw new PackRejected(`rows.${t}: must be a list`);
    for (let i = 0; i < list.length; i++) {
      try {
        await sink.add(t, normaliseRow(t, list[i]));
      } catch (e) {
        throw new PackRejected(`rows.${t}[${i}]: ${(e as Error).message}`);
      }
    }
    const dels = (json.deletes as Record<string, unknown> | undefined)?.[t];
    if (dels !== undefined) {
      if (header.kind !== 'delta') throw new PackRejected('a full pack cannot delete rows');
      if (!Array.isArray(dels) || dels.some((d) => typeof d !== 'string'))
        throw new PackRejected(`deletes.${t}: must be a list of ids`);
      for (const id of dels as string[]) await sink.remove(t, id);
    }
  }
  return apply(db, sink, header, label, sha256, opts);
}

/** The one write: the pack's rows in one transaction, after re-checking a delta's base inside it. */
async function apply(
  db: ClaimsDb,
  sink: Collector,
  header: PackHeader,
  label: string,
  sha256: string,
  opts: InstallOptions,
): Promise<InstallResult> {
  const now = opts.now ?? new Date().toISOString();
  const provenance: Provenance = { origin: 'subscription', label, version: header.version, addedAt: now };
  const total = sink.staged + sink.held;
  if (sink.staged) await sink.flush();
  const result = await db.transaction('rw', [...DATA_TABLES, 'packs', 'staging'], async () => {
    if (sink.staged && !(await db.staging.get([sink.importId, SENTINEL.t, SENTINEL.id])))
      throw new PackRejected(
        'an import that ran at the same time cleared this download’s parked rows; check again',
      );
    if (header.kind === 'delta') {
      // Another install may have run since the header was admitted.
      const installed = (await db.packs.get(label))?.version ?? null;
      if (installed !== header.baseVersion) throw new DeltaBaseMismatch(header.baseVersion ?? '', installed);
    }
    const applyOpts: ApplyOptions = {
      provenance,
      replace: header.kind === 'full',
      // Rows of other packs, imports and the bundled data are neither overwritten nor removed.
      keepOtherRows: true,
      // A delta carries changed rows only: no need to read each back to compare.
      changedRows: header.kind === 'delta',
      deletes: sink.deleteLists(),
      pack: {
        name: header.name,
        format: 'claimcheck-pack',
        createdAt: header.createdAt || null,
        sources: header.sources,
        source: opts.source,
        sha256,
      },
      onProgress: (p) => opts.onProgress?.({ phase: 'write', done: p.done, total }),
    };
    const last = new Map<DataTableName, string>();
    const memory = new Map<DataTableName, RowInput<DataTableName>[]>();
    const CHUNK = 5000;
    const read = async (t: DataTableName, i: number): Promise<RowInput<DataTableName>[] | null> => {
      let rows: RowInput<DataTableName>[];
      if (!sink.staged) {
        if (!memory.has(t)) memory.set(t, [...sink.maps[t].values()] as RowInput<DataTableName>[]);
        rows = memory.get(t)!.slice(i * CHUNK, (i + 1) * CHUNK);
      } else {
        const after = last.get(t) ?? '';
        const staged = await db.staging
          .where('[importId+t+id]')
          .between([sink.importId, t, after], [sink.importId, t, Dexie.maxKey], after === '', true)
          .limit(CHUNK)
          .toArray();
        if (staged.length) last.set(t, staged[staged.length - 1].id);
        rows = staged.map((r) => r.row as RowInput<DataTableName>);
      }
      return rows.length ? rows : null;
    };
    return applyChunks(db, read, total, applyOpts, ['staging']);
  });
  const changed = DATA_TABLES.some((t) => result.written[t] + result.removed[t] > 0);
  return { header, label, sha256, apply: result, changed, skippedForeign: result.keptOtherRows };
}
