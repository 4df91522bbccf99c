/**
 * Designation claims: the text states that an authority designates, lists, proscribes, bans
 * or sanctions a group or person as terrorist, or lifted that. Each sentence with a terror cue
 * is searched for designation verbs and nouns; the entity is found through the verb's object
 * ("designated X as"), its subject ("X was proscribed"), an apposition ("X, a group designated
 * …"), a relative clause ("X, which the EU lists …"), a possessive ("X's designation") or a
 * prenominal label ("US-designated terrorist group X"). Plans, proposals and negations stay dark.
 *
 * This file is the entry point (designationsInPassage). The rules are split by what they do; at
 * run time each module imports only those listed before it: designation-names.ts (proper names),
 * designation-authorities.ts (who designates), designation-passage.ts (the passage's context and
 * state), designation-triggers.ts (listing verbs and nouns, hedges, cues), designation-referents.ts,
 * designation-objects.ts and designation-subjects.ts (a trigger's entities),
 * designation-trigger-claims.ts (one trigger's claims), designation-considered.ts,
 * designation-passes.ts and designation-follow-on.ts (claims no trigger makes),
 * designation-sentence.ts (one sentence's claims), designation-hits.ts (the passage's hits) and
 * designation-following.ts (names listed one per line after a frame) and designation-activities.ts
 * (orders declaring a group's activities terrorism).
 */
import type { Span } from './sentences';
import { cued } from './designation-cue';
import { footnoteClaims } from './designation-footnote';
import { followingListHits } from './designation-following';
import { declaredActivitiesHits } from './designation-activities';
import { WIRE_DATELINE_RE } from './designation-names';
import { CONTEXT_BEFORE } from './designation-authorities';
import { isStateOnly } from './designators';
import { PassageContext } from './designation-passage';
import {
  type DesignationHit,
  withHomeTitlesResolved,
  withFootnoteClaims,
  passageHits,
} from './designation-hits';

export type { NameSpan } from './designation-names';
export type { RecentGroup, PassageState, Found } from './designation-passage';
export type { DesignationHit } from './designation-hits';

// "The direct action group has now been proscribed", "MPs voted to proscribe the group": a
// description or a pronoun in a designating role, before the passage names the group.
const DESCRIBED_CLAIM_RE =
  /\b(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia)|it|they)\s+(?:[\p{L}-]+\s+){0,4}?(?:proscri|designat|banned|listed|outlawed|blacklisted)|\b(?:proscrib\w*|designat\w*|ban(?:s|ned|ning)?|list\w*|outlaw\w*|blacklist\w*)\s+(?:(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia)|it|them)\b/iu;

/** Sentences with a leading wire dateline cut off. */
function withoutDatelines(t: string, sentences: Span[]): Span[] {
  return sentences.map((sp) => {
    const c = t.charCodeAt(sp.start);
    // Every dateline opens with a capital or a parenthesis.
    if (!((c >= 65 && c <= 90) || c === 40)) return sp;
    const d = WIRE_DATELINE_RE.exec(t.slice(sp.start, Math.min(sp.end, sp.start + 80)));
    return d && sp.start + d[0].length < sp.end ? { ...sp, start: sp.start + d[0].length } : sp;
  });
}

// "including Aum Shinrikyo in Japan": where a group is, when a state ends the entity; not a
// name built on its country ("al-Qaeda in Iraq", "Islamic State in Somalia").
const GROUP_IN_STATE_RE = /^(\S.*?)\s+in\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)$/u;
const NAMED_FOR_ITS_COUNTRY_RE =
  /^(?:the\s+)?(?:al[-\s]?Qa|Qa|Islamic\s+(?:State|Movement|Jihad|Emirate|Resistance)|ISIS|ISIL|IS$|Daesh|Jama|Tehr?ik|Jaish|Lashkar|Hizb|Ansar|Mujahid|Resistance|Revolutionary)/iu;

function withoutStateOfGroup(hit: DesignationHit): DesignationHit {
  const m = hit.entity.includes(' in ') ? GROUP_IN_STATE_RE.exec(hit.entity) : null;
  return m && isStateOnly(m[2]) && !NAMED_FOR_ITS_COUNTRY_RE.test(m[1]) ? { ...hit, entity: m[1] } : hit;
}

export function designationsInPassage(t: string, allSentences: Span[]): DesignationHit[] {
  return designationHits(t, allSentences).map(withoutStateOfGroup);
}

/**
 * The hits, with the names listed one per line after a frame and the groups whose activities an
 * order declares terrorism, where no sentence claim covers them.
 */
function withFollowingLists(t: string, ctx: PassageContext, hits: DesignationHit[]): DesignationHit[] {
  const listed = [...followingListHits(t, ctx), ...declaredActivitiesHits(t, ctx)].filter(
    (l) => !hits.some((h) => h.start < l.end && l.start < h.end),
  );
  return listed.length === 0 ? hits : [...hits, ...listed].sort((a, b) => a.start - b.start);
}

function designationHits(t: string, allSentences: Span[]): DesignationHit[] {
  if (!cued(t)) return [];
  const sentences = withoutDatelines(t, allSentences);
  const ctx = new PassageContext(t, sentences);
  const footnoted = footnoteClaims(t);
  const hits = withHomeTitlesResolved(
    t,
    ctx,
    withFollowingLists(t, ctx, withFootnoteClaims(passageHits(t, sentences, ctx, null), footnoted)),
  );
  // The entity is the group's proper name in the passage even where a sentence before the
  // name only describes it: a second pass resolves those to the group the passage names first.
  // Only as far back as a designator is looked for: a long page holds many stories.
  const describedFrom = hits.length > 0 ? Math.max(0, hits[0].start - CONTEXT_BEFORE) : 0;
  if (hits.length > 0 && DESCRIBED_CLAIM_RE.test(t.slice(describedFrom, hits[0].start))) {
    const first = hits[0];
    const seed = { start: first.start, end: first.end, text: first.entity };
    // The description shares the named claim's authority when it names none of its own.
    const early = passageHits(t, sentences, ctx, seed, describedFrom)
      .filter((h) => h.end <= first.start)
      .map((h) => (h.designators.length > 0 ? h : { ...h, designators: first.designators }));
    return [...early, ...hits];
  }
  return hits;
}
