/**
 * The dashboard's view of the claims database, on src/db. Reads are plain
 * Dexie queries so that useLive (liveQuery) re-runs them when a table changes;
 * every save goes through saveUserRow, which marks the row as the user's.
 */
import { nameKey } from '../../db/name-key';
import { entitiesByNamePrefix } from '../../db/queries';
import type { ClaimsDb } from '../../db/schema';
import type {
  CasualtyEventRow,
  CasualtyReportRow,
  DesignationRow,
  EntityName,
  EntityRow,
  FactCheckRow,
} from '../../db/types';
import { claimWords, entityKeys, eventKeysOf } from '../../db/words';
import { saveUserRow } from '../../db/write';
import { commaList, lines, NEW_ENTITY, parseCount } from './forms';
import { safeHttpUrl } from './hash';
import type { DashboardStore, DesignationItem, Kind, Paged, ReportItem } from './store-types';
import { exportPack, importFiles, importFormats } from './transfer';

/** Below this many rows a table is sorted by name in memory; above it, pages follow the index order. */
const SORT_IN_MEMORY = 5000;

const TABLE_OF = {
  entities: 'entities',
  designations: 'designations',
  reports: 'reports',
  factchecks: 'factChecks',
} as const satisfies Record<Kind, string>;

const newId = (kind: string) => `user-${kind}-${crypto.randomUUID()}`;
const orNull = (s: string) => (s.trim() ? s.trim() : null);
const orUndef = (s: string) => (s.trim() ? s.trim() : undefined);

function intersect(sets: Set<string>[]): string[] {
  if (!sets.length) return [];
  const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
  return [...first].filter((id) => rest.every((s) => s.has(id)));
}

export function createStore(db: ClaimsDb): DashboardStore {
  async function pageOf<T extends { id: string }>(
    ids: string[],
    get: (ids: string[]) => Promise<(T | undefined)[]>,
    sortKey: (row: T) => string,
    offset: number,
    limit: number,
  ): Promise<Paged<T>> {
    if (ids.length <= SORT_IN_MEMORY) {
      const rows = (await get(ids)).filter((r): r is T => r !== undefined);
      rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    }
    const rows = (await get(ids.slice(offset, offset + limit))).filter((r): r is T => r !== undefined);
    return { rows, total: ids.length };
  }

  /** Entity ids with a name key starting with the query's key. */
  async function entityIdsByPrefix(query: string): Promise<string[]> {
    const key = nameKey(query);
    if (!key) return [];
    return [...new Set(await db.entities.where('nameKeys').startsWith(key).primaryKeys())];
  }

  /** Event ids whose place/actor keys start with every word of the query, or whose title contains it. */
  async function eventIdsByWords(query: string): Promise<string[]> {
    const words = nameKey(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    const sets = await Promise.all(
      words.map(async (w) => new Set(await db.events.where('keys').startsWith(w).primaryKeys())),
    );
    const ids = new Set(intersect(sets));
    // Titles are not indexed; a title match is a cheap scan only on small tables.
    if ((await db.events.count()) <= SORT_IN_MEMORY) {
      const q = query.trim().toLowerCase();
      await db.events.each((e) => {
        if (e.title.toLowerCase().includes(q)) ids.add(e.id);
      });
    }
    return [...ids];
  }

  /**
   * A page of a whole table: sorted in memory when small; on large tables
   * (a full sanctions import) straight from the primary key, so browsing
   * never loads every key.
   */
  async function browse<T extends { id: string }>(
    table: 'entities' | 'designations' | 'factChecks',
    sortKey: (row: T) => string,
    offset: number,
    limit: number,
  ): Promise<Paged<T>> {
    const t = db.table<T, string>(table);
    const total = await t.count();
    if (total <= SORT_IN_MEMORY) {
      const rows = await t.toArray();
      rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      return { rows: rows.slice(offset, offset + limit), total };
    }
    return { rows: await t.orderBy(':id').offset(offset).limit(limit).toArray(), total };
  }

  async function withEntityNames(rows: DesignationRow[]): Promise<DesignationItem[]> {
    const ents = await db.entities.bulkGet([...new Set(rows.map((r) => r.entityId))]);
    const names = new Map(ents.filter((e): e is EntityRow => !!e).map((e) => [e.id, e.name]));
    return rows.map((row) => ({ row, entityName: names.get(row.entityId) ?? row.listedAs ?? row.entityId }));
  }

  async function withEvents(rows: CasualtyReportRow[]): Promise<ReportItem[]> {
    const evs = await db.events.bulkGet([...new Set(rows.map((r) => r.eventId))]);
    const byId = new Map(evs.filter((e): e is CasualtyEventRow => !!e).map((e) => [e.id, e]));
    return rows.map((row) => ({ row, event: byId.get(row.eventId) }));
  }

  const store: DashboardStore = {
    async counts() {
      const [entities, designations, reports, factchecks] = await Promise.all([
        db.entities.count(),
        db.designations.count(),
        db.reports.count(),
        db.factChecks.count(),
      ]);
      return { entities, designations, reports, factchecks };
    },

    async entities(query, offset, limit) {
      if (!query) return browse<EntityRow>('entities', (e) => e.name, offset, limit);
      return pageOf(
        await entityIdsByPrefix(query),
        (x) => db.entities.bulkGet(x),
        (e) => e.name,
        offset,
        limit,
      );
    },

    async designations(query, offset, limit) {
      const byEntity = (d: DesignationRow) => `${d.entityId}\u0000${d.effectiveOn ?? d.listedOn ?? ''}`;
      let page: Paged<DesignationRow>;
      if (query) {
        const ents = await entityIdsByPrefix(query);
        const ids = ents.length ? await db.designations.where('entityId').anyOf(ents).primaryKeys() : [];
        page = await pageOf(ids, (x) => db.designations.bulkGet(x), byEntity, offset, limit);
      } else page = await browse<DesignationRow>('designations', byEntity, offset, limit);
      const items = await withEntityNames(page.rows);
      items.sort((a, b) => a.entityName.localeCompare(b.entityName));
      return { rows: items, total: page.total };
    },

    async reports(query, offset, limit) {
      if (!query) {
        // Newest figures first, straight from the asOf index.
        const [rows, total] = await Promise.all([
          db.reports.orderBy('asOf').reverse().offset(offset).limit(limit).toArray(),
          db.reports.count(),
        ]);
        return { rows: await withEvents(rows), total };
      }
      const events = await eventIdsByWords(query);
      const ids = events.length ? await db.reports.where('eventId').anyOf(events).primaryKeys() : [];
      const page = await pageOf(
        ids,
        (x) => db.reports.bulkGet(x),
        // Newest first: invert the date for an ascending compare.
        (r) => `${r.eventId}\u0000${String(99999999 - Number(r.asOf.replace(/-/g, '').padEnd(8, '0')))}`,
        offset,
        limit,
      );
      return { rows: await withEvents(page.rows), total: page.total };
    },

    async factChecks(query, offset, limit) {
      // Newest first: invert the year for an ascending compare.
      const newest = (f: FactCheckRow) => `${9999 - Number((f.date ?? '0').slice(0, 4))}${f.date ?? ''}`;
      if (!query) return browse<FactCheckRow>('factChecks', newest, offset, limit);
      const words = claimWords(query);
      const sets = await Promise.all(
        words.map(async (w) => new Set(await db.factChecks.where('words').startsWith(w).primaryKeys())),
      );
      return pageOf(intersect(sets), (x) => db.factChecks.bulkGet(x), newest, offset, limit);
    },

    findEntities: (prefix, limit) => entitiesByNamePrefix(db, prefix, limit),

    async findEvents(query, limit) {
      const ids = (await eventIdsByWords(query)).slice(0, limit);
      return (await db.events.bulkGet(ids)).filter((e): e is CasualtyEventRow => !!e);
    },

    entity: (id) => db.entities.get(id),
    event: (id) => db.events.get(id),

    async saveEntity(id, f) {
      const old = id ? await db.entities.get(id) : undefined;
      const name = f.name.trim();
      const names: EntityName[] = [
        { name, type: 'primary' },
        ...lines(f.aliases)
          .filter((n) => n !== name)
          .map((n) => ({ name: n, type: 'alias' as const })),
        ...lines(f.former).map((n) => ({ name: n, type: 'former' as const })),
        // Weak aliases are not in the form: keep the ones the row had.
        ...(old?.names.filter((n) => n.type === 'weak') ?? []),
      ];
      const row = {
        ...old,
        id: old?.id ?? newId('entity'),
        type: f.type,
        name,
        names,
        ...entityKeys(names),
        predecessors: old?.predecessors ?? [],
        successors: old?.successors ?? [],
        notes: orUndef(f.notes),
      };
      await saveUserRow(db, 'entities', row);
      return row.id;
    },

    async saveDesignation(id, f) {
      return db.transaction('rw', db.entities, db.designations, async () => {
        let entityId = f.entityId;
        if (entityId === NEW_ENTITY) {
          const name = f.entityName.trim();
          const names: EntityName[] = [{ name, type: 'primary' }];
          entityId = newId('entity');
          await saveUserRow(db, 'entities', {
            id: entityId,
            type: 'group',
            name,
            names,
            ...entityKeys(names),
            predecessors: [],
            successors: [],
          });
        }
        const old = id ? await db.designations.get(id) : undefined;
        const row = {
          ...old,
          id: old?.id ?? newId('designation'),
          entityId,
          authority: f.authority.trim(),
          list: f.list.trim(),
          listedAs: orUndef(f.listedAs),
          listedOn: orNull(f.listedOn),
          effectiveOn: orNull(f.effectiveOn),
          endedOn: orNull(f.endedOn),
          endReason: orUndef(f.endReason),
          referenceId: orUndef(f.referenceId),
          sourceUrl: safeHttpUrl(f.sourceUrl) || null,
          note: orUndef(f.note),
          unverified: f.unverified || undefined,
        };
        await saveUserRow(db, 'designations', row);
        return row.id;
      });
    },

    async saveReport(id, f) {
      return db.transaction('rw', db.events, db.reports, async () => {
        let eventId = f.eventId;
        if (!eventId) {
          const places = commaList(f.eventPlaces);
          const actors = commaList(f.eventActors);
          eventId = newId('event');
          await saveUserRow(db, 'events', {
            id: eventId,
            title: f.eventTitle.trim(),
            places,
            actors,
            start: f.eventStart.trim(),
            end: orNull(f.eventEnd),
            keys: eventKeysOf(places, actors),
          });
        }
        const old = id ? await db.reports.get(id) : undefined;
        const row = {
          ...old,
          id: old?.id ?? newId('report'),
          eventId,
          category: f.category,
          min: parseCount(f.min),
          max: parseCount(f.max) ?? (f.approx === 'exact' ? parseCount(f.min) : null),
          approx: f.approx,
          who: orNull(f.who),
          reportedBy: f.reportedBy.trim(),
          asOf: f.asOf.trim(),
          outlet: orNull(f.outlet),
          url: safeHttpUrl(f.url) || null,
          documented: f.documented,
          scope: f.scope.trim() || 'all',
          note: orUndef(f.note),
          unverified: f.unverified || undefined,
        };
        await saveUserRow(db, 'reports', row);
        return row.id;
      });
    },

    async saveFactCheck(id, f) {
      const old = id ? await db.factChecks.get(id) : undefined;
      const claimReviewed = f.claimReviewed.trim();
      const row: Omit<FactCheckRow, 'provenance'> & { provenance?: FactCheckRow['provenance'] } = {
        ...old,
        id: old?.id ?? newId('factcheck'),
        claimReviewed,
        rating: f.rating.trim(),
        reviewer: f.reviewer.trim(),
        claimant: orNull(f.claimant),
        date: orNull(f.date),
        url: safeHttpUrl(f.url),
        language: orNull(f.language),
        words: claimWords(claimReviewed),
      };
      await saveUserRow(db, 'factChecks', row);
      return row.id;
    },

    async remove(kind, id) {
      await db.table(TABLE_OF[kind]).delete(id);
    },

    formats: () => importFormats(),
    importFiles: (files, format, onProgress) => importFiles(db, files, format, onProgress),
    exportPack: (selection) => exportPack(db, selection),
  };
  return store;
}
