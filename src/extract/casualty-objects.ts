/**
 * The object frame (tryObject): a count after its harm verb ("killed 18 people", "left 22
 * people dead", "forced 170,000 people to flee") or after a phrase that names its people as
 * victims ("the loss of", "lost 400 troops", "claimed the lives of", "the deaths of", "to
 * death", "eliminated"); none after a forecast ("could kill"). Its patterns for the object's
 * noun phrase and the verb before a count serve the later frames too.
 */
import type { CasualtyCategory } from './types';
import type { Count } from './counts';
import { HARM_BEFORE, categoryFromGroups, matchTail, tailRegExp } from './lexicon';
import { NUMWORD_ONLY_RE, NP_WORD, NP_CORE, NP, HARM_BEFORE_ALT } from './casualty-phrases';
import { headWord, looksLikePeople, namesPeople } from './casualty-people';
import { type CasualtyHit, groupCategory, hit, verbStart, lastWord } from './casualty-hits';

/** What may follow an object count: its people noun phrase. */
export const OBJECT_NP_RE = new RegExp(`^(?:\\s+of)?\\s+(?<np>${NP_CORE})`, 'iu');
// The patterns matched on the window before a count end at the count: tail regexes (lexicon.ts)
// with the verb and the spaces after it captured, so the verb's offset is known.
/** Harm verb right before the count. */
/** Words that may stand between a verb and its object count: "killed a total of 30 people", "killed all 157 passengers". */
// "killed a family of five": the family is the count's people.
const OBJECT_FILLER =
  '(?:an?\\s+(?:total\\s+of|staggering|whopping|record|further|reported|confirmed)\\s+|another\\s+|(?:all\\s+)?the\\s+|all\\s+|(?:an?|an\\s+entire|the\\s+entire|a\\s+whole)\\s+family\\s+of\\s+)?';
// "accused of “massacring” more than 1,300 people": the verb may be in quote marks.
export const VERB_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>${HARM_BEFORE_ALT})(?<ws>["”’]?\\s+["“]?${OBJECT_FILLER})`,
  'iu',
);
export const CLAIMED_LIVES_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>(?:claim(?:s|ed|ing)?|took|tak(?:es|en|ing)|cost(?:s|ing)?)\\s+(?:the\\s+)?lives\\s+of)(?<ws>\\s+${OBJECT_FILLER})`,
  'iu',
);
const CLAIMED_BEFORE_RE = tailRegExp(
  '(?:^|[^\\p{L}])(?<verb>claim(?:s|ed|ing)?|took|tak(?:es|en|ing)|cost(?:s|ing)?)(?<ws>\\s+)',
  'iu',
);
// "claimed 30 lives", "claimed thousands of military and civilian lives".
const LIVES_AFTER_RE = /^\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?(?:and\s+[\p{L}-]+\s+)?|\p{L}+\s+)?lives\b/iu;
/** "the loss of all 176 passengers", "the loss of 19 lives": people lost, named as people. */
export const LOSS_BEFORE_RE = tailRegExp('\\b(?<verb>loss\\s+of(?:\\s+(?:all|the))?)(?<ws>\\s+)', 'iu');
/**
 * "Kenya has lost over 400 troops", "the group said it lost 63 cadres": a force's dead, counted
 * by who lost them (a pronoun subject says the side itself is counting).
 */
const LOST_FORCES_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:(?:has|have|had)\\s+(?:also\\s+|reportedly\\s+|already\\s+|now\\s+)?|(?:it|they|we|he|she|(?:the\\s+)?(?:army|military|police|unit|battalion|regiment|brigade))\\s+(?:also\\s+|had\\s+)?)lost)(?<ws>\\s+)',
  'iu',
);
// "We lost dozens of men", "the army lost 12 soldiers": a side's dead; "she lost eight members of
// her family": a family's.
const LOST_FORCES_AFTER_RE =
  /^\s+(?:of\s+)?(?<np>(?:(?:its|their|our)\s+)?(?:troops|soldiers|servicemen|servicewomen|fighters|personnel|peacekeepers|police\s+officers|policemen|cadres|men|people|commanders|comrades|kinsmen|relatives|family\s+members|loved\s+ones|members\s+of\s+(?:his|her|their|my|our|the)\s+(?:extended\s+|immediate\s+)?family))\b/iu;
/**
 * A harm noun with "of" and its people: "the displacement of 7,000 people", "the deaths of 12
 * miners", "the wounding of 9 guards"; its agent may come first ("the killing by the army of 4");
 * "injuries to six others" and "injuries sustained by six others" name the injured.
 */
const HARM_NOUN_OF_RE = tailRegExp(
  "\\b(?<verb>(?:the\\s+)?(?:displacement|evacuation|(?:mass\\s+)?exodus|deaths?|martyrdom|killing|killings|slayings?|shootings?|massacres?|slaughter|murders?|beheadings?|executions?|wounding|injuring|maiming)(?:\\s+by\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{L}'’.-]+|\\s+(?:earlier|later)\\s+(?:this|that|last)\\s+(?:year|month|week))?\\s+of|injur(?:y|ies)\\s+(?:to|of|sustained\\s+by))(?<ws>\\s+)",
  'iu',
);

const BARE_HARMED_AFTER_RE =
  /^(?:\s*(?:[,.;)]|$)|\s+(?:in|at|on|near|during|since|last|this|when|while|after)\s)/;

/** A bare count's flight: "an exodus of 160,000 to neighbouring Bangladesh". */
const EXODUS_TO_RE = /^\s+(?:to|into|across)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?\p{Lu}/u;
const EXODUS_PEOPLE_RE =
  /^\s+((?:[\p{L}'-]+\s+){0,2}?(?:people|persons|civilians|residents|villagers|inhabitants|refugees|migrants|families|\p{Lu}\p{Ll}+s))(?![\p{L}'-])/u;

// "left 200 dead", "forced 5,000 people to flee", "made 2 million homeless", "drove 900 people
// from their homes", "prompted 10,000 residents to flee", "sent thousands fleeing", "drove 300,000
// people to shelter in schools".
const LEFT_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>le(?:ft|aving|aves|ave)|(?<force>forc(?:ed|ing|es)|prompt(?:ed|ing|s)?|caus(?:ed|ing|es)|compel(?:led|ling|s)?|dr(?:ove|iven|iving|ives)|sen(?:t|ds?|ding))|(?<make>ma(?:de|king|kes)|render(?:ed|ing|s)?))(?<ws>\\s+${OBJECT_FILLER})`,
  'iu',
);
// "left four soldiers, a policeman and a civilian dead": members named by an article may follow.
const ARTICLE_MEMBER = `(?:an?|one)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?`;
const LEFT_AFTER_RE = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?<np>${NP}))?(?:(?:\\s*,\\s+${ARTICLE_MEMBER}){1,4},?\\s+and\\s+${ARTICLE_MEMBER})?(?:\\s+(?:in|from|across|inside)\\s+(?:the\\s+)?${NP_WORD}(?:\\s+${NP_WORD}){0,2})?\\s+(?:(?<killed>dead)|(?<injured>injured|wounded)|(?<missing>missing)|(?<displaced>homeless|displaced|to\\s+flee|fleeing|to\\s+(?:seek\\s+|take\\s+)?(?:shelter|refuge)|to\\s+(?:leave|abandon)\\s+their\\s+homes|to\\s+evacuate|from\\s+their\\s+homes))\\b`,
  'iu',
);
const ANY_VERB_BEFORE_RE = tailRegExp('(?:^|[^\\p{L}])(?<verb>\\p{L}+(?:ed|ing|t))(?<ws>\\s+)', 'iu');
const TO_DEATH_AFTER_RE = new RegExp(`^(?:\\s+of)?\\s+(?<np>${NP_CORE})\\s+to\\s+death\\b`, 'iu');

const ELIMINATED_BEFORE_RE = tailRegExp(
  '(?:^|[^\\p{L}])(?<verb>eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|destroy(?:s|ed|ing)?)(?<ws>\\s+["“]?)',
  'iu',
);
/** Armed men only: "eliminated 3 teams" are no deaths. */
const ELIMINATED_HEADS = new Set(
  'terrorists militants fighters insurgents rebels gunmen jihadists extremists attackers bandits militiamen mercenaries khwarij khawarij kharijis'.split(
    ' ',
  ),
);
/**
 * Whether an eliminated count is of armed men: "12 militants", "1,200 members of the ADF" (`after`
 * is the text after the count).
 */
export function eliminatedArmedMen(np: string, after: string): boolean {
  const head = headWord(np);
  return (
    ELIMINATED_HEADS.has(head) ||
    (head === 'members' && /^\s+(?:[\p{L}-]+\s+){0,2}?members\s+of\s+(?:the\s+)?\p{Lu}/u.test(after))
  );
}

/**
 * A modal or a verb of expectation right before an object's harm verb: "could kill 200 people",
 * "will displace 3 million", "threatens to leave thousands homeless", "would have killed 50". A
 * forecast or a counterfactual is no claim (docs/CLAIMS.md); "may have killed" (hedged past) is.
 * Nor is an intent: "the plot to kill 3 ministers", "tried to assassinate two judges".
 */
const FORECAST_VERB_BEFORE_RE = tailRegExp(
  "\\b(?:could|would|might|may|will|shall|can|cannot|should|must|won't|would\\s+have|(?:threaten(?:s|ed|ing)?|expected|likely|set|poised|projected|predicted|forecast|going|about|feared|warned|vowed|threatening|able|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|conspir(?:acy|ed|ing)|intend(?:s|ed|ing)?|want(?:s|ed|ing)?|bids?|failed|seeking|sought|aim(?:s|ed|ing)?|meant|designed|work(?:s|ed|ing)?|scrambl(?:e|es|ed|ing)|rac(?:e|es|ed|ing)|rush(?:es|ed|ing)?|struggl(?:e|es|ed|ing))\\s+to|enough(?:\\s+[\\p{L}-]+){0,3}\\s+to)\\s+(?:\\p{L}+ly\\s+|also\\s+|still\\s+|not\\s+)?",
  'iu',
);

/** "could leave 5,000 people dead": the subject of a predicate a forecast verb governs. */
export const FORECAST_LEAVE_BEFORE_RE = tailRegExp(
  "\\b(?:could|would|might|may|will|shall|can|should|must|won't|(?:threaten(?:s|ed|ing)?|expected|likely|set|poised|projected|predicted|going|about)\\s+to)\\s+(?:\\p{L}+ly\\s+)?(?:leave|make|render)\\s+",
  'iu',
);

export function tryObject(s: string, c: Count): CasualtyHit | null {
  const h = tryObjectFrames(s, c);
  if (
    h &&
    h.start < c.start &&
    matchTail(FORECAST_VERB_BEFORE_RE, s.slice(Math.max(0, h.start - 40), h.start))
  )
    return null;
  return h;
}

function tryObjectFrames(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 40), c.start);
  const after = s.slice(c.end, c.end + 120);
  const loss = matchTail(LOSS_BEFORE_RE, before);
  if (loss?.groups) {
    const m =
      LOSS_AFTER_RE.exec(after) ?? (/\ball$/i.test(loss.groups.verb) ? LOSS_ALL_AFTER_RE.exec(after) : null);
    if (!m) return null;
    return hit(c, verbStart(c.start, loss), c.end + m[0].length, 'killed', 'object', m.groups?.np);
  }
  const lost = matchTail(LOST_FORCES_BEFORE_RE, before);
  if (lost?.groups) {
    const m = LOST_FORCES_AFTER_RE.exec(after);
    if (m) return hit(c, verbStart(c.start, lost), c.end + m[0].length, 'killed', 'object', m.groups?.np);
  }
  const lives = matchTail(CLAIMED_LIVES_BEFORE_RE, before);
  if (lives?.groups) {
    const np = OBJECT_NP_RE.exec(after);
    const npText = np?.groups?.np;
    const end = c.end + (np && looksLikePeople(npText) ? np[0].length : 0);
    return hit(c, verbStart(c.start, lives), end, 'killed', 'object', npText);
  }
  const claimed = matchTail(CLAIMED_BEFORE_RE, before);
  if (claimed?.groups) {
    const l = LIVES_AFTER_RE.exec(after);
    if (l) {
      return hit(c, verbStart(c.start, claimed), c.end + l[0].length, 'killed', 'object');
    }
  }
  const left = matchTail(LEFT_BEFORE_RE, before);
  if (left?.groups) {
    const m = LEFT_AFTER_RE.exec(after);
    const category = groupCategory(m?.groups);
    if (m && category && looksLikePeople(m.groups?.np)) {
      const isForce = left.groups.force !== undefined;
      const ok =
        left.groups.make !== undefined
          ? /homeless\s*$/i.test(m[0])
          : isForce === (category === 'displaced' && /flee|leave|homes|shelter|refuge|evacuate/i.test(m[0]));
      if (ok) {
        return hit(c, verbStart(c.start, left), c.end + m[0].length, category, 'object', m.groups?.np);
      }
    }
  }
  const noun = matchTail(HARM_NOUN_OF_RE, before);
  // "an exodus of 600,000 Rohingyas": only a people's flight, not "the exodus of 3 players".
  if (noun?.groups && /exodus/i.test(noun.groups.verb)) {
    const fled = EXODUS_PEOPLE_RE.exec(after);
    // "an exodus of more than 160,000 to neighbouring Bangladesh": where they fled says who.
    if (!fled)
      return EXODUS_TO_RE.test(after) ? hit(c, verbStart(c.start, noun), c.end, 'displaced', 'object') : null;
    return hit(c, verbStart(c.start, noun), c.end + fled[0].length, 'displaced', 'object', fled[1]);
  }
  if (noun?.groups) {
    // The people noun phrase ends at its last people word: "of 4 protesters sparked riots".
    const m = /^(?<lead>\s+(?:of\s+)?)(?<np>(?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)(?![\p{L}'-])/u.exec(after);
    const words = m?.groups?.np.split(/\s+/) ?? [];
    // "the deaths of 15 civilians and three soldiers": the next count is a member of its own.
    const nextCount = words.findIndex((w, i) => i > 0 && NUMWORD_ONLY_RE.test(w));
    if (nextCount > 0) words.length = nextCount;
    let last = words.length - 1;
    while (last >= 0 && !namesPeople(words[last])) last--;
    const category: CasualtyCategory = /^(?:the\s+)?(?:displacement|evacuation|(?:mass\s+)?exodus)/i.test(
      noun.groups.verb,
    )
      ? 'displaced'
      : /^(?:the\s+)?(?:wounding|injuring|maiming|injur(?:y|ies))/i.test(noun.groups.verb)
        ? 'injured'
        : // "the shootings of nine people": shot, killed or not (docs/CLAIMS.md).
          /^(?:the\s+)?shootings?/i.test(noun.groups.verb)
          ? 'casualties'
          : 'killed';
    // "the massacre of more than 60 in the village", "injuries to 50": the people left unsaid,
    // the figure followed by where, when or the clause's end.
    // (Not "the number of injuries to 80": a toll's figure, which the toll frame reads.)
    if (
      last < 0 &&
      category !== 'displaced' &&
      BARE_HARMED_AFTER_RE.test(after) &&
      !/\b(?:number|toll|tally|count|total)\s+of\s+$/i.test(
        before.slice(0, before.length - noun.groups.verb.length - noun.groups.ws.length),
      )
    )
      return hit(c, verbStart(c.start, noun), c.end, category, 'object');
    if (!m?.groups || last < 0) return null;
    const np = words.slice(0, last + 1).join(' ');
    if (!looksLikePeople(np)) return null;
    const end =
      c.end +
      m.groups.lead.length +
      after.slice(m.groups.lead.length).indexOf(words[last]) +
      words[last].length;
    return hit(c, verbStart(c.start, noun), end, category, 'object', np);
  }
  // "slashing 19 people to death", "beat two men to death": any verb with "to death" after.
  if (after.includes('to death')) {
    const toDeath = TO_DEATH_AFTER_RE.exec(after);
    const by = toDeath ? matchTail(ANY_VERB_BEFORE_RE, before) : null;
    // A court or a fright sends no one to death: "sentenced 7 men to death", "scared them to death".
    if (
      toDeath &&
      by &&
      !/^(?:sentenc|condemn|doom|scar|frighten|bor|worr|tickl)/i.test(by.groups?.verb ?? '') &&
      looksLikePeople(toDeath.groups?.np)
    )
      return hit(
        c,
        verbStart(c.start, by),
        c.end + toDeath[0].length,
        'killed',
        'object',
        toDeath.groups?.np,
      );
  }
  // "the army said it eliminated 12 militants", "neutralised two terrorists", "destroyed 160
  // militants": a military report's words for killing armed men.
  if (before.includes('limina') || before.includes('eutrali') || before.includes('estroy')) {
    const eliminated = matchTail(ELIMINATED_BEFORE_RE, before);
    const np = eliminated ? OBJECT_NP_RE.exec(after) : null;
    if (eliminated && np?.groups && eliminatedArmedMen(np.groups.np, after))
      return hit(c, verbStart(c.start, eliminated), c.end + np[0].length, 'killed', 'object', np.groups.np);
  }
  const verb = matchTail(VERB_BEFORE_RE, before);
  if (!verb?.groups) return null;
  const category = categoryFromGroups(HARM_BEFORE, verb.groups);
  if (!category) return null;
  const np = OBJECT_NP_RE.exec(after);
  let npText = np?.groups?.np;
  let npLength = np ? np[0].length : 0;
  if (npText && !looksLikePeople(npText, category)) {
    // "killed 1,200 people and Israel's airstrikes …": the "and" joins another subject, not
    // a second head of the object.
    const joined = / and /.exec(npText);
    const first = joined ? npText.slice(0, joined.index) : '';
    if (!joined || !looksLikePeople(first, category)) return null;
    npLength -= npText.length - first.length;
    npText = first;
  }
  // "the assault that killed 1,200 people shocked the world": the main verb ends the object.
  const verbAfter = npText ? /^(.*?\S)\s+\p{Ll}+ed(?:\s.*)?$/u.exec(npText) : null;
  if (npText && verbAfter && namesPeople(lastWord(verbAfter[1]))) {
    npLength -= npText.length - verbAfter[1].length;
    npText = verbAfter[1];
  }
  // A count read as an object must not itself be followed by its own harm word
  // ("killed 3 and 10 were wounded" is handled by the subject frame).
  const end = c.end + npLength;
  return hit(c, verbStart(c.start, verb), end, category, 'object', npText);
}

const LOSS_MODS = `(?:(?!(?:no|never|none|neither|nor)\\b)${NP_WORD}\\s+){0,2}?`;
/**
 * After "the loss of": lives, or people who die rather than leave: "the loss of 19 lives", "the
 * loss of three firefighters", "the loss of all 132 passengers" ("the loss of 2 million
 * passengers" is an airline's traffic; "300 jobs", "40 members" are not deaths).
 */
const LOSS_AFTER_RE = new RegExp(
  `^\\s+(?:lives\\b|(?:of\\s+(?:our|its|their|his|her)\\s+)?(?<np>${LOSS_MODS}(?:civilians|soldiers|servicemen|sailors|marines|airmen|firefighters|pilgrims|worshippers|climbers|hikers|miners|children|babies|infants|people|persons)(?![\\p{L}'-])))`,
  'u',
);
const LOSS_ALL_AFTER_RE = new RegExp(
  `^\\s+(?<np>${LOSS_MODS}(?:passengers|crew|crewmen|people|persons|men|women|boys|girls|residents|villagers|students|workers|patients)(?![\\p{L}'-]))`,
  'u',
);
