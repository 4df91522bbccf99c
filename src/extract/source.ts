/**
 * Who the text says reported a count: "according to the health ministry", "police said",
 * "the Syrian Observatory for Human Rights reported". Looked for in the claim's sentence,
 * then in the one before it.
 */
import { MONTH, WEEKDAY } from './calendar';
import type { Span } from './sentences';

const REPORT_VERBS =
  '(?:said|issued|released|published|gave|cited|says|say|reported|reports|report|told|tells|confirmed|confirms|announced|announces|stated|states|added|estimated|estimates|counted|recorded|documented|tallied|put|puts|updated|revealed|noted|raised|revised|lowered|wrote|writes|posted)';
// Capitalised words that open a sentence or name a time, never a reporter: "In updated
// figures, …", "Earlier estimates had put …", "… said Tuesday".
const NOT_A_NAME = `(?:The|A|An|Also|Then|Now|Still|Yet|Thus|So|Separately|Elsewhere|In|On|At|After|Before|Earlier|Later|But|However|Meanwhile|Since|During|When|While|As|By|For|From|With|Under|Over|Last|This|That|These|Those|Its|Their|His|Her|Our|Some|Many|Most|Other|Another|Today|Yesterday|Tonight|${WEEKDAY}|${MONTH})(?![\\p{L}'’-])`;
// A reporter's name: capitalised words and the few lower-case words names contain.
// (Digits after a thousands comma are the rest of a figure: "80,052 reported injured".)
const NAME =
  '(?:(?:the|The)\\s+)?(?:(?!' +
  NOT_A_NAME +
  ")\\p{Lu}[\\p{L}'’.-]*|(?<!\\d[,.])\\d+)(?:\\s+(?:of|for|and|de|al-|the|on|\\p{Lu}[\\p{L}'’.-]*|\\(\\p{Lu}[\\p{L}-]*\\)|\\p{Lu}\\.)){0,9}";
// ("Gaza's health ministry": an owner may come first; "the Gaza health ministry": a place.)
const GENERIC_REPORTER =
  "(?:(?:the|The)\\s+)?(?:\\p{Lu}[\\p{L}.-]*['’]s\\s+|(?:(?!" +
  NOT_A_NAME +
  ")\\p{Lu}[\\p{L}.-]*\\s+){1,2}(?=\\p{Ll}))?(?:[\\p{Ll}'-]+\\s+){0,3}(?:officials?|authorit(?:y|ies)|police|ministry|agency|agencies|television|guard|sheriff|group|mission|rebels|researchers|charity|union|department|office|council|committee|government|administration|junta|army|military|sources|medics|doctors|witnesses|residents|rescuers|paramedics|media|monitors|activists|spokes(?:man|woman|person)|coroner|hospital|reports|court|governor|minister|commissioner|mayor|services?|coastguard|company|commission|organi[sz]ation|observatory|officers?|workers?|chief)(?:\\s*\\(\\p{Lu}[\\p{L}-]*\\))?(?:(?<=spokes(?:man|woman|person)|minister|governor|mayor|commissioner|coroner|sheriff|official|officer|chief|director|head)\\s+(?:(?:Maj|Gen|Col|Lt|Dr|Mr|Mrs|Ms|Capt|Sgt|Brig)\\.?\\s+)?(?!" +
  NOT_A_NAME +
  ")\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})?";

// ("according to India's home secretary L.C. Govak": an initial's full stop is part of the name.)
const ACCORDING_RE =
  /\baccording\s+to\s+(?:figures\s+from\s+|data\s+from\s+|a\s+statement\s+from\s+)?((?:[^,.;:()"–—]|(?<=(?:^|[\s.])\p{Lu})\.(?=\p{Lu}|\s+\p{Lu}\p{Ll})){3,90}(?:\s*\(\p{Lu}[\p{L}-]*\))?)/iu;
// "officials in the Himalayan nation said": a generic reporter may say where it is; a name may
// have its role after it ("US envoy says", "Israeli military said").
// "On Tuesday police said": a day opening the sentence comes before the reporter.
// "…, Ahmed Mohamed, a nurse at Madina hospital, said": a name may have who they are after it.
const SUBJECT_RE = new RegExp(
  `(?:^|[,;:"]\\s*|\\bthat\\s+|\\band\\s+|^(?:On|Late\\s+on|Early\\s+on)\\s+(?:${WEEKDAY})\\s+)(${GENERIC_REPORTER}(?:\\s+(?:in|from|at|of)\\s+(?:the\\s+)?[^,;:"()]{1,50}?(?=\\s+(?:also\\s+|\\w+ly\\s+)?${REPORT_VERBS}\\b))?|${NAME}(?:\\s+(?:envoy|ambassador|spokes(?:man|woman|person)|officials?|minist(?:er|ry)|military|army|police|authorities|administration|government|media|army\\s+spokesman))?)(?:,\\s+(?:an?|the)\\s+[^,.;:()"]{1,80}?,)?(?:\\s+(?:\\w+\\s+)?|(?<=\\p{Lu}[\\p{L}'’-]*\\s+\\p{Lu}[\\p{L}'’-]*),\\s+)${REPORT_VERBS}\\b`,
  'gu',
);
// "…, said Ahmed Hassan, a spokesman for the ministry.": the name, then maybe who they are.
// ("… told The Associated Press": whom a reporter told is no reporter.)
const INVERTED_RE = new RegExp(
  `\\b(?!told\\b|tells\\b)${REPORT_VERBS}\\s+(${NAME}|${GENERIC_REPORTER})(?:\\s*,\\s+(?:an?|the)\\s[^,.;:()"]{1,80})?\\s*[,.]?\\s*$`,
  'u',
);
// Cheap tests first: a sentence without "accord" has no "according to", and one without a
// reporting verb has no "X said" or "said X" (a \b under the u flag makes the full regexes slow).
const ACCORDING_HINT_RE = /accord/i;
const REPORT_VERB_RE = new RegExp(`\\b${REPORT_VERBS}\\b`);

// "police said on Monday", "officials said today": when they said it is no part of who said it.
const WHEN_TAIL_RE = new RegExp(
  `\\s+(?:on|in|at|late|early)\\s+(?:\\p{Lu}\\p{Ll}+day|\\p{Ll}+day|${WEEKDAY})\\b.*$`,
  'u',
);
const TIME_WORD_TAIL_RE = new RegExp(`\\s+(?:${WEEKDAY}|today|yesterday|late|earlier|later|also|now)$`, 'u');

const FIGURES_BY_RE =
  /^(?:the\s+)?(?:(?:latest|preliminary|new|official|updated)\s+)?(?:figures|data|statistics|numbers|tallies)\s+(?:released|published|issued|collected|compiled|provided|gathered)\s+by\s+/i;

function clean(source: string): string | null {
  const s = source
    // "figures released by the health department": the department reported them.
    .replace(FIGURES_BY_RE, '')
    .replace(/\s+from\s+(?:various|several|multiple|other)\s+sources$/i, '')
    .replace(WHEN_TAIL_RE, '')
    .replace(/\s+(?:on|in|at)\s+(?:a|its|their|his|her)\s+.*$/u, '')
    .replace(TIME_WORD_TAIL_RE, '')
    .trim()
    // "…, while fire officials estimated": the conjunction opens the clause, not the name.
    .replace(/^(?:while|whereas|but|and|as|though|although|yet)\s+/i, '')
    // "… said the Associated Press.": the sentence's full stop (not an initial's: "L.C.").
    .replace(/(?<=\p{L}{3})\.$/u, '');
  if (s.length < 2 || /^(?:it|he|she|they|we|i|this|that|there)$/i.test(s)) return null;
  // "Somalia's …": an owner cut from what it owns names no reporter.
  if (/['’]s?$/.test(s)) return null;
  return s;
}

function sourceIn(sentence: string): string | null {
  const acc = ACCORDING_HINT_RE.test(sentence) ? ACCORDING_RE.exec(sentence) : null;
  if (acc) return clean(acc[1]);
  if (!REPORT_VERB_RE.test(sentence)) return null;
  const inv = INVERTED_RE.exec(sentence);
  if (inv) return clean(inv[1]);
  // The first reporter that is one: "Somalia's president announced …, The New York Times reports".
  SUBJECT_RE.lastIndex = 0;
  for (let sub = SUBJECT_RE.exec(sentence); sub; sub = SUBJECT_RE.exec(sentence)) {
    const source = clean(sub[1]);
    if (source) return source;
    SUBJECT_RE.lastIndex = sub.index + 1;
  }
  return null;
}

/**
 * The source of a claim in sentence `index`. Pass one `cache` for a whole text: consecutive
 * sentences with claims then read the sentence between them once.
 */
export function findSource(
  text: string,
  sentences: Span[],
  index: number,
  cache?: Map<number, string | null>,
): string | null {
  for (const i of [index, index - 1]) {
    if (i < 0) continue;
    let found = cache?.get(i);
    if (found === undefined) {
      found = sourceIn(text.slice(sentences[i].start, sentences[i].end));
      cache?.set(i, found);
    }
    if (found) return found;
  }
  return null;
}
