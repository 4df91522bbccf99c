/**
 * The toll frame (tryToll, tryTollAfter): a figure linked to a toll's head ("the death toll …
 * has risen to 416", "bringing to 19 the death toll"), its category from the head or a harm word
 * after it, approximate when passed, neared or estimated. A figure a later one replaced is still
 * a source's report ("initially reported 128 deaths", "the previous toll of four"); only the old
 * figure of a change ("up from an earlier toll of 30") is none.
 */
import type { CasualtyCategory } from './types';
import { withApprox, type Count } from './counts';
import { PEOPLE_HEADS, matchTail, tailRegExp } from './lexicon';
import { WORDISH_RE } from './casualty-phrases';
import { looksLikePeople, namesPeople, thingsCounted } from './casualty-people';
import { type CasualtyHit, groupCategory, hit, verbStart, withArticle, type Cues } from './casualty-hits';
import { OBJECT_NP_RE } from './casualty-objects';

// (A refugee or displaced population counts the displaced, as their number does.)
const TOLL_HEAD_RE =
  /\b(?<head>(?:death|fatality|casualty|injury|injured|wounded)\s+(?:tolls?|tally|count|figures?)|body\s+count|(?:refugee|displaced|IDP)\s+(?:population|count)|tolls?|(?:total\s+)?number|(?<=\bthe\s(?:(?:initial|official|overall|total|latest)\s)?)figure(?=\s+of\b)|tally|deaths|fatalities|casualties|(?<=\bthe\s)injuries|(?<=\bthe\s(?:(?:confirmed|overall|official|combined|new|grim|final)\s)?)total(?!\s+(?:number|of)\b))\b/giu;

const TOLL_LINK_RE = tailRegExp(
  '(?:\\b(?:to|at|of|from|is|was|are|were|be|reached|reaches|reaching|hit|hits|hitting|passed|passes|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|been|now|stands|stood|remains|remained|climbed|climbs|climbing|rose|rises|risen|rising|tallied|tallies|increased|increases|jumped|jumps|soared|soars|surged|surges|swept|grew|grows|swelled|mounted|mounts|crossed|crosses|gone|went|goes|(?:breached|breaches|breach)(?:\\s+the)?|nears|neared|nearing|approaches|approached|approaching|total(?:l?ed|s|l?ing)|numbered|rang(?:e|es|ed|ing)\\s+from)(?:\\s+somewhere)?(?:\\s+(?:still|already|currently|officially))?|:)\\s*',
  'iu',
);
/** A verb of change before "up to": "the toll rose up to 143" reached 143. */
const RISE_BEFORE_UP_TO_RE =
  /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|went|goes|gone|shot|soared|surged|mounted|grew|grown|reached|brought|bringing|taking|took|pushed|pushing)\s*$/i;
const OF_FROM_COLON_END_RE = tailRegExp('\\b(?:of|from)\\s*|:\\s*', 'i');
const PASSING_END_RE = tailRegExp(
  '\\b(?:passed|passes|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|crossed|crosses|breached|breaches|breach)(?:\\s+the)?\\s*',
  'i',
);
/** "The death toll nears 3,000": a toll close to its figure is about it. */
const NEARING_END_RE = tailRegExp('\\b(?:nears|neared|nearing|approaches|approached|approaching)\\s*', 'i');
// "could be closer to 600", "may be as high as 300": a hedged present figure too.
const HEDGED_PAST_RE =
  /\b(?:may|might|could|(?:is|are|was|were)\s+(?:likely|believed|thought|estimated)\s+to)\s+(?:have|(?:well\s+)?be(?=\s+(?:closer|nearer|as\s+high|as\s+many|around|about|over|more|at\s+least|in\s+the|\d)))\b/gi;
const PRESENT_LIKELY_RE = /\b(?:is|are|was|were)\s+(?:likely|probably|possibly)\s*$/i;
// Case-sensitive "may" so that "May 12" (a date) is no forecast.
const FORECAST_RE =
  /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ww]ill|[Ee]xpected|[Ll]ikely|[Pp]rojected|[Ss]et|[Ff]eared\s+to|[Pp]redicted|[Ff]orecast|[Ee]stimated?\s+to|[Ff]ears?)\b/;
const TOLL_HARM_RE = new RegExp(
  `\\b(?:(?<killed>dead|deaths?|killed|died|die|fatalities|lives|martyrs(?![’'])|martyred)|(?<injured>injured|wounded|injuries|hurt)|(?<missing>missing|unaccounted)|(?<displaced>displaced|homeless|fled|evacuated|refugees|(?:relief|evacuation|displacement|emergency)\\s+(?:camps|centres|centers|shelters))|(?<casualties>casualties|victims))\\b`,
  'iu',
);

const BOTH_HARMS_RE = /\b(?:deaths?|dead|killed)\s+(?:and|or)\s+(?:injur(?:y|ies|ed)|wounded)\b/i;

export function tryToll(
  x: Cues,
  c: Count,
  previousEnd: number,
  previousHit: CasualtyHit | null,
  previousCount: Count | null,
  /** The last claim before this count, past counts that are none ("14 deaths in the past 24 hours, bringing the total to …"). */
  lastHit: CasualtyHit | null,
  /** The sentence's first claim, whose toll a disputed "number" usually is. */
  firstHit: CasualtyHit | null = null,
): CasualtyHit | null {
  const s = x.s;
  // "revised the toll from 79 to 78": the second figure shares the first one's head.
  if (
    previousHit?.frame === 'toll' &&
    previousCount &&
    /^\s+to\s+$/i.test(s.slice(previousCount.end, c.start))
  ) {
    // Quoted from "to": the first figure's quote holds the head, and claims never overlap.
    const to = previousCount.end + (/^\s*/.exec(s.slice(previousCount.end, c.start))?.[0].length ?? 0);
    return hit(c, to, c.end, previousHit.category, 'toll');
  }
  const windowStart = Math.max(previousEnd, c.start - 220, 0);
  // Every toll head holds a harm stem ("death toll", "number", "tally"). A window that starts
  // inside a word may see a head the sentence does not (its \b); there the pre-test is skipped.
  const cutsWord = windowStart > 0 && WORDISH_RE.test(s[windowStart]) && WORDISH_RE.test(s[windowStart - 1]);
  // "the total" holds no stem: it takes the category of the claim before it.
  if (!cutsWord && !x.stemIn(windowStart, c.start) && !(lastHit && s.includes('total', windowStart)))
    return null;
  const before = s.slice(windowStart, c.start);
  let head: RegExpExecArray | null = null;
  TOLL_HEAD_RE.lastIndex = 0;
  for (let m = TOLL_HEAD_RE.exec(before); m; m = TOLL_HEAD_RE.exec(before)) head = m;
  if (!head?.groups) return null;
  // "24,686 deaths: 7,797 children, …": a head with its own count opens a breakdown, no toll.
  if (
    previousCount !== null &&
    /^(?:deaths|fatalities|casualties)$/i.test(head.groups.head) &&
    /^\s*$/.test(s.slice(previousCount.end, windowStart + head.index))
  )
    return null;
  const between = before.slice(head.index + head[0].length);
  // "of", "from" and a colon link only right after the head ("a toll of 50").
  // "the number of missing from 48 to 33": what the number counts may sit between.
  const afterWhat = between.replace(
    /^\s*of\s+(?:(?:the|those|people)\s+)*[\p{L}-]+(?:\s+(?:killed|dead|missing|injured|wounded|displaced))?/iu,
    '',
  );
  const direct =
    /^\s*(?:of|from|:|at|stood\s+at|stands\s+at)\s*$/i.test(between) ||
    // "increased the death toll from the bombings from 32 to 35": a revision after the event.
    // (Not "the death toll from the floods rose from 31 to 40": the old figure of a change.)
    (/^\s+from\s+(?:(?!(?:rose|risen|rises|rising|increased|climbed|jumped|soared|grew|fell|dropped|declined|went|surged|was|has|had)\b)[\p{L}'’-]+\s+){1,6}from\s*$/iu.test(
      between,
    ) &&
      /^\s+to\s+\d/.test(s.slice(c.end, c.end + 8))) ||
    // "Total number of reported fatalities from organized violence: 2,743": a data table's row.
    /^\s+from\s+[^,.;:\d]{1,60}:\s*$/i.test(between) ||
    (/^\s*(?:from|at)\s*$/i.test(afterWhat) && /number|tally|figure/i.test(head.groups.head));
  const linked =
    direct ||
    (matchTail(TOLL_LINK_RE, between) !== null &&
      (matchTail(OF_FROM_COLON_END_RE, between) === null ||
        /\brang(?:e|es|ed|ing)\s+from\s*$/i.test(between))) ||
    // "the number of injured ranged between 2,750 and 2,800": the range is the count's own.
    (/\brang(?:e|es|ed|ing)\s*$/i.test(between) && /^between\s/i.test(s.slice(c.start, c.end))) ||
    (between.trim() === '' && c.qualifier !== '') ||
    matchTail(REVISED_FROM_END_RE, between) !== null ||
    // "total casualties are believed to be in the range of 240,000-290,000".
    /\b(?:is|are|was|were|be)\s+(?:in\s+the\s+)?(?:range|region|order)\s+of\s*$/i.test(between) ||
    // "civilian deaths are likely between 2,300 and 2,400": a hedged present figure.
    PRESENT_LIKELY_RE.test(between);
  if (!linked) return null;
  // "may have reached", "is likely to have exceeded": a hedged present figure, no forecast.
  // "would later rise to 191" tells what happened next, no forecast.
  // (The hedge may reach into the count's own qualifier: "could be more than 200,000".)
  const unhedged = `${between
    .replace(PRESENT_LIKELY_RE, ' ')
    .replace(/\bwould\s+(?:later|eventually|ultimately)\b/gi, ' ')}${s.slice(c.start, c.start + 24)}`.replace(
    HEDGED_PAST_RE,
    ' ',
  );
  if (FORECAST_RE.test(between) && FORECAST_RE.test(unhedged)) return null;
  // "the deaths of 200 cattle", "a toll of 40 houses": the figure counts things, not people.
  const counted = OBJECT_NP_RE.exec(s.slice(c.end, c.end + 60));
  // "has breached the 500 mark": the figure's milestone, not a thing counted.
  if (
    counted &&
    (!looksLikePeople(counted.groups?.np) || thingsCounted(s, c)) &&
    !/^(?:mark|milestone|threshold)\b/i.test(counted.groups?.np ?? '')
  )
    return null;
  // "the death toll from two days of clashes", "the toll from two typhoons": what the toll is
  // from, not a figure of it (a figure of it is followed by "to", its people or nothing).
  if (/\bfrom\s*$/i.test(between)) {
    const next = /^\s+(\p{L}+)/u.exec(s.slice(c.end, c.end + 40))?.[1].toLowerCase();
    if (next !== undefined && !TOLL_FROM_NEXT.has(next)) return null;
  }
  const headWordText = head.groups.head.toLowerCase();
  let category: CasualtyCategory | null = null;
  // "The number of deaths and injuries … was 2,392", "the dead and wounded": both harms counted together.
  if (BOTH_HARMS_RE.test(before.slice(Math.max(0, head.index - 30)))) category = 'casualties';
  else if (/injur|wounded/.test(headWordText)) category = 'injured';
  else if (/casualt/.test(headWordText)) category = 'casualties';
  // "The refugee population in Macedonia has risen to about 240,000".
  else if (/refugee|displaced|idp/.test(headWordText)) category = 'displaced';
  else if (/toll|death|fatalit|body/.test(headWordText)) category = 'killed';
  else {
    // "number", "tally": the harm word between head and count decides ("the number of people
    // killed or injured in Haiti to at least 17,248": both).
    const harm = TOLL_HARM_RE.exec(between);
    category =
      harm && BOTH_HARMS_RE.test(between.slice(harm.index)) ? 'casualties' : groupCategory(harm?.groups);
    // "200 workers were still missing, while officials put the number closer to 300": "the
    // number" with no harm word of its own is the figure of the claim before it.
    if (
      !category &&
      headWordText === 'number' &&
      previousHit &&
      /\b(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+the\s+$/i.test(
        before.slice(Math.max(0, head.index - 24), head.index),
      ) &&
      /^\s+(?:at|closer\s+to|nearer\s+to)\s*$/i.test(between)
    )
      // "606 had been killed and 5,332 injured, while a rights group put the number closer to
      // 1,000": a disputed number is the death toll the sentence opened with.
      category = firstHit?.category === 'killed' ? 'killed' : previousHit.category;
    // "… were confirmed dead, bringing the total to 54": the total of the claim before.
    if (
      !category &&
      headWordText === 'total' &&
      /\b(?:bring|brought|rais|tak|took|push)\w*\s+the\s+(?:(?:confirmed|overall|official|combined|new|grim|final)\s+)?$/i.test(
        before.slice(Math.max(0, head.index - 36), head.index),
      ) &&
      /\bto\s*$/i.test(between)
    )
      category = lastHit?.category ?? null;
  }
  if (!category) return null;
  const start = withArticle(s, windowStart + head.index);
  const headAt = windowStart + head.index;
  // A toll that "rose up to" or sits "above" a figure: only the verbs of passing bound it.
  let count = c;
  // (A toll "up to 143" has reached it; "total casualties up to 400,000", a bare noun with no
  // verb of change, is a ceiling.)
  if (
    c.qualifier === 'as high as' ||
    (c.qualifier === 'up to' &&
      !/toll|tally|count|figure|number|total/.test(headWordText) &&
      !RISE_BEFORE_UP_TO_RE.test(between))
  )
    count = withApprox(c, 'at_most');
  else if (c.qualifier === 'up to') count = withApprox(c, 'exact');
  if (matchTail(PASSING_END_RE, between) && c.approx === 'exact') count = withApprox(c, 'at_least');
  else if (
    c.approx === 'exact' &&
    (matchTail(NEARING_END_RE, between) || /\b(?:region|order)\s+of\s*$/i.test(between))
  )
    count = withApprox(c, 'about');
  // "Officials estimated the number of civilian deaths at 7,000": an estimate is approximate.
  else if (c.approx === 'exact' && ESTIMATED_HEAD_RE.test(s.slice(Math.max(0, headAt - 60), headAt)))
    count = withApprox(c, 'about');
  // "…, up from an earlier toll of 30": the old figure of a change, unless reported as such.
  if (
    matchTail(UP_FROM_HEAD_RE, s.slice(Math.max(0, start - 40), start)) &&
    !EARLIER_REPORT_AFTER_RE.test(s.slice(c.end, c.end + 40))
  )
    return null;
  // "the number of civilians killed", "the death toll among Palestinians": who the toll counts.
  const of = TOLL_OF_PEOPLE_RE.exec(s.slice(headAt + head.groups.head.length, c.start));
  const who = of && namesPeople(of[2]) ? of[1] : undefined;
  return hit(count, start, c.end, category, 'toll', who);
}

const TOLL_OF_PEOPLE_RE =
  /^\s+(?:of|among)\s+((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))(?=\s+(?:who|that|killed|dead|wounded|injured|missing|displaced|were|was|had|has|have|in|on|since|from|due|during|this|last|so)\b)/u;

/**
 * An estimate governing the count right after it: "estimates 3,800", "was estimated at (between)",
 * "estimates of 2.5 million", "estimates put the civilian death toll at 20,000".
 */
export const ESTIMATE_BEFORE_COUNT_RE = tailRegExp(
  '\\bestimat(?:e|es|ed)\\s+(?:(?:at|of)\\s+|(?:put|puts|placed?|places)\\s+(?:[^.;:!?\\d]{0,60}?\\s)?at\\s+)?',
  'i',
);
/** "…, according to UN estimates": the count's source is an estimate (no other count between). */
export const ESTIMATES_AFTER_COUNT_RE =
  /^[^.;:!?\d]{0,40}?\baccording\s+to\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?estimates?\b/iu;
/** An estimate before a toll's head, maybe through "the number of" ("estimated the number of civilian deaths at"). */
const ESTIMATED_HEAD_RE =
  /\bestimat(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+)?(?:(?:number|figure|count|toll)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2})?$/iu;
/** "bringing to 19 the death toll", "raising to 60 the number of dead": the toll after its figure. */
const TO_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:(?:bring|rais|tak|push|driv)(?:s|es|ing|ed)?|brought|took|drove|put(?:s|ting)?|rose|rises|risen|climbed|climbs)\\s+(?:up\\s+)?to)(?<ws>\\s+)',
  'iu',
);
const TOLL_AFTER_RE =
  /^\s+the\s+(?:(?:overall|total|official|confirmed)\s+)?(?:(?<casualties>casualty\s+(?:toll|count))|(?<injured>number\s+of\s+(?:the\s+)?(?:injured|wounded)|injury\s+toll)|(?<missing>number\s+of\s+(?:the\s+|those\s+|people\s+)?missing)|(?<killed>(?:death|fatality)\s+(?:toll|count|tally)|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:[\p{L}-]+\s+){1,2}?(?:(?:who|that)\s+(?:were|was|have|had)\s+(?:been\s+)?)?(?:killed|died))))\b/iu;

export function tryTollAfter(x: Cues, c: Count): CasualtyHit | null {
  if (!x.stemIn(c.end, c.end + 50)) return null;
  const s = x.s;
  const to = matchTail(TO_BEFORE_RE, s.slice(Math.max(0, c.start - 24), c.start));
  if (!to) return null;
  const m = TOLL_AFTER_RE.exec(s.slice(c.end, c.end + 60));
  const category = groupCategory(m?.groups);
  if (!m || !category) return null;
  return hit(c, verbStart(c.start, to), c.end + m[0].length, category, 'toll');
}

/**
 * "… had been revised down from 52 to six": a revision states the old figure too. A toll that
 * rose from one figure to another only changed (docs/CLAIMS.md): its old figure is no claim.
 */
const REVISED_FROM_END_RE = tailRegExp(
  '\\b(?:revised|dropped|fallen|fell|lowered|reduced|decreased|corrected|cut)(?:\\s+(?:down|up|downward|upward|sharply))?\\s+from\\s*',
  'i',
);

/** Words that may follow the first figure of a toll "from N": "to", its people, a harm word. */
const TOLL_FROM_NEXT = new Set(
  ['to', 'dead', 'deaths', 'killed', 'injured', 'wounded', 'missing', 'victims', ...PEOPLE_HEADS].map((w) =>
    w.toLowerCase(),
  ),
);

/** Before a toll's head: "up from an earlier", "down from the previous". */
const UP_FROM_HEAD_RE = tailRegExp(
  '\\b(?:up|down)\\s+from\\s+(?:the\\s+|an?\\s+)?(?:(?:earlier|previous|initial|official)\\s+)*',
  'i',
);
export const UP_FROM_RE =
  /^[^.;:\d]{0,60}?[,(—–]\s*(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:earlier|previous|initial|official)\s+)*(?:(?:toll|figure|count|tally)\s+of\s+)?$/i;
/** The earlier figure is a claim only as a report of its own: "the 61,000 reported a day earlier". */
export const EARLIER_REPORT_AFTER_RE =
  /^\s+(?:(?:people|deaths|dead)\s+)?(?:(?:that\s+)?(?:had\s+been|was|were)\s+)?(?:reported|announced|given|confirmed|recorded|registered|cited|published|released|stated|counted)\b/i;
