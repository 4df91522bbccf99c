/**
 * Runs the extractor paragraph by paragraph with a cache keyed by the
 * paragraph's text (and the tail of the one before, where a source may be
 * named), so text the page re-renders or re-inserts is never extracted twice.
 * A cache entry also keeps what a rescan would otherwise recompute: the
 * paragraph's id and each claim's sentence.
 */
import type { Claim, ExtractOptions } from '../extract/types';
import { isSpace } from '../extract/sentences';

/** How much of the previous paragraph is kept as context ("…, the ministry said."). */
const CONTEXT_CHARS = 300;
/**
 * Oversized paragraphs are cut at sentence ends so one extraction stays short: a paragraph is
 * extracted in one call, which the scanner cannot slice, and its cost grows faster than its
 * length (passage-level passes look across the whole unit). On claim-dense news text (the dev
 * corpus's passages run together), one call on 20,000 characters took 45 ms (median) to 76 ms
 * in Node on this machine; on 4,000, 3 ms and at most about 22 ms. A cut unit gets the sentence
 * before the cut as its context, so a group named further back is out of its reach: on the
 * bench's meeting record (page.long_paragraphs) 683 claims against 689 with 20,000.
 */
export const MAX_UNIT_CHARS = 4_000;
/**
 * Entries a scan may add before the older generation is dropped anyway (a page
 * rescanned many times without a scan ever completing). 50,000 paragraphs is
 * several times a 500,000-word page.
 */
const GENERATION_LIMIT = 50_000;

export interface TextUnit {
  start: number;
  end: number;
}

/** Splits collected text into paragraphs (at "\n"), cutting very long ones at sentence ends. */
export function splitUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let s = pos;
    while (end - s > MAX_UNIT_CHARS) {
      const window = text.slice(s, s + MAX_UNIT_CHARS);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const at = cut > MAX_UNIT_CHARS / 2 ? s + cut + 2 : s + MAX_UNIT_CHARS;
      units.push({ start: s, end: at });
      s = at;
    }
    if (end > s) units.push({ start: s, end });
    pos = end + 1;
  }
  return units;
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41; // " ” ’ )

/**
 * Where the last sentence before `end` starts, looking back at most to `from`:
 * just after the last /[.!?]["”’)]?\s+/ that the next sentence's first
 * character follows (a line break right before `end` does not count), or `from`.
 * Scans backwards over the flat page text, so only the last sentence is read.
 */
export function lastSentenceStart(text: string, from: number, end: number): number {
  const limit = end > from && text.charCodeAt(end - 1) === 10 ? end - 1 : end;
  // The rightmost sentence end gives the rightmost cut: look back for [.!?] only.
  for (let p = limit - 2; p >= from; p--) {
    if (!isStop(text.charCodeAt(p))) continue;
    let q = p + 1;
    if (isCloser(text.charCodeAt(q)) && q + 1 < limit && isSpace(text.charCodeAt(q + 1))) q++;
    if (!isSpace(text.charCodeAt(q))) continue;
    while (q < limit && isSpace(text.charCodeAt(q))) q++;
    if (q < limit) return q;
  }
  return from;
}

/**
 * How far back a footnote ("*terrorist organisations banned in Russia") reads: the names it
 * explains are starred anywhere in the article above it.
 */
const FOOTNOTE_CONTEXT_CHARS = 6000;

/**
 * Where a unit's context starts: the last sentence of what precedes it, within CONTEXT_CHARS;
 * for a footnote, the article above it.
 */
function contextStart(text: string, start: number): number {
  if (start === 0) return 0;
  if (text.charCodeAt(start) === 42 /* '*' */) {
    const from = Math.max(0, start - FOOTNOTE_CONTEXT_CHARS);
    const word = from === 0 ? 0 : text.indexOf(' ', from) + 1;
    return word > 0 && word < start ? word : from;
  }
  return lastSentenceStart(text, Math.max(0, start - CONTEXT_CHARS), start);
}

/** What the extractor sees for one unit: the previous paragraph's last sentence, then the unit. */
export function unitInput(text: string, unit: TextUnit): { context: string; body: string } {
  return {
    context: text.slice(contextStart(text, unit.start), unit.start),
    body: text.slice(unit.start, unit.end),
  };
}

/** FNV-1a of text[start, end), read from the flat page text: a short, stable id for a paragraph. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The sentence of `paragraph` holding [start, end), for cross-referencing: from
 * after the last /[.!?]["”’)]?\s+/ before `start` to the first [.!?] at or after
 * `end` that a closing quote or bracket, whitespace or the paragraph's end
 * follows; trimmed. Scans outwards from the claim, so a long paragraph costs
 * no more than its sentence.
 */
export function sentenceAround(paragraph: string, start: number, end: number): string {
  let s = 0;
  for (let p = start - 2; p >= 0; p--) {
    if (!isStop(paragraph.charCodeAt(p))) continue;
    let q = p + 1;
    if (isCloser(paragraph.charCodeAt(q)) && q + 1 < start && isSpace(paragraph.charCodeAt(q + 1))) q++;
    if (!isSpace(paragraph.charCodeAt(q))) continue;
    while (q < start && isSpace(paragraph.charCodeAt(q))) q++;
    s = q;
    break;
  }
  let e = paragraph.length;
  const n = paragraph.length;
  for (let k = end; k < n; k++) {
    if (!isStop(paragraph.charCodeAt(k))) continue;
    const next = k + 1;
    if (next === n || isSpace(paragraph.charCodeAt(next))) {
      e = next;
      break;
    }
    if (isCloser(paragraph.charCodeAt(next)) && (next + 1 === n || isSpace(paragraph.charCodeAt(next + 1)))) {
      e = next;
      break;
    }
  }
  return paragraph.slice(s, e).trim();
}

/** One unit's claims with offsets into the whole collected text. */
export interface UnitClaims {
  /** The paragraph's id: stable while its text is unchanged. */
  id: string;
  paragraph: string;
  claims: Claim[];
  /** The sentence around each claim. */
  sentences: string[];
}

/**
 * A copy of `s` that shares no memory with the string it was sliced from: V8 and
 * SpiderMonkey keep a slice as a view into its parent (here, a whole page's text,
 * one per scan), but flatten a concatenation into a fresh buffer before slicing it.
 */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** A cache entry for a paragraph with claims. */
interface UnitEntry {
  /** What the extractor saw (the context, then the paragraph), a copy. */
  input: string;
  id: string;
  paragraph: string;
  /** The extractor's claims that lie in the paragraph, as it returned them: offsets into `input`. */
  claims: Claim[];
  sentences: string[];
  /** The context's length: an offset into `input` minus this is one into `paragraph`. */
  contextLength: number;
}

/**
 * What the cache holds for a paragraph: its entry, or for one without claims a
 * string: its key when that is a copy, '' when the key is a slice of a page text.
 */
type Cached = UnitEntry | string;

export interface ParagraphExtractorOptions extends ExtractOptions {
  /**
   * The extractor: the page's (src/page/page-extractor.ts), extractClaims in tests, or what
   * a benchmark stands in for it.
   */
  extract: (text: string, options: ExtractOptions) => Claim[];
}

export class ParagraphExtractor {
  /**
   * Keyed by what the extractor saw — the context and the paragraph, one
   * stretch of the page text: the entries used since the last completed scan,
   * and those of the scan before. The lookup is by a slice of the page text (no
   * copy); the engine hashes strings natively, faster than any hash script
   * could compute, and a hit compares the whole text, so no two inputs are ever
   * confused.
   *
   * A slice keeps the whole page text alive, so a generation's keys are slices
   * of one page text at most: that of its first scan (see beginScan). Any other
   * scan of the generation keys by copies.
   */
  private current = new Map<string, Cached>();
  private previous = new Map<string, Cached>();
  /** Whether keys are slices of the text being scanned (beginScan). */
  private sliceKeys = false;
  /** Number of extractor runs, so tests can see that nothing is extracted twice. */
  extractions = 0;
  /** Paragraphs the extractor failed on (their claims are lost, the scan goes on). */
  failures = 0;
  /** The options handed to the extractor, `from` set per call (one object, not one per paragraph). */
  private readonly options: ExtractOptions & { from: number };
  private readonly run: (text: string, options: ExtractOptions) => Claim[];

  constructor({ extract, ...options }: ParagraphExtractorOptions) {
    this.options = { ...options, from: 0 };
    this.run = extract;
  }

  /**
   * A scan begins: until endScan, claimsOf is called with one page text. If the
   * generation is still empty (no scan was cancelled since the last completed
   * one), its entries are keyed by slices of that text: the cache keeps one page
   * text alive instead of a copy of every paragraph, and no key is hashed twice.
   * Without beginScan, or after a cancelled scan, keys are copies.
   */
  beginScan(): void {
    this.sliceKeys = this.current.size === 0;
  }

  /** Claims of one unit, with offsets into the whole collected text; null when it has none. */
  claimsOf(text: string, unit: TextUnit): UnitClaims | null {
    const { start, end } = unit;
    const from = contextStart(text, start);
    // The context and the unit are one stretch of the text: its slice is the key, no copy.
    const input = text.slice(from, end);
    let entry = this.current.get(input);
    if (entry === undefined) {
      // The first scan has no previous generation: no second lookup.
      entry = this.previous.size > 0 ? this.previous.get(input) : undefined;
      if (entry !== undefined) this.previous.delete(input);
      else {
        // The extractor reads a copy: the claims it returns slice that, not the page text.
        const own = detach(input);
        entry = this.extract(own, start - from, text, unit) ?? (this.sliceKeys ? '' : own);
      }
      if (this.current.size >= GENERATION_LIMIT) this.endScan();
      if (this.sliceKeys) this.current.set(input, entry);
      else {
        if (entry === '') entry = detach(input);
        this.current.set(typeof entry === 'string' ? entry : entry.input, entry);
      }
    }
    if (typeof entry === 'string') return null;
    const { claims } = entry;
    const shift = start - entry.contextLength;
    const moved: Claim[] = [];
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i];
      moved.push({ ...c, start: c.start + shift, end: c.end + shift });
    }
    return { id: entry.id, paragraph: entry.paragraph, claims: moved, sentences: entry.sentences };
  }

  /**
   * A scan has seen the whole page: what it did not use is gone from the page
   * and leaves the cache (what it used stays for the next scan).
   */
  endScan(): void {
    this.previous = this.current;
    this.current = new Map();
    this.sliceKeys = false;
  }

  /** Forgets every paragraph: the extractor's rules changed. */
  clear(): void {
    this.previous = new Map();
    this.current = new Map();
    this.sliceKeys = false;
  }

  /** Extracts `input` (`contextLength` characters of context, then the unit) once; null when the unit has no claims. */
  private extract(input: string, contextLength: number, text: string, unit: TextUnit): UnitEntry | null {
    this.extractions++;
    const options = this.options;
    options.from = contextLength;
    let found: Claim[];
    try {
      found = this.run(input, options);
    } catch (error) {
      // A rule that fails on one paragraph costs that paragraph's claims, never the scan of the
      // rest of the page; the failure is kept for the console (text stays on the machine).
      this.failures++;
      console.warn('ClaimCheck: the extractor failed on one paragraph', error);
      return null;
    }
    // Whether or not the extractor skips the context's claims itself, none is kept.
    let claims: Claim[] | null = null;
    for (let i = 0; i < found.length; i++) {
      if (found[i].start < contextLength) continue;
      if (claims === null) claims = [];
      claims.push(found[i]);
    }
    if (claims === null) return null;
    const paragraph = input.slice(contextLength);
    const sentences: string[] = [];
    for (const c of claims)
      sentences.push(sentenceAround(paragraph, c.start - contextLength, c.end - contextLength));
    return {
      input,
      id: hashRange(text, unit.start, unit.end).toString(36),
      paragraph,
      claims,
      sentences,
      contextLength,
    };
  }
}
