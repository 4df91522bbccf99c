/**
 * Numbers as news writes them: digits with separators ("1,953", "1 953"), decimals with a
 * scale word ("1.5 million", "2.3m", "1,2 million") and number words ("eighty-eight",
 * "one hundred and twelve", "a dozen", "two dozen").
 *
 * Hand-written rather than a dependency: the maintained candidates are either unmaintained
 * (words-to-numbers pulls babel-runtime 6 and core-js 2) or far larger than the content
 * script's size budget allows, and the grammar news needs is small (see docs/extractor.md).
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
};
const SHORT_SCALES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  ...SCALES,
};

const unitAlt = Object.keys(UNITS).join('|');
const tensAlt = Object.keys(TENS).join('|');
/** One number word: "seven", "eighty-eight", "hundred", "dozen", "million". */
const WORD = `(?:(?:${tensAlt})(?:[- ](?:${unitAlt.replace('zero|', '')}))?|${unitAlt}|hundred|thousand|lakhs?|million|crores?|billion|dozen)`;

// A number in words starts with a unit or a tens word: a bare "million" (as in "$300 million"
// once the money is set aside) is no count.
const FIRST_WORD = `(?:(?:${tensAlt})(?:[- ](?:${unitAlt.replace('zero|', '')}))?|${unitAlt})`;

/** "half a million", "a quarter of a million", "three quarters of a million". */
const FRACTION_OF_SCALE =
  '(?:half[\\s-]+an?[\\s-]+(?:dozen|hundred|thousand|million|billion)|(?:an?|one|three)\\s+quarters?\\s+of\\s+an?\\s+(?:million|billion))(?![\\p{L}])';
const FRACTION_OF_SCALE_RE = /^(?:half[\s-]+an?[\s-]+(\w+)|(an?|one|three)\s+quarters?\s+of\s+an?\s+(\w+))$/i;
const SCALE_WORDS: Record<string, number> = { dozen: 12, hundred: 100, ...SCALES };

/**
 * Regex source for a number in words: a run of number words joined by spaces, hyphens or
 * "and" ("one hundred and twelve"), optionally led by "a" ("a dozen", "a hundred") or
 * "another" ("another dozen").
 * Bounded repetition keeps matching linear.
 */
export const NUMBER_WORDS_SOURCE = `(?:${FRACTION_OF_SCALE}|(?:(?:an?|another)\\s+(?:dozen|hundred|thousand|million)|${FIRST_WORD})(?:(?:(?<=hundred|thousand|million)\\s+and\\s+|[\\s-]+)${WORD}){0,6})`;

/**
 * "6 thousand and 39", "one thousand and 11": a scale written out with its remainder in digits,
 * as translations from Arabic write ministry tallies. Only "thousand": after "million" the
 * remainder would be thousands, not units, and "N hundred and M" is not written this way.
 */
const SCALE_AND_DIGITS = `(?:\\d{1,3}|${FIRST_WORD})\\s+thousand\\s+and\\s+\\d{1,3}(?!\\d|[.,]\\d)`;
const SCALE_AND_DIGITS_RE = /^(.+?)\s+thousand\s+and\s+(\d{1,3})$/i;

/**
 * Regex source for a number in digits: grouped thousands (comma, dot-free space or thin
 * space), plain digits, or a decimal followed by a scale word ("1.5 million", "2.3m", and with
 * a hyphen as some outlets write it, "1,4-million"), or dozens in digits ("2 dozen").
 */
export const NUMBER_DIGITS_SOURCE =
  `(?:${SCALE_AND_DIGITS}|` +
  '(?:\\d{1,2}\\s+dozen(?![\\p{L}\\d])|\\d+(?:[.,]\\d+)?(?:\\s?(?:million|billion|thousand|lakhs?|crores?|mn|bn|m|k)|-(?:million|billion))(?![\\p{L}\\d])|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d{1,3}(?:[ \\u2009\\u202f]\\d{3})+(?![\\d,.])|\\d+(?![\\d])))';

/** Value of number words, or null when the words are not a well-formed number. */
export function parseNumberWords(input: string): number | null {
  const fraction = /alf|uarter/i.test(input) ? FRACTION_OF_SCALE_RE.exec(input.trim()) : null;
  if (fraction) {
    const scale = SCALE_WORDS[(fraction[1] ?? fraction[3]).toLowerCase()];
    if (scale === undefined) return null;
    const share = fraction[1] !== undefined ? 0.5 : /^three$/i.test(fraction[2]) ? 0.75 : 0.25;
    return Math.round(share * scale);
  }
  const words = input
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "another dozen" is a dozen (more).
    if ((w === 'a' || w === 'an' || w === 'another') && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS) {
      if (current % 10 !== 0 && current < 100 && seen) return null; // "seven eight"
      current += UNITS[w];
    } else if (w in TENS) {
      if (current % 100 !== 0) return null; // "seven twenty"
      current += TENS[w];
    } else if (w === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (w === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
    } else if (w in SCALES) {
      total += (current === 0 ? 1 : current) * SCALES[w];
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Value of a number in digits (with its scale word, if any), or null. */
export function parseNumberDigits(input: string): number | null {
  const s = input.trim().toLowerCase();
  const dozens = /^(\d{1,2})\s+dozen$/.exec(s);
  if (dozens) return Number(dozens[1]) * 12;
  const scaled =
    /^(\d+(?:[.,]\d+)?)(?:\s?|-(?=[mb]illion))(million|billion|thousand|lakhs?|crores?|mn|bn|m|k)$/.exec(s);
  if (scaled) {
    // "1,2 million" is a decimal comma; "1,200 million" is grouping.
    const num = /^\d+,\d{3}$/.test(scaled[1])
      ? Number(scaled[1].replace(',', ''))
      : Number(scaled[1].replace(',', '.'));
    return Math.round(num * SHORT_SCALES[scaled[2]]);
  }
  if (/^\d{1,3}(?:[, \u2009\u202f]\d{3})+$/.test(s) || /^\d+$/.test(s)) {
    return Number(s.replace(/[, \u2009\u202f]/g, ''));
  }
  return null;
}

/** Value of a number written either way, or null. */
export function parseNumber(input: string): number | null {
  const scaleAndDigits = /thousand\s+and/i.test(input) ? SCALE_AND_DIGITS_RE.exec(input.trim()) : null;
  if (scaleAndDigits) {
    const head = parseNumber(scaleAndDigits[1]);
    return head === null ? null : head * 1000 + Number(scaleAndDigits[2]);
  }
  return /\d/.test(input) ? parseNumberDigits(input) : parseNumberWords(input);
}
