/**
 * The background's one handle on the claims database. The bundled reference
 * pack is loaded on install and update, and on first use if it is missing
 * (e.g. the profile's storage was cleared).
 */
import { browser } from 'wxt/browser';
import { BUNDLED_PACK_PATH, bundledDataVersion, loadBundledData, openClaimsDb, type ClaimsDb } from '../db';

let opening: Promise<ClaimsDb> | null = null;
let loadingBundle: Promise<void> | null = null;

async function fetchBundledPack(): Promise<unknown> {
  // An extension-internal file; no network request leaves the machine.
  const res = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH as '/data/claims-pack.json'));
  if (!res.ok) throw new Error(`bundled data missing: ${res.status}`);
  return res.json();
}

export function installBundledData(db: ClaimsDb): Promise<void> {
  loadingBundle ??= fetchBundledPack()
    .then((pack) => loadBundledData(db, pack))
    .then(() => undefined)
    .finally(() => {
      loadingBundle = null;
    });
  return loadingBundle;
}

export function database(): Promise<ClaimsDb> {
  opening ??= (async () => {
    const db = await openClaimsDb();
    if ((await bundledDataVersion(db)) === null) await installBundledData(db);
    return db;
  })().catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}
