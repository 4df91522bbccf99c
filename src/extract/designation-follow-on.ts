/**
 * Sentences read against the passage's last claim, before the triggers: members named by
 * reference ("Its leaders, A and B"), a listing reversed or lifted, the claimed group's wing, the
 * same step taken by other authorities ("Canada followed suit"), and members named without a
 * cue; also a possible removal that names a current listing, and a chronicle of bans.
 */
import { authorityNames, opensWithAuthority } from './designators';
import { labelAfter } from './designation-label';
import { enumeratedClaims, followsClaim } from './designation-lists';
import { type NameSpan, namesIn, objectMembers } from './designation-names';
import {
  passageDesignators,
  byPhraseEnd,
  heldOverDesignators,
  onlyAuthorities,
} from './designation-authorities';
import type { PassageContext, PassageState, Found } from './designation-passage';

const MEMBER_REFERENCE_GATE_RE =
  /^\s*(?:\S+\s+of\s+)?(?:Its|Their|its|their|The\s+(?:group|organi[sz]ation|movement|network)['’]s)\s/;
const MEMBER_REFERENCE_RE =
  /^\s*(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|\d+)\s+of\s+)?(?:Its|Their|The\s+(?:group|organi[sz]ation|movement|network)['’]s|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:leaders?|founders?|co-founders?|commanders?|chiefs?|heads?|members?|financiers?|officials?|spokes(?:man|men|woman|women|person)|deputies|deputy|emirs?|ideologues?|operatives?),\s+(?<list>[^;]{3,300}?),\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|likewise|similarly|both|all|then)\s+)?(?<verb>designated|sanctioned|listed|blacklisted|proscribed|added|named|delisted|removed)\b/u;

/** "Its leaders, A and B, were also designated": members of the group the claim before listed. */
// "The designation was revoked by the Biden administration in 2021": the passage's listing
// of its group, lifted.
const LISTING_LIFTED_RE =
  /^\s*(?:The|That|This|Its|Their)\s+(?:(?:terror(?:ist)?|FTO|original|earlier|previous)\s+)?(?<noun>designation|listing|proscription|label)\s+(?:was|has\s+been|had\s+been|is\s+to\s+be|will\s+be)\s+(?:\w+ly\s+)?(?:revoked|lifted|rescinded|removed|overturned|annulled|withdrawn|reversed)\b/;

/** "The Biden administration reversed those designations weeks later": the listings just claimed, lifted. */
const REVERSED_LISTING_RE =
  /\b(?:reversed|revoked|rescinded|lifted|overturned|withdrew|cancell?ed|annulled)\s+(?:those|these)\s+(?:(?:terror(?:ist)?|FTO|SDGT)\s+)?(?<noun>designations?|listings?|proscriptions?|labels?)\b/;

export function reversedListingClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found | null {
  const claim = state.claim;
  const owner = claim?.entity ?? state.v;
  const m = REVERSED_LISTING_RE.exec(s);
  if (!m || !claim || !owner || claim.status !== 'designated') return null;
  return liftedListing(s, m, m.groups!.noun, owner, claim, ctx, passageOffset);
}

/**
 * The claim lifted by `m`, a match ending in the listing noun `noun`: on `owner` (quoted at the
 * noun), with the label of the claim lifted, by the authorities the sentence names before the
 * match or else the claim's.
 */
function liftedListing(
  s: string,
  m: RegExpExecArray,
  noun: string,
  owner: NameSpan,
  claim: Pick<Found, 'designators' | 'label'>,
  ctx: PassageContext,
  passageOffset: number,
): Found {
  const end = m.index + m[0].length;
  return {
    entity: { ...owner, start: end - noun.length, end },
    start: m.index,
    end,
    label: claim.label,
    status: 'delisted',
    designators: heldOverDesignators(authorityNames(s.slice(0, m.index)), claim, ctx, passageOffset),
  };
}

/** A lifting verb or noun near a listing noun: the cheap test before liftedLastListingClaim. */
export const LIFTS_A_LISTING_GATE_RE =
  /\b(?:revers|revok|rescind|lift|overturn|scrap|annul|cancel|withdr|undid|undo|de-?listing)/i;
/**
 * "reversed the Houthis' designation", "revoked the designation", "scrapped their listing",
 * "the Houthis's delisting": a listing with no object or label of its own, lifted.
 */
const LIFTED_LISTING_RE =
  /\b(?<verb>reversed|revoked|rescinded|lifted|overturned|scrapped|annulled|cancell?ed|withdrew|undid)\s+(?:(?:the|that|this|its|their)\s+|(?<owner>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+)(?:(?:terror(?:ist)?|FTO|SDGT|original|earlier|previous|\d{4})\s+)?(?<noun>designation|listing|proscription|label)(?!\s+(?:of|as|on|by)\b)|(?<owner2>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+(?<noun2>de-?listing)\b/u;

/** Whether two names share a word of 3+ letters, one maybe the other's plural ("Houthi", "the Houthis"). */
function sharesNameWord(a: string, b: string): boolean {
  const words = (x: string) => x.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const wb = words(b);
  return words(a).some((x) => wb.some((y) => x === y || x === `${y}s` || y === `${x}s`));
}

/**
 * The last listing the passage claimed, lifted by a sentence that names it only by its noun;
 * `owned` when a possessive names the group claimed.
 */
export function liftedLastListingClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): { claim: Found; owned: boolean } | null {
  const claim = state.claim;
  const owner = claim?.entity ?? state.v;
  if (!claim || !owner) return null;
  const m = LIFTED_LISTING_RE.exec(s);
  if (!m?.groups) return null;
  // A possessive must name the group claimed ("reversed Cuba's designation" after a claim on
  // the Houthis is another listing).
  const named = (m.groups.owner ?? m.groups.owner2)?.replace(/^the\s+/i, '');
  if (named !== undefined && !sharesNameWord(named, owner.text)) return null;
  return {
    claim: liftedListing(s, m, m.groups.noun ?? m.groups.noun2, owner, claim, ctx, passageOffset),
    owned: named !== undefined,
  };
}

export const POSSIBLE_REMOVAL_GATE_RE =
  /\b(?:may|might|could|would|consider\w*|plans?\s+to|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing))\b[^.;]{0,40}?\b(?:remov|delist|drop|tak(?:e|ing)\s)/i;
// "PKK might be removed from EU's terrorist organisations list".
const POSSIBLE_REMOVAL_PASSIVE_RE =
  /^\s+(?:may|might|could|would)\s+(?:soon\s+|eventually\s+|now\s+)?be\s+(?:removed|dropped|delisted|taken\s+off)\s+(?:from|off)\s+(?<list>(?:the\s+|its\s+|their\s+)?[^.;,]{0,50}?\b(?:black)?list(?:\s+of\s+[^.;,]{1,40}?(?:organi[sz]ations|groups|entities|terrorists|outfits))?)\b/i;
// "The US may remove the Houthis from its terror list", "is considering removing X from …".
const POSSIBLE_REMOVAL_ACTIVE_RE =
  /\b(?:may|might|could|would|(?:is|are|was|were)\s+considering|consider(?:s|ed)?|plans?\s+to|planning\s+to|(?:allow|enabl)(?:s|es|ed|ing|e)?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?to)\s+(?:soon\s+)?(?:remove|removing|delist|delisting|drop|dropping|take|taking)\s+(?:the\s+)?(?=\p{Lu})/iu;
const REMOVAL_LIST_AFTER_RE =
  /^(?:\s+group)?\s+(?:from|off)\s+(?<list>(?:the\s+|its\s+|their\s+)?[^.;,]{0,50}?\b(?:black)?list(?:\s+of\s+[^.;,]{1,40}?(?:organi[sz]ations|groups|entities|terrorists|outfits))?)\b/i;

/**
 * "The US may remove HTS from its terror list": a possible removal is no claim, but the listing
 * it names as current is (docs/CLAIMS.md) — designated, by the list's keeper.
 */
export function possibleRemovalClaims(
  s: string,
  names: NameSpan[],
  ctx: PassageContext,
  passageOffset: number,
): Found[] {
  let entity: NameSpan | undefined;
  let list: string | undefined;
  let end = 0;
  let start = 0;
  const active = POSSIBLE_REMOVAL_ACTIVE_RE.exec(s);
  // "remove the Taliban and HTS from its list": each of the names joined before "from".
  const joined: NameSpan[] = [];
  if (active) {
    const at = active.index + active[0].length;
    entity = names.find((n) => n.start === at);
    let last = entity;
    for (const n of names)
      if (
        last &&
        n.start > last.end &&
        /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(s.slice(last.end, n.start))
      ) {
        joined.push(n);
        last = n;
      }
    const tail = last ? REMOVAL_LIST_AFTER_RE.exec(s.slice(last.end)) : null;
    if (entity && last && tail) {
      list = tail.groups!.list;
      start = active.index;
      end = last.end + tail[0].length;
    } else entity = undefined;
  }
  if (!entity) {
    for (const n of names) {
      const m = POSSIBLE_REMOVAL_PASSIVE_RE.exec(s.slice(n.end));
      if (!m) continue;
      entity = n;
      list = m.groups!.list;
      start = n.start;
      end = n.end + m[0].length;
      break;
    }
  }
  if (!entity || list === undefined || !/terror|proscri|banned|sanction|FTO|SDGT/i.test(list)) return [];
  const own = authorityNames(list);
  // "allowing the Russian government to remove …": the one allowed keeps the list.
  const subject = active
    ? authorityNames(s.slice(Math.max(0, active.index - 60), active.index + active[0].length))
    : [];
  const designators =
    own.length > 0
      ? own
      : subject.length > 0
        ? subject
        : passageDesignators(ctx, passageOffset + start, [entity.text]);
  const label = list.replace(/^(?:the|its|their)\s+/i, '');
  const first: Found = {
    entity,
    start,
    end: joined.length > 0 ? entity.end : end,
    label,
    status: 'designated',
    designators,
  };
  return [
    first,
    ...joined.map((n, i): Found => ({
      ...first,
      entity: n,
      start: n.start,
      end: i === joined.length - 1 ? end : n.end,
    })),
  ];
}

// "A, B and C were banned on Jan 14, 2002": a list of names opening the sentence, then a passive ban.
// "Accordingly, A, B and C have been banned": an opening adverb, and a perfect, also chronicle.
const CHRONICLE_OPENER =
  '(?:(?:Accordingly|Meanwhile|Additionally|Also|Further(?:more)?|Moreover|Besides|Subsequently|Similarly|Likewise|Thus|Hence),\\s+)?';
const CHRONICLED_BAN_RE = new RegExp(
  `^\\s*${CHRONICLE_OPENER}(?:the\\s+)?\\p{Lu}(?:[^.;:()]|\\(\\p{Lu}{2,8}\\)){0,300}?\\s(?:and|as\\s+well\\s+as)\\s+(?:the\\s+)?\\p{Lu}(?:[^.;:()]|\\(\\p{Lu}{2,8}\\)){0,100}?(?<be>\\s+(?:were|have\\s+been|had\\s+been))\\s+(?:also\\s+|later\\s+|then\\s+)?(?<verb>banned|outlawed|proscribed)\\b(?!\\s+from\\b)`,
  'u',
);
const CHRONICLE_OPENER_RE = new RegExp(`^\\s*${CHRONICLE_OPENER}(?:the\\s+)?$`, 'i');

/**
 * "Lashkar-e-Jhangvi and Sipah-i-Mohammad Pakistan were outlawed in 2001. Jaish-e-Mohammad,
 * Lashkar-e-Taiba and Tehreek-i-Islami were banned on Jan 14, 2002": right after a listing claim, a
 * sentence that only lists the groups banned next continues the chronicle, under its authority
 * (not a ban "from" a place or an event).
 */
export function chronicledBanClaims(
  s: string,
  sentenceNames: NameSpan[],
  state: PassageState,
  passageOffset: number,
): Found[] {
  const claim = state.claim;
  if (
    claim === undefined ||
    claim.status !== 'designated' ||
    passageOffset - (state.lastClaimEnd ?? -Infinity) > 300
  )
    return [];
  const m = CHRONICLED_BAN_RE.exec(s);
  if (!m) return [];
  const verbAt = m.index + m[0].lastIndexOf(m.groups!.be);
  const names = sentenceNames.filter((n) => n.end <= verbAt);
  // Every name must be a member: only commas and "and" between them, nothing before the first.
  if (names.length < 2 || !CHRONICLE_OPENER_RE.test(s.slice(0, names[0].start))) return [];
  for (let i = 1; i < names.length; i++)
    if (
      !/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?$/.test(
        s.slice(names[i - 1].end, names[i].start),
      )
    )
      return [];
  // "A and B organizations have been banned": the members' head noun may close the list.
  if (!/^\s*(?:organi[sz]ations|groups|outfits)?\s*$/.test(s.slice(names[names.length - 1].end, verbAt)))
    return [];
  const end = m.index + m[0].length;
  return names.map((entity, i) => ({
    entity,
    start: entity.start,
    end: i === names.length - 1 ? end : entity.end,
    label: m.groups!.verb,
    status: 'designated' as const,
    designators: claim.designators,
  }));
}

export function listingLiftedClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found[] {
  const claim = state.claim;
  if (claim === undefined || state.v === null) return [];
  const m = LISTING_LIFTED_RE.exec(s);
  if (!m) return [];
  const start = m.index + /^\s*/.exec(s)![0].length;
  const end = m.index + m[0].length;
  const nounAt = start + m[0].trimStart().indexOf(m.groups!.noun);
  const byEnd = byPhraseEnd(s, end);
  const designators = heldOverDesignators(authorityNames(s.slice(end, byEnd)), claim, ctx, passageOffset);
  return [
    {
      entity: { ...state.v, start: nounAt, end: nounAt + m.groups!.noun.length },
      start,
      end: Math.max(end, byEnd),
      label: claim.label,
      status: 'delisted',
      designators,
    },
  ];
}

/** "Its military wing is designated by the UK, Australia and the EU": the claimed group's wing. */
const WING =
  '(?<wing>(?:armed|military|political|youth|student|terrorist)\\s+(?:wing|arm)|external\\s+(?:security\\s+)?(?:organi[sz]ation|wing))';
const WING_LISTED =
  '\\s+(?:is|was|are|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:(?:also|officially|formally|separately|already|still|now|long)\\s+)?(?<verb>designated|listed|proscribed|banned|blacklisted|outlawed)\\b';
// "The Lebanon-based group's military wing is already outlawed": an owner described in passing.
const WING_SUBJECT_RE = new RegExp(
  `^\\s*(?:Its|Their|The\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:group|organi[sz]ation|movement)['’]s|The)\\s+${WING}${WING_LISTED}`,
  'u',
);
// "…, and its military wing was proscribed seven years later": a wing in a later clause.
const WING_CLAUSE_RE = new RegExp(
  `,?\\s+(?:and|but|while|whereas)\\s+(?:its|their)\\s+${WING}${WING_LISTED}`,
  'gu',
);

export function wingSubjectClaims(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found[] {
  const m = WING_SUBJECT_RE.exec(s);
  if (!m) return [];
  // "Hamas is a movement with a military wing, al-Qassam Brigades. The military wing was
  // proscribed …": the wing the passage named; else the group the passage goes on about.
  const named = /^\s*The\s+(?!\S+\s+(?:\S+\s+)?(?:group|organi[sz]ation|movement)['’]s)/u.test(m[0])
    ? ctx.apposedWingBefore(passageOffset, m.groups!.wing)
    : undefined;
  const owner = state.claim?.entity ?? state.v ?? ctx.openingSubjectBefore(passageOffset);
  if (!named && (!owner || opensWithAuthority(owner.text))) return [];
  const wingClaim = (at: number, verbEnd: number, wing: string, verb: string, text: string): Found => {
    const label = labelAfter(s, verbEnd);
    const end = byPhraseEnd(s, label?.end ?? verbEnd);
    const own = authorityNames(s.slice(verbEnd, end));
    return {
      entity: { start: at, end: verbEnd, text },
      start: at,
      end,
      label: label?.label ?? verb,
      status: 'designated',
      designators: own.length > 0 ? own : passageDesignators(ctx, passageOffset, owner ? [owner.text] : []),
    };
  };
  const start = m.index + /^\s*/.exec(m[0])![0].length;
  const first = wingClaim(
    start,
    m.index + m[0].length,
    m.groups!.wing,
    m.groups!.verb,
    named ?? `${owner!.text}'s ${m.groups!.wing}`,
  );
  // A wing named by its own name is no group "the organisation" later refers back to.
  if (named !== undefined) return [{ ...first, aside: true }];
  const claims = [first];
  if (!owner) return claims;
  WING_CLAUSE_RE.lastIndex = m.index + m[0].length;
  for (let c = WING_CLAUSE_RE.exec(s); c; c = WING_CLAUSE_RE.exec(s)) {
    const at = c.index + c[0].search(/\b(?:its|their)\s/);
    claims.push(
      wingClaim(
        at,
        c.index + c[0].length,
        c.groups!.wing,
        c.groups!.verb,
        `${owner.text}'s ${c.groups!.wing}`,
      ),
    );
  }
  return claims;
}

export function memberReferenceClaims(s: string, state: PassageState): Found[] | null {
  const claim = state.claim;
  if (claim === undefined || state.v === null || !MEMBER_REFERENCE_GATE_RE.test(s)) return null;
  const m = MEMBER_REFERENCE_RE.exec(s);
  if (!m) return null;
  const from = m.index + m[0].indexOf(m.groups!.list, m[0].search(/,/));
  const to = from + m.groups!.list.length;
  const members = objectMembers(s, from, to, namesIn(s));
  const status = /^(?:delisted|removed)$/.test(m.groups!.verb) ? 'delisted' : 'designated';
  if (members.length === 0) return null;
  return members.map((entity, i) => ({
    entity,
    start: i === 0 ? m.index + /^\s*/.exec(s)![0].length : entity.start,
    end: i === members.length - 1 ? m.index + m[0].length : entity.end,
    label: claim.label,
    status,
    designators: claim.designators,
  }));
}

/** How far after a listing (in characters) a sentence may repeat it for other authorities. */
export const SAME_STEP_REACH = 300;
export const SAME_STEP_GATE_RE = /\b(?:followed|same|likewise|similar|so)\b/;
// "Canada took the same step in September", "Paraguay and Ecuador later followed suit",
// "Kyrgyzstan followed in 2024", "Australia did the same": authorities, opening the sentence, that repeat the listing before.
// "followed suit", "followed in 2024" (not "followed the talks"), "did the same", "did so".
const FOLLOWED_OR_DID_SAME =
  'followed(?:\\s+suit)?(?=\\s*(?:[.,;]|$|\\s(?:in|on|last|this|later|soon|shortly|quickly|weeks?|months?|days?|years?|a\\s+(?:day|week|month|year))\\b))|(?:did|done)\\s+(?:the\\s+same|likewise|so)';
const SAME_STEP_RE = new RegExp(
  `^\\s*(?:(?:In|On|By|Since)\\s+[^,]{1,30},\\s+)?(?<who>(?:the\\s+)?\\p{Lu}[^,;.:]{0,80}?)\\s+(?:(?:has|had|have|also|later|then|soon|quickly|subsequently|swiftly|since)\\s+){0,2}(?:${FOLLOWED_OR_DID_SAME}|(?:took|taken|made)\\s+(?:the\\s+same|a\\s+similar|similar)\\s+(?:step|action|decision|measure|move)s?)\\b`,
  'u',
);

/** The listing before, repeated by the authorities a sentence names ("Canada followed suit"). */
export function sameStepClaims(s: string, passageOffset: number, state: PassageState): Found[] {
  const claim = state.claim;
  const entity = claim?.entity ?? state.v;
  // The step repeated is the listing just reported, in this sentence's paragraph or the one before.
  if (!claim || !entity || passageOffset - (state.lastClaimEnd ?? -Infinity) > SAME_STEP_REACH) return [];
  const m = SAME_STEP_RE.exec(s);
  if (!m) return [];
  const who = m.groups!.who;
  // Only authorities, joined by commas or "and": "Paraguay and Ecuador", "the UK, Canada and Australia".
  const designators = onlyAuthorities(who);
  if (designators.length === 0) return [];
  const start = m.index + m[0].indexOf(who);
  const end = m.index + m[0].length;
  return [
    {
      entity: { ...entity, start, end },
      start,
      end,
      label: claim.label,
      status: claim.status,
      designators,
    },
  ];
}

// "…, and Kyrgyzstan followed in September": after a claim in the same sentence.
const SAME_STEP_AFTER_RE = new RegExp(
  `^[^.;]{0,60}?(?:,\\s*|;\\s*|\\s)(?:and\\s+|while\\s+|before\\s+)(?<who>(?:the\\s+)?\\p{Lu}[^,;.:]{0,60}?)\\s+(?:(?:has|had|have|also|later|then|soon|quickly|subsequently|swiftly)\\s+){0,2}(?:${FOLLOWED_OR_DID_SAME}|(?:took|taken)\\s+(?:the\\s+same|a\\s+similar)\\s+(?:step|action|decision|measure|move))\\b`,
  'u',
);

/** The last claim of a sentence, repeated by authorities a clause after it names. */
export function withSameStepAfter(s: string, found: Found[]): Found[] {
  const last = found.at(-1);
  if (!last || last.aside || !SAME_STEP_GATE_RE.test(s)) return found;
  const m = SAME_STEP_AFTER_RE.exec(s.slice(last.end));
  if (!m) return found;
  const who = m.groups!.who;
  const designators = onlyAuthorities(who);
  if (designators.length === 0) return found;
  const start = last.end + m.index + m[0].indexOf(who);
  const end = last.end + m.index + m[0].length;
  return [...found, { ...last, entity: { ...last.entity, start, end }, start, end, designators }];
}

/** The members a sentence without a cue names after a claim (see followsClaim), if any. */
export function followOn(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found[] {
  if (!followsClaim(s, passageOffset, state)) return [];
  return enumeratedClaims(
    s,
    () => namesIn(s),
    [],
    true,
    state,
    () => passageDesignators(ctx, passageOffset, []),
  );
}
