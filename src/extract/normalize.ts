/**
 * Page text carries characters that break pattern matching without changing what a reader
 * sees: zero-width spaces, soft hyphens, non-breaking spaces, curly quotes. Rules run on a
 * normalised copy; `toOriginal` maps its offsets back so quotes are exact slices of the input.
 */

// Dropped because they are invisible: soft hyphen, zero-width space/joiners, word joiner, BOM.
// A spaced double hyphen is a typewriter's dash ("the PKK -- listed as … -- has"): one em dash.
// A hashtag's mark is dropped: police copy tags its words ("02 LeT #terrorists have been #killed").
// Every alternative opens with a literal character, the lookbehinds after it: the scan skips
// to candidate characters instead of testing a lookbehind at every position. (The zero-width
// joiner stays out of the class: inside one it would join the characters around it.)
// A count in brackets before its noun ("(1505) civilians were killed", as Myanmar's AAPP writes
// figures) loses its brackets; a figure echoing the words before it ("two (2) officers") keeps them.
const NUMBER_WORD_END =
  'one two three four five six seven eight nine ten eleven twelve teen ty hundred thousand million'
    .split(' ')
    .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
    .join('|');
const COUNTED_NOUN = String.raw`(?:\p{Ll}+s|people|children|men|women)\b`;
const SPECIAL = new RegExp(
  String.raw`[\u00ad\u200b\u200c\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\u2018\u2019\u02bc\u2032\u201c\u201d\u201e\u00ab\u00bb\r\u2010\u2011]|\u200d|--(?<=\s--)(?=\s)|#(?<![A-Za-z0-9&#]#)(?=[A-Za-z])|\((?=\d[\d,]*\)\s+${COUNTED_NOUN})(?<!(?:${NUMBER_WORD_END})\s\()|\)(?<=\(\d[\d,]*\))(?<!(?:${NUMBER_WORD_END})\s\(\d[\d,]*\))(?=\s+${COUNTED_NOUN})`,
  'gu',
);

function replacement(ch: string): string {
  switch (ch) {
    case '\u00ad':
    case '\u200b':
    case '\u200c':
    case '\u200d':
    case '\u2060':
    case '\ufeff':
    case '#':
    case '(':
    case ')':
      return '';
    case '\u2018':
    case '\u2019':
    case '\u02bc':
    case '\u2032':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u00ab':
    case '\u00bb':
      return '"';
    case '\r':
      return '\n';
    case '\u2010':
    case '\u2011':
      return '-';
    case '--':
      return '\u2014';
    default:
      return ' '; // the remaining specials are spaces
  }
}

export interface Normalized {
  text: string;
  /** Offset in the original for each offset in `text` (length text.length + 1). Read-only: may be shared. */
  toOriginal: Int32Array;
}

/** Identity offsets 0…length, shared and grown on demand (callers only read the map). */
let identity = new Int32Array(0);
function identityMap(length: number): Int32Array {
  if (identity.length < length + 1) {
    identity = new Int32Array(Math.max(length + 1, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length + 1);
}

export function normalize(input: string): Normalized {
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(input);
  // Fast path: most text has nothing to replace, and its map is the identity.
  if (!m) return { text: input, toOriginal: identityMap(input.length) };
  const parts: string[] = [];
  const map = new Int32Array(input.length + 1);
  let n = 0; // length of normalised text so far
  let last = 0; // next unread offset in the input
  const ident = identityMap(input.length);
  const copyUpTo = (end: number): void => {
    // A run of unchanged characters maps to consecutive offsets: one block copy.
    if (end > last) {
      map.set(ident.subarray(last, end), n);
      n += end - last;
    }
    parts.push(input.slice(last, end));
  };
  // A dropped opening bracket: the figure after it maps back to it, so a quote keeps both brackets.
  let bracketAt = -1;
  for (; m; m = SPECIAL.exec(input)) {
    const from = n;
    copyUpTo(m.index);
    if (bracketAt >= 0 && n > from) map[from] = bracketAt;
    bracketAt = m[0] === '(' ? m.index : -1;
    const rep = replacement(m[0]);
    if (rep !== '') {
      parts.push(rep);
      map[n++] = m.index;
    }
    last = m.index + m[0].length;
  }
  copyUpTo(input.length);
  map[n] = input.length;
  return { text: parts.join(''), toOriginal: map.subarray(0, n + 1) };
}
