/**
 * Counted sets and enumerated lists in designation sentences (docs/CLAIMS.md: "a designation
 * of an unnamed or counted set is one claim whose entity is the set phrase"; "each named member
 * of a list of designated groups is its own claim"): the set phrases, the frames that introduce
 * a list's members ("such as", "The groups are …", a colon, bulleted lines), state-media asides
 * after a name, and the merging of a claim restated by a relative clause. Used by the sentence
 * analysis (designation.ts and its designation-*.ts modules), which calls into these at the
 * points it names.
 */
import type { NameSpan } from './designation-names';
import type { Found, PassageState } from './designation-passage';
import { LABEL_RE, labelAfter } from './designation-label';
import { parseNumber } from './numbers';
import {
  authoritiesIn,
  authorityNames,
  isListingAuthority,
  isNationalityPlural,
  opensWithAuthority,
  isRegion,
  isStateOnly,
} from './designators';
import { CUE_RE, cued, isWidelyListed, namesWidelyListed, tiedToWidelyListed } from './designation-cue';

/** `cued(s)` for a sentence, remembered for the last one: its rules ask again and again. */
let lastSentence = '';
let lastSentenceCued = false;
export function cuedSentence(s: string): boolean {
  if (s !== lastSentence) {
    lastSentence = s;
    lastSentenceCued = cued(s);
  }
  return lastSentenceCued;
}

/**
 * "the outlawed PKK, which is designated a terrorist organization by Turkey, the EU and the US":
 * a relative clause that restates the claim on the same entity is one claim, whose quote runs
 * through both and whose designators are the clause's.
 */
export function mergeRestated(s: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of splitSets(found)) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.entity.text === f.entity.text &&
      prev.status === f.status &&
      // "banned X by declaring it an unauthorised organisation" restates it too.
      /^\s*,\s*(?:(?:which|who)\s+)?$|^\s+by\s+(?:\w+ly\s+)?$/i.test(s.slice(prev.end, f.start)) &&
      f.designators.length >= prev.designators.length
    ) {
      out[out.length - 1] = { ...f, start: prev.start };
      continue;
    }
    out.push(f);
  }
  return out;
}

const SET_NUMBER =
  '(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:half\\s+)?a\\s+dozen|dozens\\s+of|scores\\s+of|hundreds\\s+of|several|an?\\s+(?:coalition|handful|number|host|slew|raft|string|alliance|network)\\s+of)';
export const SET_HEAD =
  '(?:groups|organi[sz]ations|entities|individuals|persons|people|men|women|leaders|members|companies|firms|businesses|militias|gangs|cartels|outfits|affiliates|networks|movements|figures|commanders|operatives|officials|officers|agents|fighters|financiers|financers|fundraisers|supporters|facilitators|dissidents|nationals|names|associates|terrorists|suspects|collaborators|associations|charities|foundations|NGOs|militants|defendants|insurgents|rebels|guerrillas|extremists|jihadists|activists|Taliban)';
/** A counted set of groups or people: "13 new groups", "five individuals and three companies". */
// "added one individual to the EU terrorist list": a set of one is named in the singular.
const ONE_SET =
  '(?:one|a\\s+single)\\s+(?:(?:other|additional|further|new)\\s+)?(?:individual|person|entity|company)';
// "two terrorists organisations": a set noun before another is the set's description, not its head.
export const COUNTED_SET_PHRASE = `(?:${ONE_SET}|(?:more\\s+than\\s+|over\\s+|at\\s+least\\s+|as\\s+many\\s+as\\s+|another\\s+|an?\\s+(?:additional|further)\\s+|only\\s+|(?:some|about|around|nearly|almost|roughly|approximately)\\s+)?${SET_NUMBER}\\s+(?:of\\s+(?:the\\s+|\\p{Lu}[\\p{L}.-]*['’]s\\s+))?(?:(?:new|other|more|additional|further|such)\\s+)?(?:(?!(?:as|on|to|onto|under|by|in|from)\\s)[\\p{L}'’-]+\\s+){0,4}?(?:(?:and|or)\\s+(?:[\\p{L}'’-]+\\s+){1,2}?)?${SET_HEAD}(?!\\s+(?:organi[sz]ations|groups|outfits|entities)(?![\\p{L}]))(?:\\s+(?:and|or|along\\s+with|together\\s+with)\\s+(?:(?:${SET_NUMBER}\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${SET_HEAD}|(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:individual|person|entity|group|company|organi[sz]ation)))?(?:\\s+of\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:group|organi[sz]ation|network|movement|militia))?)`;
// "seven persons and two firms": two counted sets, each a claim of its own (the second a
// number of its own; "five individuals and companies" stays one set).
const TWO_SETS_RE = new RegExp(
  `^(.+?${SET_HEAD})\\s+(?:and|along\\s+with|together\\s+with)\\s+(${SET_NUMBER}\\s.+)$`,
  'iu',
);

/** Claims on two coordinated counted sets, split into one claim per set with disjoint quotes. */
function splitSets(found: Found[]): Found[] {
  if (!found.some((f) => / and | with /.test(f.entity.text))) return found;
  const out: Found[] = [];
  for (const f of found) {
    const two = / and | with /.test(f.entity.text) ? TWO_SETS_RE.exec(f.entity.text) : null;
    const at = two ? f.entity.start + f.entity.text.length - two[2].length : -1;
    if (!two || !SET_ENTITY_RE.test(two[1]) || at <= f.start || at >= f.end) {
      out.push(f);
      continue;
    }
    const first = { start: f.entity.start, end: f.entity.start + two[1].length, text: two[1] };
    out.push({ ...f, entity: first, end: first.end });
    out.push({ ...f, entity: { start: at, end: f.entity.end, text: two[2] }, start: at });
  }
  return out;
}
export const COUNTED_OBJECT_RE = new RegExp(
  // "designating Ecuador's two largest gangs": a possessive state is the set's owner.
  // "added the names of 51 members to the list": the names stand for the people.
  // "revoked the terrorist designation of five groups": the designation's object is the set.
  `^\\s+(?:(?:on|against|of)\\s+)?(?:the\\s+names\\s+of\\s+|(?:(?:the|its|their)\\s+(?:(?:terror(?:ist)?|FTO|SDGT)\\s+)?|(?:terror(?:ist)?|FTO|SDGT)\\s+)(?:designations?|listings?)\\s+of\\s+)?(?:the\\s+|\\p{Lu}[\\p{L}.-]*['’]s\\s+)?(${COUNTED_SET_PHRASE})(?![\\p{L}])`,
  'iu',
);
// Every counted set holds a numeral or a number word: a literal scan rules out most clauses.
export const SET_NUMBER_WORD_RE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|scores|hundreds|several)\b|\ban?\s+(?:coalition|handful|number|host|slew|raft|string|alliance|network)\s+of\b/i;
export const COUNTED_SUBJECT_RE = new RegExp(
  `(?:^|[,;]\\s*|\\b(?:and|but|said|says|that)\\s+|\\s(?=(?:the\\s+)?names\\s+of\\s))(?:(?:the|The|Only|only|Another|another)\\s+)?(?:names\\s+of\\s+(?:the\\s+)?)?(${COUNTED_SET_PHRASE})(?:,[^;]{0,80}?,|\\s+(?:(?:said|believed|thought|alleged)\\s+to\\s+(?:be|have\\s+been)\\s+|allegedly\\s+)?(?:(?:directly|closely)\\s+)?(?:supported|based|backed|linked|affiliated|tied|funded)\\s+(?:by|in|to|with)\\s+[^,;]{1,40}?|\\s+(?:in|of|within)\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:organi[sz]ation|group|movement|network|leadership)|\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|\\s+(?:who|which|that)\\s+(?:are|is|were|was|lead|led|run|ran|belong(?:s|ed)?|form(?:s|ed)?|hold|held)\\s+[^,;.]{1,60}?)?(?:\\s+(?:that|which|who))?\\s+(?:(?:were|was|are|is)(?:\\s+being)?|(?:have|has|had)\\s+(?:also\\s+|now\\s+|since\\s+|already\\s+)?been|will\\s+be|(?:are|is|were|was)\\s+(?:(?:set|due|now)\\s+)?to\\s+be|(?:should\\s+|must\\s+)?be|remain|remained)\\s+(?:(?:also|now|since|already|officially|formally|all|currently|still)\\s+)?$`,
  'iu',
);
// "Both militias are also listed by …", "These groups stay banned", "all five organizations will
// remain on the list" (the trigger its own verb), "The three were
// sanctioned by OFAC": a set the passage has already named, referred to as the passive subject.
// Its entity is the reference itself (the held-out corpora annotate it so); only after a claim.
// Not "the following groups were banned: …", which names the groups it refers to after it.
export const REFERENCE_SUBJECT_RE = new RegExp(
  `(?:^|[,;]\\s*|\\b(?:and|but|said|says|that)\\s+)((?:[Bb]oth|[Tt]hese|[Tt]hose|[Tt]he|[Aa]ll(?:\\s+(?:of\\s+)?(?:the|these|those))?)\\s+(?!following\\s)(?:(?:same|other|remaining|above-mentioned|aforementioned|${SET_NUMBER})\\s+){0,2}(?:(?:[\\p{L}-]+\\s+){0,2}?${SET_HEAD}|(?<=\\b(?:same|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)(?=[a-z])))\\s*(?:(?:were|was|are|is|(?:have|has|had)\\s+(?:also\\s+|now\\s+|since\\s+|already\\s+)?been|will\\s+be|remain|remained|will|would)\\s+)?(?:(?:also|now|since|already|officially|formally|all|still|each)\\s+)?$`,
  'u',
);
/** Cheap test before REFERENCE_SUBJECT_RE: a determiner that can open a reference. */
export const REFERENCE_GATE_RE = /\b(?:[Bb]oth|[Tt]hese|[Tt]hose|[Tt]he|[Aa]ll)\s/;

// "listed 14 people killed": a count of victims, not of listed people.
const HARMED_AFTER_RE = /^\s+(?:as\s+)?(?:killed|dead|injured|wounded|missing|hurt)\b/i;

// "the list, which now comprises", "on the same list as", "Included on the list are",
// "including four violent extremist groups:".
// "A list of the people named in the order, issued on Monday, named A, B and C".
// "Its revised list contains militant groups like A and B".
// "added to a list of terror groups including the likes of A, B and C": the members named.
const LIST_FRAME = `\\b(?:an?|the|its)\\s+list\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:terror(?:ist)?|proscribed|banned|designated)\\s+(?:groups|organi[sz]ations|entities|outfits)\\s*,?\\s+(?:including|such\\s+as|like)\\s+(?:the\\s+likes\\s+of\\s+)?(?!(?:\\d|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|numerous)\\b)|(?:\\b(?:the|its|that|this|a)|\\p{Lu}[\\p{L}.]*['’]s)\\s+(?:(?:same|new|updated|latest|revised|full)\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|of)\\s+){0,5}?list(?:\\s+of\\s+[^,.;]{0,50}?)?,?\\s+(?:(?:which|that)\\s+(?:now\\s+|still\\s+|also\\s+|already\\s+)?)?(?:(?:also|now|currently|still|already)\\s+)?(?:comprises|includes|contains|names|features|consists\\s+of)(?:\\s*:\\s*|\\s+)(?:(?:[\\p{L}\\d.,-]+\\s+){0,3}?(?:(?:affiliates|branches|wings)\\s+and\\s+)?(?:groups|organi[sz]ations|entities|outfits|factions),?\\s+(?:such\\s+as|like|including)\\s+)?|\\blist\\s+of\\s+(?:those|the\\s+(?:people|individuals|persons|names))\\s[^.;:]{0,100}?\\s(?:included|includes|named|names|comprised|contained)\\s+|\\bon\\s+the\\s+same\\s+list\\s+(?:with|as)\\s+|\\b(?:listed|named|identified)\\s+(?:those|the\\s+(?:individuals|people|persons|entities))\\s+(?:sanctioned|designated|listed|targeted|blacklisted)\\s+as\\s+|\\bincluding\\s+(?:the\\s+)?(?:${SET_NUMBER}\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:groups|organi[sz]ations|entities|affiliates)\\s*:\\s*|\\b[Ii]ncluded\\s+(?:on|in)\\s+(?:the|this|that|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?list\\s+(?:are|were|is|was)\\s+`;
const LIST_FRAME_RE = new RegExp(LIST_FRAME, 'iu');
const STATE_SPONSOR_LIST_RE = /\bState\s+Sponsors?\s+of\s+Terrorism\s+list\b/i;
// A claim on a set ("four foreign groups", "13 individuals and 23 groups") may be followed by its members.
export const SET_ENTITY_RE = new RegExp(`^(?:the\\s+)?${COUNTED_SET_PHRASE}$`, 'iu');
/** How far after a claim a sentence may still name the listing's members. */
const FOLLOW_ON_CHARS = 1500;
// Phrases after which the groups a listing holds are enumerated: "other proscribed
// organisations in the UK such as", "groups designated by the US include", "UK-proscribed
// terrorist organizations like", "the list, which now comprises", "on the same list as".
// "groups proscribed under the Terrorism Act include": the law the listing is made under.
const UNDER_LAW = String.raw`(?:\s+under\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}?(?:Act|Code|Law|Order|Ordinance|Regulations)(?:\s*,?\s*\d{4})?)?`;
const ENUM_FRAME_RE = new RegExp(
  [
    `(?<cls>(?:proscribed|designated|listed|banned|blacklisted|sanctioned)\\s+(?:(?:foreign|terrorist|terror|extremist|militant|jihadist|international|other)\\s+){0,2}(?:groups|organi[sz]ations|entities|outfits|movements))`,
    `(?<cls2>(?:groups|organi[sz]ations|entities|outfits|gangs|cartels)\\s+(?:(?:that|which)\\s+(?:are|were|have\\s+been)\\s+)?(?:proscribed|designated|listed|banned|blacklisted|declared|classified|identified)(?:\\s+as\\s+(?:an?\\s+)?(?:(?:foreign|global|international)\\s+)?(?:terrorist|terror)\\s+(?:groups?|organi[sz]ations?|entities)|\\s+as\\s+(?:FTOs|SDGTs)|(?<=(?:declared|classified|identified))\\s+(?:as\\s+)?(?:terrorist|terror)\\s+(?:groups|organi[sz]ations|entities)|(?<=declared)\\s+(?:banned|proscribed|outlawed|unlawful|illegal))?)`,
  ]
    .map(
      (cls) =>
        `${cls}${UNDER_LAW}(?:\\s+(?:in|by)\\s+(?:the\\s+)?(?:(?<where${cls.includes('cls2') ? '2' : ''}>[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2})|government|authorities))?\\s*,?\\s*(?:such\\s+as|like|including|include|includes|included|are|were|comprise|:)\\s*`,
    )
    .concat([LIST_FRAME])
    .join('|'),
  'giu',
);
const ENUM_WORD_RE =
  /groups|organi[sz]ations|entities|outfits|movements|list\b|including|(?:sanctioned|designated|targeted) as /i;
// A sentence that names the groups of the listing before it: "The groups are …", "The others
// are …", "The militants added to the list include …".
// "Among them are …", "Among those added to the list are …", "Others named on the blacklist
// are …" name them too; so do "Those designated include …", "Those declared as terrorist entities
// include …", "Among those sanctioned were …" and
// "Among the groups banned are …".
// "These groups include notorious entities such as A, B …" too, and "The additions include …".
// "These criminal organizations are A, B …", "The cartels that were designated include A".
// "The five are A, B …", "The five, who held posts under the old regime, are A, B …": a
// number alone refers back to the counted set.
// "… sanctioned four ISIS members. OFAC named the four South African-based ISIS members — A, B, C,
// and D": a count just claimed, then its members after a dash or colon.
const CONTINUED_FRAME_RE =
  /^\s*(?:The|These|Those|All)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:,\s+(?:who|which)\s[^,;]{1,100},)?\s+(?:are|include|comprise)\s*:?\s*(?=(?:the\s+)?\p{Lu})|^\s*(?:They|These|The\s+(?:new\s+|latest\s+)?additions)\s+(?:also\s+)?(?:include|included|comprise|are|were)\s*:?\s*(?=(?:the\s+)?[\p{Lu}\d]|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)|^\s*(?:Those|(?:One|Two|Three|Four|Five|Some|Several|Many)\s+of\s+those|Among\s+(?:those|the\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|outfits|individuals)))\s+(?:(?:newly|also|now)\s+)?(?:designated|sanctioned|listed|blacklisted|proscribed|targeted|added|named|banned|outlawed|declared)(?:\s+(?:on|by)\s+(?:\p{Lu}[\p{L}.]*|today|the\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|\s+in\s+(?:the|this|that)\s+(?:notice|order|gazette|decision|announcement|resolution|statement)|\s+as\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:terrorists?|(?:entities|groups|organi[sz]ations|outfits)))?\s+(?:are|were|is|was|include|included)\s*[:;]?\s*(?=(?:the\s+)?\p{Lu})|^\s*(?:Among\s+(?:them|those|these|the\s+others)|Others)(?:\s+(?:placed|added|named|listed|designated|included)\s+(?:on|to|in)\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:black)?list|\s+(?:named|listed|designated|declared)\s+as\s+[^,.;:]{1,60}?|(?<=Others)\s+(?:named|listed|designated|sanctioned))?\s+(?:are|were|include|included)\s*:?\s*|^\s*(?:The|These|Those|Other|Its)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|new|other|remaining|listed|designated|banned|proscribed|removed|delisted|targeted|sanctioned)\s+)*(?:\p{Lu}\p{Ll}+(?:an|ian|ese|i)\s+)?(?:[\p{Ll}-]+\s+)?(?:groups|organi[sz]ations|entities|others|individuals|persons|outfits|militants|members|people|nations|countries|states|additions|designees|leaders|commanders|figures|cartels|gangs|militias|factions)(?:\s+and\s+(?:companies|firms|entities|groups|organi[sz]ations|individuals))?(?:\s+(?:(?:that|which|who)\s+(?:were|have\s+been|had\s+been|are)\s+|being\s+|to\s+be\s+)?(?:added|named|listed|designated|proscribed|banned|removed|delisted|blacklisted|sanctioned|targeted)\b(?:[^,.;:]|(?<=\b\p{Lu})\.){0,40}(?:,\s+(?:all|both|each|most)\s[^,.;:]{1,30},)?|\s+on\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:black)?list)?\s+(?:are|include|included|were|comprise)\s*[:,]?\s*(?:(?:[\p{Ll}-]+\s+){0,2}(?:entities|groups|organi[sz]ations|outfits)\s+(?:such\s+as|like)\s+)?|^\s*(?:[^,;.]{0,60},\s+)?(?:the|its|their|this|that)\s+(?:designations?|listings?|sanctions|order|move|decision|notice)(?:\s*,[^;.]{1,100}?,)?\s+(?:appl(?:y|ies|ied)\s+to|names?|named|cover(?:s|ed)?|target(?:s|ed)?)\s+|^\s*(?:The|These)\s+(?:blacklisted|designated|listed|sanctioned|banned|proscribed)\s+(?:groups|organi[sz]ations|entities|individuals|militias)\s*(?:[—–]|--)\s*|^[^.;]{0,60}?\bnamed\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[^—–:.;]{0,80}?\s*(?:[—–:]|--)\s*/iu;
// "Also outlawed in X are A, B and C", "Dropped from the terror list were A; B; and C": an
// inverted passive whose subjects, the listed groups, follow it.
const INVERTED_FRAME_RE =
  /^\s*(?:Also\s+)?(?:(?<verb>banned|listed|designated|proscribed|outlawed|added|removed|dropped|delisted)\s+(?:(?:in|by|from|to|on)\s+(?<where>[^,.;:]{1,60}?)\s+)?(?:are|were)|(?<=^\s*Also\s+)(?:on\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:list|code|register|schedule)|included)\s+(?:are|were|was|is))\s*[:,]?\s*(?:the\s+)?/iu;
const BAN_ON_FRAME_RE =
  /\b(?:[Bb]ans|[Dd]esignations|[Ll]istings|[Pp]roscriptions)\s+(?:(?:imposed|placed)\s+)?(?:on|of|against)\s+(?:the\s+)?(?=\p{Lu})/u;
/** A literal test before BAN_ON_FRAME_RE: its plural nouns. */
const banOnFrame = (s: string): boolean =>
  (s.includes('ans ') ||
    s.includes('esignations ') ||
    s.includes('istings ') ||
    s.includes('roscriptions ')) &&
  BAN_ON_FRAME_RE.test(s);
const INCLUDED_SUBJECT_RE =
  /\bincluding\s+(?=[^.;]{1,200}?,\s+(?:are|were|have|has|had)\s+(?:(?:also|now|already|all|since|been|officially)\s+){0,3}(?:banned|designated|listed|proscribed|outlawed|declared|classified)\b)(?:the\s+)?/u;
// "would join organizations like A, B and C on the U.S. terrorist list": the examples are listed;
// so are those of "They join more than 50 other organizations on the list including A and B".
// "joins Islamist groups A and B in being added to the list": the groups may be described.
const JOIN_FRAME_RE =
  /\bjoin(?:s|ed|ing)?\s+(?:the\s+(?:likes|ranks)\s+of\s+)?(?:(?:(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+)?\d+\s+)?(?:other\s+)?(?:groups|organi[sz]ations|entities|outfits)(?:\s+(?:on|in)\s+(?:the|its|that)\s+(?:[\p{L}-]+\s+){0,2}?list)?\s*,?\s+(?:like|such\s+as|including)\s+|(?:other\s+)?\p{Lu}\p{Ll}+\s+(?:groups|organi[sz]ations|entities|outfits)\s+)?(?:the\s+)?(?=\p{Lu}|(?:al|el)-\p{L})/u;
const JOINED_SET_RE =
  /(?:(?:more\s+than|over|some|about|around|nearly)\s+)?\d[\d,]*\s+(?:other\s+)?(?:groups|organi[sz]ations|entities|outfits)/u;
const JOINED_ON_LIST_RE = /\s(?:on|in)\s+(?:the|its|that)\s+(?:[\p{L}-]+\s+){0,2}?list\b/u;
const JOIN_TAIL_RE =
  /^\s*,?\s+(?:in\s+being\s+(?:added|listed|placed)\s+)?(?:on|in|to)\s+(?:the|that|this|its)\s+(?:[\p{L}.'-]+\s+){0,4}?list\b|^\s*,?\s+as\s+(?:the\s+|an?\s+)?(?:only\s+)?(?:(?:other|designated)\s+)?(?:state\s+sponsors?|terrorist)/u;
const ALONGSIDE_FRAME_RE =
  /\b(?:alongside|along\s+with|together\s+with)\s+(?:other\s+)?(?:[\p{L}-]+\s+){0,2}?(?:groups|organi[sz]ations|outfits|movements|entities)\s+(?:such\s+as\s+|including\s+|like\s+)?(?:the\s+)?/gu;
/** "were (placed) in the same category", "joined the list": members put where a listing put its group. */
const SAME_LISTING = String.raw`(?:are|is|were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:(?:placed|put)\s+)?(?:in|on)\s+the\s+same\s+(?:category|list|schedule)`;
const JOINED_LIST = String.raw`join(?:ed|s)\s+the\s+(?:same\s+)?list`;
// "A, B and C are among the organizations (removed)": a list naming the members before the frame.
// "A, B and C are also included in the list" too, and "A and B also figure on the list"; "A was
// among those included".
const TRAILING_FRAME_RE = new RegExp(
  String.raw`^[^.;]{0,300}?\s(?:(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+(?:(?:the|those)\s+|(?=other\s))(?:[\p{L}-]+\s+){0,2}?(?:groups|organi[sz]ations|entities|outfits|individuals|people|persons|names)(?=\s*(?:[.;,:]|$)|\s+(?:on|in)\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,2}?list\b|\s+(?:\p{Ll}+ly\s+)?(?:listed|designated|named|added|banned|proscribed|removed|delisted|blacklisted|sanctioned|included|targeted|affected|covered)\b)|among\s+those\s+(?:included|named|listed|added|designated|blacklisted|sanctioned)\b|(?:included|named)\s+(?:in|on)\s+(?:the|this|that)\s+list\b|on\s+(?:the|this|that)\s+list\b)|(?:also\s+)?(?:figures?|appears?|features?)\s+(?:in|on)\s+(?:the|this|that)\s+list\b|${SAME_LISTING}\b|(?:also\s+)?${JOINED_LIST}\b)`,
  'u',
);
// "Ottawa has also listed the following groups:", "It recently listed other groups:".
// "identified the following transnational organized crime groups as terrorist organizations and
// belligerent non-state actors:": "the following" announces the list from further off.
const COLON_FRAME_RE =
  /\b(?:(?:listed|designat(?:ed|ing|ions?)|proscribed|banned|blacklisted|added|placed|named|removed|delisted|revoked|sanctioned|identified|declared|classified)\b(?![^.;:]{0,80}?alias)(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?|(?:listed|designated|designating|proscribed|banned|blacklisted|added|named|identified|declared|classified|labell?ed|recogni[sz]ed)\s+the\s+following\b[^.;:]{0,160}?|\b(?:Declaration|Designation|Notification)\s+of\s+(?:an?\s+)?(?:Individuals?|Persons?|Organi[sz]ations?|Associations?)\s+as\s+[^.;:]{1,40}?):["”’']?\s*/u;
// Between two members: a comma, semicolon or "and", and a few describing words ("the neo-Nazi",
// "Italy's", "two Greek groups,").
const MEMBER_GAP_RE =
  // "A, the group's chief of operations; B, its financier; and C".
  // "A and all its manifestations and front organisations; B": India's schedule of terrorist organisations.
  // "the Viv Ansanm coalition and the Gran Grief gang": a generic head may close a member.
  /^\s+and\s+all\s+(?:its|their)\s+(?:formations|manifestations)(?:\s+and\s+front\s+organi[sz]ations)?\s*[;,]\s*(?:and\s+)?(?:the\s+)?$|^\s*,\s*(?:the|its|their|an?|former)\s+[^,;]{1,60};\s*(?:and\s+)?(?:[\p{Ll}-]+\s+){0,2}$|^(?:\s+(?:group|movement|organi[sz]ation|militia|network|coalition|gang|cartel|alliance|faction|outfit))?\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}(?:groups|organi[sz]ations|entities|affiliates|cartels):\s*)?(?:(?:the|an?)\s+)?(?:(?!(?:which|who|that|is|are|was|were|based|located|operating|active)\b)(?:\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}.-]*(?:['’]s?)?|two|three|four|five),?\s+){0,4}?$/u;
/** An enumeration's item mark right before a name: "(1) ", "(b) ", "(iv) ", "2. ", "(3) the ". */
const ITEM_NUMBER_RE = /\s*(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?<![\d,.])\d{1,2}[.)])\s*(?:the\s+)?$/;
const FIRST_GAP_RE =
  /^\s*(?:(?:the|an?|The|An?)\s+)?(?:(?:\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}.-]*(?:['’]s?)?),?\s+){0,4}?$(?<!(?<![\p{L}-])(?:from|in|of|across|inside|throughout|based|located|near)\s+(?:the\s+)?)/u;
const OWNER_ROLE_GAP_RE =
  /^['’]s?\s+(?:\S+\s+){0,3}?(?:president|leader|guide|chief|founder|head|commander|spokes(?:man|woman|person)|deputy|minister|financier|emir|ideologue|cleric|preacher)\s+$/u;
// "party founder X", "the separatist militant group X": the name before describes the member.
const ROLE_GAP_RE =
  /^\s+(?:(?:co-?)?(?:founder|chief|leader|head|commander|spokesman|spokeswoman|spokesperson|deputy|ideologue|financier|emir|operative|official|facilitator|fundraiser|member|envoy|representative)|(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|movement|cult|militia|network|outfit))\s+$/u;
// "Somalia-based Al Shabaab", "German-based Antifa Ost": the place is no part of the name.
const PLACE_PREFIX_RE = /^\S+-(?:based|born|linked|backed|aligned)\s+/;

/** Whether "A and B (ACR)" is one name: the acronym spells the capitals of both. */
function spansAnd(a: string, b: string): boolean {
  const acronym = /\(([A-Z]{3,8})\)$/.exec(b);
  if (!acronym) return false;
  const caps = (t: string): string => (t.replace(/\(.*$/, '').match(/\b\p{Lu}/gu) ?? []).join('');
  return caps(a) + caps(b) === acronym[1];
}

// "A, which is based in Syria, and B", "A, a Jewish extremist group linked to X; B": a closed
// aside describing the member before it.
// ("A, the group's deputy supreme guide who fled in 2013, and B": the member's role in its group,
// with a clause of its own; "…, the group's supreme guide C" names a member.)
const ASIDE_AFTER_MEMBER_RE =
  /^\s*,\s*(?:which|who|an?\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|cult|network|outfit|faction|militia)|the\s+(?:group|movement|organi[sz]ation|party|network)['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:who|which|that))\b[^,;.]*(?=,|;)/u;

/**
 * "A, the Bisan Center for Research and Development, B and C": a list joins only its last member
 * with "and", so an "and" followed by more comma-separated members (or by the list's own "and")
 * is inside a name.
 */
export function namesJoinedByInnerAnd(s: string, inside: NameSpan[], to: number): NameSpan[] {
  if (inside.length < 3) return inside;
  const out: NameSpan[] = [];
  for (const n of inside) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      /^\s+and\s+$/.test(s.slice(prev.end, n.start)) &&
      ((/^\s*,\s*(?:the\s+)?\p{Lu}/u.test(s.slice(n.end, n.end + 12)) &&
        /,?\s+and\s+(?:the\s+)?\p{Lu}/u.test(s.slice(n.end, to))) ||
        // "…, the C Center for Research and Development and the D Union": the list's own "and"
        // right after, in a list that has commas before.
        (/^\s+and\s+(?:the\s+)?\p{Lu}/u.test(s.slice(n.end, n.end + 12)) &&
          s.slice(inside[0].start, prev.start).includes(',')))
    ) {
      out[out.length - 1] = { start: prev.start, end: n.end, text: s.slice(prev.start, n.end) };
      continue;
    }
    out.push(n);
  }
  return out;
}

/** After a name in "…, a Boko Haram splinter group": the apposition's own head noun. */
const APPOSITION_HEAD_AFTER_RE =
  /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:splinter\s+group|offshoot|affiliate|faction|branch|wing|proxy|ally|group|movement|organi[sz]ation|militia|network|outfit)\b/u;

/** The names enumerated from `from` on, up to the first gap that no list would leave. */
function enumeratedNames(s: string, from: number, names: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  let at = from;
  const inside = namesJoinedByInnerAnd(
    s,
    names.filter((n) => n.start >= from),
    s.length,
  );
  for (let i = 0; i < inside.length; i++) {
    const n = inside[i];
    // "A, which is based in Syria, and B": a closed aside describes A; the list goes on after it.
    const aside = out.length > 0 ? ASIDE_AFTER_MEMBER_RE.exec(s.slice(at, at + 160)) : null;
    if (aside) at += aside[0].length;
    if (n.start < at) continue;
    let gap = s.slice(at, n.start);
    const prev = out[out.length - 1];
    // "Mafia 18, Latin Kings": a number closing a member's name is part of it.
    const numbered = prev && prev.end === at ? /^\s\d{1,3}(?=\s*,|\s+and\s)/.exec(gap) : null;
    if (numbered) {
      at += numbered[0].length;
      out[out.length - 1] = { start: prev.start, end: at, text: s.slice(prev.start, at) };
      gap = s.slice(at, n.start);
    }
    // "the Lakes and Hills Liberation Front (LHLF)": one name across an "and", as its acronym spells.
    if (prev && prev.end === at && /^\s+and\s+$/.test(gap) && spansAnd(prev.text, n.text)) {
      out[out.length - 1] = { start: prev.start, end: n.end, text: s.slice(prev.start, n.end) };
      at = n.end;
      continue;
    }
    // "Defense for Children International – Palestine": a one-word branch after a dash is part
    // of the name.
    if (prev && prev.end === at && /^\s[–—]\s$/.test(gap) && !/\s/.test(n.text)) {
      out[out.length - 1] = { start: prev.start, end: n.end, text: s.slice(prev.start, n.end) };
      at = n.end;
      continue;
    }
    // "Juan Dela Rosa alias Abu Omar": one member under two names.
    if (prev && prev.end === at && /^\s*,?\s+(?:alias|aka|a\.k\.a\.)\s+$/.test(gap)) {
      out[out.length - 1] = { start: prev.start, end: n.end, text: s.slice(prev.start, n.end) };
      at = n.end;
      continue;
    }
    // "party founder Juan Dela Rosa": a role noun hands the member on to the person.
    if (out.length > 0 && out[out.length - 1].end === at && ROLE_GAP_RE.test(gap)) {
      out[out.length - 1] = n;
      at = n.end;
      continue;
    }
    // An owner handing on to the next name: "Iran's Revolutionary Guard".
    if (inside[i + 1] && /^'s?\s+$/.test(s.slice(n.end, inside[i + 1].start))) continue;
    // "Egypt's former Islamist president Mohamed Morsi": an owner and a role before the member.
    if (inside[i + 1] && OWNER_ROLE_GAP_RE.test(s.slice(n.end, inside[i + 1].start))) continue;
    // "A or B": another name of the member before ("Lashkar-e-Taiba or Pasban-e-Ahle Hadis").
    if (out.length > 0 && /^\s*,?\s+or\s+(?:the\s+)?$/i.test(gap)) {
      at = n.end;
      continue;
    }
    // A place after a member: "the Kurdistan Workers Party in Turkey and …".
    if (out.length > 0 && /^\s*,?\s+(?:in|of|from)\s+(?:the\s+)?$/.test(gap)) {
      at = n.end;
      continue;
    }
    // "A, a Boko Haram splinter group, and B": a name inside an apposition describes the member
    // before it.
    const described =
      out.length > 0 && /^\s*,\s+an?\s+$/.test(gap)
        ? APPOSITION_HEAD_AFTER_RE.exec(s.slice(n.end, n.end + 40))
        : null;
    if (described) {
      at = n.end + described[0].length;
      continue;
    }
    // "(1) A; (2) B; and (3) C", "1. A 2. B": an item's number stands before its name.
    const unnumbered = gap.replace(ITEM_NUMBER_RE, ' ');
    if (!(out.length === 0 ? FIRST_GAP_RE : MEMBER_GAP_RE).test(unnumbered)) break;
    // "…, led by radical Chechen Shamil Basayev": the people who lead a member are no members.
    if (out.length > 0 && /\b(?:led|headed|founded|run|commanded)\s+by\b/.test(gap)) break;
    const bare = PLACE_PREFIX_RE.exec(n.text);
    const member = bare
      ? { start: n.start + bare[0].length, end: n.end, text: n.text.slice(bare[0].length) }
      : n;
    // "Zanga S.A.S., B": the suffix's last point, which a name stops before (it may end a sentence).
    const dotted = /\p{Lu}\.\p{Lu}$/u.test(member.text) && s.startsWith('.,', member.end);
    out.push(dotted ? { ...member, end: member.end + 1, text: `${member.text}.` } : member);
    at = out[out.length - 1].end;
  }
  // "… and other terrorist groups": the list may close with an unnamed rest, never with a verb.
  // "The list includes Qataris, Jordanians and Egyptians": nationalities, not members.
  return out.filter(
    (n) => (!opensWithAuthority(n.text) || !isListingAuthority(n.text)) && !isNationalityPlural(n.text),
  );
}

// "(a terrorist organization banned in Russia)", "(outlawed in Russia)", "(recognized as
// terrorist and banned in the Russian Federation)": state media's aside after a group's name.
const MILITANT_CONTEXT_RE =
  /\b(?:militants?|militia|insurgents?|jihadis[tm]s?|rebels?|fighters|armed\s+group|movement|paramilitary|battalion|regiment|brigade|legion|corps)\b/i;
const ASIDE_RE =
  /\(([^()]{0,80}?)\b(banned|outlawed|prohibited|proscribed|designated(?:\s+as\s+(?:an?\s+)?terrorist)?|recogni[sz]ed\s+as\s+(?:an?\s+)?terrorist(?:\s+(?:organi[sz]ation|group))?(?:\s+and\s+(?:banned|outlawed))?)\s+in\s+((?:the\s+)?[\p{L}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})\s*\)/gu;

/**
 * Claims made by an aside in parentheses after a name: the name before the parenthesis is
 * the entity, the place the aside names the designator. Only about terror: the aside or the
 * words before it say so, or the group is one many states list ("extremist" bans are out).
 */
export function asideClaims(s: string, names: () => NameSpan[]): Found[] {
  const out: Found[] = [];
  ASIDE_RE.lastIndex = 0;
  for (let m = ASIDE_RE.exec(s); m; m = ASIDE_RE.exec(s)) {
    // "(banned in russia)": the state's name as written, lower case and all.
    const designators = authorityNames(m[3].replace(/^(?:the\s+)?\p{Ll}/u, (c) => c.toUpperCase()));
    if (designators.length === 0) continue;
    const open = m.index;
    const close = m.index + m[0].length;
    // The name may hold the parenthesis itself, or end a few describing words before it
    // ("the Islamic State terrorist group (banned in Russia)").
    const holder = names().find((n) => n.end === close && n.start < open);
    const before = holder
      ? { start: holder.start, end: holder.start + s.slice(holder.start, open).trimEnd().length }
      : names()
          .filter((n) => n.end <= open && /^["'”’]?(?:\s+[\p{Ll}-]+){0,3}\s*$/u.test(s.slice(n.end, open)))
          .pop();
    if (!before) continue;
    const entity = { start: before.start, end: before.end, text: s.slice(before.start, before.end) };
    // State media's "(banned in Russia)" after militants names a terror ban too ("militants of
    // the Taliban movement (prohibited in Russia)"); an extremist ban, or a ban of an app, does not.
    const militant =
      !/extremis/i.test(m[1]) && MILITANT_CONTEXT_RE.test(s.slice(Math.max(0, entity.start - 60), close));
    if (!CUE_RE.test(s.slice(entity.start, close)) && !isWidelyListed(entity.text) && !militant) continue;
    out.push({
      entity,
      start: entity.start,
      end: close,
      label: m[2],
      status: 'designated',
      designators,
      aside: true,
    });
  }
  return out;
}

/** Whether a claim on a set ended close enough before `passageOffset` for its members to follow. */
export function nearSetClaim(passageOffset: number, state: PassageState): boolean {
  return state.claimEnd !== undefined && passageOffset - state.claimEnd <= FOLLOW_ON_CHARS;
}

/**
 * Whether a sentence right after a claim names the listing's members without a cue of its own:
 * "The groups are A, B and C", "Canada has also listed:"; or joins the last claim's list.
 */
/** A group's people after its name: "ISIL leaders", "Hamas officials". */
const GROUP_PEOPLE_AFTER_RE =
  /^\s+(?:leaders|commanders|members|officials|fighters|financiers|operatives|militants|supporters|figures)\b/;
/** After a listing: ", followed by A, B and C". */
const FOLLOWED_BY_RE = /^[^.;]{0,80}?,\s+followed\s+by\s+(?:the\s+)?(?=\p{Lu})/u;
const DATE_AFTER_RE = /^\s+(?:from|since|in|on)\s+[\p{Lu}\d]/u;
// Between two gapped members: the first one's date ("from August 2009"), then ", " or "and".
const GAPPED_MEMBER_GAP_RE =
  /^(?:\s+(?:from|since|in|on)\s+(?:[\p{Lu}\d][\p{L}\d]*\s?){1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;
/** Members put where the listing before put its group. */
const SAME_LISTING_RE = new RegExp(String.raw`\b(?:${SAME_LISTING}|${JOINED_LIST})\b`);
/** A sentence opening on the rest of a listing's members: "The other cartels", "The remaining two groups", "The others". */
const OTHERS_OF_LISTING_RE = /^\s*(?:The|Its)\s+(?:other|remaining)\b/;

export function followsClaim(s: string, passageOffset: number, state: PassageState): boolean {
  // "The IRGC joins a list that includes A, B and C": the list of the passage's last claim;
  // "They join more than 50 other organizations on the list including A and B".
  if (
    state.claim !== undefined &&
    s.includes('join') &&
    (LIST_FRAME_RE.test(s) || (JOINED_ON_LIST_RE.test(s) && JOIN_FRAME_RE.test(s)))
  )
    return true;
  // "Bangladesh banned X as a terrorist outfit. Among the others include A, B and C": the
  // same listing's earlier members, right after a claim on a named group.
  if (
    state.lastClaimEnd !== undefined &&
    passageOffset - state.lastClaimEnd <= FOLLOW_ON_CHARS &&
    (/^\s*(?:Among\s+the\s+others|Others)\s+(?:also\s+)?(?:(?:named|listed|designated|sanctioned)\s+(?:are|were)|include|included)\b/.test(
      s,
    ) ||
      // "Others designated as individual terrorists under UAPA are A, B and C".
      /^\s*Others\s+(?:named|listed|designated|declared)\s+as\s[^,.;:]{1,60}?\s(?:are|were|include|included)\b/.test(
        s,
      ) ||
      // "… designated Tren de Aragua. The other cartels being designated are A, B and C."
      (OTHERS_OF_LISTING_RE.test(s) && CONTINUED_FRAME_RE.test(s)) ||
      // "A, B and C were placed in the same category", "X joined the list on April 7".
      SAME_LISTING_RE.test(s))
  )
    return true;
  return (
    nearSetClaim(passageOffset, state) &&
    (CONTINUED_FRAME_RE.test(s) ||
      INVERTED_FRAME_RE.test(s) ||
      banOnFrame(s) ||
      (s.includes('including') && INCLUDED_SUBJECT_RE.test(s)) ||
      TRAILING_FRAME_RE.test(s) ||
      (s.includes(':') && COLON_FRAME_RE.test(s)) ||
      ((s.includes('list') || s.includes('including')) && LIST_FRAME_RE.test(s)) ||
      NAMED_MEMBERS_RE.test(s))
  );
}

/**
 * The members on a bulleted line after a listing that ended with a colon ("- Hizbul
 * Mujahideen", "- five Daesh affiliates: A, B and C"); null when the line is no bullet, which
 * ends the list.
 */
export function bulletClaims(s: string, names: () => NameSpan[], state: PassageState): Found[] | null {
  // A line holding a name alone ("Terrorgram Collective") is a list item without its mark.
  const bullet = /^\s*[-•*–—]\s*/.exec(s) ?? (NAME_LINE_RE.test(s) ? /^\s*/.exec(s) : null);
  const base = state.bullets;
  if (!base || !bullet) {
    state.bullets = undefined;
    return null;
  }
  // "- five Daesh affiliates: A, B and C": the members follow the line's own colon.
  const colon = /^[^:]{0,60}:\s*/.exec(s.slice(bullet[0].length));
  const from = bullet[0].length + (colon ? colon[0].length : 0);
  return bulletMembers(s, from, names).map((entity) => ({
    entity,
    start: entity.start,
    end: entity.end,
    ...base,
  }));
}

const NAME_WORD = `(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*|of|and|al|el|ul|e|i|de|la|del|wal|bin|ibn|the|for|in)`;
// A line that is a name and nothing else: capitalised words and a name's particles, maybe an
// acronym or a place in parentheses ("Antifa Ost (Germany)"); not "The listings took effect",
// nor a title-case headline with a verb or a day in it.
const NAME_LINE_RE = new RegExp(
  `^(?![^\\n]*\\b(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Said|Says|Took|Takes|Made|Makes|Came|Comes|Get|Gets|Got|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\s*(?:The\\s+)?(?!(?:The|This|These|They|It|Its|In|On|At|For|And|But)\\b)[\\p{Lu}\\d][\\p{L}\\d'’.-]*(?:\\s+${NAME_WORD}){0,7}(?:\\s*\\([^()]{1,60}\\))?\\s*[.;,]?\\s*$`,
  'u',
);

// A bulleted line that is one short name, aliases and all ("- Islamic State in Iraq and Syria",
// "- New People's Army / Bagong Hukbong Bayan", "- other affiliated groups"): no comma, no verb.
const WHOLE_LINE_MEMBER_RE =
  /^(?:[Tt]he\s+)?((?=[\p{Lu}\p{N}]|other\s|all\s)(?![^,;]*\b(?:is|are|was|were|has|have|had|will)\b)[^,;:.]{2,90}?)(?=[\s;,.]*$)/u;

function bulletMembers(s: string, from: number, names: () => NameSpan[]): NameSpan[] {
  const line = s.slice(from);
  const whole = line.split(/\s+/).length <= 10 ? WHOLE_LINE_MEMBER_RE.exec(line) : null;
  if (whole) {
    const start = from + whole[0].length - whole[1].length;
    // "Antifa Ost (Germany)": the state in parentheses is where the group is, no part of its name.
    const place = /\s*\(([^()]+)\)$/.exec(whole[1]);
    const text = place && isStateOnly(place[1].trim()) ? whole[1].slice(0, place.index) : whole[1];
    return [{ start, end: start + text.length, text }];
  }
  return enumeratedNames(s, from, names());
}

/**
 * Named members of an enumerated list of designated groups (docs/CLAIMS.md: each is its own
 * claim): after a listed class ("proscribed organisations in the UK such as A and B"), in a
 * list's relative clause ("the list, which now comprises A, B and C"), in a sentence that names
 * the groups of the listing before it ("The groups are A, B and C"), after a listing that ends
 * with a colon, and on bulleted lines after one.
 */
const SET_NOUN_OPENS_RE =
  /^\s*(?:The|These|Those)\s+(?:(?:other|remaining|listed|designated|banned|proscribed|new)\s+){0,2}(?:groups|organi[sz]ations|entities|individuals|persons|people|outfits)\b/;

/** A sentence whose list holds states: the state sponsors of terrorism, "the remaining three countries". */
const STATES_LISTED_RE = /state\s+sponsors?|\b(?:countries|nations|states)\b|\blist\b/i;

/** A listed member without the state it operates in ("Tren de Aragua in Venezuela"). */
function withoutPlace(entity: NameSpan): NameSpan {
  const place = /\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})$/u.exec(entity.text);
  if (!place || authoritiesIn(place[1]).length === 0 || place.index === 0) return entity;
  const text = entity.text.slice(0, place.index);
  return { ...entity, text, end: entity.start + text.length };
}

/**
 * A counted part of the listing before its names: "four ideologically motivated violent groups
 * which are", "the three Al Qaida affiliates", "the five Daesh affiliates".
 */
const SUBSET_DESCRIPTOR_RE =
  /^,?\s*(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:groups|organi[sz]ations|entities|affiliates|outfits|individuals|persons|people|cartels|militias|NGOs|charities|companies|firms)(?:\s*,?\s*(?:which|who)\s+(?:are|were)\b|\s*:|\s*,|\s+namely\b)?\s*(?:the\s+)?/u;

function subsetDescriptorLength(s: string, from: number): number {
  return SUBSET_DESCRIPTOR_RE.exec(s.slice(from))?.[0].length ?? 0;
}

export function enumeratedClaims(
  s: string,
  names: () => NameSpan[],
  found: Found[],
  continues: boolean,
  state: PassageState,
  passageAuthority: () => string[],
): Found[] {
  const out: Found[] = [];
  // "X was first listed as a terrorist organisation in Australia from August 2009, Y from
  // December 2005, Z from May 2004 and W and V from November 2003": the verb is left out
  // of the later members, each with a date of its own.
  const gappedFrom = found.filter((f) => !f.aside).pop();
  if (gappedFrom && DATE_AFTER_RE.test(s.slice(gappedFrom.end, gappedFrom.end + 10))) {
    let at = gappedFrom.end;
    const run: NameSpan[] = [];
    let dated = 0;
    for (const n of names()) {
      if (n.start < at) continue;
      if (!GAPPED_MEMBER_GAP_RE.test(s.slice(at, n.start))) break;
      run.push(n);
      // "…, Interior Minister X said": only members with a date of their own (or listed with
      // one that has it: "W and V from November 2003") are gapped members.
      if (DATE_AFTER_RE.test(s.slice(n.end, n.end + 10))) dated = run.length;
      at = n.end;
    }
    for (const n of run.slice(0, dated))
      out.push({
        entity: n,
        start: n.start,
        end: n.end,
        designators: gappedFrom.designators,
        status: gappedFrom.status,
        label: gappedFrom.label,
      });
  }
  // A claim earlier in the passage counts only when `continues` says the sentence follows it.
  const prior = found.filter((f) => !f.aside).pop() ?? (continues ? state.claim : undefined);
  // Every frame holds a class noun, "list", "including" or a colon, or opens the sentence.
  const framed = ENUM_WORD_RE.test(s);
  const inverted = INVERTED_FRAME_RE.exec(s);
  if (
    !framed &&
    !s.includes(':') &&
    !s.includes('join') &&
    !inverted &&
    !(
      prior &&
      (CONTINUED_FRAME_RE.test(s) || banOnFrame(s) || TRAILING_FRAME_RE.test(s) || NAMED_MEMBERS_RE.test(s))
    )
  )
    return out;
  const push = (
    frameStart: number,
    listFrom: number,
    base: Pick<Found, 'designators' | 'status' | 'label' | 'aside'>,
  ): void => {
    // "Antifa Ost in Germany, the International Revolutionary Front in Italy": where, not who.
    // A state among the members is where a member is, not one ("six Mexico crime organizations").
    const statesListed = STATES_LISTED_RE.test(s);
    // "The eight additions to the UN sanctions blacklist include ISIL leaders in Southeast Asia":
    // a group's people are listed, not the group.
    const members = enumeratedNames(s, listFrom, names())
      .map(withoutPlace)
      .filter(
        (n) =>
          (statesListed || !isStateOnly(n.text)) &&
          !isRegion(n.text) &&
          !GROUP_PEOPLE_AFTER_RE.test(s.slice(n.end, n.end + 30)),
      );
    members.forEach((entity, i) => {
      const start = i === 0 && entity.start - frameStart <= 120 ? frameStart : entity.start;
      out.push({ entity, start, end: entity.end, ...base });
    });
    if (members.length > 0 && !base.aside) state.v = members[members.length - 1];
  };
  const authorities = (text: string | undefined): string[] => (text ? authorityNames(text) : []);
  const designatorsFor = (own: string[]): string[] =>
    own.length > 0 ? own : prior && prior.designators.length > 0 ? prior.designators : passageAuthority();

  if (!cuedSentence(s) && !continues && found.length === 0) return out;

  ENUM_FRAME_RE.lastIndex = 0;
  for (let m = framed ? ENUM_FRAME_RE.exec(s) : null; m; m = ENUM_FRAME_RE.exec(s)) {
    const g = m.groups ?? {};
    // "UK-proscribed terrorist organizations like …": the prefix names who lists them.
    const pre = g.cls ? /([\p{L}.]+)-$/u.exec(s.slice(Math.max(0, m.index - 24), m.index)) : null;
    const cls = g.cls ?? g.cls2;
    const own = [...authorities(pre?.[1]), ...authorities(g.where ?? g.where2)];
    // "the State Sponsor of Terrorism list, which also includes …": the list is the US's.
    if (!cls && own.length === 0) own.push(...(STATE_SPONSOR_LIST_RE.test(m[0]) ? ['United States'] : []));
    // "banned opposition groups such as …": outside a terror context a ban is no listing.
    if (cls && !CUE_RE.test(s) && !/proscri|designat/i.test(cls)) continue;
    push(m.index - (pre ? pre[0].length : 0), m.index + m[0].length, {
      designators: designatorsFor(own),
      status: 'designated',
      // "groups designated as foreign terrorist organizations": the label is what they are designated as.
      // "groups proscribed under the Terrorism Act": what is done to them.
      label: cls
        ? (/\bas\s+(?:an?\s+)?(.+)$/i.exec(cls)?.[1] ??
          (g.cls2 ? /\S+$/.exec(cls)![0] : cls.replace(/^other\s+/i, '')))
        : (prior?.label ?? 'designated'),
    });
  }
  if (prior) {
    const frame = CONTINUED_FRAME_RE.exec(s);
    // "They include A, B and C", "These are A, B and C" name the members of a set just listed,
    // nothing else.
    const cont =
      frame &&
      /^\s*(?:They|These)\s+(?:also\s+)?(?:inc|are\b|were\b)/.test(frame[0]) &&
      !(prior.entity && SET_ENTITY_RE.test(prior.entity.text))
        ? null
        : frame;
    // "Israel will consider six groups as terrorist … (a claim on the US's listing of another
    // group) … The groups named are A, B": a set's noun names the set's members.
    const set =
      cont && state.setClaim && found.length === 0 && SET_NOUN_OPENS_RE.test(cont[0])
        ? state.setClaim
        : prior;
    if (cont) {
      const base = {
        status: set.status,
        label: set.label,
        designators: set.designators.length > 0 ? set.designators : designatorsFor([]),
      };
      // "The groups are:" ending the sentence: the lines after it hold the members.
      if (/:\s*$/.test(s)) state.bullets = base;
      else push(0, cont[0].length + subsetDescriptorLength(s, cont[0].length), base);
    }
    // "A, B and C are among the organizations": the members come first.
    else if (TRAILING_FRAME_RE.test(s))
      push(0, 0, { status: prior.status, label: prior.label, designators: designatorsFor([]) });
  }
  if (inverted && (prior || cuedSentence(s))) {
    const where = inverted.groups?.where;
    // "Also on the list was A", "Also included are B": more members of the same listing.
    const verb = inverted.groups!.verb ?? 'listed';
    const delisted = /^(?:removed|dropped|delisted)$/i.test(verb);
    push(0, inverted[0].length + subsetDescriptorLength(s, inverted[0].length), {
      status: delisted ? 'delisted' : 'designated',
      label: (where && LABEL_RE.exec(` the ${where}`)?.groups?.label) ?? prior?.label ?? verb,
      designators: designatorsFor(authorities(where)),
    });
  }
  // "The US has designated eight cartels as FTOs. … Rubio named A; B; C; …": after a claim on a
  // counted set, a sentence that names as many members as the set counts names its members.
  const priorSet = prior?.entity && SET_ENTITY_RE.test(prior.entity.text) ? prior.entity.text : null;
  const namedSet = priorSet && out.length === 0 && found.length === 0 ? NAMED_MEMBERS_RE.exec(s) : null;
  if (namedSet && prior && priorSet) {
    const count =
      priorSet
        .split(/\s+/)
        .map(parseNumber)
        .find((n) => n !== null) ?? null;
    const listFrom = namedSet.index + namedSet[0].length;
    const members = enumeratedNames(s, listFrom, names());
    if (count !== null && count >= 2 && members.length >= count)
      push(namedSet.index, listFrom, {
        status: prior.status,
        label: prior.label,
        designators: designatorsFor([]),
      });
  }
  // "Al Qaeda was put on the list of banned entities on March 17, 2003, followed by A (formerly
  // SSP), B and C on Nov 15, 2003": later members of the sentence's own listing.
  const lastHere = found.filter((f) => !f.aside).pop();
  const followedBy =
    lastHere && s.includes('followed by') ? FOLLOWED_BY_RE.exec(s.slice(lastHere.end)) : null;
  if (followedBy && lastHere) {
    const at = lastHere.end + followedBy.index;
    push(at + followedBy[0].indexOf('followed'), at + followedBy[0].length, {
      status: lastHere.status,
      label: lastHere.label,
      designators: lastHere.designators,
    });
  }
  // "… on four groups. Bans placed on A, B and C have since been revoked": the
  // members of a listed set, named with the listing's noun.
  const banOn = prior && !inverted && banOnFrame(s) ? BAN_ON_FRAME_RE.exec(s) : null;
  if (banOn && prior)
    push(banOn.index, banOn.index + banOn[0].length, {
      status: /\b(?:repealed|revoked|rescinded|lifted|withdrawn)\b/.test(s) ? 'delisted' : prior.status,
      label: prior.label,
      designators: designatorsFor([]),
    });
  // "Several rebel outfits, including A and B, have been outlawed as well": examples of a
  // class that the sentence says is listed, after a listing of a set.
  const included = prior && s.includes('including') ? INCLUDED_SUBJECT_RE.exec(s) : null;
  if (included && prior)
    push(included.index, included.index + included[0].length, {
      status: 'designated',
      label: prior.label,
      designators: designatorsFor([]),
    });
  // "Cuba will join A, B and C on that list": the members it joins there.
  // A cued sentence joins the passage's last claim as well.
  const join = s.includes('join') ? JOIN_FRAME_RE.exec(s) : null;
  const joined = join ? (prior ?? (cuedSentence(s) ? state.claim : undefined)) : undefined;
  if (join) {
    const listFrom = join.index + join[0].length;
    const members = enumeratedNames(s, listFrom, names());
    const last = members[members.length - 1];
    const afterLast = last ? s.slice(last.end, last.end + 80) : '';
    const tail = last ? JOIN_TAIL_RE.exec(afterLast) : null;
    // "would join A, B and C on the U.S. terrorist list": with no listing before, a tail naming
    // a terror list and its keeper says who lists the members.
    const tailAuthorities = tail && !joined && /terror/i.test(afterLast) ? authorities(tail[0]) : [];
    const listedBy =
      joined ??
      (tail && tailAuthorities.length > 0
        ? {
            label: tail[0].replace(/^\s*,?\s+(?:on|in|as)\s+(?:(?:the|that|this|its)\s+)?/, ''),
            designators: tailAuthorities,
          }
        : undefined);
    // "join more than 50 other organizations on the list including A and B": the frame names the list.
    if ((tail || (joined && JOINED_ON_LIST_RE.test(join[0]))) && listedBy) {
      const base = {
        status: 'designated' as const,
        label: listedBy.label,
        designators: listedBy.designators.length > 0 ? listedBy.designators : passageAuthority(),
        // Examples named in passing: a list after them continues no listing of theirs.
        aside: !joined,
      };
      // The state that joins them is listed too: "North Korea joins …".
      const subject = names()
        .filter(
          (n) =>
            n.end <= join.index &&
            /^\s+(?:(?:will|would|now|thus|also)\s+)*$/.test(s.slice(n.end, join.index)),
        )
        .pop();
      if (subject)
        out.push({
          entity: subject,
          start: subject.start,
          end: join.index + join[0].trimEnd().length,
          ...base,
        });
      // "join more than 50 other organizations on the list": the set they join is listed too.
      const set = JOINED_SET_RE.exec(join[0]);
      if (set && joined) {
        const at = join.index + set.index;
        const entity = { start: at, end: at + set[0].length, text: set[0] };
        out.push({ entity, start: at, end: entity.end, ...base });
      }
      push(listFrom, listFrom, base);
    }
  }
  // "…, marking it as a terrorist organisation alongside neo-Nazi groups A and B": groups
  // listed alongside a claim the sentence has already made share it.
  if (lastHere) {
    ALONGSIDE_FRAME_RE.lastIndex = lastHere.end;
    const along = ALONGSIDE_FRAME_RE.exec(s);
    if (along)
      push(along.index, along.index + along[0].length, {
        status: lastHere.status,
        label: lastHere.label,
        designators: lastHere.designators,
      });
  }
  const colon = s.includes(':') ? COLON_FRAME_RE.exec(s) : null;
  if (colon && (cuedSentence(s) || continues)) {
    const listFrom = colon.index + colon[0].length;
    const base = {
      designators: designatorsFor(authoritiesIn(s.slice(0, colon.index)).map((a) => a.name)),
      // "lifted the designation it had placed on three men: A, B": the sentence's own claim says.
      // "announcing the revocation of five FTO designations under the INA: A, B" too.
      status:
        /remov|delist|revo[kc]|rescin/i.test(
          s.slice(Math.max(0, colon.index - 80), colon.index + colon[0].length),
        ) || found.at(-1)?.status === 'delisted'
          ? ('delisted' as const)
          : ('designated' as const),
      label:
        LABEL_RE.exec(s.slice(colon.index, listFrom))?.groups?.label ??
        // "Declaration of Individual as ‘Terrorist’:": what the header declares them.
        /^(?:Declaration|Designation|Notification)\s.*?\sas\s+["“‘']?([^"”’':]+)/
          .exec(colon[0])?.[1]
          .trim() ??
        prior?.label ??
        'designated',
    };
    if (/^\s*$/.test(s.slice(listFrom))) state.bullets = base;
    else push(colon.index, listFrom, base);
  }
  // "outlawed seven terrorist organizations and one extremist group – A, B, …": after a
  // claim on a counted set, a dash that no second dash closes opens its members.
  const lastSet = found.filter((f) => !f.aside && SET_ENTITY_RE.test(f.entity.text)).pop();
  const dash =
    lastSet && (s.includes('–') || s.includes('—'))
      ? DASH_MEMBERS_AFTER_RE.exec(s.slice(lastSet.entity.end))
      : null;
  if (dash && lastSet) {
    const listFrom = lastSet.entity.end + dash[0].length;
    push(listFrom, listFrom, {
      designators: lastSet.designators,
      status: lastSet.status,
      label: lastSet.label,
    });
  }
  return out;
}

// "… Rubio named A; B; …", "The notice lists A, B and C": a verb that names the members.
const NAMED_MEMBERS_RE = /\b(?:named|names|listed|lists|identified|identifies)\s+(?=(?:the\s+)?\p{Lu})/u;

const DASH_MEMBERS_AFTER_RE =
  /^(?:\s+and\s+(?:an?|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|entity))?\s+[–—]\s+(?![^.;]*\s[–—]\s)(?:the\s+)?(?=\p{Lu})/u;

// What leads from a counted set to its named members: "two groups, A and B", "…, including A",
// "two groups—which call themselves A and B", "groups: A, B".
export const MEMBER_INTRO_RE =
  /^\s*(?=[^\p{L}]|including|namely|such|which|who|known|also|called)(?:[,:(–—-]\s*)?(?:(?:including|namely|such\s+as|(?:which|who)\s+call\s+themselves|(?:also\s+)?known\s+as|called)\s+)?(?:the\s+)?$/u;

/**
 * The counted set a listing verb takes as its object, when a label, a terror-only verb or a
 * terror authority says what the listing is ("designated three officials to lead the office"
 * is no listing).
 */
/** "… for terrorism", "… for supporting terrorism": why a ban was made, within the clause. */
export const FOR_TERRORISM_RE =
  /^[^.;]{0,160}?\bfor\s+["“']?(?:(?:supporting|financing|funding|promoting|sponsoring|conducting|committing|involvement\s+in|links?\s+to)\s+)?terror/i;

// "added an additional group and three individuals to the EU sanctions list": a lone unnamed
// member before the counted set.
export const LONE_MEMBER_FIRST_RE =
  /^\s+(?:an?|one)\s+(?:(?:additional|other|new|further|more)\s+)?(?:group|organi[sz]ation|entity|individual|person)\s+and(?=\s)/;

export function countedObject(s: string, objFrom: number, labelled: boolean, verb: string): NameSpan | null {
  objFrom += LONE_MEMBER_FIRST_RE.exec(s.slice(objFrom, objFrom + 60))?.[0].length ?? 0;
  const set = COUNTED_OBJECT_RE.exec(s.slice(objFrom, objFrom + 160));
  if (!set) return null;
  const start = objFrom + set[0].length - set[1].length;
  const end = start + set[1].length;
  const rest = s.slice(end, end + 120);
  if (HARMED_AFTER_RE.test(rest)) return null;
  const says =
    labelled ||
    // "lists 45 official foreign terrorist organizations": the set names its own label.
    /terror|\bFTOs?\b|\bSDGTs?\b/i.test(set[1]) ||
    // "blacklisted nine al-Shabaab financiers": people of a widely listed group.
    namesWidelyListed(set[1]) ||
    // "banned three associations accused of funding Hezbollah".
    tiedToWidelyListed(rest) ||
    labelAfter(s, end) !== null ||
    /^(?:proscri|blacklist|sanction|remov|delet|de-?list|revok|outlaw|de-?proscri)/.test(verb) ||
    // "the ban on four groups and 90 people who had been proscribed".
    /^\s*,?\s+(?:that|which|who)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:[\p{Ll}]+ly\s+)?proscribed\b/u.test(
      rest,
    ) ||
    // "under a law's "Regulations No. 1 of 2012" … as terrorist": "No." ends no clause.
    /^(?:[^.;]|\bNo\.){0,100}?\b(?:as|under)\s+(?:an?\s+|the\s+|its\s+)?(?:[^.;]|\bNo\.){0,40}?(?:terror|\bFTOs?\b|\bSDGTs?\b)/i.test(
      rest,
    ) ||
    // "banned four organisations --A, B and C-- for terrorism", "… for supporting terrorism".
    FOR_TERRORISM_RE.test(rest) ||
    // "banned seven Islamic groups on the grounds that they have connections to terrorism".
    /^[^.;]{0,80}?\b(?:connections?|links?|ties)\s+(?:to|with)\s+terror/i.test(rest) ||
    // "added four leaders of the Eastern Front to its al-Qaida sanctions list", "struck two
    // individuals off its sanctions list".
    /^[^.;]{0,100}?\s(?:to|on|onto|off|from)\s+(?:its|the|their|a|an)\s+[^.;,]{0,40}?(?:terror\w*|sanctions|black)\s*list\b/i.test(
      rest,
    ) ||
    // "issued a terrorist list on Friday, listing 59 people": the list just named says what.
    (/^(?:list|nam)/.test(verb) &&
      /\b(?:terror(?:ist)?|sanctions|black)\s*list\b[^.;]{0,60}$/i.test(
        s.slice(Math.max(0, objFrom - 100), objFrom),
      )) ||
    // "designated five individuals for providing support to X": sanctions for ties to a group.
    /^[^.;]{0,40}?\bfor\s+(?:(?:allegedly\s+)?(?:providing|giving|offering)\s+)?(?:support|financ\w*|funding|ties|links|acting\s+(?:for|on\s+behalf))\b/i.test(
      rest,
    );
  return says ? { start, end, text: set[1] } : null;
}

// "A, B and C, all of which are banned in India": a closing relative that lists them all.
// "A and B, both of which the US lists as terrorist groups": the relative's subject may be the
// authority.
const ALL_OF_WHICH_RE =
  /,\s+(?:all|both|each)\s+of\s+(?:which|whom|them)\s+(?:(?:are|were|is|have\s+been|had\s+been|remain)\s+(?:(?:also|now|still|officially|formally)\s+)?|(?<who>(?:the\s+)?\p{Lu}[\p{L}.]*(?:[\s,]+(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}.]*){0,4})\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|still|officially|formally)\s+)?)(?<verb>banned|designated|designates|listed|lists|proscribed|outlawed|blacklisted)\b(?<tail>[^.;]{0,80})/u;

/**
 * Claims on the members of a list closed by "all of which are banned/designated …", each a
 * claim of its own (docs/CLAIMS.md), when the relative says terror or the list names a widely
 * listed group; their designators are the relative's, else the passage's.
 */
export function allOfWhichClaims(
  s: string,
  names: () => NameSpan[],
  passageAuthority: () => string[],
): Found[] {
  const m = ALL_OF_WHICH_RE.exec(s);
  if (!m) return [];
  const members = membersBefore(s, m.index, names());
  if (members.length < 2) return [];
  const tail = m.groups!.tail;
  if (!CUE_RE.test(m[0]) && !members.some((n) => isWidelyListed(n.text.replace(/\s*\([^()]*\)$/, ''))))
    return [];
  // The clause ends at its closing comma: "…, all of which are designated by the US, attacked Israel".
  const own = authorityNames(
    `${m.groups!.who ?? ''} ${tail.replace(/,\s+(?!(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s*)+(?:,|\s+and\b|$))[\s\S]*$/u, '')}`,
  );
  const designators = own.length > 0 ? own : passageAuthority();
  const label = LABEL_RE.exec(tail)?.groups?.label ?? m.groups!.verb;
  const end = m.index + m[0].length - tail.length;
  return members.map((entity, i) => ({
    entity,
    start: entity.start,
    end: i === members.length - 1 ? end : entity.end,
    designators,
    status: 'designated' as const,
    label,
  }));
}

/** The names of a list that ends at `end` ("A, B, and C"), joined by commas and "and". */
function membersBefore(s: string, end: number, names: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  let edge = end;
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.end > edge) continue;
    const gap = s.slice(n.end, edge);
    const joined =
      out.length === 0 ? /^\s*$/.test(gap) : /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(gap);
    if (!joined) break;
    out.unshift(n);
    edge = n.start;
  }
  return out;
}

// "removed the terrorist label from X", "rescind "terrorist" tags on three rebel groups": the
// label itself is the verb's object and the group follows it.
const LABEL_REMOVED_RE =
  /\b(?:remov|lift|rescind|revok|drop|strip|scrap|withdr)\w*\s+(?:the\s+|its\s+|their\s+|a\s+)?["'“”‘’]?terror(?:ist)?["'“”‘’]?\s+(?<label>tags?|labels?|designations?|appellation|status)\s+(?:on|from|of|for)\s+(?:the\s+)?/u;

/** Right before a lifting that may, or may not, happen. */
const POSSIBLE_LIFTING_BEFORE_RE =
  /\b(?:may|might|could|would|consider(?:s|ed|ing)?|plans?\s+to|planning\s+to|seek(?:s|ing)?\s+to|wants?\s+to|(?:is|are|was|were)\s+(?:expected|likely|set)\s+to|refus(?:e|es|ed|ing)\s+to|(?:did|does|do|will|would)\s+not|won['’]t|didn['’]t)\s+(?:soon\s+|now\s+)?$/;

/** Claims on the groups whose terrorist label or tag a sentence removes (`delisted`). */
export function labelRemovedClaims(
  s: string,
  names: () => NameSpan[],
  passageAuthority: () => string[],
): Found[] {
  const m = s.includes('terror') ? LABEL_REMOVED_RE.exec(s) : null;
  if (!m) return [];
  const from = m.index + m[0].length;
  const set = COUNTED_OBJECT_RE.exec(' ' + s.slice(from, from + 160));
  const members: NameSpan[] = set
    ? [{ start: from, end: from + set[1].length, text: set[1] }]
    : enumeratedNames(s, from, names());
  if (members.length === 0 || members[0].start - from > 40) return [];
  const own = authorityNames(s.slice(0, m.index));
  const designators = own.length > 0 ? own : passageAuthority();
  // With no authority in sight, a removed "terrorist label" may be on anything (a T-shirt).
  if (designators.length === 0) return [];
  // "may revoke the terrorist designation of X": a possible lifting names the listing as
  // current (docs/CLAIMS.md).
  const possible = POSSIBLE_LIFTING_BEFORE_RE.test(s.slice(Math.max(0, m.index - 60), m.index));
  return members.map((entity, i) => ({
    entity,
    start: i === 0 ? m.index : entity.start,
    end: entity.end,
    designators,
    status: possible ? ('designated' as const) : ('delisted' as const),
    label: `terrorist ${m.groups!.label.replace(/s$/, '')}`,
  }));
}

// "Designated as a terrorist group by the US, the UK and the EU, al-Shabaab has …": a
// participle opening the sentence, its label and authorities, then the group it describes.
// "Though still listed as a terrorist group by Russia, the Taliban …": a concession may open it.
const OPENING_PARTICIPLE_RE =
  /^\s*(?:(?:Though|Although|While|Even\s+though)\s+(?:(?:still|long|once|already|officially|formally)\s+)?|(?:Long|Already|Officially|Formally)\s+)?(?<verb>[Dd]esignated|[Ll]isted|[Pp]roscribed|[Bb]lacklisted|[Bb]anned|[Oo]utlawed|[Ss]anctioned|[Rr]ecogni[sz]ed|[Cc]onsidered|[Cc]lassified|[Ll]abell?ed|[Bb]randed|[Dd]eemed|[Rr]egarded)\s+(?:(?:as\s+)?(?:an?\s+|the\s+)?(?<label>[^,;.]{0,60}?)(?=\s+(?:by|in|since|under)\s|,))?/u;

/** "in Britain since 2001, …", "by the UK and Canada, …": who banned, right after the participle. */
function bannedByState(afterVerb: string): boolean {
  const by = /^\s+(?:in|by)\s+(?:the\s+)?/.exec(afterVerb);
  return by !== null && authoritiesIn(afterVerb.slice(by[0].length, by[0].length + 40))[0]?.start === 0;
}

/** The claim of a sentence that opens with a listing participle describing its subject. */
export function openingParticipleClaim(
  s: string,
  names: () => NameSpan[],
  passageAuthority: () => string[],
  onTopic: () => boolean,
): Found[] {
  const m = OPENING_PARTICIPLE_RE.exec(s);
  if (!m) return [];
  const g = m.groups!;
  // "Banned in Britain since 2001": the words up to "since" say where, not what as.
  const label = /^(?:in|by)\s/.test(g.label ?? '') ? undefined : g.label?.trim();
  // A terror label, or a verb that lists only terror groups ("Proscribed in the UK, …"), or a
  // ban by a named state in a passage about terror listings ("Banned in Britain since 2001, …").
  if (
    !(label && CUE_RE.test(label)) &&
    !/^(?:Proscribed|Blacklisted)$/i.test(g.verb) &&
    !(
      /^(?:Banned|Outlawed)$/i.test(g.verb) &&
      bannedByState(s.slice(m.index + m[0].indexOf(g.verb) + g.verb.length)) &&
      onTopic()
    )
  )
    return [];
  // The subject follows the first comma that no authority follows: "by the US, the UK and
  // Canada, the Front …".
  const comma = /,\s+(?:and\s+)?(?:the\s+)?/g;
  comma.lastIndex = m.index + m[0].length;
  for (let c = comma.exec(s); c && c.index < 320; c = comma.exec(s)) {
    const at = c.index + c[0].length;
    const entity = names().find((n) => n.start === at);
    // An authority (which names() leaves out) continues the list of designators.
    if (!entity || opensWithAuthority(entity.text)) {
      if (authoritiesIn(s.slice(at, at + 40))[0]?.start === 0) continue;
      return [];
    }
    const own = authorityNames(s.slice(m.index + m[0].length, c.index));
    return [
      {
        entity,
        start: m.index + /^\s*/.exec(s)![0].length,
        // The quote is the participle's phrase: the subject may make a claim of its own
        // ("…, the OLF was removed from the list in 2018").
        end: c.index,
        designators: own.length > 0 ? own : passageAuthority(),
        status: 'designated',
        label: label ?? g.verb.toLowerCase(),
      },
    ];
  }
  return [];
}

// "Ansar Allah joins Al Qaeda, Islamic State, Hamas and others as a listed terrorist organisation
// in Australia", "X joins Hamas and Hezbollah on Australia's list of terrorist organisations":
// the newcomer and the groups it joins are all on the list.
const JOINS_LIST_RE =
  /\bjoin(?:s|ed)?\s+(?<list>[^.;]{2,200}?)(?:,?\s+and\s+others)?\s+(?:as\s+(?:an?\s+)?(?:listed\s+|designated\s+|proscribed\s+)?(?<label>terror(?:ism|ist)?\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)))|on\s+(?<who>[^.;]{0,40}?)\s*list\s+of\s+(?<label2>(?:banned\s+|proscribed\s+|designated\s+|listed\s+)?terror(?:ism|ist)?\s+(?:organi[sz]ations|groups|entities))|on\s+(?<who2>[^.;]{0,30}?)(?<label3>terror(?:ism|ist)?\s+(?:black)?list))(?<where>\s+in\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?/u;

const SET_BEFORE_JOIN_RE = new RegExp(`(?:^|\\s)(?:the\\s+)?(${COUNTED_SET_PHRASE})\\s+$`, 'iu');

export function joinsListClaims(
  s: string,
  names: () => NameSpan[],
  passageAuthority: () => string[],
): Found[] {
  const m = s.includes('join') ? JOINS_LIST_RE.exec(s) : null;
  if (!m) return [];
  const g = m.groups!;
  const listStart = m.index + m[0].indexOf(g.list);
  const listEnd = listStart + g.list.length;
  const all = names();
  // The newcomer: the name right before "joins".
  const before = all.filter((n) => n.end <= m.index && /^\s*$/.test(s.slice(n.end, m.index))).pop();
  const the = before ? /^the\s+/i.exec(before.text) : null;
  // … or a counted set: "The three far-right extremist entities join the Proud Boys on …".
  const set = before ? null : SET_BEFORE_JOIN_RE.exec(s.slice(0, m.index));
  const newcomer = set
    ? {
        start: set.index + set[0].indexOf(set[1]),
        end: set.index + set[0].indexOf(set[1]) + set[1].length,
        text: set[1],
      }
    : before && the
      ? { ...before, start: before.start + the[0].length, text: before.text.slice(the[0].length) }
      : before;
  const members = membersBefore(s, listEnd, all).filter(
    (n) => n.start >= listStart && authoritiesIn(n.text).length === 0,
  );
  if (!newcomer || members.length === 0 || authoritiesIn(newcomer.text).length > 0) return [];
  const own = authorityNames(`${g.who ?? ''} ${g.who2 ?? ''} ${g.where ?? ''}`);
  const designators = own.length > 0 ? own : passageAuthority();
  const label = g.label ?? g.label2 ?? g.label3;
  // Quotes do not nest: the newcomer's runs to "joins", the last member's on to the label.
  const last = members[members.length - 1];
  const end = m.index + m[0].length;
  return [newcomer, ...members].map((entity) => ({
    entity,
    start: entity.start,
    end:
      entity === newcomer ? m.index + /^join\w*/.exec(m[0])![0].length : entity === last ? end : entity.end,
    designators,
    status: 'designated' as const,
    label,
  }));
}

// "Iran is a State Sponsor of Terrorism", "North Korea, a State Sponsor of Terrorism, …": the
// United States' designation, written with its capitals (in lower case it may be rhetoric).
const STATE_SPONSOR_STATED_RE =
  /(?:,\s+|\s+(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:not\s+only\s+|still\s+|also\s+|long\s+|already\s+)?)(?:an?\s+|the\s+)?(?:designated\s+)?State\s+Sponsors?\s+of\s+Terrorism\b/u;

/** The states the list has held (some are no designating authority of their own). */
const EVER_STATE_SPONSOR_RE =
  /^(?:the\s+)?(?:North\s+Korea|DPRK|Democratic\s+People['’]s\s+Republic\s+of\s+Korea|Cuba|Iran|Syria|Sudan|Libya|Iraq|South\s+Yemen)$/;

export function stateSponsorStatedClaims(s: string, names: () => NameSpan[]): Found[] {
  const m = s.includes('State Sponsor') ? STATE_SPONSOR_STATED_RE.exec(s) : null;
  if (!m) return [];
  const state = names()
    .filter((n) => n.end === m.index)
    .find((n) => isStateOnly(n.text) || EVER_STATE_SPONSOR_RE.test(n.text));
  if (!state) return [];
  return [
    {
      entity: state,
      start: state.start,
      end: m.index + m[0].length,
      designators: ['United States'],
      status: 'designated',
      label: 'State Sponsor of Terrorism',
    },
  ];
}
