/**
 * The indexed lookups the cross-referencing needs. Every function takes a
 * name or word as the user or page wrote it and normalises it itself, so
 * callers never have to know the key format.
 */
import Dexie from 'dexie';
import { nameKey, nameKeysOf } from './name-key';
import type { ClaimsDb } from './schema';
import type { CasualtyEventRow, CasualtyReportRow, DesignationRow, EntityRow, FactCheckRow } from './types';
import { claimWords } from './words';

export interface NameLookupOptions {
  /** Also return entities the name matches only through a weak alias (default false). */
  includeWeak?: boolean;
}

/**
 * Entities having `name` (any spelling: it is normalised with nameKey) among
 * their names. A name with a parenthesised acronym ("Iranian Revolutionary
 * Guard Corps (IRGC)") also matches by the name without it and by the acronym.
 */
export async function entitiesByNameKey(
  db: ClaimsDb,
  name: string,
  opts: NameLookupOptions = {},
): Promise<EntityRow[]> {
  const keys = nameKeysOf(name);
  if (keys.length === 0) return [];
  // One equals() per key: each is a single index getAll, faster than an anyOf cursor.
  const found = await Promise.all(keys.map((k) => db.entities.where('nameKeys').equals(k).toArray()));
  const unique = [...new Map(found.flat().map((r) => [r.id, r])).values()];
  // Weak aliases may confirm but never trigger: keep a row only if some key matched a strong name.
  return opts.includeWeak
    ? unique
    : unique.filter((r) => keys.some((k) => r.nameKeys.includes(k) && !r.weakKeys?.includes(k)));
}

/**
 * Entities with a name key starting with the normalised `prefix` (for
 * type-ahead and partial names), each once, at most `limit`.
 */
export async function entitiesByNamePrefix(db: ClaimsDb, prefix: string, limit = 20): Promise<EntityRow[]> {
  const key = nameKey(prefix);
  if (!key) return [];
  const ids = await db.entities.where('nameKeys').startsWith(key).primaryKeys();
  const unique = [...new Set(ids)].slice(0, limit);
  return (await db.entities.bulkGet(unique)).filter((r): r is EntityRow => r !== undefined);
}

/** Ids of an entity and, transitively, its predecessors (al-Nusrah Front before HTS), nearest first. */
export async function lineageOf(db: ClaimsDb, entityId: string): Promise<string[]> {
  const seen = [entityId];
  for (let i = 0; i < seen.length; i++) {
    const row = await db.entities.get(seen[i]);
    for (const p of row?.predecessors ?? []) if (!seen.includes(p)) seen.push(p);
  }
  return seen;
}

/**
 * Designations of an entity; with `withPredecessors`, also those of its
 * predecessors (their rows keep their own entityId, so the caller can say
 * "listed as al-Nusrah Front").
 */
export async function designationsOf(
  db: ClaimsDb,
  entityId: string,
  opts: { withPredecessors?: boolean } = {},
): Promise<DesignationRow[]> {
  const ids = opts.withPredecessors ? await lineageOf(db, entityId) : [entityId];
  const rows = await db.designations.where('entityId').anyOf(ids).toArray();
  return rows.sort((a, b) => (a.listedOn ?? '').localeCompare(b.listedOn ?? ''));
}

/** First day covered by a partial date: "2013" → "2013-01-01". */
export function startOfDate(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** Last day covered by a partial date: "2025" → "2025-12-31". */
export function endOfDate(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/**
 * Designations (of the entity and its predecessors, unless
 * `withPredecessors: false`) in force on `date` (YYYY-MM-DD): listed on or
 * before it and not ended by then. A partial listing date counts from the
 * start of its period, a partial end date to the end of its period. Rows with
 * an unknown listing date are included (they carry listedOn: null).
 */
export async function designationsAsOf(
  db: ClaimsDb,
  entityId: string,
  date: string,
  opts: { withPredecessors?: boolean } = {},
): Promise<DesignationRow[]> {
  const rows = await designationsOf(db, entityId, { withPredecessors: opts.withPredecessors ?? true });
  return rows.filter((r) => {
    const listed = r.effectiveOn ?? r.listedOn;
    if (listed && startOfDate(listed) > date) return false;
    if (r.endedOn && endOfDate(r.endedOn) < date) return false;
    // Ended on that very day: the listing no longer holds on the end date.
    if (r.endedOn && r.endedOn.length === 10 && r.endedOn <= date) return false;
    return true;
  });
}

/** Events having any of the given places or actors (normalised) among their keys. */
export async function eventsByKeys(db: ClaimsDb, keys: string[]): Promise<CasualtyEventRow[]> {
  const normalised = [...new Set(keys.map(nameKey).filter(Boolean))];
  if (normalised.length === 0) return [];
  const ids = await db.events.where('keys').anyOf(normalised).primaryKeys();
  const rows = await db.events.bulkGet([...new Set(ids)]);
  return rows.filter((r): r is CasualtyEventRow => r !== undefined);
}

/** Events whose date window overlaps [from, to] (YYYY-MM-DD, inclusive); an open end counts as ongoing. */
export async function eventsInWindow(db: ClaimsDb, from: string, to: string): Promise<CasualtyEventRow[]> {
  const rows = await db.events.where('start').between(Dexie.minKey, to, true, true).toArray();
  return rows.filter((e) => e.end === null || e.end >= from);
}

/** Casualty reports of an event, oldest figure first. */
export async function reportsOfEvent(db: ClaimsDb, eventId: string): Promise<CasualtyReportRow[]> {
  const rows = await db.reports.where('eventId').equals(eventId).toArray();
  return rows.sort((a, b) => a.asOf.localeCompare(b.asOf) || (a.min ?? 0) - (b.min ?? 0));
}

export interface FactCheckHit {
  row: FactCheckRow;
  /** How many of the query's words the claim contains. */
  matched: number;
}

/**
 * Fact-checks whose claim shares words with `text` (a claim sentence or a
 * list of words), best match first; at least `minMatches` shared words.
 */
export async function factChecksByWords(
  db: ClaimsDb,
  text: string | string[],
  opts: { minMatches?: number; limit?: number } = {},
): Promise<FactCheckHit[]> {
  const words = claimWords(Array.isArray(text) ? text.join(' ') : text);
  const counts = new Map<string, number>();
  for (const w of words) {
    for (const id of await db.factChecks.where('words').equals(w).primaryKeys()) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const min = opts.minMatches ?? 1;
  const best = [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1])
    .slice(0, opts.limit ?? 20);
  const rows = await db.factChecks.bulkGet(best.map(([id]) => id));
  return rows.flatMap((row, i) => (row ? [{ row, matched: best[i][1] }] : []));
}
