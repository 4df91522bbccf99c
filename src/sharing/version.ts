/**
 * The order of pack versions (docs/pack-format.md, "Versions"): a version is
 * read as fields, each a run of digits or a run of letters; anything else
 * (dots, dashes, spaces) only separates them. Fields compare left to right:
 * digits as numbers (so 10 > 9 and 02 = 2), letters alphabetically ignoring
 * case, and a number is newer than letters in the same place. When every
 * field of the shorter version equals the longer one's, the longer one is
 * newer: 2026.12.02 < 2026.12.02-1 < 2026.12.02-2 < 2026.12.10, v9 < v10.
 */

const FIELD = /\d+|\p{L}+/gu;

function fields(version: string): string[] {
  return version.toLowerCase().match(FIELD) ?? [];
}

function isDigits(field: string): boolean {
  const c = field.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when they name the same version. */
export function compareVersions(a: string, b: string): number {
  const fa = fields(a);
  const fb = fields(b);
  for (let i = 0; i < Math.min(fa.length, fb.length); i++) {
    const x = fa[i];
    const y = fb[i];
    const dx = isDigits(x);
    const dy = isDigits(y);
    let c: number;
    if (dx && dy) c = compareNumbers(x, y);
    else if (dx !== dy) c = dx ? 1 : -1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return Math.sign(fa.length - fb.length);
}
