/**
 * The noun frame (tryNoun): a count before a harm noun or adjective ("25 deaths", "384 dead
 * victims", "at least one death"), unless the people were found or released, are refugees taken
 * in, are governing "bodies", or the figure is one a forecast says may be reached.
 */
import { type Count, withApprox } from './counts';
import { HARM_ADJECTIVES, HARM_NOUNS, categoryFromGroups, matchTail, tailRegExp } from './lexicon';
import { NP_WORD, HARM_NOUN_ALT, HARM_ADJ_ALT } from './casualty-phrases';
import { looksLikePeople } from './casualty-people';
import {
  type CasualtyHit,
  groupCategory,
  ACTIVE_OBJECT_RE,
  hit,
  RETURNED_RE,
  type Cues,
} from './casualty-hits';
import { CLAIMED_LIVES_BEFORE_RE } from './casualty-objects';

/**
 * Count then harm noun, allowing two modifiers ("storm-related fatalities", "civilian deaths"),
 * two participles joined ("a dozen burned and mutilated bodies") among them.
 */
const NOUN_RE = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?:${NP_WORD}|dead|confirmed|reported|recorded|registered|known|new)(?:(?<=ed)(?:,|\\s+and)(?=\\s+\\p{Ll}+ed\\s))?){0,3}?\\s+(?:${HARM_NOUN_ALT})\\b`,
  'iu',
);
/** A harm verb right before a count of "victims": its object, so its category. */
const HARM_VERB_BEFORE_VICTIMS_RE =
  /(?:^|[^\p{L}])(?:(?<killed>kill(?:s|ed|ing)|murder(?:s|ed|ing)|slain|slew|massacr(?:es|ed|ing))|(?<injured>injur(?:es|ed|ing)|wound(?:s|ed|ing)|maim(?:s|ed|ing)))\s+$/iu;
/** Count then harm adjective then a noun: "384 dead victims", "numerous missing individuals". */
const ADJ_RE = new RegExp(
  `^(?:\\s+of)?\\s+(?:[\\p{L}]+-)?(?:${HARM_ADJ_ALT})\\s+(?<np>${NP_WORD}(?:\\s+${NP_WORD})?)`,
  'iu',
);

/** "it can reach 18,000 to 20,000 deaths": a figure the count may reach is a forecast. */
const REACH_FORECAST_RE = tailRegExp(
  '\\b(?:could|can|may|might|will|would|(?:expected|likely|set|feared)\\s+to)\\s+(?:reach|rise\\s+to|climb\\s+to|exceed|top|surpass|hit|pass)\\s+',
  'i',
);
/** "2 missing men found alive", "105 victims (…) were released": no longer in that state. */
const NO_LONGER_RE =
  /^(?:\s*\([^()]{0,60}\))?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:found|located|rescued)\s+(?:alive|safe)|released|freed|set\s+free)\b/i;

/** "Bodies" as organisations: a governing adjective before, or what they are listed as after. */
const BODY_OF_PEOPLE_BEFORE_RE =
  /\b(?:government|governmental|state|regulatory|public|official|international|advisory|governing|professional|statutory|federal|religious|civic|legislative|judicial|oversight|representative|sporting|industry|trade|student|local)\s+bodies$/i;
const BODY_OF_PEOPLE_AFTER_RE =
  /^\s+(?:(?:(?:that|which)\s+)?(?:are|were|have\s+been|had\s+been)\s+)?(?:listed|designated|proscribed|banned|outlawed|registered|tasked|responsible|representing|accredited|affiliated|delisted|de-?proscribed|unbanned)\b|^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?diaspora\b|^\s+including\s+the\s+(?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){1,6}\([A-Z]{2,}\)/iu;
/** "lifted the ban on eight bodies", "restrictions on 16 bodies": bodies a ban can name are organisations. */
const BANNED_BODIES_BEFORE_RE = tailRegExp(
  '\\b(?:bans?|banned|banning|restrictions|sanctions|proscri\\w*|prohibition|de-?listing|listing)\\s+(?:imposed\\s+|placed\\s+|continues\\s+|remains\\s+)?(?:on|of|against)\\s+(?:the\\s+|its\\s+|all\\s+)?',
  'iu',
);

/** A harm noun after "one" ("at least one death"), not a compound ("one death sentence"). */
const ONE_NOUN_RE =
  /^\s+(?:(?:confirmed|reported|recorded|known|further|additional|other)\s+)?(?:(?<killed>death|fatality)|(?<casualties>casualty))(?![\p{L}-])(?!\s+(?:sentences?|penalty|row|threats?|certificates?|warrants?|squads?|toll|rates?|camps?|march|knell|wish|notices?|benefits?|metal|trap|zone)\b)/iu;

const REFUGEE_INTAKE_RE =
  /\b(?:quotas?|intake|resettl\w*|admit\w*|accept\w*|tak(?:e|es|ing)\s+(?:in\s+)?(?:up\s+to\s+|another\s+|an?\s+(?:additional|further)\s+)?\d|took\s+in|welcom\w*|relocat\w*|bring\w*\s+in|asylum)/i;

/**
 * "there will be 200,000 dead", "expected a figure of 150,000 dead", "predicted that 250,000
 * refugees … could arrive": a forecast of a count.
 */
export const NOUN_FORECAST_BEFORE_RE =
  /\b(?:(?:will|would|could|might|may)\s+be|expect(?:s|ed|ing)?\s+a\s+(?:figure|toll|total)\s+of|(?:predict|project|forecast|anticipat)(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:up\s+to|as\s+many\s+as|some|about|around|another|an\s+additional)\s+)?)\s*$/i;

const TOLL_PASSING_BEFORE_RE = tailRegExp(
  '\\btoll\\s+(?:has\\s+|had\\s+)?(?:passed|passes|exceeded|exceeds|surpassed|surpasses|topped|tops|crossed|crosses)\\s+',
  'i',
);

export function tryNoun(x: Cues, c: Count): CasualtyHit | null {
  if (!x.stemIn(c.end, c.end + 80)) return null;
  // "a number of deaths" is no count; "a number of militants were killed" counts people (vague).
  if (c.approx === 'vague' && /^a\s+number$/i.test(x.s.slice(c.coreStart, c.end))) return null;
  const rest = x.s.slice(c.end, c.end + 80);
  const adj = ADJ_RE.exec(rest);
  let found: CasualtyHit | null = null;
  if (adj) {
    const category = categoryFromGroups(HARM_ADJECTIVES, adj.groups);
    const np = adj.groups?.np;
    const returned =
      category === 'displaced' && RETURNED_RE.test(rest.slice(adj[0].length - (np?.length ?? 0) - 1));
    if (category && looksLikePeople(np) && !returned) {
      found = hit(c, c.start, c.end + adj[0].length, category, 'noun', np);
    }
  }
  // "at least one death", "three injuries and one death": "one" takes the singular noun.
  if (!found && c.isOne) {
    const one = ONE_NOUN_RE.exec(rest);
    const category = groupCategory(one?.groups);
    if (one && category) found = hit(c, c.start, c.end + one[0].length, category, 'noun');
  }
  if (!found) {
    const m = NOUN_RE.exec(rest);
    if (!m) return null;
    const category = categoryFromGroups(HARM_NOUNS, m.groups);
    if (!category) return null;
    found = hit(c, c.start, c.end + m[0].length, category, 'noun');
  }
  if (NO_LONGER_RE.test(x.s.slice(found.end, found.end + 90))) return null;
  // "Unit 88 shot dead two suspects": "shot dead" with an object is what the count did.
  if (
    /\bshot\s+dead$/i.test(x.s.slice(found.start, found.end)) &&
    ACTIVE_OBJECT_RE.test(x.s.slice(found.end, found.end + 20))
  )
    return null;
  // "we are taking 1,000 refugees", "a quota of 750 refugees": refugees admitted are no count of
  // the displaced (docs/CLAIMS.md).
  if (/refugees$/i.test(x.s.slice(found.start, found.end)) && REFUGEE_INTAKE_RE.test(x.s)) return null;
  // "12 government bodies", "23 bodies listed as terrorist organisations": bodies that govern.
  if (found.category === 'killed' && /bodies$/i.test(rest.slice(0, found.end - c.end))) {
    if (
      BODY_OF_PEOPLE_BEFORE_RE.test(rest.slice(0, found.end - c.end)) ||
      BODY_OF_PEOPLE_AFTER_RE.test(x.s.slice(found.end, found.end + 90)) ||
      matchTail(BANNED_BODIES_BEFORE_RE, x.s.slice(Math.max(0, c.start - 40), c.start)) !== null
    )
      return null;
  }
  if (matchTail(REACH_FORECAST_RE, x.s.slice(Math.max(0, c.start - 40), c.start))) return null;
  // "Somali bombing toll tops 300 deaths": a toll past its figure is at least that figure.
  if (
    c.approx === 'exact' &&
    matchTail(TOLL_PASSING_BEFORE_RE, x.s.slice(Math.max(0, c.start - 40), c.start))
  ) {
    const past = withApprox(c, 'at_least');
    found = { ...found, min: past.min, max: past.max, approx: past.approx };
  }
  if (found.category === 'casualties') {
    const before = x.s.slice(Math.max(0, c.start - 60), c.start);
    // "claiming the lives of nearly 400 victims": victims whose lives were taken are dead.
    if (matchTail(CLAIMED_LIVES_BEFORE_RE, before)) return { ...found, category: 'killed' };
    // "airstrikes that have killed more than 1,437 victims": the verb says what harmed them.
    const verb = HARM_VERB_BEFORE_VICTIMS_RE.exec(before);
    if (verb && /^victims$/i.test(rest.slice(0, found.end - c.end).trim()))
      return { ...found, category: verb.groups?.killed ? 'killed' : 'injured' };
  }
  return found;
}
