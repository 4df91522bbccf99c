/**
 * The claims one listing trigger makes (triggerClaims): its voice and entities (object or
 * subject), the entities that can be listed, the claim's label, and the claims pushed for each
 * entity, for the members a set includes and for a role named after the object.
 */
import {
  authoritiesIn,
  authorityNames,
  isNationalityPlural,
  opensWithAuthority,
  isRegion,
  isStateOnly,
} from './designators';
import { labelAfter } from './designation-label';
import { MONTH, WEEKDAY } from './calendar';
import {
  COUNTED_OBJECT_RE,
  COUNTED_SET_PHRASE,
  cuedSentence,
  LONE_MEMBER_FIRST_RE,
  SET_NUMBER_WORD_RE,
} from './designation-lists';
import { type NameSpan, objectMembers, namesGroup } from './designation-names';
import {
  authorityActs,
  byPhraseEnd,
  coordinatedPredicate,
  triggerDesignators,
} from './designation-authorities';
import type { PassageState, Found, SentenceScope } from './designation-passage';
import { withinListMove } from './designation-passage';
import {
  TRIGGER_RE,
  groupBanAfterAttack,
  topicalBan,
  widelyListedSetAfter,
  IDENTIFIED_AS_RE,
  COPULA_BEFORE_LABEL_RE,
  WEAK_VERB_LABEL_RE,
  LIFTED_SANCTIONS_ON_RE,
  LIFTED_OWN_LISTING_RE,
  triggerGroups,
  isNoTrigger,
  remainsSanctioned,
  SANCTIONS_AFTER_RE,
  lacksCue,
  triggerStatus,
  hedgedOrNoListing,
  isWeakTrigger,
  triggerLabel,
  type TriggerFrame,
  type TriggerVoice,
} from './designation-triggers';
import { NOUN_OBJECT_RE, objectEntities, LABEL_FIRST_RE, withClosingCountedSet } from './designation-objects';
import { subjectEntities } from './designation-subjects';

// A noun's by-phrase before its object ("designations by the Trump administration on three
// leaders"); "on Monday" is a time, not the object.
const BY_PHRASE_FIRST_RE = new RegExp(
  `^\\s+by\\s+(?:the\\s+)?(?:[^,.;]|(?<=\\b[A-Z])\\.){1,40}?(?=\\s+(?:(?<of>of)\\s|(?:on|against)\\s+(?!(?:${WEEKDAY}|${MONTH})\\b)))`,
  'i',
);

// Languages ("lists its Farsi, Urdu and English names") and words that open a sentence
// ("Security experts say …") are no listed groups.
const LANGUAGE_RE =
  /^(?:Security|Experts|Analysts|Critics|Arabic|Hebrew|English|French|Spanish|German|Russian|Persian|Farsi|Dari|Pashto|Urdu|Turkish|Kurdish|Somali|Hausa|Swahili|Chinese|Mandarin|Uyghur|Amharic|Tigrinya)$/;

// "maintained the LTTE on the list": the label follows the object.
const LIST_AFTER_OBJECT_RE =
  /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?[\p{Lu}\d][^.;]{0,90}?\s(?:to|on|onto|from|off)\s+(?:(?:its|the|their|a|an)\s+)?[^.;]{0,40}?(?:[Ll]ist|[Bb]lacklist)\b|^\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s[^.;]{0,60}?\s(?:to|on|onto|from|off)\s+(?:(?:its|the|their|a|an)\s+)?[^.;]{0,40}?(?:[Ll]ist|[Bb]lacklist)\b/u;
/** Right before a removal that the sentence denies: "will not be", "has not been". */
const NOT_REMOVED_BEFORE_RE =
  /\b(?:will|would|shall|is|are|was|were|has|have|had)\s+not\s+(?:yet\s+)?(?:be|been|being)\s+$/;
/** After the removal: where from, a list ("from the list", "off its terror blacklist"). */
const OFF_THE_LIST_AFTER_RE =
  /^\s+(?:from|off)\s+(?:the|its|their|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:black)?list\b/iu;

/** Between a listing and a second group "was added" to the same list in the same sentence. */
const PASSIVE_ADDED_ALONGSIDE_RE =
  /^[^.;]{0,40}?,?\s+(?:while|whereas|and)\s+(?:the\s+)?(?:al-|el-|an-|as-|ad-)?\p{Lu}[^.;,]{0,50}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|later|then|only)\s+)?$/u;

// "A, B and C are among the two gangs and six drug cartels the US has officially designated":
// the set's own relative clause may name the authority.
const ONE_OF_SET_RE =
  /^\s+(?:is|are|was|were)\s+(?:one\s+of|among)\s+(the\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|gangs|cartels)(?:\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|gangs|cartels))?))(?:\s+(?:that|which))?(?:\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+){0,2}\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?)?\s+$/u;

const UNDONE_REMOVAL_BEFORE_RE =
  /\b(?:rescind\w*|revers\w*|overturn\w*|annul\w*|revok\w*|cancel\w*|undo(?:es|ing|ne)?|undid|scrap\w*)\s+(?:[^.;,]{0,60}?\s)?(?:measure|decision|move|order|action|step)\s+to\s+$/i;
const BANNED_AS_OTHER_RE =
  /^[^.;,]{0,80}?\bas\s+(?:an?\s+)?["“]?(?:extremist|undesirable|foreign\s+agents?)\b(?![^.;,]{0,40}?terror)/iu;
const OTHER_LABEL_AFTER_RE =
  /^\s+(?:as\s+)?an?\s+(?!(?:[\p{L}-]+\s+){0,3}?(?:terror|FTO|SDGT))(?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ation|group|entity|network|threat)\b/iu;

const RENEWED_OBJECT_AFTER_RE =
  /^\s+(?:(?:on|of|against)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)))|^\s+imposed\s/;
const RENEWED_BEFORE_RE = /\b(?:extend|renew|prolong)(?:s|ed|ing)?\s+(?:the|its|their|this|that)\s+$/i;

/**
 * The claims one listing trigger makes: its status and hedges, its label, its entities (object or
 * subject), their designators; pushed onto the sentence's claims.
 */
export function triggerClaims(sc: SentenceScope, m: RegExpExecArray): void {
  const { s, ctx, state: lastEntity, continues, onTopic } = sc;
  const g = triggerGroups(s, m);
  const tStart = m.index;
  const tEnd = m.index + m[0].length;
  const word = m[0].toLowerCase();
  if (isNoTrigger(s, word, tStart, tEnd, ctx)) return;
  if (lacksCue(sc, g, word, tStart, tEnd)) return;
  const before = s.slice(Math.max(0, tStart - 60), tStart);
  const after = s.slice(tEnd, tEnd + 200);
  let status = triggerStatus(s, g, word, tEnd, before, after);
  // "X will not be removed from the list": a removal denied keeps the listing.
  const keptOn =
    g.delist !== undefined && NOT_REMOVED_BEFORE_RE.test(before) && OFF_THE_LIST_AFTER_RE.test(after);
  if (keptOn) status = 'designated';
  else if (hedgedOrNoListing(s, g, word, tStart, before, after)) return;
  // "rescinded his predecessor's measure to remove Cuba from the list": a removal undone restores
  // the listing.
  if (g.delist !== undefined && UNDONE_REMOVAL_BEFORE_RE.test(before)) status = 'designated';
  const weak = isWeakTrigger(g, word);
  // "A, B and C remain under sanction": the sanctions are the label.
  const sanctioned = remainsSanctioned(sc, word);
  const sanctions = sanctioned ? SANCTIONS_AFTER_RE.exec(after) : null;
  const labelAfterTrigger =
    triggerLabel(s, word, tEnd, after) ??
    (sanctions ? { label: sanctions[0].trim(), end: tEnd + sanctions[0].length } : null);
  // "X was designated a transnational criminal organisation": designated something else. (After
  // an active verb the noun phrase is the object: "designated a network of five facilitators".)
  if (
    g.verb !== undefined &&
    !labelAfterTrigger &&
    /(?:\b(?:is|are|was|were|been|be)\s+(?:\p{L}+ly\s+)?|,\s*)$/u.test(before) &&
    OTHER_LABEL_AFTER_RE.test(after)
  )
    return;
  // "Decision Lifting Sanctions of X": lifting sanctions on the passage's listed group.
  const sanctionsOnGroup =
    g.delist !== undefined &&
    lastEntity.v !== null &&
    /^\s+(?:the\s+)?(?:sanctions|restrictive\s+measures)\s+(?:on|of|against|concerning)\s/i.test(after);
  // "The UN Security Council removed sanctions on A", in a passage on terror listings: the
  // Council's sanctions on people are its terror list (docs/CLAIMS.md).
  const unSanctionsLifted =
    g.delist !== undefined &&
    onTopic &&
    LIFTED_SANCTIONS_ON_RE.test(after) &&
    authorityNames(s).includes('United Nations');
  // "lifts (the) ban on X": the lifted ban is the listing the sentence speaks of.
  // "designated X a terrorist group in 2003 and lifted the ban in 2025": the lifted listing is
  // the one the sentence has just claimed; "… banned X as a terrorist organisation. The
  // government lifted the ban.": the one the sentence before claimed, when the reference ends
  // the clause.
  const liftedBan =
    g.delist !== undefined &&
    ((onTopic && /^\s+(?:the\s+|a\s+|its\s+)?(?:[\d-]+year-old\s+)?ban\s+(?:on|of|against)\s/i.test(after)) ||
      (sc.found.some((f) => f.status === 'designated' && f.end <= tStart) &&
        LIFTED_OWN_LISTING_RE.test(after)) ||
      (lastEntity.claim?.status === 'designated' &&
        LIFTED_OWN_LISTING_RE.test(after) &&
        /^\s+\S+\s+(?:(?:terror(?:ist)?|FTO|SDGT)\s+)?\S+\s*(?:[.;]|$|,?\s+(?:on|in|last|this|including)\s)/i.test(
          after,
        )));
  // "identify N groups as terrorist organizations": only with its label.
  if (/^identif/.test(word) && !IDENTIFIED_AS_RE.test(after)) return;
  const addsToSet = sc.addsToSet && /^add/.test(word);
  // "The EU removed three Italian groups … and added the Greek group X", in a passage on terror
  // lists: the authority's adding and removing is to and from that list.
  // The second verb of "removed …, and added the Greek group X" shares the authority.
  const lastFound = sc.found.at(-1);
  const listUpdate =
    /^(?:add|remov)/.test(word) &&
    ((onTopic && authorityActs(s, tStart, tEnd)) ||
      withinListMove(sc, tStart) ||
      (lastFound !== undefined &&
        sc.ctx.onTopic() &&
        (/^[^.;]{0,30}?\band\s+$/.test(s.slice(lastFound.end, tStart)) ||
          // "X has long been blacklisted by the Council, while Y was added this year".
          PASSIVE_ADDED_ALONGSIDE_RE.test(s.slice(lastFound.end, tStart)))));
  // (The removal before "and added" is no part of the addition.)
  if (listUpdate && /^add/.test(word)) status = 'designated';
  if (
    weak &&
    !labelAfterTrigger &&
    !addsToSet &&
    !listUpdate &&
    !sanctionsOnGroup &&
    !unSanctionsLifted &&
    !liftedBan &&
    !LIST_AFTER_OBJECT_RE.test(after) &&
    !WEAK_VERB_LABEL_RE.test(s.slice(tEnd, tEnd + 240))
  )
    return;

  // "India, which first outlawed X in 1992, extended the ban last week": a listing renewed is the
  // one the sentence (else the passage) has just claimed.
  const verb = g.noun !== undefined ? RENEWED_BEFORE_RE.exec(before) : null;
  const renewed =
    verb && !RENEWED_OBJECT_AFTER_RE.test(after)
      ? (sc.found.filter((f) => !f.aside && f.status === 'designated').at(-1) ??
        (lastEntity.claim?.status === 'designated' ? lastEntity.claim : undefined))
      : undefined;
  if (verb && renewed?.entity) {
    const start = tStart - before.length + verb.index;
    sc.found.push({
      entity: { ...renewed.entity, start, end: tEnd },
      start,
      end: tEnd,
      label: renewed.label,
      designators: renewed.designators,
      status: 'designated',
    });
    TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, tEnd);
    return;
  }
  const t: TriggerFrame = {
    g,
    word,
    tStart,
    tEnd,
    before,
    after,
    label: labelAfterTrigger,
    entities: [],
    referenceTo: undefined,
    subjectAside: null,
    quoteStart: tStart,
    entityInQuote: true,
    quoteEnd: byPhraseEnd(s, labelAfterTrigger ? labelAfterTrigger.end : tEnd),
  };
  if (!triggerEntities(sc, t)) return;
  // "Hezbollah is one of 60 groups on Canada's list": the subject is the member the sentence lists
  // (the counted set is claimed on its own where the list's pattern reads it).
  if (
    /\b(?:one\s+of|among)$/i.test(word) &&
    /^\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many)\s/i.test(
      t.after,
    )
  ) {
    const subject = sc
      .names()
      .filter((n) => n.end <= tStart)
      .pop();
    if (!subject || !/^["”’)]?\s*$/.test(s.slice(subject.end, tStart))) return;
    const article = /^The\s+/.exec(subject.text)?.[0].length ?? 0;
    t.entities = [{ start: subject.start + article, end: subject.end, text: subject.text.slice(article) }];
    t.quoteStart = subject.start;
    // "… among the 60 groups on Canada's terrorist list": the label is the list the set is on.
    const on = /\son\s/.exec(t.after);
    if (!t.label && on) t.label = labelAfter(s, t.tEnd + on.index);
  }
  t.entities = claimableEntities(s, t.entities);
  const { entities, label } = t;
  if (entities.length === 0) return;
  // Weak verbs (add, place, declare, recognise …) say nothing of a listing without a label.
  if (
    weak &&
    !label &&
    !addsToSet &&
    !listUpdate &&
    !liftedBan &&
    !unSanctionsLifted &&
    !(sanctionsOnGroup && lastEntity.v && entities.every((e) => namesGroup(e.text, lastEntity.v!.text)))
  )
    return;
  if (
    !label &&
    !sanctioned &&
    !addsToSet &&
    !listUpdate &&
    !cuedSentence(s) &&
    !/proscri|de-?list|^re-?list/i.test(word) &&
    !continues &&
    !(onTopic && (g.verb ?? g.delist) !== undefined && authorityActs(s, tStart, tEnd)) &&
    !topicalBan(sc, word, tStart) &&
    // "X and Y will join the list", in a passage on terror lists: the list it is about.
    !(onTopic && /^join/.test(word)) &&
    !groupBanAfterAttack(sc, word, tStart, tEnd) &&
    sc.apposedAt !== tStart &&
    !(g.verb !== undefined && widelyListedSetAfter(s, tStart, tEnd))
  )
    return;
  // "had banned the 'international LGBT movement' and 'international satanism movement' as
  // extremist": a ban as something other than terror lists nothing, even beside a terror listing.
  const lastEntityEnd = entities[entities.length - 1].end;
  if (
    !label &&
    g.delist === undefined &&
    lastEntityEnd >= tEnd &&
    BANNED_AS_OTHER_RE.test(s.slice(lastEntityEnd, lastEntityEnd + 160))
  )
    return;
  const labelText = claimLabel(word, label, lastEntity);
  pushTriggerClaims(sc, t, labelText, status, triggerDesignators(sc, t, labelText));
}

// A trigger word that can be a passive participle: "proscribed", "put", "struck off".
const PARTICIPLE_WORD_RE = /(?:ed|put|kept|banned|taken\s+off|struck(?:\s+off)?|stricken)$/i;
const COUNTED_NOUN_OBJECT_RE =
  /^\s+of\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s/i;

/**
 * The trigger's entities, into `t`: the name a "US-designated" compound describes, else the
 * object, else the subject. False when the trigger makes no claim after all.
 */
function triggerEntities(sc: SentenceScope, t: TriggerFrame): boolean {
  const { g } = t;
  if (g.pre !== undefined) preDesignatedEntity(sc, t);
  else {
    const voice = triggerVoice(sc, t);
    if (voice.ofNoun || voice.directObject || (g.delist !== undefined && !voice.passive)) {
      if (!objectEntities(sc, t, voice)) return false;
    }
    if (
      t.entities.length === 0 &&
      (voice.passive || voice.apposition || voice.relative || g.noun !== undefined || !voice.directObject) &&
      // "announcing the revocation of five FTO designations: A, B …": a noun whose object is
      // counted is no act on the subject's group (the members, if named, are claimed after).
      !(g.noun !== undefined && COUNTED_NOUN_OBJECT_RE.test(t.after))
    )
      subjectEntities(sc, t, voice);
  }
  return true;
}

/**
 * "US-designated terrorist group Hezbollah": the name after the compound's noun, else the name
 * the compound describes in apposition.
 */
function preDesignatedEntity({ s, names }: SentenceScope, t: TriggerFrame): void {
  const { tStart, tEnd, after } = t;
  let { entities, quoteEnd, entityInQuote, label } = t;
  // "US-designated terrorist group Hezbollah"
  const after2 =
    /^\s+(?:(?:foreign\s+)?terror(?:ist)?\s+)?(?:group|organi[sz]ation|entity|outfit|movement|militia)?\s*/iu.exec(
      after,
    );
  const next = names().find((n) => n.start >= tEnd && n.start <= tEnd + (after2?.[0].length ?? 0) + 2);
  if (next) {
    entities = [next];
    quoteEnd = next.end;
  } else if (
    after2 &&
    /^\s+(?:(?:foreign\s+)?terror(?:ist)?\s+)?(?:group|organi[sz]ation|entity|outfit|movement|militia)/i.test(
      after,
    )
  ) {
    // "Hezbollah, a US-designated terrorist group": the label describes the name before it;
    // "the Houthis (a US-designated …)": a name may hold the parenthesis.
    const holder = names().find((n) => n.start < tStart && n.end > tStart && n.text.includes('('));
    const head = holder
      ? {
          ...holder,
          end: holder.start + holder.text.indexOf('('),
          text: holder.text.slice(0, holder.text.indexOf('(')).trimEnd(),
        }
      : names()
          .filter((n) => n.end <= tStart)
          .pop();
    if (holder && head) head.end = head.start + head.text.length;
    const gap = head ? s.slice(head.end, tStart) : '';
    if (
      head &&
      /^["')]?\s*(?:,|\(|,\s*(?:which|who)\s+(?:is|was|are|were)|\s+(?:is|was|are|were|remains?))\s*(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(
        gap,
      )
    ) {
      entities = [head];
      entityInQuote = false;
      quoteEnd = tEnd + after2[0].trimEnd().length;
      if (/terror/i.test(after2[0])) label = { label: after2[0].trim(), end: quoteEnd };
    }
  }
  t.entities = entities;
  t.quoteEnd = quoteEnd;
  t.entityInQuote = entityInQuote;
  t.label = label;
}

// "were designated", "were on Wednesday designated", "were both previously listed": a day or
// two adverbs may come between.
const PASSIVE_AUX_BEFORE_RE = new RegExp(
  `\\b(?:was|were|is|are|been|be|being|get|got|gets|remain|remains)\\s+(?:\\w+ly\\s+|also\\s+|now\\s+|first\\s+|since\\s+|previously\\s+|again\\s+|long\\s+|already\\s+|still\\s+|both\\s+|all\\s+|on\\s+(?:${WEEKDAY})\\s+){0,2}$`,
  'i',
);
// ("which will see the Wagner Group, a truly brutal organisation, proscribed": an apposition may come between.)
const SMALL_CLAUSE_BEFORE_RE =
  /\b(?:see|sees|saw|seeing|seen)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|al|the|and|collective|group|movement|network|organi[sz]ation)){0,6}(?:,\s+(?:an?|the)\s[^,;.]{1,60},)?\s+$/u;
function triggerVoice({ s, state: lastEntity, names }: SentenceScope, t: TriggerFrame): TriggerVoice {
  const { g, word, tStart, before, after } = t;
  // "remain on the list" says something of its subject, like a passive.
  // Passive needs a participle: "is revoking" is active.
  // "X is the only US-based group currently listed": the participle describes the subject.
  const copular =
    /(?:ed)$/i.test(word) &&
    (/\b(?:is|are|was|were)\s+(?:the|one\s+of\s+the|among\s+the)\s+(?:only|first|sole|second|third|latest|newest|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|entity|groups|organi[sz]ations|entities)\s+(?:currently\s+|now\s+|still\s+|to\s+be\s+|ever\s+)?$/iu.test(
      before,
    ) ||
      // "BLA remains a proscribed entity in Pakistan": the participle describes the subject.
      (COPULA_BEFORE_LABEL_RE.test(before) &&
        /^\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|entity|outfit|movement)\b/iu.test(after)));
  // A headline drops the auxiliary: "Wagner Group proscribed", "Hezbollah placed on terror list"
  // — but not where a name follows the verb, its object: "Kazakhstan Removed Taliban from …".
  const headline =
    PARTICIPLE_WORD_RE.test(word) &&
    !names().some((n) => n.start > t.tEnd && /^\s+$/.test(s.slice(t.tEnd, n.start))) &&
    s.length <= 90 &&
    !/[.!?]["')]?\s*$/.test(s) &&
    names().some(
      (n) =>
        // "Mujahedin Khalq, Iranian dissident group, removed from US terror list": maybe an apposition.
        /^(?:,\s+(?:an?\s+)?[\p{L}' -]{1,40},)?\s+$/u.test(s.slice(n.end, tStart)) &&
        // "Islamic State, Nusra Front and Abdullah Azzam Brigades outlawed": names up to the verb.
        /^[\p{Lu}"'‘“]/u.test(s) &&
        !/\b(?:is|are|was|were|has|have|had|will|would|be|been|said|says)\b/.test(s.slice(0, tStart)),
    );
  const smallClause =
    /^(?:proscribed|banned|designated|listed|outlawed|blacklisted)$/i.test(word) &&
    SMALL_CLAUSE_BEFORE_RE.test(before);
  const passive =
    // ("X is now subject to sanctions under the counter-terrorism regime": so does "subject to".)
    /^remain|\s(?:on|among)$|\ssubject\s+to$/i.test(word) ||
    // "HTS is no longer proscribed", "will no longer be listed": the subject is delisted.
    /^(?:no\s+longer\s+(?:be\s+)?|ceas(?:e|es|ed)\s+to\s+be\s+)(?:an?\s+)?(?:designated|listed|proscribed|blacklisted)(?:\s+\p{L}+)?$/iu.test(
      word,
    ) ||
    headline ||
    // "the order, which will see the Terrorgram collective proscribed": a small clause's
    // participle says what is done to the name before it.
    smallClause ||
    (PARTICIPLE_WORD_RE.test(word) && (PASSIVE_AUX_BEFORE_RE.test(before) || copular));
  // An apposition describes its head with a participle or a noun ("X, a group designated …",
  // "A and B, both designated …");
  // a finite verb after a comma has its own subject ("In the US, the State Department lists …").
  const participle = g.noun !== undefined || /(?:ed|put|kept|banned)$/i.test(word);
  const appositionMatch = !participle
    ? null
    : /,\s*(?:(?:(?:now|already|also|still|long|itself|officially|formally)\s+)?(?:a|an|the)\s+(?:[^,]{0,60}?\s+)?(?:that\s+(?:is|was|has\s+been)\s+|which\s+(?:is|was|has\s+been)\s+)?|(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:[a-z]+ed\s+and\s+)?|(?:both|all|each)\s+(?:(?:of\s+(?:which|whom|them)\s+)?(?:are|were|have\s+been|(?:is|was)\s+)?(?:also\s+)?)?)$/i.exec(
        s.slice(Math.max(0, tStart - 200), tStart),
      );
  // ", the President said X will be removed": a clause of saying is no apposition.
  // ", the Eastern Front has now been proscribed": a finite verb makes a clause of its own.
  const apposition =
    appositionMatch &&
    !/\b(?:said|says|announced|announces|told|stated|confirmed|added|noted|warned)\b/i.test(
      appositionMatch[0],
    ) &&
    // ", the Red Hand was among the three groups proscribed": so does any finite verb.
    !/^,\s*(?:a|an|the)\s+(?:(?!that\b|which\b)[^,])*?\b(?:has|have|had|is|are|was|were|will|would)\s+(?:[^,]*?\s+)?$/i.test(
      appositionMatch[0],
    ) &&
    // "against Turkey, the PKK – listed as …": a dash opens an aside of its own.
    !/\s[–—]\s/.test(appositionMatch[0])
      ? appositionMatch
      : null;
  // "X, which Pakistan, the US and the UK have banned": commas may list the clause's subjects.
  const relative = smallClause
    ? null
    : /,\s*(?:which|whom|who)\s+(?:the\s+)?(?:[^,]|,\s+(?=(?:and\s+)?(?:the\s+)?[A-Z])){0,60}?$/i.exec(
        s.slice(Math.max(0, tStart - 200), tStart),
      );
  // "the designation by the U.S. Administration of the BLA as …", "designations by the Trump
  // administration on three leaders": a by-phrase may come first.
  // (Before "on", only an authority's: "a ban by al-Shabaab on aid agencies" is the group's own.)
  const byFirstAny = g.noun !== undefined ? BY_PHRASE_FIRST_RE.exec(after) : null;
  const byFirst =
    byFirstAny && (byFirstAny.groups?.of !== undefined || authoritiesIn(byFirstAny[0]).length > 0)
      ? byFirstAny
      : null;
  const ofNoun =
    g.noun !== undefined && NOUN_OBJECT_RE.test(byFirst ? after.slice(byFirst[0].length) : after);
  // Before the passage names its group, "listed a Pakistan-based group … as" describes it.
  const seededObject =
    lastEntity.seeded === true &&
    /^\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia)\b/iu.test(
      after,
    );
  const directObject =
    !passive &&
    g.noun === undefined &&
    // "X and Y will join the list": the list is where the subject goes.
    !/^join/.test(word) &&
    (seededObject ||
      !/^\s*(?:as|an?|by|in|to)\b/i.test(after) ||
      LABEL_FIRST_RE.test(after) ||
      // "designated a coalition of Haitian gangs as …": an uncounted set is an object too.
      (/^\s*an?\s/i.test(after) &&
        (COUNTED_OBJECT_RE.test(after) ||
          // "added an additional group and three individuals to …": the set after a lone member.
          COUNTED_OBJECT_RE.test(
            after.slice(LONE_MEMBER_FIRST_RE.exec(after)?.[0].length ?? after.length),
          ))));
  return { copular, passive, apposition, relative, byFirst, ofNoun, directObject };
}

// A state's own organ, named whole ("the Federal Government"); INSTITUTION_RE in
// designation-hits.ts drops offices by their last word later, but would also drop a listed
// "National Unity Government", so this one is anchored at both ends.
const STATE_ORGAN_RE =
  /^(?:the\s+)?(?:(?:Federal|National|State|Central|Union|Provincial|Regional)\s+)?(?:Government|Ministry|Cabinet|Parliament|Senate|Judiciary|(?:High|Supreme)\s+Court)$/i;

/** The entities that can be listed: no region, language, or authority in a place or by-phrase. */
const OFFICE_HOLDERS_RE =
  /^(?:Ministers|Officials|Authorities|Lawmakers|Legislators|MPs|Senators|Peers|Prosecutors|Judges|Regulators|Diplomats|Governments|Police)$/;
function claimableEntities(s: string, found: NameSpan[]): NameSpan[] {
  // "BRUSSELS — The European Union is putting …": a dateline is no entity.
  let entities = found.filter(
    (e) =>
      !(
        /^\s*$/.test(s.slice(0, e.start)) &&
        /^[A-Z][A-Z .'-]{2,}$/.test(e.text) &&
        /^\s*[—–-]\s/.test(s.slice(e.end, e.end + 3))
      ),
  );
  // "Five companies, located in Europe, West Africa and the Middle East": regions are places.
  entities = entities.filter((e) => !isRegion(e.text) && !LANGUAGE_RE.test(e.text));
  // "Others designated as individual terrorists … are A, B": a pronoun opening a sentence is no name.
  entities = entities.filter((e) => !/^(?:Others|Some|Many|Several|Both|All|Another|Most)$/.test(e.text));
  // "Ministers ban 15 'terror groups'": a headline's capitalised plural of office holders acts, it
  // is never listed.
  entities = entities.filter((e) => !OFFICE_HOLDERS_RE.test(e.text));
  // "rescinded his Democratic predecessor's measure": a party's adjective is no group.
  entities = entities.filter(
    (e) => !(/^(?:Democratic|Republican)$/.test(e.text) && /^\s+\p{Ll}/u.test(s.slice(e.end, e.end + 4))),
  );
  // "Complete Ban on Hamas Activities": a headline capitalises what of the group is banned.
  entities = entities.map((e) => {
    const what = /\s+(?:Activities|Operations|Assets)$/.exec(e.text);
    return what && what.index > 0
      ? { ...e, end: e.end - what[0].length, text: e.text.slice(0, what.index) }
      : e;
  });
  // "The list includes Qataris, Jordanians and Egyptians": nationalities, unless counted ("two
  // Jordanians were added": a set, widened later).
  entities = entities.filter(
    (e) => !isNationalityPlural(e.text) || COUNT_BEFORE_RE.test(s.slice(Math.max(0, e.start - 12), e.start)),
  );
  // "directed the Federal Government to publish the proscription order": a state's own organ
  // acts on a listing, it is never the one listed.
  entities = entities.filter((e) => !STATE_ORGAN_RE.test(e.text));
  // "a listed terrorist entity under Canada's Criminal Code": the authority is no entity.
  entities = entities.filter(
    (e) =>
      !(
        opensWithAuthority(e.text) &&
        // "… under Canada's Criminal Code", "banned their activities in Russia".
        /\b(?:under|by|in|across|inside|within|throughout)\s+(?:the\s+)?$/i.test(
          s.slice(Math.max(0, e.start - 12), e.start),
        )
      ),
  );
  return entities;
}

/** A listing verb or noun standing alone as the label, and the participle a reader expects for it. */
const BARE_LISTING_WORDS: Array<[RegExp, string]> = [
  [/^re-?designat(?:e|es|ing|ion|ions)$/, 're-designated'],
  [/^designat(?:e|es|ing|ion|ions)$/, 'designated'],
  [/^proscri(?:be|bes|bing|ption|ptions)$/, 'proscribed'],
  [/^(?:ban|bans|banning)$/, 'banned'],
  [/^re-?list(?:s|ing|ings)?$/, 're-listed'],
  [/^list(?:s|ing|ings)?$/, 'listed'],
  [/^blacklist(?:s|ing|ings)?$/, 'blacklisted'],
  [/^outlaw(?:s|ing)?$/, 'outlawed'],
  [/^sanction(?:s|ing)?$/, 'sanctioned'],
];
/** A lifting verb or noun standing alone as a delisting's label ("revokes", "rescission"). */
const BARE_LIFTING_WORD_RE =
  /^(?:revok\w*|revocation|rescind\w*|rescission|remov\w*|removal|de-?list\w*|lift\w*|annul\w*|overturn\w*|exclu\w*|delet\w*|struck\s+off|taken\s+off|de-?notif\w*|(?:no\s+longer|ceas(?:e|es|ed)\s+to\s+be)\s+(?:an?\s+)?\w+)$/i;

/**
 * The label as the card shows it: where the text gave no label, the trigger word stood in for
 * one; for a listing, "proscribe" or "bans" reads as "proscribed" or "banned"; a delisting's own
 * verb ("revokes", "rescission") says nothing of what was lifted, so its label is "designation".
 */
export function readableLabel(label: string, status: Found['status']): string {
  const word = label.toLowerCase();
  // "no longer a proscribed organisation": what it no longer is.
  const noLonger = /^(?:no\s+longer|ceas\w*\s+to\s+be)\s+an?\s+(\S.*\s\S+)$/i.exec(label);
  if (status === 'delisted' && noLonger) return noLonger[1];
  // (What a delisting lifts keeps its noun: "the ban", "the listing".)
  if (status === 'delisted') return BARE_LIFTING_WORD_RE.test(word) ? 'designation' : label;
  for (const [re, participle] of BARE_LISTING_WORDS) if (re.test(word)) return participle;
  return label;
}

/** The claim's label: the terror label found, else the trigger word itself. */
function claimLabel(word: string, label: TriggerFrame['label'], lastEntity: PassageState): string {
  return label
    ? label.label
    : word
        .replace(/^(?:\S+-)?(designated|proscribed|blacklisted|banned|sanctioned|listed)$/, '$1')
        .replace(/^publish\w*\s.*\blist\s+of$/i, 'list')
        // "applied the designation to X": the passage's last label, if it gave one.
        .replace(
          /^appl\w*\s.*\b(designation|label)\s+to$/i,
          (_, noun: string) => lastEntity.claim?.label ?? noun,
        );
}

/**
 * The trigger's claims, one for each entity (and for a counted set the entity is one of), and
 * for the groups listed alongside; moves the trigger search past their quotes.
 */
function pushTriggerClaims(
  { s, state: lastEntity, found, names }: SentenceScope,
  t: TriggerFrame,
  labelText: string,
  status: Found['status'],
  designators: string[],
): void {
  const { tStart, tEnd, entities, quoteStart, entityInQuote, quoteEnd } = t;
  // "X was among the three groups proscribed by Britain this week": the counted set is
  // listed too, and its quote is the set's; X's ends before it.
  const lastMember = entities[entities.length - 1];
  const oneOf = lastMember ? ONE_OF_SET_RE.exec(s.slice(lastMember.end, tStart)) : null;
  const setStart = oneOf ? lastMember.end + oneOf.index + oneOf[0].indexOf(oneOf[1]) : -1;
  // "the Brotherhood, outlawed in Egypt and Saudi Arabia, which …": a ban in apposition
  // describes the group in passing; a list after it continues the sentence's listing, not it.
  // So does "X, already branded as "terrorist" by the GCC, topped Bahrain's list": the story's
  // listing is the main clause's.
  const aside =
    entities.length === 1 &&
    ((/^(?:banned|outlawed)$/.test(t.word) && /^["'’”)]?\s*,\s*$/.test(s.slice(entities[0].end, tStart))) ||
      (/^(?:branded|label+ed|designated|listed|declared|proscribed)$/.test(t.word) &&
        /^["'’”)]?\s*,\s*(?:already|long|also|previously|once)\s+$/.test(s.slice(entities[0].end, tStart))));
  // "X has been on the US list since 2019 and was added to Canada's": the second predicate's
  // claim quotes that predicate, apart from the first. ("is to be proscribed … and banned by the
  // British Government" restates one listing: the same authority, one claim.)
  const predicate = entities.length === 1 ? coordinatedPredicate(s, found, tStart, entities[0].text) : null;
  // ("removed from the list in 2008 but relisted in 2017": so does one that undoes the first.)
  const predicateAt =
    predicate &&
    (predicate.prior.designators.join() !== designators.join() || predicate.prior.status !== status)
      ? predicate.at
      : -1;
  entities.forEach((e, i) => {
    // List members get disjoint quotes: the first carries the verb, the last the label.
    // ("A and B, which are designated …": with the quote on the clause, a first member's is its name.)
    const start =
      predicateAt >= 0
        ? predicateAt
        : i === 0 && (entityInQuote || entities.length === 1)
          ? entityInQuote
            ? Math.min(quoteStart, e.start)
            : quoteStart
          : e.start;
    const end = i < entities.length - 1 ? e.end : oneOf ? setStart - 1 : Math.max(quoteEnd, e.end);
    found.push({ entity: e, start, end, label: labelText, status, designators, ...(aside && { aside }) });
  });
  if (oneOf) {
    const at = setStart + oneOf[1].indexOf(oneOf[2]);
    const set = { start: at, end: at + oneOf[2].length, text: oneOf[2] };
    found.push({
      entity: set,
      start: setStart,
      end: Math.max(quoteEnd, tEnd),
      label: labelText,
      status,
      designators,
    });
  }
  // "X will be proscribed as a terror organisation alongside two violent extremist groups –
  // A and B": the groups listed alongside share the claim's label and designators.
  const along = ALONGSIDE_RE.exec(s.slice(quoteEnd, quoteEnd + 120));
  if (along) {
    const from = quoteEnd + along[0].length;
    const stop =
      /\s+as\s+|,\s*(?:which|who|a|an)\b|[.;:]|\s+(?:after|because|following|since|over|for|in|on)\s/iu.exec(
        s.slice(from, from + 200),
      );
    const to = from + (stop ? stop.index : Math.min(200, s.length - from));
    let members = 0;
    for (const e of objectMembers(s, from, to, names())) {
      if (e.start > from + 40 && !/^\s+(?:the\s+)?$/.test(s.slice(from, e.start))) break;
      // "designated the Proud Boys a terrorist entity, joining Canada": a state listing too, not
      // one listed (unless the list is of state sponsors).
      if (isStateOnly(e.text) && !/state\s+sponsor/i.test(labelText)) break;
      found.push({ entity: e, start: e.start, end: e.end, label: labelText, status, designators });
      lastEntity.v = e;
      TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, e.end);
      members++;
    }
    // "…, alongside 78 other organisations": the unnamed set is listed too.
    const setText = along.groups?.set;
    if (members === 0 && setText) {
      const at = quoteEnd + along[0].indexOf(setText);
      const entity = { start: at, end: at + setText.length, text: setText };
      found.push({ entity, start: at, end: entity.end, label: labelText, status, designators });
    }
  }
  if (!along && t.g.verb !== undefined) addSecondObject(s, names(), found, quoteEnd, status, designators);
  if (!along) addIncludedMembers(s, names(), found, entities, quoteEnd);
  if (!along) lastEntity.v = entities[entities.length - 1];
  TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, quoteEnd);
  if (!along) addRoleAfterObject(s, names(), found, quoteEnd, { label: labelText, status, designators });
}

// "declared A as 'terrorist' and two organisations – B and C – as terrorist organisations": a
// second object of the same verb, with a label of its own.
const SECOND_OBJECT_LEAD_RE = /^["'’”]?\s*,?\s+and\s+(?=\S)/;
const SECOND_OBJECT_AS_RE = /^[^.;:]{1,160}?(?=\s+as\s)/;

function addSecondObject(
  s: string,
  names: NameSpan[],
  found: Found[],
  quoteEnd: number,
  status: Found['status'],
  designators: string[],
): void {
  const lead = SECOND_OBJECT_LEAD_RE.exec(s.slice(quoteEnd, quoteEnd + 12));
  if (!lead) return;
  const from = quoteEnd + lead[0].length;
  const object = SECOND_OBJECT_AS_RE.exec(s.slice(from, from + 200));
  if (!object) return;
  const to = from + object[0].length;
  const label = labelAfter(s, to);
  if (!label || !WEAK_VERB_LABEL_RE.test(label.label)) return;
  const members = objectMembers(s, from, to, names);
  members.forEach((entity, i) => {
    if (taken(found, entity.start, entity.end)) return;
    const end = i === members.length - 1 ? label.end : entity.end;
    found.push({ entity, start: entity.start, end, label: label.label, status, designators });
  });
  if (members.length > 0) TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, label.end);
}

// "designating X as an FTO and an SDGT, and the group's leader B, as an SDGT", "designated X, a
// Gaza-based business …, and its owner B for …": the person a role names after the object is
// listed with it.
const ROLE_AFTER_OBJECT_RE =
  /^[^.;]{0,160}?,?\s+and\s+(?:its|their|the\s+(?:group|company|network|organi[sz]ation)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:owner|leader|founder|co-founder|chief|head|commander|financier|spokes(?:man|woman|person)|deputy|emir|director|manager|chairman|secretary[\s-]general)\s+(?=\p{Lu})/u;

function addRoleAfterObject(
  s: string,
  names: NameSpan[],
  found: Found[],
  quoteEnd: number,
  base: Pick<Found, 'label' | 'status' | 'designators'>,
): void {
  const role = ROLE_AFTER_OBJECT_RE.exec(s.slice(quoteEnd, quoteEnd + 260));
  if (!role) return;
  const at = quoteEnd + role[0].length;
  const person = names.find((n) => n.start === at);
  if (!person || taken(found, person.start, person.end)) return;
  // "…, and its leader B said …", "…, and its leader B, who …": B opens a clause of its own.
  if (!/^\s*(?:[.;)"”]|$|,?\s+(?:as|for|on|in|under|pursuant|over|because)\b)/.test(s.slice(person.end)))
    return;
  // "…, and the group's leader B, as an SDGT": the person's own label.
  const own =
    /^\s*,?\s+as\s+(?:an?\s+)?(SDGTs?|Specially\s+Designated\s+Global\s+Terrorists?|(?:[\p{L}-]+\s+){0,2}?terrorists?)\b/u.exec(
      s.slice(person.end, person.end + 60),
    );
  const end = own ? person.end + own[0].length : person.end;
  found.push({ entity: person, start: person.start, end, ...base, ...(own && { label: own[1] }) });
  TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, end);
}

// After a counted set's claim: "…, including the Al Qaeda network and two Chechen organizations".
// A member's acronym in parentheses ("ISIL (ISIS), Boko Haram") does not end the list.
// "namely - A and B", "namely: A and B": the mark after "namely" is no end of the list.
const INCLUDING_MEMBERS_RE =
  /^\s*,?\s*(?:including|among\s+them|such\s+as|namely(?:\s*[-–—:,](?=\s))?)\s+(?:the\s+)?/iu;
const MEMBERS_STOP_RE =
  /\s+as\s+|,\s*(?:which|who|a|an|led|headed|founded|based)\b|\s+(?:led|headed|founded|run)\s+by\b|[.;:]|\((?!\p{Lu}[\p{L}\d/-]{1,12}\))|\s+(?:after|because|following|since|over|for|in|on|to|from|that)\s/iu;

/**
 * "placed 15 Muslim groups on a terror blacklist, including the Al Qaeda network and two radical
 * Chechen organizations": the named members of a counted set are listed too (docs/CLAIMS.md),
 * and so is a counted set closing them.
 */
function addIncludedMembers(
  s: string,
  names: NameSpan[],
  found: Found[],
  entities: NameSpan[],
  quoteEnd: number,
): void {
  const claim = found[found.length - 1];
  if (entities.length !== 1 || !claim || !SET_NUMBER_WORD_RE.test(/^\S+/.exec(entities[0].text)?.[0] ?? ''))
    return;
  // "two terrorists organisations": the quote may end at the label inside the set's words.
  const setEnd = Math.max(quoteEnd, entities[0].end);
  const inc = INCLUDING_MEMBERS_RE.exec(s.slice(setEnd, setEnd + 24));
  if (!inc) return;
  const from = setEnd + inc[0].length;
  const stop = MEMBERS_STOP_RE.exec(s.slice(from, from + 200));
  const to = from + (stop ? stop.index : Math.min(200, s.length - from));
  const members = withClosingCountedSet(s, objectMembers(s, from, to, names), to);
  // The first member opens the list, past a describing word or two ("the radical X").
  if (members.length === 0 || !/^(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.slice(from, members[0].start))) return;
  const { label, status, designators } = claim;
  for (const e of members) found.push({ entity: e, start: e.start, end: e.end, label, status, designators });
}

/** Whether a claim found so far overlaps [start, end). */
export function taken(found: Found[], start: number, end: number): boolean {
  return found.some((f) => f.start < end && f.end > start);
}

/** Adds a claim found after the triggers, keeping `found` in text order. */
export function addInOrder(found: Found[], claim: Found): void {
  found.push(claim);
  found.sort((a, b) => a.start - b.start);
}
export const COUNT_BEFORE_RE =
  /(?:^|\s)(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+$/;

const ALONGSIDE_RE = new RegExp(
  `^\\s*,?\\s*(?:alongside|along\\s+with|together\\s+with|joining)\\s+(?:(?:the\\s+)?(?<set>${COUNTED_SET_PHRASE}|(?:dozens|scores|hundreds)\\s+of\\s+others)\\s*(?:[-–—:,]\\s*)?)?(?:the\\s+)?`,
  'iu',
);
