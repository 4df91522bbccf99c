/**
 * The passes over the whole sentence once its triggers are done (afterTriggerClaims): legal
 * epithets ("the banned X"), label appositions, enumerated members, joined sets, considered
 * claims, court findings, aliases, and counted sets put on a list.
 */
import { authoritiesIn, authorityNames, opensWithAuthority } from './designators';
import { CUE_RE, GROUP_PEOPLE } from './designation-cue';
import { homeStateOf } from './home-states';
import {
  COUNTED_SET_PHRASE,
  SET_ENTITY_RE,
  SET_NUMBER_WORD_RE,
  SET_HEAD,
  enumeratedClaims,
  followsClaim,
  mergeRestated,
  labelRemovedClaims,
} from './designation-lists';
import { type NameSpan, objectMembers } from './designation-names';
import {
  designatorsNear,
  passageDesignators,
  ARMED_CONTEXT_RE,
  heldOverDesignators,
} from './designation-authorities';
import type { Found, SentenceScope } from './designation-passage';
import { taken, addInOrder, COUNT_BEFORE_RE } from './designation-trigger-claims';
import {
  consideredGate,
  consideredClaims,
  COURT_WORD_RE,
  courtFindingClaims,
} from './designation-considered';

const JOINED_SET_RE = new RegExp(
  `^(?:\\s+in\\s+(?:its|their)\\s+entirety)?,?\\s+(?:as\\s+well\\s+as|along\\s+with)\\s+(?:the\\s+)?(${COUNTED_SET_PHRASE})(?![\\p{L}])(?!\\s+(?:killed|dead|injured|wounded)|\\s*:)`,
  'iu',
);
// "declared the PFI an “unlawful association” along with “its associates or affiliates or
// fronts", "banned the PFI and its affiliates": the group's own parts, listed with it.
const JOINED_PARTS_RE =
  /^["”’]?,?\s+(?:(?:as\s+well\s+as|along\s+with)\s+["“‘]?((?:its|their)\s+(?:[\p{Ll}-]+\s+(?:or|and)\s+){0,3}(?:associates|affiliates|fronts|offshoots|front\s+organi[sz]ations|wings|branches))|and\s+((?:its|their)\s+(?:associates|affiliates|fronts|front\s+organi[sz]ations)))(?![\p{L}])/u;

/** The passage's designators, for claims that name none of their own. */
function passageWide(sc: SentenceScope): () => string[] {
  return () => passageDesignators(sc.ctx, sc.passageOffset, []);
}

/**
 * The passes over the whole sentence once the triggers are done — enumerations, joined sets,
 * considered claims, court findings, aliases and counted sets — and the claims in text order.
 */
export function afterTriggerClaims(sc: SentenceScope): Found[] {
  const { s, passageOffset, state, found, continues, onTopic } = sc;
  // Here the sentence has a cue, which the frames after a list or a colon need no claim for.
  const follows = continues || onTopic || followsClaim(s, passageOffset, state);
  addEnumeratedMembers(sc, follows);
  addJoinedSets(sc);
  addConsideredClaims(sc);
  addCourtFindings(sc);
  addProscribedEpithets(sc);
  addNamelessEpithet(sc);
  addLabelAppositions(sc);
  addDesignatedExamples(sc);
  addAliasClaims(sc, continues);
  for (const c of labelRemovedClaims(s, sc.names, passageWide(sc)))
    if (!taken(found, c.start, c.end)) addInOrder(found, c);
  addCountedSetClaims(sc);
  quoteAsidesFromParenthesis(s, found);
  widenCountedNationalities(s, found);
  // Asides are found before the triggers: hand the claims on in text order.
  return mergeRestated(
    s,
    found.sort((a, b) => a.start - b.start),
  );
}
const EPITHET_RE =
  /(?:\b(?:[Tt]he|of|with|from|by|and|to|against)\s+(?:(?:newly|recently|now|officially|formally|already)\s+)?|\d\s+|now-)(?<word>proscribed|banned|outlawed)\s+(?:(?<desc>terror(?:ist)?|militant|insurgent|Islamist|radical|extremist|separatist|jihadist|armed)\s+)?(?:(?<head>(?:outfit|organi[sz]ation|group|movement))\s+)?(?=\p{Lu}|(?:al|el)-\p{Lu}?\p{Ll})/gu;
export const EPITHET_GATE_RE = new RegExp(EPITHET_RE.source, 'u');
const PEOPLE_OF_BEFORE_RE = new RegExp(`\\b(?:${GROUP_PEOPLE}|chief)\\s+of\\s+(?:the\\s+)?$`);
/** After a name the epithet leads: "the proscribed Lashkar-e-Jhangvi outfit". */
const EPITHET_HEAD_AFTER_RE = /^\s+(?:terror(?:ist)?\s+)?(?:outfit|organi[sz]ation|group|movement)\b/u;

/**
 * A group named by a legal epithet: "the proscribed terror outfit X" with the authorities the
 * sentence names; "the banned X" and "the outlawed X" also with the passage's.
 */
function addProscribedEpithets(sc: SentenceScope): void {
  const { s, found, names } = sc;
  if (!s.includes('proscribed') && !s.includes('banned') && !s.includes('outlawed')) return;
  for (const m of s.matchAll(EPITHET_RE)) {
    const word = m.groups!.word;
    const at = m.index + m[0].indexOf(word);
    const named = names().find((n) => n.start === m.index + m[0].length);
    // "Lashkar-e-Taiba in Bandipora": the place after the name is where, not who.
    const entity = named && { ...named, text: named.text.replace(/\s+in\s+.*$/, '') };
    if (entity) entity.end = entity.start + entity.text.length;
    // A name that is a state is no group; one ending in a place is ("Tehreek-e-Taliban Pakistan").
    if (!entity || authoritiesIn(entity.text).some((a) => a.start === 0) || isBannedPlatform(entity.text))
      continue;
    const headBefore = m.groups?.head !== undefined;
    const head = headBefore ? null : EPITHET_HEAD_AFTER_RE.exec(s.slice(entity.end));
    // A proscribed name needs its head noun or its acronym ("the proscribed Tehreek-i-Taliban
    // Pakistan (TTP)"); a banned one an armed context at least.
    // "three members of the proscribed X": the group's people make it a group.
    const peopleOf = PEOPLE_OF_BEFORE_RE.test(
      s.slice(Math.max(0, m.index - 40), m.index + (m[0].startsWith('of') ? 3 : 0)),
    );
    if (
      word === 'proscribed'
        ? !headBefore && !head && !peopleOf && !/\s\(\p{Lu}{2,}[\p{L}-]*\)$/u.test(entity.text)
        : !headBefore &&
          !head &&
          !m.groups?.desc &&
          !ARMED_CONTEXT_RE.test(s) &&
          // "a member of the banned Kurdistan Workers' Party (PKK)", in a passage on terror listings.
          !(peopleOf && sc.ctx.onTopic())
    )
      continue;
    const end = entity.end + (head?.[0].length ?? 0);
    const start = /^the\s/i.test(m[0]) ? m.index : at;
    if (taken(found, start, end)) continue;
    addInOrder(found, {
      entity,
      start,
      end,
      label: word,
      status: 'designated',
      designators: epithetDesignators(sc, entity, word),
    });
    // "… the newly banned Palestine Action group. The group was banned on Friday": before any
    // other listing, the group named banned is the one "the group" refers to.
    sc.state.v ??= entity;
  }
}

// "A German court sentenced …", "Swedish police arrested …": the state word is read by authorityNames.
const STATE_ORGAN_ACTS_RE =
  /\b[\p{L}.]+\s+(?:(?:federal|state|regional|high|supreme|district|higher|appeals?)\s+)?(?:court|judges?|prosecutors?|police|authorities|interior\s+ministry)\s+(?:[\p{L}]+\s+){0,3}?(?:sentenced|convicted|charged|arrested|detained|handed|found|jailed|raided|banned|ruled)\b/iu;

/** Who lists a group a legal epithet ("the banned X", "X, a banned outfit") describes. */
function epithetDesignators(sc: SentenceScope, entity: NameSpan, word: string): string[] {
  // A group a state bans at home is that state's, whatever places the sentence names. Not for
  // "proscribed", which held-out annotators read both ways (the home state, or no one).
  const home = word === 'proscribed' ? undefined : homeStateOf(entity.text, sc.ctx.places());
  const own = authorityNames(sc.s).filter((a) => !entity.text.includes(a));
  // "A German court sentenced a member of the banned PKK": a state's court or police acts on
  // its own ban, wherever the group is at home.
  const organ = home && own.length === 1 && !home.includes(own[0]) ? STATE_ORGAN_ACTS_RE.exec(sc.s) : null;
  if (organ && authorityNames(organ[0]).includes(own[0])) return own;
  if (home) return home;
  if (own.length > 0 || word === 'proscribed') return own;
  const wide = passageWide(sc)();
  // "DHAKA, Bangladesh (AP) — Police arrested members of the banned militant group X": with no
  // other authority, the state the report is filed from bans at home.
  const filedFrom = wide.length > 0 ? undefined : sc.ctx.datelineState();
  return filedFrom ? [filedFrom] : wide;
}

/**
 * "The banned terror outfit claimed responsibility": an epithet with no name after it refers
 * back to the group the passage's last claim named, and is a claim about that group. Not
 * "proscribed": laws and guidance say "the proscribed organisation" of any listed group.
 */
const NAMELESS_EPITHET_RE =
  /\b[Tt]he\s+(?:now-)?(?<word>banned|outlawed)\s+(?:(?:terror(?:ist)?|militant|insurgent|separatist|jihadist|Islamist|extremist|armed)\s+)?(?<head>outfit|group|organi[sz]ation)\b(?!\s+(?:of\b|\p{Lu}|\())/u;

function addNamelessEpithet(sc: SentenceScope): void {
  const { s, found, state } = sc;
  const referent = state.claim?.entity ?? state.v;
  if (found.length > 0 || !referent || state.claim === undefined) return;
  const m = NAMELESS_EPITHET_RE.exec(s);
  // "… of the banned organisation" in a law's wording is no report on the group.
  if (!m || !ARMED_CONTEXT_RE.test(s)) return;
  const headAt = m.index + m[0].length - m.groups!.head.length;
  addInOrder(found, {
    entity: { ...referent, start: headAt, end: m.index + m[0].length },
    start: m.index,
    end: m.index + m[0].length,
    label: m.groups!.word,
    status: 'designated',
    designators: heldOverDesignators([], state.claim, sc.ctx, sc.passageOffset),
  });
}

// "meetings between designated terrorist figures such as A and B with …": the examples of a
// class of listed people or groups are listed.
const DESIGNATED_EXAMPLES_RE =
  /\b(?<by>(?:U\.S\.|US|UN|U\.N\.|EU|UK)-)?(?:designated|listed|blacklisted|proscribed)\s+(?:global\s+)?terror(?:ist)?s?(?:\s+(?:figures|leaders|individuals|people|persons|groups|organi[sz]ations|entities|commanders|outfits))?,?\s+(?:such\s+as|like|including)\s+(?:the\s+)?/gu;
const EXAMPLES_END_RE =
  /,\s*(?:which|who|a|an)\b|[.;:()]|\s+(?:with|who|which|that|after|because|following|since|over|for|in|on|at|from|to|as)\s/iu;

function addDesignatedExamples(sc: SentenceScope): void {
  const { s, found, names, state } = sc;
  if (!s.includes('such as') && !s.includes(' like ') && !s.includes('including')) return;
  for (const m of s.matchAll(DESIGNATED_EXAMPLES_RE)) {
    const from = m.index + m[0].length;
    const stop = EXAMPLES_END_RE.exec(s.slice(from, from + 200));
    const to = from + (stop ? stop.index : Math.min(200, s.length - from));
    const members = objectMembers(s, from, to, names());
    const by = m.groups?.by;
    const designators = heldOverDesignators(
      by ? authorityNames(by.slice(0, -1)) : [],
      state.claim ?? { designators: [] },
      sc.ctx,
      sc.passageOffset,
    );
    members.forEach((entity, i) => {
      if (opensWithAuthority(entity.text) || taken(found, entity.start, entity.end)) return;
      addInOrder(found, {
        entity,
        start: i === 0 ? m.index : entity.start,
        end: entity.end,
        label: 'designated terrorist',
        status: 'designated',
        designators,
      });
    });
  }
}

// "Ali Musa, a Specially Designated Global Terrorist,", "…, an SDGT.", "…, a US-designated
// terrorist": a listing's label set off after a name, with no verb.
const LABEL_APPOSITION_RE =
  /,\s+(?:an?\s+)?(?<by>(?:U\.S\.|US|UN|U\.N\.|EU|UK)-)?(?<label>Specially\s+Designated\s+Global\s+Terrorist|SDGT|(?:designated|listed|proscribed)\s+(?:global\s+)?terrorist|(?<ban>banned|proscribed|outlawed)\s+(?:(?:terror(?:ist)?|militant|insurgent|separatist|extremist|jihadist|Islamist|Maoist)\s+)?(?:organi[sz]ation|outfit|group))(?=\s*(?:[,.;)]|$))/gu;

function addLabelAppositions(sc: SentenceScope): void {
  const { s, found, names } = sc;
  if (!s.includes('errorist') && !s.includes('SDGT') && !/banned|proscribed|outlawed/.test(s)) return;
  for (const m of s.matchAll(LABEL_APPOSITION_RE)) {
    const entity = names().find((n) => n.end === m.index);
    if (!entity || opensWithAuthority(entity.text)) continue;
    const end = m.index + m[0].length;
    // A trigger inside the apposition may have claimed it with a clipped quote ("a designated").
    const clipped = found.findIndex(
      (f) => f.entity.text === entity.text && f.start >= m.index && f.end <= end,
    );
    if (clipped >= 0) found.splice(clipped, 1);
    if (taken(found, entity.start, end)) continue;
    addInOrder(found, {
      entity,
      start: entity.start,
      end,
      label: m.groups!.label,
      status: 'designated',
      // A US-only label names its lister (hitDesignators); "a designated terrorist", the
      // sentence's; "a banned outfit", as the epithet before a name does (addProscribedEpithets).
      designators: m.groups!.by
        ? authorityNames(m.groups!.by.slice(0, -1))
        : /SDGT|Specially/.test(m.groups!.label)
          ? []
          : m.groups!.ban !== undefined
            ? epithetDesignators(sc, entity, m.groups!.ban)
            : authorityNames(s),
    });
  }
}

/** Platforms state media calls banned ("the banned Instagram"): no armed group. */
function isBannedPlatform(name: string): boolean {
  return /^(?:Instagram|Facebook|Meta|Twitter|X|TikTok|LinkedIn|Telegram|WhatsApp|YouTube)$/.test(name);
}

/** The members of a list or a colon's enumeration that the sentence's frame puts on a list. */
function addEnumeratedMembers(sc: SentenceScope, follows: boolean): void {
  const { s, found } = sc;
  const members = enumeratedClaims(s, sc.names, found, follows, sc.state, passageWide(sc));
  // "Six organisations, including A and B, have been designated as …": the set's claim spans
  // its examples; the set keeps its phrase, each example its name, the last the listing after it.
  const first = members[0];
  const set =
    first &&
    found.find(
      (f) =>
        f.entity.end <= first.entity.start &&
        f.end >= members[members.length - 1].entity.end &&
        SET_ENTITY_RE.test(f.entity.text) &&
        /^\s*,\s*including\s+(?:the\s+)?$/.test(s.slice(f.entity.end, first.entity.start)),
    );
  if (set) {
    const end = set.end;
    set.end = set.entity.end;
    members.forEach((m, i) =>
      addInOrder(found, { ...m, start: m.entity.start, end: i === members.length - 1 ? end : m.entity.end }),
    );
    return;
  }
  for (const member of members) {
    // The first member's quote reaches back to its frame, unless a claim already holds that.
    if (taken(found, member.start, member.end)) {
      if (taken(found, member.entity.start, member.end)) continue;
      member.start = member.entity.start;
    }
    addInOrder(found, member);
  }
}

/**
 * "re-added the Brotherhood to the list, as well as 1,529 people": a counted set joined to a
 * claim's object shares its listing (one that goes on to name its members is left to them).
 */
function addJoinedSets({ s, found, names }: SentenceScope): void {
  if (s.includes(' as well as ') || s.includes(' along with ') || / and (?:its|their) /.test(s))
    for (const f of [...found]) {
      if (f.aside) continue;
      const after = s.slice(f.end, f.end + 120);
      const joined = JOINED_SET_RE.exec(after) ?? JOINED_PARTS_RE.exec(after);
      if (!joined) continue;
      const part = joined[1] ?? joined[2];
      const start = f.end + joined[0].length - part.length;
      const entity = { start, end: start + part.length, text: part };
      if (taken(found, start, entity.end)) continue;
      addInOrder(found, { ...f, entity, start, end: entity.end });
      // "along with two other groups, A and B", "… its affiliates including A, B and C": the
      // set's members, named after it.
      const lead = /^\s*(?:[,:]|,?\s+(?:including|such\s+as|namely))\s+(?:the\s+)?/.exec(
        s.slice(entity.end, entity.end + 16),
      );
      if (!lead) continue;
      const from = entity.end + lead[0].length;
      const to = from + (/^[^.;]*/.exec(s.slice(from))?.[0].length ?? 0);
      let previous: Found | undefined;
      let closed = false;
      for (const named of objectMembers(s, from, to, names())) {
        // "… Empower India Foundation and Rehab Foundation, Kerala": after the list has closed
        // with "and", a name set off by a comma is the last member's place.
        const gap = previous ? s.slice(previous.end, named.start) : '';
        if (previous && closed && /^,\s*$/.test(gap)) {
          previous.entity = {
            ...previous.entity,
            end: named.end,
            text: s.slice(previous.entity.start, named.end),
          };
          previous.end = named.end;
          continue;
        }
        closed ||= /\band\b/.test(gap);
        // "Blue Lantern (known to operate in Mali)": an aside is no part of the name.
        const aside = /\s*\((?![A-Z][\w-]{1,12}\))[^()]*\)$/.exec(named.text);
        const member = aside ? { ...named, text: named.text.slice(0, aside.index) } : named;
        if (taken(found, member.start, member.end)) continue;
        previous = { ...f, entity: member, start: member.start, end: member.end };
        addInOrder(found, previous);
      }
    }
}

/** "X is considered a terrorist organisation by …": claims the triggers did not make. */
function addConsideredClaims(sc: SentenceScope): void {
  const { s, found } = sc;
  if (s.includes('terror') && consideredGate(s))
    for (const c of consideredClaims(
      s,
      sc.names,
      // "The Iran-backed group", "it": never a person the passage names.
      () => sc.ctx.unlessPerson(sc.state.v ?? sc.ctx.openingSubjectBefore(sc.passageOffset)),
      passageWide(sc),
    )) {
      if (taken(found, c.start, c.end)) continue;
      addInOrder(found, c);
      sc.state.v = c.entity;
    }
}

/** A court's finding that a group is a terrorist organisation. */
function addCourtFindings(sc: SentenceScope): void {
  const { s, found } = sc;
  if (s.includes('terror') && COURT_WORD_RE.test(s))
    for (const c of courtFindingClaims(s, sc.names, passageWide(sc))) {
      if (taken(found, c.start, c.end)) continue;
      addInOrder(found, c);
      sc.state.v = c.entity;
    }
}

/** A listed group's aliases, designated by the sentence's authorities, else the passage's. */
function addAliasClaims(sc: SentenceScope, continues: boolean): void {
  const { s, found } = sc;
  for (const alias of aliasClaims(s, sc.names, continues)) {
    if (taken(found, alias.start, alias.end)) continue;
    const designators = designatorsNear(s, alias.start, alias.start, alias.end, [alias.entity]);
    addInOrder(found, {
      ...alias,
      designators:
        designators.length > 0
          ? designators
          : passageDesignators(sc.ctx, sc.passageOffset + alias.start, [alias.entity.text]),
    });
  }
}

/** A claim on a counted set, designated by the sentence's authorities (up to `designatorsTo`), else the passage's. */
function addSet(
  sc: SentenceScope,
  entity: NameSpan,
  start: number,
  end: number,
  label: string,
  status: Found['status'],
  designatorsTo = end,
  knownDesignators?: string[],
): void {
  if (taken(sc.found, start, end)) return;
  let designators = knownDesignators ?? designatorsNear(sc.s, start, start, designatorsTo, [entity]);
  if (designators.length === 0) designators = passageDesignators(sc.ctx, sc.passageOffset + start, []);
  addInOrder(sc.found, { entity, start, end, label, status, designators });
}

/**
 * A counted set that a whole match puts on a terror list (group 1 is the set phrase, found
 * from `phraseFrom` in the match; `label` the label), unless a claim already holds it.
 */
function addSetClaim(sc: SentenceScope, m: RegExpExecArray | null, phraseFrom = 0): void {
  if (!m) return;
  const at = m.index + m[0].indexOf(m[1], phraseFrom);
  const entity = { start: at, end: at + m[1].length, text: m[1] };
  addSet(sc, entity, m.index, m.index + m[0].length, m.groups!.label, 'designated');
}

/** Counted sets put on a list: published names, reduced relatives, inclusions, list counts. */
function addCountedSetClaims(sc: SentenceScope): void {
  const { s, passageOffset, ctx, found } = sc;
  // "published the names of N people thought to have ties to terrorism": publishing
  // the names of a counted set tied to terrorism lists it.
  const namesOf = s.includes('names of') ? NAMES_OF_SET_RE.exec(s) : null;
  addSetClaim(sc, namesOf, namesOf ? namesOf[0].indexOf('names of') : 0);
  const reduced =
    PROSCRIBED_WORD_RE.test(s) && SET_NUMBER_WORD_RE.test(s) && REDUCED_SET_GATE_RE.test(s)
      ? REDUCED_SET_RE.exec(s)
      : null;
  // "There are currently 60 entities listed.", in a passage on terror listings: the count the list holds.
  const reducedSet = reduced?.groups?.set ?? reduced?.groups?.set2 ?? reduced?.groups?.set3;
  if (
    reduced &&
    reducedSet &&
    (reduced.groups!.set !== undefined ||
      (reduced.groups!.set3 !== undefined && ctx.onTopic()) ||
      PROSCRIBED_WORD_RE.test(reducedSet))
  ) {
    const end = reduced.index + reduced[0].length;
    const at = reduced.index + reduced[0].indexOf(reducedSet);
    const verb = reduced.groups!.label ?? reduced.groups!.label3;
    addSet(
      sc,
      { start: at, end: at + reducedSet.length, text: reducedSet },
      at,
      end,
      verb ?? 'designated',
      verb && /de-?(?:proscrib|list)/i.test(verb) ? 'delisted' : 'designated',
      // "… de-proscribed under the Sri Lankan regulations": the law after the participle.
      Math.min(s.length, end + 60),
    );
  }
  // "includes N commanders of X in the list of terrorism", "endorsed the inclusion of N
  // people in its list of terrorist organisations": a counted set put on a terror list.
  addSetClaim(sc, s.includes('nclu') && SET_NUMBER_WORD_RE.test(s) ? INCLUDED_SET_RE.exec(s) : null);
  // "The eight additions to the UN sanctions blacklist include …": the set added to the list.
  const additions = s.includes('to ') && SET_NUMBER_WORD_RE.test(s) ? ADDITIONS_SET_RE.exec(s) : null;
  if (additions && (/terror|sanction/i.test(additions.groups!.label) || ctx.onTopic()))
    addSetClaim(sc, additions);
  // "Egypt's terror list contains over 1,500 names", "The list includes 22 organizations" (in a
  // passage on terror lists), "Canada's list of terrorist entities includes 86 groups": the
  // counted set a list holds.
  const holds =
    s.includes('list') && LIST_HOLDS_GATE_RE.test(s) && SET_NUMBER_WORD_RE.test(s)
      ? LIST_HOLDS_SET_RE.exec(s)
      : null;
  if (holds && (/terror/i.test(holds.groups!.list) || ctx.onTopic())) {
    const phrase = holds.groups!.set;
    const at = holds.index + holds[0].length - phrase.length;
    // "The list includes …" right after a listing: that listing's list.
    const prior = /^\s*The\s/.test(holds[0]) ? sc.state.claim : undefined;
    const end = holds.index + holds[0].length;
    addSet(
      sc,
      { start: at, end: at + phrase.length, text: phrase },
      holds.index,
      end,
      holds.groups!.list,
      'designated',
      end,
      prior && prior.designators.length > 0 ? prior.designators : undefined,
    );
  }
  // "There are 22 entities on New Zealand's designated terrorist entities list": a counted set
  // on a terror list is one claim whose entity is the set phrase (docs/CLAIMS.md). Both patterns
  // need a list and a number: literal tests first.
  const counted = s.includes('list') && SET_NUMBER_WORD_RE.test(s);
  const set = counted
    ? (COUNTED_SET_RE.exec(s) ??
      (s.includes('list of')
        ? (LIST_OF_SET_RE.exec(s) ?? (ctx.onTopic() ? LIST_OF_LISTED_SET_RE.exec(s) : null))
        : null))
    : null;
  if (set && !taken(found, set.index, set.index + set[0].length)) {
    const phrase = set[1];
    let designators = authorityNames(set[0]);
    // "Brussels has around N groups on its terror list", "It joins N other groups on the list":
    // the owner of "its" list, else the passage's authority.
    if (designators.length === 0 && /\s(?:its|the)\s+(?:[\p{L}-]+\s+){0,2}list\b/u.test(set[0]))
      designators = designatorsNear(s, set.index, set.index, set.index, []);
    if (
      designators.length === 0 &&
      /\bjoin|\sits\s/.test(s.slice(Math.max(0, set.index - 60), set.index + set[0].length))
    )
      designators = passageDesignators(ctx, passageOffset + set.index, []);
    // "The ministry has released a list of 12 organisations banned as terrorist": the
    // publisher of the list, else the passage's authority.
    if (designators.length === 0 && set[0].startsWith('list'))
      designators = designatorsNear(s, set.index, set.index, set.index, []);
    if (designators.length === 0 && set[0].startsWith('list'))
      designators = passageDesignators(ctx, passageOffset + set.index, []);
    addInOrder(found, {
      entity: { start: set.index, end: set.index + phrase.length, text: phrase },
      start: set.index,
      end: set.index + set[0].length,
      label: 'terrorist list',
      status: 'designated',
      designators,
    });
  }
}

/**
 * "revoked the designation of X (formerly …, banned in Russia) as …": an aside inside another
 * claim's quote is quoted from its parenthesis, so that both claims stand.
 */
function quoteAsidesFromParenthesis(s: string, found: Found[]): void {
  for (const a of found)
    if (a.aside)
      for (const f of found) {
        if (f.aside || !(f.start < a.start + 1 && f.end > a.start)) continue;
        const open = s.indexOf('(', a.entity.end);
        if (open >= f.end && open < a.end) a.start = open;
      }
}

/** "Three Freedonians were added to the list": a counted nationality is the set listed. */
function widenCountedNationalities(s: string, found: Found[]): void {
  for (const f of found) {
    if (!DEMONYM_RE.test(f.entity.text)) continue;
    const count = COUNT_BEFORE_RE.exec(s.slice(Math.max(0, f.entity.start - 12), f.entity.start));
    if (!count) continue;
    const start = f.entity.start - count[0].length + (count[0].length - count[0].trimStart().length);
    f.entity = { start, end: f.entity.end, text: s.slice(start, f.entity.end) };
    if (f.start > start) f.start = start;
  }
}

// Every match of LIST_HOLDS_SET_RE holds these words: a literal scan first.
const LIST_HOLDS_GATE_RE =
  /list(?:\s+of\s+[^,.;]{1,50}?)?\s+(?:now\s+|currently\s+|already\s+)?(?:contains|includes|comprises|features|names)\s/;
const LIST_HOLDS_SET_RE = new RegExp(
  `(?:\\b(?:the|its|their)\\s+|(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})['’]s\\s+|^\\s*The\\s+)(?<list>(?:(?:UN|U\\.N\\.|US|U\\.S\\.|EU|UK)\\s+)?(?:terror(?:ist|ism)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)?(?:black)?list(?:\\s+of\\s+[^,.;]{1,50}?)?)\\s+(?:now\\s+|currently\\s+|already\\s+)?(?:contains|includes|comprises|features|names)\\s+(?<set>${COUNTED_SET_PHRASE})`,
  'u',
);
const INCLUDED_SET_RE = new RegExp(
  `\\b(?:includ(?:e|es|ed|ing)|inclusion\\s+of)\\s+(?:the\\s+)?(${COUNTED_SET_PHRASE})(?:\\s+of\\s+(?:the\\s+)?[^,.;]{1,60}?)?(?:\\s*,[^,.;]{1,50},)?\\s+(?:on|in|to|onto)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?<label>terror(?:ist|ism)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?lists?|lists?\\s+of\\s+(?:terrorist\\s+(?:organi[sz]ations|entities|groups)|(?:[\\p{L}-]+\\s+){1,5}?(?:supporting|financing|funding)\\s+terror\\w*|terror\\w*))`,
  'iu',
);
// "6 Tamil organisations and 316 individuals de-proscribed", "the 80 groups proscribed under
// the Terrorism Act": a counted set with its participle and no auxiliary (headlines, reduced
// relatives); "there are now 44 designated terrorist organisations under the Act".
const REDUCED_SET_RE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|while|the|of|has|have|had|with|now|are|were|currently|that)\\s+)(?<set>${COUNTED_SET_PHRASE})\\s+(?:(?:now|currently|already|all|since|previously|formally|officially)\\s+)?(?<label>de-?proscribed|proscribed|banned|blacklisted|designated|listed|de-?listed|outlawed)(?=\\s+(?:under|by|in|since|on)\\b|\\s+as\\s+(?:an?\\s+)?["“']?(?:terror|proscribed|FTO|SDGT)|\\s+(?:should|must|will)\\s+(?:remain|stay)\\b|(?<!\\blisted)(?:\\s*[.,;:]|\\s*$))|\\bthere\\s+(?:are|were)\\s+(?:now\\s+|currently\\s+)?(?:a\\s+)?(?:total\\s+(?:of\\s+)?)?(?<set2>${COUNTED_SET_PHRASE})(?=\\s+(?:under|in|on)\\s)|\\bthere\\s+(?:are|were)\\s+(?:now\\s+|currently\\s+)?(?<set3>${COUNTED_SET_PHRASE})\\s+(?:(?:now|currently)\\s+)?(?<label3>listed|designated|proscribed|banned|blacklisted)(?=\\s*[.;]|\\s*$)`,
  'iu',
);
const PROSCRIBED_WORD_RE = /proscri|banned|listed|designated|outlawed/i;
// Every match of REDUCED_SET_RE has a set's head noun right before its participle, or
// "there are": a cheaper scan first.
export const REDUCED_SET_GATE_RE = new RegExp(
  `${SET_HEAD}\\s+(?:(?:now|currently|already|all|since|previously|formally|officially)\\s+)?(?:de-?)?(?:proscribed|banned|blacklisted|designated|listed|outlawed)\\b|\\bthere\\s+(?:are|were)\\s`,
  'i',
);
const ADDITIONS_SET_RE = new RegExp(
  `\\b((?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{Ll}+teen|\\p{Ll}+ty(?:-\\p{Ll}+)?)\\s+(?:new\\s+|latest\\s+)?(?:additions|entries|names|listings|designees))\\s+(?:to|on)\\s+(?:the|its|their)\\s+(?<label>(?:[\\p{L}.'’-]+\\s+){0,4}?(?:black)?list)\\b`,
  'u',
);
const NAMES_OF_SET_RE = new RegExp(
  `\\b(?:gazetted|published|listed|released|issued|named|made\\s+public)\\s+(?:the\\s+|a\\s+list\\s+of\\s+the\\s+)?names\\s+of\\s+(${COUNTED_SET_PHRASE})\\s+(?:(?:who\\s+(?:are|were)\\s+)?(?:believed|suspected|alleged|said|thought)\\s+to\\s+(?:have|be\\s+having)\\s+|with\\s+|having\\s+)(?<label>(?:links?|ties|connections?)\\s+(?:to|with)\\s+terror(?:ism|ist\\s+(?:groups?|organi[sz]ations?)))`,
  'iu',
);
const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ans|is|ns)$/u;

// "… to include the following new aliases: A, B": names added to an existing designation.
const ALIAS_LIST_RE =
  /\b(?:includ|add)(?:e|es|ed|ing|s)?\s+(?:the\s+)?(?:following\s+)?(?:new\s+|additional\s+|further\s+)?alias(?:es)?\s*(?::\s*|\s+)/giu;
// "X was also included as an alias to Y's … designation".
const ALIAS_SUBJECT_RE =
  /^\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+|now\s+)?(?:included|added|listed)\s+as\s+(?:an?\s+)?(?:new\s+|additional\s+)?alias(?:es)?\s+(?:to|of|for|in|under)\b/iu;
// The designation's label as the sentence words it.
const ALIAS_LABEL_RE =
  /Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ations?|terrorist\s+(?:organi[sz]ation|group|entity)|\bSDGT\b|\bFTO\b/iu;

/**
 * Aliases added to a designation: each alias is listed under it (docs/CLAIMS.md counts every
 * named member). Only in a sentence about a terror designation.
 */
function aliasClaims(
  s: string,
  names: () => NameSpan[],
  continues: boolean,
): Array<Omit<Found, 'designators'>> {
  if (!/alias/i.test(s) || !/designat|listing|proscri/i.test(s) || !(CUE_RE.test(s) || continues)) return [];
  const label = ALIAS_LABEL_RE.exec(s)?.[0] ?? 'designated';
  const out: Array<Omit<Found, 'designators'>> = [];
  ALIAS_LIST_RE.lastIndex = 0;
  for (let m = ALIAS_LIST_RE.exec(s); m; m = ALIAS_LIST_RE.exec(s)) {
    const from = m.index + m[0].length;
    const to = from + (/[.;]\s|[.;]?$|\s[—–]\s/.exec(s.slice(from))?.index ?? 0);
    for (const entity of objectMembers(s, from, to, names()))
      out.push({ entity, start: m.index, end: entity.end, label, status: 'designated' });
  }
  for (const n of names()) {
    const link = ALIAS_SUBJECT_RE.exec(s.slice(n.end, n.end + 80));
    if (link && !opensWithAuthority(n.text))
      out.push({ entity: n, start: n.start, end: n.end + link[0].length, label, status: 'designated' });
  }
  return out;
}

// "a list of 12 organisations that it says are banned as terrorist", "an updated list of 67
// organisations that have been declared terrorist groups": the counted set the list holds.
const LIST_OF_SET_RE = new RegExp(
  `\\blist\\s+of\\s+(${COUNTED_SET_PHRASE})\\s+(?:(?:that|which)\\s+(?:[^,.;]{0,30}?\\s)?(?:are|were|have\\s+been|had\\s+been|is)\\s+)?(?:officially\\s+|formally\\s+|now\\s+)?(?:banned|declared|designated|listed|proscribed|recogni[sz]ed|outlawed|classified)\\b(?=[^.;]{0,80}?terror)`,
  'iu',
);
// "released a list of 84 proscribed organisations" (in a passage on terror listings): the set
// the list names is listed.
const LIST_OF_LISTED_SET_RE = new RegExp(
  `\\blist\\s+of\\s+((?:(?:more\\s+than|over|some|about|around|nearly)\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\s+(?:[\\p{L}-]+\\s+)?(?:proscribed|banned|outlawed|blacklisted|designated)\\s+(?:[\\p{L}-]+,?\\s+){0,2}?(?:organi[sz]ations|groups|outfits|entities))(?![\\p{L}])`,
  'iu',
);
// "N entities on X's terrorist list", "around N groups and individuals on its terror list",
// "N terrorist groups in X's list", "joins N other armed groups on the list of FTOs",
// "Seventy-one such organisations are now on the list of terrorist organisations".
const COUNTED_SET_RE =
  /(?<![\p{L}\d])((?:(?:about|around|some|nearly|over|more\s+than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-(?:one|two|three|four|five|six|seven|eight|nine))\s+(?:other\s+|such\s+)?(?:[\p{L}-]+\s+){0,2}?(?:groups|organi[sz]ations|entities)(?:\s+and\s+(?:individuals|persons|people|entities|groups|organi[sz]ations))?)\s+(?:(?:are|were)\s+(?:now\s+|currently\s+|still\s+)?)?(?:on|in)\s+(?:the\s+|its\s+)?(?:[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}['’]s\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:terror(?:ist|ism)?\s+)(?:[\p{Ll}-]+\s+){0,2}?list\b|(?<=terror(?:ist|ism)?\s+(?:groups|organi[sz]ations|entities)\s+(?:are\s+)?(?:on|in)\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s\s+)?)list\b|(?<=\bjoin(?:s|ed|ing)?\s+[^.;]{5,60})(?:same\s+|that\s+)list\b|list\s+of\s+(?:designated\s+|foreign\s+|banned\s+|proscribed\s+)?(?:FTOs|SDGTs|(?:Foreign\s+)?[Tt]errorist\s+(?:[Oo]rgani[sz]ations|groups|entities)|(?:banned|proscribed)\s+(?:organi[sz]ations|groups|outfits)))\b/u;
