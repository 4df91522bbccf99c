/**
 * Counts read together within a sentence: the members of a tally ("…, including 25 children",
 * "Among the dead were 15 children"), coordinated subjects and objects ("16 children and 11
 * women were killed"), an elided harm clause ("… and 200 more in the province"), a part of a
 * counted set ("Eight of the eleven missing"), "one" as a member of a list, and members in
 * another state or condition. Most are applied by analyseSentence (casualty-sentence.ts).
 */
import type { CasualtyCategory } from './types';
import type { Count } from './counts';
import { PEOPLE_HEADS, matchTail, tailRegExp, wordTrie } from './lexicon';
import { NP_WORD, NP_CORE, NP, AUX, HARM_AFTER_ALT } from './casualty-phrases';
import { headWord, looksLikePeople, namesPeople } from './casualty-people';
import { type CasualtyHit, hit } from './casualty-hits';

/** A tally member that died of the harm counted: "three of them fatally", "two fatally". */
export const FATALLY_RE = /\b(?:fatally|mortally)\b/i;

/** A part counted with its own harm: " of whom were killed", " of them are displaced". */
export const PART_WITH_OWN_HARM_RE = new RegExp(
  `^\\s+of\\s+(?:them|whom)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * A part of the injured named by its state: "(of them) (are) in critical condition", or the
 * state as an adverb alone ("… were injured, two seriously, in …").
 */
export const IN_CONDITION_AFTER_RE =
  /^(?:(?:\s+of\s+(?:them|whom))?(?:\s+(?:are|were|is|was)(?:\s+(?:still|now|reported))?)?\s+in\s+(?:an?\s+)?(?:critical|serious|grave|severe|stable|life-threatening|very\s+serious)\s+condition\b|\s+(?:seriously|critically|severely|gravely)(?=\s*[,;.)]))/i;

/** Members named by an article inside a tally's list: ", a member of the civil defense, a soldier". */
export const ARTICLE_MEMBERS_RE = /^(?:\s*,\s*(?:an?|one)\s+[^,;.:\d()]{1,60}?(?=\s*(?:,|\band\b)))+/;
// A parenthesis after the previous member ("253 women (12 per cent) and …") is skipped.
export const TALLY_LINK_RE =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:[,;:(—–"'-]\s*)*(?:(?:including(?:\s+those\s+of)?|includ(?:ed|es|e)|compris(?:ed|es|e)|among\s+them|among\s+whom|among\s+the\s+(?:dead|deceased|victims|injured|wounded)(?:\s+(?:were|are))?|of\s+whom|mostly|mainly|most\s+of\s+them|and|plus|as\s+well\s+as|(?:along|together)\s+with|with)\s+)?(?:(?:at\s+least|about|around|some|nearly)\s+)?["']?$/iu;
// A looser link when the tally word is explicit: "13 bodies recovered so far, including …".
// Any digits in the gap are no counts (a count between would be the one before): "on 10 May".
// "…, namely a surgeon, a driver, two nurses …": members named by an article may come first.
// "…, mostly fighters but also including 40 civilians": a bulk named before the counted member.
// "55 civilians killed in December including nine children": a time or place phrase needs no comma.
export const TALLY_INCLUDING_RE =
  /^(?:[^.;:]{0,80}?[,(—–-]\s*["']?|\s+(?:in|on|during|since|over|last|this)\s+[^,.;:\d"]{1,30}?\s+(?=including\s))(?:(?:mostly|mainly|most\s+of\s+them)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?:but\s+)?(?:also\s+)?including|including(?:\s+those\s+of)?|among\s+them|among\s+whom|of\s+whom|mostly|mainly|namely)\s+(?:an?\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+and|\s*,(?:\s+and)?)\s+){0,4}(?:(?:at\s+least|about|around|some|nearly)\s+)?(?:(?<=\band\s+)(?:his|her|their)\s+)?["']?$/iu;
/**
 * A tally opened by its own harm word: "Among the dead were 15 children", "death tolls include
 * 33 people", "The 26 deaths among security forces in 2022 include 14 policemen".
 */
// Its last word is one of these: a cheap test first, as AMONG_RE tries every start in its window.
const AMONG_LAST_WORD_RE = tailRegExp(
  '\\b(?:were|are|was|is|dead|killed|deaths|fatalities|victims|injured|wounded|hurt|include[ds]?|including|compris(?:e|es|ed)|as)\\s+',
  'iu',
);
// "Among the (30) dead were six policemen", "The dead (also) included …", "The slain include …", "The
// toll included …", "Those killed were identified as …", "The casualties included …"; the victims
// of a death toll the sentence names ("verified the death toll, stating that the victims included …").
const AMONG_RE =
  /(?:\bamong\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:(?<killed>dead|deceased|killed|deaths|fatalities|victims)|(?<injured>injured|wounded|hurt)|(?<casualties>casualties))(?:\s+(?:were|are|was|is))?|\b(?:(?<killed2>death\s+(?:tolls?|tally)|(?<=\bthe\s)toll|deaths|fatalities|dead|slain|(?:those|people)\s+(?:killed|murdered))|(?<injured2>injured|wounded|injuries)|(?<casualties2>(?<=\bthe\s)casualties)|(?<=\bdeath\s+toll\b[^.;]{0,80}?\bthe\s)victims)(?:\s+(?:were|was|are|is))?(?:[^.;]{0,60}?\b(?:the\s+)?(?:figure|toll|tally|number|count)s?|\s+(?:among|in|from|on)\s+[^.;,]{1,50}?)?(?:\s+(?:also|reportedly))?\s+(?:included?|includes|including|compris(?:e|es|ed))|(?:^|[.;:"]\s*|\b(?:the|those)\s+)(?:killed|dead|slain|(?<injured3>injured|wounded))\s+(?:were|are)(?:\s+identified\s+as)?)\s+$/iu;
export const WITH_LINK_RE = /^[^.;:\d]{0,40}?\bwith\s+$/i;
export const IN_CONDITION_RE =
  /^\s+(?:of\s+them\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|severe|life-threatening|very\s+serious)\s+condition/i;
/** "… and 200 more in the province": an elided repeat of the harm clause before. */
const ELLIPSIS_PLACE = String.raw`\s+(?:in|on|at|across|near|from|inside|outside)\s+(?!(?:the\s+)?hospital)(?:the\s+)?\p{Lu}`;
const ELLIPSIS_REGION = String.raw`\s+(?:in|across|from)\s+(?:the\s+)?(?:north|south|east|west|central|neighbou?ring|nearby)\b`;
// "and two more civilians in X", "and thousands more in recent weeks": "more" may take its
// people noun, and be followed by a recent span of time.
const ELLIPSIS_PEOPLE = `\\s+(?:${wordTrie(PEOPLE_HEADS.filter((w) => /^\p{Ll}+s$/u.test(w)))})\\b`;
const ELLIPSIS_RECENT = String.raw`\s+(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|previous|following)\s+(?:(?:few|two|three|several)\s+)?(?:hours|days|weeks|months|years)\b`;
// "3,021 deaths in 2011 compared with 2,790 in 2010": the year the left-out clause counts.
const ELLIPSIS_YEAR = String.raw`\s+in\s+(?:19|20)\d\d(?!\d)`;
// "14 in twin bomb blasts", "20 more in a bomb attack": the event the left-out clause names.
const ELLIPSIS_EVENT = String.raw`\s+in\s+(?:the\s+|a\s+|an\s+)?(?:(?:twin|two|three|separate|suicide|car|bomb|truck|drone|rocket|missile|mortar|air|Israeli|Russian|US|American|Saudi|government|army|military|militant|rebel|coordinated|deadly|subsequent|second|first|later|latest|other)\s+){0,3}(?:blasts?|bombings?|attacks?|(?:air)?strikes?|explosions?|raids?|clashes|shelling|crash(?:es)?|ambush(?:es)?|shootings?|assaults?)\b`;
// Without "more", the place is read to its end and must end the clause: "and 300,000 in
// Florida lost power" is a new clause.
export const ELLIPSIS_RE = new RegExp(
  `^(?:\\s+(?:more|others)(?:(?<=more)${ELLIPSIS_PEOPLE})?(?=\\s*(?:[,.;)]|$)|${ELLIPSIS_PLACE}|${ELLIPSIS_REGION}|${ELLIPSIS_RECENT}|${ELLIPSIS_EVENT})|(?:${ELLIPSIS_PLACE}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}|${ELLIPSIS_REGION}[\\p{L}'-]*(?:\\s+\\p{L}+)?|${ELLIPSIS_EVENT}|${ELLIPSIS_YEAR})(?:\\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?)?(?=\\s*(?:[,.;)—–]|$)|\\s+(?:and|in|on|at|during|over|since|last|this|alone|respectively|according|from|after|following|amid)\\b))`,
  'u',
);
/**
 * Between a claim and an ellipsis that lists where: "died at the Central Mosque, ", "people: ",
 * "have died - ", "30 people, " (the member after it must then name a place).
 */
export const ELLIPSIS_LIST_GAP_RE =
  /^(?:\s+(?:at|in|on|across|near|inside)\s+[^,.;:\d]{1,50}?\s*,|\s*:|\s+[-–—]|\s*[–—]|\s*,)\s*$/u;
// "and another 23 people in Ehsim": the people may be named again.
export const ANOTHER_ELLIPSIS_RE = new RegExp(
  `^(?:\\s+(?:more|others|people|children|women|men|civilians)|${ELLIPSIS_PEOPLE})?(?:\\s+(?:in|on|at|during|over|across|from|near)\\s+(?:the\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})?(?=\\s*(?:[,.;)]|$))`,
  'u',
);
// "1.8 million of them to neighbouring countries": the part of the ones before who went there.
// ("4.3 million internally and 1.2 million into neighbouring countries": within the country too.)
export const ELLIPSIS_TO_RE = new RegExp(
  String.raw`^(?:\s+internally(?=\s*(?:[,.;)]|$)|\s+and\b)|(?:\s+of\s+them)?\s+(?:in)?to\s+(?:(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}|(?:neighbou?ring|nearby|surrounding|other)\s+(?:countries|states|nations))(?:\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?)?(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|during|over|since|last|this|alone|respectively|according)\b))`,
  'u',
);
/** A tally member said to be in a state that is not the claim's harm (docs/CLAIMS.md). */
export const OTHER_STATE_RE =
  /^\s+(?:(?:who|that)\s+)?(?:(?:were|are|was|is|remain|remained)\s+)?(?:still\s+)?(?:trapped|rescued|saved|held|abducted|kidnapped|taken\s+(?:hostage|captive)|found\s+(?:alive|safe)|alive)\b/iu;
// "…, with over 300 passengers taken hostage": the member's own state ends the noun phrase.
// ("…; almost 200 taken hostage": or the whole of it, with no noun before.)
export const OTHER_STATE_IN_NP_RE =
  /(?:^|\s)(?:trapped|rescued|saved|abducted|kidnapped|held\s+hostage|taken\s+(?:hostage|captive|prisoner))\b/iu;
/** A set opened by "Of the …" whose members a later clause counts. */
export const OF_THE_SET_RE = tailRegExp('(?:^|[^\\p{L}])of\\s+(?:the|those|these|all(?:\\s+the)?)\\s+', 'iu');

/** An empty member match, for a tally member named only by a "who" clause. */
export const WHO_MEMBER_RE = /^/;
/** "… 25 from the government forces and their allies": a member told by the side it fought on. */
// ("including 2,166 in rebel-held areas": a member told by who holds where it was.)
const FROM_SIDE = String.raw`from\s+(?:the|their|its)\s+(?:[\p{L}'-]+\s+){0,3}?(?:forces|army|troops|militias?|side|ranks)(?:\s+and\s+(?:their|its)\s+(?:allies|supporters|proxies))?(?![\p{L}'-])`;
/** "has been reported (in …)": a member's verb in tallies written as reports ("one has been reported in Kathmandu"). */
export const HAS_BEEN_REPORTED = String.raw`(?:has|have)\s+been\s+(?:reported|recorded|registered)`;
export const TALLY_MEMBER_RE = new RegExp(
  `^(?:\\s+of\\s+(?:them|whom|which)(?:\\s+(?:were|are|was))?(?:\\s+an?(?=\\s))?)?(?:\\s+(?:were|are|was|is|${HAS_BEEN_REPORTED})(?:\\s+(?:believed\\s+to\\s+be|identified\\s+as))?(?:\\s+an?(?=\\s))?)?\\s+(?<np>(?:in|from)\\s+(?:the\\s+(?:city|town|province|district|region|village|state|capital|area)\\s+of\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}|(?:in|at|near|outside|inside)\\s+the\\s+\\p{Ll}+(?=[\\s,.;:)]|$)|in\\s+(?:the\\s+)?\\p{L}+-(?:held|controlled|run|occupied)\\s+(?:areas?|parts?|territor(?:y|ies)|regions?|zones?|districts?)(?![\\p{L}])|on\\s+the\\s+\\p{L}+\\s+side|${FROM_SIDE}|${NP})`,
  'u',
);

const OF_COUNTED_SET_RE = /^\s+of\s+(?:the|those|these)\s+\d[\d,]*(?=\s)/i;

/**
 * "Among the dead were a nurse and her two sons", "Among those hurt were a guard, a driver and
 * the driver's three children": after members named one by one with an article, a count with
 * a possessive (or none) is a member of the tally too.
 */
const AMONG_NAMED_RE =
  /\bamong\s+(?:the|those)\s+(?:(?<killed>dead|deceased|killed|deaths|fatalities|victims)|(?<injured>injured|wounded|hurt))\s+(?:were|are|was|is)\s+(?:(?:an?|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:\s+and|\s*,(?:\s+and)?)\s+){1,4}(?:(?:his|her|their|its|the\s+[\p{L}-]+['’]s)\s+)?$/iu;

/** "Among the fatalities were 61 rebels, 20 troops and 19 civilians": the next member of a tally's list. */
export function tryNextMember(s: string, c: Count, previous: CasualtyHit | null): CasualtyHit | null {
  if (
    previous?.frame !== 'tally' ||
    !/^(?:,\s*(?:and\s+)?|,?\s+and\s+)$/.test(s.slice(previous.tailEnd, c.start))
  )
    return null;
  const member = TALLY_MEMBER_RE.exec(s.slice(c.end, c.end + 100));
  if (!member || !looksLikePeople(member.groups?.np, previous.category)) return null;
  const end = c.end + member[0].length;
  return { ...hit(c, c.start, end, previous.category, 'tally', member.groups?.np), tailEnd: end };
}
export const AMONG_THE_BEFORE_RE = /\bamong\s+(?:the|those)\s+[\p{L}-]+\s+(?:were|are|was|is)\s+$/iu;
export function tryAmong(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 110), c.start);
  let named = false;
  let m = matchTail(AMONG_LAST_WORD_RE, before) ? AMONG_RE.exec(before) : null;
  if (!m && /mong/i.test(before)) {
    m = AMONG_NAMED_RE.exec(before);
    named = true;
  }
  if (!m?.groups) return null;
  const category: CasualtyCategory =
    m.groups.injured !== undefined || m.groups.injured2 !== undefined || m.groups.injured3 !== undefined
      ? 'injured'
      : // "The casualties included 12 Britons": killed and injured together.
        m.groups.casualties !== undefined || m.groups.casualties2 !== undefined
        ? 'casualties'
        : 'killed';
  // "The dead included 22 of the 300 villagers": the member is a part of a counted set.
  const ofSet = OF_COUNTED_SET_RE.exec(s.slice(c.end, c.end + 24))?.[0].length ?? 0;
  const member = TALLY_MEMBER_RE.exec(s.slice(c.end + ofSet, c.end + ofSet + 100));
  if (!member || !looksLikePeople(member.groups?.np)) return null;
  const end = c.end + ofSet + member[0].length;
  // "Among the hurt is a boy, and several people are in critical condition": a clause of its own.
  if (named && /^\s+(?:were|are|was|is|have|has|had)\b/i.test(s.slice(end, end + 8))) return null;
  return { ...hit(c, c.start, end, category, 'tally', member.groups?.np), tailEnd: end };
}

/**
 * "killed three commanders from X, a militant group, and 10 civilians": after an object, an
 * apposition set off by commas before the next member of the object.
 */
// "killed 10 civilians at Kabul University and five civilians at a wedding": the object's place,
// then the next object.
export const OBJECT_PLACE_AND_GAP_RE =
  /^\s+(?:in|at|near|on|outside|inside)\s+(?:the\s+|an?\s+)?[^,;:.\d()]{1,50}?\s+and\s+$/u;
export const OBJECT_APPOSITION_GAP_RE =
  /^(?:\s+(?:from|of|in|with)\s+[^,.;:\d]{1,40}?)?\s*,\s*an?\s+[^,.;:\d()]{1,60},\s*and\s+$/;

/**
 * "3 people – a woman and two children – died", "Eleven were killed on Sunday — eight in the
 * capital and …", "24,686 deaths: 7,797 children, 4,959 women …": after a dash or a colon, the members of the claim before (those named by an article
 * first), when at most a short phrase of time or place stands between.
 */
export const DASH_MEMBERS_GAP_RE =
  /^(?:\s+(?:on|in|at|during|over|since|across)\s+[^—–.;:,\d]{1,40}?)?\s*(?:[—–:]|\s-)\s*(?:an?\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+and|\s*,(?:\s+and)?)\s+){0,4}$/u;

const TALLY_OPENER_END_RE = /(?:including|among\s+them|of\s+whom)\s+$/i;
/** Between two members of a tally: the first's people, then ", " or " and ". */
const TALLY_MEMBER_GAP_RE = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?\s*(?:,\s*|,?\s+and\s+)$/u;

/** Whether count `i` is a member of a tally opened by "including" (right before it or a member before). */
export function inTallyList(s: string, counts: Count[], i: number): boolean {
  for (let j = i; j >= 0; j--) {
    if (TALLY_OPENER_END_RE.test(s.slice(Math.max(0, counts[j].start - 16), counts[j].start))) return true;
    if (j === 0 || !TALLY_MEMBER_GAP_RE.test(s.slice(counts[j - 1].end, counts[j].start))) return false;
  }
  return false;
}

/** COORDINATED_RE's gap ends in its link: tested first, as the noun phrase before it is costly. */
// "Fifty-two civilians and the four bombers were killed": an article may lead the next member.
export const COORDINATED_LINK_END_RE = tailRegExp('(?:,|and|including)\\s*(?:the\\s+)?', 'i');
export const NEED_IN_NP_RE = /\b(?:in\s+need|at\s+risk)\b/i;
export const COORDINATED_VERB_RE = /^(?!(?:un)?armed$|unidentified$|retired$)\p{L}+(?:ed|ing)$/iu;
// "Two guards, a driver, three porters and …": members named by an article may stand between.
export const COORDINATED_RE = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?<np>${NP}))?(?:\\s*,\\s*an?\\s+${NP_WORD}(?:\\s+${NP_WORD}){0,3}(?=\\s*,|\\s+and\\s*$)){0,3}\\s*(?<link>,?\\s*including|,\\s*and|,|and)\\s*(?:the\\s+)?$`,
  'iu',
);

/**
 * The link of a gap that joins two counted members of one subject ("officers and", "soldiers,
 * a guard and"), or null: the noun phrase after the first count names people and holds no verb.
 */
function coordinatedGap(gap: string, category: CasualtyCategory): string | null {
  if (!matchTail(COORDINATED_LINK_END_RE, gap)) return null;
  const m = COORDINATED_RE.exec(gap);
  const np = m?.groups?.np;
  if (!m || !looksLikePeople(np, category) || COORDINATED_VERB_RE.test(np ?? '')) return null;
  if (np !== undefined && !namesPeople(headWord(np))) return null;
  return /including/i.test(m.groups?.link ?? '')
    ? 'including'
    : /and/i.test(m.groups?.link ?? '')
      ? 'and'
      : ',';
}

/**
 * Whether counts[i] is the last member, after "and", of a coordinated list with a counted member
 * of its own ("Ten policemen, one soldier and one officer died"): every member before it joined by
 * a comma or "and", back to a count that is not "one".
 */
export function endsCountedList(s: string, counts: Count[], i: number, category: CasualtyCategory): boolean {
  if (coordinatedGap(s.slice(counts[i - 1].end, counts[i].start), category) !== 'and') return false;
  for (let j = i - 1; j >= 0; j--) {
    if (!counts[j].isOne) return true;
    if (j === 0) return false;
    const link = coordinatedGap(s.slice(counts[j - 1].end, counts[j].start), category);
    if (link !== ',' && link !== 'and') return false;
  }
  return false;
}

export function hasOne(counts: Count[]): boolean {
  for (const c of counts) if (c.isOne) return true;
  return false;
}

/** Between a "one" and the count beside it in a list: ", ", " and ", ", another ", " with ". */
// A place may close the member before: "three deaths in the north, and one death in the south".
export const ONE_LINK_RE =
  /^(?:\s+(?:in|at|on|near|across)\s+(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}(?=\s*[,;]))?\s*(?:,\s*(?:[\p{L}'-]+\s+){1,4}(?:said|says|reported|added)\s*)?(?:[,;]\s*)?(?:(?:and|while|with|plus)\s+)?(?:another\s+)?$/iu;

/**
 * "one of his men", "one of their guards": one taken out of someone's people. ("One of the men
 * on board had died" mostly points back at people counted before, and stays dark.)
 */
export const ONE_OF_PEOPLE_RE =
  /^one\s+of\s+(?:his|her|their|its|our)\s+(?!(?:dead|killed|injured|wounded|missing)\b)/i;

/** Casualty hits in one sentence `s` (offsets relative to `s`). */
/** Between a part and its set: "Eight of the eleven …". */
export const PART_OF_THE_RE = /^\s+of\s+(?:the|those|these)\s+$/i;
/** The set's harm word right after its count: "the eleven missing", "the 12 dead". */
export const HARM_ADJECTIVE_AFTER_RE = /^\s+(?:dead|killed|missing|injured|wounded|displaced)\b/i;
/** Between a member and the counted set it was among: "children were among the". */
export const AMONG_SET_GAP_RE = new RegExp(
  `^(?<lead>\\s+)(?<np>${NP_CORE})\\s+(?:were|was|are|is)\\s+(?:also\\s+|reportedly\\s+)?among\\s+(?:(?:the|those)\\s+)?$`,
  'iu',
);
/** After the set's harm word and noun, the part's own predicate: "… missing climbers were found dead". */
export const PART_OWN_HARM_RE = new RegExp(
  `^\\s+(?:dead|killed|missing|injured|wounded|displaced)(?:\\s+${NP_WORD}){0,2}(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
/** Between a part and a set with a noun of its own: "four of the nine …", "30 of the ship's 120 …". */
export const PART_OF_SET_RE = /^\s+of\s+(?:the|those|these|(?:the\s+)?\p{L}+['’]s)\s+$/iu;

/** After a count of bodies: they were found ("… had been recovered"). */
export const BODIES_FOUND_RE =
  /^\s+(?:(?:had|have|has)\s+(?:now\s+|so\s+far\s+|since\s+|also\s+)?been|were|was)\s+(?:found|recovered|retrieved|located|pulled\s+(?:out|from))\b/i;
