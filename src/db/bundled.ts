/**
 * The reference data shipped with the extension (public/data/claims-pack.json),
 * installed on install and on every update. Loading is idempotent: it
 * replaces exactly the rows whose provenance is the bundled pack, leaves user
 * rows and other packs alone, and writes nothing when the data is unchanged.
 */
import { readPackJson } from './pack';
import type { ClaimsDb } from './schema';
import { applyRows, type ApplyResult } from './write';

/** Path of the bundled pack inside the extension (for runtime.getURL / fetch). */
export const BUNDLED_PACK_PATH = '/data/claims-pack.json';
export const BUNDLED_VERSION_SETTING = 'bundledDataVersion';

export interface BundledLoadResult extends ApplyResult {
  version: string;
}

/** Installs (or updates to) the bundled pack. `packJson` is the parsed JSON of claims-pack.json. */
export async function loadBundledData(
  db: ClaimsDb,
  packJson: unknown,
  now: string = new Date().toISOString(),
): Promise<BundledLoadResult> {
  const { header, rows } = readPackJson(packJson);
  const result = await applyRows(db, rows, {
    provenance: { origin: 'bundled', label: header.id, version: header.version, addedAt: now },
    replace: true,
    pack: {
      name: header.name,
      format: 'claimcheck-pack',
      createdAt: header.createdAt,
      sources: header.sources,
      source: BUNDLED_PACK_PATH,
    },
  });
  await db.settings.put({ key: BUNDLED_VERSION_SETTING, value: header.version });
  return { ...result, version: header.version };
}

/** The data version of the installed bundled pack, or null before the first load. */
export async function bundledDataVersion(db: ClaimsDb): Promise<string | null> {
  const row = await db.settings.get(BUNDLED_VERSION_SETTING);
  return typeof row?.value === 'string' ? row.value : null;
}
