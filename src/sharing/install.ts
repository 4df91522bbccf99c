/**
 * Installs a pack from a byte stream (a fetch response body) into the claims
 * database, verifying it first:
 *
 * - the header is checked before any row is read: format, kind (full or
 *   delta; never an export, whose rows would keep their own provenance), the
 *   pack id the subscription expects, the Ed25519 signature when the
 *   subscription has a public key, the version against the installed one (an
 *   older version, or the installed version with other content, is refused:
 *   no rollback) and a delta's base version;
 * - a pack up to `directMaxBytes` (a daily delta) is read whole while it is
 *   hashed; once the hash matches, its rows are parsed and validated inside
 *   the one write transaction, so the database writes while the next rows
 *   are parsed;
 * - a larger pack is parsed and validated as it streams in, its rows parked in
 *   `staging` a batch per record (memory stays bounded whatever the size);
 *   once the stream ended and the hash matched, one transaction swaps them in;
 * - either way src/db's write path replaces the pack's previous rows in one
 *   transaction; user rows and other packs' rows are never touched.
 *
 * Any failure (network error, truncated body, bad hash or signature, bad
 * row, refused version) throws before that transaction commits, and the
 * database is as it was.
 */
import type { Transaction } from 'dexie';
import { checkHeader, normaliseRow, type PackHeader } from '../db/pack';
import { DATA_TABLES, type ClaimsDb, type DataTableName, type StagingRow } from '../db/schema';
import { clearStaged, clearStagedWithPrefix, newImportId } from '../db/staging';
import type { PackRow, Provenance, RowCounts } from '../db/types';
import {
  RowWriter,
  WRITE_TABLES,
  zeroCounts,
  type ApplyOptions,
  type ApplyResult,
  type RowInput,
} from '../db/write';
import { createHasher, isSha256Hex, singleObjectContentHash, verifyHeaderSignature } from './integrity';
import { compareVersions } from './version';

/** A pack that must not be installed: bad hash, signature, format, row or version. Rows already installed stay. */
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
  /** Bytes (download) or rows (write); null when the server (or the pack) did not say the size. */
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
  /** Packs up to this many bytes are read whole, then parsed while writing (default 16 MB; 0: always staged). */
  directMaxBytes?: number;
  /** Large packs: rows of a table parked in `staging` together, as one record (bounds memory). */
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
  /** The pack is exactly the installed one (same version and SHA-256): nothing was read or written. */
  alreadyInstalled?: boolean;
}

const NL = 10;
const EMPTY = new Uint8Array(0);
const SENTINEL = { t: '_sentinel' as DataTableName, id: '', row: null };
const MAX_HEADER_BYTES = 1 << 20;
const DIRECT_MAX_BYTES = 16 << 20;
/** Rows per staging record (large packs) and per write while parsing (direct). */
const BATCH_ROWS = 1000;
/** Rows handed to the writer at once when swapping staged rows in. */
const SWAP_ROWS = 5000;
/** Subscription installs park their rows under import ids with this prefix. */
const STAGING_PREFIX = 'sub-';

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

function zeroResult(): ApplyResult {
  return {
    written: zeroCounts(),
    unchanged: zeroCounts(),
    removed: zeroCounts(),
    keptUserRows: zeroCounts(),
    keptOtherRows: zeroCounts(),
  };
}

/**
 * A pack's version against the installed one: 'install' when newer (or
 * nothing is installed), 'same' when it is exactly what is installed (same
 * version, same content). An older version, or the installed version with
 * other content, is refused: a signed pack that was once valid cannot roll
 * subscribers back.
 */
function checkVersion(
  installed: PackRow | undefined,
  header: PackHeader,
  sha256: string,
): 'install' | 'same' {
  if (!installed?.version) return 'install';
  const c = compareVersions(header.version, installed.version);
  if (c < 0)
    throw new PackRejected(
      `Pack version ${header.version} is older than installed ${installed.version}: refused`,
    );
  if (c === 0) {
    if (installed.sha256 === sha256) return 'same';
    throw new PackRejected(
      `Pack version ${header.version} is the installed version ${installed.version} with different content: refused (a changed pack needs a new version)`,
    );
  }
  return 'install';
}

/** checkVersion, then a delta's base: the version the delta applies to must be the one installed. */
function checkInstalled(
  installed: PackRow | undefined,
  header: PackHeader,
  sha256: string,
): 'install' | 'same' {
  const verdict = checkVersion(installed, header, sha256);
  if (verdict === 'install' && header.kind === 'delta') {
    const version = installed?.version ?? null;
    if (version !== header.baseVersion) throw new DeltaBaseMismatch(header.baseVersion ?? '', version);
  }
  return verdict;
}

interface Admitted {
  header: PackHeader;
  label: string;
  sha256: string;
  verdict: 'install' | 'same';
}

/** Checks the header against what the subscription expects and holds. */
async function admitHeader(
  db: ClaimsDb,
  raw: Record<string, unknown>,
  opts: InstallOptions,
): Promise<Admitted> {
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
  const verdict = checkInstalled(await db.packs.get(label), header, raw.sha256);
  return { header, label, sha256: raw.sha256, verdict };
}

/** Where parsed rows go: straight to the write transaction, or to `staging`. */
interface RowSink {
  /** May return a promise: wait for it before the next row (a batch is being written). */
  add(t: DataTableName, row: RowInput<DataTableName>): void | Promise<void>;
  remove(t: DataTableName, id: string): void;
}

/** The ids a delta removes; a row added after its delete line is kept (the later line wins). */
class DeleteLists {
  private readonly sets = new Map<DataTableName, Set<string>>();

  add(t: DataTableName, id: string): void {
    let s = this.sets.get(t);
    if (!s) this.sets.set(t, (s = new Set()));
    s.add(id);
  }

  keep(t: DataTableName, id: string): void {
    this.sets.get(t)?.delete(id);
  }

  lists(): Partial<Record<DataTableName, string[]>> {
    const out: Partial<Record<DataTableName, string[]>> = {};
    for (const [t, s] of this.sets) if (s.size) out[t] = [...s];
    return out;
  }
}

/** A subscribed pack cannot make its rows pass for the user's own, nor set their provenance. */
function asPackRow(row: RowInput<DataTableName>): RowInput<DataTableName> {
  delete (row as { userEdited?: boolean }).userEdited;
  delete (row as { provenance?: Provenance }).provenance;
  return row;
}

/** Splits a JSON-lines body into lines, validates each and hands rows and deletes to a sink. */
class LineParser {
  private lineNo = 1;
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly kind: PackHeader['kind'],
    private readonly sink: RowSink,
  ) {}

  /** Parses the complete lines of `bytes`; `final` ends the body (the last line must be complete). */
  async feed(bytes: Uint8Array, final: boolean): Promise<void> {
    let decoded: string;
    try {
      decoded = this.decoder.decode(bytes, { stream: !final });
    } catch {
      throw new PackRejected(`line ${this.lineNo + 1}: not UTF-8 text`);
    }
    const lines = (this.carry + decoded).split('\n');
    this.carry = final ? '' : (lines.pop() ?? '');
    // A pack ends with a newline: a final line without one is where a download stopped.
    const unterminated = final ? lines.length - 1 : -1;
    for (let i = 0; i < lines.length; i++) {
      const wait = this.line(lines[i], i === unterminated);
      if (wait) await wait;
    }
  }

  private line(text: string, last: boolean): void | Promise<void> {
    const n = ++this.lineNo;
    const line = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (!line.trim()) return;
    let obj: { t?: unknown; row?: unknown; delete?: unknown };
    try {
      obj = JSON.parse(line);
    } catch (e) {
      if (last) throw new PackRejected(`line ${n} is incomplete: the download was cut short`);
      throw new PackRejected(`line ${n}: not JSON (${(e as Error).message})`);
    }
    if (typeof obj !== 'object' || obj === null) throw new PackRejected(`line ${n}: not a pack line`);
    const t = obj.t as DataTableName;
    if (!DATA_TABLES.includes(t)) throw new PackRejected(`line ${n}: unknown table "${String(obj.t)}"`);
    if (typeof obj.delete === 'string') {
      if (this.kind !== 'delta') throw new PackRejected(`line ${n}: a full pack cannot delete rows`);
      this.sink.remove(t, obj.delete);
      return;
    }
    let row: RowInput<DataTableName>;
    try {
      row = normaliseRow(t, obj.row);
    } catch (e) {
      throw new PackRejected(`line ${n}: ${(e as Error).message}`);
    }
    return this.sink.add(t, asPackRow(row));
  }
}

/** Rows handed to the write transaction in batches as they are parsed (the database writes meanwhile). */
class DirectSink implements RowSink {
  private readonly buffers = new Map<DataTableName, RowInput<DataTableName>[]>(
    DATA_TABLES.map((t) => [t, []]),
  );
  readonly deletes = new DeleteLists();

  constructor(private readonly writer: RowWriter) {}

  add(t: DataTableName, row: RowInput<DataTableName>): void | Promise<void> {
    this.deletes.keep(t, row.id);
    const buffer = this.buffers.get(t)!;
    buffer.push(row);
    if (buffer.length >= BATCH_ROWS) return this.writer.write(t, buffer.splice(0));
  }

  remove(t: DataTableName, id: string): void {
    // Applied after every row is written, so it also removes a row added earlier in the pack.
    this.deletes.add(t, id);
  }

  async drain(): Promise<void> {
    for (const [t, buffer] of this.buffers) if (buffer.length) await this.writer.write(t, buffer.splice(0));
  }
}

const recordKey = (n: number) => String(n).padStart(10, '0');

/** Rows of a large pack parked in `staging`, a batch of one table per record, in pack order. */
class StagingSink implements RowSink {
  private readonly held = new Map<DataTableName, RowInput<DataTableName>[]>(DATA_TABLES.map((t) => [t, []]));
  /** Records parked per table. */
  readonly records = new Map<DataTableName, number>(DATA_TABLES.map((t) => [t, 0]));
  readonly deletes = new DeleteLists();
  /** Rows parked so far. */
  staged = 0;
  private writing: Promise<unknown> | null = null;
  readonly importId = newImportId(STAGING_PREFIX);

  constructor(
    private readonly db: ClaimsDb,
    private readonly batchRows: number,
  ) {}

  add(t: DataTableName, row: RowInput<DataTableName>): void | Promise<void> {
    this.deletes.keep(t, row.id);
    const held = this.held.get(t)!;
    held.push(row);
    if (held.length >= this.batchRows) return this.park(t);
  }

  remove(t: DataTableName, id: string): void {
    // Parked rows stay parked: deletes are applied after every row is written.
    this.deletes.add(t, id);
  }

  /** Parks the rows held for a table as one record; one write in flight while parsing goes on. */
  private async park(t: DataTableName): Promise<void> {
    const rows = this.held.get(t)!.splice(0);
    if (!rows.length) return;
    const n = this.records.get(t)!;
    this.records.set(t, n + 1);
    const batch: StagingRow[] = [{ importId: this.importId, t, id: recordKey(n), row: rows }];
    // A marker outside the data tables: if a later install clears this job's parked rows
    // meanwhile (a job that ran over, or two tabs), the marker goes with them and the job stops.
    if (this.staged === 0) batch.push({ ...SENTINEL, importId: this.importId });
    this.staged += rows.length;
    const previous = this.writing;
    this.writing = this.db.staging.bulkPut(batch);
    await previous;
  }

  async flush(): Promise<void> {
    for (const t of DATA_TABLES) await this.park(t);
    await this.writing;
  }

  /** The parked rows of table `t` in records [from, to), read in the write transaction. */
  async read(
    tx: Transaction,
    t: DataTableName,
    from: number,
    to: number,
  ): Promise<RowInput<DataTableName>[]> {
    const recs = await (tx.table('staging') as ClaimsDb['staging'])
      .where('[importId+t+id]')
      .between([this.importId, t, recordKey(from)], [this.importId, t, recordKey(to)], true, false)
      .toArray();
    return recs.flatMap((r) => r.row as RowInput<DataTableName>[]);
  }

  async discard(): Promise<void> {
    await this.writing?.catch(() => undefined);
    await clearStaged(this.db, this.importId);
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
  await clearStagedWithPrefix(db, STAGING_PREFIX);
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
  const admitted = await admitHeader(db, head, opts);
  if (admitted.verdict === 'same') {
    // Exactly the installed version: nothing to download or write.
    await it.return?.(undefined);
    return unchanged(admitted);
  }

  // Read up to directMaxBytes whole, hashing as it comes.
  const hasher = createHasher();
  const directMax = opts.directMaxBytes ?? DIRECT_MAX_BYTES;
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let ended = false;
  const hold = (bytes: Uint8Array) => {
    hasher.update(bytes);
    held.push(bytes);
    heldBytes += bytes.byteLength;
  };
  if (rest?.byteLength) hold(rest);
  while (heldBytes <= directMax) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    hold(r.value);
  }
  if (ended) {
    checkHash(hasher.hex(), admitted.sha256);
    return writeDirect(db, admitted, opts, async (parser) => {
      await feedHeld(parser, held);
      await parser.feed(EMPTY, true);
    });
  }

  // A large pack: parse as it streams in, parking the rows in staging.
  const sink = new StagingSink(db, opts.memoryRows ?? BATCH_ROWS);
  const parser = new LineParser(admitted.header.kind, sink);
  try {
    await feedHeld(parser, held);
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      hasher.update(r.value);
      await parser.feed(r.value, false);
    }
    await parser.feed(EMPTY, true);
    checkHash(hasher.hex(), admitted.sha256);
    await sink.flush();
    return await writeStaged(db, admitted, opts, sink);
  } finally {
    await sink.discard();
  }
}

/** Parses chunks read ahead, letting go of each once parsed (up to 16 MB of them). */
async function feedHeld(parser: LineParser, held: Uint8Array[]): Promise<void> {
  for (let i = 0; i < held.length; i++) {
    const bytes = held[i];
    held[i] = EMPTY;
    await parser.feed(bytes, false);
  }
  held.length = 0;
}

function checkHash(got: string, expected: string): void {
  if (got !== expected)
    throw new PackRejected(
      `the content does not match the pack's SHA-256 (the download was cut short or the file was altered): expected ${expected.slice(0, 12)}…, got ${got.slice(0, 12)}…`,
    );
}

function unchanged({ header, label, sha256 }: Admitted): InstallResult {
  return {
    header,
    label,
    sha256,
    apply: zeroResult(),
    changed: false,
    skippedForeign: zeroCounts(),
    alreadyInstalled: true,
  };
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
  const admitted = await admitHeader(db, json, opts);
  if (admitted.verdict === 'same') return unchanged(admitted);
  checkHash(singleObjectContentHash(json), admitted.sha256);
  const rows = (json.rows ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(rows))
    if (!(DATA_TABLES as readonly string[]).includes(key))
      throw new PackRejected(`rows.${key}: unknown table`);
  return writeDirect(db, admitted, opts, async (_parser, sink) => {
    for (const t of DATA_TABLES) {
      const list = rows[t] ?? [];
      if (!Array.isArray(list)) throw new PackRejected(`rows.${t}: must be a list`);
      for (let i = 0; i < list.length; i++) {
        let row: RowInput<DataTableName>;
        try {
          row = normaliseRow(t, list[i]);
        } catch (e) {
          throw new PackRejected(`rows.${t}[${i}]: ${(e as Error).message}`);
        }
        const wait = sink.add(t, asPackRow(row));
        if (wait) await wait;
      }
      const dels = (json.deletes as Record<string, unknown> | undefined)?.[t];
      if (dels !== undefined) {
        if (admitted.header.kind !== 'delta') throw new PackRejected('a full pack cannot delete rows');
        if (!Array.isArray(dels) || dels.some((d) => typeof d !== 'string'))
          throw new PackRejected(`deletes.${t}: must be a list of ids`);
        for (const id of dels as string[]) sink.remove(t, id);
      }
    }
  });
}

/** How the pack's rows are written: the version they carry, replace or not, other sources kept. */
function applyOptions(admitted: Admitted, opts: InstallOptions, totalRows: number | null): ApplyOptions {
  const { header, label, sha256 } = admitted;
  const now = opts.now ?? new Date().toISOString();
  return {
    provenance: { origin: 'subscription', label, version: header.version, addedAt: now },
    replace: header.kind === 'full',
    // Rows of other packs, imports and the bundled data are neither overwritten nor removed.
    keepOtherRows: true,
    // A delta carries changed rows only: no need to read each back to compare.
    changedRows: header.kind === 'delta',
    // A row whose facts did not change keeps the version that last changed it, whether the update
    // came as a delta or as a full pack (and is not rewritten).
    keepUnchangedProvenance: true,
    pack: {
      name: header.name,
      format: 'claimcheck-pack',
      createdAt: header.createdAt || null,
      sources: header.sources,
      source: opts.source,
      sha256,
    },
    onProgress: (p) => opts.onProgress?.({ phase: 'write', done: p.done, total: totalRows ? p.total : null }),
  };
}

/**
 * The one write transaction, after checking again what is installed (another
 * install may have run since the header was admitted). Resolves null when
 * exactly this pack got installed meanwhile.
 */
async function inWriteTransaction(
  db: ClaimsDb,
  admitted: Admitted,
  extraTables: string[],
  body: (tx: Transaction) => Promise<ApplyResult>,
): Promise<ApplyResult | null> {
  return db.transaction('rw', [...WRITE_TABLES, ...extraTables], async (tx) => {
    const installed = await (tx.table('packs') as ClaimsDb['packs']).get(admitted.label);
    if (checkInstalled(installed, admitted.header, admitted.sha256) === 'same') return null;
    return body(tx);
  });
}

function resultOf(admitted: Admitted, apply: ApplyResult | null): InstallResult {
  if (!apply) return unchanged(admitted);
  const changed = DATA_TABLES.some((t) => apply.written[t] + apply.removed[t] > 0);
  const { header, label, sha256 } = admitted;
  return { header, label, sha256, apply, changed, skippedForeign: apply.keptOtherRows };
}

/** A pack held in memory, hash checked: parsed inside the write transaction, written as it is parsed. */
async function writeDirect(
  db: ClaimsDb,
  admitted: Admitted,
  opts: InstallOptions,
  feed: (parser: LineParser, sink: DirectSink) => Promise<void>,
): Promise<InstallResult> {
  const counts = admitted.header.counts;
  const stated = counts ? Object.values(counts).reduce<number>((a, b) => a + (Number(b) || 0), 0) : 0;
  const applyOpts = applyOptions(admitted, opts, stated || null);
  const apply = await inWriteTransaction(db, admitted, [], async (tx) => {
    const writer = new RowWriter(applyOpts, tx, stated);
    await writer.begin();
    const sink = new DirectSink(writer);
    // A row that fails validation throws here and aborts the transaction: nothing is written.
    await feed(new LineParser(admitted.header.kind, sink), sink);
    await sink.drain();
    applyOpts.deletes = sink.deletes.lists();
    return writer.finish();
  });
  return resultOf(admitted, apply);
}

/** A large pack parked in staging, hash checked: swapped in by one transaction. */
async function writeStaged(
  db: ClaimsDb,
  admitted: Admitted,
  opts: InstallOptions,
  sink: StagingSink,
): Promise<InstallResult> {
  const applyOpts = applyOptions(admitted, opts, sink.staged);
  applyOpts.deletes = sink.deletes.lists();
  const perRead = Math.max(1, Math.ceil(SWAP_ROWS / (opts.memoryRows ?? BATCH_ROWS)));
  const apply = await inWriteTransaction(db, admitted, ['staging'], async (tx) => {
    const staging = tx.table('staging') as ClaimsDb['staging'];
    if (sink.staged && !(await staging.get([sink.importId, SENTINEL.t, SENTINEL.id])))
      throw new PackRejected(
        'an import that ran at the same time cleared this download’s parked rows; check again',
      );
    const writer = new RowWriter(applyOpts, tx, sink.staged);
    await writer.begin();
    for (const t of DATA_TABLES) {
      const records = sink.records.get(t)!;
      // The next rows are asked for before this batch's writes, so the database never waits for them.
      let next = records ? sink.read(tx, t, 0, perRead) : null;
      for (let from = 0; next; from += perRead) {
        const rows = await next;
        next = from + perRead < records ? sink.read(tx, t, from + perRead, from + 2 * perRead) : null;
        await writer.write(t, rows);
      }
    }
    return writer.finish();
  });
  return resultOf(admitted, apply);
}
