/**
 * A listing trigger's subject: the name before it in its clause, the head of an apposition or a
 * relative clause, a counted set or a reference as a passive subject, a list opening the
 * sentence, a person by pronoun, and a designation noun's owner.
 */
import { opensWithAuthority } from './designators';
import { CUE_RE, isWidelyListed } from './designation-cue';
import { labelAfter } from './designation-label';
import {
  COUNTED_SET_PHRASE,
  COUNTED_SUBJECT_RE,
  REFERENCE_GATE_RE,
  REFERENCE_SUBJECT_RE,
  SET_ENTITY_RE,
  SET_NUMBER_WORD_RE,
} from './designation-lists';
import { type NameSpan, MEMBER_LINK_RE, namesGroup } from './designation-names';
import type { SentenceScope } from './designation-passage';
import { REFERRING_SUBJECT_RE, type TriggerFrame, type TriggerVoice } from './designation-triggers';
import {
  opensSentence,
  actingSubject,
  sentenceSubject,
  referent,
  namedByCountedReference,
  definiteBefore,
} from './designation-referents';

const GENERIC_HEAD_AFTER_NAME_RE =
  /^["')]*\s+(?:[\p{Ll}-]+\s+)?(?:group|movement|organi[sz]ation|militia|network|outfit|faction|wing)$/u;
const COPULA_A_RE = /^["')]*\s+(?:is|was|are|were|remains|remained)\s+an?\s+$/;
const DESCRIBED_GROUP_THAT_RE =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:group|movement|organi[sz]ation|militia|network|outfit|faction)\s+(?:that|which|who)\s/u;
const RELATIVE_OPENS_RE = /,\s+(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s[^,;]*$/;
const APPOSED_DEPUTY_RE =
  /^,\s+(?:[^,;]{1,100},\s+){1,2}and\s+(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
const UNCLOSED_ROLE_RE =
  /^,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:leader|head|chief|founder|co-founder|commander|spokes(?:man|woman|person)|emir|deputy)\s+of\s+(?:the\s+)?(?:[^,;]*\s)?$/u;

/**
 * The trigger's subject: the name before it in its clause, an apposition's or relative clause's
 * head, a coordinated predicate's subject, a counted or referring set, a pronoun's antecedent or
 * a designation noun's owner.
 */
const SUBJECT_TO_GAP_RE =
  /^\s+(?:(?:is|are|was|were|will|would|has|have|had|be|been|to|now|also|already)\s+){1,4}subject\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/u;

export function subjectEntities(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice): void {
  const { g, tStart, tEnd, before } = t;
  const { copular } = voice;
  const aside = voice.apposition ?? voice.relative;
  const { candidates, relHead, subject: candidate, referenceAt } = subjectCandidates(sc, t, voice, aside);
  // A state named inside an aside is no subject when the sentence opens with the name it describes.
  let subject =
    candidate && !opensWithAuthority(candidate.text)
      ? candidate
      : (openingSubjectPastAsides(sc, t, voice) ?? candidate);
  // "…, but the island was put back on the list": a pronoun right before the verb beats a
  // name further back.
  // With no group named before, a bare "it"/"they" still keeps a name further back (a
  // state: "France and Italy, where it is outlawed") from becoming the subject.
  const pronounSubject = sc.state.v
    ? REFERRING_SUBJECT_RE.exec(before)
    : /\b(?:it|they)\s+(?:\w+\s+){0,3}$/iu.exec(before);
  // "France and the UK, where it is a proscribed terrorist group": a pronoun right
  // before the copula is the subject there too.
  if (
    (!copular || /^(?:it|they)\s+(?:is|are|was|were|remains?|remained)\b/i.test(pronounSubject?.[0] ?? '')) &&
    pronounSubject &&
    subject &&
    subject.end <= tStart - before.length + pronounSubject.index
  )
    subject = undefined;
  if (countedOrReferenceSubject(sc, t, voice)) return;
  const openingReference =
    !subject && referenceAt === undefined ? openingReferencePastAsides(sc, t, voice) : null;
  const openingAntecedent = openingReference
    ? (referent(sc, tEnd) ??
      sc.ctx.namedWithHeadBefore(sc.passageOffset, /(\S+)$/.exec(openingReference[1])![1].toLowerCase()))
    : undefined;
  if (subject) subjectList(sc, t, aside, candidates, subject, relHead);
  else if (referenceAt !== undefined) {
    const antecedent = referent(sc, tEnd);
    if (antecedent) referenceStandsFor(t, antecedent, referenceAt, sc.s.slice(referenceAt));
  } else if (openingReference && openingAntecedent) {
    const ref = openingReference;
    referenceStandsFor(t, openingAntecedent, ref.index + ref[0].length - ref[1].length, ref[1]);
  } else if (REFERRING_SUBJECT_RE.test(before) && referent(sc, tEnd)) {
    const pr = REFERRING_SUBJECT_RE.exec(before)!;
    referenceStandsFor(t, referent(sc, tEnd)!, tStart - before.length + pr.index, pr[0]);
  } else if (PERSON_PRONOUN_SUBJECT_RE.test(before)) personSubject(sc, t);
  else if (g.noun !== undefined) nounOwner(sc, t);
}

// ", 41, a doctor based in Riyadh, who had ordered …, was declared", ", accused of …, was
// declared": asides set off by commas between the sentence's opening name and its passive verb.
const ASIDES_TO_PASSIVE_RE =
  /^,\s+(?:\d{1,3},\s+)?(?:an?|the|who|which|\p{Ll}+ed)\s[^;:"“”]{0,400},\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|formally\s+|officially\s+|now\s+)?$/u;
// "The group, which has some 9,000 fighters, has been banned by …": a reference opening the sentence.
const OPENING_REFERENCE_RE =
  /^\s*((?:The|This)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|movement|outfit|network|militia|faction|gang|cartel))(?=,)/u;
/** Whether only comma-enclosed asides part `from` from the passive listing verb. */
function asidesToPassive(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice, from: number): boolean {
  return voice.passive && t.g.verb !== undefined && ASIDES_TO_PASSIVE_RE.test(sc.s.slice(from, t.tStart));
}
/** The reference opening the sentence (group 1), when only asides part it from the passive trigger. */
function openingReferencePastAsides(
  sc: SentenceScope,
  t: TriggerFrame,
  voice: TriggerVoice,
): RegExpExecArray | null {
  const ref = OPENING_REFERENCE_RE.exec(sc.s);
  return ref !== null && asidesToPassive(sc, t, voice, ref.index + ref[0].length) ? ref : null;
}
/** The name opening the sentence, when only comma-enclosed asides part it from the passive trigger. */
function openingSubjectPastAsides(
  sc: SentenceScope,
  t: TriggerFrame,
  voice: TriggerVoice,
): NameSpan | undefined {
  if (!voice.passive || t.g.verb === undefined) return undefined;
  const first = sc.names()[0];
  return first &&
    opensSentence(sc.s, first) &&
    !opensWithAuthority(first.text) &&
    asidesToPassive(sc, t, voice, first.end)
    ? first
    : undefined;
}

/** The names that may be the trigger's subject, the one chosen, and whether it heads a relative clause or apposition. */
interface SubjectCandidates {
  candidates: NameSpan[];
  subject: NameSpan | undefined;
  relHead: boolean;
  /** Where a reference ("The group") heading a closed relative clause or apposition starts. */
  referenceAt?: number;
}

function subjectCandidates(
  sc: SentenceScope,
  t: TriggerFrame,
  voice: TriggerVoice,
  aside: RegExpExecArray | null,
): SubjectCandidates {
  const { s, names } = sc;
  const { g, tStart } = t;
  // Subject: the last name before the trigger in this clause; after an apposition or a
  // relative clause, the name right before its comma; before a noun, its owner.
  // "Talks stalled after the rebels were blacklisted": a subordinate clause has its own subject.
  const clauseStart = subordinateClauseStart(s, Math.max(0, s.lastIndexOf(';', tStart), tStart - 90), tStart);
  let candidates: NameSpan[];
  let subject: NameSpan | undefined;
  if (aside) {
    const comma = tStart - aside[0].length;
    candidates = names().filter((n) => n.end <= comma && n.start >= Math.max(0, comma - 160));
    const last = candidates[candidates.length - 1];
    // "the Muslim Brotherhood group, which is …", "Jundallah militant group, which …": a
    // generic head may close the name.
    subject =
      last &&
      /^["')]*(?:\s+(?:[\p{Ll}-]+\s+)?(?:group|movement|organi[sz]ation|militia|network|outfit|regiment|battalion|brigade|cartel|gang|faction))?["')\s]*$/u.test(
        s.slice(last.end, comma),
      )
        ? last
        : undefined;
    // "JNIM, an al-Qaeda affiliate, which the US designated …", "JNIM, al-Qaeda's branch in
    // the Sahel, which …": a relative clause after an apposition describes the apposition's head.
    // (Not a place the apposition names: "Hamas, the group that rules Gaza, which …".)
    if (g.noun === undefined && /^,\s*(?:which|who|whom)\b/.test(aside[0])) {
      const head = candidates.findLast(
        (n) => n.end < (subject?.start ?? comma) && APPOSITION_TO_COMMA_RE.test(s.slice(n.end, comma)),
      );
      if (
        head &&
        !opensWithAuthority(head.text) &&
        (!subject || PLACE_IN_APPOSITION_RE.test(s.slice(head.end, subject.start)))
      )
        subject = head;
    }
    // "Al-Shabaab attacked … The group, which the United States has designated as …": a
    // reference heads the aside; what it stands for is found as for a referring subject.
    if (!subject && candidates.every((n) => n.end <= comma - 60)) {
      const reference = /^\s*,/.test(aside[0])
        ? REFERENCE_HEAD_RE.exec(s.slice(Math.max(0, comma - 60), comma))
        : null;
      if (reference && /^(?:[Tt]he)\s/.test(reference[0]))
        return {
          candidates: [],
          subject: undefined,
          relHead: false,
          referenceAt: comma - reference[0].length,
        };
    }
  } else if (g.noun !== undefined) {
    candidates = names().filter((n) => n.end <= tStart && n.start >= clauseStart);
    const last = candidates[candidates.length - 1];
    const gap = last ? s.slice(last.end, tStart) : '';
    // "Syria's government said the terrorism listing …": a clause of saying ends the owner.
    subject =
      last &&
      // "Hezbollah is to be subject to a blanket ban": the group the ban is on.
      (/^(?:'s?)?(?:\s+[\p{L}-]+){0,5}\s+$/u.test(gap) || SUBJECT_TO_GAP_RE.test(gap)) &&
      !/\b(?:said|says|told|announced|added|stated|called|described|argued|claimed)\b/.test(gap) &&
      // "Joe Biden rescinded this designation": a verb and a determiner make it a clause.
      !/\b(?:this|that|these|those)\s+(?:[\p{L}-]+\s+)?$/u.test(gap) &&
      // "Canada imposed the ban": an authority acting names what it banned elsewhere ("Iran's
      // designation" is owned, not acted).
      !(opensWithAuthority(last.text) && !/^(?:['’]|\s*$)/.test(gap))
        ? last
        : undefined;
    // "X … since its designation": the possessive decides whose listing it is (below).
    if (subject && /\b(?:its|their)\b/i.test(gap) && !/state\s+sponsor/i.test(s)) subject = undefined;
  } else if (
    PAREN_ASIDE_BEFORE_RE.test(s.slice(Math.max(0, tStart - 60), tStart)) &&
    // "(banned in Russia)" alone is state media's aside, read by its own rule.
    /^[^()]*?(?:terror|FTO|SDGT)/i.test(s.slice(tStart, tStart + 90))
  ) {
    // "Hezbollah (which is listed as … by Israel and the US)": the name the parenthesis follows.
    const paren = s.lastIndexOf('(', tStart);
    // The name finder may take the parenthesis into the name, as it does an acronym's.
    const last = names()
      .map((n) =>
        n.start < paren && n.end > paren ? { ...n, end: paren, text: s.slice(n.start, paren).trimEnd() } : n,
      )
      .filter((n) => n.end <= paren && /^["')]*\s*$/.test(s.slice(n.start + n.text.length, paren)))
      .pop();
    if (last) last.end = last.start + last.text.length;
    subject = last && !opensWithAuthority(last.text) ? last : undefined;
    candidates = subject ? [subject] : [];
  } else if (
    /[^\s–—-]\s+(?:[–—]|--)\s+(?:(?!that\s|which\s|who\s)\w+\s+){0,2}$/.test(
      s.slice(Math.max(0, tStart - 40), tStart),
    )
  ) {
    // "the PKK – listed as a terrorist organization by …": the name before the dash that
    // opens the aside ("X — the BLA's suicide squad — was banned": before the first).
    const dashes = [...s.slice(0, tStart).matchAll(/\s+(?:[–—]|--)\s+/g)].map((d) => d.index);
    const dash = dashes.length % 2 === 1 ? dashes[dashes.length - 1] : dashes[dashes.length - 2];
    candidates = names().filter((n) => n.end <= dash && /^["')]?$/.test(s.slice(n.end, dash)));
    subject = candidates[candidates.length - 1];
    candidates = subject ? [subject] : [];
  } else {
    return clauseSubject(sc, t, voice, clauseStart);
  }
  return { candidates, subject, relHead: false };
}

/** From a name to the comma closing its apposition: ", an al-Qaeda affiliate", ", al-Qaeda's arm in the Sahel". */
const APPOSITION_TO_COMMA_RE =
  /^["')]*,\s+(?:(?:an?|the)\s+|[\p{L}-]*\p{Lu}[\p{L}-]*['’]s?\s+)(?![^,;()]*\b(?:is|are|was|were|has|have|had|said|says)\b)[^,;()"“”]{1,80}$/u;

/**
 * Before a name inside an apposition, words that make it a place or the group's leader: "… in
 * the Sahel", "… that rules Gaza", "… led by the blind cleric Omar Abdel Rahman".
 */
const PLACE_IN_APPOSITION_RE =
  /\b(?:(?:in|across|near|around|throughout|from|(?:that|which)\s+(?:rules|controls|runs|governs|holds))\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?|(?:led|founded|headed|created|commanded|established)\s+by\s+(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,3})$/u;

/** A parenthesis opened right after a name, holding the trigger: "X (which is listed", "X (listed". */
const PAREN_ASIDE_BEFORE_RE =
  /[\p{L}.)"']\s*\(\s*(?:(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+)?(?:(?:also|officially|formally|now)\s+)?$/u;
// "A said, "From today the organisation's activities have been banned"": a quotation opens a
// clause of its own, whose subject the speaker is not.
const SUBORDINATOR_RE =
  /\b(?:after|before|when|because|while|until|once|although|though|whereas)\s+(?=(?:the|it|they)\s)|\b(?:said|says|told\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*|stated|added|announced)\s*[,:]?\s*["“]/giu;
/** Where the subordinate clause holding `at` starts, if one opens in [from, at). */
function subordinateClauseStart(s: string, from: number, at: number): number {
  const lead = s.slice(from, at);
  let start = from;
  SUBORDINATOR_RE.lastIndex = 0;
  for (let m = SUBORDINATOR_RE.exec(lead); m; m = SUBORDINATOR_RE.exec(lead))
    start = from + m.index + m[0].length;
  return start;
}

/** ", founded in 1965 by …, " right before the verb's auxiliary: an aside after the subject. */
const PARTICIPLE_ASIDE_RE =
  /,\s+(?:founded|formed|created|established|set\s+up|based|headquartered|led|headed|born|known)\b[^,;.]{1,100},\s+(?:(?:which|who)\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$/;

/** The subject in the trigger's own clause, or the head a coordinated predicate, a role or a relative clause describes. */
function clauseSubject(
  sc: SentenceScope,
  t: TriggerFrame,
  voice: TriggerVoice,
  clauseStart: number,
): SubjectCandidates {
  const { s, names } = sc;
  const { tStart, before } = t;
  const { passive } = voice;
  let candidates: NameSpan[];
  let subject: NameSpan | undefined;
  let relHead = false;
  candidates = names().filter(
    (n) =>
      n.end <= tStart &&
      n.start >= clauseStart &&
      (passive || !opensWithAuthority(n.text)) &&
      // "cartels in Mexico to be designated": a state after a preposition is a place.
      !(
        opensWithAuthority(n.text) &&
        /\b(?:in|from|across|inside|of)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, n.start - 12), n.start))
      ) &&
      // An owner is not the subject: "Donald Trump's first term" (but "X's name had been deleted").
      !/^'s?\s(?!names?\s)/.test(s.slice(n.end, n.end + 9)) &&
      // "New Delhi published a list of 20 outfits that have been banned": the passive
      // belongs to the relative clause, whose subject the authority is not.
      !(passive && opensWithAuthority(n.text) && /\b(?:that|which|who)\s/.test(s.slice(n.end, tStart))),
  );
  subject = candidates[candidates.length - 1];
  // "X is a Uyghur Muslim group that was designated …": title-case words describing the group
  // X is said to be are no name; X is the subject.
  if (subject && DESCRIBED_GROUP_THAT_RE.test(s.slice(subject.end, tStart))) {
    const described = subject;
    const head = candidates
      .filter((n) => n.end < described.start && COPULA_A_RE.test(s.slice(n.end, described.start)))
      .pop();
    if (head) {
      subject = head;
      candidates = [head];
    }
  }
  // "MEK, founded during the years of the Shah, was designated": the name before a participle
  // aside is the subject, not a name inside the aside.
  if (passive && subject) {
    const aside = PARTICIPLE_ASIDE_RE.exec(s.slice(0, tStart));
    const head = aside
      ? candidates.filter((n) => n.end <= aside.index && /^["')’]*$/.test(s.slice(n.end, aside.index))).pop()
      : undefined;
    if (head) subject = head;
  }
  // "PKK is an armed group in Turkey, fighting … and designated as … by A": a participle
  // coordinated with the sentence's predicate describes the sentence's subject.
  // "… and was designated": the auxiliary may come after the "and"; "removed … in 2008 but
  // relisted in 2017": so may a second listing.
  const coordinated =
    /\b(?:and|but)\s+(?:(?:also|later|then|subsequently)\s+)?(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?)?$/.test(
      before,
    );
  const opening = coordinated
    ? (sentenceSubject(s, names(), tStart) ??
      // "Hezbollah fought Israel in 2006 and was designated …": a passive coordinated after the
      // opening name's own verb describes that name, not the verb's object.
      (/\s(?:is|was|are|were|been)\s+(?:also\s+)?$/.test(before)
        ? actingSubject(s, names(), tStart)
        : undefined))
    : undefined;
  if (opening) {
    subject = opening;
    candidates = [opening];
  }
  // "A, leader of the Islamic State or ISIL has been listed": the person the role
  // describes, not the group the role names.
  const roleHolder = subject && passive ? names()[0] : undefined;
  if (
    roleHolder &&
    roleHolder.end < subject!.start &&
    opensSentence(s, roleHolder) &&
    UNCLOSED_ROLE_RE.test(s.slice(roleHolder.end, subject!.start)) &&
    !s.slice(subject!.end, tStart).includes(',')
  ) {
    subject = roleHolder;
    candidates = [roleHolder];
  }
  // "X, which is fighting for … and recognized a terrorist group in Iran": the relative
  // clause's participle describes the name the clause hangs on.
  const relative = coordinated ? RELATIVE_OPENS_RE.exec(s.slice(Math.max(0, tStart - 200), tStart)) : null;
  if (relative) {
    const comma = tStart - Math.min(tStart, 200) + relative.index;
    // "Jundallah militant group, which is associated with X and was designated": a generic
    // head noun may close the name.
    const head = names().find(
      (n) =>
        n.end === comma ||
        n.end === comma - 1 ||
        (n.end < comma && GENERIC_HEAD_AFTER_NAME_RE.test(s.slice(n.end, comma))),
    );
    if (head && !opensWithAuthority(head.text)) {
      subject = head;
      candidates = [head];
    }
  }
  // "The BLA, which was named … in 2019, was designated": the subject sits before the
  // relative clause that the comma closes.
  const window = s.slice(Math.max(0, tStart - 220), tStart);
  // "The Qods Force, an international wing of the IRGC, has been listed": so does an apposition.
  const rel =
    /,\s+(?:(?:which|who)\b[^;]*|(?:an?|the|part\s+of|one\s+of)\s+[^,;]{0,80}(?:,\s+(?:an?|the)\s+[^,;]{0,40})?|(?:formerly|previously|also)\s+(?:known\s+as|called)\s+[^,;]{0,60}|[a-z]+ed\s+(?:by|for|in|as|with|from)\s+[^,;]{0,120}),\s+(?:\w+\s+){0,3}$/i.exec(
      window,
    );
  let referenceAt: number | undefined;
  if (rel) {
    const relStart = tStart - window.length + rel.index;
    const head = names().filter((n) => n.end <= relStart && n.end >= relStart - 2);
    const reference =
      head.length === 0 ? REFERENCE_HEAD_RE.exec(s.slice(Math.max(0, relStart - 60), relStart)) : null;
    if (head.length > 0) {
      subject = head[head.length - 1];
      candidates = [subject];
      relHead = true;
    } else if (reference) {
      // "The group, which has ruled Gaza since 2007, is designated …": the reference heads the
      // clause; no name inside the relative clause is its subject.
      subject = undefined;
      candidates = [];
      referenceAt = relStart - reference[0].length;
    }
  }
  return { candidates, subject, relHead, referenceAt };
}
const REFERENCE_HEAD_RE =
  /\b(?:[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia|faction|rebels|insurgents|cartel|gang)|[Ii]t|[Tt]hey)$/u;

/**
 * A counted set or a reference to a set as the passive subject ("Only 15 groups", "These
 * groups"); whether there was one.
 */
function countedOrReferenceSubject(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice): boolean {
  const { s, state: lastEntity, found } = sc;
  const { tStart } = t;
  const { passive } = voice;
  // "Only 15 groups have been removed from the list", "Five companies, located in …, were
  // also put on the blacklist": a counted set as the passive subject, nearer than any name.
  const lead = s.slice(Math.max(0, tStart - 200), tStart);
  const counted = passive && SET_NUMBER_WORD_RE.test(lead) ? COUNTED_SUBJECT_RE.exec(lead) : null;
  // "These groups were designated too": a reference to the set the last claim named.
  const antecedent = found.filter((f) => !f.aside).pop() ?? lastEntity.claim;
  const reference =
    !counted && passive && antecedent !== undefined && REFERENCE_GATE_RE.test(lead)
      ? REFERENCE_SUBJECT_RE.exec(lead)
      : null;
  const setMatch = counted ?? reference;
  const setStart = setMatch ? tStart - lead.length + setMatch.index + setMatch[0].indexOf(setMatch[1]) : -1;
  // The pattern ends at the verb, so a name inside it (an aside, 'supported by Iran') is no subject.
  const setText = setMatch ? setMatch[1].trimEnd() : '';
  // A reference to a counted set is that set ("three financiers … The three"); to
  // named groups, the reference itself.
  // "The remaining 22 groups", "another 22 groups": a set besides the last one, counted anew.
  const anotherSet = /\b(?:remaining|other|another|further|additional|rest)\b/i.test(
    s.slice(Math.max(0, setStart - 12), setStart + setText.length),
  );
  const antecedentSet =
    reference && !anotherSet && antecedent?.entity && SET_ENTITY_RE.test(antecedent.entity.text)
      ? antecedent.entity.text
      : undefined;
  const setSubject = setMatch
    ? { start: setStart, end: setStart + setText.length, text: antecedentSet ?? setText }
    : undefined;
  if (reference) t.referenceTo = antecedent;
  if (!setSubject) return false;
  t.entities = [setSubject];
  // "ISIS-DRC and ISIS-Mozambique … The two groups have also been named SDGTs": a
  // counted reference to named groups is those groups, the last the passage claimed.
  const definite = !antecedentSet && (reference !== null || definiteBefore(s, setStart));
  const named = definite ? namedByCountedReference(setSubject, lastEntity.recent ?? []) : null;
  if (named) t.entities = named;
  t.quoteStart = setSubject.start;
  t.subjectAside = { start: setSubject.end, end: tStart, text: '' };
  // "two leaders, Akram al-Kaabi and Abu Fadak, have been designated": names in apposition
  // to the counted set are its members, each a claim of its own.
  const members = counted ? apposedMembers(s, sc.names(), setSubject.end, tStart) : [];
  if (members.length > 0) t.entities = [setSubject, ...members];
  // "four other groups—A, B, C and D—and two leaders, E and F, have been designated": a first
  // set, its members between dashes, joined to the counted subject by "and".
  const joined = counted ? DASHED_SET_BEFORE_RE.exec(s.slice(Math.max(0, setStart - 400), setStart)) : null;
  if (joined) {
    const base = Math.max(0, setStart - 400) + joined.index;
    const setAt = joined[0].indexOf(joined[1]);
    const at = base + setAt;
    const firstSet = { start: at, end: at + joined[1].length, text: joined[1] };
    const listFrom = base + joined[0].indexOf(joined[2], setAt + joined[1].length);
    const dashed = sc.names().filter((n) => n.start >= listFrom && n.end <= listFrom + joined[2].length);
    if (dashed.length > 0) {
      t.entities = [firstSet, ...dashed, ...t.entities];
      t.quoteStart = firstSet.start;
    }
  }
  // "Antifa Ost and three other groups were designated", "A, B and six cartels have been
  // designated": the names listed before the set are listed with it.
  if (counted) {
    const named = namesBeforeSet(s, sc.names(), setStart);
    if (named.length > 0) {
      t.entities = [...named, setSubject];
      t.quoteStart = named[0].start;
    }
  }
  return true;
}

const DASHED_SET_BEFORE_RE = new RegExp(
  `(?:^|[\\s,;])(${COUNTED_SET_PHRASE})\\s*[—–]\\s*([^—–.;]{3,300}?)\\s*[—–]\\s*and\\s+(?:the\\s+)?$`,
  'iu',
);

/** Between a set and its verb, ", A, B and C,": the names, when the commas hold nothing else. */
function apposedMembers(s: string, names: NameSpan[], from: number, to: number): NameSpan[] {
  const aside = /^,([^;]+),\s/.exec(s.slice(from, to));
  if (!aside) return [];
  const end = from + aside[0].length - 1;
  const inside = names.filter((n) => n.start > from && n.end <= end);
  if (inside.length < 2) return [];
  let rest = s.slice(from + 1, end);
  for (const n of [...inside].reverse())
    rest = rest.slice(0, n.start - from - 1) + rest.slice(n.end - from - 1);
  return /^(?:\s*(?:,|\band\b|\bthe\b)\s*)*$/u.test(rest) ? inside : [];
}

/** The names listed just before a counted set of others: "A and B and four other groups". */
function namesBeforeSet(s: string, names: NameSpan[], setStart: number): NameSpan[] {
  const before = names.filter((n) => n.end <= setStart);
  const last = before.pop();
  // ("A, the brutal B organization, and six cartels": a member may carry its description.)
  if (
    !last ||
    !/^(?:\s+(?:group|organi[sz]ation|gang|cartel|network|militia))?\s*,?\s+and\s+$/.test(
      s.slice(last.end, setStart),
    )
  )
    return [];
  const listed = [last];
  while (
    before.length > 0 &&
    /^\s*,\s*(?:the\s+(?:[\p{Ll}-]+\s+){0,2})?$/u.test(
      s.slice(before[before.length - 1].end, listed[0].start),
    )
  )
    listed.unshift(before.pop()!);
  // "In Germany, A and …": a place or authority opening the clause is where, not a member.
  return listed.filter(
    (n) =>
      !opensWithAuthority(n.text) &&
      !/\b(?:in|of|from|by|with|at|for)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, n.start - 10), n.start)),
  );
}

/** Between a name and its alias: ", formally known as ", ", also called the ". */
const ALIAS_OPENER_RE =
  /^\s*,\s*(?:(?:also|formally|officially|commonly|popularly|better|otherwise)\s+)?(?:known\s+as|called|referred\s+to\s+as)\s+["“]?(?:the\s+)?$/;

// What may come before a sentence's opening list: nothing, or a wire dateline ("(CNN) — ",
// "DOHA, Qatar (AP) — ", "March 4 (UPI) — ", "KABUL — ").
// "Officials said that …": or a clause of saying.
const LIST_OPENING_RE =
  /^\s*(?:(?:[\p{Lu}\d][\p{L}\d.,' ]{0,40}?\s*)?(?:\([\p{L}\s.&-]{2,30}\)\s*)?[—–-]\s*)?(?:[^,;]{1,40}?\b(?:said|says|announced)\s+(?:that\s+)?)?$/u;

/** The subject and the names listed with it, with the quote's start. */
const GENERIC_HEAD_RE = /^\s+(?:group|organi[sz]ation|movement|militia|network|outfit)\b/;

function subjectList(
  sc: SentenceScope,
  t: TriggerFrame,
  aside: RegExpExecArray | null,
  candidates: NameSpan[],
  subject: NameSpan,
  relHead: boolean,
): void {
  const { s, found, names } = sc;
  const { tStart, before } = t;
  // A list of subjects: "North Korea, Iran, and Syria remain on the list".
  const group = [subject];
  let linked = true;
  for (let i = candidates.indexOf(subject) - 1; i >= 0; i--) {
    const gap = s.slice(candidates[i].end, group[0].start);
    if (!MEMBER_LINK_RE.test(gap)) {
      linked = false;
      break;
    }
    group.unshift(candidates[i]);
  }
  // "A, B, C, D and E were banned": a long list may open before the clause's window, when
  // commas alone lead back to the sentence's start (or its dateline); so may "A, B and the C
  // are among the … the US has officially designated", whose window holds its last member only.
  const all = linked ? names().filter((n) => n.end <= group[0].start) : [];
  if (
    linked &&
    (group.length > 1 ||
      (all.length > 0 &&
        /^\s*(?:,\s*)?and\s+(?:the\s+)?$/.test(s.slice(all[all.length - 1].end, group[0].start))))
  ) {
    if (group.length === 1) group.unshift(all.pop()!);
    while (all.length > 0 && /^\s*,\s*$/.test(s.slice(all[all.length - 1].end, group[0].start)))
      group.unshift(all.pop()!);
    if (group[0].start !== 0 && !LIST_OPENING_RE.test(s.slice(0, group[0].start)))
      group.splice(0, group.length, ...group.filter((n) => candidates.includes(n)));
  }
  // "A, commander general of the group, and his deputy B had been added": the name
  // opening the sentence, past its apposition, is the list's first member.
  // "Brussels said A, …": the clause may open after a verb of saying.
  const first = names().find(
    (n) =>
      n.start < group[0].start &&
      /^\s*(?:[^,;]{1,40}?\b(?:said|says|announced)\s+(?:that\s+)?)?(?:The\s+)?$/.test(s.slice(0, n.start)),
  );
  if (first && !opensWithAuthority(first.text) && APPOSED_DEPUTY_RE.test(s.slice(first.end, group[0].start)))
    group.unshift(first);
  // "FARC-EP, or People's Army": a name after ", or" is an alias of the one before it.
  // "groups formed out of FARC, A and B": a name after a preposition heads no list.
  t.entities = group.filter(
    (n, i) =>
      (i === 0 || !/^\s*,\s*or\s/.test(s.slice(group[i - 1].end, n.start))) &&
      !(
        i === 0 &&
        group.length > 1 &&
        // ("claimed by the Pakistani Taliban, or TTP, which is banned": an alias follows.)
        !/^\s*,\s*or\s/.test(s.slice(n.end, group[1].start)) &&
        /\b(?:of|from|by|with|against|to|for|into|than)\s+(?:the\s+)?$/i.test(
          s.slice(Math.max(0, n.start - 12), n.start),
        )
      ) &&
      // "rallies in Lahore were banned": a place after a noun is where, not what.
      !(
        i === 0 &&
        /\p{Ll}\s+(?:in|at|near|across|inside|throughout)\s+(?:the\s+)?$/u.test(
          s.slice(Math.max(0, n.start - 24), n.start),
        )
      ),
  );
  // "The Houthis, formally known as Ansar Allah, were re-designated": the alias in apposition
  // names the subject before it, whose name the passage uses.
  if (t.entities.length === 1) {
    const alias = t.entities[0];
    const named = names().filter((n) => n.end <= alias.start);
    const head = named[named.length - 1];
    if (
      head &&
      ALIAS_OPENER_RE.test(s.slice(head.end, alias.start)) &&
      /^["”’]?\s*,/.test(s.slice(alias.end))
    )
      t.entities = [head];
  }
  // "The Hamas group has long been blacklisted": the article belongs to the head noun.
  t.entities = t.entities.map((n) =>
    /^The\s/.test(n.text) && GENERIC_HEAD_RE.test(s.slice(n.end, n.end + 16))
      ? { start: n.start + 4, end: n.end, text: n.text.slice(4) }
      : n,
  );
  if (aside) {
    t.quoteStart = tStart - aside[0].length + (aside[0].length - aside[0].replace(/^,\s*/, '').length);
    t.entityInQuote = false;
  } else if (relHead && found.length > 0) {
    // "The BLA, which was named … in 2019, was designated an FTO": the quote is the
    // main clause, apart from the relative clause's own claim.
    t.quoteStart =
      tStart - (/(?:(?:was|were|is|are|has|have|had|been|be)\s+)+$/i.exec(before)?.[0].length ?? 0);
    t.entityInQuote = false;
  } else if (t.entities.length > 0) {
    t.quoteStart = t.entities[0].start;
  }
}

/** A referring subject ("it", "the group") stands for the group the sentence or the passage names. */
function referenceStandsFor(t: TriggerFrame, antecedent: NameSpan, at: number, reference: string): void {
  t.quoteStart = at;
  // The reference stands for the group named earlier; its span is the reference's own.
  const referenceText = /^\S+(?:\s+\S+)?/.exec(reference)![0];
  t.entities = [{ ...antecedent, start: at, end: at + referenceText.length }];
}

const PERSON_PRONOUN_SUBJECT_RE = /\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,3}$/;
// Words that make a name a group's, never a person's.
const GROUP_NAME_WORD_RE =
  /\b(?:Front|Army|Movement|Group|Brigades?|Network|Party|Organi[sz]ation|State|Council|Committee|Forces?|Union|League|Battalion|Regiment|Foundation|Company|Bank|Corps|Guards?|Jihad|Hezbollah|Hizballah|Hamas|Qaeda|Taliban|Shabaab|Boko|Ansar|Jamaat|Lashkar|Jaish|Tehrik)\b/;

/**
 * "Haqqani was listed by the US in 2011. He is also on the UN's 1988 Sanctions List": "he" or
 * "she" is the person last claimed in the passage (a name of two to four words and no group word).
 */
function personSubject(sc: SentenceScope, t: TriggerFrame): void {
  const { found, state } = sc;
  const { tStart, before } = t;
  const last = found.filter((f) => !f.aside).pop()?.entity ?? state.v;
  if (
    !last ||
    /^The\s/.test(last.text) ||
    !/^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(last.text) ||
    GROUP_NAME_WORD_RE.test(last.text)
  )
    return;
  const pr = PERSON_PRONOUN_SUBJECT_RE.exec(before)!;
  t.quoteStart = tStart - before.length + pr.index;
  t.entities = [{ ...last, start: t.quoteStart, end: t.quoteStart + /^\S+/.exec(pr[0])![0].length }];
}

/** A designation noun's owner ("its designation", "the group's listing"). */
function nounOwner(sc: SentenceScope, t: TriggerFrame): void {
  const { s, state: lastEntity, names } = sc;
  const { tStart, tEnd, before, after } = t;
  // "The BLA has carried out attacks since its first SDGT designation": "its" is the
  // listed group's — the sentence's subject, else the group the passage is about. A
  // designation "of" or "as" something is the authority's own act, and stays dark here.
  const own = ITS_LABELLED_NOUN_RE.exec(before);
  // "the group's 2022 designation as a terrorist entity": a group's own designation may say as what.
  const ownedBy = own && /^the\s/i.test(own[1]);
  if (
    own &&
    (CUE_RE.test(own[0]) || ((ownedBy || /^\s+as\b/i.test(after)) && CUE_RE.test(after.slice(0, 60)))) &&
    !(ownedBy ? /^\s+(?:of|on|against)\b/i : /^\s+(?:of|on|against)\b/i).test(after) &&
    // "its designation as a terrorist group": as what, only a terror label says.
    (!/^\s+as\b/i.test(after) || ownedBy || labelAfter(s, tEnd) !== null)
  ) {
    const at = tStart - before.length + own.index;
    // A lone title-case word opening the sentence may be any noun ("Recruitment fell").
    const nearest = names()
      .filter(
        (n) =>
          n.end <= at &&
          !(n.start === 0 && /^\p{Lu}\p{Ll}+$/u.test(n.text) && !isWidelyListed(n.text)) &&
          // "the group's" is never a state's: places named on the way are skipped.
          !(ownedBy && opensWithAuthority(n.text)),
      )
      .pop();
    // "Canada announced its terrorist listing": the authority's own act names no entity.
    const byAuthority = nearest !== undefined && opensWithAuthority(nearest.text);
    const subjectName = byAuthority ? undefined : nearest;
    // "the group's FTO designation" is the claimed group's, not a name quoted on the way ("a
    // statement quoted by CNN that … the group's").
    const owner =
      subjectName && lastEntity.v && (namesGroup(subjectName.text, lastEntity.v.text) || ownedBy)
        ? lastEntity.v
        : (subjectName ?? lastEntity.v);
    if (owner && !byAuthority) {
      t.quoteStart = at;
      t.entityInQuote = false;
      t.entities = [{ ...owner, start: at, end: at + own[1].length }];
    }
  }
}

// "its first SDGT designation", "their terrorist listing": a possessive and a labelled noun.
const ITS_LABELLED_NOUN_RE =
  /\b(its|their|the\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network|country|nation|state)['’]s?)\s+(?:(?:first|previous|original|initial|earlier|existing|current|latest|new)\s+)?(?:[\p{L}()'-]+\s+){0,4}$/iu;
