/**
 * Deterministic row ids: the same source record always gets the same id, so
 * importing a file twice upserts instead of duplicating.
 */

/** 64-bit FNV-1a of the parts (joined by U+001F), as base-36; readable prefix kept. */
export function stableId(prefix: string, ...parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  const s = parts.join('\u001f');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${prefix}:${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
