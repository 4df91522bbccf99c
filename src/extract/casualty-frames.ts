/**
 * Frames for one wording each, beside the subject, noun, object and toll frames: a count joined
 * to a victim named before it ("killing the chief and 17 others", "along with 11 other
 * fighters"), people still searched for, whose whereabouts are unknown or who were aboard a
 * craft that vanished, "N of the injured", "the bodies of N", and "one body has been recovered".
 */
import type { CasualtyCategory } from './types';
import type { Count } from './counts';
import { HARM_BEFORE, categoryFromGroups, matchTail, tailRegExp } from './lexicon';
import { NP_CORE, HARM_BEFORE_ALT } from './casualty-phrases';
import { OF_PEOPLE_HEADS, headWord, looksLikePeople, namesPeople } from './casualty-people';
import { type CasualtyHit, FOUND_SAFE_RE, groupCategory, hit, verbStart, type Cues } from './casualty-hits';
import { OBJECT_NP_RE } from './casualty-objects';
import { INJURED_DIED_RE } from './casualty-subjects';

/** "N of the injured", "nine of those killed", "15 of those listed as seriously injured". */
const OF_THE_RE =
  /^\s+of\s+(?:the|those|these)\s+(?:(?:listed|reported|registered|confirmed)\s+as\s+(?:(?:seriously|critically|badly|severely|gravely)\s+)?)?(?:(?<killed>dead|killed|deaths)|(?<injured>injured|wounded)|(?<missing>missing)|(?<displaced>displaced)|(?<casualties>victims|casualties))\b/iu;

/** "the bodies of 17 climbers were recovered", "bodies of 12 children", "the remains of 9 people". */
const BODIES_OF_RE = tailRegExp(
  '\\b(?<phrase>(?:the\\s+)?(?:(?:dead\\s+)?bodies|(?:mortal\\s+)?remains)\\s+of\\s+(?:(?:another|a\\s+further|the|all(?:\\s+the)?)\\s+)?(?:only\\s+|just\\s+)?)',
  'iu',
);

/** An object's people, maybe after a partitive: "two of his sons", "5 of their guards". */
const PARTITIVE_OBJECT_NP_RE = new RegExp(
  `^(?:\\s+of\\s+(?:his|her|their|its|the|our))?\\s+(?<np>${NP_CORE})`,
  'iu',
);

/**
 * "killing the village chief and 17 others", "wounding a policeman and two passers-by": a count
 * that joins a named victim as the object of a harm verb takes the verb's category.
 */
const AND_OBJECT_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>${HARM_BEFORE_ALT})\\s+(?:the|an?|his|her|their|its|two|both)\\s+[^.;:,()\\d]{1,60}?\\s+and\\s+(?:(?:his|her|their)\\s+)?`,
  'iu',
);

/**
 * "rescuers were searching for 26 others", "the search continued for 24 staff members", "was
 * still unable to locate the 24 staff members": people a rescue, or those counting the harm of
 * a disaster or attack, still seek are missing. Only after a rescue (or "still"), or in a
 * sentence about a disaster, a strike or its toll; never for suspects ("searching for two people
 * in connection with …") nor where police are the ones searching.
 */
const SEARCH_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:still\\s+)?(?:search(?:ing|ed|es)?(?:\\s+(?:continued|continues|continuing|went\\s+on|goes\\s+on))?\\s+for|unable\\s+to\\s+(?:locate|find|trace))(?:\\s+(?:the\\s+)?(?:remaining|another|a\\s+further)|\\s+the)?)(?<ws>\\s+)',
  'iu',
);
const SEARCH_AFTER_RE =
  /^\s+(?<np>others|more|(?:other\s+)?(?:(?:hospital|medical|aid|relief)\s+)?(?:people|persons|passengers|crew(?:\s+members)?|crewmen|sailors|fishermen|miners|workers|climbers|hikers|skiers|tourists|migrants|villagers|residents|children|students|swimmers|staff(?:\s+members)?|staffers|employees|colleagues|patients|guests))(?![\p{L}'’-])(?!\s+(?:who|suspected|believed|wanted|in\s+connection|involved|responsible|linked|accused|seen))/iu;
const SEARCH_CONTEXT_RE =
  /\b(?:rescu|divers?\b|coast\s*guard|recovery|search\s+(?:and|teams?|crews?|parties|operations?)\b|still\s+search)/i;
/** A disaster, a strike or its toll: people still sought there are missing (unless police seek them). */
const SEARCH_HARM_CONTEXT_RE =
  /\b(?:death\s+toll|feared\s+(?:to\s+be\s+)?dead|unaccounted|rubble|debris|wreckage|air\s*strikes?|airstrikes?|bombardment|shelling|(?:earth)?quake|floods?\b|landslide|mudslide|avalanche|collapsed?\b|blast|explosion|attack|storm|hurricane|typhoon|cyclone|tsunami|sank|sinking|capsiz|crash)/i;
const SEARCH_POLICE_RE =
  /\b(?:police|detectives?|investigators|manhunt|suspects?|fugitives?|wanted|arrest|escaped|abduct|kidnap|hostages?)/i;

export function trySearch(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 48), c.start);
  if (!before.includes('earch') && !before.includes('unable')) return null;
  const verb = matchTail(SEARCH_BEFORE_RE, before);
  if (!verb) return null;
  const m = SEARCH_AFTER_RE.exec(s.slice(c.end, c.end + 60));
  if (!m) return null;
  if (!SEARCH_CONTEXT_RE.test(s) && (!SEARCH_HARM_CONTEXT_RE.test(s) || SEARCH_POLICE_RE.test(s)))
    return null;
  return hit(c, verbStart(c.start, verb), c.end + m[0].length, 'missing', 'object', m.groups?.np);
}

/** "the whereabouts of around 900 residents remain unknown": people missing. */
const WHEREABOUTS_BEFORE_RE = /\bwhereabouts\s+of\s+(?:the\s+|another\s+)?$/i;
const WHEREABOUTS_AFTER_RE = new RegExp(
  `^(?:\\s+(?<np>${NP_CORE}))?\\s+(?:remain|remains|remained|are|were|is|was)\\s+(?:still\\s+)?unknown\\b`,
  'iu',
);

export function tryWhereabouts(s: string, c: Count): CasualtyHit | null {
  if (!WHEREABOUTS_BEFORE_RE.test(s.slice(Math.max(0, c.start - 24), c.start))) return null;
  const m = WHEREABOUTS_AFTER_RE.exec(s.slice(c.end, c.end + 80));
  if (!m || !looksLikePeople(m.groups?.np)) return null;
  const start = s.lastIndexOf('whereabouts', c.start);
  const from = /\bthe\s+$/i.test(s.slice(Math.max(0, start - 4), start)) ? start - 4 : start;
  return hit(c, from, c.end + m[0].length, 'missing', 'subject', m.groups?.np);
}

/**
 * "killing himself, his cousin — a guard at the U.S. base — and four others": a list of named
 * victims, with commas, dashes or abbreviations, before the count (or the attacker himself). No other harm verb may sit in
 * the list ("killing a guard, wounding a driver and two others" is the wounding's).
 */
const AND_LIST_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>${HARM_BEFORE_ALT})\\s+(?<list>(?:the|an?|his|her|their|its|two|both|himself|herself|themselves)\\b(?:[^.;:()\\d]|(?<=\\p{Lu})\\.){0,110}?)\\s*,?\\s+and\\s+`,
  'iu',
);
/** "killing a child, ": a harm verb and one victim named by an article, before a counted one. */
const COMMA_LIST_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>${HARM_BEFORE_ALT})\\s+(?:an?|one)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?\\s*,\\s+`,
  'iu',
);
const LIST_HARM_RE = new RegExp(`\\b(?:${HARM_BEFORE_ALT})\\b`, 'iu');

export function tryAndObject(s: string, c: Count): CasualtyHit | null {
  // "killing a farmer and his three sons": a possessive may stand between "and" and the count.
  // "killing a child, three women and a man": a victim named by an article, then a comma.
  const andBefore = /\band\s+(?:(?:his|her|their)\s+)?$/i.test(s.slice(Math.max(0, c.start - 12), c.start));
  if (!andBefore && !/[\p{L}],\s+$/u.test(s.slice(Math.max(0, c.start - 4), c.start))) return null;
  let verb = andBefore
    ? matchTail(AND_OBJECT_BEFORE_RE, s.slice(Math.max(0, c.start - 100), c.start))
    : matchTail(COMMA_LIST_BEFORE_RE, s.slice(Math.max(0, c.start - 80), c.start));
  if (andBefore && !verb && /[,—–-]|selves|self/.test(s.slice(Math.max(0, c.start - 150), c.start))) {
    verb = matchTail(AND_LIST_BEFORE_RE, s.slice(Math.max(0, c.start - 150), c.start));
    if (verb && LIST_HARM_RE.test(verb.groups?.list ?? '')) verb = null;
  }
  const category = categoryFromGroups(HARM_BEFORE, verb?.groups);
  if (!category) return null;
  const after = s.slice(c.end, c.end + 60);
  // "17 other victims": "victims" is a stop word of the noun phrase, but names the people here.
  // "killed the leader and 5 of his aides": a partitive with a possessive names the people too.
  const np =
    OBJECT_NP_RE.exec(after) ?? /^\s+(?<np>victims)\b/i.exec(after) ?? PARTITIVE_OBJECT_NP_RE.exec(after);
  let npText = np?.groups?.np;
  // The noun phrase must name people: "and 40 homes" is another object.
  if (!np || !npText || !OF_PEOPLE_HEADS.has(headWord(npText)) || !looksLikePeople(npText, category))
    return null;
  let end = c.end + np[0].length;
  const victims = /^\s+victims\b/i.exec(s.slice(end, end + 9));
  if (victims && npText !== 'victims') {
    end += victims[0].length;
    npText += victims[0];
  }
  // "killed the leader and 5 members were arrested": the count opens a clause of its own.
  if (/^\s+(?:were|was|are|is|have|has|had|will|would)\b/i.test(s.slice(end, end + 8))) return null;
  return hit(c, c.start, end, category, 'object', npText);
}

/**
 * "The commander was killed in a strike on Friday along with at least 11 other fighters" ("in
 * addition to" too): a count joined to a victim named before it shares his harm. The words
 * between name where and when (no clause: no auxiliary, relative or conjunction), and the count
 * names people.
 */
const ALONG_WITH_BEFORE_RE = tailRegExp(
  '(?<all>\\b(?:(?<killed>killed|died|dead|slain)|(?<injured>wounded|injured|hurt))\\b(?<gap>[^.;:!?\\d"“”()]{0,100}?)\\s*,?\\s+(?:(?:along|together)\\s+with|in\\s+addition\\s+to)\\s+)',
  'iu',
);
const ALONG_WITH_CLAUSE_RE =
  /\b(?:who|whom|which|that|and|or|but|while|when|whereas|after|before|as|because|since|until|said|says|told|(?:was|were|is|are|had|has|have|be|been)\s)/i;

/** `previous` is the hit before: a harm word it holds is its own ("left four dead, along with …"). */
export function tryAlongWith(s: string, c: Count, previous: CasualtyHit | null): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 150), c.start);
  if (!before.includes('ong with') && !before.includes('ether with') && !before.includes('addition to'))
    return null;
  const m = matchTail(ALONG_WITH_BEFORE_RE, before);
  const g = m?.groups;
  if (!g || ALONG_WITH_CLAUSE_RE.test(g.gap ?? '')) return null;
  // "At least 52 people died, along with four bombers": the harm word is the claim before's,
  // so this one is quoted from "along with" (claims never overlap).
  const withAt =
    c.start - (/(?:(?:along|together)\s+with|in\s+addition\s+to)\s+$/i.exec(g.all)?.[0].length ?? 0);
  const start = previous && previous.end > c.start - g.all.length ? withAt : c.start - g.all.length;
  if (previous && previous.end > start) return null;
  const np = PARTITIVE_OBJECT_NP_RE.exec(s.slice(c.end, c.end + 80));
  const npText = np?.groups?.np;
  if (!np || !npText || !looksLikePeople(npText, 'killed')) return null;
  const head = headWord(npText);
  if (!namesPeople(head)) return null;
  const category: CasualtyCategory = g.killed !== undefined ? 'killed' : 'injured';
  return hit(c, start, c.end + np[0].length, category, 'object', npText);
}

/**
 * "A helicopter disappeared with three crew on board": the people aboard a craft that vanished
 * are missing.
 */
const ABOARD_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:disappeared|vanished|(?:went|gone)\\s+missing|(?:is|was|are|were|remains?|remained)\\s+missing)\\s+with(?:\\s+(?:all|its|their))?)(?<ws>\\s+)',
  'iu',
);
const ABOARD_AFTER_RE = new RegExp(`^(?:\\s+(?<np>${NP_CORE}))?\\s+(?:on\\s+board|aboard)\\b`, 'iu');

export function tryAboard(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 40), c.start);
  if (!before.includes(' with')) return null;
  const m = matchTail(ABOARD_BEFORE_RE, before);
  if (!m) return null;
  const a = ABOARD_AFTER_RE.exec(s.slice(c.end, c.end + 80));
  if (!a || !looksLikePeople(a.groups?.np, 'missing')) return null;
  return hit(c, verbStart(c.start, m), c.end + a[0].length, 'missing', 'object', a.groups?.np);
}

export function tryOfThe(x: Cues, c: Count): CasualtyHit | null {
  if (!x.stemIn(c.end, c.end + 60)) return null;
  const m = OF_THE_RE.exec(x.s.slice(c.end, c.end + 60));
  const category = groupCategory(m?.groups);
  if (!m || !category) return null;
  const end = c.end + m[0].length;
  // "20 of the missing have been found alive": missing no longer.
  if (category === 'missing' && FOUND_SAFE_RE.test(x.s.slice(end, end + 60))) return null;
  // "Two of the injured later died": the hurt who died are counted dead.
  const died = category === 'injured' ? INJURED_DIED_RE.exec(x.s.slice(end, end + 40)) : null;
  if (died) return hit(c, c.start, end + died[0].length, 'killed', 'noun');
  return hit(c, c.start, end, category, 'noun');
}

export function tryBodiesOf(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 30), c.start);
  const m = matchTail(BODIES_OF_RE, before);
  if (!m) return null;
  const np = OBJECT_NP_RE.exec(s.slice(c.end, c.end + 80));
  const npText = np && looksLikePeople(np.groups?.np) ? np.groups?.np : undefined;
  // "remains" are of people only when the text names them ("the remains of 40 villages").
  if (/remains/i.test(m.groups?.phrase ?? '')) {
    const head = npText === undefined ? '' : headWord(npText);
    if (!namesPeople(head)) return null;
  }
  const start = c.start - (m.groups?.phrase ?? '').length;
  // Framed as an object: a list may follow ("the bodies of 22 women, 23 men and six children").
  return hit(c, start, c.end + (npText && np ? np[0].length : 0), 'killed', 'object', npText);
}

/** "One body has been recovered": a body found is a death, and the word "one" counts it. */
const ONE_BODY_RE =
  /^\s+(?:dead\s+)?body\s+(?:(?:has|had)\s+(?:now\s+|also\s+|so\s+far\s+)?been|was)\s+(?:recovered|found|retrieved|discovered|pulled\s+(?:out|from))\b/i;

export function tryOneBody(s: string, c: Count): CasualtyHit | null {
  if (!/^one$/i.test(s.slice(c.coreStart, c.end))) return null;
  const m = ONE_BODY_RE.exec(s.slice(c.end, c.end + 48));
  return m ? hit(c, c.start, c.end + m[0].length, 'killed', 'subject') : null;
}
