/**
 * The claims database: a Dexie subclass with one typed table per row shape.
 * Only the background and the extension's own pages open it.
 *
 * Schema history (never edit a shipped version; add one):
 * - v1: the tables and their lookup indexes.
 * - v2: provenance index on every table (to replace one pack's rows and to
 *   find user rows fast), reports by date, events by end, weak alias keys,
 *   `settings` and `staging` tables. Upgrade re-derives every normalised key
 *   with the current normaliser, so rows written by v1 match like new ones.
 * - v3: `staging` loses its `importId` index: nothing read it (one import's
 *   records are a primary-key range) and every parked record paid for it.
 *   Upgrade empties `staging`: a file import parked its rows before v3 under
 *   an id without the prefix that tells a job which leftovers are its own
 *   (see staging.ts), so nothing would clear them later; and no import
 *   outlives the upgrade (it closes every older connection).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  CasualtyEventRow,
  CasualtyReportRow,
  DesignationRow,
  EntityRow,
  FactCheckRow,
  PackRow,
  SettingRow,
} from './types';
import { claimWords, entityKeys, eventKeysOf } from './words';

export const DEFAULT_DB_NAME = 'claimcheck';

/** The data tables an import or a pack writes, in a fixed order. */
export const DATA_TABLES = ['entities', 'designations', 'events', 'reports', 'factChecks'] as const;
export type DataTableName = (typeof DATA_TABLES)[number];

export interface DataRowOf {
  entities: EntityRow;
  designations: DesignationRow;
  events: CasualtyEventRow;
  reports: CasualtyReportRow;
  factChecks: FactCheckRow;
}

/** A row parked by a large import until the whole file has parsed (then swapped in at once). */
export interface StagingRow {
  importId: string;
  t: DataTableName;
  id: string;
  row: unknown;
}

/** Version 1 stores: kept verbatim so the upgrade test can build a v1 database. */
export const SCHEMA_V1 = {
  entities: 'id, *nameKeys',
  designations: 'id, entityId',
  events: 'id, *keys, start',
  reports: 'id, eventId',
  factChecks: 'id, *words',
  packs: 'id',
} as const;

/** Index over provenance: [origin+label] finds one pack's rows, or all user rows. */
const PROV = '[provenance.origin+provenance.label]';

export const SCHEMA_V2 = {
  entities: `id, *nameKeys, ${PROV}`,
  designations: `id, entityId, ${PROV}`,
  events: `id, *keys, start, end, ${PROV}`,
  reports: `id, eventId, asOf, ${PROV}`,
  factChecks: `id, *words, ${PROV}`,
  packs: 'id, origin',
  settings: 'key',
  staging: '[importId+t+id], importId',
} as const;

/** Version 3 changes `staging` only (Dexie keeps the other tables as v2 declared them). */
export const SCHEMA_V3 = {
  staging: '[importId+t+id]',
} as const;

export const PROVENANCE_INDEX = PROV;

export class ClaimsDb extends Dexie {
  entities!: EntityTable<EntityRow, 'id'>;
  designations!: EntityTable<DesignationRow, 'id'>;
  events!: EntityTable<CasualtyEventRow, 'id'>;
  reports!: EntityTable<CasualtyReportRow, 'id'>;
  factChecks!: EntityTable<FactCheckRow, 'id'>;
  packs!: EntityTable<PackRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  staging!: Table<StagingRow, [string, string, string]>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('entities')
          .toCollection()
          .modify((row: EntityRow) => {
            const keys = entityKeys(row.names ?? [{ name: row.name, type: 'primary' }]);
            row.nameKeys = keys.nameKeys;
            row.weakKeys = keys.weakKeys;
            row.predecessors ??= [];
            row.successors ??= [];
          });
        await tx
          .table('events')
          .toCollection()
          .modify((row: CasualtyEventRow) => {
            row.keys = eventKeysOf(row.places ?? [], row.actors ?? []);
            row.end ??= null;
          });
        await tx
          .table('factChecks')
          .toCollection()
          .modify((row: FactCheckRow) => {
            row.words = claimWords(row.claimReviewed ?? '');
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => tx.table('staging').clear());
  }

  /** The typed table of a data table name. */
  dataTable<T extends DataTableName>(name: T): Table<DataRowOf[T], string> {
    return this.table(name) as Table<DataRowOf[T], string>;
  }
}

/** Opens (creating or upgrading) the claims database. */
export async function openClaimsDb(name: string = DEFAULT_DB_NAME): Promise<ClaimsDb> {
  const db = new ClaimsDb(name);
  await db.open();
  return db;
}
