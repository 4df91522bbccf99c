/**
 * What every frame builds its claim with: the hit (CasualtyHit, hit) and its offsets, the harm
 * category of a match's groups, the checks on a harm word after a subject count (harmTailOk: an
 * active verb, people found safe or returned home, a forecast), and a sentence's harm stems and
 * aside marks (Cues), which let a frame skip a window that holds no harm phrase.
 */
import type { CasualtyCategory, Approx } from './types';
import { hasHarmStem } from './harm-stems';
import type { Count } from './counts';
import { HARM_PHRASE_EXTRA_STEMS, HARM_STEM_WORDS, prefixTrie } from './lexicon';
import {
  PART_OF_THEM,
  COUNTED_PART_OF_THEM,
  SHARE_ASIDE,
  OR_SHARE_ASIDE,
  ASIDE_MEMBER_START,
} from './casualty-phrases';
import { whoOf } from './casualty-people';

export interface CasualtyHit {
  start: number;
  end: number;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approx: Approx;
  who: string | null;
  /** Which frame found it; tallies lean on an earlier hit. */
  frame: 'subject' | 'noun' | 'object' | 'toll' | 'tally' | 'coordinated';
  /** Offset where a following tally may start (after the hit's noun phrase). */
  tailEnd: number;
}

/** "2 missing men found alive": the people noun, then the state that ends the claim. */
const NO_LONGER_AFTER_NOUN_RE =
  /^\s+(?:\p{L}+\s+){1,2}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:found|located|rescued)\s+(?:alive|safe)\b/iu;
const FOUND_LATER_RE =
  /\b(?:have|has|had|were|was)\s+(?:since\s+|now\s+|all\s+|later\s+)?(?:been\s+)?(?:found|located|rescued)\s+(?:alive|safe)\b/i;
/** People reported missing who have since turned up are no longer a claim. */
export const FOUND_SAFE_RE =
  /^\s+(?:have|had|were|has)\s+(?:since\s+|now\s+|all\s+)?(?:been\s+)?(?:located|found\s+(?:alive|safe)|rescued|reunited|accounted|confirmed\s+safe)/iu;

export function groupCategory(
  groups: Record<string, string | undefined> | undefined,
): CasualtyCategory | null {
  if (!groups) return null;
  for (const c of ['killed', 'injured', 'missing', 'displaced', 'casualties'] as const) {
    if (groups[c] !== undefined) return c;
  }
  return null;
}

// A harm verb directly followed by an object count or determiner is active: the count before
// it is the agent ("three airstrikes killed 12 people"), not the victims.
// A qualifier counts only before a number: "two wounded over the weekend" is no object; nor is
// a time ("1,060 soldiers had been killed the previous day").
export const ACTIVE_OBJECT_RE =
  /^\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+dozen|dozens|hundreds|thousands|scores|several)\b)|\d|the\b(?!\s+(?:(?:previous|following|next|same|past|last|preceding)\s+(?:day|night|morning|evening|afternoon|week|weekend|month|year|\d|few|two|three)|day\s+(?:before|after)|night|morning|evening|afternoon|weekend)\b)|a\b|an\b|his\b|her\b|their\b|dozens|hundreds|thousands|scores|several|two|three|four|five|six|seven|eight|nine|ten)/iu;

export function hit(
  c: Count,
  start: number,
  end: number,
  category: CasualtyCategory,
  frame: CasualtyHit['frame'],
  np?: string,
  tailEnd = end,
): CasualtyHit {
  return {
    start,
    end,
    category,
    min: c.min,
    max: c.max,
    approx: c.approx,
    who: whoOf(np),
    frame,
    tailEnd,
  };
}

/** Whether `at` lies inside a parenthesis opened at most 60 characters before it. */
export function insideParenthesis(s: string, at: number): boolean {
  const open = s.lastIndexOf('(', at);
  return open >= 0 && at - open <= 60 && s.indexOf(')', open) >= at;
}

/** Offset in the sentence where the `verb` group of a tail match on `before` starts. */
export function verbStart(countStart: number, m: RegExpExecArray): number {
  return countStart - (m.groups?.ws ?? '').length - (m.groups?.verb ?? '').length;
}

/** Widen a quote start over a preceding article ("the death toll …"). */
export function withArticle(s: string, start: number): number {
  const from = Math.max(0, start - 8);
  const m = /(?:the|a|an)\s+$/i.exec(s.slice(from, start));
  if (!m) return start;
  const at = from + m.index;
  return at > 0 && /[\p{L}]/u.test(s[at - 1]) ? start : at;
}

/** What `/\S+$/` matches in `text` ('' when it ends in a space), without trying every start. */
export function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i);
}

/** The harm word that ends a subject match, without a quote mark before it ("are “missing”"). */
export function harmWord(matched: string): string {
  return lastWord(matched).replace(/^["“]/, '');
}

export const RETURNED_RE =
  /^(?:\s+\p{L}+){0,2}?\s+(?:(?:have|has|had|were|are)\s+)?(?:since\s+|now\s+|already\s+|all\s+)?(?:returned|gone\s+back|went\s+back|been\s+allowed\s+(?:to\s+)?(?:return|back))\b/iu;

/** What a count of the dead found or buried names: bodies, corpses, cadavers. */
const BODY_NOUN_RE = /bod(?:y|ies)|corpses|cadavers/i;

/** Checks on a harm word that follows a subject count; `end` is where the harm word ends. */
export function harmTailOk(s: string, end: number, matched: string): boolean {
  const harm = harmWord(matched).toLowerCase();
  if (/^(?:killed|wounded|injured|murdered|massacred|displaced|evacuated|hurt)$/.test(harm)) {
    // "killed" with an object after it is active; the count was the agent.
    if (ACTIVE_OBJECT_RE.test(s.slice(end, end + 20))) return false;
  }
  // "killed at least 50 civilians waiting to be evacuated": an evacuation still to come.
  if (
    /^(?:displaced|evacuated|relocated)$/.test(harm) &&
    /\b(?:waiting|wait|waited|due|scheduled|set|yet|about|hoping)\s+to\s+be\s+(?:\p{L}+\s+)?\S+$/iu.test(
      matched,
    )
  )
    return false;
  // "Two gunmen shot a policeman", "… shot dead a guard": without an auxiliary, the shooters.
  if (
    /^(?:shot|stabbed|dead)$/.test(harm) &&
    !/\b(?:were|was|are|is|been|being|got)\b/i.test(matched) &&
    (harm !== 'dead' || /\bshot\s+dead$/i.test(matched)) &&
    ACTIVE_OBJECT_RE.test(s.slice(end, end + 20))
  )
    return false;
  // "30,000 evacuated villagers have returned": displaced no longer.
  if (
    /^(?:displaced|evacuated|fled|homeless|uprooted)$/.test(harm) &&
    RETURNED_RE.test(s.slice(end, end + 60))
  )
    return false;
  if (FOUND_SAFE_RE.test(s.slice(end, end + 60)) || NO_LONGER_AFTER_NOUN_RE.test(s.slice(end, end + 60)))
    return false;
  // "Three hikers feared dead after the avalanche … were found alive": the clause ends the claim.
  if (
    /\b(?:presumed|feared|believed|thought)\b/i.test(matched) &&
    FOUND_LATER_RE.test(s.slice(end, end + 200).split(';')[0])
  )
    return false;
  // Headline present "12 die in blast", "Thousands flee fire"; with a modal or "to" it is a
  // forecast ("could die", "are expected to flee").
  if (
    (harm === 'die' || harm === 'vanish' || (harm === 'flee' && !/forced\s+to\s+flee$/i.test(matched))) &&
    /\b(?:could|would|may|might|will|can|should|to|not)\b/i.test(matched)
  )
    return false;
  // "up to 1,000 of the children injured will have a lifelong disability": a forecast about them.
  if (/^\s+(?:will|would|could)\s+(?!have\s+(?:been|died))/i.test(s.slice(end, end + 24))) return false;
  // "recovered" only counts the dead when bodies are what was recovered.
  const bodies = BODY_NOUN_RE.test(matched);
  if (/recovered|retrieved|pulled/i.test(harm) && !bodies) return false;
  if (/buried/i.test(harm) && !bodies && !/victims|dead|were|people/i.test(matched)) return false;
  // "Hundreds of people remain buried under rubble": trapped, not counted dead (docs/CLAIMS.md).
  if (
    harm === 'buried' &&
    /\b(?:remain(?:s|ed|ing)?|still)\b/i.test(matched) &&
    !bodies &&
    !/dead/i.test(matched)
  )
    return false;
  return true;
}

/**
 * Where harm stems start, those of HARM_PHRASE_EXTRA_STEMS included: the frames skip a count
 * with no harm phrase in reach.
 */
const STEM_SCAN_RE = new RegExp(`\\b(?:${prefixTrie(HARM_STEM_WORDS)}|${HARM_PHRASE_EXTRA_STEMS})`, 'gi');
/** Where an aside may open after a subject: ASIDE_OPEN_RE's mark, without its closing \b. */
const ASIDE_MARK_RE = new RegExp(
  `(?:,|\\s[—–-]|[—–])\\s*["“]?(?:including|among\\s+them|among\\s+whom|of\\s+whom|${PART_OF_THEM}|both|all|mostly|mainly|aged|${SHARE_ASIDE}|${OR_SHARE_ASIDE}|${COUNTED_PART_OF_THEM})|(?:\\s[—–-]|[—–])\\s*${ASIDE_MEMBER_START}`,
  'giu',
);

/**
 * Harm stems of a sentence: a stem that starts at `p` inside a phrase that a frame's regex
 * matches (in a window of the sentence) is found here at `p`, so "no stem in the window" means
 * "no match" and the regex need not run.
 */
export class Cues {
  private asides: number[] | null = null;
  constructor(
    readonly s: string,
    private readonly stems: number[],
  ) {}

  /** Where the first stem at or after `from` starts, or -1. */
  firstStem(from: number): number {
    for (const p of this.stems) if (p >= from) return p;
    return -1;
  }

  /** Whether a stem starts at an offset in [from, to). */
  stemIn(from: number, to: number): boolean {
    for (const p of this.stems) if (p >= from && p < to) return true;
    return false;
  }

  /** Whether an aside mark starts at an offset in [from, to). */
  asideIn(from: number, to: number): boolean {
    if (this.asides === null) {
      this.asides = [];
      ASIDE_MARK_RE.lastIndex = 0;
      for (let m = ASIDE_MARK_RE.exec(this.s); m; m = ASIDE_MARK_RE.exec(this.s)) this.asides.push(m.index);
    }
    for (const p of this.asides) if (p >= from && p < to) return true;
    return false;
  }
}

/** The sentence's cues, or null when it has no harm stem (and so no claim). */
export function cuesOf(s: string): Cues | null {
  // A sentence without a harm stem holds no claim; most sentences of a page have none.
  if (!hasHarmStem(s)) return null;
  const stems: number[] = [];
  STEM_SCAN_RE.lastIndex = 0;
  for (let m = STEM_SCAN_RE.exec(s); m; m = STEM_SCAN_RE.exec(s)) stems.push(m.index);
  return new Cues(s, stems);
}
