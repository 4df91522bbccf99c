/**
 * The subject frame (trySubject): a count before its harm word ("18 people were killed", "22
 * dead", "99 are still missing"), also past an aside naming who they were, a distance, their
 * names, a group they belong to, a relative clause, an apposition, a source or an "including";
 * a military report's "neutralised", people who moved "for safety", and the hurt who later died.
 */
import { withApprox, type Count } from './counts';
import { HARM_AFTER, NON_PEOPLE, categoryFromGroups, matchTail } from './lexicon';
import {
  NUMWORD,
  NP_WORD,
  SINGLE_MEMBERS,
  NP_CORE,
  NP,
  PARTITIVE,
  AUX,
  HARM_AFTER_ALT,
  PART_OF_THEM,
  COUNTED_PART_OF_THEM,
  SHARE_ASIDE,
  OR_SHARE_ASIDE,
  ASIDE_MEMBER_START,
  WORDISH_RE,
} from './casualty-phrases';
import {
  OF_PEOPLE_HEADS,
  headWord,
  looksLikePeople,
  namesPeople,
  isPeopleHead,
  peopleLength,
} from './casualty-people';
import { type CasualtyHit, hit, verbStart, lastWord, harmWord, harmTailOk, type Cues } from './casualty-hits';
import { VERB_BEFORE_RE, LOSS_BEFORE_RE, eliminatedArmedMen } from './casualty-objects';

/** Count then (noun phrase) then auxiliaries then harm word. */
// "the 1,117 men, women and children killed": a list of nouns before the harm word.
// "seven Japanese, an American and an Indian were among the dead": lone people after the
// counted, as a clause's subject (in "left four soldiers, a policeman and a civilian dead" the
// object frame holds the verb).
const NP_LIST = `(?:${NP_WORD}(?:,\\s+${NP_WORD}){1,4},?\\s+and\\s+${NP_WORD}(?:\\s+${NP_WORD})?)`;
// "25 children a month have been killed": a rate after the people still counts them; so do
// their ages ("Two men aged 29 and 41 were killed", "two children, ages 3 and 9, were"). A
// quoted harm word may hold its adverb ("were “arbitrarily executed”"), and the quote may open
// before the auxiliary ('19 terrorists "were sent to hell"').
// ("aged between 20 and 50 years", "aged under 10": a bound, and the unit, may be written out.)
const AGES =
  '(?:(?:between|under|over|above|below)\\s+)?\\d{1,3}(?:(?:\\s*,\\s*|,?\\s+(?:and|to)\\s+)\\d{1,3})*(?:\\s+years?(?:\\s+old)?)?';
const SUBJECT_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+["“]?(?<np>${NP_LIST}|${NP_WORD}(?:\\s+${NP_WORD}){0,4}${SINGLE_MEMBERS}(?=\\s+(?:were|are|have|had|remain(?:ed)?)\\b)|${NP})["”]?)?(?:\\s+(?:a|per|every)\\s+(?:day|week|month|year))?(?:\\s+aged\\s+${AGES}|,\\s+(?:aged|ages)\\s+${AGES},)?(?:\\s*(?<paren>\\([^()]{1,60}\\)))?(?<late>\\s+at\\s+least)?\\s*,?(?:\\s+(?:["“](?=\\p{Ll}))?${AUX}){0,5}\\s+(?:(?<quoted>["“])(?:\\p{Ll}{2,}ly\\s+)?)?(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

const ASIDE_OPEN_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*(?:,|\\s[—–-]|[—–])\\s*["“]?(?<aside>(?:including|among\\s+them|among\\s+whom|of\\s+whom|${PART_OF_THEM}|both|all|mostly|mainly|aged)\\b|${SHARE_ASIDE}|${OR_SHARE_ASIDE}|${COUNTED_PART_OF_THEM})`,
  'iu',
);

const ASIDE_DASH_OPEN_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*(?:\\s[—–-]|[—–])\\s*(?<aside>${ASIDE_MEMBER_START})`,
  'iu',
);
/** Where an aside may close, or a mark it never runs across. */
const ASIDE_CLOSE_RE =
  /(?<stop>[.;:!?"“”]|\s(?:and(?!\s+(?:(?!said\b|says\b|told\b|\p{Ll}+ed\b)\p{Ll}+\s+){0,2}(?!said\b|says\b|told\b|\p{Ll}+ed\b)\p{Ll}+(?:\s*[,)—–]|\s+-\s))|but|while|as|after|when)\s+(?!\d)(?=\p{Ll}+\s))|[,)—–]|\s-\s/gu;
const ASIDE_HARM_RE =
  /\b(?:kill|dead|die|wound|injur|hurt|missing|displac|fled|flee|evacuat|rescu|surviv|arrest|detain)/iu;
/** The harm word after an aside: "…, were killed". */
const HARM_TAIL_RE = new RegExp(`^(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`, 'iu');

const ARMED_HEADS = new Set(
  'soldiers fighters militants rebels insurgents gunmen recruits conscripts reservists troops militiamen jihadists'.split(
    ' ',
  ),
);
/** Who flee a crime, a fight or a jail rather than their homes: "the gunmen fled", "40 inmates fled". */
const FLEEING_AGENTS = new Set(
  'gunmen attackers assailants suspects robbers thieves kidnappers abductors captors perpetrators shooters bombers militants insurgents rebels fighters prisoners inmates detainees convicts'.split(
    ' ',
  ),
);
const FLED_SCENE_RE =
  /^\s+(?:the\s+(?:scene|crime\s+scene|area\s+on\s+foot)|on\s+foot|in\s+an?\s+(?:car|vehicle|van|truck|suv)|before\s+(?:police|officers)|with\b)/i;

/**
 * A subject whose harm word comes after an aside naming who was among them: "11 civilians,
 * including 5 children, were killed", "two boys, both aged 16, found dead", "Seven people —
 * including a child — died". The quote stops at the subject's noun phrase so the counts in
 * the aside can be claims of their own (claims of a kind never overlap).
 */
function trySubjectWithAside(x: Cues, c: Count): CasualtyHit | null {
  // The aside's mark and the harm phrase after it both lie in the window.
  if (!x.stemIn(c.end, c.end + 220) || !x.asideIn(c.end, c.end + 220)) return null;
  const s = x.s;
  const rest = s.slice(c.end, c.end + 220);
  const open = ASIDE_OPEN_RE.exec(rest) ?? ASIDE_DASH_OPEN_RE.exec(rest);
  if (!open) return null;
  const np = open.groups?.np;
  if (!looksLikePeople(np)) return null;
  const npEnd = open[0].length - (open.groups?.aside ?? '').length;
  const subjectEnd = c.end + npEnd - (/[\s,—–"“-]*$/.exec(rest.slice(0, npEnd))?.[0].length ?? 0);
  ASIDE_CLOSE_RE.lastIndex = open[0].length;
  for (let d = ASIDE_CLOSE_RE.exec(rest); d; d = ASIDE_CLOSE_RE.exec(rest)) {
    if (d.groups?.stop !== undefined) return null;
    // "18 others, “including civilians,” were hurt": a quoted aside closes inside its marks.
    const after = d.index + d[0].length + (d[0] === ',' && /^["”]/.test(rest.slice(d.index + 1)) ? 1 : 0);
    // The aside only names people: a harm word inside it belongs to another clause.
    if (ASIDE_HARM_RE.test(rest.slice(open[0].length, d.index))) return null;
    // "Thousands—mostly civilians—have been killed": a dash closes the aside with no space.
    // (" - " takes the space before the harm word with it.)
    const glued = (/[—–]$/.test(d[0]) && WORDISH_RE.test(rest[after] ?? ' ')) || /\s$/.test(d[0]) ? ' ' : '';
    const tail = HARM_TAIL_RE.exec(glued + rest.slice(after));
    if (!tail) continue;
    const category = categoryFromGroups(HARM_AFTER, tail.groups);
    const end = c.end + after + tail[0].length - glued.length;
    if (!category || !harmTailOk(s, end, tail[0])) return null;
    return { ...hit(c, c.start, subjectEnd, category, 'subject', np), tailEnd: subjectEnd };
  }
  return null;
}

/**
 * A subject whose place is told by an aside of distance: "At least 50 people in the crowd in
 * X village, about 20 km from the capital, were injured". The aside holds no count of people
 * (counts.ts drops measures), so the quote runs from the count to the harm word.
 */
const DISTANCE_ASIDE_RE = /\d\s*(?:km|kilomet|mile)/i;
const SUBJECT_DISTANCE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})\\s*,\\s*(?:an?\\s+(?:[\\p{L}-]+\\s+){1,2}?)?(?:(?:about|some|around|roughly|nearly|almost|just|over|more\\s+than)\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:km|kilomet(?:re|er)s|miles)\\s+(?:[\\p{L}-]+\\s+)?(?:from|of|outside)\\b[^,.;:()\\d]{1,80},(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * A subject whose members are named in an aside: "The three Hezbollah combatants, A, B, and C,
 * were killed", "The two soldiers, Sgt. A and Cpl. B, were killed". Case-sensitive: the names
 * are capitalised.
 */
const MEMBER_NAME = `(?:(?:Sgt|Cpl|Pvt|Lt|Capt|Maj|Col|Dr|Mr|Ms|Mrs)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|al|bin|ibn|el|de)){1,4}`;
const SUBJECT_NAMED_ASIDE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE})\\s*,\\s*${MEMBER_NAME}(?:\\s*,\\s*${MEMBER_NAME}){0,6}(?:,?\\s+and\\s+${MEMBER_NAME})?\\s*,(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'u',
);

/**
 * A subject tied to a group: "31 terrorists belonging to Indian proxy Fitna al Khwarij were
 * killed", "six fighters loyal to the warlord", "three terrorists linked to the banned
 * Tehreek-e-Taliban Pakistan (TTP) were killed" (the group's acronym may follow it). A frame of
 * its own, tried only when a tie word follows: inside every noun phrase the tie cost the whole
 * extractor an eighth of its time.
 */
const TIE_WORD_RE = /\s(?:belonging|affiliated|linked|loyal|allied)\s+(?:to|with)\s/;
const SUBJECT_TIED_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE}\\s+(?:belonging|affiliated|linked|loyal|allied)\\s+(?:to|with)\\s+(?:the\\s+)?(?:${NP_WORD}\\s+){0,5}?${NP_WORD}(?:\\s+\\(\\p{Lu}[\\p{L}-]{1,12}\\))?)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

function trySubjectTied(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 200);
  if (!TIE_WORD_RE.test(rest.slice(0, 80))) return null;
  return windowSubjectHit(x, c, SUBJECT_TIED_RE.exec(rest));
}

function trySubjectWithNames(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 240);
  if (!/,\s*\p{Lu}/u.test(rest) || !x.stemIn(c.end, c.end + 240)) return null;
  return windowSubjectHit(x, c, SUBJECT_NAMED_ASIDE_RE.exec(rest));
}

function trySubjectWithDistance(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 240);
  if (!DISTANCE_ASIDE_RE.test(rest) || !x.stemIn(c.end, c.end + 240)) return null;
  return windowSubjectHit(x, c, SUBJECT_DISTANCE_RE.exec(rest));
}

/**
 * The claim of a subject frame matched on the window after the count: from the count to the
 * harm word, when the noun phrase names people and no harm word sits in `aside` (the part of
 * the match between them that names who they were).
 */
function windowSubjectHit(x: Cues, c: Count, m: RegExpExecArray | null, aside?: string): CasualtyHit | null {
  const category = categoryFromGroups(HARM_AFTER, m?.groups);
  if (!m || !category || (aside !== undefined && ASIDE_HARM_RE.test(aside))) return null;
  const np = m.groups?.np;
  const end = c.end + m[0].length;
  if (!looksLikePeople(np, category) || !harmTailOk(x.s, end, m[0])) return null;
  return hit(c, c.start, end, category, 'subject', np);
}

/**
 * A subject told by a relative clause between it and its harm word: "two of its guards, who were
 * posted at a checkpoint near the border, were killed". The clause holds no harm word or count,
 * and quote marks only around a short name it gives them ("whom officials called "looters","),
 * so the claim runs from the count to the harm word.
 */
const SUBJECT_RELATIVE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})(?:\\s*,\\s+(?:whom?|which)\\s+(?<clause>(?:[^,;:.!?()\\d"“”]|\\([^()\\d]{1,30}\\)|["“][^"“”;:.!?()\\d]{1,40}["”]){1,160}?)(?:,|(?<=,["”]))(?:\\s+${AUX}){0,5}|\\s+who\\s+(?![^,;:.!?]*\\b(?:but|alive|safe|survived|escaped|rescued)\\b)(?<bare>[^,;:.!?()\\d"“”]{1,80}?)(?:\\s+${AUX}){1,5})\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * A subject told by an apposition between it and its harm word: "at least one guard, a man who
 * had joined last month, was also killed". The apposition names no count (nor harm), so the
 * claim runs from the count to the harm word.
 */
// Set off by commas or dashes ("at least 11 fighters from the X Forces (XF) -- a coalition of
// tribal militias -- were killed"); the noun phrase may end in an acronym in brackets. An
// "including" aside with no count is one too ("11 soldiers, including a Major, were killed").
const SUBJECT_APPOSITION_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})(?:\\s*\\([^()\\d]{1,30}\\))?\\s*(?<open>,|--|[—–]|\\s-)\\s*(?<clause>(?:an?|including)\\s+[^,;:.!?()\\d"“”—–]{1,120}?)\\s*(?:,|--|[—–]|\\s-)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
const APPOSITION_GATE_RE = /(?:,|--|[—–]|\s-)\s*(?:an?|including)\s/;
/**
 * A subject told by a participle phrase between it and its harm word: "36 volunteers defending
 * the nation were killed", "two militants carrying explosives were shot dead". The phrase holds
 * no harm word or count, and a verb form in "-ing" that is a preposition or a noun does not open
 * one ("during", "including", "morning").
 */
const SUBJECT_PARTICIPLE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})\\s+(?<clause>(?!(?:during|including|according|regarding|concerning|following|excluding|being|something|nothing|anything|everything|morning|evening|building|wedding|gathering|meeting|bombing|shelling|shooting|fighting|killing|uprising|clothing|housing|ceiling|spring|king|ring|thing|wing|string|bring|sing|sting|swing)\\s)\\p{Ll}{2,}ing\\s+[^,;:.!?()\\d"“”—–]{1,60}?)(?:\\s+${AUX}){1,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
const PARTICIPLE_GATE_RE = /^[^,;:.!?\d]{1,60}?ing\s/;
const APPOSITION_CLOSE_RE = /,|--|[—–]|\s-/g;
const NUMBER_WORD_RE = new RegExp(`\\b${NUMWORD}\\b`, 'i');

/** Whether an apposition may open within a noun phrase's reach and a harm stem follows its close. */
function appositionCue(x: Cues, c: Count): boolean {
  const open = APPOSITION_GATE_RE.exec(x.s.slice(c.end, c.end + 120));
  if (!open) return false;
  APPOSITION_CLOSE_RE.lastIndex = c.end + open.index + open[0].length;
  const close = APPOSITION_CLOSE_RE.exec(x.s);
  return close !== null && close.index - c.end < 250 && x.stemIn(close.index, close.index + 90);
}

function trySubjectWithRelative(x: Cues, c: Count): CasualtyHit | null {
  // "Four gunmen, who attacked a police station, have been killed"; without the commas too.
  // "Three militants from the X group, which claimed the attack, were killed": a relative clause
  // on the group inside the subject, too.
  const relative =
    x.s.includes(', who', c.end) || x.s.includes(' who ', c.end) || x.s.includes(', which ', c.end);
  const apposition = !relative && appositionCue(x, c);
  const participle = !relative && !apposition && PARTICIPLE_GATE_RE.test(x.s.slice(c.end, c.end + 70));
  if (!(relative || apposition || participle) || !x.stemIn(c.end, c.end + 260)) return null;
  const rest = x.s.slice(c.end, c.end + 260);
  if (participle) {
    const p = SUBJECT_PARTICIPLE_RE.exec(rest);
    return p ? windowSubjectHit(x, c, p, p.groups?.clause ?? '') : null;
  }
  const m = relative ? SUBJECT_RELATIVE_RE.exec(rest) : null;
  if (m) return windowSubjectHit(x, c, m, m.groups?.clause ?? m.groups?.bare ?? '');
  if (!apposition && !(relative && appositionCue(x, c))) return null;
  const a = SUBJECT_APPOSITION_RE.exec(rest);
  if (!a || NUMBER_WORD_RE.test(a.groups?.clause ?? '')) return null;
  return windowSubjectHit(x, c, a, a.groups?.clause ?? '');
}

/**
 * A subject whose source is told between it and its harm word: "More than 300 people, according
 * to the ministry, have been killed", "At least 50 people, police said on Sunday, were killed".
 */
const SUBJECT_ATTRIBUTION_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*,\\s+(?<clause>according\\s+to\\s+[^,;:.!?()\\d"“”]{1,60}?|(?:[^,;:.!?()\\d"“”\\s]+\\s+){1,4}?(?:said|says|say|reported|reports|estimates?|estimated|added|confirmed|believes?|believed)(?:\\s+(?:on|late\\s+on|early\\s+on)\\s+\\p{L}+|\\s+(?:today|yesterday|tonight|earlier|later))?)\\s*,(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
const ATTRIBUTION_GATE_RE =
  /^,\s+(?:according\s+to\b|(?:[^,;:.!?\s]+\s+){1,4}?(?:said|says|say|reported|reports|estimates?|estimated|added|confirmed|believes?|believed)\b)/i;

// "Two terrorists of the outfit were neutralised": the passive of a military report's words
// for killing armed men (the active, "neutralised two terrorists", is an object frame).
// ("21 terrorists eliminated; 14 security personnel martyred": a headline drops the auxiliary.)
const ELIMINATED_SUBJECT_RE = new RegExp(
  `^\\s+(?<np>${NP})(?:(?:\\s+${AUX}){1,5}\\s+(?:eliminated|neutrali[sz]ed)\\b|\\s+(?:eliminated|neutrali[sz]ed)(?=\\s*(?:[;,.:]|$)|\\s+(?:in|on|at|during|near|since|after|by|so\\s+far)\\b))`,
  'iu',
);
function trySubjectEliminated(x: Cues, c: Count): CasualtyHit | null {
  if (!x.s.includes('limina') && !x.s.includes('eutrali')) return null;
  const m = ELIMINATED_SUBJECT_RE.exec(x.s.slice(c.end, c.end + 160));
  // "Eight more were neutralised in Mohmand": more of the armed men a report counts (not
  // "eliminated", which a contest does too).
  const more = m?.groups && /^(?:more|others)$/i.test(m.groups.np) && /neutrali[sz]ed\b/i.test(m[0]);
  if (!m?.groups || (!more && !eliminatedArmedMen(m.groups.np, x.s.slice(c.end, c.end + 160)))) return null;
  return hit(c, c.start, c.end + m[0].length, 'killed', 'subject', m.groups.np);
}

function trySubjectAttribution(x: Cues, c: Count): CasualtyHit | null {
  if (!x.stemIn(c.end, c.end + 200)) return null;
  const rest = x.s.slice(c.end, c.end + 200);
  const comma = rest.indexOf(', ');
  if (comma < 0 || comma > 90) return null;
  // The aside closes with a comma a harm phrase follows.
  const close = rest.indexOf(',', comma + 2);
  if (close < 0 || !x.stemIn(c.end + close, c.end + close + 60)) return null;
  if (!ATTRIBUTION_GATE_RE.test(rest.slice(comma, close + 1))) return null;
  const m = SUBJECT_ATTRIBUTION_RE.exec(rest);
  return windowSubjectHit(x, c, m, m?.groups?.clause ?? '');
}

/**
 * A subject with an "including" aside and no commas, naming one or two members by an article:
 * "At least 9 hikers including a guide were hurt". The members are no count, so the claim runs
 * from the count to the harm word.
 */
const SUBJECT_INCLUDING_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE})\\s*,?\\s+including\\s+(?:(?<member>an?\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?:\\s+and\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?)|(?<bare>(?:${NP_WORD}\\s+)?${NP_WORD}(?:,\\s*(?:${NP_WORD}\\s+)?${NP_WORD}){0,3}(?:,?\\s+and\\s+(?:${NP_WORD}\\s+)?${NP_WORD})?)|(?<named>(?:[\\p{L}'-]+\\s+){1,4}?[\\p{L}'-]+))(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
/** A member named with rank and name: "nine soldiers including Naib Subedar Sanobar Ali embraced …". */
const CAPITALISED_NAME_RE = /^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)+$/u;

/**
 * … or naming them by a bare plural or a list of them, where the aside's closing comma is left
 * out: "Several others, including civilians were badly hurt", "over 600 security personnel,
 * including troops, police officers and village guards have been martyred" (people only).
 */
function trySubjectIncluding(x: Cues, c: Count): CasualtyHit | null {
  // "including" follows the subject's noun phrase, and the harm word follows "including".
  const including = x.s.indexOf(' including ', c.end);
  if (including < 0 || including - c.end > 100) return null;
  // The members are a few words with no mark or figure before the harm phrase.
  const stem = x.firstStem(including + 11);
  // Commas only between members of a list ("including troops, police officers and village guards").
  const between = x.s.slice(including + 11, stem);
  if (stem < 0 || stem - including > 80 || /[;:.()\d]/.test(between) || /,(?![^,]*\band\b)/.test(between))
    return null;
  const m = SUBJECT_INCLUDING_RE.exec(x.s.slice(c.end, c.end + 160));
  const bare = m?.groups?.bare;
  // Troops named among the members are harmed people here (a harm word follows); "guards" is a
  // people noun of the same length, so the list's length still tells whether all of it is people.
  const members = bare?.replace(/\b(?:troops|forces)\b/gi, 'guards');
  if (members !== undefined && peopleLength(members) !== members.length && !CAPITALISED_NAME_RE.test(members))
    return null;
  const named = m?.groups?.named;
  if (named !== undefined && !CAPITALISED_NAME_RE.test(named)) return null;
  return windowSubjectHit(x, c, m, m?.groups?.member ?? bare ?? named ?? '');
}

/**
 * "900 people from X and nearby villages have moved to the UN base for safety": people who went
 * somewhere for their safety are displaced (docs/CLAIMS.md).
 */
const SAFETY_RE = new RegExp(
  `^(?:\\s+(?<np>${NP}))(?:\\s+and\\s+(?:other\\s+|nearby\\s+|surrounding\\s+)?[\\p{L}-]+)?(?:\\s+${AUX}){0,4}\\s+(?:moved|relocated|gone|went|fled|headed|run|ran|walked|trekked|travell?ed|come|came)\\s+(?:to|into|towards)\\s+[^.;:!?\\d]{1,100}?\\bfor\\s+(?:their\\s+)?safety\\b`,
  'iu',
);

export function trySafety(x: Cues, c: Count): CasualtyHit | null {
  if (!x.s.includes('safety') || !x.stemIn(c.end, c.end + 200)) return null;
  const m = SAFETY_RE.exec(x.s.slice(c.end, c.end + 200));
  const np = m?.groups?.np;
  const head = np ? headWord(np) : '';
  if (!m || !np || !OF_PEOPLE_HEADS.has(head) || ARMED_HEADS.has(head) || !looksLikePeople(np, 'displaced'))
    return null;
  return hit(c, c.start, c.end + m[0].length, 'displaced', 'subject', np);
}

/** Records kept of people: "missing persons reports", "injured workers claims". */
const RECORD_NOUNS = new Set(
  'reports files complaints claims applications inquiries enquiries requests records forms notices lists registers registries hotlines posters appeals databases'.split(
    ' ',
  ),
);

/** The harm phrase is a state of health: "in (a) serious condition". */
const CONDITION_END_RE = /\scondition$|\sconditions$/i;

/**
 * After "N injured people": they died of their wounds. A short phrase of where or when may come
 * between ("were shot and later died", "shot during the checkpoint assault also died").
 */
export const INJURED_DIED_RE =
  /^(?:\s+(?:in|during|at|near|on)(?:\s+(?!(?:and|but|or|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|all|others?)\b)[\p{L}'-]+){1,5})?(?:\s+(?:and|but))?(?:\s+(?:have|has|had|later|subsequently|since|also|then|reportedly))*\s+(?:died|succumbed)\b/iu;

/**
 * "six wounded soldiers and civilians were killed": the people "wounded" describes (group 1), and
 * the verb saying they died.
 */
const WOUNDED_PEOPLE_THEN_KILLED_RE =
  /^(\s+(?:soldiers|civilians|people|persons|men|women|children|patients|fighters|troops|police(?:men)?|officers|prisoners|detainees|survivors)(?:\s+and\s+[\p{L}-]+)?(?:\s+\([^()]{1,20}\))?)(?:\s+(?:were|was|have\s+been|had\s+been|later|also|since|subsequently)){1,3}\s+(?:killed|executed|slain|shot\s+dead|murdered)\b/iu;
/** "the loss of three internally displaced": people the loss names, not their displacement. */
const DISPLACED_PERSONS_AFTER_RE = /^\s+(?:persons|people)\b(?:\s+\([^()]{1,20}\))?/i;

export function trySubject(x: Cues, c: Count): CasualtyHit | null {
  const s = x.s;
  const rest = s.slice(c.end, c.end + 160);
  const m = x.stemIn(c.end, c.end + 160) ? SUBJECT_RE.exec(rest) : null;
  if (!m)
    return (
      trySubjectWithAside(x, c) ??
      trySubjectWithDistance(x, c) ??
      trySubjectWithNames(x, c) ??
      trySubjectTied(x, c) ??
      trySubjectWithRelative(x, c) ??
      trySubjectIncluding(x, c) ??
      trySubjectAttribution(x, c) ??
      trySubjectEliminated(x, c)
    );
  const category = categoryFromGroups(HARM_AFTER, m.groups);
  if (!category) return null;
  // "six wounded soldiers and civilians were killed": "wounded" describes people whom the verb
  // after says died.
  // So may "internally displaced persons were killed".
  // ("internally" may be read as the noun phrase.)
  const bareHarm = m.groups?.np === undefined || /^\p{L}+ly$/u.test(m.groups.np);
  const woundedDied =
    (category === 'injured' || category === 'displaced') && bareHarm
      ? WOUNDED_PEOPLE_THEN_KILLED_RE.exec(s.slice(c.end + m[0].length, c.end + m[0].length + 80))
      : null;
  if (woundedDied) {
    const people = `${m[0].trim()}${woundedDied[1]}`;
    return hit(c, c.start, c.end + m[0].length + woundedDied[0].length, 'killed', 'subject', people);
  }
  // "the tragic loss of three internally displaced persons": the loss names people, who died.
  const loss =
    category === 'displaced' && bareHarm
      ? matchTail(LOSS_BEFORE_RE, s.slice(Math.max(0, c.start - 40), c.start))
      : null;
  const persons = loss
    ? DISPLACED_PERSONS_AFTER_RE.exec(s.slice(c.end + m[0].length, c.end + m[0].length + 40))
    : null;
  if (loss && persons) {
    const end = c.end + m[0].length + persons[0].length;
    return hit(c, verbStart(c.start, loss), end, 'killed', 'object', `${m[0].trim()}${persons[0]}`);
  }
  // "1,000 others at least were wounded": a qualifier after the people is the count's (the noun
  // phrase may have taken it for a place: "at …").
  const lateInNp = m.groups?.np !== undefined && /\sat\s+least$/i.test(m.groups.np);
  if ((m.groups?.late !== undefined || lateInNp) && c.approx === 'exact') c = withApprox(c, 'at_least');
  // "six others are “missing”": a harm word in quote marks only after an auxiliary (a quoted
  // verb right after the count may be what the count did).
  if (m.groups?.quoted !== undefined && !PREDICATE_RE.test(`${m[0]} `)) return null;
  const np = lateInNp ? m.groups!.np.replace(/\s+at\s+least$/i, '') : m.groups?.np;
  if (!looksLikePeople(np, category)) return null;
  // Things are "in critical condition" too ("3 councils"): only a people noun makes them hurt,
  // and a part of people counted before ("seven of them", "one in critical condition and one …")
  // or a vague number ("several people") is the state of some of them, not a count of its own.
  if (
    CONDITION_END_RE.test(m[0]) &&
    (np === undefined
      ? c.min === null || !/^\s+(?:are|were|remain|remained)\s+(?:still\s+)?in\s/i.test(m[0])
      : /^of\s/i.test(np) || !isPeopleHead(headWord(np)) || c.min === null)
  )
    return null;
  // "killed 4 people and soldiers were wounded": after a harm verb the count is its object, and
  // "and" starts a new clause rather than a coordinated subject.
  if (
    np !== undefined &&
    /\sand\s/i.test(np) &&
    matchTail(VERB_BEFORE_RE, s.slice(Math.max(0, c.start - 40), c.start))
  )
    return null;
  // "300 jobs disappeared", "the savings vanished": only people who vanish are missing.
  if (
    /^(?:vanish|vanished|disappeared)$/i.test(harmWord(m[0])) &&
    (np === undefined || !namesPeople(headWord(np)))
  )
    return null;
  const end = c.end + m[0].length;
  if (!harmTailOk(s, end, m[0])) return null;
  // "Two of the injured later died": the hurt who died are counted dead. Not the set of a part
  // ("Two of the 15 injured later died": the 15 were hurt, two of them died).
  const setOfPart = /\bof\s+(?:the|those|these)\s+$/i.test(s.slice(Math.max(0, c.start - 12), c.start));
  const died =
    (category === 'injured' || category === 'casualties') && !setOfPart
      ? INJURED_DIED_RE.exec(s.slice(end, end + 80))
      : null;
  if (died) {
    const diedEnd = end + died[0].length;
    return { ...hit(c, c.start, diedEnd, 'killed', 'subject', np), tailEnd: diedEnd };
  }
  // "5,000 fighters remain in camps": armed men in camps are a force, not the displaced.
  if (
    category === 'displaced' &&
    np !== undefined &&
    ARMED_HEADS.has(headWord(np)) &&
    /(?:camps?|shelters?|tents|centres|centers|sites)$/i.test(m[0])
  )
    return null;
  // "Three gunmen fled", "two men who fled the scene": a flight from a crime is no displacement.
  if (
    category === 'displaced' &&
    /fled$/i.test(m[0]) &&
    ((np !== undefined && FLEEING_AGENTS.has(headWord(np))) || FLED_SCENE_RE.test(s.slice(end, end + 40)))
  )
    return null;
  // "treated 16 injured people including 7 children": the harm word is the people's adjective,
  // so a tally may follow the noun (the quote still ends at the harm word).
  if (
    np === undefined &&
    m.groups?.paren === undefined &&
    /^(?:injured|wounded|dead|missing|displaced)$/i.test(lastWord(m[0]))
  ) {
    const noun = /^\s+([\p{L}]+)/u.exec(s.slice(end, end + 24));
    // "140 missing persons reports", "3 displaced persons camps": the people name the things counted.
    const thing = noun
      ? /^\s+([\p{L}]+)/u.exec(s.slice(end + noun[0].length, end + noun[0].length + 24))
      : null;
    if (noun && OF_PEOPLE_HEADS.has(noun[1].toLowerCase())) {
      // Only after a people noun: "25 wounded after missiles hit" counts the wounded.
      if (thing && (NON_PEOPLE.has(thing[1].toLowerCase()) || RECORD_NOUNS.has(thing[1].toLowerCase())))
        return null;
      // "three injured passengers later died": the hurt who died are counted dead.
      const died =
        category === 'injured' && !setOfPart
          ? INJURED_DIED_RE.exec(s.slice(end + noun[0].length, end + noun[0].length + 40))
          : null;
      if (died) {
        const diedEnd = end + noun[0].length + died[0].length;
        return { ...hit(c, c.start, diedEnd, 'killed', 'subject'), tailEnd: diedEnd };
      }
      return { ...hit(c, c.start, end, category, 'subject'), tailEnd: end + noun[0].length };
    }
  }
  // "Twelve people (including 4 children) were killed": the counts in the parenthesis are
  // claims of their own, so the quote stops before it.
  const paren = m.groups?.paren;
  if (
    paren !== undefined &&
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i.test(paren)
  ) {
    const npEnd = c.end + m[0].indexOf(paren);
    const trimmed = npEnd - (/\s*$/.exec(s.slice(c.end, npEnd))?.[0].length ?? 0);
    return { ...hit(c, c.start, trimmed, category, 'subject', np), tailEnd: trimmed };
  }
  return hit(c, c.start, end, category, 'subject', np);
}

/** A finite predicate in a subject match: "… had been found", "… are still unaccounted for". */
export const PREDICATE_RE = /\s(?:were|was|are|is|have|has|had|remain(?:s|ed)?|still)\s/i;
