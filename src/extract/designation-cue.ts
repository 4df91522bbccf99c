/**
 * Whether a text may hold a designation claim at all: a terror cue, or a widely listed group
 * as the object of a ban or listing. Kept apart from the rules in designation.ts, which the
 * content script loads only for pages that pass this test.
 */

/**
 * Labels other than "terrorist" that states give a terror listing: India's "unlawful
 * association", Israel's "unauthorised organisation", Kenya's "specified entity" (stems only:
 * rules test it on text cut at a fixed length).
 */
export const LEGAL_LABEL = 'unlawful\\s+assoc|unauthori[sz]ed\\s+organ|specified\\s+entit';

// ("seven extremist outfits in Bangladesh are currently banned": a ban on armed groups is a
// listing under counter-terror law even where the sentence says no "terror".)
export const CUE_RE = new RegExp(
  `terror(?!ism\\s+and\\s+Financial\\s+Intelligence)|\\bUAPA\\b|Unlawful\\s+Activities\\s+\\(Prevention\\)|\\bFTOs?\\b|\\bSDG?Ts?\\b|\\bSDN\\b|proscri|\\b1267\\b|\\b13224\\b|${LEGAL_LABEL}|banned\\s+outfits?\\b|\\b(?:extremist|militant|jihadist)\\s+(?:outfits?|organi[sz]ations?|groups?)\\s+(?:[^.;]{0,30}?\\s)?(?:are|were|is|was|have\\s+been|has\\s+been|remain)\\s+(?:[a-z]+ly\\s+|still\\s+|also\\s+)?(?:banned|outlawed)\\b|(?:notified|declared)\\s+(?:[^.;,]{1,60}?\\s)?(?:as\\s+)?(?:an?\\s+)?banned\\s+organi[sz]ation|list\\s+of\\s+(?:banned|proscribed|outlawed)\\s+(?:outfits|organi[sz]ations|groups|entities)|Da'?esh|Qa'?(?:i|e|ei)da\\s+Sanctions|blacklist(?:ed|s|ing)?\\s+by\\s+(?:the\\s+)?(?:United\\s+Nations|UN|U\\.N\\.|(?:UN\\s+)?Security\\s+Council)\\b|(?:Qa'?(?:i|e|ei)da|Taliban|ISIL|ISIS)(?:(?:,|\\s+(?:and|or))\\s+(?:the\\s+)?(?:[Aa]l[\\s-])?(?:Qa'?(?:i|e|ei)da|Taliban|ISIL|ISIS))?\\s+(?:sanctions\\s+)?(?:black)?list\\b|sanctions\\s+(?:black)?list|sanctions\\s+(?:in\\s+connection\\s+with|against|on|related\\s+to|concerning)\\s+(?:the\\s+)?(?:ISIL|ISIS|Da'?esh|[Aa]l[\\s-]Qa'?(?:i|e|ei)da|Taliban)\\b|state\\s+sponsors?\\s+of|states?\\s+sponsoring\\s+terror`,
  'i',
);
// Groups that many states list as terrorist: banning or listing one of them is a terror
// listing even where the text never says "terror" ("Germany banned Hezbollah in 2020"). Only
// as the object — "Hamas's ban on protests" is a ban the group imposes.
const WIDELY_LISTED =
  "Hamas|Hezbollah|Hizbollah|Hizballah|Hizbullah|PKK|Kurdistan\\s+Workers'?\\s+Party|LTTE|Tamil\\s+Tigers|Liberation\\s+Tigers\\s+of\\s+Tamil\\s+Eelam|[Aa]l[\\s-]Qa'?(?:i|e|ei)da|Islamic\\s+State|ISIS|ISIL|Daesh|Boko\\s+Haram|[Aa]l[\\s-]Shabaa?b|Hizb\\s+ut-Tahrir|Lashkar-e-Ta[iy]y?[iy]?ba|LeT|Jaish-e-Moh?amm[ae]d|JeM|Hay'?at\\s+Tahrir\\s+al-Sham|HTS|Nusra\\s+Front|Jabhat\\s+al-Nusra|IRGC|Islamic\\s+Revolutionary\\s+Guard\\s+Corps|Wagner\\s+Group|Houthis?|Ansar\\s+Allah|Taliban|Proud\\s+Boys|Atomwaffen\\s+Division|Palestine\\s+Action|PFLP|Palestinian\\s+Islamic\\s+Jihad|Abu\\s+Sayyaf|Jemaah\\s+Islamiyah|Samidoun";
const WIDELY_LISTED_OBJECT_RE = new RegExp(
  // "sanctioned A, B and C, accusing them of financing al-Shabaab": a sanction for funding one.
  // "Three Hezbollah financiers were sanctioned": a counted set of its people, in the passive.
  // "froze the assets of three Hamas operatives", "an asset freeze on …": a freeze on its people.
  // "sanctioned Ali Musa, a Hezbollah financier": one of its people, in apposition.
  // "banning 11 Islamic groups in Sri Lanka, including the Islamic State": a counted set banned
  // with a widely listed group among its examples; "sanctioned three Hezbollah officials": a
  // counted set of the group's people.
  `\\b(?:ban(?:s|ned|ning)?|outlaw\\w*|proscri\\w*)\\s+(?:the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+[^.;]{0,60}?,?\\s+including\\s+(?:the\\s+)?(?:${WIDELY_LISTED})(?![\\p{L}])|\\b(?:designat|blacklist|sanction)\\w*\\s+(?:the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${WIDELY_LISTED})(?![\\p{L}])|(?<![\\p{L}])(?:\\d[\\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\\p{L}+teen|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-\\p{Ll}+)?|[Ss]everal|[Dd]ozens\\s+of)\\s+(?:[\\p{L}-]+\\s+)?(?:${WIDELY_LISTED})\\s+(?:[\\p{Ll}-]+\\s+){1,2}?(?:were|have\\s+been|had\\s+been|are)\\s+(?:also\\s+)?(?:sanctioned|designated|blacklisted)\\b|(?:\\bfr(?:oze|eez\\w*)\\s+(?:the\\s+)?(?:funds\\s+and\\s+(?:other\\s+)?)?assets\\s+(?:of|belonging\\s+to)|\\bassets?[\\s-]+freezes?\\s+(?:on|against))\\s+[^.;]{0,60}?(?<![\\p{L}])(?:${WIDELY_LISTED})(?![\\p{L}])|\\b(?:sanction|designat)\\w*\\s+[^.;]{1,120}?\\b(?:financ|fund|support|facilitat|procur|recruit)\\w*\\s+(?:for\\s+|of\\s+)?(?:the\\s+)?(?:${WIDELY_LISTED})(?![\\p{L}])|\\b(?:sanction|designat|blacklist)\\w*\\s+[^.;]{1,80}?,\\s+(?:an?|the|one|two|three)\\s+(?:senior\\s+|top\\s+|key\\s+)?(?:${WIDELY_LISTED})\\s+(?:financiers?|operatives?|officials?|commanders?|members?|leaders?|facilitators?|fundraisers?|militants?)\\b|\\bsanction\\w*(?:\\s*,[^,.;]{1,40},)?\\s+(?:on|against)\\s+[^.;]{0,80}?\\b(?:(?:linked|tied|ties)\\s+to|affiliated\\s+with|associated\\s+with|belonging\\s+to|members?\\s+of)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${WIDELY_LISTED})(?![\\p{L}])|\\b(?:ban(?:s|ned|ning)?|proscri\\w*|outlaw\\w*|blacklist\\w*|designat\\w*|(?:de-?|re-?)?list(?:s|ed|ing)?|[Ss]anctions?|restrictive\\s+measures)\\s+(?:(?:of|on|against)\\s+)?(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?(?:(?:all\\s+(?:kinds|forms|types)\\s+of\\s+)?activities\\s+(?:of|by)\\s+(?:the\\s+)?|(?:entirety|whole)\\s+of\\s+(?:the\\s+)?)?(?:${WIDELY_LISTED})(?![\\p{L}])|(?<![\\p{L}])(?:${WIDELY_LISTED})\\s+(?:remains?|remained|is|are|was|were)\\s+(?:still\\s+)?(?:under|subject\\s+to)\\s+(?:UN\\s+|U\\.N\\.\\s+|US\\s+|U\\.S\\.\\s+|EU\\s+|international\\s+)?sanctions\\b|(?<![\\p{L}])(?:${WIDELY_LISTED})(?:\\s+(?:group|organi[sz]ation|movement|militia|network|outfit))?(?:\\s+(?:was|were|is|are|(?:has|have|had)\\s+(?:long\\s+|also\\s+|since\\s+|already\\s+)?been|remains?|remained)|,\\s+(?:(?:all|both)\\s+of\\s+which\\s+(?:are|were|have\\s+been|had\\s+been)\\s+|which\\s+(?:is|was|(?:has|had)\\s+(?:(?:also|long|since|already|\\p{Ll}+ly)\\s+)?been|(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:has\\s+|had\\s+)?)\\s*)?|\\s*\\([^()]{0,60}?)\\s*(?:[\\p{Ll}]+ly\\s+|also\\s+|still\\s+|both\\s+|all\\s+)?(?:banned|proscribed|outlawed|blacklisted|designated|listed)\\b`,
  'u',
);

/**
 * Every match of WIDELY_LISTED_OBJECT_RE holds one of these: a literal scan that rules out most
 * text at a third of the cost of the full pattern (whose alternatives start with a lookbehind).
 * Not "blacklist": it holds "list", and as a word of its own it slowed the scan by half.
 */
// (Word starts only: "journalists", "urban" and "Lebanon" hold none.)
const LISTING_WORD_RE =
  /\bban(?:s|ned|ning)?\b|proscri|outlaw|designat|\b(?:de-?|re-?|black)?list|sanction|restrictive measures|froze|freez/;

// State media's aside after a militant group, or its footnote: "the Taliban movement (prohibited
// in Russia)", "* – An organization banned in Russia".
const RUSSIAN_BAN_ASIDE_RE =
  /\((?![^()]*extremis)(?:[^()]{0,40}\s)?(?:banned|prohibited|outlawed)\s+in\s+(?:the\s+)?russia(?:n\s+federation)?\s*\)|(?:^|\n)\s*\*{1,3}(?![^\n]*extremis)[^\n*]{0,80}\b(?:banned|prohibited)\s+in\s+(?:the\s+)?russia/i;

// "the banned Jamaat-ul-Mujahideen Bangladesh (JMB) group", "banned militant outfits X and Y",
// "the CPI (Maoist), a banned organisation,", "militants of the banned X":
// a ban as an armed group's epithet, with the group's head noun to tell it from a banned book,
// drug or party.
/** A group's people, before "of" and its name: "militants of the banned X", "members of …". */
export const GROUP_PEOPLE =
  'militants?|members?|cadres?|terrorists?|operatives?|commanders?|activists?|leaders?|fighters|gunmen';
const EPITHET_DESC =
  '(?:(?:militant|terror(?:ist)?|insurgent|separatist|jihadist|Islamist|extremist|armed|rebel)\\s+)?';
const EPITHET_CUE_RE = new RegExp(
  `\\b(?:${GROUP_PEOPLE})\\s+of\\s+(?:the\\s+)?(?:banned|outlawed)\\s+\\p{Lu}|[\\p{L})]\\s*,\\s+an?\\s+(?:banned|outlawed)\\s+${EPITHET_DESC}(?:outfit|organi[sz]ation|group)\\b|\\b(?:banned|outlawed)\\s+${EPITHET_DESC}(?:(?:outfits?|organi[sz]ations?|groups?)\\s+\\p{Lu}|\\p{Lu}[\\p{L}'-]*(?:[\\s-]+(?:[ei]|ul|al|ut|wal|\\p{Lu}[\\p{L}'-]*)){0,5}(?:\\s+\\(\\p{Lu}[\\p{L}-]*\\))?\\s+(?:group|outfit|organi[sz]ation|militants|insurgents|rebels)\\b)`,
  'u',
);

// "The government has banned the militant outfit X", "outlawed another radical Islamist group":
// a state's ban on an armed group, which South Asian copy reports without the word "terror".
const MILITANT_BAN_RE =
  /\b(?:banned|outlawed)\s+(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:militant|Islamist|jihadist|extremist|insurgent)\s+(?:[\p{L}-]+\s+)?(?:outfit|group|organi[sz]ation)\b/u;

// "The group, which has some 9,000 fighters, has been banned by both the U.S. and the U.K.": a
// group banned by a state that keeps a terror list.
const GROUP_BANNED_BY_RE =
  /\b(?:group|organi[sz]ation|outfit|movement|militia)\b[^.;]{0,120}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:banned|outlawed)\s+by\s+(?:both\s+)?(?:the\s+)?(?:U\.?S\.?|United\s+States|U\.?K\.?|Britain|EU|European\s+Union|UN|U\.N\.|United\s+Nations|Canada|Australia)(?![\p{L}])/u;

// "The BLA, which Pakistan, the US and the UK have banned, …": a named group that states ban, in
// a relative clause (the rules ask for violence in the sentence too).
const RELATIVE_BAN_RE =
  /\p{Lu}[\p{L})]*\s*,\s+which\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*)(?:[\s,]+(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}.]*){0,4}\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:banned|outlawed)\b/u;

// An attack by an extremist or militant group, or a claim of one: a state's ban on groups in a
// report on one is a counter-terror ban ("Sri Lanka's president is banning two groups allegedly
// linked to the Easter bombings"), though the report may never say "terror".
export const EXTREMIST_ATTACK_RE =
  /\b(?:suicide\s+(?:bomb\w*|attacks?)|(?:extremists?|jihadist|Islamist|militant)\s+(?:group|outfit|organi[sz]ation|network|cell)s?|claimed\s+responsibility)\b/i;
/**
 * A ban's object that is a group, after the ban word: "bans X group", "banning two groups …",
 * or named groups in apposition ("banned X (NTJ) and Y (JMI), the two extremist groups …").
 */
export const BANNED_GROUP_AFTER_RE =
  /^\s+(?:(?:the\s+|a\s+|an\s+)?(?:[^.;,]{0,50}?\s)?|(?:the\s+)?\p{Lu}[^.;]{0,90}?,\s+the\s+(?:two|three|four|five|\d+)\s+(?:[\p{L}-]+\s+){0,2}?)(?:groups?|organi[sz]ations?|outfits?)\b/u;
/** A ban word with that object, anywhere in a text. */
const GROUP_BAN_RE = new RegExp(
  `\\b(?:bans?|banned|banning|outlaw(?:s|ed|ing)?)${BANNED_GROUP_AFTER_RE.source.slice(1)}`,
  'u',
);

// Every match of WIDELY_LISTED_OBJECT_RE holds a widely listed name within a few hundred
// characters of either end, so the pattern (slow: most of its alternatives open on a lookbehind)
// is run only on the stretches around the names. Each stretch is cut at white space, where the
// pattern's word boundaries and lookarounds read the same as in the whole text.
const WIDELY_LISTED_NAME_SCAN_RE = new RegExp(WIDELY_LISTED, 'g');
const BEFORE_NAME = 400;
const AFTER_NAME = 300;

function hasWidelyListedObject(text: string): boolean {
  WIDELY_LISTED_NAME_SCAN_RE.lastIndex = 0;
  let from = -1;
  let to = -1;
  for (let m = WIDELY_LISTED_NAME_SCAN_RE.exec(text); m; m = WIDELY_LISTED_NAME_SCAN_RE.exec(text)) {
    const start = Math.max(0, m.index - BEFORE_NAME);
    const end = Math.min(text.length, m.index + m[0].length + AFTER_NAME);
    if (from >= 0 && start <= to) {
      to = end;
      continue;
    }
    if (from >= 0 && WIDELY_LISTED_OBJECT_RE.test(stretch(text, from, to))) return true;
    from = start;
    to = end;
  }
  return from >= 0 && WIDELY_LISTED_OBJECT_RE.test(stretch(text, from, to));
}

/** text[from, to) widened to white space (or the text's ends) on both sides. */
function stretch(text: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  let b = to;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** A terror cue, or a widely listed group as the object of a ban or listing. */
export function cued(text: string): boolean {
  // The passage is tested first by the caller and again by the rules it enters.
  if (text === lastCuedText) return lastCued;
  lastCuedText = text;
  return (lastCued = cuedUncached(text));
}
let lastCuedText: string | undefined;
let lastCued = false;

function cuedUncached(text: string): boolean {
  return (
    CUE_RE.test(text) ||
    (text.includes('ban') && GROUP_BAN_RE.test(text) && EXTREMIST_ATTACK_RE.test(text)) ||
    ((text.includes('banned') || text.includes('outlawed')) &&
      (EPITHET_CUE_RE.test(text) ||
        MILITANT_BAN_RE.test(text) ||
        GROUP_BANNED_BY_RE.test(text) ||
        RELATIVE_BAN_RE.test(text))) ||
    (LISTING_WORD_RE.test(text) && hasWidelyListedObject(text)) ||
    RUSSIAN_BAN_ASIDE_RE.test(text)
  );
}

/** Whether a text bans or lists one of those groups ("Germany banned Hezbollah"). */
export function listsWidelyListed(text: string): boolean {
  return LISTING_WORD_RE.test(text) && hasWidelyListedObject(text);
}

const WIDELY_LISTED_NAME_RE = new RegExp(`^(?:the\\s+)?(?:${WIDELY_LISTED})$`, 'iu');

/** Whether a name is one of the groups that many states list as terrorist. */
export function isWidelyListed(name: string): boolean {
  return WIDELY_LISTED_NAME_RE.test(name.trim());
}

const WIDELY_LISTED_INSIDE_RE = new RegExp(`(?<![\\p{L}])(?:${WIDELY_LISTED})(?![\\p{L}])`, 'u');

/** Whether a phrase names one of those groups: "nine al-Shabaab financiers". */
const WIDELY_LISTED_ALL_RE = new RegExp(`(?<![\\p{L}])(?:${WIDELY_LISTED})(?![\\p{L}])`, 'gu');
/** The one group many states list that `text` names (maybe more than once), if only one. */
export function onlyWidelyListedIn(text: string): string | undefined {
  const named = new Set<string>();
  WIDELY_LISTED_ALL_RE.lastIndex = 0;
  for (let m = WIDELY_LISTED_ALL_RE.exec(text); m; m = WIDELY_LISTED_ALL_RE.exec(text)) named.add(m[0]);
  return named.size === 1 ? [...named][0] : undefined;
}

export function namesWidelyListed(phrase: string): boolean {
  return WIDELY_LISTED_INSIDE_RE.test(phrase);
}

const TIED_TO_WIDELY_LISTED_RE = new RegExp(
  // "banned 11 groups, including the Islamic State": a widely listed group among the examples.
  // "three associations that are said to have collected money in Germany for a foundation of the
  // pro-Iranian Shiite movement Hezbollah": money collected for one.
  `^[^.;]{0,80}?\\b(?:fund|financ|donat|support|ties\\b|tied|links?\\b|linked|affiliat|belong|collect(?:s|ed|ing)?\\s+(?:money|funds|donations))\\w*\\s+(?:[^.;]{0,80}?\\s)?(?:the\\s+)?(?:${WIDELY_LISTED})(?![\\p{L}-])|^(?:\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)?)?\\s*,?\\s+including\\s+(?:the\\s+)?(?:${WIDELY_LISTED})(?![\\p{L}-])`,
  'u',
);

/** Whether the words after a set tie it to one of those groups: "… accused of funding Hezbollah". */
export function tiedToWidelyListed(after: string): boolean {
  return TIED_TO_WIDELY_LISTED_RE.test(after);
}
