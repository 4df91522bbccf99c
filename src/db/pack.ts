/**
 * The project's own pack format (docs/pack-format.md): versioned JSON, one
 * object for small packs or JSON lines for large ones. Rows are validated and
 * their derived keys (nameKeys, keys, words) recomputed on the way in, so a
 * pack made by an older normaliser still matches like new rows.
 */
import type { DataTableName } from './schema';
import { DATA_TABLES } from './schema';
import type { Provenance } from './types';
import { claimWords, entityKeys, eventKeysOf } from './words';
import type { RowInput, RowSet } from './write';

/** The format version this code writes; it reads this one and older. */
export const PACK_FORMAT_VERSION = 1;

export interface PackHeader {
  /** Format version (an integer); its presence marks a file as a ClaimCheck pack. */
  claimcheckPack: number;
  /** Stable id: rows installed from the pack carry it as provenance label. */
  id: string;
  name: string;
  /** Data version, e.g. "2026.11.25-1". */
  version: string;
  /** 'full' replaces the pack's previous rows; 'delta' changes rows since baseVersion; 'export' restores rows with their own provenance. */
  kind: 'full' | 'delta' | 'export';
  baseVersion?: string | null;
  createdAt: string;
  /** Where the pack's facts come from (URLs, datasets, licences). */
  sources?: string[];
  /** Row counts by table (informational; checked against the rows on import). */
  counts?: Partial<Record<DataTableName, number>>;
  /** Reserved for pack subscriptions (issue 7): content hash and signature. */
  sha256?: string;
  signature?: string;
}

export interface PackJson extends PackHeader {
  rows: Partial<Record<DataTableName, unknown[]>>;
  /** Delta packs: ids removed since baseVersion. */
  deletes?: Partial<Record<DataTableName, string[]>>;
}

/** One line of a JSON-lines pack after the header line. */
export type PackLine = { t: DataTableName; row: unknown } | { t: DataTableName; delete: string };

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CATEGORIES = ['killed', 'injured', 'missing', 'displaced', 'casualties'];
const APPROX = ['exact', 'at_least', 'at_most', 'about', 'vague'];
const ENTITY_TYPES = ['group', 'person', 'place', 'event', 'state'];
const NAME_TYPES = ['primary', 'alias', 'former', 'weak'];
const ORIGINS = ['bundled', 'import', 'subscription', 'user'];

type Obj = Record<string, unknown>;

function str(o: Obj, k: string): string {
  const v = o[k];
  if (typeof v !== 'string' || v === '') throw new Error(`"${k}" must be a non-empty string`);
  return v;
}
function optStr(o: Obj, k: string): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new Error(`"${k}" must be a string or null`);
  return v;
}
function date(o: Obj, k: string, nullable: boolean): string | null {
  const v = nullable ? optStr(o, k) : str(o, k);
  if (v !== null && !DATE.test(v)) throw new Error(`"${k}" must be a date YYYY[-MM[-DD]], got "${v}"`);
  return v;
}
function strList(o: Obj, k: string): string[] {
  const v = o[k] ?? [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new Error(`"${k}" must be a list of strings`);
  return v as string[];
}
function num(o: Obj, k: string): number | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    throw new Error(`"${k}" must be a count or null`);
  return v;
}
function oneOf(o: Obj, k: string, allowed: string[]): string {
  const v = str(o, k);
  if (!allowed.includes(v)) throw new Error(`"${k}" must be one of ${allowed.join(', ')}, got "${v}"`);
  return v;
}
/** Sets `row[k] = get()` when the source row has the field (no temporary objects: this runs per imported row). */
function opt(row: Obj, o: Obj, k: string, get: () => unknown): void {
  if (o[k] !== undefined) row[k] = get();
}

function sourceList(o: Obj): { url: string; label: string }[] {
  const v = o.sources;
  if (!Array.isArray(v)) throw new Error('"sources" must be a list of {url, label}');
  return v.map((s: Obj) => ({ url: str(s, 'url'), label: optStr(s, 'label') ?? '' }));
}

function setProvenance(row: Obj, o: Obj): void {
  if (o.provenance === undefined) return;
  const p = o.provenance as Obj;
  if (typeof p !== 'object' || p === null) throw new Error('"provenance" must be an object');
  const prov: Obj = {
    origin: oneOf(p, 'origin', ORIGINS) as Provenance['origin'],
    label: str(p, 'label'),
    addedAt: str(p, 'addedAt'),
  };
  opt(prov, p, 'version', () => str(p, 'version'));
  row.provenance = prov;
}

function setFlags(row: Obj, o: Obj): void {
  opt(row, o, 'unverified', () => o.unverified === true);
  opt(row, o, 'note', () => optStr(o, 'note'));
  opt(row, o, 'userEdited', () => o.userEdited === true);
}

/**
 * Validates one row of a table and recomputes its derived keys. Throws an
 * Error whose message says which field is wrong and why.
 */
export function normaliseRow<T extends DataTableName>(t: T, raw: unknown): RowInput<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('a row must be an object');
  const o = raw as Obj;
  const id = str(o, 'id');
  let row: Obj;
  switch (t) {
    case 'entities': {
      const name = str(o, 'name');
      const rawNames = (o.names ?? [{ name, type: 'primary' }]) as unknown;
      if (!Array.isArray(rawNames)) throw new Error('"names" must be a list');
      const names = rawNames.map((n: Obj) => ({ name: str(n, 'name'), type: oneOf(n, 'type', NAME_TYPES) }));
      const keys = entityKeys(names as never);
      row = {
        id,
        type: oneOf(o, 'type', ENTITY_TYPES),
        name,
        names,
        nameKeys: keys.nameKeys,
        weakKeys: keys.weakKeys,
        predecessors: strList(o, 'predecessors'),
        successors: strList(o, 'successors'),
      };
      opt(row, o, 'notes', () => optStr(o, 'notes'));
      break;
    }
    case 'designations':
      row = {
        id,
        entityId: str(o, 'entityId'),
        authority: str(o, 'authority'),
        list: str(o, 'list'),
        listedOn: date(o, 'listedOn', true),
        endedOn: date(o, 'endedOn', true),
        sourceUrl: optStr(o, 'sourceUrl'),
      };
      opt(row, o, 'listedAs', () => optStr(o, 'listedAs'));
      opt(row, o, 'effectiveOn', () => date(o, 'effectiveOn', true));
      opt(row, o, 'endReason', () => optStr(o, 'endReason'));
      opt(row, o, 'referenceId', () => optStr(o, 'referenceId'));
      opt(row, o, 'endSourceUrl', () => optStr(o, 'endSourceUrl'));
      opt(row, o, 'sources', () => sourceList(o));
      opt(row, o, 'statusUnverifiedAfter', () => date(o, 'statusUnverifiedAfter', false));
      break;
    case 'events': {
      const places = strList(o, 'places');
      const actors = strList(o, 'actors');
      row = {
        id,
        title: str(o, 'title'),
        places,
        actors,
        start: date(o, 'start', false),
        end: date(o, 'end', true),
        keys: eventKeysOf(places, actors),
      };
      break;
    }
    case 'reports':
      row = {
        id,
        eventId: str(o, 'eventId'),
        category: oneOf(o, 'category', CATEGORIES),
        min: num(o, 'min'),
        max: num(o, 'max'),
        approx: oneOf(o, 'approx', APPROX),
        who: optStr(o, 'who'),
        reportedBy: str(o, 'reportedBy'),
        asOf: date(o, 'asOf', false),
        outlet: optStr(o, 'outlet'),
        url: optStr(o, 'url'),
        documented: o.documented === true,
        scope: optStr(o, 'scope') ?? 'all',
      };
      break;
    case 'factChecks': {
      const claimReviewed = str(o, 'claimReviewed');
      row = {
        id,
        claimReviewed,
        rating: optStr(o, 'rating') ?? '',
        reviewer: str(o, 'reviewer'),
        date: optStr(o, 'date'),
        url: str(o, 'url'),
        language: optStr(o, 'language'),
        words: claimWords(claimReviewed),
      };
      opt(row, o, 'claimant', () => optStr(o, 'claimant'));
      break;
    }
    default:
      throw new Error(`unknown table "${String(t)}"`);
  }
  setFlags(row, o);
  setProvenance(row, o);
  return row as unknown as RowInput<T>;
}

/** Checks a pack header; throws with the reason. */
export function checkHeader(h: Obj): PackHeader {
  const v = h.claimcheckPack;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new Error('"claimcheckPack" must be a format version ≥ 1');
  if (v > PACK_FORMAT_VERSION) {
    throw new Error(
      `pack format ${v} is newer than this extension reads (${PACK_FORMAT_VERSION}); update ClaimCheck`,
    );
  }
  const kind = h.kind ?? 'full';
  if (kind !== 'full' && kind !== 'delta' && kind !== 'export')
    throw new Error('"kind" must be full, delta or export');
  if (kind === 'delta' && typeof h.baseVersion !== 'string')
    throw new Error('a delta pack needs "baseVersion"');
  return {
    claimcheckPack: v,
    id: str(h, 'id'),
    name: optStr(h, 'name') ?? str(h, 'id'),
    version: str(h, 'version'),
    kind,
    baseVersion: optStr(h, 'baseVersion'),
    createdAt: optStr(h, 'createdAt') ?? '',
    sources: strList(h, 'sources'),
    ...(h.counts ? { counts: h.counts as PackHeader['counts'] } : {}),
  };
}

/** Drops derived and empty fields: packs carry facts, the importer recomputes keys. */
function packRow(row: Obj, keepProvenance: boolean): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'nameKeys' || k === 'weakKeys' || k === 'keys' || k === 'words') continue;
    if (k === 'provenance' && !keepProvenance) continue;
    if (v === undefined) continue;
    out[k] = v;
  }
  return out;
}

/** A pack as one JSON object (small packs, the bundled data). */
export function buildPackJson(
  header: Omit<PackHeader, 'claimcheckPack' | 'counts'>,
  rows: RowSet,
  deletes?: Partial<Record<DataTableName, string[]>>,
): PackJson {
  const keep = header.kind === 'export';
  const out: PackJson = {
    claimcheckPack: PACK_FORMAT_VERSION,
    ...header,
    counts: Object.fromEntries(DATA_TABLES.map((t) => [t, rows[t].length])),
    rows: Object.fromEntries(
      DATA_TABLES.map((t) => [t, [...rows[t]].sort(byId).map((r) => packRow(r as unknown as Obj, keep))]),
    ),
  };
  if (deletes) out.deletes = deletes;
  return out;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The lines of a JSON-lines pack (large packs): a header line, then one row per line. */
export function* packJsonLines(
  header: Omit<PackHeader, 'claimcheckPack' | 'counts'>,
  rows: RowSet,
  deletes?: Partial<Record<DataTableName, string[]>>,
): Generator<string> {
  const keep = header.kind === 'export';
  yield JSON.stringify({
    claimcheckPack: PACK_FORMAT_VERSION,
    ...header,
    counts: Object.fromEntries(DATA_TABLES.map((t) => [t, rows[t].length])),
  });
  for (const t of DATA_TABLES) {
    for (const r of rows[t]) yield JSON.stringify({ t, row: packRow(r as unknown as Obj, keep) });
    for (const id of deletes?.[t] ?? []) yield JSON.stringify({ t, delete: id });
  }
}

/** A pack that failed validation: names the table and row (or line) and the reason. */
export class PackError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'PackError';
  }
}

/** Validates a single-object pack and returns its header, rows (keys recomputed) and deletes. */
export function readPackJson(json: unknown): {
  header: PackHeader;
  rows: RowSet;
  deletes: Partial<Record<DataTableName, string[]>>;
} {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new PackError('pack', 'not a JSON object');
  const o = json as Obj;
  let header: PackHeader;
  try {
    header = checkHeader(o);
  } catch (e) {
    throw new PackError('header', (e as Error).message);
  }
  const rows = { entities: [], designations: [], events: [], reports: [], factChecks: [] } as RowSet;
  const rawRows = (o.rows ?? {}) as Obj;
  for (const key of Object.keys(rawRows)) {
    if (!(DATA_TABLES as readonly string[]).includes(key))
      throw new PackError(`rows.${key}`, 'unknown table');
  }
  for (const t of DATA_TABLES) {
    const list = rawRows[t] ?? [];
    if (!Array.isArray(list)) throw new PackError(`rows.${t}`, 'must be a list');
    list.forEach((raw, i) => {
      try {
        (rows[t] as unknown[]).push(normaliseRow(t, raw));
      } catch (e) {
        const id = (raw as Obj)?.id;
        throw new PackError(
          `rows.${t}[${i}]${typeof id === 'string' ? ` (id ${id})` : ''}`,
          (e as Error).message,
        );
      }
    });
  }
  const deletes: Partial<Record<DataTableName, string[]>> = {};
  for (const t of DATA_TABLES) {
    const d = (o.deletes as Obj | undefined)?.[t];
    if (d !== undefined) {
      if (!Array.isArray(d) || d.some((x) => typeof x !== 'string'))
        throw new PackError(`deletes.${t}`, 'must be a list of ids');
      deletes[t] = d as string[];
    }
  }
  return { header, rows, deletes };
}
