/**
 * One sentence's casualty hits (analyseSentence): each count tried against the frames, then the
 * passes that read the counts together (lists with "one", evacuees who left, the identified
 * dead, parts of counted sets, coordinated subjects, tallies, ellipses, earlier and estimated
 * figures), and what the sentence leaves for a tally in the next.
 */
import { hasHarmStem } from './harm-stems';
import { findCounts, withApprox, type Count } from './counts';
import { HARM_AFTER, categoryFromGroups, matchTail, tailRegExp } from './lexicon';
import { NP_WORD } from './casualty-phrases';
import {
  headWord,
  looksLikePeople,
  namesThings,
  thingsCounted,
  namesPeople,
  peopleLength,
  PEOPLE_HEAD_SET,
} from './casualty-people';
import {
  type CasualtyHit,
  hit,
  insideParenthesis,
  verbStart,
  harmTailOk,
  Cues,
  cuesOf,
} from './casualty-hits';
import { FORECAST_LEAVE_BEFORE_RE, tryObject } from './casualty-objects';
import { trySafety, trySubject, PREDICATE_RE } from './casualty-subjects';
import { NOUN_FORECAST_BEFORE_RE, tryNoun } from './casualty-nouns';
import {
  trySearch,
  tryWhereabouts,
  tryAndObject,
  tryAlongWith,
  tryAboard,
  tryOfThe,
  tryBodiesOf,
  tryOneBody,
} from './casualty-frames';
import {
  tryToll,
  ESTIMATE_BEFORE_COUNT_RE,
  ESTIMATES_AFTER_COUNT_RE,
  tryTollAfter,
  UP_FROM_RE,
  EARLIER_REPORT_AFTER_RE,
} from './casualty-tolls';
import {
  FATALLY_RE,
  PART_WITH_OWN_HARM_RE,
  IN_CONDITION_AFTER_RE,
  ARTICLE_MEMBERS_RE,
  TALLY_LINK_RE,
  TALLY_INCLUDING_RE,
  WITH_LINK_RE,
  IN_CONDITION_RE,
  ELLIPSIS_RE,
  ELLIPSIS_LIST_GAP_RE,
  ANOTHER_ELLIPSIS_RE,
  ELLIPSIS_TO_RE,
  OTHER_STATE_RE,
  OTHER_STATE_IN_NP_RE,
  OF_THE_SET_RE,
  WHO_MEMBER_RE,
  TALLY_MEMBER_RE,
  HAS_BEEN_REPORTED,
  tryNextMember,
  AMONG_THE_BEFORE_RE,
  tryAmong,
  OBJECT_PLACE_AND_GAP_RE,
  OBJECT_APPOSITION_GAP_RE,
  DASH_MEMBERS_GAP_RE,
  inTallyList,
  COORDINATED_LINK_END_RE,
  NEED_IN_NP_RE,
  COORDINATED_VERB_RE,
  COORDINATED_RE,
  endsCountedList,
  hasOne,
  ONE_LINK_RE,
  ONE_OF_PEOPLE_RE,
  PART_OF_THE_RE,
  HARM_ADJECTIVE_AFTER_RE,
  AMONG_SET_GAP_RE,
  PART_OWN_HARM_RE,
  PART_OF_SET_RE,
  BODIES_FOUND_RE,
} from './casualty-tallies';
import {
  CARRIED_START_RE,
  tryCarried,
  tryNextGroupMember,
  carriedFrom,
  type Carried,
  breakdownOf,
  FIGURE_WORD_RE,
  figureOfCarried,
} from './casualty-carried';

const OF_THE_SET_MEMBER_VERB_RE = new RegExp(`^\\s+(?:were|are|was|is|${HAS_BEEN_REPORTED})\\s`, 'i');

/** Between a toll and the next place's figure: ", and in the West Bank (to)". */
const PLACE_FIRST_ELLIPSIS_GAP_RE =
  /^\s*,?\s+and\s+(?:in|on|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:to\s+)?$/u;

// After a list's last member: the sentence ends, or its source closes it.
const LIST_CLOSE_RE =
  /^(?:\s*(?:[.;]|$)|\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:said|says|told|added|reported)\b)/u;

/**
 * The members of a list of counted people from counts[i] on ("260 security force personnel and
 * 856 militants"), when the list is all there is until the sentence or its source ends: at least
 * two members, the last after "and". Empty otherwise.
 */
function peopleListAfter(
  s: string,
  counts: Count[],
  hits: Array<CasualtyHit | null>,
  i: number,
): Array<{ index: number; end: number; np: string }> {
  const members: Array<{ index: number; end: number; np: string }> = [];
  for (let k = i; k < counts.length && !hits[k] && counts[k].approx !== 'vague'; k++) {
    const after = s.slice(counts[k].end, counts[k].end + 80);
    const space = /^\s+/.exec(after)?.[0].length ?? 0;
    const np = space > 0 ? peopleLength(after.slice(space)) : 0;
    if (np === 0) return [];
    const end = counts[k].end + space + np;
    members.push({ index: k, end, np: after.slice(space, space + np) });
    const next = counts[k + 1];
    if (next && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(s.slice(end, next.start))) continue;
    const lastLink = members.length >= 2 ? s.slice(members[members.length - 2].end, counts[k].start) : '';
    return /\band\s+$/.test(lastLink) && LIST_CLOSE_RE.test(s.slice(end, end + 60)) ? members : [];
  }
  return [];
}

/** A definition's wording right before a count: "defined as", "defined as attacks that". */
const DEFINITION_BEFORE_RE =
  /\bdefine[sd]?\s+as\s+(?:[^,.;:]{0,40}?\b(?:that|which|in\s+which|where)\s+(?:\p{L}+\s+){0,2})?$/iu;

/** A tally member that ends in its place: "70 in Gaza", "7 at Linwood Mosque". */
const PLACED_MEMBER_RE =
  /^[\d,.]+\s+(?:in|at|on|near|inside|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** The people noun a placed member repeats: " people in Dalori". */
const PEOPLE_BEFORE_PLACE_RE = /^\s+(people|persons|civilians)(?=\s+(?:in|at|on|near)\s)/;

/** A part of a set told by where it was: " victims were at Al Noor mosque on Deans Avenue". */
const SET_PART_WHERE_RE =
  /^\s+(?:(?:victims|people|persons)\s+)?(?:were|was|are|is)\s+(?:at|in|from|on|inside|near)\s+[^,.;]{1,60}?(?=\s*(?:[,.;]|\band\b|$))/i;
const MEMBER_AGES_RE =
  /^\s+aged\s+(?:from\s+|between\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?(?:\s+years?(?:\s+old)?)?(?=\s*,)/;
const MEMBER_RELATIVE_RE = /^\s+(?:whose|who|which|that)\s[^,;.:\d]{1,80}?(?=\s*,?\s*and\s*$)/i;
/** A part of a harmed set: "13,200 of those killed". */
const PARTITIVE_HARMED_END_RE = /\bof\s+(?:those|the)\s+(?:killed|dead|injured|wounded)$/i;
/** From that part to the next: " were children, while ". */
const PART_THEN_NEXT_GAP_RE = /^\s+(?:were|are)\s+[\p{L}-]+\s*,?\s*(?:while|and|whereas)\s+$/iu;
/** Who the next part were: " were women". */
const PART_WHO_RE = /^\s+(?:were|are)\s+([\p{Ll}-]+)(?=\s*(?:[,.;]|$))/u;
/** A sentence that tells of a revision: "revised", "corrected", "lowered", "updated". */
const REVISION_RE = /\b(?:revis|correct|lower|reduc|updat|downward|upward)/i;
/** Between a claim and the figure it replaced: "… from a previous government estimate of". */
const REPLACED_FIGURE_GAP_RE =
  /^(?![^.;:\d]*\b(?:up|down)\s+from\b)[^.;:\d]{0,60}?\bfrom\s+(?<figure>(?:the|an?|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:previous|initial|earlier|original|prior|first)\s+(?:[\p{L}-]+\s+){0,2}?(?:estimates?|claims?|figures?|tolls?|counts?|tally|numbers?|reports?)\s+of\s+)$/iu;

/** "None of the 40 passengers were hurt": the count is the set no one of which was harmed. */
const NONE_OF_BEFORE_RE = tailRegExp(
  '\\b(?:none|neither|nobody|no\\s+one|not\\s+one)\\s+(?:of|among)\\s+(?:(?:the|those|these|its|their|his|her|our|all)\\s+)*',
  'iu',
);

const RATE_AFTER_RE =
  /^\s*(?:(?:on\s+)?average\s+)?(?:per|a|each|every)\s+(?:day|week|month|year|hour)\b(?!\s+(?:earlier|later|after|before|ago|prior|of))/i;

const EVACUATION_RE = /\b(?:evacuat|fled\b|flee|displac)/i;
const LEFT_AREA_RE = new RegExp(
  `^(?:\\s+(?<np>${NP_WORD}(?:\\s+${NP_WORD})?))?\\s+(?:(?:had|have|has)\\s+)?(?:already\\s+|since\\s+)?left\\s+(?:their\\s+homes|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:districts?|areas?|villages?|towns?|cit(?:y|ies)|regions?|zones?|islands?|coast))\\b`,
  'iu',
);

/** A bare count (or "of the victims") identified: counted with the dead of its sentence. */
const IDENTIFIED_RE =
  /^(?:\s+of\s+(?:them|the\s+(?:dead|victims|bodies)))?\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:so\s+far\s+|now\s+|since\s+|already\s+|positively\s+)?identified\b/i;
const IDENTIFIED_BEFORE_RE = tailRegExp('\\b(?<verb>identified)(?<ws>\\s+)', 'i');
const IDENTIFIED_OF_DEAD_RE =
  /^\s+of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:dead|deceased|bodies|victims|dead\s+victims|people\s+killed|people\s+who\s+died)\b/i;
const DEAD_BEFORE_RE = /\b(?:dead|deaths|died|killed|bodies|fatalities)\b/i;

/** A count of time units: "seven months", "two days". */
const DURATION_AFTER_RE = /^\s+(?:years|months|weeks|days|hours|decades)\b/i;

/**
 * Casualty hits in one sentence `s` (offsets relative to `s`), given what the sentence before
 * left for a tally to continue, and what this one leaves for the next.
 */
export function analyseSentence(
  s: string,
  carriedIn: Carried | null | (() => Carried | null),
): { hits: CasualtyHit[]; next: Carried | null } {
  // What the sentence before left may be asked for only when needed: the extractor then reads
  // a context sentence only when a tally in the text after it could continue it.
  let carriedKnown = typeof carriedIn !== 'function';
  let carriedValue = typeof carriedIn === 'function' ? null : carriedIn;
  const carried = (): Carried | null => {
    if (!carriedKnown) {
      carriedValue = (carriedIn as () => Carried | null)();
      carriedKnown = true;
    }
    return carriedValue;
  };
  // Without a harm stem only a tally carried from the sentence before can hold a claim (the
  // opener regex is skipped where nothing is known to be carried: most sentences of a page).
  const found = cuesOf(s);
  const nothingCarried = carriedKnown && carriedValue === null;
  // "number" is a toll's head: a sentence with it alone may still give the figure of the harm before.
  if (
    !nothingCarried &&
    FIGURE_WORD_RE.test(s) &&
    (found === null || !hasHarmStem(s.replace(/\b(?:number|tally)\b/g, '')))
  ) {
    const figure = figureOfCarried(s, carried());
    if (figure) return { hits: [figure], next: null };
  }
  if (found === null && (nothingCarried || !CARRIED_START_RE.test(s) || carried() === null))
    return { hits: [], next: null };
  const onlyCarried = found === null;
  const cues = found ?? new Cues(s, []);
  const counts = findCounts(s);
  const hits: Array<CasualtyHit | null> = counts.map(() => null);
  let previousEnd = 0;
  counts.forEach((c, i) => {
    // "one" claims only inside a tally, or when qualified ("at least one other officer died").
    if (c.isOne && c.qualifier !== 'at least') {
      const body = onlyCarried ? null : tryOneBody(s, c);
      if (body) {
        hits[i] = body;
        previousEnd = c.end;
      }
      return;
    }
    const h = onlyCarried
      ? hits.every((x) => x === null)
        ? tryCarried(s, c, carried())
        : tryNextGroupMember(s, c, hits[i - 1])
      : // "Among the fatalities were 61 rebels, 20 troops …": a tally member before any noun frame.
        ((AMONG_THE_BEFORE_RE.test(s.slice(Math.max(0, c.start - 40), c.start)) ? tryAmong(s, c) : null) ??
        (i > 0 ? tryNextMember(s, c, hits[i - 1]) : null) ??
        tryBodiesOf(s, c) ??
        trySubject(cues, c) ??
        tryOfThe(cues, c) ??
        tryAndObject(s, c) ??
        tryNoun(cues, c) ??
        tryObject(s, c) ??
        trySearch(s, c) ??
        tryWhereabouts(s, c) ??
        tryToll(
          cues,
          c,
          previousEnd,
          i > 0 ? hits[i - 1] : null,
          i > 0 ? counts[i - 1] : null,
          hits.findLast((h, k) => k < i && h !== null) ?? null,
          hits.find((h, k) => k < i && h !== null) ?? null,
        ) ??
        tryTollAfter(cues, c) ??
        tryAmong(s, c) ??
        tryAlongWith(s, c, i > 0 ? hits[i - 1] : null) ??
        tryAboard(s, c) ??
        trySafety(cues, c) ??
        (i === 0 ? tryCarried(s, c, carried()) : null));
    // "there will be 200,000 dead", "expected a figure of 150,000 dead": a forecast.
    hits[i] =
      h && h.start >= c.start && NOUN_FORECAST_BEFORE_RE.test(s.slice(Math.max(0, c.start - 36), c.start))
        ? null
        : h;
    // A count after "from" that made no claim ("the death toll from two days of clashes",
    // "revised from 160 to three") does not hide the toll's head from the figure after it.
    // Only a count after "from" is let through: elsewhere the shorter window is kept (speed).
    // Nor does a span of time ("the toll in the more than seven months of war has passed 36,000").
    if (
      h ||
      !(
        // "the number of people killed by the three cyclones has increased to 12" too.
        /\b(?:from|by)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, c.start - 10), c.start)) ||
        DURATION_AFTER_RE.test(s.slice(c.end, c.end + 12)) ||
        // "the death toll from the shootings at two mosques has climbed to 50": things counted.
        thingsCounted(s, c)
      )
    )
      previousEnd = c.end;
  });
  // "one" as a member of a list of counts claims like any count: "one driver was killed and
  // six wounded", "killing one and wounding four", "Two farmers killed, one hurt". A lone
  // "one" (no count of its own frame beside it) stays dark.
  if (!onlyCarried && hasOne(counts)) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || !c.isOne || c.qualifier !== '') continue;
      // "Those killed included one soldier": "one" (not "a") inside a tally the harm word opens.
      const among = /^one$/i.test(s.slice(c.coreStart, c.end)) ? tryAmong(s, c) : null;
      if (among) {
        hits[i] = among;
        continue;
      }
      const h = trySubject(cues, c) ?? tryNoun(cues, c) ?? tryObject(s, c);
      if (!h) continue;
      // A "one" accepted just before links too: "one was injured and one is missing".
      const prev = i > 0 ? hits[i - 1] : null;
      const next = i + 1 < counts.length && !counts[i + 1].isOne ? hits[i + 1] : null;
      if (
        (prev && prev.end <= h.start && ONE_LINK_RE.test(s.slice(prev.end, h.start))) ||
        (next && h.end <= next.start && ONE_LINK_RE.test(s.slice(h.end, next.start))) ||
        // "Five guards and one inmate were killed": the last member of a coordinated subject,
        // whose harm word the count before it shares (the coordination below claims that one).
        // "One of his guards was wounded": a partitive picks a counted one out of someone's people.
        (h.frame === 'subject' && ONE_OF_PEOPLE_RE.test(s.slice(c.start, h.end))) ||
        /^one\s+(?:person|civilian)\b/i.test(s.slice(c.start, c.start + 16)) ||
        (h.frame === 'subject' && i > 0 && !hits[i - 1] && endsCountedList(s, counts, i, h.category))
      )
        hits[i] = h;
      else if (
        h.frame === 'object' &&
        i + 1 < counts.length &&
        !hits[i + 1] &&
        h.end <= counts[i + 1].start &&
        /^\s*(?:,|,?\s+and)\s*$/.test(s.slice(h.end, counts[i + 1].start))
      ) {
        // "killing one US soldier, two Kenyan soldiers and nine Somali soldiers", "killed one U.S.
        // service member and two American contractors": "one" opens a list of counted objects;
        // the members after it follow it.
        const members: CasualtyHit[] = [];
        for (let j = i + 1; j < counts.length && !hits[j] && !counts[j].isOne; j++) {
          const m = tryNextMember(s, counts[j], members.at(-1) ?? { ...h, frame: 'tally', tailEnd: h.end });
          if (!m) break;
          members.push(m);
        }
        if (members.length > 0) {
          hits[i] = h;
          members.forEach((m, k) => (hits[i + 1 + k] = m));
        }
      }
    }
  }
  // "ordered to evacuate …, and about 400,000 had already left coastal districts": in a sentence
  // about an evacuation, people who left their homes or an area are displaced.
  if (!onlyCarried && s.includes('left') && EVACUATION_RE.test(s)) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || c.isOne) continue;
      const m = LEFT_AREA_RE.exec(s.slice(c.end, c.end + 80));
      if (m && looksLikePeople(m.groups?.np))
        hits[i] = hit(c, c.start, c.end + m[0].length, 'displaced', 'subject', m.groups?.np);
    }
  }
  // "The floods killed 58 people, but only 37 have been identified": the identified dead.
  if (!onlyCarried && s.includes('dentif')) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || c.isOne) continue;
      // "has identified 56 of the 384 dead": the identified part of the dead.
      const verb = matchTail(IDENTIFIED_BEFORE_RE, s.slice(Math.max(0, c.start - 24), c.start));
      if (verb && IDENTIFIED_OF_DEAD_RE.test(s.slice(c.end, c.end + 60))) {
        hits[i] = hit(c, verbStart(c.start, verb), c.end, 'killed', 'object');
        continue;
      }
      const m = IDENTIFIED_RE.exec(s.slice(c.end, c.end + 60));
      if (!m) continue;
      const before = s.slice(Math.max(0, c.start - 200), c.start);
      if (!hits.some((h, j) => j < i && h?.category === 'killed') && !DEAD_BEFORE_RE.test(before)) continue;
      hits[i] = hit(c, c.start, c.end + m[0].length, 'killed', 'subject');
    }
  }
  // "Eight of the eleven missing", "two of the 15 injured": a part of a counted set named by
  // its harm word is a claim of the same harm (the quote stops before the set's count).
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    if (hits[i] || c.isOne || !whole || whole.frame !== 'subject') continue;
    const next = counts[i + 1];
    const link = PART_OF_THE_RE.exec(s.slice(c.end, next.start));
    if (!link || !HARM_ADJECTIVE_AFTER_RE.test(s.slice(next.end, next.end + 24))) continue;
    const end = c.end + link[0].trimEnd().length;
    // "3 of the 10 missing climbers were found dead": the part has a harm of its own.
    const own = PART_OWN_HARM_RE.exec(s.slice(next.end, next.end + 120));
    const ownCategory = own ? categoryFromGroups(HARM_AFTER, own.groups) : null;
    const category =
      ownCategory && ownCategory !== whole.category && harmTailOk(s, next.end + own![0].length, own![0])
        ? ownCategory
        : whole.category;
    hits[i] = hit(c, c.start, end, category, 'subject');
  }
  // "Two children were among the 12 people killed": members named before the counted set.
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    const gap = s.slice(c.end, counts[i + 1].start);
    if (hits[i] || c.isOne || !whole || whole.frame !== 'subject' || whole.start !== counts[i + 1].start)
      continue;
    if (!gap.includes('among')) continue;
    const m = AMONG_SET_GAP_RE.exec(gap);
    if (!m || !looksLikePeople(m.groups?.np, whole.category)) continue;
    const end = c.end + (m.groups?.lead.length ?? 0) + (m.groups?.np.length ?? 0);
    hits[i] = { ...hit(c, c.start, end, whole.category, 'tally', m.groups?.np), tailEnd: end };
  }
  // "Four of the nine bodies have been found", "30 of the 120 passengers are still missing":
  // the predicate holds for the part only, so the part is the claim and the set is none.
  // ("Three of the 10 people killed were children" keeps both: there the harm names the set.)
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    // "One of the three hostages was killed": the word "one" is a part too (not "a").
    if (hits[i] || (c.isOne && !/^one$/i.test(s.slice(c.start, c.end))) || !whole) continue;
    const next = counts[i + 1];
    if (!PART_OF_SET_RE.test(s.slice(c.end, next.start))) continue;
    let end = -1;
    if (whole.frame === 'subject' && PREDICATE_RE.test(s.slice(next.end, whole.end))) end = whole.end;
    else if (
      whole.frame === 'noun' &&
      whole.category === 'killed' &&
      /(?:bodies|corpses|cadavers)$/i.test(s.slice(whole.start, whole.end))
    ) {
      const found = BODIES_FOUND_RE.exec(s.slice(whole.end, whole.end + 48));
      if (found) end = whole.end + found[0].length;
    }
    if (end < 0) continue;
    hits[i] = hit(c, c.start, end, whole.category, 'subject');
    hits[i + 1] = null;
  }
  // Coordinated subjects: "at least 16 children and 11 women were killed" — the first count
  // shares the harm word, and its qualifier carries to the second, and on along the list
  // ("At least 16 children, 11 women and 4 men": docs/CLAIMS.md, across a coordinated phrase).
  const carriesToNext: boolean[] = [];
  for (let i = counts.length - 2; i >= 0; i--) {
    const next = hits[i + 1];
    if (hits[i] || !next || (next.frame !== 'subject' && next.frame !== 'coordinated')) continue;
    const c = counts[i];
    // "the deaths of 65 civilians, as well as six soldiers and hundreds of others were injured":
    // a count added to the claim before belongs to it, not to the subject after.
    const before = i > 0 ? hits[i - 1] : null;
    if (before && before.end <= c.start && /^\s*,?\s+as\s+well\s+as\s+$/i.test(s.slice(before.end, c.start)))
      continue;
    // "One guard and five inmates were killed": the word "one" (not an article) leads the list.
    if (c.isOne && (c.qualifier !== '' || !/^one$/i.test(s.slice(c.coreStart, c.end)))) continue;
    // A tally member ("…, including 300 children, and 6,200 were injured") coordinates only
    // with a list that runs on to the harm word: "including 37 men and five children were hurt".
    // So does the last of several members: "including 5 children and 2 women, and 70 were hurt".
    if (next.frame === 'subject' && next.who === null && inTallyList(s, counts, i)) continue;
    const gap = s.slice(c.end, counts[i + 1].start);
    if (!matchTail(COORDINATED_LINK_END_RE, gap)) continue;
    const m = COORDINATED_RE.exec(gap);
    if (!m || !looksLikePeople(m.groups?.np, next.category)) continue;
    // "on four islands, 30 people were killed": a count set off by a bare comma is a member only
    // when it names people.
    const coNp = m.groups?.np;
    if (m.groups?.link === ',' && coNp !== undefined && !namesPeople(headWord(coNp))) continue;
    // "took 80 pupils, and 50 of them are missing": a part of the count is no member beside it
    // (an aside "Three people, two of them children, died" still shares the harm word).
    if (
      /\band\s*$/i.test(gap) &&
      /^\s+of\s+(?:them|whom|those|these)\b/i.test(s.slice(counts[i + 1].end, counts[i + 1].end + 14))
    )
      continue;
    // "home to 40,000 people, 12,000 of whom are displaced": the part has a harm of its own;
    // the whole has none.
    if (
      m.groups?.link === ',' &&
      PART_WITH_OWN_HARM_RE.test(s.slice(counts[i + 1].end, counts[i + 1].end + 80))
    )
      continue;
    // "19 survived and 13 died": a verb after the count makes it a clause of its own; "155
    // survivors and 111 bodies recovered": so does a noun that says they came through.
    if (COORDINATED_VERB_RE.test(m.groups?.np ?? '') || /\bsurvivors?$/i.test(m.groups?.np ?? '')) continue;
    // "an estimated 2 million people in need of aid and 300,000 displaced": people in a need,
    // not the harm; the qualifier still carries to the coordinated count.
    const inNeed = NEED_IN_NP_RE.test(m.groups?.np ?? '');
    // "Of the 300 passengers, 40 were injured": the set is the whole, not a harmed member.
    if (
      m.groups?.link === ',' &&
      matchTail(OF_THE_SET_RE, s.slice(Math.max(0, c.start - 16), c.start)) !== null
    )
      continue;
    // "Sixty miners, including 12 who were hurt, escaped": the clause names the member's harm.
    if (
      /including/i.test(m.groups?.link ?? '') &&
      /^\s+(?:who|that)\s/i.test(s.slice(counts[i + 1].end, counts[i + 1].end + 6))
    )
      continue;
    // The shared harm word belongs to the last member's quote; claims of a kind never overlap.
    // The quote stops at the count's own noun phrase, before any members named by an article.
    const npEnd =
      coNp !== undefined
        ? c.end + gap.indexOf(coNp) + coNp.length
        : c.end + gap.length - (/\s*(?:,?\s*including|,\s*and|,|and)\s*$/i.exec(gap)?.[0].length ?? 0);
    if (!inNeed)
      hits[i] = { ...hit(c, c.start, npEnd, next.category, 'coordinated', m.groups?.np), tailEnd: npEnd };
    const link = m.groups?.link ?? '';
    carriesToNext[i] = !/including/i.test(link);
    if (carriesToNext[i] && counts[i + 1].qualifier === '' && c.approx !== 'exact' && c.approx !== 'vague') {
      for (let j = i + 1; j < counts.length && hits[j] && counts[j].qualifier === ''; j++) {
        const widened = withApprox(counts[j], c.approx);
        hits[j] = { ...hits[j]!, min: widened.min, max: widened.max, approx: widened.approx };
        if (!carriesToNext[j]) break;
      }
    }
  }
  // Tallies: counts that list who was harmed after a claim, inheriting its harm word.
  for (let i = 1; i < counts.length; i++) {
    if (hits[i]) continue;
    const c = counts[i];
    // Only the count right before can open a tally, but a partitive member looks back past a
    // count of things: "30 were killed in the two attacks, officials said, 20 of them in …".
    let p = i - 1;
    if (
      !hits[p] &&
      p > 0 &&
      hits[p - 1] &&
      /^\s+of\s+(?:them|whom)\b/i.test(s.slice(c.end, c.end + 12)) &&
      namesThings(s, counts[p])
    )
      p--;
    const prev = hits[p];
    if (!prev) continue;
    const from = Math.max(prev.tailEnd, counts[p].end);
    if (from > c.start) continue;
    const gap = s.slice(prev.frame === 'tally' ? counts[p].end : prev.end, c.start);
    let gapAfterTail = s.slice(Math.min(Math.max(prev.end, prev.tailEnd), c.start), c.start);
    // "120 children (70 boys and 50 girls) and 95 women": after the parenthesis that holds a
    // member's own tally, the next member continues the outer one.
    if (prev.frame === 'tally' && /^\s*\)/.test(gapAfterTail) && insideParenthesis(s, counts[p].start)) {
      gapAfterTail = gapAfterTail.replace(/^\s*\)/, '');
    }
    // "…, 12 children, a nurse, a driver and 3 doctors": members named by an article between
    // two counted members keep the tally open.
    if (prev.frame === 'tally') gapAfterTail = gapAfterTail.replace(ARTICLE_MEMBERS_RE, '');
    // "five children aged from 9 to 16 years old, and two …": a member's ages keep the tally open.
    gapAfterTail = gapAfterTail.replace(MEMBER_AGES_RE, '');
    // "including 15 men whose bodies were found inside a house and seven others": a member's
    // relative clause keeps the tally open too.
    if (prev.frame === 'tally') gapAfterTail = gapAfterTail.replace(MEMBER_RELATIVE_RE, '');
    // A bare "and" or comma continues only a list of objects or an open tally; after a subject
    // or a toll it starts a new clause ("…19 deaths, and 2.3m customers were without power").
    const plainLink =
      /^\s*(?:,|and|,\s*and)\s*$/i.test(gap) || /^\s*(?:,|and|,\s*and)\s*$/i.test(gapAfterTail);
    const partitive = /^\s+of\s+(?:them|whom|which)\b/i.test(s.slice(c.end, c.end + 12));
    // "Of the 176 people killed in the crash, 55 were students": members of the set named first.
    const ofTheSet =
      prev.frame !== 'tally' &&
      matchTail(OF_THE_SET_RE, s.slice(Math.max(0, counts[p].start - 16), counts[p].start)) !== null &&
      /^[^.;:\d]{0,80},\s*$/.test(gapAfterTail) &&
      // ("Of the 14 casualties, one has been reported in Kathmandu, three from Syangja …")
      OF_THE_SET_MEMBER_VERB_RE.test(s.slice(c.end, c.end + 30));
    if (plainLink && !partitive && !ofTheSet && !['object', 'tally', 'coordinated'].includes(prev.frame))
      continue;
    // "3,008 were injured in the fighting, 904 of whom are children": the partitive names the set.
    const partitiveClause = partitive && /^[^.;:\d]{0,60}?,\s*["']?$/.test(gapAfterTail);
    if (
      !TALLY_LINK_RE.test(gap) &&
      !TALLY_LINK_RE.test(gapAfterTail) &&
      !TALLY_INCLUDING_RE.test(gapAfterTail) &&
      !partitiveClause &&
      !ofTheSet &&
      !(prev.frame === 'object' && OBJECT_APPOSITION_GAP_RE.test(gapAfterTail)) &&
      !(prev.frame === 'object' && OBJECT_PLACE_AND_GAP_RE.test(gapAfterTail)) &&
      !(prev.frame !== 'tally' && DASH_MEMBERS_GAP_RE.test(gapAfterTail))
    )
      continue;
    // "including dozens of students": a vague count takes "of" before its people.
    const of = c.approx === 'vague' ? (/^\s+of(?=\s)/.exec(s.slice(c.end, c.end + 4))?.[0].length ?? 0) : 0;
    // "including 55 who are in a critical condition": the member is named by its clause.
    const member =
      TALLY_MEMBER_RE.exec(s.slice(c.end + of, c.end + of + 100)) ??
      (/^\s+who\s/i.test(s.slice(c.end, c.end + 6)) && /including|among|of\s+whom/i.test(gapAfterTail)
        ? WHO_MEMBER_RE.exec('')
        : null);
    if (!member) continue;
    const np = member.groups?.np ?? '';
    // Troops listed with the harmed are harmed people too ("killing 70 Afghans and 13 US troops").
    if (!/^(?:in|on|from)\s/i.test(np) && !looksLikePeople(np, prev.category)) continue;
    const end = c.end + of + member[0].length;
    // "… and 25 from the army were captured", "killed the two gunmen, and 34 people have been
    // detained": after ", and" an object's member with a verb of its own opens a clause of its
    // own (a list is the subject of its verb: "the bodies of 22 women and six children had been …").
    if (
      (/^from\s/i.test(np) ||
        (prev.frame === 'object' && !partitive && /^\s*,\s*and\s*$/i.test(gapAfterTail))) &&
      /^\s+(?:were|was|are|is|have|has|had|will|would)\b/i.test(s.slice(end, end + 8))
    )
      continue;
    // "killed 5 people in Texas and 300,000 in Florida lost power": after the object's place, a
    // count with a verb of its own opens a clause of its own.
    if (
      prev.frame === 'object' &&
      OBJECT_PLACE_AND_GAP_RE.test(gapAfterTail) &&
      // (A singular verb after a plural count is the main clause's: "… and five civilians at a
      // wedding has increased the probability".)
      /^\s+(?:(?:were|are|have|had|will|would)\b|\p{Ll}+ed\b|(?:lost|left|fled|went|got|took)\b)/u.test(
        s.slice(end, end + 12),
      )
    )
      continue;
    // "killed 9 people, including a guard, and 300 soldiers were sent": a member is no larger
    // than the whole it is taken from.
    if (
      prev.frame !== 'tally' &&
      prev.max !== null &&
      c.min !== null &&
      c.min > prev.max &&
      /\b(?:including|namely|among|of\s+whom)\b/i.test(gapAfterTail)
    )
      continue;
    // "… died - 20 more than last year": a comparison, not a member.
    if (/^\s+than\b/i.test(s.slice(end, end + 8))) continue;
    // "… missing, including several guards trapped in the town": another state, not this one.
    if (OTHER_STATE_RE.test(s.slice(end, end + 40)) || OTHER_STATE_IN_NP_RE.test(np)) continue;
    let count: Count = c;
    // Coordinated objects keep the qualifier ("killing at least 16 children and 11 women", "the
    // deaths of at least 65 civilians, as well as six soldiers"), and so do a tally's members
    // ("among them at least 17 children and 20 women").
    if (
      (prev.frame === 'object' || prev.frame === 'noun' || prev.frame === 'tally') &&
      /^\s*(?:,|and|,?\s*as\s+well\s+as)\s*$/i.test(prev.frame === 'tally' ? gapAfterTail : gap) &&
      !partitive &&
      c.qualifier === '' &&
      prev.approx !== 'exact' &&
      prev.approx !== 'vague'
    )
      count = withApprox(c, prev.approx);
    // "14 people were shot, three of them fatally": the members who died are killed.
    const category = prev.category !== 'killed' && FATALLY_RE.test(np) ? 'killed' : prev.category;
    hits[i] = { ...hit(count, c.start, end, category, 'tally', np), tailEnd: end };
  }
  // "more than 400,000 refugees and 300,000 internally displaced persons": two harm nouns of one
  // harm joined by "and" are one coordinated phrase, so the qualifier carries (docs/CLAIMS.md).
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a || !b || a.frame !== 'noun' || (b.frame !== 'noun' && b.frame !== 'subject')) continue;
    if (
      (a.category !== b.category && b.frame !== 'noun') ||
      b.start !== counts[i + 1].start ||
      counts[i + 1].qualifier !== ''
    )
      continue;
    if (a.approx !== 'at_least' && a.approx !== 'at_most' && a.approx !== 'about') continue;
    if (a.end > b.start || !/^\s*,?\s*and\s+$/i.test(s.slice(a.end, b.start))) continue;
    const widened = withApprox(counts[i + 1], a.approx);
    hits[i + 1] = { ...b, min: widened.min, max: widened.max, approx: widened.approx };
  }
  // "injured 45 workers, with eight in critical condition": part of the injured, in that state.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || prev?.category !== 'injured' || counts[i].isOne || prev.end > counts[i].start) continue;
    const c = counts[i];
    if (!WITH_LINK_RE.test(s.slice(prev.end, c.start))) continue;
    const m = IN_CONDITION_RE.exec(s.slice(c.end, c.end + 50));
    if (!m) continue;
    const end = c.end + m[0].length;
    hits[i] = { ...hit(c, c.start, end, 'injured', 'tally'), tailEnd: end };
  }
  // Ellipsis: "1,000 people died in the city and at least 200 more in the province" — the
  // verb of the clause before is left out, so a bare place phrase (or nothing) follows.
  // A member read so may lead the next one: "41 at X, 7 at Y and 3 at Z".
  const ellipsed: boolean[] = counts.map(() => false);
  for (let i = 1; i < counts.length; i++) {
    // A count inside the hit before ("are in 55 camps") is part of that clause, not a new one.
    const inside = i > 1 && !hits[i - 1] && (hits[i - 2]?.end ?? -1) >= counts[i - 1].end;
    const before = inside ? hits[i - 2] : hits[i - 1];
    // "killed 19 people, including six children, outside X, and another 23 people in Y": past
    // a tally, "another" repeats the head's clause.
    const pastTally =
      before?.frame === 'tally' &&
      !ellipsed[i - 1] &&
      /\band\s+(?:another|a\s+further)\s+$/i.test(s.slice(before.end, counts[i].start));
    const prev = pastTally ? hits.slice(0, i - 1).findLast((h) => h !== null && h.frame !== 'tally') : before;
    if (
      hits[i] ||
      !prev ||
      !before ||
      (prev.frame !== 'subject' &&
        prev.frame !== 'object' &&
        prev.frame !== 'noun' &&
        prev.frame !== 'toll' &&
        !ellipsed[i - 1] &&
        // "112 people died: 70 in Gaza and 42 in the West Bank": a member read with its place
        // leads the next one as an ellipsed member would.
        !(prev.frame === 'tally' && PLACED_MEMBER_RE.test(s.slice(prev.start, prev.end))))
    )
      continue;
    const c = counts[i];
    // "…, two in Dalori and one in Kofa": a "one" closing a list of placed members counts.
    if ((c.isOne && !ellipsed[i - 1]) || before.end > c.start) continue;
    const gap = s.slice(before.end, c.start);
    // "killed nine people in X, two people in Y": the member repeats the noun of the claim before.
    const noun = PEOPLE_BEFORE_PLACE_RE.exec(s.slice(c.end, c.end + 12));
    const repeated = noun && s.slice(prev.start, prev.end).endsWith(noun[1]) ? noun[0].length : 0;
    const rest = s.slice(c.end + repeated, c.end + repeated + 40);
    // People who fled go "to" a place: "9,000 fled to X and 4,000 to Y".
    const toPlace = prev.category === 'displaced' ? ELLIPSIS_TO_RE.exec(rest) : null;
    // "41 died at the Central Mosque, 7 at Linwood Mosque and …", "killed 191: 20 at El Pozo,
    // …": a comma after a place of the claim before, or a colon, also leaves the verb out.
    // "… have fled their homes – 1.8 million of them to neighbouring countries": a part of them.
    if (
      // "with over 2,500 reported killed, compared to approximately 1,700 in September".
      // (A year may stand in the gap: "3,021 deaths in 2011 compared with 2,790 in 2010".)
      !/^(?:[^.;:\d]|\b(?:19|20)\d\d\b){0,60}?\b(?:and\s+(?:another\s+|a\s+further\s+)?|compared\s+(?:to|with)\s+)$/i.test(
        gap,
      ) &&
      !(ellipsed[i - 1] ? /^\s*,\s*$/ : ELLIPSIS_LIST_GAP_RE).test(gap) &&
      !(toPlace?.[0].startsWith(' of') && /^[^.;:\d]{0,60}?(?:,|\s[-–—]|[–—])\s*$/.test(gap)) &&
      // "… newly displaced due to war; 4.3 million internally and 1.2 million into …": where
      // the displaced went, after a semicolon.
      !(toPlace && /^[^.;:\d]{0,60}?;\s*$/.test(gap))
    )
      continue;
    // "and another 1,000 in the second week": "another" marks the repeat, with any place or time.
    const another = /\b(?:another|a\s+further)\s+$/i.test(s.slice(Math.max(0, c.start - 12), c.start));
    const m = ELLIPSIS_RE.exec(rest) ?? toPlace ?? (another ? ANOTHER_ELLIPSIS_RE.exec(rest) : null);
    if (!m) continue;
    // After a bare comma only a place makes the count a member: "30 people, 20 at El Pozo".
    if (
      /^\s*,\s*$/.test(gap) &&
      !ellipsed[i - 1] &&
      m !== toPlace &&
      !/^\s+(?:in|on|at|across|near|from|inside|outside)\s/i.test(m[0])
    )
      continue;
    if (c.isOne && !/^\s+(?:in|on|at|near|inside|outside)\s/i.test(m[0])) continue;
    const end = c.end + repeated + m[0].length;
    hits[i] = { ...hit(c, c.start, end, prev.category, 'tally'), tailEnd: end };
    ellipsed[i] = true;
  }
  // "the number of injuries in Gaza reached 1,300, and in the West Bank 3,728": the next place
  // first, then its figure, the verb left out.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || (prev.frame !== 'toll' && prev.frame !== 'noun') || prev.end > counts[i].start)
      continue;
    if (!PLACE_FIRST_ELLIPSIS_GAP_RE.test(s.slice(prev.end, counts[i].start))) continue;
    if (!/^\s*(?:[,.;)]|$)/.test(s.slice(counts[i].end, counts[i].end + 4))) continue;
    hits[i] = {
      ...hit(counts[i], counts[i].start, counts[i].end, prev.category, 'tally'),
      tailEnd: counts[i].end,
    };
  }
  // "600 civilians had been killed, 260 security force personnel and 856 militants, the officer
  // said": a list of people after the clause, with no verb, shares its harm.
  for (let i = 1; i < counts.length; i++) {
    const head = hits[i - 1];
    if (!head || head.frame !== 'subject' || hits[i] || !/^\s*,\s*$/.test(s.slice(head.end, counts[i].start)))
      continue;
    const members = peopleListAfter(s, counts, hits, i);
    for (const m of members)
      hits[m.index] = {
        ...hit(counts[m.index], counts[m.index].start, m.end, head.category, 'tally', m.np),
        tailEnd: m.end,
      };
  }
  // "… 73,000 people have died, up from the 61,000 reported a day earlier": the earlier
  // figure of the same toll, reported as such, is a claim too.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || counts[i].isOne || prev.end > counts[i].start) continue;
    const c = counts[i];
    if (!UP_FROM_RE.test(s.slice(prev.end, c.start))) continue;
    // "…, up from 157 on Saturday": a change in the figure, not a report of the old one.
    if (!EARLIER_REPORT_AFTER_RE.test(s.slice(c.end, c.end + 40))) continue;
    hits[i] = { ...hit(c, c.start, c.end, prev.category, 'tally'), tailEnd: c.end };
  }
  // "… revised to around 1,200 from a previous government estimate of 1,400": the figure a
  // revision replaced is a source's report too (not "up from an earlier toll of 30": a change).
  if (REVISION_RE.test(s))
    for (let i = 1; i < counts.length; i++) {
      const prev = hits[i - 1];
      if (hits[i] || !prev || counts[i].isOne || prev.end > counts[i].start) continue;
      const gap = REPLACED_FIGURE_GAP_RE.exec(s.slice(prev.end, counts[i].start));
      if (!gap?.groups) continue;
      const start = prev.end + gap.index + gap[0].length - gap.groups.figure.length;
      hits[i] = { ...hit(counts[i], start, counts[i].end, prev.category, 'toll'), tailEnd: counts[i].end };
    }
  // "The UN estimates 3,800 civilians have been killed", "was estimated at 60", "displaced
  // 355,000 people, according to UN estimates": an estimate's figure is approximate
  // (docs/CLAIMS.md), as "an estimated 60" is.
  if (s.includes('stimat')) {
    /** Where the last whole governed by a clause-level estimate ("It is estimated that 10,224 …") ends. */
    let estimatedWholeEnd = -1;
    for (let i = 0; i < counts.length; i++) {
      const h = hits[i];
      const c = counts[i];
      if (!h) continue;
      const byClause =
        matchTail(ESTIMATE_BEFORE_COUNT_RE, s.slice(Math.max(0, c.start - 90), c.start)) ||
        ESTIMATES_AFTER_COUNT_RE.test(s.slice(c.end, c.end + 80));
      // "…, including 3,106 children and 1,970 women": members of an estimated whole in the same
      // clause are estimated too; after "an estimated 60" (one noun phrase's qualifier) they are not.
      // "…, including 3,106 children (30 per cent) and 1,970 women (19 per cent) were injured":
      // the member after "and" is read as the verb's subject, yet it is still the tally's.
      const andMember =
        i > 0 &&
        hits[i - 1]?.frame === 'tally' &&
        /^[^;.:]{0,40}\band\s+$/.test(s.slice(counts[i - 1].end, c.start));
      const member = h.frame === 'tally' || h.frame === 'coordinated' || andMember;
      const inEstimatedTally =
        member &&
        estimatedWholeEnd >= 0 &&
        estimatedWholeEnd <= c.start &&
        !s.slice(estimatedWholeEnd, c.start).includes(';');
      if (!member) estimatedWholeEnd = byClause || c.qualifier === 'estimated that' ? h.end : -1;
      if (h.approx === 'exact' && (byClause || inEstimatedTally))
        hits[i] = { ...h, ...withApprox(c, 'about'), start: h.start, end: h.end };
    }
  }
  // "2,059 were wounded, including 1,404 in critical condition", "…, 12 of them in serious
  // condition": a part of the injured, named by its state.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || prev.category !== 'injured' || counts[i].isOne) continue;
    const gap = s.slice(prev.tailEnd, counts[i].start);
    if (!/^\s*(?:,|--|[—–(])\s*(?:including\s+|among\s+them\s+|of\s+whom\s+)?$/i.test(gap)) continue;
    const state = IN_CONDITION_AFTER_RE.exec(s.slice(counts[i].end, counts[i].end + 60));
    if (!state) continue;
    const end = counts[i].end + state[0].length;
    hits[i] = { ...hit(counts[i], counts[i].start, end, 'injured', 'tally'), tailEnd: end };
  }
  // "6 children were among 25 rescued": a member of a set that is no harm count is none either,
  // whatever harm the clause before counted.
  for (let i = 0; i + 1 < counts.length; i++) {
    if (!hits[i] || hits[i + 1]) continue;
    const gap = s.slice(counts[i].end, counts[i + 1].start);
    if (gap.includes('among') && AMONG_SET_GAP_RE.test(gap)) hits[i] = null;
  }
  // "Of the 49 killed, 41 victims were at Al Noor mosque, seven were at a mosque on Linwood
  // Avenue …": parts of the set the sentence opens with, told by where they were.
  const setHit = hits[0];
  if (setHit && counts.length > 1 && /^\s*Of\s+(?:the|those|these)\s+$/i.test(s.slice(0, counts[0].start)))
    for (let i = 1; i < counts.length; i++) {
      const own = hits[i];
      if (counts[i].isOne || (own && own.category !== 'casualties')) continue;
      const where = SET_PART_WHERE_RE.exec(s.slice(counts[i].end, counts[i].end + 90));
      if (!where) continue;
      const end = counts[i].end + where[0].length;
      hits[i] = own
        ? { ...own, category: setHit.category }
        : { ...hit(counts[i], counts[i].start, end, setHit.category, 'tally'), tailEnd: end };
    }
  // "around 13,200 of those killed were children, while around 7,360 were women": the next part
  // of the same set, named by who they were.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || counts[i].isOne || prev.end > counts[i].start) continue;
    if (!PARTITIVE_HARMED_END_RE.test(s.slice(prev.start, prev.end))) continue;
    if (!PART_THEN_NEXT_GAP_RE.test(s.slice(prev.end, counts[i].start))) continue;
    const who = PART_WHO_RE.exec(s.slice(counts[i].end, counts[i].end + 30));
    if (!who || !PEOPLE_HEAD_SET.has(who[1])) continue;
    const end = counts[i].end + who[0].length;
    hits[i] = { ...hit(counts[i], counts[i].start, end, prev.category, 'tally', who[1]), tailEnd: end };
  }
  // A rate is no count of people harmed: "… died and 300 were hurt each month".
  const leaves = s.includes('leave') || s.includes('make') || s.includes('render');
  const negated =
    (s.includes('one of') || s.includes('one among') || s.includes('ther of') || s.includes('body among')) &&
    /\b(?:[Nn]one|[Nn]either|[Nn]obody|[Nn]o\s+one|[Nn]ot\s+one)\s+(?:of|among)\b/.test(s);
  const kept = hits.filter(
    (h): h is CasualtyHit =>
      h !== null &&
      !RATE_AFTER_RE.test(s.slice(h.end, h.end + 32)) &&
      // "a mass killing, defined as the slayings of four or more people": a definition, no count.
      // ("mass-casualty bombings, defined as attacks that kill more than 20 people": so is a threshold.)
      !(s.includes('defin') && DEFINITION_BEFORE_RE.test(s.slice(Math.max(0, h.start - 70), h.start))) &&
      !(leaves && matchTail(FORECAST_LEAVE_BEFORE_RE, s.slice(Math.max(0, h.start - 40), h.start))) &&
      !(negated && matchTail(NONE_OF_BEFORE_RE, s.slice(Math.max(0, h.start - 40), h.start))),
  );
  // A sentence of counts whose frames found nothing may split the count of the sentence before.
  if (kept.length === 0 && counts.length > 1) {
    const parts = breakdownOf(s, counts, carried());
    if (parts) return { hits: parts, next: null };
  }
  return { hits: kept, next: carriedFrom(counts, kept) };
}
