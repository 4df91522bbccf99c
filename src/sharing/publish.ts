/**
 * The publisher's side (used by `npm run pack`, the tests and the bench):
 * seal a pack with its content hash and optional signature, compute a delta
 * between two versions, and keep a pack index up to date.
 */
import { buildPackJson, packJsonLines, type PackHeader, type PackJson } from '../db/pack';
import { DATA_TABLES, type DataTableName } from '../db/schema';
import { emptyRowSet, type RowSet } from '../db/write';
import { canonicalJson } from './canonical';
import { createHasher, signHeader, singleObjectContentHash } from './integrity';
import { PACK_INDEX_VERSION, type PackIndex } from './pack-index';

export type HeaderInput = Omit<PackHeader, 'claimcheckPack' | 'counts' | 'sha256' | 'signature'>;
export type Deletes = Partial<Record<DataTableName, string[]>>;

const encoder = new TextEncoder();

/** Adds sha256 (given) and, with a private key, the signature to a header object. */
export async function sealHeader<H extends Record<string, unknown>>(
  header: H,
  sha256: string,
  pkcs8?: Uint8Array,
): Promise<H & { sha256: string; signature?: string }> {
  const sealed: Record<string, unknown> = { ...header, sha256 };
  delete sealed.signature;
  if (pkcs8) sealed.signature = await signHeader(sealed, pkcs8);
  return sealed as H & { sha256: string; signature?: string };
}

/**
 * A sealed JSON-lines pack, line by line (each without its newline): the
 * header line carries the SHA-256 of every following line plus newline.
 * The rows are serialised twice (hash, then output) so a large pack is never
 * held as one string.
 */
export async function sealedJsonLines(
  header: HeaderInput,
  rows: RowSet,
  deletes?: Deletes,
  pkcs8?: Uint8Array,
): Promise<{ header: Record<string, unknown>; lines: () => Generator<string> }> {
  const hasher = createHasher();
  const gen = packJsonLines(header, rows, deletes);
  const first = JSON.parse(gen.next().value as string) as Record<string, unknown>;
  for (const line of gen) hasher.update(encoder.encode(`${line}\n`));
  const sealed = await sealHeader(first, hasher.hex(), pkcs8);
  return {
    header: sealed,
    *lines() {
      const g = packJsonLines(header, rows, deletes);
      g.next();
      yield JSON.stringify(sealed);
      yield* g;
    },
  };
}

/** A sealed JSON-lines pack as one string (small packs, tests). */
export async function sealedJsonLinesText(
  header: HeaderInput,
  rows: RowSet,
  deletes?: Deletes,
  pkcs8?: Uint8Array,
): Promise<string> {
  const { lines } = await sealedJsonLines(header, rows, deletes, pkcs8);
  let out = '';
  for (const l of lines()) out += `${l}\n`;
  return out;
}

/** A sealed single-object pack. */
export async function sealedPackJson(
  header: HeaderInput,
  rows: RowSet,
  deletes?: Deletes,
  pkcs8?: Uint8Array,
): Promise<PackJson> {
  const pack = buildPackJson(header, rows, deletes);
  const { rows: body, deletes: dels, ...head } = pack;
  const sealed = await sealHeader(head, singleObjectContentHash({ rows: body, deletes: dels }), pkcs8);
  return { ...sealed, rows: body, ...(dels ? { deletes: dels } : {}) };
}

const DERIVED = new Set(['nameKeys', 'weakKeys', 'keys', 'words', 'provenance']);

function factsOf(row: object): string {
  return canonicalJson(Object.fromEntries(Object.entries(row).filter(([k]) => !DERIVED.has(k))));
}

/** Rows added or changed from `base` to `next`, and ids `next` no longer has. */
export function diffRows(base: RowSet, next: RowSet): { rows: RowSet; deletes: Deletes } {
  const rows = emptyRowSet();
  const deletes: Deletes = {};
  for (const t of DATA_TABLES) {
    const old = new Map<string, string>();
    for (const r of base[t]) old.set(r.id, factsOf(r));
    const seen = new Set<string>();
    for (const r of next[t]) {
      seen.add(r.id);
      if (old.get(r.id) !== factsOf(r)) (rows[t] as unknown[]).push(r);
    }
    const gone = [...old.keys()].filter((id) => !seen.has(id));
    if (gone.length) deletes[t] = gone;
  }
  return { rows, deletes };
}

/**
 * The index after publishing a pack: a full pack becomes the current version
 * (deltas to older versions are dropped); a delta is listed when it leads to
 * the current version.
 */
export function updateIndex(
  prev: PackIndex | null,
  header: Pick<PackHeader, 'id' | 'name' | 'version' | 'kind' | 'baseVersion'>,
  relativeUrl: string,
  sha256: string,
): PackIndex {
  if (prev && prev.id !== header.id) throw new Error(`the index lists pack "${prev.id}", not "${header.id}"`);
  if (header.kind === 'full') {
    return {
      claimcheckPackIndex: PACK_INDEX_VERSION,
      id: header.id,
      name: header.name,
      version: header.version,
      full: { url: relativeUrl, sha256 },
      deltas: prev?.version === header.version ? prev.deltas : [],
    };
  }
  if (!prev) throw new Error('publish the full pack to the index before its deltas');
  if (header.version !== prev.version)
    throw new Error(
      `the delta leads to version ${header.version}, but the index's current version is ${prev.version}`,
    );
  const deltas = prev.deltas.filter((d) => d.baseVersion !== header.baseVersion);
  deltas.push({ baseVersion: header.baseVersion ?? '', url: relativeUrl, sha256 });
  return { ...prev, deltas };
}
