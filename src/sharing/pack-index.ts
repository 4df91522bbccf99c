/**
 * A pack index: the small JSON file a subscription URL may serve instead of
 * a pack, pointing to the current full pack and to deltas that bring older
 * versions up to date (docs/pack-format.md, "Subscriptions"):
 *
 *   {"claimcheckPackIndex":1,"id":"team","name":"…","version":"v3",
 *    "full":{"url":"team-v3.jsonl","sha256":"…"},
 *    "deltas":[{"baseVersion":"v2","url":"team-v2-to-v3.jsonl"}]}
 *
 * URLs are relative to the index and must stay on its origin: the extension
 * holds host permission for that origin only.
 */

export const PACK_INDEX_VERSION = 1;

export interface PackIndexEntry {
  url: string;
  sha256?: string;
}

export interface PackIndex {
  claimcheckPackIndex: number;
  id: string;
  name: string;
  version: string;
  full: PackIndexEntry;
  deltas: (PackIndexEntry & { baseVersion: string })[];
}

/** True when the start of a response is an index rather than a pack. */
export function looksLikeIndex(head: string): boolean {
  return /^\s*\{\s*"claimcheckPackIndex"\s*:/.test(head.replace(/^\uFEFF/, ''));
}

function str(o: Record<string, unknown>, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== 'string' || !v) throw new Error(`pack index: ${where}"${k}" must be a non-empty string`);
  return v;
}

/** Validates an index and resolves its URLs against `base`; throws with the reason. */
export function readPackIndex(json: unknown, base: string): PackIndex {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('pack index: not a JSON object');
  const o = json as Record<string, unknown>;
  const v = o.claimcheckPackIndex;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new Error('pack index: "claimcheckPackIndex" must be a format version ≥ 1');
  if (v > PACK_INDEX_VERSION)
    throw new Error(`pack index format ${v} is newer than this extension reads; update ClaimCheck`);
  const origin = new URL(base).origin;
  const resolve = (u: string, where: string) => {
    const url = new URL(u, base);
    if (url.origin !== origin)
      throw new Error(`pack index: ${where} is on ${url.origin}, not on the index's origin ${origin}`);
    return url.href;
  };
  const full = o.full as Record<string, unknown> | undefined;
  if (!full || typeof full !== 'object') throw new Error('pack index: "full" must be {url}');
  const deltas = o.deltas ?? [];
  if (!Array.isArray(deltas)) throw new Error('pack index: "deltas" must be a list');
  return {
    claimcheckPackIndex: v,
    id: str(o, 'id', ''),
    name: typeof o.name === 'string' && o.name ? o.name : str(o, 'id', ''),
    version: str(o, 'version', ''),
    full: {
      url: resolve(str(full, 'url', 'full.'), 'the full pack'),
      ...(typeof full.sha256 === 'string' ? { sha256: full.sha256 } : {}),
    },
    deltas: deltas.map((d: Record<string, unknown>, i) => ({
      baseVersion: str(d, 'baseVersion', `deltas[${i}].`),
      url: resolve(str(d, 'url', `deltas[${i}].`), `deltas[${i}]`),
      ...(typeof d.sha256 === 'string' ? { sha256: d.sha256 } : {}),
    })),
  };
}
