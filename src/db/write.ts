/**
 * The one write path for packs, imports, bundled data and restores.
 *
 * Guarantees every caller relies on:
 * - all-or-nothing: rows are written in one readwrite transaction; a large
 *   import parks its rows in `staging` first and swaps them in with one
 *   transaction, so a failure at any point leaves the live tables as they were;
 * - idempotent: a row equal to the stored one (ignoring when it was added) is
 *   not rewritten, so importing the same file twice changes nothing;
 * - user rows (provenance.origin 'user' or userEdited) are never overwritten
 *   or removed;
 * - `replace` removes only rows carrying the same provenance (origin+label),
 *   i.e. that pack's rows from its previous version.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { DATA_TABLES, PROVENANCE_INDEX, type ClaimsDb, type DataRowOf, type DataTableName } from './schema';
import type { PackRow, Provenance, RowCounts } from './types';

/** A row as adapters produce it: provenance is filled in when it is written. */
export type RowInput<T extends DataTableName> = Omit<DataRowOf[T], 'provenance'> & {
  provenance?: Provenance;
};

export type RowSet = { [T in DataTableName]: RowInput<T>[] };

export function emptyRowSet(): RowSet {
  return { entities: [], designations: [], events: [], reports: [], factChecks: [] };
}

export function zeroCounts(): RowCounts {
  return { entities: 0, designations: 0, events: 0, reports: 0, factChecks: 0 };
}

export function countRows(set: RowSet): RowCounts {
  const c = zeroCounts();
  for (const t of DATA_TABLES) c[t] = set[t].length;
  return c;
}

export interface ApplyOptions {
  /** Provenance given to every row (origin, label, version, addedAt). */
  provenance: Provenance;
  /** Keep the provenance rows already carry (restoring an export); rows without one get `provenance`. */
  keepRowProvenance?: boolean;
  /** Remove rows of the same origin+label that the new set no longer has (a new full version of a pack). */
  replace?: boolean;
  /**
   * Never overwrite or remove rows of another origin+label (pack subscriptions:
   * a subscribed pack must not take over bundled, imported or other packs' rows).
   */
  keepOtherRows?: boolean;
  /**
   * The rows are known to differ from this pack's stored ones (a delta pack):
   * write them without reading each back to compare (reads cost one
   * IndexedDB request per row), and load the ids of rows that are not this
   * pack's (usually few) instead of every id the pack holds. Not with `replace`.
   */
  changedRows?: boolean;
  /**
   * Compare an incoming row with this pack's stored one on its facts only: an
   * unchanged row is not rewritten and keeps the provenance (version) it has,
   * as a delta leaves the rows it does not carry (pack subscriptions).
   */
  keepUnchangedProvenance?: boolean;
  /** Ids to remove (delta packs, OpenSanctions DEL lines); user rows are kept. */
  deletes?: Partial<Record<DataTableName, string[]>>;
  /** Record the pack/import in the `packs` table. */
  pack?: Omit<PackRow, 'counts' | 'installedAt' | 'id' | 'origin' | 'version'>;
  onProgress?: (p: { phase: 'write'; done: number; total: number }) => void;
}

export interface ApplyResult {
  written: RowCounts;
  unchanged: RowCounts;
  removed: RowCounts;
  /** Rows left alone because a user added or edited them. */
  keptUserRows: RowCounts;
  /** With keepOtherRows: rows left alone because another pack, import or the bundled data holds their id. */
  keptOtherRows: RowCounts;
}

/** Reads the next chunk of incoming rows of one table; `null` when done. Runs inside the write transaction. */
export type ChunkReader = (t: DataTableName, chunkIndex: number) => Promise<RowInput<DataTableName>[] | null>;

const CHUNK = 5000;

function sameRow(a: unknown, b: unknown): boolean {
  return canonical(stripAddedAt(a)) === canonical(stripAddedAt(b));
}

/** Equal facts, whatever version or time the rows were written with. */
function sameFacts(a: unknown, b: unknown): boolean {
  const { provenance: _a, ...fa } = a as { provenance?: Provenance };
  const { provenance: _b, ...fb } = b as { provenance?: Provenance };
  return canonical(fa) === canonical(fb);
}

/** JSON with object keys sorted: equal rows compare equal whatever order their fields were set in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function stripAddedAt(row: unknown): unknown {
  const r = row as { provenance?: Provenance };
  if (!r.provenance) return row;
  const { addedAt: _addedAt, ...prov } = r.provenance;
  return { ...r, provenance: prov };
}

function sameSource(row: { provenance?: Provenance }, prov: Provenance): boolean {
  return row.provenance?.origin === prov.origin && row.provenance.label === prov.label;
}

function isUserRow(row: { provenance?: Provenance; userEdited?: boolean } | undefined): boolean {
  return !!row && (row.userEdited === true || row.provenance?.origin === 'user');
}

/** Writes an in-memory row set (see the module comment for the guarantees). */
export function applyRows(db: ClaimsDb, set: RowSet, opts: ApplyOptions): Promise<ApplyResult> {
  const total = DATA_TABLES.reduce((n, t) => n + set[t].length, 0);
  const read: ChunkReader = async (t, i) => {
    const rows = set[t].slice(i * CHUNK, (i + 1) * CHUNK);
    return rows.length ? (rows as RowInput<DataTableName>[]) : null;
  };
  return applyChunks(db, read, total, opts);
}

/**
 * Ids as a sorted array with a "seen" flag each: the ids a pack already holds.
 * A million ids cost their strings and a byte each, where a Set (and a second
 * Set of the ids seen) would cost several times that.
 */
class IdList {
  private readonly seen: Uint8Array;

  constructor(private readonly ids: string[]) {
    // IndexedDB returns an index's primary keys in key order, which is the code-unit order of `<`.
    for (let i = 1; i < ids.length; i++) {
      if (!(ids[i - 1] < ids[i])) {
        ids.sort();
        break;
      }
    }
    this.seen = new Uint8Array(ids.length);
  }

  /** Whether the list holds the id; marks it seen. */
  take(id: string): boolean {
    const { ids } = this;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid];
      if (v === id) {
        this.seen[mid] = 1;
        return true;
      }
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The ids never taken. */
  unseen(): string[] {
    return this.ids.filter((_id, i) => this.seen[i] === 0);
  }
}

/** Puts kept in flight before the writer waits for the oldest (bounds what is queued, not the overlap). */
const MAX_PENDING_PUTS = 8;

/**
 * The write logic of one transaction, fed table chunks in any order. Fresh
 * rows are put without waiting, so the database writes while the caller
 * parses the next rows; rows that may be unchanged are read back first.
 * Must be used inside a readwrite transaction over all data tables and `packs`.
 *
 * Which ids are whose comes from the provenance index at the start (every row
 * has a provenance): user rows, this pack's rows (not for `changedRows`) and,
 * with `keepOtherRows`, every other source's rows, so deciding what to do
 * with an incoming row needs no request of its own.
 */
export class RowWriter {
  readonly result: ApplyResult = {
    written: zeroCounts(),
    unchanged: zeroCounts(),
    removed: zeroCounts(),
    keptUserRows: zeroCounts(),
    keptOtherRows: zeroCounts(),
  };
  private userIds = new Map<DataTableName, Set<string>>();
  /** Ids this pack holds (none loaded with changedRows: a delta's rows are written without comparing). */
  private ownIds = new Map<DataTableName, IdList>();
  /** keepOtherRows: ids held by anything but this pack (other packs, imports, bundled data, users). */
  private otherIds = new Map<DataTableName, Set<string>>();
  private pending: Promise<unknown>[] = [];
  private done = 0;

  constructor(
    private readonly opts: ApplyOptions,
    private readonly tx: Transaction,
    private readonly total = 0,
  ) {}

  /** Tables bound to the transaction explicitly, so no await can lose it (Dexie zones). */
  private table<T extends DataTableName>(t: T): Table<DataRowOf[T], string> {
    return this.tx.table(t) as Table<DataRowOf[T], string>;
  }

  /** Reads which ids belong to users, to this pack and to others (call once, inside the transaction). */
  async begin(): Promise<void> {
    const { opts } = this;
    const ownKey = [opts.provenance.origin, opts.provenance.label];
    const loadOwn = !opts.changedRows || !!opts.replace;
    const none = Dexie.Promise.resolve([] as string[]);
    // Every query at once: the database answers them back to back, not one round trip each.
    await Dexie.Promise.all(
      DATA_TABLES.map((t) => {
        const byProvenance = () => this.table(t).where(PROVENANCE_INDEX);
        return Dexie.Promise.all([
          byProvenance().between(['user', Dexie.minKey], ['user', Dexie.maxKey], true, true).primaryKeys(),
          loadOwn ? byProvenance().equals(ownKey).primaryKeys() : none,
          opts.keepOtherRows
            ? byProvenance().between([Dexie.minKey], ownKey, true, false).primaryKeys()
            : none,
          opts.keepOtherRows
            ? byProvenance().between(ownKey, [Dexie.maxKey], false, true).primaryKeys()
            : none,
        ]).then(([user, own, below, above]) => {
          this.userIds.set(t, new Set(user));
          this.ownIds.set(t, new IdList(own));
          if (opts.keepOtherRows) {
            const other = new Set(below);
            for (const id of above) other.add(id);
            this.otherIds.set(t, other);
          }
        });
      }),
    );
  }

  /** Writes one chunk of rows of a table; resolves once any reads it needed are done. */
  async write<T extends DataTableName>(t: T, chunk: RowInput<T>[]): Promise<void> {
    const { opts, result } = this;
    const prov = opts.provenance;
    const table = this.table(t);
    const userIds = this.userIds.get(t)!;
    const ownIds = this.ownIds.get(t)!;
    const otherIds = this.otherIds.get(t);
    const fresh: DataRowOf[T][] = [];
    const maybeSame: DataRowOf[T][] = [];
    for (const r of chunk) {
      const row = (opts.keepRowProvenance && r.provenance ? r : { ...r, provenance: prov }) as DataRowOf[T];
      if (userIds.has(row.id)) result.keptUserRows[t]++;
      else if (otherIds?.has(row.id)) result.keptOtherRows[t]++;
      else if (ownIds.take(row.id) || opts.keepRowProvenance) maybeSame.push(row);
      else fresh.push(row);
    }
    if (maybeSame.length) {
      const stored = await table.bulkGet(maybeSame.map((r) => r.id));
      const same = opts.keepUnchangedProvenance ? sameFacts : sameRow;
      maybeSame.forEach((row, k) => {
        const old = stored[k];
        if (isUserRow(old)) result.keptUserRows[t]++;
        else if (old && same(old, row)) result.unchanged[t]++;
        else fresh.push(row);
      });
    }
    if (fresh.length) {
      this.pending.push(table.bulkPut(fresh));
      // Enough queued to keep the database busy; waiting for the oldest bounds what is held in flight.
      if (this.pending.length > MAX_PENDING_PUTS) await this.pending.shift();
    }
    result.written[t] += fresh.length;
    this.done += chunk.length;
    opts.onProgress?.({ phase: 'write', done: this.done, total: Math.max(this.total, this.done) });
  }

  /** Waits for the writes, removes stale and deleted rows, records the pack. */
  async finish(): Promise<ApplyResult> {
    const { opts, result } = this;
    await Dexie.Promise.all(this.pending);
    this.pending = [];
    const prov = opts.provenance;
    const ownKey = [prov.origin, prov.label];
    for (const t of DATA_TABLES) {
      const table = this.table(t);
      const toRemove = new Set<string>(opts.replace ? this.ownIds.get(t)!.unseen() : []);
      for (const id of opts.deletes?.[t] ?? []) toRemove.add(id);
      const ids = [...toRemove];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        const stored = await table.bulkGet(part);
        const removable = part.filter(
          (id, k) =>
            stored[k] && !isUserRow(stored[k]) && (!opts.keepOtherRows || sameSource(stored[k]!, prov)),
        );
        result.keptUserRows[t] += part.filter((_id, k) => isUserRow(stored[k])).length;
        if (removable.length) await table.bulkDelete(removable);
        result.removed[t] += removable.length;
      }
    }
    const changed = DATA_TABLES.some((t) => result.written[t] + result.removed[t] > 0);
    const packs = this.tx.table('packs') as Table<PackRow, string>;
    const known = opts.pack ? await packs.get(prov.label) : undefined;
    // An unchanged re-install leaves even the pack record alone (idempotent).
    if (opts.pack && (changed || !known || known.version !== (prov.version ?? null))) {
      const counts = zeroCounts();
      await Dexie.Promise.all(
        DATA_TABLES.map((t) =>
          this.table(t)
            .where(PROVENANCE_INDEX)
            .equals(ownKey)
            .count()
            .then((n) => void (counts[t] = n)),
        ),
      );
      await packs.put({
        ...opts.pack,
        id: prov.label,
        origin: prov.origin,
        version: prov.version ?? null,
        installedAt: prov.addedAt,
        counts,
      });
    }
    return result;
  }
}

/** Tables a write transaction needs. */
export const WRITE_TABLES = [...DATA_TABLES, 'packs'];

/** Writes rows supplied chunk by chunk (from memory or from `staging`) in one transaction. */
export async function applyChunks(
  db: ClaimsDb,
  read: ChunkReader,
  total: number,
  opts: ApplyOptions,
  extraTables: string[] = [],
): Promise<ApplyResult> {
  return db.transaction('rw', [...WRITE_TABLES, ...extraTables], async (tx) => {
    const writer = new RowWriter(opts, tx, total);
    await writer.begin();
    for (const t of DATA_TABLES) {
      for (let i = 0; ; i++) {
        const chunk = await read(t, i);
        if (!chunk) break;
        await writer.write(t, chunk);
      }
    }
    return writer.finish();
  });
}

/**
 * Saves a row a user added or edited: it is marked so that no import,
 * update or pack replacement ever overwrites or removes it.
 */
export async function saveUserRow<T extends DataTableName>(
  db: ClaimsDb,
  t: T,
  row: RowInput<T>,
  now: string = new Date().toISOString(),
): Promise<void> {
  const label =
    row.provenance && row.provenance.origin !== 'user' ? `edited:${row.provenance.label}` : 'user';
  const saved = { ...row, userEdited: true, provenance: { origin: 'user', label, addedAt: now } };
  await db.dataTable(t).put(saved as DataRowOf[T]);
}

/** Removes every row of one pack or import (origin+label) except user rows, and its `packs` entry. */
export async function removePack(
  db: ClaimsDb,
  origin: Provenance['origin'],
  label: string,
): Promise<RowCounts> {
  const removed = zeroCounts();
  await db.transaction('rw', [...DATA_TABLES, 'packs'], async () => {
    for (const t of DATA_TABLES) {
      removed[t] = await db
        .dataTable(t)
        .where(PROVENANCE_INDEX)
        .equals([origin, label])
        .filter((r) => !r.userEdited)
        .delete();
    }
    await db.packs.delete(label);
  });
  return removed;
}
