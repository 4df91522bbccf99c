/**
 * Whether words name people: a noun phrase's head word, people nouns, demonyms and agent nouns
 * (looksLikePeople, namesPeople, isPeopleHead), how much of a text names people (peopleLength),
 * counts of things ("two mosques"), and the `who` a claim reports (whoOf).
 */
import type { CasualtyCategory } from './types';
import type { Count } from './counts';
import { GENERIC_PEOPLE, NON_PEOPLE, PEOPLE_HEADS } from './lexicon';
import { STOP_WORDS, NUMWORD } from './casualty-phrases';

export const OF_PEOPLE_HEADS = new Set([...PEOPLE_HEADS, ...GENERIC_PEOPLE].map((w) => w.toLowerCase()));

export function headWord(np: string): string {
  const beforePrep = np.split(/\s+(?:from|in|on|at|across|inside|near|of|with|for)\s+/i)[0];
  const words = beforePrep.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
}

/**
 * Troops are people when they die, are hurt or go missing, not when they are moved; so are
 * "18 security forces have been killed" (Indian usage for their personnel).
 */
const HARMED_TROOPS = new Set(['troops', 'forces']);

export function looksLikePeople(np: string | undefined, category?: CasualtyCategory): boolean {
  if (!np) return true;
  if (
    category !== undefined &&
    category !== 'displaced' &&
    /troops|forces/i.test(np) &&
    HARMED_TROOPS.has(headWord(np))
  )
    return looksLikePeople(np.replace(/\b(?:troops|forces)\b/gi, 'soldiers'));
  const beforePrep = np.split(/\s+(?:from|in|on|at|across|inside|near|of|with|for)\s+/i)[0];
  const words = beforePrep.toLowerCase().split(/[\s,]+/);
  // "soldiers and some weapons remained missing": people listed first, then things that shared
  // their fate; the count before them counts the people.
  const and = words.indexOf('and');
  if (and > 0 && category !== undefined && !words.slice(0, and).some((w) => NON_PEOPLE.has(w))) {
    const first = words[and - 1].replace(/['’]s$/, '');
    if (PEOPLE_HEAD_SET.has(first) && !GENERIC_PEOPLE.has(first) && !/,/.test(beforePrep)) return true;
  }
  let armed = false;
  let people = false;
  for (const word of words) {
    const w = word.replace(/['’]s$/, '');
    if (NON_PEOPLE.has(w)) {
      if (w !== 'troops' && w !== 'forces') return false;
      armed = true;
    } else if (PEOPLE_HEAD_SET.has(w)) people = true;
  }
  // "security forces members", "troops personnel": a force that modifies a people head names
  // its people.
  const head = words[words.length - 1].replace(/['’]s$/, '');
  if (armed && PEOPLE_HEAD_SET.has(head) && !NON_PEOPLE.has(head)) return true;
  // "farmers, troops and police": armed men listed with people are people too.
  return !armed || (people && /,|\sand\s/.test(beforePrep));
}

// ("243 women all killed": a floating quantifier is no part of who either.)
const TRAILING_ADVERBS_RE =
  /(?:\s+(?:(?!(?:family|ally|rally|assembly|supply|elderly|orderly|deputy)\b)\p{Ll}{2,}ly|all|both|each))+$/u;

/** `who` is the people noun phrase, unless it only says "people". */
const PLACE_PEOPLE = new Set(['residents', 'inhabitants']);
const PARTICIPLE_WORDS = new Set(['made', 'left', 'forced', 'driven', 'taken', 'put', 'sent', 'kept']);

export function whoOf(np: string | undefined): string | null {
  if (!np) return null;
  // "8 people critically injured": an adverb of the harm is not part of who.
  const trimmed = np
    .replace(/^(?:of\s+)?(?:them|whom)(?:\s+|$)/i, '')
    // "Six out of 40 people injured … died": who they were is the set's people, not the ratio.
    .replace(/^out\s+of\s+(?:the\s+)?[\d,]+\s+/i, '')
    .replace(TRAILING_ADVERBS_RE, '')
    // "11 migrants washed ashore": what happened to them is not who they were.
    // ("four million people forced to flee": so is what they were made to do.)
    .replace(/(?<=\p{Ll}s|\bpeople)\s+\p{Ll}+ed(?:\s+(?:ashore|up|out|away|off|down|back|dead))?$/u, '')
    // ("50 civilians waiting to be evacuated": so is what they were doing.)
    .replace(
      /(?<=\p{Ll}s|\bpeople)\s+(?!(?:during|including|following|concerning|regarding)$)\p{Ll}{3,}ing$/u,
      '',
    )
    .trim();
  // Residents and inhabitants say who the victims were (the corpora name them); "people" does not.
  if (trimmed === '' || (GENERIC_PEOPLE.has(headWord(trimmed)) && !PLACE_PEOPLE.has(headWord(trimmed))))
    return null;
  // "thousands made homeless": a verb left where the noun would be names no one.
  if (/^\p{Ll}+$/u.test(trimmed) && (/ed$/.test(trimmed) || PARTICIPLE_WORDS.has(trimmed))) return null;
  if (/^(?:in|on|from)\s/i.test(trimmed) || /^\p{L}+ly$/u.test(trimmed)) return null;
  return trimmed;
}

/** Whether a count is of things: its noun (after at most one modifier) is no person ("two attacks"). */
export function namesThings(s: string, c: Count): boolean {
  const m = /^\s+(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(s.slice(c.end, c.end + 40));
  const first = /^\s+([\p{L}]+)/u.exec(s.slice(c.end, c.end + 24))?.[1].toLowerCase();
  return (first !== undefined && NON_PEOPLE.has(first)) || (m !== null && NON_PEOPLE.has(m[1].toLowerCase()));
}

// People named without a harm word: a head noun of PEOPLE_HEADS or a capitalised demonym,
// after at most two modifiers (never a negation), in a list, with "members of armed groups".
// An agent noun ("operators", "engineers", "technicians", "volunteers") names people too, but
// for a list of common things that end the same way. Checked word by word in code: as one
// regex the grammar came to 45 KB, which V8 takes ~20 ms to compile.
export const PEOPLE_HEAD_SET = new Set(PEOPLE_HEADS);
const NOT_AGENTS = new Set(
  (
    'numbers others orders centers letters papers matters quarters headquarters waters borders towers ' +
    'shelters containers computers layers markers meters chambers corners rivers flowers fingers powers ' +
    'errors doors floors sectors factors corridors colors colours tractors motors monitors reactors ' +
    'generators elevators indicators mirrors tumors tumours rumors rumours honors honours favors favours ' +
    'trailers tankers carriers destroyers launchers helicopters transporters boosters canisters rafters ' +
    'girders filters heaters chargers speakers printers routers servers lasers timers sensors detectors ' +
    'transistors processors conductors converters banners posters stickers flyers dollars lists'
  ).split(' '),
);
const STOP_SET = new Set(STOP_WORDS);
const NUMWORD_RE = new RegExp(`^${NUMWORD}$`, 'i');
const NEGATION_SET = new Set(['no', 'never', 'none', 'neither', 'nor']);
const GROUP_WORD_RE =
  /^(?:groups?|famil(?:y|ies)|forces|militias?|units?|communit(?:y|ies)|teams?|crews?|services?|organi[sz]ations?|\p{Lu}[\p{L}-]*)$/u;

/** Whether a head word names people: a people noun, or one that takes "of" people ("members"). */
/**
 * Whether a count is followed by a plural noun of things ("two mosques", "three hotels"), maybe
 * after a place's name ("two Christchurch mosques").
 */
export function thingsCounted(s: string, c: Count): boolean {
  const next = /^(?:\s+\p{Lu}[\p{L}-]+)?\s+(\p{Ll}+s)\b/u.exec(s.slice(c.end, c.end + 40))?.[1];
  return (
    next !== undefined &&
    !namesPeople(next) &&
    !/^(?:others|dead|deaths|casualties|victims|bodies)$/.test(next)
  );
}

export function namesPeople(w: string): boolean {
  return OF_PEOPLE_HEADS.has(w.toLowerCase()) || isPeopleHead(w);
}

export function isPeopleHead(w: string): boolean {
  return (
    PEOPLE_HEAD_SET.has(w) ||
    /^\p{Lu}\p{Ll}+(?:ans|is|ese|ons)$/u.test(w) ||
    (/^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u.test(w) && !NOT_AGENTS.has(w))
  );
}

/** A word that may stand before a person noun (what NP_WORD allows, never a negation). */
function isModifier(w: string): boolean {
  const lower = w.toLowerCase();
  return !STOP_SET.has(lower) && !NUMWORD_RE.test(w) && !NEGATION_SET.has(lower);
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** What lies between the previous token and this one. */
  gap: string;
}

/** One person noun with up to two modifiers and a second head ("police officers"); next index or -1. */
function personAt(t: Token[], i: number): number {
  if (i >= t.length || t[i].gap.trim() !== '') return -1;
  for (let k = 0; k <= 2 && i + k < t.length; k++) {
    const w = t[i + k];
    if (k > 0 && (w.gap.trim() !== '' || !isModifier(t[i + k - 1].text))) return -1;
    if (k > 0 && t[i + k - 1].text === ',') return -1;
    if (w.text !== ',' && isPeopleHead(w.text)) {
      const next = t[i + k + 1];
      return next && next.gap.trim() === '' && next.text !== ',' && isPeopleHead(next.text)
        ? i + k + 2
        : i + k + 1;
    }
  }
  return -1;
}

/**
 * How much of `text` (from its start) names people: "children", "women and girls", "men, women
 * and children", "members of armed groups", "machine operators" (not ", most of them …").
 * Returns the length of that noun phrase, or 0.
 */
export function peopleLength(text: string): number {
  const t: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}'-]*|,/gu)) {
    const start = m.index ?? 0;
    t.push({ text: m[0], start, end: start + m[0].length, gap: text.slice(last, start) });
    last = start + m[0].length;
    if (t.length > 24) break;
  }
  if (t.length === 0 || t[0].gap !== '') return 0;
  let end = personAt(t, 0);
  if (end < 0) return 0;
  const and = (i: number): number =>
    i < t.length && t[i].text === 'and' && t[i].gap.trim() === '' ? personAt(t, i + 1) : -1;
  // A list "A, B and C" (up to four before the "and"), else "A and B".
  let listEnd = -1;
  for (let i = end, n = 0; n < 3 && i < t.length && t[i].text === ',' && t[i].gap.trim() === ''; n++) {
    const next = personAt(t, i + 1);
    if (next < 0) break;
    i = next;
    const closed = and(i < t.length && t[i].text === ',' ? i + 1 : i);
    if (closed > 0) listEnd = closed;
  }
  if (listEnd > 0) end = listEnd;
  else if (and(end) > 0) end = and(end);
  // "members of armed groups", "residents of Gaza".
  if (end < t.length && t[end].text === 'of' && t[end].gap.trim() === '') {
    let i = end + 1;
    if (i < t.length && /^(?:the|a|an)$/.test(t[i].text)) i++;
    for (let k = 0; k <= 2 && i + k < t.length; k++) {
      if (t[i + k].text === ',') break;
      if (GROUP_WORD_RE.test(t[i + k].text)) {
        end = i + k + 1;
        break;
      }
    }
  }
  return t[end - 1].end;
}
