/**
 * The `staging` table: rows of a large file import or pack install, parked
 * under an import id until the whole input has been read and checked, then
 * swapped in by one transaction and dropped.
 *
 * Records are keyed `[importId+t+id]`, so one import's records (or those of
 * every import id with a prefix) are a single primary-key range: removing them
 * is one IndexedDB request. (The table has no other index: schema v3 dropped
 * an `importId` index that nothing read and every parked record paid for.)
 *
 * Each kind of job names its import ids with its own prefix, so a job clearing
 * what a killed run of its kind left behind never touches another kind's rows:
 * - `import-`: a file import from the dashboard (src/db/import);
 * - `sub-`: a pack install of a subscription (src/sharing/install.ts).
 */
import Dexie from 'dexie';
import type { ClaimsDb } from './schema';

/** Import ids of file imports (dashboard, CLI) start with this. */
export const FILE_IMPORT_PREFIX = 'import-';

/** A fresh import id: `prefix` then the time and a random tail (ids of one prefix sort together). */
export function newImportId(prefix = ''): string {
  return `${prefix}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Removes the staging records of import ids from `from` to `to` (inclusive), by primary-key range (one request). */
function clearStagingRange(db: ClaimsDb, from: string, to: string): Promise<number> {
  return db.staging.where('[importId+t+id]').between([from], [to, Dexie.maxKey], true, true).delete();
}

/** Removes the staging records of one import. */
export function clearStaged(db: ClaimsDb, importId: string): Promise<number> {
  return clearStagingRange(db, importId, importId);
}

/** Removes the staging records of every import id starting with `prefix`. */
export function clearStagedWithPrefix(db: ClaimsDb, prefix: string): Promise<number> {
  return clearStagingRange(db, prefix, `${prefix}\uffff`);
}
