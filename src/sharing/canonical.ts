/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as JSON.stringify writes them. Hashes and signatures
 * are taken over this text so that re-serialising a pack (pretty-printing,
 * key order) does not change them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; they are dropped from objects below.
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}
