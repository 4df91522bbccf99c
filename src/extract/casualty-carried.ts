/**
 * What one sentence leaves the next (Carried, carriedFrom): a tally continued in the next
 * sentence ("… killed 12 people. Four of them were children."), a verbless breakdown of the
 * count before ("Two men and five women."), and "the number" put at a figure with no harm word
 * of its own.
 */
import type { CasualtyCategory } from './types';
import { COUNT_SOURCE, findCounts, withApprox, type Count } from './counts';
import { PEOPLE_HEADS } from './lexicon';
import { peopleLength } from './casualty-people';
import { type CasualtyHit, groupCategory, hit } from './casualty-hits';

/**
 * What may stand before a count that continues a tally: "Among them were", "They included",
 * "These included", "Of the identified victims,", "Of those injured,", "Additionally,", or
 * nothing (the count opens the sentence).
 */
const CARRIED_OPENER_SOURCE = String.raw`["'(]?\s*(?:(?<among>[Aa]mong\s+(?:them|those|these))(?:\s+(?:were|are|was|is))?\s*,?\s+|(?<among2>(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he\s+victims|[Tt]hose\s+victims)\s+(?:included|include|includes))\s+|(?<set>(?:(?:[Mm]ost|[Mm]any|[Hh]alf|[Aa]ll)\s+of|[Oo]f|[Aa]mong|[Oo]ut\s+of)\s+(?:the|those|these|them|all(?:\s+the)?)(?:\s+(?<whole>\d{1,3}(?:,\d{3})+|\d+))?(?<setWords>(?:\s+[\p{L}-]+){0,4}?))\s*,\s*|(?:[Aa]dditionally|[Ii]n\s+addition|[Mm]oreover|[Oo]verall|[Ii]n\s+all|[Ii]n\s+total)\s*,\s*)?`;
const CARRIED_OPENER_RE = new RegExp(`^${CARRIED_OPENER_SOURCE}$`, 'u');
/** A sentence whose opener (if any) is followed by a count: the only kind a carried tally takes. */
export const CARRIED_START_RE = new RegExp(`^${CARRIED_OPENER_SOURCE}(?:${COUNT_SOURCE})`, 'iu');
/**
 * The words of an "Of the …," set: its harm word, or a word for victims (or people) whose harm
 * is carried from the sentence before ("… killed 30 civilians. Of the civilians, 12 were …").
 */
const SET_HARM_RE = new RegExp(
  `\\b(?:(?<killed>dead|killed|deaths|fatalities|bodies)|(?<injured>injured|wounded|injuries|hurt)|(?<missing>missing)|(?<displaced>displaced)|(?<carried>victims|casualties|cases|${PEOPLE_HEADS.join('|')}))\\b`,
  'u',
);
/**
 * After the count: "of them were children", "were women and girls", "were in Hama", "four
 * children" (the people are checked by peopleLength from where `np` or `direct` starts).
 */
const CARRIED_MEMBER_RE =
  /^(?<part>\s+of\s+(?:them|those|these))?(?:(?<place>,?\s+(?:were|are|was|is)(?:\s+(?:reported|recorded|registered|counted|confirmed))?\s+(?:in|on|at|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?\b)?)|(?<be>\s+(?:were|are|was|is)(?:\s+(?:all|also|mostly|mainly|reportedly|(?:believed|thought|said|reported|confirmed)\s+to\s+(?:be|have\s+been)|identified\s+as|confirmed\s+as)){0,2}\s+)(?=\p{L})|(?<lead>\s+)(?=\p{L}))/u;

/**
 * A count that opens a sentence and names who was among the victims of the sentence before
 * ("Four of them were children.", "Of the identified victims, 640 were women") or of a set the
 * sentence names by its harm ("Of the dead, 15 were children"). `carried` is the category of the
 * sentence before's claims, or null when it has none (or several).
 */
export function tryCarried(s: string, c: Count, carried: Carried | null): CasualtyHit | null {
  if (c.isOne) return null;
  const opener = CARRIED_OPENER_RE.exec(s.slice(0, c.start));
  if (!opener?.groups) return null;
  let category = carried?.category ?? null;
  // "Of these 172 terrorists, 108 …": the set named by its figure is that claim's count, whatever
  // its noun; a figure the sentence before did not claim is another set.
  const whole = opener.groups.whole;
  if (whole !== undefined) {
    if (!carried?.wholes?.includes(Number(whole.replace(/,/g, '')))) return null;
  } else if (carried?.onlyByFigure) return null;
  if (opener.groups.set !== undefined && whole === undefined) {
    const words = opener.groups.setWords ?? '';
    if (words.trim() !== '') {
      const harm = SET_HARM_RE.exec(words);
      if (!harm?.groups) return null;
      if (harm.groups.carried === undefined) category = groupCategory(harm.groups);
    }
  }
  if (category === null) return null;
  // A part is no larger than the whole it is taken from ("killed 5 people. 40 were …").
  if (carried && category === carried.category && (c.min ?? c.max ?? 0) > carried.limit) return null;
  const after = s.slice(c.end, c.end + 160);
  // "…, 108 belonged to the Lashkar-e-Taiba": a part of the set told by the group it came from.
  const group = opener.groups.set !== undefined ? GROUP_MEMBER_RE.exec(after) : null;
  if (group) {
    const end = c.end + group[0].length;
    return { ...hit(c, c.start, end, category, 'tally'), tailEnd: end };
  }
  const m = CARRIED_MEMBER_RE.exec(after);
  if (!m?.groups) return null;
  const { part, place, be, lead } = m.groups;
  const among = opener.groups.among ?? opener.groups.among2;
  const opened = among !== undefined || opener.groups.set !== undefined;
  // A bare "Five were pilgrims" needs the people noun; a place needs "of them" or a set before
  // it; a count right before its people noun ("four children") needs "Among them".
  if (place !== undefined) {
    if (part === undefined && !opened) return null;
    // A member after the place continues the split: "… 88 were in X and 19 in Y".
    const end = c.end + (part?.length ?? 0);
    return { ...hit(c, c.start, end, category, 'tally'), tailEnd: c.end + m[0].length };
  }
  if (be === undefined && (lead === undefined || part !== undefined || among === undefined)) return null;
  const npStart = m[0].length;
  const length = peopleLength(after.slice(npStart));
  if (length === 0) return null;
  const who = after.slice(npStart, npStart + length);
  const end = c.end + npStart + length;
  return { ...hit(c, c.start, end, category, 'tally', who), tailEnd: end };
}

/**
 * The category a tally in the next sentence continues ("… killed 12 people. Four of them were
 * children."): that of the sentence's claims when they share one and no count follows the last
 * of them ("them" is not "300 homes" counted after the victims); else null.
 */
export function carriedFrom(counts: Count[], hits: CasualtyHit[]): Carried | null {
  if (hits.length === 0) return null;
  const category = hits[0].category;
  if (hits.some((h) => h.category !== category)) return null;
  const lastEnd = Math.max(...hits.map((h) => h.end));
  const limit = Math.max(
    ...hits.map((h) => (h.approx === 'vague' ? Infinity : (h.max ?? h.min ?? Infinity))),
  );
  const wholes = hits.flatMap((h) => (h.approx === 'exact' && h.min !== null ? [h.min] : []));
  // "killed 172 militants in 90 operations. Of these 172 militants, …": after a count of things
  // only a set named by its figure still points back at the victims.
  const onlyByFigure = counts.some((c) => c.start >= lastEnd);
  if (onlyByFigure && wholes.length === 0) return null;
  return { category, limit, wholes, onlyByFigure };
}

/** What a tally in the next sentence continues: the category, and the largest count it may take. */
export interface Carried {
  category: CasualtyCategory;
  limit: number;
  /** The exact figures claimed, which a set named by its figure must repeat ("Of these 172 …"). */
  wholes?: number[];
  /** Only a set named by one of `wholes` continues it (a count of things came after the victims). */
  onlyByFigure?: boolean;
}

/**
 * After a count taken from a set: "belonged to the X", "were from X", "were members of the X",
 * and in the list that follows "35 of the X", "22 from Y".
 */
const GROUP_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|al|el|e|ul|i))*`;
const GROUP_MEMBER_RE = new RegExp(
  String.raw`^\s+(?:belonged|belong|belonging)\s+to\s+${GROUP_NAME}|^\s+(?:were|are)\s+(?:from|members\s+of)\s+${GROUP_NAME}`,
  'u',
);
const NEXT_GROUP_MEMBER_RE = new RegExp(String.raw`^\s+(?:of|from|to)\s+${GROUP_NAME}`, 'u');
/** Between two such parts: ", ", " and ", ", followed by ", and an aside on the group before. */
const NEXT_GROUP_GAP_RE =
  /^(?:\s+(?:or|and)\s+(?:its|their)\s[^,.;:\d]{1,60}?)?(?:\s*\([^()]{1,30}\))?(?:,\s*(?:and\s+)?|,?\s+and\s+|,?\s+followed\s+by\s+)$/u;

/** The next part of a set split by group: "…, 108 belonged to the X, 35 of the Y and four of Z". */
export function tryNextGroupMember(s: string, c: Count, previous: CasualtyHit | null): CasualtyHit | null {
  if (previous?.frame !== 'tally' || c.approx !== 'exact' || previous.who !== null) return null;
  if (!NEXT_GROUP_GAP_RE.test(s.slice(previous.tailEnd, c.start))) return null;
  if (!/\s(?:to|from|of)\s+(?:the\s+)?\p{Lu}/u.test(s.slice(previous.start, previous.end))) return null;
  const m = NEXT_GROUP_MEMBER_RE.exec(s.slice(c.end, c.end + 100));
  if (!m) return null;
  const end = c.end + m[0].length;
  return { ...hit(c, c.start, end, previous.category, 'tally'), tailEnd: end };
}

/** Before a verbless breakdown: nothing but an opening quote or bracket. */
const BREAKDOWN_OPEN_RE = /^["'“‘(]?\s*$/;
/** Between its members: ", ", " and ", ", and ". */
const BREAKDOWN_LINK_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** After its last member: the sentence's end, or the end of a quote and who said it. */
const BREAKDOWN_END_RE =
  /^\s*(?:[.!?]?["'”’)]?\s*$|,\s*["'”’]?\s+[^.;:\d]{0,80}\b(?:said|says|told|added|wrote)\b)/i;

/**
 * "… seven victims. Two men and five women.": a verbless sentence that only splits the count of
 * the sentence before by who they were. Each member is a claim of the carried harm, and only
 * when the members add up to that count exactly.
 */
export function breakdownOf(s: string, counts: Count[], carried: Carried | null): CasualtyHit[] | null {
  if (
    !carried ||
    carried.onlyByFigure ||
    !Number.isFinite(carried.limit) ||
    !BREAKDOWN_OPEN_RE.test(s.slice(0, counts[0].start))
  )
    return null;
  const parts: CasualtyHit[] = [];
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c.approx !== 'exact' || c.min === null) return null;
    const lead = /^\s+/.exec(s.slice(c.end, c.end + 4))?.[0].length ?? 0;
    const length = lead > 0 ? peopleLength(s.slice(c.end + lead, c.end + lead + 60)) : 0;
    if (length === 0) return null;
    const end = c.end + lead + length;
    const after = i + 1 < counts.length ? s.slice(end, counts[i + 1].start) : s.slice(end);
    if (!(i + 1 < counts.length ? BREAKDOWN_LINK_RE : BREAKDOWN_END_RE).test(after)) return null;
    sum += c.min;
    parts.push({
      ...hit(c, c.start, end, carried.category, 'tally', s.slice(c.end + lead, end)),
      tailEnd: end,
    });
  }
  return sum === carried.limit ? parts : null;
}

export const FIGURE_WORD_RE = /\b(?:number|figure|tally)\s/;
/**
 * "The opposition put the number as high as 650", "the figure does not exceed 10,000", "an
 * official told RFI the number was closer to 2,900": "the
 * number" with no harm word of its own is the figure of the harm the sentence before counted.
 */
const FIGURE_OF_CARRIED_RE =
  /\b(?:(?<verb>put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|that|this|its|their)\s+(?:number|figure|tally)\s+(?:at\s+)?|(?:the|that|this|its|their)\s+(?:number|figure|tally)\s+(?:does|did|would)\s+not\s+(?<exceed>exceed)\s+|(?:the|that|this|its|their)\s+(?:real\s+|actual\s+|true\s+)?(?:number|figure|tally)\s+(?:was|is|stood\s+at|stands\s+at)\s+(?<closer>closer|nearer)\s+to\s+)$/i;

export function figureOfCarried(s: string, carried: Carried | null): CasualtyHit | null {
  if (!carried || carried.onlyByFigure) return null;
  for (const c of findCounts(s)) {
    const m = FIGURE_OF_CARRIED_RE.exec(s.slice(Math.max(0, c.start - 60), c.start));
    if (!m?.groups || c.isOne) continue;
    // "as high as 650", "does not exceed 10,000": the figure's upper bound.
    const atMost = m.groups.exceed !== undefined || c.qualifier === 'as high as';
    // "the number was closer to 2,900": an estimate too.
    const estimate =
      (/^estimat/i.test(m.groups.verb ?? '') || m.groups.closer !== undefined) && c.approx === 'exact';
    const count = atMost ? withApprox(c, 'at_most') : estimate ? withApprox(c, 'about') : c;
    const start = c.start - m[0].length + m[0].search(/\b(?:the|that|this|its|their)\s/i);
    return hit(count, start, c.end, carried.category, 'toll');
  }
  return null;
}
