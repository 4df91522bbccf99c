/**
 * Sentence spans over normalised text. Rules look for a count and its harm word inside one
 * sentence and for an attribution in the same or the previous one, so a boundary in the wrong
 * place costs a claim while a missing one can join unrelated figures.
 */

export interface Span {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen maj lt col capt sgt cpl adm gov sen rep st mt ft jr sr no nos vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ fig pp cf al'
  ).split(' '),
);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// ("…Global Terrorists.The targeted cartels are …": text joined from blocks may lose the space
// after a full stop; a word of two or more lower-case letters, then a capitalised word, is still
// a boundary. "U.S.Army", "St.Louis" and "e.g.The" are not.)
const BOUNDARY = /[.!?]+["')\]]*(?=\s)|\n|(?<=[a-z]{2})\.(?=[A-Z][a-z])/g;

// Character tests by code, not by a regex per character (the hot loops below).
/** Exactly the characters /\s/ matches (JavaScript's WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const LETTER_OR_DOT = /[\p{L}.]/u;
/** Whether text[i] matches /[\p{L}.]/u (ASCII without a regex). */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(text[i]);
}

const STARTS_SENTENCE_RE = /[\p{Lu}\d"'(\n[]/u;
/** Whether `next` (one character) matches /[\p{Lu}\d"'(\n[]/u: may a sentence start with it. */
function startsSentence(next: string): boolean {
  const c = next.charCodeAt(0);
  if (c < 128) {
    return (
      (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 10 || c === 91
    );
  }
  return STARTS_SENTENCE_RE.test(next);
}

const CONTINUES_LINE_RE = /[\p{Ll}\d(]/u;
/** Whether `next` (one character) matches /[\p{Ll}\d(]/u: may a wrapped line go on with it. */
function continuesLine(next: string): boolean {
  const c = next.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 40;
  return CONTINUES_LINE_RE.test(next);
}

function isAbbreviation(text: string, dot: number): boolean {
  // The word right before the period.
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(text, i)) i--;
  const word = text.slice(i + 1, dot);
  if (word === '') return false;
  if (word.includes('.')) return true; // U.S., L.C., a.m.
  // Initials ("J. Smith"), but not the end of a hyphenated acronym ("the DHKP-C. The group …").
  if (word.length === 1 && /[A-Z]/.test(word)) return text[i] !== '-';
  return word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const after = m.index + m[0].length;
    // Next visible character decides whether a new sentence starts.
    let j = after;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    const next = text[j] ?? '';
    if (m[0] === '\n') {
      if (next === '\n') {
        push(m.index);
        start = after;
        continue;
      }
      let p = m.index - 1;
      while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
      const prev = text[p] ?? '';
      // A line wrapped mid-sentence continues in lower case or with a number.
      if (continuesLine(next) && !/[.!?:"]/.test(prev)) continue;
      push(m.index);
      start = after;
      continue;
    }
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    if (next !== '' && !startsSentence(next)) continue;
    push(after);
    start = after;
  }
  push(text.length);
  return spans;
}
