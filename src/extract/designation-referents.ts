/**
 * What a name opening the sentence or a reference stands for: the sentence's opening subject,
 * the person a role in apposition names, and the group a pronoun or "the group" refers to.
 */
import { authoritiesIn, opensWithAuthority } from './designators';
import { onlyWidelyListedIn } from './designation-cue';
import { type NameSpan, namesGroup } from './designation-names';
import { byPhraseEnd } from './designation-authorities';
import type { PassageContext, RecentGroup, SentenceScope } from './designation-passage';
import { WEAK_VERB_LABEL_RE } from './designation-triggers';

/** Whether a name opens its sentence (after at most "The"). */
export function opensSentence(s: string, n: NameSpan): boolean {
  return /^\s*(?:The\s+)?$/.test(s.slice(0, n.start));
}
const PAST_VERB_AFTER_SUBJECT_RE =
  /^\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}{2,}ed|fought|led|ran|took|won|held|began|drew|grew|broke|split|sought|built|rose|fell|became)\s/u;
/** The name opening a sentence as the subject of a past verb ("Hezbollah fought …"), if not an authority. */
export function actingSubject(s: string, names: NameSpan[], before: number): NameSpan | undefined {
  return openingSubject(s, names, before, PAST_VERB_AFTER_SUBJECT_RE);
}
/** The name opening a sentence as its subject ("X is considered …, while the EU lists its armed wing"). */
export function sentenceSubject(s: string, names: NameSpan[], before: number): NameSpan | undefined {
  return openingSubject(s, names, before, PREDICATE_AFTER_SUBJECT_RE);
}
/** The first name, when it opens the sentence before `before`, is no authority and `predicate` follows it. */
function openingSubject(
  s: string,
  names: NameSpan[],
  before: number,
  predicate: RegExp,
): NameSpan | undefined {
  const first = names[0];
  return first &&
    first.end < before &&
    opensSentence(s, first) &&
    predicate.test(s.slice(first.end, first.end + 40)) &&
    !opensWithAuthority(first.text)
    ? first
    : undefined;
}
// "the group's leader, A,", "the head of the movement X, A,", "its leader, Indian-born A,":
// a role and, set off by commas, the person holding it.
const ROLE_APPOSITION_RE =
  /^\s+(?:(?:the|its|their|his|her)\s+|\p{Lu}[\p{L}-]*['’]s?\s+)?(?:[\p{L}-]+(?:['’]s?)?\s+){0,3}?(?:leader|head|chief|founder|co-founder|commander|mastermind|spokes(?:man|woman|person)|deputy|emir|financier|ideologue)(?:\s+(?:of|in)\s+[^,;.]{1,80}?)?,\s+([^,;.]{3,80}?),/u;
/** The person a role in apposition names as a listing's object, if any. */
export function roleAppositionName(s: string, objFrom: number, names: NameSpan[]): NameSpan | undefined {
  const m = ROLE_APPOSITION_RE.exec(s.slice(objFrom, objFrom + 260));
  if (!m) return undefined;
  const from = objFrom + m[0].length - 1 - m[1].length;
  const to = objFrom + m[0].length - 1;
  const person = names.filter((n) => n.start >= from && n.end <= to && !opensWithAuthority(n.text)).pop();
  if (!person || !/^(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*$/u.test(person.text)) return undefined;
  // "Indian-born A": a birthplace is no part of the name.
  const born = /^\p{Lu}[\p{L}]*-born\s+/u.exec(person.text);
  return born
    ? { start: person.start + born[0].length, end: person.end, text: person.text.slice(born[0].length) }
    : person;
}
const PREDICATE_AFTER_SUBJECT_RE = /^\s+(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)\s/;

// Only where a reference finds no claimed group: the subject of the story so far.
// What a reference ("it", "its armed wing", "the group") stands for: the group this sentence
// has just claimed ("X is listed by A, while B lists its armed wing"), else the passage's,
// else — with a terror label in the reference's own clause — the subject of the story so far.
export function referent(
  { s, passageOffset, ctx, state, found, names }: SentenceScope,
  from: number,
): NameSpan | undefined {
  // A group noun or "it" never stands for a person the passage names ("Labour leader Jane Doe").
  return (
    ctx.unlessPerson(found.filter((f) => !f.aside).pop()?.entity) ??
    ctx.unlessPerson(sentenceSubject(s, names(), from)) ??
    widelyListedEarlierIn(s, from) ??
    storySubjectSince(ctx, passageOffset, state.v) ??
    ctx.unlessPerson(state.v) ??
    // (The words just before `from` may hold a trigger such as "proscribed" itself.)
    // "… has been banned by both the U.S. and the U.K.": a ban by authorities names a listing too.
    (WEAK_VERB_LABEL_RE.test(
      s.slice(Math.max(0, from - 11), from) + /^[^,;]*/.exec(s.slice(from, from + 120))![0],
    ) ||
    byPhraseEnd(s, from) > from ||
    // "this organization is now banned in Egypt": so does a ban in a state.
    stateAfterIn(s, from)
      ? (ctx.unlessPerson(ctx.openingSubjectBefore(passageOffset)) ??
        ctx.widelyListedBefore(passageOffset) ??
        ctx.introducedGroupBefore(passageOffset))
      : undefined)
  );
}

/** Whether " in <state>" follows `at`: "banned in Egypt". */
function stateAfterIn(s: string, at: number): boolean {
  const inWord = /^\s+in\s+(?:the\s+)?/.exec(s.slice(at, at + 12));
  return (
    inWord !== null &&
    authoritiesIn(s.slice(at + inWord[0].length, at + inWord[0].length + 40))[0]?.start === 0
  );
}

/**
 * "… attacked by Yemen's Houthi rebels, according to a spokesman for the group, which was
 * designated …": the one widely listed group the sentence names before the reference.
 */
function widelyListedEarlierIn(s: string, from: number): NameSpan | undefined {
  const text = onlyWidelyListedIn(s.slice(0, from));
  return text ? { start: 0, end: 0, text } : undefined;
}

/**
 * "Al-Qaida was outlawed in July. Hezbollah killed hundreds. The US has branded it …": a group
 * opening the sentence just before, which does not name the last claimed group, is what "it"
 * goes on about.
 */
function storySubjectSince(
  ctx: PassageContext,
  passageOffset: number,
  last: NameSpan | null,
): NameSpan | undefined {
  if (!last) return undefined;
  const opening = ctx.unlessPerson(ctx.openingSubjectBefore(passageOffset, 1));
  if (!opening || namesGroup(opening.text, last.text) || namesGroup(last.text, opening.text))
    return undefined;
  return ctx.sentenceBefore(passageOffset).includes(last.text) ? undefined : opening;
}

/**
 * The last `count` groups the passage named that were listed together ("Islamist groups A and B
 * … Hamas' military wing has been listed since 2003. The two Islamist groups will be listed":
 * A and B), else the last `count` named.
 */
function listedTogether(recent: RecentGroup[], count: number): RecentGroup[] {
  for (let end = recent.length; end >= count; end--) {
    const run = recent.slice(end - count, end);
    if (run.every((n) => n.sentence === run[0].sentence)) return run;
  }
  return recent.slice(-count);
}

const REFERENCE_COUNT: Record<string, number> = { two: 2, both: 2, three: 3 };

/** Whether "the", "these" or "those" stands right before `at` ("the two groups"). */
export function definiteBefore(s: string, at: number): boolean {
  return /\b(?:the|these|those)\s+$/i.test(s.slice(Math.max(0, at - 7), at));
}

/**
 * "The two groups", "both organisations" (a definite counted reference) as the groups the passage
 * named last, each spanning a word of the reference so that each stays a claim of its own; null
 * when the passage has not named that many.
 */
export function namedByCountedReference(set: NameSpan, recent: RecentGroup[]): NameSpan[] | null {
  const count = REFERENCE_COUNT[/\b(two|three|both)\b/i.exec(set.text)?.[1].toLowerCase() ?? ''];
  if (count === undefined || recent.length < count) return null;
  const words = [...set.text.matchAll(/\S+/g)];
  if (words.length < count) return null;
  return listedTogether(recent, count).map((named, i) => {
    const from = set.start + words[i].index;
    const to = i === count - 1 ? set.end : set.start + words[i].index + words[i][0].length;
    return { ...named, start: from, end: to };
  });
}
