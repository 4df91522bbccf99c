/**
 * Count expressions: a qualifier ("at least", "nearly", "as many as") and a number, a range
 * or a vague quantity, with the CLAIMS.md reading of min, max and approx. Things that look
 * like counts but are not (ages, dates, years, times, money, percentages, measures) are
 * dropped here so no rule can turn them into claims.
 */
import type { Approx } from './types';
import { NUMBER_DIGITS_SOURCE, NUMBER_WORDS_SOURCE, parseNumber } from './numbers';
import { matchTail, tailRegExp } from './lexicon';

export interface Count {
  /** Offsets in the text scanned (qualifier included). */
  start: number;
  end: number;
  /** Where the number itself starts (after the qualifier). */
  coreStart: number;
  min: number | null;
  max: number | null;
  approx: Approx;
  /** The qualifier as written, lower-cased, or '' when none. */
  qualifier: string;
  /** "one"/"a"-like single counts, only claims inside a tally. */
  isOne: boolean;
  /** Written in words (number words or a vague quantity). */
  inWords: boolean;
}

const QUALIFIERS: Array<[string, Approx]> = [
  ['at least', 'at_least'],
  // "at least about 28 soldiers": the floor is what the sentence commits to.
  ['at least about', 'at_least'],
  ['at least some', 'at_least'],
  ['more than', 'at_least'],
  ['more then', 'at_least'], // common slips
  ['more that', 'at_least'],
  ['greater than', 'at_least'],
  ['atleast', 'at_least'], // written as one word in South Asian outlets
  ['well over', 'at_least'],
  ['just over', 'at_least'],
  ['over', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['not fewer than', 'at_least'],
  ['not more than', 'at_most'],
  ['no more than', 'at_most'],
  ['upwards of', 'at_least'],
  ['in excess of', 'at_least'],
  // "injured north of 4,123": an idiom for "more than".
  ['north of', 'at_least'],
  ['well north of', 'at_least'],
  ['a minimum of', 'at_least'],
  ['above', 'at_least'],
  ['past', 'at_least'],
  ['exceeding', 'at_least'],
  ['up to', 'at_most'],
  ['as many as', 'at_most'],
  ['as high as', 'at_most'],
  ['fewer than', 'at_most'],
  ['less than', 'at_most'],
  ['at most', 'at_most'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  // "local officials estimate that 900 people …".
  ['estimate that', 'about'],
  ['estimates that', 'about'],
  ['estimated that', 'about'],
  ['close to', 'about'],
  ['just under', 'about'],
  ['an approximate', 'about'],
];
const QUALIFIER_APPROX = new Map(QUALIFIERS);
const QUALIFIER_SOURCE = QUALIFIERS.map(([q]) => q.replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUM = `(?:${NUMBER_DIGITS_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const VAGUE =
  '(?:(?:tens|hundreds)\\s+of\\s+thousands|hundreds\\s+of\\s+millions|millions|thousands|hundreds|dozens|scores|several\\s+(?:dozen|hundred|thousand)|a\\s+few\\s+(?:dozen|hundred|thousand)|numerous|multiple|several|countless|a\\s+(?:large|huge|significant|great|high|big)\\s+number|a\\s+number(?=\\s+of\\s))';
const RANGE = `(?:between\\s+${NUM}\\s+and\\s+${NUM}|${NUM}\\s*(?:-|–|—|to|or)\\s*${NUM})`;

/** "vary from", "ranging from", "anywhere from": what follows spans a range. */
const VARY_FROM_RE = /\b(?:var(?:y|ies|ied|ying)|rang(?:e|es|ed|ing)|anywhere)\s+from\s+$/i;
/** "According to estimates, from 800,000 to a million people were killed": a clause opening with "from" spans a range (a revision's "from" follows its verb). */
const CLAUSE_FROM_RE = /(?:^|[,;:(]\s*|\n\s*)from\s+$/i;

/** Regex source of one count expression (qualifier, then a range, vague quantity or number). */
export const COUNT_SOURCE = `(?:(?:${QUALIFIER_SOURCE})\\s+)?(?:${RANGE}|${VAGUE}|${NUM})`;

/**
 * One regex finds every count; the lookarounds keep it from starting or ending inside a word.
 * It matches what `(?<![\p{L}\d.,'$€£¥₹#-])(?<!:(?=\d))(?:(QUALIFIER)\s+)?(RANGE|VAGUE|NUM)` would
 * (except that a qualifier may follow a dash glued to it after a space, as in a dateline "(Reuters)
 * -At least"). A colon glued to digits makes a time ("10:30"), not a count; glued to a number
 * word it ends a dateline ("(News Desk) :Three soldiers"). It is written for speed (it scans
 * every sentence with a harm word, character by character):
 * - the lookbehind tests ASCII letters first: a Unicode-property class costs far more per
 *   character than an ASCII range, and most characters of a text are ASCII letters;
 * - "NUM (- NUM)?" tries the range and then the single number with one reading of the first
 *   number, where "RANGE|…|NUM" read it twice (a vague quantity never starts like a number,
 *   so trying it before the single number changes no match).
 */
export const COUNT_RE = new RegExp(
  `(?<![a-zA-Z\\d.,'$€£¥₹#])(?<!:(?=\\d)|(?:^|\\S)-|-(?=\\d))(?<!\\p{L})(?:(${QUALIFIER_SOURCE})\\s+)?(between\\s+${NUM}\\s+and\\s+${NUM}|${VAGUE}|${NUM}(?:\\s*(?:-|–|—|to|or)\\s*${NUM})?)(?![\\p{L}\\d]|[.,]\\d)`,
  'giu',
);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
// Right after the number: units, ages, times, percentages, ordinals, money and measures, and a
// compound's hyphen ("30-strong"); a dash spaced on both sides ("330 - including …") is punctuation.
const NOT_A_COUNT_AFTER = new RegExp(
  `^(?:\\s*(?:%|per\\s*cent|percent|pc\\b)|-?\\s*(?:year|month|week|day|hour|minute)s?[- ]old|\\s+(?:years?|months?)\\s+old|:\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt\\b|hrs\\b)|(?:st|nd|rd|th)\\b|\\s*°|\\s*(?:kms?|kph|mph|kgs?|ft|cm|mm|m\\b|miles?\\b|metres?\\b|meters?\\b|feet\\b|tons?\\b|tonnes?\\b|dollars?|euros?|pounds?\\b|rupees?|yuan|yen|shekels?|dinars?|riyals?|lira|naira|usd|eur|gbp)(?![\\p{L}])|-\\s*(?!(?:plus|odd)\\b)\\p{L}|\\s+-\\p{L}|\\s+(?:${MONTHS.replace('may|', '')})\\b|\\s+may\\s+\\d|\\s+magnitude|\\s+on\\s+the\\s+richter)`,
  'iu',
);
// Right before the number (tested at the end of the 24 characters before it). "a girl who had
// just turned two": an age.
const NOT_A_COUNT_BEFORE = tailRegExp(
  `(?:[$€£¥₹#]\\s*|\\b(?:us|a|c|hk|au|nz)\\$\\s*|\\b(?:(?:grand)?(?:mother|father|parent)s?\\s+of|rs|no\\.?|nos\\.?|page|p|pp|route|flight|resolution|article|chapter|section|room|magnitude|aged?|ages|age\\s+of|(?:aged?|ages)\\s+(?:from|between|under|over|above|below)|turn(?:ed|s|ing)|(?:aged?|ages)\\s+(?:between\\s+)?\\d{1,3}(?:\\s*,\\s*\\d{1,3})*,?\\s+(?:and|to|or)|mw|level|category|(?:${MONTHS})\\.?|year|years|since|until|till|average\\s+of|(?:one|two|three|\\d+)\\s+(?:in|out\\s+of)(?:\\s+every)?|from\\s+(?:${MONTHS})\\.?|of\\s+(?:${MONTHS}))\\s+)`,
  'iu',
);

/**
 * "on 10 May": a day before the month. The month is written with its capital, so that "10 may
 * die" stays a count; a title-case verb after it ("30 May Die") is the modal.
 */
const DAY_MAY_RE = /^ May(?![\p{L}])(?!\s+(?:Be|Have|Die|Not|Face|Lose|Need|Never|Still|Also|Remain)\b)/u;
/** "between August 7 and 11": the second day of a span of days. */
const DAY_SPAN_BEFORE = tailRegExp(`\\b(?:${MONTHS})\\.?\\s+\\d\\d?\\s+(?:and|through|until|till)\\s+`, 'iu');
/** "since" right before a number word: a clause opens ("since seven people were killed"). */
const SINCE_BEFORE_RE = /\bsince\s+$/i;
/** A month name right before a number: the number is a day of a date. */
const MONTH_BEFORE = tailRegExp(`\\b(?:${MONTHS})\\.?\\s+`, 'iu');

function isYear(core: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(core);
}

function valueOf(raw: string): { min: number | null; max: number | null; range: boolean } | null {
  const single = parseNumber(raw);
  if (single !== null) return { min: single, max: single, range: false };
  const between = /^between\s+(.+?)\s+and\s+(.+)$/iu.exec(raw);
  const dashed = between ?? /^(.+?)\s*(?:-|–|—|\bto\b|\bor\b)\s*(.+)$/iu.exec(raw);
  if (dashed && !/^(?:tens|hundreds)\s+of/i.test(raw)) {
    const a = parseNumber(dashed[1]);
    const b = parseNumber(dashed[2]);
    if (a !== null && b !== null && a < b) return { min: a, max: b, range: true };
    if (a !== null && b !== null) return null; // "10-5" is a score, not a range
  }
  return null;
}

const PARTICLE_OVER_BEFORE_RE = /\bhand(?:s|ed|ing)?\s+$/i;
const FIRST_NUMBER_RE = new RegExp(`^${NUM}`, 'iu');
const RANGE_RE = new RegExp(`^${RANGE}$`, 'iu');

/** Count expressions in `text`, skipping look-alikes; offsets relative to `text`. */
export function findCounts(text: string): Count[] {
  const counts: Count[] = [];
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    let qualifier = m[1] === undefined ? '' : m[1].toLowerCase().replace(/\s+/g, ' ');
    let core = m[2];
    const coreStart = m.index + m[0].length - core.length;
    let end = m.index + m[0].length;
    // "from 79 to 78" is a revision (two figures), and so is any descending "range":
    // keep the first number and let the scan pick up the second.
    if (/[-–—]|\s(?:to|or)\s/i.test(core) && RANGE_RE.test(core) && !/^between/i.test(core)) {
      const v = valueOf(core);
      const lead = text.slice(Math.max(0, m.index - 6), m.index);
      // "estimates vary from 150 to 2,000": a range, not a revision.
      const spread =
        VARY_FROM_RE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        CLAUSE_FROM_RE.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (v === null || !v.range || (/\bfrom\s+$/i.test(lead) && !spread)) {
        const first = FIRST_NUMBER_RE.exec(core);
        if (!first) continue;
        core = first[0];
        end = coreStart + core.length;
        COUNT_RE.lastIndex = end;
      }
    }
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (
      NOT_A_COUNT_AFTER.test(after) ||
      // "on Sunday 4 Oct. Four people were killed": a number word after a month opens a sentence.
      // "since seven people were killed": a number word after "since" opens a clause, not a date.
      (matchTail(NOT_A_COUNT_BEFORE, before) &&
        !(/^\p{L}/u.test(core) && (matchTail(MONTH_BEFORE, before) || SINCE_BEFORE_RE.test(before)))) ||
      (after.startsWith(' May') && DAY_MAY_RE.test(after) && /^\d\d?$/.test(core)) ||
      // "429 under 18, 79 over 60": an age band after a count.
      (/^(?:over|under)$/.test(qualifier) && /\d\s+$/.test(before) && /^\d\d?$/.test(core)) ||
      (/^\d\d?$/.test(core) && matchTail(DAY_SPAN_BEFORE, before)) ||
      // "firefighter Samuel McPaul, 28, died": digits set off by commas after a name are an age.
      (/^\d{1,3}$/.test(core) && /\p{Lu}\p{Ll}+,\s*$/u.test(before) && after.startsWith(','))
    ) {
      // "since March 2 to 64": a date opens the "range"; the figure after "to"/"or" is read on
      // its own when it cannot be a day ("from June 3 to 9" is a span of days).
      const first =
        m.index === coreStart && matchTail(MONTH_BEFORE, before) ? FIRST_NUMBER_RE.exec(core) : null;
      const link = first ? /^\s+(?:to|or)\s+(?=\S)/i.exec(core.slice(first[0].length)) : null;
      if (first && link) {
        const secondStart = first[0].length + link[0].length;
        const second = parseNumber(core.slice(secondStart));
        if (second !== null && second > 31) COUNT_RE.lastIndex = coreStart + secondStart;
      }
      continue;
    }
    // "handed over eight bodies": "over" belongs to the verb, not to the figure.
    const particleOver = qualifier === 'over' && PARTICLE_OVER_BEFORE_RE.test(before);
    const start = particleOver ? coreStart : m.index;
    if (particleOver) qualifier = '';
    const vague =
      /^(?:tens|hundreds|millions|thousands|dozens|scores|several|a\s+few|numerous|multiple|countless|a\s+(?:large|huge|significant|great|high|big|number))/i.test(
        core,
      );
    let min: number | null = null;
    let max: number | null = null;
    let approx: Approx = 'exact';
    let inWords = vague;
    if (vague) {
      approx = 'vague';
    } else {
      const v = valueOf(core);
      if (v === null) continue;
      if (!v.range && isYear(core)) continue;
      inWords = !/\d/.test(core);
      min = v.min;
      max = v.max;
      const q = qualifier === '' ? 'exact' : (QUALIFIER_APPROX.get(qualifier) ?? 'exact');
      if (v.range) {
        approx = q === 'about' ? 'about' : 'exact';
      } else if (q === 'at_least') {
        approx = 'at_least';
        max = null;
      } else if (q === 'at_most') {
        approx = 'at_most';
        min = null;
      } else {
        approx = q;
      }
      // "52+ dead", "100-plus people", "10 or more people": a plus after the figure is a floor.
      const plus =
        (qualifier === '' || approx === 'at_least') && !v.range
          ? /^(?:\+(?![\d+])|-plus\b|\s+or\s+more\b)/.exec(text.slice(end, end + 10))
          : null;
      if (plus) {
        approx = 'at_least';
        max = null;
        end += plus[0].length;
      }
      // "the 40 or so wounded", "200-odd people": a round figure given loosely is about it.
      const loose =
        (qualifier === '' || approx === 'about') && !v.range && !plus
          ? /^(?:\s+or\s+so\b|-odd\b)/.exec(text.slice(end, end + 8))
          : null;
      if (loose) {
        approx = 'about';
        end += loose[0].length;
      }
      // "two (2) other officers": the numerals repeat the words (police and court style); one count.
      const echo = inWords && !v.range ? /^\s*\((\d{1,6})\)/.exec(text.slice(end, end + 12)) : null;
      if (echo && Number(echo[1]) === v.min) {
        end += echo[0].length;
        COUNT_RE.lastIndex = end;
      }
    }
    // 'said “dozens” had been killed': a quoted count is read with its marks.
    const quoted =
      /[“"‘']$/.test(text.slice(Math.max(0, start - 1), start)) && /^[”"’']/.test(text.slice(end, end + 1));
    if (quoted) end += 1;
    counts.push({
      start: quoted ? start - 1 : start,
      end,
      coreStart,
      min,
      max,
      approx,
      qualifier,
      isOne: !vague && /^(?:one|a|an)$/i.test(core),
      inWords,
    });
  }
  return counts;
}

/** Re-read a count with a different qualifier (a toll "up to 143" means it reached 143). */
export function withApprox(c: Count, approx: Approx): Count {
  if (c.approx === 'vague') return c;
  if (c.min !== null && c.max !== null && c.min !== c.max) return { ...c, approx };
  const value = c.min ?? c.max;
  return {
    ...c,
    approx,
    min: approx === 'at_most' ? null : value,
    max: approx === 'at_least' ? null : value,
  };
}
