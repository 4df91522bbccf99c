/**
 * One sentence's designation claims (sentenceDesignations): the gates that let most sentences
 * through untouched, the frames tried first, each listing trigger's claims, then the passes over
 * the whole sentence.
 */
import { LEGAL_LABEL, namesWidelyListed } from './designation-cue';
import {
  cuedSentence,
  nearSetClaim,
  SET_NUMBER_WORD_RE,
  asideClaims,
  bulletClaims,
  allOfWhichClaims,
  joinsListClaims,
  stateSponsorStatedClaims,
  openingParticipleClaim,
} from './designation-lists';
import { type NameSpan, namesIn } from './designation-names';
import { apposedListingAt, authorityActs, passageDesignators } from './designation-authorities';
import {
  type PassageContext,
  type PassageState,
  type Found,
  type SentenceScope,
  continuesStory,
} from './designation-passage';
import {
  TRIGGER_RE,
  BAN_WORD_RE,
  REMAIN_UNDER_SANCTIONS_RE,
  DATED_PASSIVE_LISTING_RE,
} from './designation-triggers';
import { triggerClaims } from './designation-trigger-claims';
import { afterTriggerClaims, EPITHET_GATE_RE, REDUCED_SET_GATE_RE } from './designation-passes';
import {
  reversedListingClaim,
  liftedLastListingClaim,
  LIFTS_A_LISTING_GATE_RE,
  POSSIBLE_REMOVAL_GATE_RE,
  possibleRemovalClaims,
  chronicledBanClaims,
  listingLiftedClaim,
  wingSubjectClaims,
  memberReferenceClaims,
  SAME_STEP_REACH,
  SAME_STEP_GATE_RE,
  sameStepClaims,
  followOn,
} from './designation-follow-on';

/** A word a group's wing goes by (the rule itself runs only where one is). */
const WING_WORD_RE = /\b(?:wing|arm|external)\b/;
const GROUP_NOUN_RE = /\b(?:groups?|organi[sz]ations?|outfits?)\b/;
const INCLUDED_BEFORE_BAN_RE =
  /\bincluding\s[^.;]{1,200},\s+(?:are|were|have|has|had)\b[^.;,]*?\b(?:banned|outlawed)\b/;
// An authority's own listing verb: "OFAC designated", "the Treasury sanctioned", "the US
// imposed sanctions on".
const AUTHORITY_LISTING_RE =
  /\b(?:designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|sanction(?:ed|ing)|(?<=(?:imposed|placed|slapped|levied|announced)\s+(?:new\s+|fresh\s+)?)sanctions(?=\s+(?:on|against)\s)|proscrib(?:ed|es|ing)|listed|added|lift(?:s|ed|ing)?|removed|delisted|banned|outlawed)\b/;
// Every word any rule below needs: the cues, the listing words and the lifting of sanctions.
const SENTENCE_GATE_RE = new RegExp(
  `terror|\\bFTOs?\\b|\\bSDG?Ts?\\b|\\bSDN\\b|proscri|\\b1267\\b|Da'?esh|Qa'?(?:i|e|ei)da\\s+Sanctions|state\\s+sponsors?\\s+of|designat|list|\\bban|annul|lift|outlaw|sanction|restrictive\\s+measures|\\bfr(?:oze|eez)|prohibited\\s+in\\s|${LEGAL_LABEL}|\\b(?:removed|added)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:groups?|organi[sz]ations?|entities|individuals|persons)\\b|\\b(?:was|were|been)\\s+(?:also\\s+|later\\s+|since\\s+)?(?:added|removed|delisted|dropped)\\b`,
  'i',
);

// "blacklisted seven al-Shabaab financiers", "publishes list of 9 al-Shabaab associates": a
// counted set of a widely listed group's people, as a listing verb's object, is a terror
// listing without a cue word.
const mayListWidelyListedSet = (s: string): boolean => SET_NUMBER_WORD_RE.test(s) && namesWidelyListed(s);

/**
 * The claims one sentence makes: after the gates that let most sentences through untouched, each
 * listing trigger's claims, then the passes over the whole sentence.
 */
export function sentenceDesignations(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  lastEntity: PassageState,
): Found[] {
  const found = sentenceOwnDesignations(s, passageOffset, ctx, lastEntity);
  // "Trump designated the Houthis … The Biden administration reversed the Houthis' designation":
  // a sentence that lifts "the designation" with no claim of its own lifts the last one claimed;
  // one that names the group claimed as the owner ("the Houthis's delisting") lifts it whatever
  // else the sentence's rules read there.
  if (!LIFTS_A_LISTING_GATE_RE.test(s)) return found;
  const lifted = liftedLastListingClaim(s, passageOffset, ctx, lastEntity);
  if (!lifted) return found;
  if (found.length === 0) return [lifted.claim];
  if (!lifted.owned) return found;
  return [
    ...found.filter((f) => f.end <= lifted.claim.start || f.start >= lifted.claim.end),
    lifted.claim,
  ].sort((a, b) => a.start - b.start);
}

/** The claims the sentence's own rules read: its triggers, then the passes over it. */
function sentenceOwnDesignations(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  lastEntity: PassageState,
): Found[] {
  const found: Found[] = [];
  if (lastEntity.bullets) {
    const bullets = bulletClaims(s, () => namesIn(s), lastEntity);
    if (bullets) return bullets;
  }
  // "Canada added four groups to its terror list. It also added X": members of the set, added
  // without a cue of their own (see SentenceScope.addsToSet).
  const addsToSet =
    lastEntity.setClaim !== undefined &&
    s.includes('add') &&
    ADDS_NAME_RE.test(s) &&
    nearSetClaim(passageOffset, lastEntity);
  // "Canada took the same step", "Paraguay and Ecuador followed suit": new authorities repeat
  // the last listing.
  if (
    lastEntity.claim !== undefined &&
    passageOffset - (lastEntity.lastClaimEnd ?? -Infinity) <= SAME_STEP_REACH &&
    SAME_STEP_GATE_RE.test(s)
  ) {
    const same = sameStepClaims(s, passageOffset, lastEntity);
    if (same.length > 0) return same;
  }
  // Most sentences name neither a terror label nor a listing: one test skips them.
  if (!SENTENCE_GATE_RE.test(s) && !addsToSet) return followOn(s, passageOffset, ctx, lastEntity);
  // "Its leaders, A and B, were also designated": members named by reference to the group just
  // listed (an anchored test first: most sentences open otherwise).
  const byReference = memberReferenceClaims(s, lastEntity);
  if (byReference !== null) return byReference;
  const wings = WING_WORD_RE.test(s) ? wingSubjectClaims(s, passageOffset, ctx, lastEntity) : [];
  // (A wing named by its own name leaves the rest of the sentence to the other rules: "…, and
  // in 2021 the Home Secretary added the political organisation to the list".)
  if (wings.length > 0 && !wings[0].aside) return wings;
  found.push(...wings);
  const lifted =
    s.includes(' was ') || s.includes(' been ') || s.includes(' be ')
      ? listingLiftedClaim(s, passageOffset, ctx, lastEntity)
      : [];
  if (lifted.length > 0) return lifted;
  let nameCache: NameSpan[] | null = null;
  const names = (): NameSpan[] => (nameCache ??= namesIn(s));
  const possible = POSSIBLE_REMOVAL_GATE_RE.test(s)
    ? possibleRemovalClaims(s, names(), ctx, passageOffset)
    : [];
  if (possible.length > 0) return possible;
  const chronicled =
    s.includes(' were ') || s.includes(' been ')
      ? chronicledBanClaims(s, names(), lastEntity, passageOffset)
      : [];
  if (chronicled.length > 0) return chronicled;
  const reversed =
    s.includes('those') || s.includes('these')
      ? reversedListingClaim(s, passageOffset, ctx, lastEntity)
      : null;
  if (reversed) return [reversed];
  // "Islamic State (a terrorist group banned in Russia)": the aside's own trigger is handled here.
  const asides = s.includes('(') ? asideClaims(s, names) : [];
  found.push(...asides);
  const opening = openingParticipleClaim(
    s,
    names,
    () => passageDesignators(ctx, passageOffset, []),
    () => ctx.onTopic(),
  );
  if (opening.length > 0) found.push(...opening);
  const joined = joinsListClaims(s, names, () => passageDesignators(ctx, passageOffset, []));
  if (joined.length > 0) return joined;
  found.push(...stateSponsorStatedClaims(s, names));
  if (s.includes(' of which ') || s.includes(' of whom ')) {
    const closing = allOfWhichClaims(s, names, () => passageDesignators(ctx, passageOffset, []));
    if (closing.length > 0) return [...found.filter((f) => f.end <= closing[0].start), ...closing];
  }
  const continues = continuesStory(s, lastEntity);
  // "OFAC designated Adel Diab": in a passage about terror listings (an SDGT, FTO or terror-list
  // cue anywhere in it), an authority's listing verb needs no cue of its own.
  const listingVerb = cuedSentence(s) ? null : AUTHORITY_LISTING_RE.exec(s);
  const onTopic =
    listingVerb !== null &&
    ctx.onTopic() &&
    authorityActs(s, listingVerb.index, listingVerb.index + listingVerb[0].length);
  // "The group was banned in 2019", in a passage about terror listings or terror law: a ban
  // there is the listing the passage reports. Not "Several outfits, including A and B, have
  // been outlawed": the examples are the members, which designation-lists.ts reads.
  const banOnTopic =
    (BAN_WORD_RE.test(s) || DATED_PASSIVE_LISTING_RE.test(s)) &&
    ctx.onTopic() &&
    !INCLUDED_BEFORE_BAN_RE.test(s);
  const apposedAt = apposedListingAt(s);
  // "The Coast Brigade, listed since 2003, was removed from the list", "A and B were added,
  // while C was removed", in a passage about terror lists: a move onto or off the list the
  // passage is about is its listing.
  const move = s.includes(' list') || / (?:was|were|been) /.test(s) ? LIST_MOVE_RE.exec(s) : null;
  const listMove = move && ctx.onTopic() ? { start: move.index, end: move.index + move[0].length } : null;
  // A ban on groups in a report on an extremist group's attack (groupBanAfterAttack).
  // So is a ban on the members of a set of groups just banned there ("A and B would be banned").
  const banAfterAttack =
    BAN_WORD_RE.test(s) &&
    (GROUP_NOUN_RE.test(s) || nearSetClaim(passageOffset, lastEntity)) &&
    ctx.onExtremistAttack();
  // "Regulations re-listing A, B and C were registered": a re-listing continues a passage
  // that has already made a claim.
  if (
    !onTopic &&
    !banOnTopic &&
    !banAfterAttack &&
    apposedAt < 0 &&
    !listMove &&
    !cuedSentence(s) &&
    !/proscri|blacklist|de-?list/i.test(s) &&
    !continues &&
    !addsToSet &&
    !(lastEntity.v !== null && /\b[Rr]e-?list(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}/u.test(s)) &&
    !mayListWidelyListedSet(s) &&
    // "There are currently 60 entities listed under the Criminal Code", in a passage on terror lists.
    !(REDUCED_SET_GATE_RE.test(s) && ctx.onTopic()) &&
    // "A, B and C remain under sanction", in a passage on terror listings.
    !(REMAIN_UNDER_SANCTIONS_RE.test(s) && ctx.onTopic()) &&
    // "gunmen of the banned X": the epithet is its own cue (the passage has one already).
    !((s.includes('banned') || s.includes('outlawed')) && EPITHET_GATE_RE.test(s))
  )
    return found.length > 0 ? found : followOn(s, passageOffset, ctx, lastEntity);
  const sc: SentenceScope = {
    s,
    passageOffset,
    ctx,
    state: lastEntity,
    found,
    names,
    continues,
    onTopic,
    banOnTopic,
    addsToSet,
    apposedAt,
    listMove,
  };
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(s); m; m = TRIGGER_RE.exec(s)) {
    if (asides.some((a) => m!.index >= a.start && m!.index < a.end)) continue;
    triggerClaims(sc, m);
  }
  return afterTriggerClaims(sc);
}

const LIST_MOVE_RE =
  /\b(?:(?:added|removed|dropped|deleted|put|placed|taken|struck)(?:\s+back)?\s+(?:to|from|on|onto|off)\s+(?:the|this|that)\s+(?:(?:same|updated|revised|new|current)\s+)?list\b|(?:was|were|been)\s+(?:also\s+|later\s+|since\s+)?(?:added|removed|delisted|dropped)(?![\p{L}-])(?!\s+(?:to|from|by|in|on|as|for)\s))/u;

/** "added X", "adding the X": a name as the object ("added the movement" refers back instead). */
const ADDS_NAME_RE = /\badd(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}/u;
