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
 * The write logic of one transaction, fed table chunks in any order. Fresh
 * rows are put without waiting, so the database writes while the caller
 * parses the next rows; rows that may be unchanged or user-owned are read first.
 * Must be used inside a readwrite transaction over all data tables and `packs`.
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
  private ownIds = new Map<DataTableName, Set<string>>();
  /** changedRows: ids held by anything but this pack (other packs, imports, bundled data, users). */
  private otherIds = new Map<DataTableName, Set<string>>();
  private seen = new Map<DataTableName, Set<string>>();
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

  /** Reads which ids belong to users and to this pack (call once, inside the transaction). */
  async begin(): Promise<void> {
    const ownKey = [this.opts.provenance.origin, this.opts.provenance.label];
    for (const t of DATA_TABLES) {
      const table = this.table(t);
      this.userIds.set(
        t,
        new Set(
          await table
            .where(PROVENANCE_INDEX)
            .between(['user', Dexie.minKey], ['user', Dexie.maxKey], true, true)
            .primaryKeys(),
        ),
      );
      if (this.opts.changedRows && !this.opts.replace) {
        const below = await table
          .where(PROVENANCE_INDEX)
          .between([Dexie.minKey], ownKey, true, false)
          .primaryKeys();
        const above = await table
          .where(PROVENANCE_INDEX)
          .between(ownKey, [Dexie.maxKey], false, true)
          .primaryKeys();
        this.otherIds.set(t, new Set([...below, ...above]));
        this.ownIds.set(t, new Set());
      } else {
        // Ids this pack already holds: only these can be "unchanged" or stale.
        this.ownIds.set(t, new Set(await table.where(PROVENANCE_INDEX).equals(ownKey).primaryKeys()));
      }
      this.seen.set(t, new Set());
    }
  }

  /** Writes one chunk of rows of a table; resolves once any reads it needed are done. */
  async write<T extends DataTableName>(t: T, chunk: RowInput<T>[]): Promise<void> {
    const { opts, result } = this;
    const prov = opts.provenance;
    const table = this.table(t);
    const userIds = this.userIds.get(t)!;
    const ownIds = this.ownIds.get(t)!;
    const otherIds = this.otherIds.get(t);
    const seen = opts.replace ? this.seen.get(t)! : null;
    let fresh: DataRowOf[T][] = [];
    const maybeSame: DataRowOf[T][] = [];
    for (const r of chunk) {
      const row = (opts.keepRowProvenance && r.provenance ? r : { ...r, provenance: prov }) as DataRowOf[T];
      seen?.add(row.id);
      if (userIds.has(row.id)) result.keptUserRows[t]++;
      else if (otherIds && opts.keepOtherRows && otherIds.has(row.id)) result.keptOtherRows[t]++;
      else if (otherIds) fresh.push(row);
      else if (ownIds.has(row.id) || opts.keepRowProvenance) maybeSame.push(row);
      else fresh.push(row);
    }
    const newIds =
      opts.keepOtherRows && !otherIds ? fresh.filter((r) => !ownIds.has(r.id)).map((r) => r.id) : [];
    if (newIds.length) {
      // Ids new to this pack may still be held by another (neither this pack's nor a user's):
      // only absent ones are written. The keys between the smallest and largest id come in one
      // request, where reading each id would cost one request per row.
      newIds.sort();
      const inRange = new Set(
        await table
          .where(':id')
          .between(newIds[0], newIds[newIds.length - 1], true, true)
          .primaryKeys(),
      );
      const taken = new Set(newIds.filter((id) => inRange.has(id)));
      result.keptOtherRows[t] += taken.size;
      if (taken.size) fresh = fresh.filter((r) => !taken.has(r.id));
    }
    if (maybeSame.length) {
      const stored = await table.bulkGet(maybeSame.map((r) => r.id));
      maybeSame.forEach((row, k) => {
        const old = stored[k];
        if (isUserRow(old)) result.keptUserRows[t]++;
        else if (old && sameRow(old, row)) result.unchanged[t]++;
        else fresh.push(row);
      });
    }
    if (fresh.length) this.pending.push(table.bulkPut(fresh));
    result.written[t] += fresh.length;
    this.done += chunk.length;
    opts.onProgress?.({ phase: 'write', done: this.done, total: Math.max(this.total, this.done) });
  }

  /** Waits for the writes, removes stale and deleted rows, records the pack. */
  async finish(): Promise<ApplyResult> {
    const { opts, result } = this;
    await Dexie.Promise.all(this.pending);
    const prov = opts.provenance;
    const ownKey = [prov.origin, prov.label];
    for (const t of DATA_TABLES) {
      const table = this.table(t);
      const toRemove = new Set<string>();
      const seen = this.seen.get(t)!;
      if (opts.replace) for (const id of this.ownIds.get(t)!) if (!seen.has(id)) toRemove.add(id);
      for (const id of opts.deletes?.[t] ?? []) toRemove.add(id);
      if (toRemove.size) {
        const ids = [...toRemove];
        const stored = await table.bulkGet(ids);
        const removable = ids.filter(
          (id, k) =>
            stored[k] && !isUserRow(stored[k]) && (!opts.keepOtherRows || sameSource(stored[k]!, prov)),
        );
        result.keptUserRows[t] += ids.filter((_id, k) => isUserRow(stored[k])).length;
        await table.bulkDelete(removable);
        result.removed[t] += removable.length;
      }
    }
    const changed = DATA_TABLES.some((t) => result.written[t] + result.removed[t] > 0);
    const packs = this.tx.table('packs') as Table<PackRow, string>;
    const known = opts.pack ? await packs.get(prov.label) : undefined;
    // An unchanged re-install leaves even the pack record alone (idempotent).
    if (opts.pack && (changed || !known || known.version !== (prov.version ?? null))) {
      const counts = zeroCounts();
      for (const t of DATA_TABLES) {
        counts[t] = await this.table(t).where(PROVENANCE_INDEX).equals(ownKey).count();
      }
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
