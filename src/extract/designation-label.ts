/**
 * What a designation sentence says the entity is listed as: "as a Foreign Terrorist
 * Organization", "to its list of terrorist entities", "on the U.S. list of …". Shared by the
 * sentence analysis (designation.ts and its designation-*.ts modules) and the list rules
 * (designation-lists.ts).
 */
import { CUE_RE, LEGAL_LABEL } from './designation-cue';

// Pakistan's and India's schedules of proscribed organisations: "the First Schedule".
const SCHEDULE = '(?:First|Fourth|1st|4th|Ist|IVth)\\s+Schedule';
// The words that make a label a terror listing's (a plain "banned …" only with a cue).
const CORE_LABEL_WORDS = 'terror|FTO|SDGT|list|designation|proscri|sanctions\\s+regime';
const CORE_LABEL_WORD_RE = new RegExp(CORE_LABEL_WORDS, 'i');

const LABEL_HEAD = `(?:organi[sz]ations?|groups?|entit(?:y|ies)|structures?|outfits?|terrorists?(?!["\\x27]?\\s+(?:organi|groups?\\b|entit|structure|outfit|(?:black)?list|designation))|(?<![\\p{L}])(?:black)?lists?(?![\\p{L}])(?:\\s+of\\s+[^.;,()"]{0,50}?(?:organi[sz]ations|groups|entities|terrorists|terrorism|Persons|Nationals)(?:\\s+and\\s+[Bb]locked\\s+[Pp]ersons)?(?:\\s+\\([^()]{1,20}\\))?)?|${SCHEDULE}|FTOs?|SDG?Ts?|designation|sanctions\\s+regime|unlawful\\s+associations?|unauthori[sz]ed\\s+organi[sz]ations?|specified\\s+entit(?:y|ies)|state\\s+sponsors?\\s+of\\s+terror(?:ism)?(?:\\s+list(?![\\p{L}]))?)`;
export const LABEL_RE = new RegExp(
  `^["')]?(?:'s)?(?:\\s+[\\p{Ll}-]+){0,2}?\\s*,?\\s*(?:as\\s+(?:an?\\s+|the\\s+)?|to\\s+be\\s+(?:an?\\s+)?|an?\\s+|to\\s+(?:its|the|their|a|an)\\s+|(?:back\\s+)?on\\s+(?:its|the|their|a|an)\\s+|(?:to|on)\\s+(?=(?:(?:UN|U\\.N\\.|US|U\\.S\\.|EU|UK|Russia['’]s|India['’]s)\\s+)?["']?terror(?:ist|ism)?\\s+(?:black)?lists?\\b)|on\\s+(?=terror(?:ism|ist)?\\s+lists?\\b)|(?:to|on)\\s+(?=lists?\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:banned|proscribed|outlawed|designated|terror))|from\\s+(?:its|the|their|a|an)\\s+|(?:to|on|onto|from)\\s+\\p{Lu}[\\p{L}.-]*['’]s\\s+(?=[^.;,]{0,40}lists?\\b)|from\\s+(?=["'‘“]?[^.;,]{0,40}list\\b)|in\\s+(?:its|the|their)\\s+(?=[^.;,]{0,40}(?:black)?list\\b|${SCHEDULE})|off\\s+(?:(?:its|the|their|a|an)\\s+)?(?=[^.;,]{0,40}list\\b)|(?:the|its|their)\\s+(?=[^.;,]{0,40}list(?!ing|ed))|["‘'“]?(?=terrorists?\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|structures?))|(?=(?:individual\\s+)?terrorists\\s+(?:under|by|in)\\s)|["‘'“]?(?=specified\\s+entit|unlawful\\s+assoc|unauthori[sz]ed\\s+organ)|["“‘](?=[^"”’.;,]{0,40}?terror)|["‘'“]?(?=(?:specially\\s+designated\\s+global\\s+terrorists?|foreign\\s+terrorist\\s+organi[sz]ations?)\\b))(?<label>"?(?:[^.;,()"]|\\([^()]{1,20}\\)){0,60}?${LABEL_HEAD}"?(?:\\s*\\([A-Z]{2,6}s?\\))?(?:\\s+(?:and|or)\\s+(?:an?\\s+)?(?=\\p{Lu})[^.;,()"]{0,40}?(?:Terrorists?|organi[sz]ations?|groups?|entit(?:y|ies))(?:\\s*\\([A-Z]{2,6}s?\\))?)?)`,
  'iu',
);

// What a label must say: terror, a list, or a legal label of its own.
const LABEL_WORD_RE = new RegExp(
  `${CORE_LABEL_WORDS}|${SCHEDULE}|${LEGAL_LABEL}|banned\\s+(?:groups?|outfits?|organi[sz]ations?)`,
  'i',
);

// "added X to the groups banned under the Terrorism Act 2000": the set the law bans is the label.
const BANNED_SET_RE =
  /^\s+to\s+(?:the|its|their)\s+((?:[\p{L}-]+\s+){0,2}?(?:groups|organi[sz]ations|entities|outfits)\s+(?:already\s+)?(?:banned|proscribed|listed|designated)\s+(?:under|by|in)\s+[^.;,]{0,60}?(?:[Tt]error\w*\s+Act(?:\s+\d{4})?|Act(?:\s+\d{4})?|[Tt]error\w*|[Cc]ode|[Ll]aw))(?![\p{L}])/u;
// "was declared "unlawful" under Section 11B of the Anti-Terrorism Act": unlawful under a terror law.
const UNLAWFUL_UNDER_TERROR_LAW_RE =
  /^\s+["“'‘]?(unlawful)["”'’]?\s+under\s+(?:[^.;,]{0,40}?\s)?(?:Anti-?Terrorism|Terrorism|Counter-?Terrorism)\s+(?:Act|Law|Ordinance)(?![\p{L}])/iu;
const BARE_PROSCRIBED_RE =
  /^\s+(proscribed(?:\s+(?:organi[sz]ations?|outfits?|groups?|entit(?:y|ies)))?)(?![\p{L}-])/u;

/** The text with the points of "U.S.", "U.K.", "U.N.", "E.U." made spaces (same length): no sentence punctuation. */
export function withoutAbbreviationPoints(text: string): string {
  return text.replace(/\b(?:U\.S|U\.K|U\.N|E\.U|a\.k\.a)\./g, (a) => a.replace(/\./g, ' '));
}

const TERROR_EVENT_LABEL_RE =
  /^(?:(?:a|an|the)\s+)?(?:(?:series|spate|wave|string|number|surge|rise|uptick|spike|history)\s+of\s+)?(?:(?:new|fresh|major|deadly|recent|suspected|possible)\s+)?terror(?:ist|ism)?$/i;
const TERROR_EVENT_AFTER_RE =
  /^\s+(?:attacks?|activit(?:y|ies)|acts?|violence|incidents?|threats?|plots?|operations?|bombings?|strikes?|financing|funding|training|camps?|hideouts?|suspects?)\b/i;

export function labelAfter(s: string, at: number): { label: string; end: number } | null {
  // "the U.S. list of …": abbreviation points are no sentence punctuation to the label (same length).
  const text = s.slice(at, at + 160);
  const bannedSet = BANNED_SET_RE.exec(text);
  if (bannedSet) return { label: bannedSet[1], end: at + bannedSet[0].length };
  // "as "terrorist" organisations": scare quotes around the label's word are no part of it (same length).
  const m = LABEL_RE.exec(
    withoutAbbreviationPoints(text).replace(/(^|\s)["'](terror\w*)["'](?=\s)/g, '$1 $2 '),
  );
  if (!m?.groups) {
    // "was declared proscribed organisation", "declared two more outfits proscribed": South
    // Asian usage, with no article.
    const bare = BARE_PROSCRIBED_RE.exec(text) ?? UNLAWFUL_UNDER_TERROR_LAW_RE.exec(text);
    return bare ? { label: bare[1], end: at + bare[0].length } : null;
  }
  // The label group ends the match: take its text from the sentence, points and all.
  const raw = text.slice(m[0].length - m.groups.label.length, m[0].length);
  // Quote marks around the label or one of its words are no part of it.
  // ("places Cuba back on 'State Sponsor of Terrorism' list": the preposition is no part either.)
  let label = raw
    .replace(/(^|\s)["']|["'](?=\s|$)/g, '$1')
    .trim()
    .replace(/^(?:back\s+)?on\s+(?=\p{Lu})/iu, '');
  let end = at + m[0].length;
  // "the Terrorist Exclusion List": a list's capitalised name runs on past its first label word.
  const named = /^(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+List\b/u.exec(s.slice(end, end + 60));
  if (named && /\p{Lu}/u.test(label[0] ?? '')) {
    label += named[0];
    end += named[0].length;
  }
  // The regex is case-insensitive, so a second label joined by "and" is checked here: it must be
  // a capitalised name ("… and Specially Designated Global Terrorist"), not a new clause.
  const joined = /\s+(?:and|or)\s+(?:an?\s+)?(?=[a-z])/.exec(label);
  if (
    joined &&
    /(?:organi[sz]ations?|groups?|entit(?:y|ies)|terrorists?|list|FTOs?|SDGTs?|designation)/i.test(
      label.slice(0, joined.index),
    )
  ) {
    end -= m.groups.label.length - joined.index;
    label = label.slice(0, joined.index);
  }
  // "designated Hamas and Hezbollah as terrorist organizations": another object and its "as"
  // (the regex reads the capitalised words as its describing words) are no part of the label.
  const objectAs =
    /^(?:(?:and|or|along\s+with|(?:as\s+)?well\s+as)\s+)?(?:the\s+|(?:its|their|his|her)\s+(?:[\p{Ll}-]+\s+){1,2})?\p{Lu}[^.;,()"]*?\sas\s+(?:an?\s+|the\s+)?/u.exec(
      label,
    );
  if (objectAs && LABEL_WORD_RE.test(label.slice(objectAs[0].length)))
    label = label.slice(objectAs[0].length);
  if (!LABEL_WORD_RE.test(label)) return null;
  // "designated Hamas as well as Hezbollah as terrorist groups": the label follows the object.
  if (/\bas\s+well\s+as\b/i.test(label)) return null;
  // "declared the Turan Front a terrorist organisation": a name, then an article, is the object
  // before its label (the case-blind pattern reads capitalised words as lower-case ones).
  if (
    /(?:^|\s)\p{Lu}[\p{L}-]*(?:\s+(?:cartel|gang|group|movement|militia|network|collective|wing))?\s+(?:as\s+)?an?\s/u.test(
      m[0],
    )
  )
    return null;
  // Watch lists, no-fly lists, wanted lists and lists of victims are no designations; nor are the
  // FATF's grey list and blacklist of states with weak controls on terror financing.
  if (
    /watch\s*-?list|no-fly|wanted|kill\s+list|victims|casualt|targets|suspects|grey\s*-?list|gray\s*-?list|(?:funding|financing)\s+(?:black)?list/i.test(
      label,
    )
  )
    return null;
  // "labeled the group a 'banned organization'": a plain ban is a listing only where the
  // sentence speaks of terror.
  if (!CORE_LABEL_WORD_RE.test(label) && /^banned\s/i.test(label) && !CUE_RE.test(s)) return null;
  // "added the IRGC to its list of …": a name before the list is the object, not the label.
  if (
    /\p{Lu}[^.;]*?\s(?:(?:to|on|from)\s+(?:its|the|their|a|an)|off)\s/u.test(label) &&
    !/^(?:as|an?)\b/i.test(m[0].trim())
  )
    return null;
  // "added two Hamas leaders to its terrorist list": the rest of a counted object before the
  // list is no part of the list's name.
  const objectFirst =
    /^[^.;]*?\s(?:to|on|onto)\s+(?:its|the|their|a|an)\s+(?=[^.;]*\b(?:black)?list\b)/i.exec(label);
  if (objectFirst && !/^(?:as|an?)\b/i.test(m[0].trim())) label = label.slice(objectFirst[0].length);
  // A label names a list or a status, never a group followed by a verb or a "from".
  // ("its designated list of …" is a list's name: "designated" there is an adjective.)
  if (/\b(?:from|designated(?!\s+(?:list|terrorists?|foreign|global)\b)|removed|added|listed)\b/.test(label))
    return null;
  // "have seen a series of terrorist attacks": "terrorist" describes what happened, not a group.
  // ("suspected of supporting terrorist activities" is a reason for a listing, and stays.)
  if (TERROR_EVENT_LABEL_RE.test(label) && TERROR_EVENT_AFTER_RE.test(s.slice(end, end + 24))) return null;
  return { label, end };
}
