/**
 * Casualty claims: a count of people killed, injured, missing or displaced, as the sentence
 * states it. Each count found by counts.ts is tried against a few linguistic frames:
 *
 *   subject   "18 people were killed", "22 dead", "99 are still missing"
 *   noun      "25 deaths", "at least 62 fatalities", "six victims"
 *   object    "killed 18 people", "left 22 people dead", "forced 170,000 people to flee"
 *   toll      "the death toll … has risen to 416", "the number of injured stood at 799"
 *   tally     "…, including 25 children and 20 women", "four of them students"
 *
 * A count that fits no frame stays dark: precision over recall.
 */
import type { CasualtyCategory, Approx } from './types';
import { WEEKDAY } from './calendar';
import { hasHarmStem } from './harm-stems';
import { COUNT_SOURCE, findCounts, withApprox, type Count } from './counts';
import {
  GENERIC_PEOPLE,
  HARM_ADJECTIVES,
  HARM_AFTER,
  HARM_BEFORE,
  HARM_NOUNS,
  HARM_PHRASE_EXTRA_STEMS,
  HARM_STEM_WORDS,
  NON_PEOPLE,
  PEOPLE_HEADS,
  alternation,
  categoryFromGroups,
  matchTail,
  prefixTrie,
  tailRegExp,
  wordTrie,
} from './lexicon';

export interface CasualtyHit {
  start: number;
  end: number;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approx: Approx;
  who: string | null;
  /** Which frame found it; tallies lean on an earlier hit. */
  frame: 'subject' | 'noun' | 'object' | 'toll' | 'tally' | 'coordinated';
  /** Offset where a following tally may start (after the hit's noun phrase). */
  tailEnd: number;
}

// Words that end a noun phrase: auxiliaries, harm words, clause openers.
const STOP_WORDS =
  'in on at across near from of for with by into over under during amid without following despite against within outside inside around throughout between towards toward upon via were was are is have has had been be being will would could should may might must can not who which that whom whose said says say told according when while after before since during as because if but or and including killed dead died die dies perished injured wounded missing displaced fled hurt left killing wounding injuring remain remains remained still also now another known aged affected impacted lost suffered sustained received last overnight yesterday today later earlier then subsequently eventually initially reportedly reported confirmed feared believed presumed found to than the a an their his her its our this these those per cent percent deaths fatalities casualties bodies victims along almost nearly approximately roughly about monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  );
/** STOP_WORDS as one regex (a trie: the NP regexes test it before every word they take). */
const STOP = `(?:${wordTrie(STOP_WORDS)})`;
const NUMWORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|several|numerous|countless|scores)';
const NUMWORD_ONLY_RE = new RegExp(`^${NUMWORD}$`, 'i');
// "Three U.S. soldiers": an abbreviation with points is a word of the phrase. A model number
// ("two AK-47 rifles", "F-16s") names a weapon or a craft, never people.
// "six IS militants": the capitalised acronym of Islamic State before a noun is a word of the
// phrase, not "is" ("gunmen IS prohibited in Russia" keeps it out).
const NP_WORD = `(?!(?!IS\\s+(?!\\p{Ll}+ed\\b)\\p{Ll})${STOP}\\b)(?!${NUMWORD}\\b)(?:\\p{L}[\\p{L}'-]*(?![\\p{L}'-]|-?\\d)|(?:\\p{Lu}\\.){2,3}(?=\\s))`;
// A noun phrase of up to five words, optionally with one prepositional tail ("from Syria").
// After "and", a verb starts a new clause: "-ed"/"-ing" words and common irregular past forms
// ("killed 200 people and made 2 million homeless").
const IRREGULAR_PAST = '(?:made|left|sent|took|drove|brought|kept|put|set|caused|forced|cut|hit|tore|threw)';
// "and unidentified civilians", "and an unspecified number of civilians": a negated participle
// is an adjective of the next member, not the verb of a new clause; so are "and affiliated
// terrorists", "and allied militiamen".
const UN_ADJECTIVE =
  '(?:un(?:identified|specified|named|armed|disclosed|confirmed|accompanied|documented|registered)|affiliated|allied|associated)';
/**
 * After "and": neither a verb that opens a new clause nor a qualifier that opens a count of its own
 * ("killed 17 people and more than a dozen wounded").
 */
const NOT_CLAUSE_OPENER = `(?!(?!${UN_ADJECTIVE}\\b)[\\p{L}]+(?:ed|ing)\\b|${IRREGULAR_PAST}\\b|(?:more|fewer|less|over|nearly|almost|around|about|roughly|approximately|some|at\\s+least|up\\s+to|as\\s+many)\\s+(?:than\\s+)?(?:a\\s+|an\\s+)?(?:\\d|${NUMWORD}\\b|dozen|hundred|thousand|score))`;
/** A noun phrase without a prepositional tail: objects stop before "at the resort". */
const NP_CORE = `(?:${NP_WORD}(?:\\s+${NP_WORD}){0,4}(?:\\s+and\\s+${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2})?)`;
const NP = `(?:${NP_WORD}(?:\\s+${NP_WORD}){0,4}(?:\\s+and\\s+(?:an?\\s+|the\\s+)?${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2})?(?:\\s+(?:from|in|on|at|across|inside|near|of|for|with)\\s+(?:the\\s+|an?\\s+|one\\s+|(?:his|her|their|its|our)\\s+|\\d[\\d,]*\\s+)?${NP_WORD}(?:\\s+(?:${NP_WORD}|\\d+(?:st|nd|rd|th)\\b)){0,3}){0,2})`;
// "15 of their fighters", "two of the victims": a partitive before the noun phrase.
const PARTITIVE =
  '(?:\\s+of(?:\\s+(?:the|their|its|his|her|our|these|those|them|whom))?|\\s+among\\s+(?:the|their|its|our|them|those))?(?:\\s+victims)?';
const AUX = `(?:were|was|are|is|have|has|had|been|be|being|got|went|gone|left|pronounced|declared|currently|remain|remains|remained|reported(?:ly)?|confirmed|believed|feared|presumed|thought|known|estimated|said|understood|found|discovered|also|still|now|so\\s+far|already|previously|recently|later|since|either|all|who|that|to|may|might|officially|initially|subsequently|eventually|allegedly|newly|likely|probably|just|could|in\\s+total|in\\s+all|altogether|each|both|mostly|later|lightly|slightly|seriously|critically|badly|severely|gravely|moderately|(?:have|has)\\s+been|are\\s+now|were\\s+later|then|among\\s+those|(?:listed|registered|recorded|counted)\\s+as|today|yesterday|overnight|tonight|on\\s+(?:${WEEKDAY})(?:\\s+(?:night|morning|evening|afternoon))?|last\\s+(?:night|week)|(?:who|whom|that)\\s+we\\s+(?:still\\s+)?(?:have|had)|(?!(?:near|narrow|hard|bare|scarce|wrong|false|mistaken|supposed|fatal|mortal)ly\\b)\\p{L}{2,}ly)`;
const HARM_AFTER_ALT = alternation(HARM_AFTER);
const HARM_NOUN_ALT = alternation(HARM_NOUNS);
const HARM_ADJ_ALT = alternation(HARM_ADJECTIVES);
const HARM_BEFORE_ALT = alternation(HARM_BEFORE);

/** Count then (noun phrase) then auxiliaries then harm word. */
// "the 1,117 men, women and children killed": a list of nouns before the harm word.
const NP_LIST = `(?:${NP_WORD}(?:,\\s+${NP_WORD}){1,4},?\\s+and\\s+${NP_WORD}(?:\\s+${NP_WORD})?)`;
// "25 children a month have been killed": a rate after the people still counts them; so do
// their ages ("Two men aged 29 and 41 were killed", "two children, ages 3 and 9, were"). A
// quoted harm word may hold its adverb ("were “arbitrarily executed”"), and the quote may open
// before the auxiliary ('19 terrorists "were sent to hell"').
const AGES = '(?:between\\s+)?\\d{1,3}(?:(?:\\s*,\\s*|,?\\s+(?:and|to)\\s+)\\d{1,3})*';
const SUBJECT_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+["“]?(?<np>${NP_LIST}|${NP})["”]?)?(?:\\s+(?:a|per|every)\\s+(?:day|week|month|year))?(?:\\s+aged\\s+${AGES}|,\\s+(?:aged|ages)\\s+${AGES},)?(?:\\s*(?<paren>\\([^()]{1,60}\\)))?(?<late>\\s+at\\s+least)?\\s*,?(?:\\s+(?:["“](?=\\p{Ll}))?${AUX}){0,5}\\s+(?:(?<quoted>["“])(?:\\p{Ll}{2,}ly\\s+)?)?(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
/** A tally member that died of the harm counted: "three of them fatally", "two fatally". */
const FATALLY_RE = /\b(?:fatally|mortally)\b/i;

/** "half of them", "the vast majority of them": a part of the people counted, in an aside. */
const PART_OF_THEM =
  '(?:(?:over|more\\s+than|nearly|almost|about|around|roughly|at\\s+least)\\s+)?(?:half|most|many|some|all|several|none|the\\s+(?:vast\\s+|overwhelming\\s+|great\\s+)?(?:majority|bulk))\\s+of\\s+them';
/** A subject count, its noun phrase and the opening of an aside about who they were. */
/** "40 people, 12 of whom were children, were killed": a counted part of them, in an aside. */
const COUNTED_PART_OF_THEM = `(?:\\d[\\d,]*|${NUMWORD})\\s+of\\s+(?:whom|them)\\s`;
/** A share of a whole in an aside: "Nearly 2 million people, about 90% of the population, …". */
const SHARE_ASIDE =
  '(?:(?:about|around|nearly|some|roughly|almost|over|more\\s+than)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent)\\s+of\\s|(?:a|one|two)\\s+(?:third|quarter|half|fifth|tenth)s?\\s+of\\s';
// "Around 8,000 people, or nearly half the town's population, are missing": the share they are.
const OR_SHARE_ASIDE =
  'or\\s+(?:(?:about|around|nearly|almost|roughly|some|more\\s+than)\\s+)?(?:half|a\\s+third|a\\s+quarter|\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent))\\s';
const ASIDE_OPEN_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*(?:,|\\s[—–-]|[—–])\\s*["“]?(?<aside>(?:including|among\\s+them|among\\s+whom|of\\s+whom|${PART_OF_THEM}|both|all|mostly|mainly|aged)\\b|${SHARE_ASIDE}|${OR_SHARE_ASIDE}|${COUNTED_PART_OF_THEM})`,
  'iu',
);
/**
 * An aside between dashes that names who they were by counts or articles: "Four people—two
 * guards and two drivers—were killed", "3 people – a woman and two children – died".
 */
const ASIDE_MEMBER_START =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d[\\d,]*)\\s';
const ASIDE_DASH_OPEN_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*(?:\\s[—–-]|[—–])\\s*(?<aside>${ASIDE_MEMBER_START})`,
  'iu',
);
/** Where an aside may close, or a mark it never runs across. */
const ASIDE_CLOSE_RE =
  /(?<stop>[.;:!?"“”]|\s(?:and(?!\s+(?:(?!said\b|says\b|told\b|\p{Ll}+ed\b)\p{Ll}+\s+){0,2}(?!said\b|says\b|told\b|\p{Ll}+ed\b)\p{Ll}+\s*[,)—–])|but|while|as|after|when)\s+(?!\d)(?=\p{Ll}+\s))|[,)—–]|\s-\s/gu;
const ASIDE_HARM_RE =
  /\b(?:kill|dead|die|wound|injur|hurt|missing|displac|fled|flee|evacuat|rescu|surviv|arrest|detain)/iu;
/** The harm word after an aside: "…, were killed". */
const HARM_TAIL_RE = new RegExp(`^(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`, 'iu');
/** A part counted with its own harm: " of whom were killed", " of them are displaced". */
const PART_WITH_OWN_HARM_RE = new RegExp(
  `^\\s+of\\s+(?:them|whom)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
/**
 * Count then harm noun, allowing two modifiers ("storm-related fatalities", "civilian deaths"),
 * two participles joined ("a dozen burned and mutilated bodies") among them.
 */
const NOUN_RE = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?:${NP_WORD}|dead|confirmed|reported|recorded|registered|known|new)(?:(?<=ed)(?:,|\\s+and)(?=\\s+\\p{Ll}+ed\\s))?){0,3}?\\s+(?:${HARM_NOUN_ALT})\\b`,
  'iu',
);
/** Count then harm adjective then a noun: "384 dead victims", "numerous missing individuals". */
const ADJ_RE = new RegExp(
  `^(?:\\s+of)?\\s+(?:[\\p{L}]+-)?(?:${HARM_ADJ_ALT})\\s+(?<np>${NP_WORD}(?:\\s+${NP_WORD})?)`,
  'iu',
);
/** What may follow an object count: its people noun phrase. */
const OBJECT_NP_RE = new RegExp(`^(?:\\s+of)?\\s+(?<np>${NP_CORE})`, 'iu');
// The patterns matched on the window before a count end at the count: tail regexes (lexicon.ts)
// with the verb and the spaces after it captured, so the verb's offset is known.
/** Harm verb right before the count. */
/** Words that may stand between a verb and its object count: "killed a total of 30 people", "killed all 157 passengers". */
// "killed a family of five": the family is the count's people.
const OBJECT_FILLER =
  '(?:an?\\s+(?:total\\s+of|staggering|whopping|record|further|reported|confirmed)\\s+|another\\s+|(?:all\\s+)?the\\s+|all\\s+|(?:an?|an\\s+entire|the\\s+entire|a\\s+whole)\\s+family\\s+of\\s+)?';
// "accused of “massacring” more than 1,300 people": the verb may be in quote marks.
const VERB_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>${HARM_BEFORE_ALT})(?<ws>["”’]?\\s+["“]?${OBJECT_FILLER})`,
  'iu',
);
const CLAIMED_LIVES_BEFORE_RE = tailRegExp(
  `(?:^|[^\\p{L}])(?<verb>(?:claim(?:s|ed|ing)?|took|tak(?:es|ing)|cost(?:s|ing)?)\\s+the\\s+lives\\s+of)(?<ws>\\s+${OBJECT_FILLER})`,
  'iu',
);
const CLAIMED_BEFORE_RE = tailRegExp(
  '(?:^|[^\\p{L}])(?<verb>claim(?:s|ed|ing)?|took|tak(?:es|ing)|cost(?:s|ing)?)(?<ws>\\s+)',
  'iu',
);
// "claimed 30 lives", "claimed thousands of military and civilian lives".
const LIVES_AFTER_RE = /^\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?(?:and\s+[\p{L}-]+\s+)?|\p{L}+\s+)?lives\b/iu;
/** "the loss of all 176 passengers", "the loss of 19 lives": people lost, named as people. */
const LOSS_BEFORE_RE = tailRegExp('\\b(?<verb>loss\\s+of(?:\\s+(?:all|the))?)(?<ws>\\s+)', 'iu');
/**
 * "Kenya has lost over 400 troops", "the group said it lost 63 cadres": a force's dead, counted
 * by who lost them (a pronoun subject says the side itself is counting).
 */
const LOST_FORCES_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:(?:has|have|had)\\s+(?:also\\s+|reportedly\\s+|already\\s+|now\\s+)?|(?:it|they|we|(?:the\\s+)?(?:army|military|police|unit|battalion|regiment|brigade))\\s+(?:also\\s+|had\\s+)?)lost)(?<ws>\\s+)',
  'iu',
);
// "We lost dozens of men", "the army lost 12 soldiers": a side's dead.
const LOST_FORCES_AFTER_RE =
  /^\s+(?:of\s+)?(?<np>(?:(?:its|their|our)\s+)?(?:troops|soldiers|servicemen|servicewomen|fighters|personnel|peacekeepers|police\s+officers|policemen|cadres|men|people|commanders|comrades))\b/iu;
/**
 * A harm noun with "of" and its people: "the displacement of 7,000 people", "the deaths of 12
 * miners", "the wounding of 9 guards"; its agent may come first ("the killing by the army of 4");
 * "injuries to six others" and "injuries sustained by six others" name the injured.
 */
const HARM_NOUN_OF_RE = tailRegExp(
  "\\b(?<verb>(?:the\\s+)?(?:displacement|evacuation|(?:mass\\s+)?exodus|deaths?|killing|killings|slayings?|shootings?|massacres?|slaughter|murders?|beheadings?|executions?|wounding|injuring|maiming)(?:\\s+by\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{L}'’.-]+|\\s+(?:earlier|later)\\s+(?:this|that|last)\\s+(?:year|month|week))?\\s+of|injur(?:y|ies)\\s+(?:to|of|sustained\\s+by))(?<ws>\\s+)",
  'iu',
);
/** A part of the injured named by its state: "(of them) (are) in critical condition". */
const IN_CONDITION_AFTER_RE =
  /^(?:\s+of\s+(?:them|whom))?(?:\s+(?:are|were|is|was)(?:\s+(?:still|now|reported))?)?\s+in\s+(?:an?\s+)?(?:critical|serious|grave|severe|stable|life-threatening|very\s+serious)\s+condition\b/i;
/** A bare count's flight: "an exodus of 160,000 to neighbouring Bangladesh". */
const EXODUS_TO_RE = /^\s+(?:to|into|across)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?\p{Lu}/u;
const EXODUS_PEOPLE_RE =
  /^\s+((?:[\p{L}'-]+\s+){0,2}?(?:people|persons|civilians|residents|villagers|inhabitants|refugees|migrants|families|\p{Lu}\p{Ll}+s))(?![\p{L}'-])/u;
const OF_PEOPLE_HEADS = new Set([...PEOPLE_HEADS, ...GENERIC_PEOPLE].map((w) => w.toLowerCase()));
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
/** "N of the injured", "nine of those killed", "15 of those listed as seriously injured". */
const OF_THE_RE =
  /^\s+of\s+(?:the|those|these)\s+(?:(?:listed|reported|registered|confirmed)\s+as\s+(?:(?:seriously|critically|badly|severely|gravely)\s+)?)?(?:(?<killed>dead|killed|deaths)|(?<injured>injured|wounded)|(?<missing>missing)|(?<displaced>displaced)|(?<casualties>victims|casualties))\b/iu;

const TOLL_HEAD_RE =
  /\b(?<head>(?:death|fatality|casualty|injury|injured|wounded)\s+(?:tolls?|tally|count|figures?)|body\s+count|tolls?|(?:total\s+)?number|(?<=\bthe\s(?:(?:initial|official|overall|total|latest)\s)?)figure(?=\s+of\b)|tally|deaths|fatalities|casualties|(?<=\bthe\s)injuries|(?<=\bthe\s(?:(?:confirmed|overall|official|combined|new|grim|final)\s)?)total(?!\s+(?:number|of)\b))\b/giu;
// The words between a toll's head and its count must end in a verb or preposition that
// states the figure ("has risen to", "stood at", "of", "is"); "is somewhere around" hedges it.
/** Any character that \b might count as a word character (all but spaces and ASCII punctuation). */
const WORDISH_RE = /[^\s!-/:-@[-^`{-~]/;
const TOLL_LINK_RE = tailRegExp(
  '(?:\\b(?:to|at|of|from|is|was|are|were|be|reached|reaches|reaching|hit|hits|hitting|passed|passes|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|been|now|stands|stood|remains|remained|climbed|climbs|rose|rises|risen|tallied|tallies|increased|increases|jumped|jumps|soared|soars|surged|surges|swept|grew|grows|swelled|mounted|mounts|crossed|crosses|gone|went|goes|(?:breached|breaches|breach)(?:\\s+the)?|nears|neared|nearing|approaches|approached|approaching)(?:\\s+somewhere)?|:)\\s*',
  'iu',
);
const OF_FROM_COLON_END_RE = tailRegExp('\\b(?:of|from)\\s*|:\\s*', 'i');
const PASSING_END_RE = tailRegExp(
  '\\b(?:passed|passes|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|crossed|crosses|breached|breaches|breach)(?:\\s+the)?\\s*',
  'i',
);
/** "The death toll nears 3,000": a toll close to its figure is about it. */
const NEARING_END_RE = tailRegExp('\\b(?:nears|neared|nearing|approaches|approached|approaching)\\s*', 'i');
const HEDGED_PAST_RE =
  /\b(?:may|might|could|(?:is|are|was|were)\s+(?:likely|believed|thought|estimated)\s+to)\s+have\b/gi;
// Case-sensitive "may" so that "May 12" (a date) is no forecast.
const FORECAST_RE =
  /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ww]ill|[Ee]xpected|[Ll]ikely|[Pp]rojected|[Ss]et|[Ff]eared\s+to|[Pp]redicted|[Ff]orecast|[Ee]stimated?\s+to|[Ff]ears?)\b/;
const TOLL_HARM_RE = new RegExp(
  `\\b(?:(?<killed>dead|deaths?|killed|died|die|fatalities|lives|martyrs(?![’'])|martyred)|(?<injured>injured|wounded|injuries|hurt)|(?<missing>missing|unaccounted)|(?<displaced>displaced|homeless|fled|evacuated|refugees|(?:relief|evacuation|displacement|emergency)\\s+(?:camps|centres|centers|shelters))|(?<casualties>casualties|victims))\\b`,
  'iu',
);

/** Members named by an article inside a tally's list: ", a member of the civil defense, a soldier". */
const ARTICLE_MEMBERS_RE = /^(?:\s*,\s*(?:an?|one)\s+[^,;.:\d()]{1,60}?(?=\s*(?:,|\band\b)))+/;
// A parenthesis after the previous member ("253 women (12 per cent) and …") is skipped.
const TALLY_LINK_RE =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:[,;:(—–"'-]\s*)*(?:(?:including(?:\s+those\s+of)?|includ(?:ed|es|e)|among\s+them|among\s+whom|among\s+the\s+(?:dead|deceased|victims|injured|wounded)(?:\s+(?:were|are))?|of\s+whom|mostly|mainly|most\s+of\s+them|and|plus|as\s+well\s+as|(?:along|together)\s+with|with)\s+)?(?:(?:at\s+least|about|around|some|nearly)\s+)?["']?$/iu;
// A looser link when the tally word is explicit: "13 bodies recovered so far, including …".
// Any digits in the gap are no counts (a count between would be the one before): "on 10 May".
// "…, namely a surgeon, a driver, two nurses …": members named by an article may come first.
// "…, mostly fighters but also including 40 civilians": a bulk named before the counted member.
const TALLY_INCLUDING_RE =
  /^[^.;:]{0,80}?[,(—–-]\s*["']?(?:(?:mostly|mainly)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?:but\s+)?(?:also\s+)?including|including(?:\s+those\s+of)?|among\s+them|among\s+whom|of\s+whom|mostly|mainly|namely)\s+(?:an?\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+and|\s*,(?:\s+and)?)\s+){0,4}(?:(?:at\s+least|about|around|some|nearly)\s+)?["']?$/iu;
/**
 * A tally opened by its own harm word: "Among the dead were 15 children", "death tolls include
 * 33 people", "The 26 deaths among security forces in 2022 include 14 policemen".
 */
// Its last word is one of these: a cheap test first, as AMONG_RE tries every start in its window.
const AMONG_LAST_WORD_RE = tailRegExp(
  '\\b(?:were|are|was|is|dead|killed|deaths|fatalities|victims|injured|wounded|hurt|include[ds]?|including)\\s+',
  'iu',
);
// "Among the (30) dead were six policemen", "The dead included …".
const AMONG_RE =
  /(?:\bamong\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:(?<killed>dead|deceased|killed|deaths|fatalities|victims)|(?<injured>injured|wounded|hurt))(?:\s+(?:were|are|was|is))?|\b(?:(?<killed2>death\s+tolls?|deaths|fatalities|dead|(?:those|people)\s+killed)|(?<injured2>injured|wounded|injuries))(?:\s+(?:were|was|are|is))?(?:[^.;]{0,60}?\b(?:the\s+)?(?:figure|toll|tally|number|count)s?|\s+(?:among|in|from|on)\s+[^.;,]{1,50}?)?\s+(?:included?|includes|including)|(?:^|[.;:"]\s*|\b(?:the|those)\s+)(?:killed|dead|(?<injured3>injured|wounded))\s+(?:were|are))\s+$/iu;
const WITH_LINK_RE = /^[^.;:\d]{0,40}?\bwith\s+$/i;
const IN_CONDITION_RE =
  /^\s+(?:of\s+them\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|severe|life-threatening|very\s+serious)\s+condition/i;
/** "… and 200 more in the province": an elided repeat of the harm clause before. */
const ELLIPSIS_PLACE = String.raw`\s+(?:in|on|at|across|near|from|inside|outside)\s+(?!(?:the\s+)?hospital)(?:the\s+)?\p{Lu}`;
const ELLIPSIS_REGION = String.raw`\s+(?:in|across|from)\s+(?:the\s+)?(?:north|south|east|west|central|neighbou?ring|nearby)\b`;
// "and two more civilians in X", "and thousands more in recent weeks": "more" may take its
// people noun, and be followed by a recent span of time.
const ELLIPSIS_PEOPLE = `\\s+(?:${wordTrie(PEOPLE_HEADS.filter((w) => /^\p{Ll}+s$/u.test(w)))})\\b`;
const ELLIPSIS_RECENT = String.raw`\s+(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|previous|following)\s+(?:(?:few|two|three|several)\s+)?(?:hours|days|weeks|months|years)\b`;
// "14 in twin bomb blasts", "20 more in a bomb attack": the event the left-out clause names.
const ELLIPSIS_EVENT = String.raw`\s+in\s+(?:the\s+|a\s+|an\s+)?(?:(?:twin|two|three|separate|suicide|car|bomb|truck|drone|rocket|missile|mortar|air|Israeli|Russian|US|American|Saudi|government|army|military|militant|rebel|coordinated|deadly|subsequent|second|first|later|latest|other)\s+){0,3}(?:blasts?|bombings?|attacks?|(?:air)?strikes?|explosions?|raids?|clashes|shelling|crash(?:es)?|ambush(?:es)?|shootings?|assaults?)\b`;
// Without "more", the place is read to its end and must end the clause: "and 300,000 in
// Florida lost power" is a new clause.
const ELLIPSIS_RE = new RegExp(
  `^(?:\\s+(?:more|others)(?:(?<=more)${ELLIPSIS_PEOPLE})?(?=\\s*(?:[,.;)]|$)|${ELLIPSIS_PLACE}|${ELLIPSIS_REGION}|${ELLIPSIS_RECENT}|${ELLIPSIS_EVENT})|(?:${ELLIPSIS_PLACE}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}|${ELLIPSIS_REGION}[\\p{L}'-]*(?:\\s+\\p{L}+)?|${ELLIPSIS_EVENT})(?:\\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?)?(?=\\s*(?:[,.;)—–]|$)|\\s+(?:and|in|on|at|during|over|since|last|this|alone|respectively|according|from|after|following|amid)\\b))`,
  'u',
);
/**
 * Between a claim and an ellipsis that lists where: "died at the Central Mosque, ", "people: ",
 * "have died - ", "30 people, " (the member after it must then name a place).
 */
const ELLIPSIS_LIST_GAP_RE =
  /^(?:\s+(?:at|in|on|across|near|inside)\s+[^,.;:\d]{1,50}?\s*,|\s*:|\s+[-–—]|\s*[–—]|\s*,)\s*$/u;
// "and another 23 people in Ehsim": the people may be named again.
const ANOTHER_ELLIPSIS_RE = new RegExp(
  `^(?:\\s+(?:more|others|people|children|women|men|civilians)|${ELLIPSIS_PEOPLE})?(?:\\s+(?:in|on|at|during|over|across|from|near)\\s+(?:the\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})?(?=\\s*(?:[,.;)]|$))`,
  'u',
);
const ELLIPSIS_TO_RE = new RegExp(
  String.raw`^\s+to\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?)?(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|during|over|since|last|this|alone|respectively|according)\b)`,
  'u',
);
/** A tally member said to be in a state that is not the claim's harm (docs/CLAIMS.md). */
const OTHER_STATE_RE =
  /^\s+(?:(?:who|that)\s+)?(?:(?:were|are|was|is|remain|remained)\s+)?(?:still\s+)?(?:trapped|rescued|saved|held|abducted|kidnapped|taken\s+(?:hostage|captive)|found\s+(?:alive|safe)|alive)\b/iu;
// "…, with over 300 passengers taken hostage": the member's own state ends the noun phrase.
const OTHER_STATE_IN_NP_RE =
  /\s(?:trapped|rescued|saved|abducted|kidnapped|held\s+hostage|taken\s+(?:hostage|captive|prisoner))\b/iu;
/** A set opened by "Of the …" whose members a later clause counts. */
const OF_THE_SET_RE = tailRegExp('(?:^|[^\\p{L}])of\\s+(?:the|those|these|all(?:\\s+the)?)\\s+', 'iu');
/** "the bodies of 17 climbers were recovered", "bodies of 12 children", "the remains of 9 people". */
const BODIES_OF_RE = tailRegExp(
  '\\b(?<phrase>(?:the\\s+)?(?:(?:dead\\s+)?bodies|(?:mortal\\s+)?remains)\\s+of\\s+(?:(?:another|a\\s+further|the|all(?:\\s+the)?)\\s+)?(?:only\\s+|just\\s+)?)',
  'iu',
);
/** "2 missing men found alive": the people noun, then the state that ends the claim. */
const NO_LONGER_AFTER_NOUN_RE =
  /^\s+(?:\p{L}+\s+){1,2}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:found|located|rescued)\s+(?:alive|safe)\b/iu;
const FOUND_LATER_RE =
  /\b(?:have|has|had|were|was)\s+(?:since\s+|now\s+|all\s+|later\s+)?(?:been\s+)?(?:found|located|rescued)\s+(?:alive|safe)\b/i;
/** People reported missing who have since turned up are no longer a claim. */
const FOUND_SAFE_RE =
  /^\s+(?:have|had|were|has)\s+(?:since\s+|now\s+|all\s+)?(?:been\s+)?(?:located|found\s+(?:alive|safe)|rescued|reunited|accounted|confirmed\s+safe)/iu;
/** An empty member match, for a tally member named only by a "who" clause. */
const WHO_MEMBER_RE = /^/;
/** "… 25 from the government forces and their allies": a member told by the side it fought on. */
const FROM_SIDE = String.raw`from\s+(?:the|their|its)\s+(?:[\p{L}'-]+\s+){0,3}?(?:forces|army|troops|militias?|side|ranks)(?:\s+and\s+(?:their|its)\s+(?:allies|supporters|proxies))?(?![\p{L}'-])`;
const TALLY_MEMBER_RE = new RegExp(
  `^(?:\\s+of\\s+(?:them|whom)(?:\\s+(?:were|are|was))?(?:\\s+an?(?=\\s))?)?(?:\\s+(?:were|are|was|is)(?:\\s+(?:believed\\s+to\\s+be|identified\\s+as))?(?:\\s+an?(?=\\s))?)?\\s+(?<np>(?:in|from)\\s+(?:the\\s+(?:city|town|province|district|region|village|state|capital|area)\\s+of\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}|(?:in|at|near|outside|inside)\\s+the\\s+\\p{Ll}+(?=[\\s,.;:)]|$)|on\\s+the\\s+\\p{L}+\\s+side|${FROM_SIDE}|${NP})`,
  'u',
);

function headWord(np: string): string {
  const beforePrep = np.split(/\s+(?:from|in|on|at|across|inside|near|of|with|for)\s+/i)[0];
  const words = beforePrep.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
}

const ARMED_HEADS = new Set(
  'soldiers fighters militants rebels insurgents gunmen recruits conscripts reservists troops militiamen jihadists'.split(
    ' ',
  ),
);
/** Who flee a crime, a fight or a jail rather than their homes: "the gunmen fled", "40 inmates fled". */
const FLEEING_AGENTS = new Set(
  'gunmen attackers assailants suspects robbers thieves kidnappers abductors captors perpetrators shooters bombers militants insurgents rebels fighters prisoners inmates detainees convicts'.split(
    ' ',
  ),
);
const FLED_SCENE_RE =
  /^\s+(?:the\s+(?:scene|crime\s+scene|area\s+on\s+foot)|on\s+foot|in\s+an?\s+(?:car|vehicle|van|truck|suv)|before\s+(?:police|officers)|with\b)/i;
/**
 * Troops are people when they die, are hurt or go missing, not when they are moved; so are
 * "18 security forces have been killed" (Indian usage for their personnel).
 */
const HARMED_TROOPS = new Set(['troops', 'forces']);

function looksLikePeople(np: string | undefined, category?: CasualtyCategory): boolean {
  if (!np) return true;
  if (
    category !== undefined &&
    category !== 'displaced' &&
    /troops|forces/i.test(np) &&
    HARMED_TROOPS.has(headWord(np))
  )
    return looksLikePeople(np.replace(/\b(?:troops|forces)\b/gi, 'soldiers'));
  const beforePrep = np.split(/\s+(?:from|in|on|at|across|inside|near|of|with|for)\s+/i)[0];
  const words = beforePrep.toLowerCase().split(/[\s,]+/);
  // "soldiers and some weapons remained missing": people listed first, then things that shared
  // their fate; the count before them counts the people.
  const and = words.indexOf('and');
  if (and > 0 && category !== undefined && !words.slice(0, and).some((w) => NON_PEOPLE.has(w))) {
    const first = words[and - 1].replace(/['’]s$/, '');
    if (PEOPLE_HEAD_SET.has(first) && !GENERIC_PEOPLE.has(first) && !/,/.test(beforePrep)) return true;
  }
  let armed = false;
  let people = false;
  for (const word of words) {
    const w = word.replace(/['’]s$/, '');
    if (NON_PEOPLE.has(w)) {
      if (w !== 'troops' && w !== 'forces') return false;
      armed = true;
    } else if (PEOPLE_HEAD_SET.has(w)) people = true;
  }
  // "security forces members", "troops personnel": a force that modifies a people head names
  // its people.
  const head = words[words.length - 1].replace(/['’]s$/, '');
  if (armed && PEOPLE_HEAD_SET.has(head) && !NON_PEOPLE.has(head)) return true;
  // "farmers, troops and police": armed men listed with people are people too.
  return !armed || (people && /,|\sand\s/.test(beforePrep));
}

const TRAILING_ADVERBS_RE =
  /(?:\s+(?!(?:family|ally|rally|assembly|supply|elderly|orderly|deputy)\b)\p{Ll}{2,}ly)+$/u;

/** `who` is the people noun phrase, unless it only says "people". */
function whoOf(np: string | undefined): string | null {
  if (!np) return null;
  // "8 people critically injured": an adverb of the harm is not part of who.
  const trimmed = np
    .replace(/^(?:of\s+)?(?:them|whom)(?:\s+|$)/i, '')
    .replace(TRAILING_ADVERBS_RE, '')
    // "11 migrants washed ashore": what happened to them is not who they were.
    .replace(/(?<=\p{Ll}s)\s+\p{Ll}+ed(?:\s+(?:ashore|up|out|away|off|down|back|dead))?$/u, '')
    .trim();
  if (trimmed === '' || GENERIC_PEOPLE.has(headWord(trimmed))) return null;
  if (/^(?:in|on|from)\s/i.test(trimmed) || /^\p{L}+ly$/u.test(trimmed)) return null;
  return trimmed;
}

function groupCategory(groups: Record<string, string | undefined> | undefined): CasualtyCategory | null {
  if (!groups) return null;
  for (const c of ['killed', 'injured', 'missing', 'displaced', 'casualties'] as const) {
    if (groups[c] !== undefined) return c;
  }
  return null;
}

// A harm verb directly followed by an object count or determiner is active: the count before
// it is the agent ("three airstrikes killed 12 people"), not the victims.
// A qualifier counts only before a number: "two wounded over the weekend" is no object.
const ACTIVE_OBJECT_RE =
  /^\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+dozen|dozens|hundreds|thousands|scores|several)\b)|\d|the\b|a\b|an\b|his\b|her\b|their\b|dozens|hundreds|thousands|scores|several|two|three|four|five|six|seven|eight|nine|ten)/iu;

function hit(
  c: Count,
  start: number,
  end: number,
  category: CasualtyCategory,
  frame: CasualtyHit['frame'],
  np?: string,
  tailEnd = end,
): CasualtyHit {
  return {
    start,
    end,
    category,
    min: c.min,
    max: c.max,
    approx: c.approx,
    who: whoOf(np),
    frame,
    tailEnd,
  };
}

/** Whether `at` lies inside a parenthesis opened at most 60 characters before it. */
function insideParenthesis(s: string, at: number): boolean {
  const open = s.lastIndexOf('(', at);
  return open >= 0 && at - open <= 60 && s.indexOf(')', open) >= at;
}

/** Offset in the sentence where the `verb` group of a tail match on `before` starts. */
function verbStart(countStart: number, m: RegExpExecArray): number {
  return countStart - (m.groups?.ws ?? '').length - (m.groups?.verb ?? '').length;
}

/** Widen a quote start over a preceding article ("the death toll …"). */
function withArticle(s: string, start: number): number {
  const from = Math.max(0, start - 8);
  const m = /(?:the|a|an)\s+$/i.exec(s.slice(from, start));
  if (!m) return start;
  const at = from + m.index;
  return at > 0 && /[\p{L}]/u.test(s[at - 1]) ? start : at;
}

/** What `/\S+$/` matches in `text` ('' when it ends in a space), without trying every start. */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i);
}

/** The harm word that ends a subject match, without a quote mark before it ("are “missing”"). */
function harmWord(matched: string): string {
  return lastWord(matched).replace(/^["“]/, '');
}

const RETURNED_RE =
  /^(?:\s+\p{L}+){0,2}?\s+(?:(?:have|has|had|were|are)\s+)?(?:since\s+|now\s+|already\s+|all\s+)?(?:returned|gone\s+back|went\s+back|been\s+allowed\s+(?:to\s+)?(?:return|back))\b/iu;

/** Checks on a harm word that follows a subject count; `end` is where the harm word ends. */
function harmTailOk(s: string, end: number, matched: string): boolean {
  const harm = harmWord(matched).toLowerCase();
  if (/^(?:killed|wounded|injured|murdered|massacred|displaced|evacuated|hurt)$/.test(harm)) {
    // "killed" with an object after it is active; the count was the agent.
    if (ACTIVE_OBJECT_RE.test(s.slice(end, end + 20))) return false;
  }
  // "Two gunmen shot a policeman", "… shot dead a guard": without an auxiliary, the shooters.
  if (
    /^(?:shot|stabbed|dead)$/.test(harm) &&
    !/\b(?:were|was|are|is|been|being|got)\b/i.test(matched) &&
    (harm !== 'dead' || /\bshot\s+dead$/i.test(matched)) &&
    ACTIVE_OBJECT_RE.test(s.slice(end, end + 20))
  )
    return false;
  // "30,000 evacuated villagers have returned": displaced no longer.
  if (
    /^(?:displaced|evacuated|fled|homeless|uprooted)$/.test(harm) &&
    RETURNED_RE.test(s.slice(end, end + 60))
  )
    return false;
  if (FOUND_SAFE_RE.test(s.slice(end, end + 60)) || NO_LONGER_AFTER_NOUN_RE.test(s.slice(end, end + 60)))
    return false;
  // "Three hikers feared dead after the avalanche … were found alive": the clause ends the claim.
  if (
    /\b(?:presumed|feared|believed|thought)\b/i.test(matched) &&
    FOUND_LATER_RE.test(s.slice(end, end + 200).split(';')[0])
  )
    return false;
  // Headline present "12 die in blast", "Thousands flee fire"; with a modal or "to" it is a
  // forecast ("could die", "are expected to flee").
  if (
    (harm === 'die' || harm === 'vanish' || (harm === 'flee' && !/forced\s+to\s+flee$/i.test(matched))) &&
    /\b(?:could|would|may|might|will|can|should|to|not)\b/i.test(matched)
  )
    return false;
  // "up to 1,000 of the children injured will have a lifelong disability": a forecast about them.
  if (/^\s+(?:will|would|could)\s+(?!have\s+(?:been|died))/i.test(s.slice(end, end + 24))) return false;
  // "recovered" only counts the dead when bodies are what was recovered.
  if (/recovered|retrieved|pulled/i.test(harm) && !/bod(?:y|ies)|corpses/i.test(matched)) return false;
  if (/buried/i.test(harm) && !/bod(?:y|ies)|corpses|victims|dead|were|people/i.test(matched)) return false;
  // "Hundreds of people remain buried under rubble": trapped, not counted dead (docs/CLAIMS.md).
  if (
    harm === 'buried' &&
    /\b(?:remain(?:s|ed|ing)?|still)\b/i.test(matched) &&
    !/bod(?:y|ies)|corpses|dead/i.test(matched)
  )
    return false;
  return true;
}

/**
 * A subject whose harm word comes after an aside naming who was among them: "11 civilians,
 * including 5 children, were killed", "two boys, both aged 16, found dead", "Seven people —
 * including a child — died". The quote stops at the subject's noun phrase so the counts in
 * the aside can be claims of their own (claims of a kind never overlap).
 */
function trySubjectWithAside(x: Cues, c: Count): CasualtyHit | null {
  // The aside's mark and the harm phrase after it both lie in the window.
  if (!x.stemIn(c.end, c.end + 220) || !x.asideIn(c.end, c.end + 220)) return null;
  const s = x.s;
  const rest = s.slice(c.end, c.end + 220);
  const open = ASIDE_OPEN_RE.exec(rest) ?? ASIDE_DASH_OPEN_RE.exec(rest);
  if (!open) return null;
  const np = open.groups?.np;
  if (!looksLikePeople(np)) return null;
  const npEnd = open[0].length - (open.groups?.aside ?? '').length;
  const subjectEnd = c.end + npEnd - (/[\s,—–"“-]*$/.exec(rest.slice(0, npEnd))?.[0].length ?? 0);
  ASIDE_CLOSE_RE.lastIndex = open[0].length;
  for (let d = ASIDE_CLOSE_RE.exec(rest); d; d = ASIDE_CLOSE_RE.exec(rest)) {
    if (d.groups?.stop !== undefined) return null;
    // "18 others, “including civilians,” were hurt": a quoted aside closes inside its marks.
    const after = d.index + d[0].length + (d[0] === ',' && /^["”]/.test(rest.slice(d.index + 1)) ? 1 : 0);
    // The aside only names people: a harm word inside it belongs to another clause.
    if (ASIDE_HARM_RE.test(rest.slice(open[0].length, d.index))) return null;
    // "Thousands—mostly civilians—have been killed": a dash closes the aside with no space.
    const glued = /[—–]$/.test(d[0]) && WORDISH_RE.test(rest[after] ?? ' ') ? ' ' : '';
    const tail = HARM_TAIL_RE.exec(glued + rest.slice(after));
    if (!tail) continue;
    const category = categoryFromGroups(HARM_AFTER, tail.groups);
    const end = c.end + after + tail[0].length - glued.length;
    if (!category || !harmTailOk(s, end, tail[0])) return null;
    return { ...hit(c, c.start, subjectEnd, category, 'subject', np), tailEnd: subjectEnd };
  }
  return null;
}

/**
 * A subject whose place is told by an aside of distance: "At least 50 people in the crowd in
 * X village, about 20 km from the capital, were injured". The aside holds no count of people
 * (counts.ts drops measures), so the quote runs from the count to the harm word.
 */
const DISTANCE_ASIDE_RE = /\d\s*(?:km|kilomet|mile)/i;
const SUBJECT_DISTANCE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})\\s*,\\s*(?:an?\\s+(?:[\\p{L}-]+\\s+){1,2}?)?(?:(?:about|some|around|roughly|nearly|almost|just|over|more\\s+than)\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:km|kilomet(?:re|er)s|miles)\\s+(?:[\\p{L}-]+\\s+)?(?:from|of|outside)\\b[^,.;:()\\d]{1,80},(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * A subject whose members are named in an aside: "The three Hezbollah combatants, A, B, and C,
 * were killed", "The two soldiers, Sgt. A and Cpl. B, were killed". Case-sensitive: the names
 * are capitalised.
 */
const MEMBER_NAME = `(?:(?:Sgt|Cpl|Pvt|Lt|Capt|Maj|Col|Dr|Mr|Ms|Mrs)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|al|bin|ibn|el|de)){1,4}`;
const SUBJECT_NAMED_ASIDE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE})\\s*,\\s*${MEMBER_NAME}(?:\\s*,\\s*${MEMBER_NAME}){0,6}(?:,?\\s+and\\s+${MEMBER_NAME})?\\s*,(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'u',
);

/**
 * A subject tied to a group: "31 terrorists belonging to Indian proxy Fitna al Khwarij were
 * killed", "six fighters loyal to the warlord", "three terrorists linked to the banned
 * Tehreek-e-Taliban Pakistan (TTP) were killed" (the group's acronym may follow it). A frame of
 * its own, tried only when a tie word follows: inside every noun phrase the tie cost the whole
 * extractor an eighth of its time.
 */
const TIE_WORD_RE = /\s(?:belonging|affiliated|linked|loyal|allied)\s+(?:to|with)\s/;
const SUBJECT_TIED_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE}\\s+(?:belonging|affiliated|linked|loyal|allied)\\s+(?:to|with)\\s+(?:the\\s+)?(?:${NP_WORD}\\s+){0,5}?${NP_WORD}(?:\\s+\\(\\p{Lu}[\\p{L}-]{1,12}\\))?)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

function trySubjectTied(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 200);
  if (!TIE_WORD_RE.test(rest.slice(0, 80))) return null;
  return windowSubjectHit(x, c, SUBJECT_TIED_RE.exec(rest));
}

function trySubjectWithNames(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 240);
  if (!/,\s*\p{Lu}/u.test(rest) || !x.stemIn(c.end, c.end + 240)) return null;
  return windowSubjectHit(x, c, SUBJECT_NAMED_ASIDE_RE.exec(rest));
}

function trySubjectWithDistance(x: Cues, c: Count): CasualtyHit | null {
  const rest = x.s.slice(c.end, c.end + 240);
  if (!DISTANCE_ASIDE_RE.test(rest) || !x.stemIn(c.end, c.end + 240)) return null;
  return windowSubjectHit(x, c, SUBJECT_DISTANCE_RE.exec(rest));
}

/**
 * The claim of a subject frame matched on the window after the count: from the count to the
 * harm word, when the noun phrase names people and no harm word sits in `aside` (the part of
 * the match between them that names who they were).
 */
function windowSubjectHit(x: Cues, c: Count, m: RegExpExecArray | null, aside?: string): CasualtyHit | null {
  const category = categoryFromGroups(HARM_AFTER, m?.groups);
  if (!m || !category || (aside !== undefined && ASIDE_HARM_RE.test(aside))) return null;
  const np = m.groups?.np;
  const end = c.end + m[0].length;
  if (!looksLikePeople(np, category) || !harmTailOk(x.s, end, m[0])) return null;
  return hit(c, c.start, end, category, 'subject', np);
}

/**
 * A subject told by a relative clause between it and its harm word: "two of its guards, who were
 * posted at a checkpoint near the border, were killed". The clause holds no harm word or count,
 * and quote marks only around a short name it gives them ("whom officials called "looters","),
 * so the claim runs from the count to the harm word.
 */
const SUBJECT_RELATIVE_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})(?:\\s*,\\s+(?:whom?|which)\\s+(?<clause>(?:[^,;:.!?()\\d"“”]|\\([^()\\d]{1,30}\\)|["“][^"“”;:.!?()\\d]{1,40}["”]){1,160}?)(?:,|(?<=,["”]))(?:\\s+${AUX}){0,5}|\\s+who\\s+(?![^,;:.!?]*\\b(?:but|alive|safe|survived|escaped|rescued)\\b)(?<bare>[^,;:.!?()\\d"“”]{1,80}?)(?:\\s+${AUX}){1,5})\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * A subject told by an apposition between it and its harm word: "at least one guard, a man who
 * had joined last month, was also killed". The apposition names no count (nor harm), so the
 * claim runs from the count to the harm word.
 */
// Set off by commas or dashes ("at least 11 fighters from the X Forces (XF) -- a coalition of
// tribal militias -- were killed"); the noun phrase may end in an acronym in brackets. An
// "including" aside with no count is one too ("11 soldiers, including a Major, were killed").
const SUBJECT_APPOSITION_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP})(?:\\s*\\([^()\\d]{1,30}\\))?\\s*(?<open>,|--|[—–]|\\s-)\\s*(?<clause>(?:an?|including)\\s+[^,;:.!?()\\d"“”—–]{1,120}?)\\s*(?:,|--|[—–]|\\s-)(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
const APPOSITION_GATE_RE = /(?:,|--|[—–]|\s-)\s*(?:an?|including)\s/;
const APPOSITION_CLOSE_RE = /,|--|[—–]|\s-/g;
const NUMBER_WORD_RE = new RegExp(`\\b${NUMWORD}\\b`, 'i');

/** Whether an apposition may open within a noun phrase's reach and a harm stem follows its close. */
function appositionCue(x: Cues, c: Count): boolean {
  const open = APPOSITION_GATE_RE.exec(x.s.slice(c.end, c.end + 120));
  if (!open) return false;
  APPOSITION_CLOSE_RE.lastIndex = c.end + open.index + open[0].length;
  const close = APPOSITION_CLOSE_RE.exec(x.s);
  return close !== null && close.index - c.end < 250 && x.stemIn(close.index, close.index + 90);
}

function trySubjectWithRelative(x: Cues, c: Count): CasualtyHit | null {
  // "Four gunmen, who attacked a police station, have been killed"; without the commas too.
  // "Three militants from the X group, which claimed the attack, were killed": a relative clause
  // on the group inside the subject, too.
  const relative =
    x.s.includes(', who', c.end) || x.s.includes(' who ', c.end) || x.s.includes(', which ', c.end);
  const apposition = !relative && appositionCue(x, c);
  if (!(relative || apposition) || !x.stemIn(c.end, c.end + 260)) return null;
  const rest = x.s.slice(c.end, c.end + 260);
  const m = relative ? SUBJECT_RELATIVE_RE.exec(rest) : null;
  if (m) return windowSubjectHit(x, c, m, m.groups?.clause ?? m.groups?.bare ?? '');
  if (!apposition && !(relative && appositionCue(x, c))) return null;
  const a = SUBJECT_APPOSITION_RE.exec(rest);
  if (!a || NUMBER_WORD_RE.test(a.groups?.clause ?? '')) return null;
  return windowSubjectHit(x, c, a, a.groups?.clause ?? '');
}

/**
 * A subject whose source is told between it and its harm word: "More than 300 people, according
 * to the ministry, have been killed", "At least 50 people, police said on Sunday, were killed".
 */
const SUBJECT_ATTRIBUTION_RE = new RegExp(
  `^${PARTITIVE}(?:\\s+(?<np>${NP_CORE}))?\\s*,\\s+(?<clause>according\\s+to\\s+[^,;:.!?()\\d"“”]{1,60}?|(?:[^,;:.!?()\\d"“”\\s]+\\s+){1,4}?(?:said|says|say|reported|reports|estimates?|estimated|added|confirmed|believes?|believed)(?:\\s+(?:on|late\\s+on|early\\s+on)\\s+\\p{L}+|\\s+(?:today|yesterday|tonight|earlier|later))?)\\s*,(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
const ATTRIBUTION_GATE_RE =
  /^,\s+(?:according\s+to\b|(?:[^,;:.!?\s]+\s+){1,4}?(?:said|says|say|reported|reports|estimates?|estimated|added|confirmed|believes?|believed)\b)/i;

// "Two terrorists of the outfit were neutralised": the passive of a military report's words
// for killing armed men (the active, "neutralised two terrorists", is an object frame).
const ELIMINATED_SUBJECT_RE = new RegExp(
  `^\\s+(?<np>${NP})(?:\\s+${AUX}){1,5}\\s+(?:eliminated|neutrali[sz]ed)\\b`,
  'iu',
);
function trySubjectEliminated(x: Cues, c: Count): CasualtyHit | null {
  if (!x.s.includes('limina') && !x.s.includes('eutrali')) return null;
  const m = ELIMINATED_SUBJECT_RE.exec(x.s.slice(c.end, c.end + 160));
  // "Eight more were neutralised in Mohmand": more of the armed men a report counts (not
  // "eliminated", which a contest does too).
  const more = m?.groups && /^(?:more|others)$/i.test(m.groups.np) && /neutrali[sz]ed\b/i.test(m[0]);
  if (!m?.groups || (!more && !eliminatedArmedMen(m.groups.np, x.s.slice(c.end, c.end + 160)))) return null;
  return hit(c, c.start, c.end + m[0].length, 'killed', 'subject', m.groups.np);
}

function trySubjectAttribution(x: Cues, c: Count): CasualtyHit | null {
  if (!x.stemIn(c.end, c.end + 200)) return null;
  const rest = x.s.slice(c.end, c.end + 200);
  const comma = rest.indexOf(', ');
  if (comma < 0 || comma > 90) return null;
  // The aside closes with a comma a harm phrase follows.
  const close = rest.indexOf(',', comma + 2);
  if (close < 0 || !x.stemIn(c.end + close, c.end + close + 60)) return null;
  if (!ATTRIBUTION_GATE_RE.test(rest.slice(comma, close + 1))) return null;
  const m = SUBJECT_ATTRIBUTION_RE.exec(rest);
  return windowSubjectHit(x, c, m, m?.groups?.clause ?? '');
}

/**
 * A subject with an "including" aside and no commas, naming one or two members by an article:
 * "At least 9 hikers including a guide were hurt". The members are no count, so the claim runs
 * from the count to the harm word.
 */
const SUBJECT_INCLUDING_RE = new RegExp(
  `^${PARTITIVE}\\s+(?<np>${NP_CORE})\\s*,?\\s+including\\s+(?:(?<member>an?\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?:\\s+and\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?)|(?<bare>(?:${NP_WORD}\\s+)?${NP_WORD}(?:\\s+and\\s+(?:${NP_WORD}\\s+)?${NP_WORD})?))(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);

/**
 * … or naming them by a bare plural, where the aside's closing comma is left out: "Several
 * others, including civilians were badly hurt" (the plural must name people only).
 */
function trySubjectIncluding(x: Cues, c: Count): CasualtyHit | null {
  // "including" follows the subject's noun phrase, and the harm word follows "including".
  const including = x.s.indexOf(' including ', c.end);
  if (including < 0 || including - c.end > 100) return null;
  // The members are a few words with no mark or figure before the harm phrase.
  const stem = x.firstStem(including + 11);
  if (stem < 0 || stem - including > 80 || /[,;:.()\d]/.test(x.s.slice(including + 11, stem))) return null;
  const m = SUBJECT_INCLUDING_RE.exec(x.s.slice(c.end, c.end + 160));
  const bare = m?.groups?.bare;
  if (bare !== undefined && peopleLength(bare) !== bare.length) return null;
  return windowSubjectHit(x, c, m, m?.groups?.member ?? bare ?? '');
}

/**
 * "900 people from X and nearby villages have moved to the UN base for safety": people who went
 * somewhere for their safety are displaced (docs/CLAIMS.md).
 */
const SAFETY_RE = new RegExp(
  `^(?:\\s+(?<np>${NP}))(?:\\s+and\\s+(?:other\\s+|nearby\\s+|surrounding\\s+)?[\\p{L}-]+)?(?:\\s+${AUX}){0,4}\\s+(?:moved|relocated|gone|went|fled|headed|run|ran|walked|trekked|travell?ed|come|came)\\s+(?:to|into|towards)\\s+[^.;:!?\\d]{1,100}?\\bfor\\s+(?:their\\s+)?safety\\b`,
  'iu',
);

function trySafety(x: Cues, c: Count): CasualtyHit | null {
  if (!x.s.includes('safety') || !x.stemIn(c.end, c.end + 200)) return null;
  const m = SAFETY_RE.exec(x.s.slice(c.end, c.end + 200));
  const np = m?.groups?.np;
  const head = np ? headWord(np) : '';
  if (!m || !np || !OF_PEOPLE_HEADS.has(head) || ARMED_HEADS.has(head) || !looksLikePeople(np, 'displaced'))
    return null;
  return hit(c, c.start, c.end + m[0].length, 'displaced', 'subject', np);
}

/** Records kept of people: "missing persons reports", "injured workers claims". */
const RECORD_NOUNS = new Set(
  'reports files complaints claims applications inquiries enquiries requests records forms notices lists registers registries hotlines posters appeals databases'.split(
    ' ',
  ),
);

/** The harm phrase is a state of health: "in (a) serious condition". */
const CONDITION_END_RE = /\scondition$|\sconditions$/i;

/**
 * After "N injured people": they died of their wounds. A short phrase of where or when may come
 * between ("were shot and later died", "shot during the checkpoint assault also died").
 */
const INJURED_DIED_RE =
  /^(?:\s+(?:in|during|at|near|on)(?:\s+(?!(?:and|but|or|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|all|others?)\b)[\p{L}'-]+){1,5})?(?:\s+(?:and|but))?(?:\s+(?:have|has|had|later|subsequently|since|also|then|reportedly))*\s+(?:died|succumbed)\b/iu;

/**
 * "six wounded soldiers and civilians were killed": the people "wounded" describes (group 1), and
 * the verb saying they died.
 */
const WOUNDED_PEOPLE_THEN_KILLED_RE =
  /^(\s+(?:soldiers|civilians|people|persons|men|women|children|patients|fighters|troops|police(?:men)?|officers|prisoners|detainees|survivors)(?:\s+and\s+[\p{L}-]+)?(?:\s+\([^()]{1,20}\))?)(?:\s+(?:were|was|have\s+been|had\s+been|later|also|since|subsequently)){1,3}\s+(?:killed|executed|slain|shot\s+dead|murdered)\b/iu;
/** "the loss of three internally displaced": people the loss names, not their displacement. */
const DISPLACED_PERSONS_AFTER_RE = /^\s+(?:persons|people)\b(?:\s+\([^()]{1,20}\))?/i;

function trySubject(x: Cues, c: Count): CasualtyHit | null {
  const s = x.s;
  const rest = s.slice(c.end, c.end + 160);
  const m = x.stemIn(c.end, c.end + 160) ? SUBJECT_RE.exec(rest) : null;
  if (!m)
    return (
      trySubjectWithAside(x, c) ??
      trySubjectWithDistance(x, c) ??
      trySubjectWithNames(x, c) ??
      trySubjectTied(x, c) ??
      trySubjectWithRelative(x, c) ??
      trySubjectIncluding(x, c) ??
      trySubjectAttribution(x, c) ??
      trySubjectEliminated(x, c)
    );
  const category = categoryFromGroups(HARM_AFTER, m.groups);
  if (!category) return null;
  // "six wounded soldiers and civilians were killed": "wounded" describes people whom the verb
  // after says died.
  // So may "internally displaced persons were killed".
  // ("internally" may be read as the noun phrase.)
  const bareHarm = m.groups?.np === undefined || /^\p{L}+ly$/u.test(m.groups.np);
  const woundedDied =
    (category === 'injured' || category === 'displaced') && bareHarm
      ? WOUNDED_PEOPLE_THEN_KILLED_RE.exec(s.slice(c.end + m[0].length, c.end + m[0].length + 80))
      : null;
  if (woundedDied) {
    const people = `${m[0].trim()}${woundedDied[1]}`;
    return hit(c, c.start, c.end + m[0].length + woundedDied[0].length, 'killed', 'subject', people);
  }
  // "the tragic loss of three internally displaced persons": the loss names people, who died.
  const loss =
    category === 'displaced' && bareHarm
      ? matchTail(LOSS_BEFORE_RE, s.slice(Math.max(0, c.start - 40), c.start))
      : null;
  const persons = loss
    ? DISPLACED_PERSONS_AFTER_RE.exec(s.slice(c.end + m[0].length, c.end + m[0].length + 40))
    : null;
  if (loss && persons) {
    const end = c.end + m[0].length + persons[0].length;
    return hit(c, verbStart(c.start, loss), end, 'killed', 'object', `${m[0].trim()}${persons[0]}`);
  }
  // "1,000 others at least were wounded": a qualifier after the people is the count's (the noun
  // phrase may have taken it for a place: "at …").
  const lateInNp = m.groups?.np !== undefined && /\sat\s+least$/i.test(m.groups.np);
  if ((m.groups?.late !== undefined || lateInNp) && c.approx === 'exact') c = withApprox(c, 'at_least');
  // "six others are “missing”": a harm word in quote marks only after an auxiliary (a quoted
  // verb right after the count may be what the count did).
  if (m.groups?.quoted !== undefined && !PREDICATE_RE.test(`${m[0]} `)) return null;
  const np = lateInNp ? m.groups!.np.replace(/\s+at\s+least$/i, '') : m.groups?.np;
  if (!looksLikePeople(np, category)) return null;
  // Things are "in critical condition" too ("3 councils"): only a people noun makes them hurt,
  // and a part of people counted before ("seven of them", "one in critical condition and one …")
  // or a vague number ("several people") is the state of some of them, not a count of its own.
  if (
    CONDITION_END_RE.test(m[0]) &&
    (np === undefined
      ? c.min === null || !/^\s+(?:are|were|remain|remained)\s+(?:still\s+)?in\s/i.test(m[0])
      : /^of\s/i.test(np) || !isPeopleHead(headWord(np)) || c.min === null)
  )
    return null;
  // "killed 4 people and soldiers were wounded": after a harm verb the count is its object, and
  // "and" starts a new clause rather than a coordinated subject.
  if (
    np !== undefined &&
    /\sand\s/i.test(np) &&
    matchTail(VERB_BEFORE_RE, s.slice(Math.max(0, c.start - 40), c.start))
  )
    return null;
  // "300 jobs disappeared", "the savings vanished": only people who vanish are missing.
  if (
    /^(?:vanish|vanished|disappeared)$/i.test(harmWord(m[0])) &&
    (np === undefined || !namesPeople(headWord(np)))
  )
    return null;
  const end = c.end + m[0].length;
  if (!harmTailOk(s, end, m[0])) return null;
  // "Two of the injured later died": the hurt who died are counted dead. Not the set of a part
  // ("Two of the 15 injured later died": the 15 were hurt, two of them died).
  const setOfPart = /\bof\s+(?:the|those|these)\s+$/i.test(s.slice(Math.max(0, c.start - 12), c.start));
  const died =
    (category === 'injured' || category === 'casualties') && !setOfPart
      ? INJURED_DIED_RE.exec(s.slice(end, end + 80))
      : null;
  if (died) {
    const diedEnd = end + died[0].length;
    return { ...hit(c, c.start, diedEnd, 'killed', 'subject', np), tailEnd: diedEnd };
  }
  // "5,000 fighters remain in camps": armed men in camps are a force, not the displaced.
  if (
    category === 'displaced' &&
    np !== undefined &&
    ARMED_HEADS.has(headWord(np)) &&
    /(?:camps?|shelters?|tents|centres|centers|sites)$/i.test(m[0])
  )
    return null;
  // "Three gunmen fled", "two men who fled the scene": a flight from a crime is no displacement.
  if (
    category === 'displaced' &&
    /fled$/i.test(m[0]) &&
    ((np !== undefined && FLEEING_AGENTS.has(headWord(np))) || FLED_SCENE_RE.test(s.slice(end, end + 40)))
  )
    return null;
  // "treated 16 injured people including 7 children": the harm word is the people's adjective,
  // so a tally may follow the noun (the quote still ends at the harm word).
  if (
    np === undefined &&
    m.groups?.paren === undefined &&
    /^(?:injured|wounded|dead|missing|displaced)$/i.test(lastWord(m[0]))
  ) {
    const noun = /^\s+([\p{L}]+)/u.exec(s.slice(end, end + 24));
    // "140 missing persons reports", "3 displaced persons camps": the people name the things counted.
    const thing = noun
      ? /^\s+([\p{L}]+)/u.exec(s.slice(end + noun[0].length, end + noun[0].length + 24))
      : null;
    if (noun && OF_PEOPLE_HEADS.has(noun[1].toLowerCase())) {
      // Only after a people noun: "25 wounded after missiles hit" counts the wounded.
      if (thing && (NON_PEOPLE.has(thing[1].toLowerCase()) || RECORD_NOUNS.has(thing[1].toLowerCase())))
        return null;
      // "three injured passengers later died": the hurt who died are counted dead.
      const died =
        category === 'injured' && !setOfPart
          ? INJURED_DIED_RE.exec(s.slice(end + noun[0].length, end + noun[0].length + 40))
          : null;
      if (died) {
        const diedEnd = end + noun[0].length + died[0].length;
        return { ...hit(c, c.start, diedEnd, 'killed', 'subject'), tailEnd: diedEnd };
      }
      return { ...hit(c, c.start, end, category, 'subject'), tailEnd: end + noun[0].length };
    }
  }
  // "Twelve people (including 4 children) were killed": the counts in the parenthesis are
  // claims of their own, so the quote stops before it.
  const paren = m.groups?.paren;
  if (
    paren !== undefined &&
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i.test(paren)
  ) {
    const npEnd = c.end + m[0].indexOf(paren);
    const trimmed = npEnd - (/\s*$/.exec(s.slice(c.end, npEnd))?.[0].length ?? 0);
    return { ...hit(c, c.start, trimmed, category, 'subject', np), tailEnd: trimmed };
  }
  return hit(c, c.start, end, category, 'subject', np);
}

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
  /^\s+(?:(?:that|which)\s+(?:are|were|have\s+been)\s+)?(?:listed|designated|proscribed|banned|outlawed|registered|tasked|responsible|representing|accredited|affiliated)\b/i;

/** A harm noun after "one" ("at least one death"), not a compound ("one death sentence"). */
const ONE_NOUN_RE =
  /^\s+(?:(?:confirmed|reported|recorded|known|further|additional|other)\s+)?(?:(?<killed>death|fatality)|(?<casualties>casualty))(?![\p{L}-])(?!\s+(?:sentences?|penalty|row|threats?|certificates?|warrants?|squads?|toll|rates?|camps?|march|knell|wish|notices?|benefits?|metal|trap|zone)\b)/iu;

const REFUGEE_INTAKE_RE =
  /\b(?:quotas?|intake|resettl\w*|admit\w*|accept\w*|tak(?:e|es|ing)\s+(?:in\s+)?(?:up\s+to\s+|another\s+|an?\s+(?:additional|further)\s+)?\d|took\s+in|welcom\w*|relocat\w*|bring\w*\s+in|asylum)/i;

/** "there will be 200,000 dead", "expected a figure of 150,000 dead": a forecast of a count. */
const NOUN_FORECAST_BEFORE_RE =
  /\b(?:(?:will|would|could|might|may)\s+be|expect(?:s|ed|ing)?\s+a\s+(?:figure|toll|total)\s+of)\s*$/i;

function tryNoun(x: Cues, c: Count): CasualtyHit | null {
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
      BODY_OF_PEOPLE_AFTER_RE.test(x.s.slice(found.end, found.end + 24))
    )
      return null;
  }
  if (matchTail(REACH_FORECAST_RE, x.s.slice(Math.max(0, c.start - 40), c.start))) return null;
  // "claiming the lives of nearly 400 victims": victims whose lives were taken are dead.
  if (
    found.category === 'casualties' &&
    matchTail(CLAIMED_LIVES_BEFORE_RE, x.s.slice(Math.max(0, c.start - 60), c.start))
  )
    return { ...found, category: 'killed' };
  return found;
}

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
function eliminatedArmedMen(np: string, after: string): boolean {
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
 */
const FORECAST_VERB_BEFORE_RE = tailRegExp(
  "\\b(?:could|would|might|may|will|shall|can|cannot|should|must|won't|would\\s+have|(?:threaten(?:s|ed|ing)?|expected|likely|set|poised|projected|predicted|forecast|going|about|feared|warned|vowed|threatening|able)\\s+to|enough(?:\\s+[\\p{L}-]+){0,3}\\s+to)\\s+(?:\\p{L}+ly\\s+|also\\s+|still\\s+|not\\s+)?",
  'iu',
);

/** "could leave 5,000 people dead": the subject of a predicate a forecast verb governs. */
const FORECAST_LEAVE_BEFORE_RE = tailRegExp(
  "\\b(?:could|would|might|may|will|shall|can|should|must|won't|(?:threaten(?:s|ed|ing)?|expected|likely|set|poised|projected|predicted|going|about)\\s+to)\\s+(?:\\p{L}+ly\\s+)?(?:leave|make|render)\\s+",
  'iu',
);

function tryObject(s: string, c: Count): CasualtyHit | null {
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
    if (!m?.groups || last < 0) return null;
    const np = words.slice(0, last + 1).join(' ');
    if (!looksLikePeople(np)) return null;
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

function trySearch(s: string, c: Count): CasualtyHit | null {
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

function tryWhereabouts(s: string, c: Count): CasualtyHit | null {
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
const LIST_HARM_RE = new RegExp(`\\b(?:${HARM_BEFORE_ALT})\\b`, 'iu');

function tryAndObject(s: string, c: Count): CasualtyHit | null {
  // "killing a farmer and his three sons": a possessive may stand between "and" and the count.
  if (!/\band\s+(?:(?:his|her|their)\s+)?$/i.test(s.slice(Math.max(0, c.start - 12), c.start))) return null;
  let verb = matchTail(AND_OBJECT_BEFORE_RE, s.slice(Math.max(0, c.start - 100), c.start));
  if (!verb && /[,—–-]|selves|self/.test(s.slice(Math.max(0, c.start - 150), c.start))) {
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
function tryAlongWith(s: string, c: Count, previous: CasualtyHit | null): CasualtyHit | null {
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

function tryAboard(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 40), c.start);
  if (!before.includes(' with')) return null;
  const m = matchTail(ABOARD_BEFORE_RE, before);
  if (!m) return null;
  const a = ABOARD_AFTER_RE.exec(s.slice(c.end, c.end + 80));
  if (!a || !looksLikePeople(a.groups?.np, 'missing')) return null;
  return hit(c, verbStart(c.start, m), c.end + a[0].length, 'missing', 'object', a.groups?.np);
}

function tryOfThe(x: Cues, c: Count): CasualtyHit | null {
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

function tryBodiesOf(s: string, c: Count): CasualtyHit | null {
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

const OF_COUNTED_SET_RE = /^\s+of\s+(?:the|those|these)\s+\d[\d,]*(?=\s)/i;

/**
 * "Among the dead were a nurse and her two sons", "Among those hurt were a guard, a driver and
 * the driver's three children": after members named one by one with an article, a count with
 * a possessive (or none) is a member of the tally too.
 */
const AMONG_NAMED_RE =
  /\bamong\s+(?:the|those)\s+(?:(?<killed>dead|deceased|killed|deaths|fatalities|victims)|(?<injured>injured|wounded|hurt))\s+(?:were|are|was|is)\s+(?:(?:an?|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:\s+and|\s*,(?:\s+and)?)\s+){1,4}(?:(?:his|her|their|its|the\s+[\p{L}-]+['’]s)\s+)?$/iu;

/** "Among the fatalities were 61 rebels, 20 troops and 19 civilians": the next member of a tally's list. */
function tryNextMember(s: string, c: Count, previous: CasualtyHit | null): CasualtyHit | null {
  if (
    previous?.frame !== 'tally' ||
    !/^(?:,\s*(?:and\s+)?|,?\s+and\s+)$/.test(s.slice(previous.tailEnd, c.start))
  )
    return null;
  const member = TALLY_MEMBER_RE.exec(s.slice(c.end, c.end + 100));
  if (!member || !looksLikePeople(member.groups?.np, previous.category)) return null;
  const end = c.end + member[0].length;
  return { ...hit(c, c.start, end, previous.category, 'tally', member.groups?.np), tailEnd: end };
}
const AMONG_THE_BEFORE_RE = /\bamong\s+(?:the|those)\s+[\p{L}-]+\s+(?:were|are|was|is)\s+$/iu;
function tryAmong(s: string, c: Count): CasualtyHit | null {
  const before = s.slice(Math.max(0, c.start - 110), c.start);
  let named = false;
  let m = matchTail(AMONG_LAST_WORD_RE, before) ? AMONG_RE.exec(before) : null;
  if (!m && /mong/i.test(before)) {
    m = AMONG_NAMED_RE.exec(before);
    named = true;
  }
  if (!m?.groups) return null;
  const category: CasualtyCategory =
    m.groups.injured !== undefined || m.groups.injured2 !== undefined || m.groups.injured3 !== undefined
      ? 'injured'
      : 'killed';
  // "The dead included 22 of the 300 villagers": the member is a part of a counted set.
  const ofSet = OF_COUNTED_SET_RE.exec(s.slice(c.end, c.end + 24))?.[0].length ?? 0;
  const member = TALLY_MEMBER_RE.exec(s.slice(c.end + ofSet, c.end + ofSet + 100));
  if (!member || !looksLikePeople(member.groups?.np)) return null;
  const end = c.end + ofSet + member[0].length;
  // "Among the hurt is a boy, and several people are in critical condition": a clause of its own.
  if (named && /^\s+(?:were|are|was|is|have|has|had)\b/i.test(s.slice(end, end + 8))) return null;
  return { ...hit(c, c.start, end, category, 'tally', member.groups?.np), tailEnd: end };
}

function tryToll(
  x: Cues,
  c: Count,
  previousEnd: number,
  previousHit: CasualtyHit | null,
  previousCount: Count | null,
  /** The last claim before this count, past counts that are none ("14 deaths in the past 24 hours, bringing the total to …"). */
  lastHit: CasualtyHit | null,
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
  const between = before.slice(head.index + head[0].length);
  // "of", "from" and a colon link only right after the head ("a toll of 50").
  // "the number of missing from 48 to 33": what the number counts may sit between.
  const afterWhat = between.replace(
    /^\s*of\s+(?:(?:the|those|people)\s+)*[\p{L}-]+(?:\s+(?:killed|dead|missing|injured|wounded|displaced))?/iu,
    '',
  );
  const direct =
    /^\s*(?:of|from|:|at|stood\s+at|stands\s+at)\s*$/i.test(between) ||
    // "Total number of reported fatalities from organized violence: 2,743": a data table's row.
    /^\s+from\s+[^,.;:\d]{1,60}:\s*$/i.test(between) ||
    (/^\s*(?:from|at)\s*$/i.test(afterWhat) && /number|tally|figure/i.test(head.groups.head));
  const linked =
    direct ||
    (matchTail(TOLL_LINK_RE, between) !== null && matchTail(OF_FROM_COLON_END_RE, between) === null) ||
    (between.trim() === '' && c.qualifier !== '') ||
    matchTail(REVISED_FROM_END_RE, between) !== null;
  if (!linked) return null;
  // "may have reached", "is likely to have exceeded": a hedged present figure, no forecast.
  // "would later rise to 191" tells what happened next, no forecast.
  const unhedged = between
    .replace(HEDGED_PAST_RE, ' ')
    .replace(/\bwould\s+(?:later|eventually|ultimately)\b/gi, ' ');
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
  if (/injur|wounded/.test(headWordText)) category = 'injured';
  else if (/casualt/.test(headWordText)) category = 'casualties';
  else if (/toll|death|fatalit|body/.test(headWordText)) category = 'killed';
  else {
    // "number", "tally": the harm word between head and count decides.
    const harm = TOLL_HARM_RE.exec(between);
    category = groupCategory(harm?.groups);
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
      category = previousHit.category;
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
  // "The previous death toll was four": a figure the text marks as replaced (unless reported as
  // such: "up from the previous toll of 65 reported on Monday").
  const headAt = windowStart + head.index;
  if (
    PREVIOUS_HEAD_RE.test(s.slice(Math.max(0, headAt - 24), headAt)) &&
    !EARLIER_REPORT_AFTER_RE.test(s.slice(c.end, c.end + 40))
  )
    return null;
  // A toll that "rose up to" or sits "above" a figure: only the verbs of passing bound it.
  let count = c;
  if (c.qualifier === 'up to' || c.qualifier === 'as high as')
    count = withApprox(c, c.qualifier === 'up to' ? 'exact' : 'at_most');
  if (matchTail(PASSING_END_RE, between) && c.approx === 'exact') count = withApprox(c, 'at_least');
  else if (matchTail(NEARING_END_RE, between) && c.approx === 'exact') count = withApprox(c, 'about');
  // "Officials estimated the number of civilian deaths at 7,000": an estimate is approximate.
  else if (c.approx === 'exact' && ESTIMATED_HEAD_RE.test(s.slice(Math.max(0, headAt - 60), headAt)))
    count = withApprox(c, 'about');
  // "…, up from an earlier toll of 30": the old figure of a change, unless reported as such.
  if (
    matchTail(UP_FROM_HEAD_RE, s.slice(Math.max(0, start - 40), start)) &&
    !EARLIER_REPORT_AFTER_RE.test(s.slice(c.end, c.end + 40))
  )
    return null;
  return hit(count, start, c.end, category, 'toll');
}

/**
 * An estimate governing the count right after it: "estimates 3,800", "was estimated at (between)",
 * "estimates of 2.5 million", "estimates put the civilian death toll at 20,000".
 */
const ESTIMATE_BEFORE_COUNT_RE = tailRegExp(
  '\\bestimat(?:e|es|ed)\\s+(?:(?:at|of)\\s+|(?:put|puts|placed?|places)\\s+(?:[^.;:!?\\d]{0,60}?\\s)?at\\s+)?',
  'i',
);
/** "…, according to UN estimates": the count's source is an estimate (no other count between). */
const ESTIMATES_AFTER_COUNT_RE =
  /^[^.;:!?\d]{0,40}?\baccording\s+to\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?estimates?\b/iu;
/** An estimate before a toll's head, maybe through "the number of" ("estimated the number of civilian deaths at"). */
const ESTIMATED_HEAD_RE =
  /\bestimat(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+)?(?:(?:number|figure|count|toll)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2})?$/iu;
/** Between a toll's article and its head: "the previous", "an earlier", "the initial". */
const PREVIOUS_HEAD_RE = /\b(?:the|an?)\s+(?:previous|earlier|initial|former|old)\s+$/i;

/** "bringing to 19 the death toll", "raising to 60 the number of dead": the toll after its figure. */
const TO_BEFORE_RE = tailRegExp(
  '\\b(?<verb>(?:(?:bring|rais|tak|push|driv)(?:s|es|ing|ed)?|brought|took|drove|put(?:s|ting)?|rose|rises|risen|climbed|climbs)\\s+(?:up\\s+)?to)(?<ws>\\s+)',
  'iu',
);
const TOLL_AFTER_RE =
  /^\s+the\s+(?:(?:overall|total|official|confirmed)\s+)?(?:(?<casualties>casualty\s+(?:toll|count))|(?<injured>number\s+of\s+(?:the\s+)?(?:injured|wounded)|injury\s+toll)|(?<missing>number\s+of\s+(?:the\s+|those\s+|people\s+)?missing)|(?<killed>(?:death|fatality)\s+(?:toll|count|tally)|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:[\p{L}-]+\s+){1,2}?(?:(?:who|that)\s+(?:were|was|have|had)\s+(?:been\s+)?)?(?:killed|died))))\b/iu;

function tryTollAfter(x: Cues, c: Count): CasualtyHit | null {
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

/**
 * "killed three commanders from X, a militant group, and 10 civilians": after an object, an
 * apposition set off by commas before the next member of the object.
 */
// "killed 10 civilians at Kabul University and five civilians at a wedding": the object's place,
// then the next object.
const OBJECT_PLACE_AND_GAP_RE =
  /^\s+(?:in|at|near|on|outside|inside)\s+(?:the\s+|an?\s+)?[^,;:.\d()]{1,50}?\s+and\s+$/u;
const OBJECT_APPOSITION_GAP_RE =
  /^(?:\s+(?:from|of|in|with)\s+[^,.;:\d]{1,40}?)?\s*,\s*an?\s+[^,.;:\d()]{1,60},\s*and\s+$/;

/**
 * "3 people – a woman and two children – died", "Eleven were killed on Sunday — eight in the
 * capital and …": after a dash, the members of the claim before (those named by an article
 * first), when at most a short phrase of time or place stands between.
 */
const DASH_MEMBERS_GAP_RE =
  /^(?:\s+(?:on|in|at|during|over|since|across)\s+[^—–.;:,\d]{1,40}?)?\s*(?:[—–]|\s-)\s*(?:an?\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+and|\s*,(?:\s+and)?)\s+){0,4}$/u;

const TALLY_OPENER_END_RE = /(?:including|among\s+them|of\s+whom)\s+$/i;
/** Between two members of a tally: the first's people, then ", " or " and ". */
const TALLY_MEMBER_GAP_RE = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?\s*(?:,\s*|,?\s+and\s+)$/u;

/** Whether a count is of things: its noun (after at most one modifier) is no person ("two attacks"). */
function namesThings(s: string, c: Count): boolean {
  const m = /^\s+(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(s.slice(c.end, c.end + 40));
  const first = /^\s+([\p{L}]+)/u.exec(s.slice(c.end, c.end + 24))?.[1].toLowerCase();
  return (first !== undefined && NON_PEOPLE.has(first)) || (m !== null && NON_PEOPLE.has(m[1].toLowerCase()));
}

/** Whether count `i` is a member of a tally opened by "including" (right before it or a member before). */
function inTallyList(s: string, counts: Count[], i: number): boolean {
  for (let j = i; j >= 0; j--) {
    if (TALLY_OPENER_END_RE.test(s.slice(Math.max(0, counts[j].start - 16), counts[j].start))) return true;
    if (j === 0 || !TALLY_MEMBER_GAP_RE.test(s.slice(counts[j - 1].end, counts[j].start))) return false;
  }
  return false;
}

/** COORDINATED_RE's gap ends in its link: tested first, as the noun phrase before it is costly. */
// "Fifty-two civilians and the four bombers were killed": an article may lead the next member.
const COORDINATED_LINK_END_RE = tailRegExp('(?:,|and|including)\\s*(?:the\\s+)?', 'i');
const NEED_IN_NP_RE = /\b(?:in\s+need|at\s+risk)\b/i;
const COORDINATED_VERB_RE = /^(?!(?:un)?armed$|unidentified$|retired$)\p{L}+(?:ed|ing)$/iu;
// "Two guards, a driver, three porters and …": members named by an article may stand between.
const COORDINATED_RE = new RegExp(
  `^(?:\\s+of)?(?:\\s+(?<np>${NP}))?(?:\\s*,\\s*an?\\s+${NP_WORD}(?:\\s+${NP_WORD}){0,3}(?=\\s*,|\\s+and\\s*$)){0,3}\\s*(?<link>,?\\s*including|,\\s*and|,|and)\\s*(?:the\\s+)?$`,
  'iu',
);

/**
 * The link of a gap that joins two counted members of one subject ("officers and", "soldiers,
 * a guard and"), or null: the noun phrase after the first count names people and holds no verb.
 */
function coordinatedGap(gap: string, category: CasualtyCategory): string | null {
  if (!matchTail(COORDINATED_LINK_END_RE, gap)) return null;
  const m = COORDINATED_RE.exec(gap);
  const np = m?.groups?.np;
  if (!m || !looksLikePeople(np, category) || COORDINATED_VERB_RE.test(np ?? '')) return null;
  if (np !== undefined && !namesPeople(headWord(np))) return null;
  return /including/i.test(m.groups?.link ?? '')
    ? 'including'
    : /and/i.test(m.groups?.link ?? '')
      ? 'and'
      : ',';
}

/**
 * Where harm stems start, those of HARM_PHRASE_EXTRA_STEMS included: the frames skip a count
 * with no harm phrase in reach.
 */
const STEM_SCAN_RE = new RegExp(`\\b(?:${prefixTrie(HARM_STEM_WORDS)}|${HARM_PHRASE_EXTRA_STEMS})`, 'gi');
/** Where an aside may open after a subject: ASIDE_OPEN_RE's mark, without its closing \b. */
const ASIDE_MARK_RE = new RegExp(
  `(?:,|\\s[—–-]|[—–])\\s*["“]?(?:including|among\\s+them|among\\s+whom|of\\s+whom|${PART_OF_THEM}|both|all|mostly|mainly|aged|${SHARE_ASIDE}|${OR_SHARE_ASIDE}|${COUNTED_PART_OF_THEM})|(?:\\s[—–-]|[—–])\\s*${ASIDE_MEMBER_START}`,
  'giu',
);

/**
 * Harm stems of a sentence: a stem that starts at `p` inside a phrase that a frame's regex
 * matches (in a window of the sentence) is found here at `p`, so "no stem in the window" means
 * "no match" and the regex need not run.
 */
class Cues {
  private asides: number[] | null = null;
  constructor(
    readonly s: string,
    private readonly stems: number[],
  ) {}

  /** Where the first stem at or after `from` starts, or -1. */
  firstStem(from: number): number {
    for (const p of this.stems) if (p >= from) return p;
    return -1;
  }

  /** Whether a stem starts at an offset in [from, to). */
  stemIn(from: number, to: number): boolean {
    for (const p of this.stems) if (p >= from && p < to) return true;
    return false;
  }

  /** Whether an aside mark starts at an offset in [from, to). */
  asideIn(from: number, to: number): boolean {
    if (this.asides === null) {
      this.asides = [];
      ASIDE_MARK_RE.lastIndex = 0;
      for (let m = ASIDE_MARK_RE.exec(this.s); m; m = ASIDE_MARK_RE.exec(this.s)) this.asides.push(m.index);
    }
    for (const p of this.asides) if (p >= from && p < to) return true;
    return false;
  }
}

/** The sentence's cues, or null when it has no harm stem (and so no claim). */
function cuesOf(s: string): Cues | null {
  // A sentence without a harm stem holds no claim; most sentences of a page have none.
  if (!hasHarmStem(s)) return null;
  const stems: number[] = [];
  STEM_SCAN_RE.lastIndex = 0;
  for (let m = STEM_SCAN_RE.exec(s); m; m = STEM_SCAN_RE.exec(s)) stems.push(m.index);
  return new Cues(s, stems);
}

// People named without a harm word: a head noun of PEOPLE_HEADS or a capitalised demonym,
// after at most two modifiers (never a negation), in a list, with "members of armed groups".
// An agent noun ("operators", "engineers", "technicians", "volunteers") names people too, but
// for a list of common things that end the same way. Checked word by word in code: as one
// regex the grammar came to 45 KB, which V8 takes ~20 ms to compile.
const PEOPLE_HEAD_SET = new Set(PEOPLE_HEADS);
const NOT_AGENTS = new Set(
  (
    'numbers others orders centers letters papers matters quarters headquarters waters borders towers ' +
    'shelters containers computers layers markers meters chambers corners rivers flowers fingers powers ' +
    'errors doors floors sectors factors corridors colors colours tractors motors monitors reactors ' +
    'generators elevators indicators mirrors tumors tumours rumors rumours honors honours favors favours ' +
    'trailers tankers carriers destroyers launchers helicopters transporters boosters canisters rafters ' +
    'girders filters heaters chargers speakers printers routers servers lasers timers sensors detectors ' +
    'transistors processors conductors converters banners posters stickers flyers dollars lists'
  ).split(' '),
);
const STOP_SET = new Set(STOP_WORDS);
const NUMWORD_RE = new RegExp(`^${NUMWORD}$`, 'i');
const NEGATION_SET = new Set(['no', 'never', 'none', 'neither', 'nor']);
const GROUP_WORD_RE =
  /^(?:groups?|famil(?:y|ies)|forces|militias?|units?|communit(?:y|ies)|teams?|crews?|services?|organi[sz]ations?|\p{Lu}[\p{L}-]*)$/u;

/** Whether a head word names people: a people noun, or one that takes "of" people ("members"). */
/**
 * Whether a count is followed by a plural noun of things ("two mosques", "three hotels"), maybe
 * after a place's name ("two Christchurch mosques").
 */
function thingsCounted(s: string, c: Count): boolean {
  const next = /^(?:\s+\p{Lu}[\p{L}-]+)?\s+(\p{Ll}+s)\b/u.exec(s.slice(c.end, c.end + 40))?.[1];
  return (
    next !== undefined &&
    !namesPeople(next) &&
    !/^(?:others|dead|deaths|casualties|victims|bodies)$/.test(next)
  );
}

function namesPeople(w: string): boolean {
  return OF_PEOPLE_HEADS.has(w.toLowerCase()) || isPeopleHead(w);
}

function isPeopleHead(w: string): boolean {
  return (
    PEOPLE_HEAD_SET.has(w) ||
    /^\p{Lu}\p{Ll}+(?:ans|is|ese|ons)$/u.test(w) ||
    (/^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u.test(w) && !NOT_AGENTS.has(w))
  );
}

/** A word that may stand before a person noun (what NP_WORD allows, never a negation). */
function isModifier(w: string): boolean {
  const lower = w.toLowerCase();
  return !STOP_SET.has(lower) && !NUMWORD_RE.test(w) && !NEGATION_SET.has(lower);
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** What lies between the previous token and this one. */
  gap: string;
}

/** One person noun with up to two modifiers and a second head ("police officers"); next index or -1. */
function personAt(t: Token[], i: number): number {
  if (i >= t.length || t[i].gap.trim() !== '') return -1;
  for (let k = 0; k <= 2 && i + k < t.length; k++) {
    const w = t[i + k];
    if (k > 0 && (w.gap.trim() !== '' || !isModifier(t[i + k - 1].text))) return -1;
    if (k > 0 && t[i + k - 1].text === ',') return -1;
    if (w.text !== ',' && isPeopleHead(w.text)) {
      const next = t[i + k + 1];
      return next && next.gap.trim() === '' && next.text !== ',' && isPeopleHead(next.text)
        ? i + k + 2
        : i + k + 1;
    }
  }
  return -1;
}

/**
 * How much of `text` (from its start) names people: "children", "women and girls", "men, women
 * and children", "members of armed groups", "machine operators" (not ", most of them …").
 * Returns the length of that noun phrase, or 0.
 */
function peopleLength(text: string): number {
  const t: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}'-]*|,/gu)) {
    const start = m.index ?? 0;
    t.push({ text: m[0], start, end: start + m[0].length, gap: text.slice(last, start) });
    last = start + m[0].length;
    if (t.length > 24) break;
  }
  if (t.length === 0 || t[0].gap !== '') return 0;
  let end = personAt(t, 0);
  if (end < 0) return 0;
  const and = (i: number): number =>
    i < t.length && t[i].text === 'and' && t[i].gap.trim() === '' ? personAt(t, i + 1) : -1;
  // A list "A, B and C" (up to four before the "and"), else "A and B".
  let listEnd = -1;
  for (let i = end, n = 0; n < 3 && i < t.length && t[i].text === ',' && t[i].gap.trim() === ''; n++) {
    const next = personAt(t, i + 1);
    if (next < 0) break;
    i = next;
    const closed = and(i < t.length && t[i].text === ',' ? i + 1 : i);
    if (closed > 0) listEnd = closed;
  }
  if (listEnd > 0) end = listEnd;
  else if (and(end) > 0) end = and(end);
  // "members of armed groups", "residents of Gaza".
  if (end < t.length && t[end].text === 'of' && t[end].gap.trim() === '') {
    let i = end + 1;
    if (i < t.length && /^(?:the|a|an)$/.test(t[i].text)) i++;
    for (let k = 0; k <= 2 && i + k < t.length; k++) {
      if (t[i + k].text === ',') break;
      if (GROUP_WORD_RE.test(t[i + k].text)) {
        end = i + k + 1;
        break;
      }
    }
  }
  return t[end - 1].end;
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

/**
 * What may stand before a count that continues a tally: "Among them were", "They included",
 * "These included", "Of the identified victims,", "Of those injured,", "Additionally,", or
 * nothing (the count opens the sentence).
 */
const CARRIED_OPENER_SOURCE = String.raw`["'(]?\s*(?:(?<among>[Aa]mong\s+(?:them|those|these))(?:\s+(?:were|are|was|is))?\s*,?\s+|(?<among2>(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he\s+victims|[Tt]hose\s+victims)\s+(?:included|include|includes))\s+|(?<set>(?:(?:[Mm]ost|[Mm]any|[Hh]alf|[Aa]ll)\s+of|[Oo]f|[Aa]mong|[Oo]ut\s+of)\s+(?:the|those|these|them|all(?:\s+the)?)(?<setWords>(?:\s+[\p{L}-]+){0,4}?))\s*,\s*|(?:[Aa]dditionally|[Ii]n\s+addition|[Mm]oreover|[Oo]verall|[Ii]n\s+all|[Ii]n\s+total)\s*,\s*)?`;
const CARRIED_OPENER_RE = new RegExp(`^${CARRIED_OPENER_SOURCE}$`, 'u');
/** A sentence whose opener (if any) is followed by a count: the only kind a carried tally takes. */
const CARRIED_START_RE = new RegExp(`^${CARRIED_OPENER_SOURCE}(?:${COUNT_SOURCE})`, 'iu');
/**
 * The words of an "Of the …," set: its harm word, or a word for victims (or people) whose harm
 * is carried from the sentence before ("… killed 30 civilians. Of the civilians, 12 were …").
 */
const SET_HARM_RE = new RegExp(
  `\\b(?:(?<killed>dead|killed|deaths|fatalities|bodies)|(?<injured>injured|wounded|injuries|hurt)|(?<missing>missing)|(?<displaced>displaced)|(?<carried>victims|casualties|cases|${PEOPLE_HEADS.join('|')}))\\b`,
  'u',
);
/**
 * After the count: "of them were children", "were women and girls", "were in Hama", "four
 * children" (the people are checked by peopleLength from where `np` or `direct` starts).
 */
const CARRIED_MEMBER_RE =
  /^(?<part>\s+of\s+(?:them|those|these))?(?:(?<place>,?\s+(?:were|are|was|is)(?:\s+(?:reported|recorded|registered|counted|confirmed))?\s+(?:in|on|at|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:\s+(?:province|district|region|county|state|city|area|governorate|prefecture|village|town)s?\b)?)|(?<be>\s+(?:were|are|was|is)(?:\s+(?:all|also|mostly|mainly|reportedly|(?:believed|thought|said|reported|confirmed)\s+to\s+(?:be|have\s+been)|identified\s+as|confirmed\s+as)){0,2}\s+)(?=\p{L})|(?<lead>\s+)(?=\p{L}))/u;

/**
 * A count that opens a sentence and names who was among the victims of the sentence before
 * ("Four of them were children.", "Of the identified victims, 640 were women") or of a set the
 * sentence names by its harm ("Of the dead, 15 were children"). `carried` is the category of the
 * sentence before's claims, or null when it has none (or several).
 */
function tryCarried(s: string, c: Count, carried: Carried | null): CasualtyHit | null {
  if (c.isOne) return null;
  const opener = CARRIED_OPENER_RE.exec(s.slice(0, c.start));
  if (!opener?.groups) return null;
  let category = carried?.category ?? null;
  if (opener.groups.set !== undefined) {
    const words = opener.groups.setWords ?? '';
    if (words.trim() !== '') {
      const harm = SET_HARM_RE.exec(words);
      if (!harm?.groups) return null;
      if (harm.groups.carried === undefined) category = groupCategory(harm.groups);
    }
  }
  if (category === null) return null;
  // A part is no larger than the whole it is taken from ("killed 5 people. 40 were …").
  if (carried && category === carried.category && (c.min ?? c.max ?? 0) > carried.limit) return null;
  const after = s.slice(c.end, c.end + 160);
  const m = CARRIED_MEMBER_RE.exec(after);
  if (!m?.groups) return null;
  const { part, place, be, lead } = m.groups;
  const among = opener.groups.among ?? opener.groups.among2;
  const opened = among !== undefined || opener.groups.set !== undefined;
  // A bare "Five were pilgrims" needs the people noun; a place needs "of them" or a set before
  // it; a count right before its people noun ("four children") needs "Among them".
  if (place !== undefined) {
    if (part === undefined && !opened) return null;
    // A member after the place continues the split: "… 88 were in X and 19 in Y".
    const end = c.end + (part?.length ?? 0);
    return { ...hit(c, c.start, end, category, 'tally'), tailEnd: c.end + m[0].length };
  }
  if (be === undefined && (lead === undefined || part !== undefined || among === undefined)) return null;
  const npStart = m[0].length;
  const length = peopleLength(after.slice(npStart));
  if (length === 0) return null;
  const who = after.slice(npStart, npStart + length);
  const end = c.end + npStart + length;
  return { ...hit(c, c.start, end, category, 'tally', who), tailEnd: end };
}

/**
 * The category a tally in the next sentence continues ("… killed 12 people. Four of them were
 * children."): that of the sentence's claims when they share one and no count follows the last
 * of them ("them" is not "300 homes" counted after the victims); else null.
 */
function carriedFrom(counts: Count[], hits: CasualtyHit[]): Carried | null {
  if (hits.length === 0) return null;
  const category = hits[0].category;
  if (hits.some((h) => h.category !== category)) return null;
  const lastEnd = Math.max(...hits.map((h) => h.end));
  if (counts.some((c) => c.start >= lastEnd)) return null;
  const limit = Math.max(
    ...hits.map((h) => (h.approx === 'vague' ? Infinity : (h.max ?? h.min ?? Infinity))),
  );
  return { category, limit };
}

/** Before a toll's head: "up from an earlier", "down from the previous". */
const UP_FROM_HEAD_RE = tailRegExp(
  '\\b(?:up|down)\\s+from\\s+(?:the\\s+|an?\\s+)?(?:(?:earlier|previous|initial|official)\\s+)*',
  'i',
);
/**
 * "Officials had earlier reported 40 dead", "A previous report had put the toll at 12": a figure
 * said before a revision (the pluperfect with "earlier" or "previous") is no claim of its own.
 */
const SUPERSEDED_BEFORE_RE = tailRegExp(
  '\\b(?:had\\s+(?:earlier|previously)\\s+(?:reported|put|given|announced|confirmed|recorded|counted|registered|estimated)|(?:previous|earlier)\\s+(?:reports?|tolls?|figures?|counts?|tally|estimates?)\\s+had\\s+(?:put|given|said|reported|shown|estimated|placed))\\b[^.;:!?\\d]{0,40}',
  'i',
);
/**
 * "Initially, officials said 9 people had been killed": a first report the text marks as such
 * (a later figure replaced it) is no claim; "the gunmen initially killed 32" is one.
 */
const INITIAL_REPORT_BEFORE_RE = tailRegExp(
  '\\b(?:[Ii]nitially|[Aa]t\\s+first)\\b,?\\s+(?:[^.;:!?\\d]{0,60}?\\s)?(?:said|stated|reported|announced|claimed|told\\s+[^.;:!?\\d]{1,30}?)\\b[^.;:!?]{0,90}',
  'u',
);
/** "None of the 40 passengers were hurt": the count is the set no one of which was harmed. */
const NONE_OF_BEFORE_RE = tailRegExp(
  '\\b(?:none|neither|nobody|no\\s+one|not\\s+one)\\s+(?:of|among)\\s+(?:(?:the|those|these|its|their|his|her|our|all)\\s+)*',
  'iu',
);
const UP_FROM_RE =
  /^[^.;:\d]{0,60}?[,(—–]\s*(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:earlier|previous|initial|official)\s+)*(?:(?:toll|figure|count|tally)\s+of\s+)?$/i;
/** The earlier figure is a claim only as a report of its own: "the 61,000 reported a day earlier". */
const EARLIER_REPORT_AFTER_RE =
  /^\s+(?:(?:people|deaths|dead)\s+)?(?:(?:that\s+)?(?:had\s+been|was|were)\s+)?(?:reported|announced|given|confirmed|recorded|registered|cited|published|released|stated|counted)\b/i;

const RATE_AFTER_RE =
  /^\s*(?:(?:on\s+)?average\s+)?(?:per|a|each|every)\s+(?:day|week|month|year|hour)\b(?!\s+(?:earlier|later|after|before|ago|prior|of))/i;

const EVACUATION_RE = /\b(?:evacuat|fled\b|flee|displac)/i;
const LEFT_AREA_RE = new RegExp(
  `^(?:\\s+(?<np>${NP_WORD}(?:\\s+${NP_WORD})?))?\\s+(?:(?:had|have|has)\\s+)?(?:already\\s+|since\\s+)?left\\s+(?:their\\s+homes|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:districts?|areas?|villages?|towns?|cit(?:y|ies)|regions?|zones?|islands?|coast))\\b`,
  'iu',
);

/** A bare count (or "of the victims") identified: counted with the dead of its sentence. */
const IDENTIFIED_RE =
  /^(?:\s+of\s+(?:them|the\s+(?:dead|victims|bodies)))?\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:so\s+far\s+|now\s+|since\s+|already\s+|positively\s+)?identified\b/i;
const IDENTIFIED_BEFORE_RE = tailRegExp('\\b(?<verb>identified)(?<ws>\\s+)', 'i');
const IDENTIFIED_OF_DEAD_RE =
  /^\s+of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:dead|deceased|bodies|victims|dead\s+victims|people\s+killed|people\s+who\s+died)\b/i;
const DEAD_BEFORE_RE = /\b(?:dead|deaths|died|killed|bodies|fatalities)\b/i;

/**
 * Whether counts[i] is the last member, after "and", of a coordinated list with a counted member
 * of its own ("Ten policemen, one soldier and one officer died"): every member before it joined by
 * a comma or "and", back to a count that is not "one".
 */
function endsCountedList(s: string, counts: Count[], i: number, category: CasualtyCategory): boolean {
  if (coordinatedGap(s.slice(counts[i - 1].end, counts[i].start), category) !== 'and') return false;
  for (let j = i - 1; j >= 0; j--) {
    if (!counts[j].isOne) return true;
    if (j === 0) return false;
    const link = coordinatedGap(s.slice(counts[j - 1].end, counts[j].start), category);
    if (link !== ',' && link !== 'and') return false;
  }
  return false;
}

function hasOne(counts: Count[]): boolean {
  for (const c of counts) if (c.isOne) return true;
  return false;
}

/** "One body has been recovered": a body found is a death, and the word "one" counts it. */
const ONE_BODY_RE =
  /^\s+(?:dead\s+)?body\s+(?:(?:has|had)\s+(?:now\s+|also\s+|so\s+far\s+)?been|was)\s+(?:recovered|found|retrieved|discovered|pulled\s+(?:out|from))\b/i;

function tryOneBody(s: string, c: Count): CasualtyHit | null {
  if (!/^one$/i.test(s.slice(c.coreStart, c.end))) return null;
  const m = ONE_BODY_RE.exec(s.slice(c.end, c.end + 48));
  return m ? hit(c, c.start, c.end + m[0].length, 'killed', 'subject') : null;
}

/** Between a "one" and the count beside it in a list: ", ", " and ", ", another ", " with ". */
// A place may close the member before: "three deaths in the north, and one death in the south".
const ONE_LINK_RE =
  /^(?:\s+(?:in|at|on|near|across)\s+(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}(?=\s*[,;]))?\s*(?:,\s*(?:[\p{L}'-]+\s+){1,4}(?:said|says|reported|added)\s*)?(?:[,;]\s*)?(?:(?:and|while|with|plus)\s+)?(?:another\s+)?$/iu;

/**
 * "one of his men", "one of their guards": one taken out of someone's people. ("One of the men
 * on board had died" mostly points back at people counted before, and stays dark.)
 */
const ONE_OF_PEOPLE_RE =
  /^one\s+of\s+(?:his|her|their|its|our)\s+(?!(?:dead|killed|injured|wounded|missing)\b)/i;

/** What a tally in the next sentence continues: the category, and the largest count it may take. */
export interface Carried {
  category: CasualtyCategory;
  limit: number;
}

/** Casualty hits in one sentence `s` (offsets relative to `s`). */
/** Between a part and its set: "Eight of the eleven …". */
const PART_OF_THE_RE = /^\s+of\s+(?:the|those|these)\s+$/i;
/** The set's harm word right after its count: "the eleven missing", "the 12 dead". */
const HARM_ADJECTIVE_AFTER_RE = /^\s+(?:dead|killed|missing|injured|wounded|displaced)\b/i;
/** Between a member and the counted set it was among: "children were among the". */
const AMONG_SET_GAP_RE = new RegExp(
  `^(?<lead>\\s+)(?<np>${NP_CORE})\\s+(?:were|was|are|is)\\s+(?:also\\s+|reportedly\\s+)?among\\s+(?:(?:the|those)\\s+)?$`,
  'iu',
);
/** After the set's harm word and noun, the part's own predicate: "… missing climbers were found dead". */
const PART_OWN_HARM_RE = new RegExp(
  `^\\s+(?:dead|killed|missing|injured|wounded|displaced)(?:\\s+${NP_WORD}){0,2}(?:\\s+${AUX}){0,5}\\s+(?:${HARM_AFTER_ALT})\\b`,
  'iu',
);
/** Between a part and a set with a noun of its own: "four of the nine …", "30 of the ship's 120 …". */
const PART_OF_SET_RE = /^\s+of\s+(?:the|those|these|(?:the\s+)?\p{L}+['’]s)\s+$/iu;
/** A finite predicate in a subject match: "… had been found", "… are still unaccounted for". */
const PREDICATE_RE = /\s(?:were|was|are|is|have|has|had|remain(?:s|ed)?|still)\s/i;
/** After a count of bodies: they were found ("… had been recovered"). */
const BODIES_FOUND_RE =
  /^\s+(?:(?:had|have|has)\s+(?:now\s+|so\s+far\s+|since\s+|also\s+)?been|were|was)\s+(?:found|recovered|retrieved|located|pulled\s+(?:out|from))\b/i;
/** A count of time units: "seven months", "two days". */
const DURATION_AFTER_RE = /^\s+(?:years|months|weeks|days|hours|decades)\b/i;

/** Before a verbless breakdown: nothing but an opening quote or bracket. */
const BREAKDOWN_OPEN_RE = /^["'“‘(]?\s*$/;
/** Between its members: ", ", " and ", ", and ". */
const BREAKDOWN_LINK_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** After its last member: the sentence's end, or the end of a quote and who said it. */
const BREAKDOWN_END_RE =
  /^\s*(?:[.!?]?["'”’)]?\s*$|,\s*["'”’]?\s+[^.;:\d]{0,80}\b(?:said|says|told|added|wrote)\b)/i;

/**
 * "… seven victims. Two men and five women.": a verbless sentence that only splits the count of
 * the sentence before by who they were. Each member is a claim of the carried harm, and only
 * when the members add up to that count exactly.
 */
function breakdownOf(s: string, counts: Count[], carried: Carried | null): CasualtyHit[] | null {
  if (!carried || !Number.isFinite(carried.limit) || !BREAKDOWN_OPEN_RE.test(s.slice(0, counts[0].start)))
    return null;
  const parts: CasualtyHit[] = [];
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c.approx !== 'exact' || c.min === null) return null;
    const lead = /^\s+/.exec(s.slice(c.end, c.end + 4))?.[0].length ?? 0;
    const length = lead > 0 ? peopleLength(s.slice(c.end + lead, c.end + lead + 60)) : 0;
    if (length === 0) return null;
    const end = c.end + lead + length;
    const after = i + 1 < counts.length ? s.slice(end, counts[i + 1].start) : s.slice(end);
    if (!(i + 1 < counts.length ? BREAKDOWN_LINK_RE : BREAKDOWN_END_RE).test(after)) return null;
    sum += c.min;
    parts.push({
      ...hit(c, c.start, end, carried.category, 'tally', s.slice(c.end + lead, end)),
      tailEnd: end,
    });
  }
  return sum === carried.limit ? parts : null;
}

const FIGURE_WORD_RE = /\b(?:number|figure|tally)\s/;
/**
 * "The opposition put the number as high as 650", "the figure does not exceed 10,000": "the
 * number" with no harm word of its own is the figure of the harm the sentence before counted.
 */
const FIGURE_OF_CARRIED_RE =
  /\b(?:(?<verb>put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|that|this|its|their)\s+(?:number|figure|tally)\s+(?:at\s+)?|(?:the|that|this|its|their)\s+(?:number|figure|tally)\s+(?:does|did|would)\s+not\s+(?<exceed>exceed)\s+)$/i;

function figureOfCarried(s: string, carried: Carried | null): CasualtyHit | null {
  if (!carried) return null;
  for (const c of findCounts(s)) {
    const m = FIGURE_OF_CARRIED_RE.exec(s.slice(Math.max(0, c.start - 60), c.start));
    if (!m?.groups || c.isOne) continue;
    // "as high as 650", "does not exceed 10,000": the figure's upper bound.
    const atMost = m.groups.exceed !== undefined || c.qualifier === 'as high as';
    const estimate = /^estimat/i.test(m.groups.verb ?? '') && c.approx === 'exact';
    const count = atMost ? withApprox(c, 'at_most') : estimate ? withApprox(c, 'about') : c;
    const start = c.start - m[0].length + m[0].search(/\b(?:the|that|this|its|their)\s/i);
    return hit(count, start, c.end, carried.category, 'toll');
  }
  return null;
}

export function casualtiesInSentence(s: string, carried: Carried | null = null): CasualtyHit[] {
  return analyseSentence(s, carried).hits;
}

/**
 * Casualty hits in one sentence `s` (offsets relative to `s`), given what the sentence before
 * left for a tally to continue, and what this one leaves for the next.
 */
export function analyseSentence(
  s: string,
  carriedIn: Carried | null | (() => Carried | null),
): { hits: CasualtyHit[]; next: Carried | null } {
  // What the sentence before left may be asked for only when needed: the extractor then reads
  // a context sentence only when a tally in the text after it could continue it.
  let carriedKnown = typeof carriedIn !== 'function';
  let carriedValue = typeof carriedIn === 'function' ? null : carriedIn;
  const carried = (): Carried | null => {
    if (!carriedKnown) {
      carriedValue = (carriedIn as () => Carried | null)();
      carriedKnown = true;
    }
    return carriedValue;
  };
  // Without a harm stem only a tally carried from the sentence before can hold a claim (the
  // opener regex is skipped where nothing is known to be carried: most sentences of a page).
  const found = cuesOf(s);
  const nothingCarried = carriedKnown && carriedValue === null;
  // "number" is a toll's head: a sentence with it alone may still give the figure of the harm before.
  if (
    !nothingCarried &&
    FIGURE_WORD_RE.test(s) &&
    (found === null || !hasHarmStem(s.replace(/\b(?:number|tally)\b/g, '')))
  ) {
    const figure = figureOfCarried(s, carried());
    if (figure) return { hits: [figure], next: null };
  }
  if (found === null && (nothingCarried || !CARRIED_START_RE.test(s) || carried() === null))
    return { hits: [], next: null };
  const onlyCarried = found === null;
  const cues = found ?? new Cues(s, []);
  const counts = findCounts(s);
  const hits: Array<CasualtyHit | null> = counts.map(() => null);
  let previousEnd = 0;
  counts.forEach((c, i) => {
    // "one" claims only inside a tally, or when qualified ("at least one other officer died").
    if (c.isOne && c.qualifier !== 'at least') {
      const body = onlyCarried ? null : tryOneBody(s, c);
      if (body) {
        hits[i] = body;
        previousEnd = c.end;
      }
      return;
    }
    const h = onlyCarried
      ? i === 0
        ? tryCarried(s, c, carried())
        : null
      : // "Among the fatalities were 61 rebels, 20 troops …": a tally member before any noun frame.
        ((AMONG_THE_BEFORE_RE.test(s.slice(Math.max(0, c.start - 40), c.start)) ? tryAmong(s, c) : null) ??
        (i > 0 ? tryNextMember(s, c, hits[i - 1]) : null) ??
        tryBodiesOf(s, c) ??
        trySubject(cues, c) ??
        tryOfThe(cues, c) ??
        tryAndObject(s, c) ??
        tryNoun(cues, c) ??
        tryObject(s, c) ??
        trySearch(s, c) ??
        tryWhereabouts(s, c) ??
        tryToll(
          cues,
          c,
          previousEnd,
          i > 0 ? hits[i - 1] : null,
          i > 0 ? counts[i - 1] : null,
          hits.findLast((h, k) => k < i && h !== null) ?? null,
        ) ??
        tryTollAfter(cues, c) ??
        tryAmong(s, c) ??
        tryAlongWith(s, c, i > 0 ? hits[i - 1] : null) ??
        tryAboard(s, c) ??
        trySafety(cues, c) ??
        (i === 0 ? tryCarried(s, c, carried()) : null));
    // "there will be 200,000 dead", "expected a figure of 150,000 dead": a forecast.
    hits[i] =
      h && h.start >= c.start && NOUN_FORECAST_BEFORE_RE.test(s.slice(Math.max(0, c.start - 36), c.start))
        ? null
        : h;
    // A count after "from" that made no claim ("the death toll from two days of clashes",
    // "revised from 160 to three") does not hide the toll's head from the figure after it.
    // Only a count after "from" is let through: elsewhere the shorter window is kept (speed).
    // Nor does a span of time ("the toll in the more than seven months of war has passed 36,000").
    if (
      h ||
      !(
        // "the number of people killed by the three cyclones has increased to 12" too.
        /\b(?:from|by)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, c.start - 10), c.start)) ||
        DURATION_AFTER_RE.test(s.slice(c.end, c.end + 12)) ||
        // "the death toll from the shootings at two mosques has climbed to 50": things counted.
        thingsCounted(s, c)
      )
    )
      previousEnd = c.end;
  });
  // "one" as a member of a list of counts claims like any count: "one driver was killed and
  // six wounded", "killing one and wounding four", "Two farmers killed, one hurt". A lone
  // "one" (no count of its own frame beside it) stays dark.
  if (!onlyCarried && hasOne(counts)) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || !c.isOne || c.qualifier !== '') continue;
      // "Those killed included one soldier": "one" (not "a") inside a tally the harm word opens.
      const among = /^one$/i.test(s.slice(c.coreStart, c.end)) ? tryAmong(s, c) : null;
      if (among) {
        hits[i] = among;
        continue;
      }
      const h = trySubject(cues, c) ?? tryNoun(cues, c) ?? tryObject(s, c);
      if (!h) continue;
      // A "one" accepted just before links too: "one was injured and one is missing".
      const prev = i > 0 ? hits[i - 1] : null;
      const next = i + 1 < counts.length && !counts[i + 1].isOne ? hits[i + 1] : null;
      if (
        (prev && prev.end <= h.start && ONE_LINK_RE.test(s.slice(prev.end, h.start))) ||
        (next && h.end <= next.start && ONE_LINK_RE.test(s.slice(h.end, next.start))) ||
        // "Five guards and one inmate were killed": the last member of a coordinated subject,
        // whose harm word the count before it shares (the coordination below claims that one).
        // "One of his guards was wounded": a partitive picks a counted one out of someone's people.
        (h.frame === 'subject' && ONE_OF_PEOPLE_RE.test(s.slice(c.start, h.end))) ||
        /^one\s+(?:person|civilian)\b/i.test(s.slice(c.start, c.start + 16)) ||
        (h.frame === 'subject' && i > 0 && !hits[i - 1] && endsCountedList(s, counts, i, h.category))
      )
        hits[i] = h;
      else if (
        h.frame === 'object' &&
        i + 1 < counts.length &&
        !hits[i + 1] &&
        h.end <= counts[i + 1].start &&
        /^\s*,\s*$/.test(s.slice(h.end, counts[i + 1].start))
      ) {
        // "killing one US soldier, two Kenyan soldiers and nine Somali soldiers": "one" opens a
        // list of counted objects; the members after it follow it.
        const members: CasualtyHit[] = [];
        for (let j = i + 1; j < counts.length && !hits[j] && !counts[j].isOne; j++) {
          const m = tryNextMember(s, counts[j], members.at(-1) ?? { ...h, frame: 'tally', tailEnd: h.end });
          if (!m) break;
          members.push(m);
        }
        if (members.length > 0) {
          hits[i] = h;
          members.forEach((m, k) => (hits[i + 1 + k] = m));
        }
      }
    }
  }
  // "ordered to evacuate …, and about 400,000 had already left coastal districts": in a sentence
  // about an evacuation, people who left their homes or an area are displaced.
  if (!onlyCarried && s.includes('left') && EVACUATION_RE.test(s)) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || c.isOne) continue;
      const m = LEFT_AREA_RE.exec(s.slice(c.end, c.end + 80));
      if (m && looksLikePeople(m.groups?.np))
        hits[i] = hit(c, c.start, c.end + m[0].length, 'displaced', 'subject', m.groups?.np);
    }
  }
  // "The floods killed 58 people, but only 37 have been identified": the identified dead.
  if (!onlyCarried && s.includes('dentif')) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (hits[i] || c.isOne) continue;
      // "has identified 56 of the 384 dead": the identified part of the dead.
      const verb = matchTail(IDENTIFIED_BEFORE_RE, s.slice(Math.max(0, c.start - 24), c.start));
      if (verb && IDENTIFIED_OF_DEAD_RE.test(s.slice(c.end, c.end + 60))) {
        hits[i] = hit(c, verbStart(c.start, verb), c.end, 'killed', 'object');
        continue;
      }
      const m = IDENTIFIED_RE.exec(s.slice(c.end, c.end + 60));
      if (!m) continue;
      const before = s.slice(Math.max(0, c.start - 200), c.start);
      if (!hits.some((h, j) => j < i && h?.category === 'killed') && !DEAD_BEFORE_RE.test(before)) continue;
      hits[i] = hit(c, c.start, c.end + m[0].length, 'killed', 'subject');
    }
  }
  // "Eight of the eleven missing", "two of the 15 injured": a part of a counted set named by
  // its harm word is a claim of the same harm (the quote stops before the set's count).
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    if (hits[i] || c.isOne || !whole || whole.frame !== 'subject') continue;
    const next = counts[i + 1];
    const link = PART_OF_THE_RE.exec(s.slice(c.end, next.start));
    if (!link || !HARM_ADJECTIVE_AFTER_RE.test(s.slice(next.end, next.end + 24))) continue;
    const end = c.end + link[0].trimEnd().length;
    // "3 of the 10 missing climbers were found dead": the part has a harm of its own.
    const own = PART_OWN_HARM_RE.exec(s.slice(next.end, next.end + 120));
    const ownCategory = own ? categoryFromGroups(HARM_AFTER, own.groups) : null;
    const category =
      ownCategory && ownCategory !== whole.category && harmTailOk(s, next.end + own![0].length, own![0])
        ? ownCategory
        : whole.category;
    hits[i] = hit(c, c.start, end, category, 'subject');
  }
  // "Two children were among the 12 people killed": members named before the counted set.
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    const gap = s.slice(c.end, counts[i + 1].start);
    if (hits[i] || c.isOne || !whole || whole.frame !== 'subject' || whole.start !== counts[i + 1].start)
      continue;
    if (!gap.includes('among')) continue;
    const m = AMONG_SET_GAP_RE.exec(gap);
    if (!m || !looksLikePeople(m.groups?.np, whole.category)) continue;
    const end = c.end + (m.groups?.lead.length ?? 0) + (m.groups?.np.length ?? 0);
    hits[i] = { ...hit(c, c.start, end, whole.category, 'tally', m.groups?.np), tailEnd: end };
  }
  // "Four of the nine bodies have been found", "30 of the 120 passengers are still missing":
  // the predicate holds for the part only, so the part is the claim and the set is none.
  // ("Three of the 10 people killed were children" keeps both: there the harm names the set.)
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const whole = hits[i + 1];
    // "One of the three hostages was killed": the word "one" is a part too (not "a").
    if (hits[i] || (c.isOne && !/^one$/i.test(s.slice(c.start, c.end))) || !whole) continue;
    const next = counts[i + 1];
    if (!PART_OF_SET_RE.test(s.slice(c.end, next.start))) continue;
    let end = -1;
    if (whole.frame === 'subject' && PREDICATE_RE.test(s.slice(next.end, whole.end))) end = whole.end;
    else if (
      whole.frame === 'noun' &&
      whole.category === 'killed' &&
      /(?:bodies|corpses)$/i.test(s.slice(whole.start, whole.end))
    ) {
      const found = BODIES_FOUND_RE.exec(s.slice(whole.end, whole.end + 48));
      if (found) end = whole.end + found[0].length;
    }
    if (end < 0) continue;
    hits[i] = hit(c, c.start, end, whole.category, 'subject');
    hits[i + 1] = null;
  }
  // Coordinated subjects: "at least 16 children and 11 women were killed" — the first count
  // shares the harm word, and its qualifier carries to the second, and on along the list
  // ("At least 16 children, 11 women and 4 men": docs/CLAIMS.md, across a coordinated phrase).
  const carriesToNext: boolean[] = [];
  for (let i = counts.length - 2; i >= 0; i--) {
    const next = hits[i + 1];
    if (hits[i] || !next || (next.frame !== 'subject' && next.frame !== 'coordinated')) continue;
    const c = counts[i];
    // "the deaths of 65 civilians, as well as six soldiers and hundreds of others were injured":
    // a count added to the claim before belongs to it, not to the subject after.
    const before = i > 0 ? hits[i - 1] : null;
    if (before && before.end <= c.start && /^\s*,?\s+as\s+well\s+as\s+$/i.test(s.slice(before.end, c.start)))
      continue;
    // "One guard and five inmates were killed": the word "one" (not an article) leads the list.
    if (c.isOne && (c.qualifier !== '' || !/^one$/i.test(s.slice(c.coreStart, c.end)))) continue;
    // A tally member ("…, including 300 children, and 6,200 were injured") coordinates only
    // with a list that runs on to the harm word: "including 37 men and five children were hurt".
    // So does the last of several members: "including 5 children and 2 women, and 70 were hurt".
    if (next.frame === 'subject' && next.who === null && inTallyList(s, counts, i)) continue;
    const gap = s.slice(c.end, counts[i + 1].start);
    if (!matchTail(COORDINATED_LINK_END_RE, gap)) continue;
    const m = COORDINATED_RE.exec(gap);
    if (!m || !looksLikePeople(m.groups?.np, next.category)) continue;
    // "on four islands, 30 people were killed": a count set off by a bare comma is a member only
    // when it names people.
    const coNp = m.groups?.np;
    if (m.groups?.link === ',' && coNp !== undefined && !namesPeople(headWord(coNp))) continue;
    // "took 80 pupils, and 50 of them are missing": a part of the count is no member beside it
    // (an aside "Three people, two of them children, died" still shares the harm word).
    if (
      /\band\s*$/i.test(gap) &&
      /^\s+of\s+(?:them|whom|those|these)\b/i.test(s.slice(counts[i + 1].end, counts[i + 1].end + 14))
    )
      continue;
    // "home to 40,000 people, 12,000 of whom are displaced": the part has a harm of its own;
    // the whole has none.
    if (
      m.groups?.link === ',' &&
      PART_WITH_OWN_HARM_RE.test(s.slice(counts[i + 1].end, counts[i + 1].end + 80))
    )
      continue;
    // "19 survived and 13 died": a verb after the count makes it a clause of its own; "155
    // survivors and 111 bodies recovered": so does a noun that says they came through.
    if (COORDINATED_VERB_RE.test(m.groups?.np ?? '') || /\bsurvivors?$/i.test(m.groups?.np ?? '')) continue;
    // "an estimated 2 million people in need of aid and 300,000 displaced": people in a need,
    // not the harm; the qualifier still carries to the coordinated count.
    const inNeed = NEED_IN_NP_RE.test(m.groups?.np ?? '');
    // "Of the 300 passengers, 40 were injured": the set is the whole, not a harmed member.
    if (
      m.groups?.link === ',' &&
      matchTail(OF_THE_SET_RE, s.slice(Math.max(0, c.start - 16), c.start)) !== null
    )
      continue;
    // "Sixty miners, including 12 who were hurt, escaped": the clause names the member's harm.
    if (
      /including/i.test(m.groups?.link ?? '') &&
      /^\s+(?:who|that)\s/i.test(s.slice(counts[i + 1].end, counts[i + 1].end + 6))
    )
      continue;
    // The shared harm word belongs to the last member's quote; claims of a kind never overlap.
    // The quote stops at the count's own noun phrase, before any members named by an article.
    const npEnd =
      coNp !== undefined
        ? c.end + gap.indexOf(coNp) + coNp.length
        : c.end + gap.length - (/\s*(?:,?\s*including|,\s*and|,|and)\s*$/i.exec(gap)?.[0].length ?? 0);
    if (!inNeed)
      hits[i] = { ...hit(c, c.start, npEnd, next.category, 'coordinated', m.groups?.np), tailEnd: npEnd };
    const link = m.groups?.link ?? '';
    carriesToNext[i] = !/including/i.test(link);
    if (carriesToNext[i] && counts[i + 1].qualifier === '' && c.approx !== 'exact' && c.approx !== 'vague') {
      for (let j = i + 1; j < counts.length && hits[j] && counts[j].qualifier === ''; j++) {
        const widened = withApprox(counts[j], c.approx);
        hits[j] = { ...hits[j]!, min: widened.min, max: widened.max, approx: widened.approx };
        if (!carriesToNext[j]) break;
      }
    }
  }
  // Tallies: counts that list who was harmed after a claim, inheriting its harm word.
  for (let i = 1; i < counts.length; i++) {
    if (hits[i]) continue;
    const c = counts[i];
    // Only the count right before can open a tally, but a partitive member looks back past a
    // count of things: "30 were killed in the two attacks, officials said, 20 of them in …".
    let p = i - 1;
    if (
      !hits[p] &&
      p > 0 &&
      hits[p - 1] &&
      /^\s+of\s+(?:them|whom)\b/i.test(s.slice(c.end, c.end + 12)) &&
      namesThings(s, counts[p])
    )
      p--;
    const prev = hits[p];
    if (!prev) continue;
    const from = Math.max(prev.tailEnd, counts[p].end);
    if (from > c.start) continue;
    const gap = s.slice(prev.frame === 'tally' ? counts[p].end : prev.end, c.start);
    let gapAfterTail = s.slice(Math.min(Math.max(prev.end, prev.tailEnd), c.start), c.start);
    // "120 children (70 boys and 50 girls) and 95 women": after the parenthesis that holds a
    // member's own tally, the next member continues the outer one.
    if (prev.frame === 'tally' && /^\s*\)/.test(gapAfterTail) && insideParenthesis(s, counts[p].start)) {
      gapAfterTail = gapAfterTail.replace(/^\s*\)/, '');
    }
    // "…, 12 children, a nurse, a driver and 3 doctors": members named by an article between
    // two counted members keep the tally open.
    if (prev.frame === 'tally') gapAfterTail = gapAfterTail.replace(ARTICLE_MEMBERS_RE, '');
    // A bare "and" or comma continues only a list of objects or an open tally; after a subject
    // or a toll it starts a new clause ("…19 deaths, and 2.3m customers were without power").
    const plainLink =
      /^\s*(?:,|and|,\s*and)\s*$/i.test(gap) || /^\s*(?:,|and|,\s*and)\s*$/i.test(gapAfterTail);
    const partitive = /^\s+of\s+(?:them|whom)\b/i.test(s.slice(c.end, c.end + 12));
    // "Of the 176 people killed in the crash, 55 were students": members of the set named first.
    const ofTheSet =
      prev.frame !== 'tally' &&
      matchTail(OF_THE_SET_RE, s.slice(Math.max(0, counts[p].start - 16), counts[p].start)) !== null &&
      /^[^.;:\d]{0,80},\s*$/.test(gapAfterTail) &&
      /^\s+(?:were|are|was|is)\s/i.test(s.slice(c.end, c.end + 6));
    if (plainLink && !partitive && !ofTheSet && !['object', 'tally', 'coordinated'].includes(prev.frame))
      continue;
    // "3,008 were injured in the fighting, 904 of whom are children": the partitive names the set.
    const partitiveClause = partitive && /^[^.;:\d]{0,60}?,\s*["']?$/.test(gapAfterTail);
    if (
      !TALLY_LINK_RE.test(gap) &&
      !TALLY_LINK_RE.test(gapAfterTail) &&
      !TALLY_INCLUDING_RE.test(gapAfterTail) &&
      !partitiveClause &&
      !ofTheSet &&
      !(prev.frame === 'object' && OBJECT_APPOSITION_GAP_RE.test(gapAfterTail)) &&
      !(prev.frame === 'object' && OBJECT_PLACE_AND_GAP_RE.test(gapAfterTail)) &&
      !(prev.frame !== 'tally' && DASH_MEMBERS_GAP_RE.test(gapAfterTail))
    )
      continue;
    // "including dozens of students": a vague count takes "of" before its people.
    const of = c.approx === 'vague' ? (/^\s+of(?=\s)/.exec(s.slice(c.end, c.end + 4))?.[0].length ?? 0) : 0;
    // "including 55 who are in a critical condition": the member is named by its clause.
    const member =
      TALLY_MEMBER_RE.exec(s.slice(c.end + of, c.end + of + 100)) ??
      (/^\s+who\s/i.test(s.slice(c.end, c.end + 6)) && /including|among|of\s+whom/i.test(gapAfterTail)
        ? WHO_MEMBER_RE.exec('')
        : null);
    if (!member) continue;
    const np = member.groups?.np ?? '';
    // Troops listed with the harmed are harmed people too ("killing 70 Afghans and 13 US troops").
    if (!/^(?:in|on|from)\s/i.test(np) && !looksLikePeople(np, prev.category)) continue;
    const end = c.end + of + member[0].length;
    // "… and 25 from the army were captured", "killed the two gunmen, and 34 people have been
    // detained": after ", and" an object's member with a verb of its own opens a clause of its
    // own (a list is the subject of its verb: "the bodies of 22 women and six children had been …").
    if (
      (/^from\s/i.test(np) ||
        (prev.frame === 'object' && !partitive && /^\s*,\s*and\s*$/i.test(gapAfterTail))) &&
      /^\s+(?:were|was|are|is|have|has|had|will|would)\b/i.test(s.slice(end, end + 8))
    )
      continue;
    // "killed 5 people in Texas and 300,000 in Florida lost power": after the object's place, a
    // count with a verb of its own opens a clause of its own.
    if (
      prev.frame === 'object' &&
      OBJECT_PLACE_AND_GAP_RE.test(gapAfterTail) &&
      // (A singular verb after a plural count is the main clause's: "… and five civilians at a
      // wedding has increased the probability".)
      /^\s+(?:(?:were|are|have|had|will|would)\b|\p{Ll}+ed\b|(?:lost|left|fled|went|got|took)\b)/u.test(
        s.slice(end, end + 12),
      )
    )
      continue;
    // "killed 9 people, including a guard, and 300 soldiers were sent": a member is no larger
    // than the whole it is taken from.
    if (
      prev.frame !== 'tally' &&
      prev.max !== null &&
      c.min !== null &&
      c.min > prev.max &&
      /\b(?:including|namely|among|of\s+whom)\b/i.test(gapAfterTail)
    )
      continue;
    // "… died - 20 more than last year": a comparison, not a member.
    if (/^\s+than\b/i.test(s.slice(end, end + 8))) continue;
    // "… missing, including several guards trapped in the town": another state, not this one.
    if (OTHER_STATE_RE.test(s.slice(end, end + 40)) || OTHER_STATE_IN_NP_RE.test(np)) continue;
    let count: Count = c;
    // Coordinated objects keep the qualifier ("killing at least 16 children and 11 women", "the
    // deaths of at least 65 civilians, as well as six soldiers").
    if (
      (prev.frame === 'object' || prev.frame === 'noun') &&
      /^\s*(?:,|and|,?\s*as\s+well\s+as)\s*$/i.test(gap) &&
      !partitive &&
      c.qualifier === '' &&
      prev.approx !== 'exact' &&
      prev.approx !== 'vague'
    )
      count = withApprox(c, prev.approx);
    // "14 people were shot, three of them fatally": the members who died are killed.
    const category = prev.category !== 'killed' && FATALLY_RE.test(np) ? 'killed' : prev.category;
    hits[i] = { ...hit(count, c.start, end, category, 'tally', np), tailEnd: end };
  }
  // "more than 400,000 refugees and 300,000 internally displaced persons": two harm nouns of one
  // harm joined by "and" are one coordinated phrase, so the qualifier carries (docs/CLAIMS.md).
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a || !b || a.frame !== 'noun' || (b.frame !== 'noun' && b.frame !== 'subject')) continue;
    if (a.category !== b.category || b.start !== counts[i + 1].start || counts[i + 1].qualifier !== '')
      continue;
    if (a.approx !== 'at_least' && a.approx !== 'at_most' && a.approx !== 'about') continue;
    if (a.end > b.start || !/^\s*,?\s*and\s+$/i.test(s.slice(a.end, b.start))) continue;
    const widened = withApprox(counts[i + 1], a.approx);
    hits[i + 1] = { ...b, min: widened.min, max: widened.max, approx: widened.approx };
  }
  // "injured 45 workers, with eight in critical condition": part of the injured, in that state.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || prev?.category !== 'injured' || counts[i].isOne || prev.end > counts[i].start) continue;
    const c = counts[i];
    if (!WITH_LINK_RE.test(s.slice(prev.end, c.start))) continue;
    const m = IN_CONDITION_RE.exec(s.slice(c.end, c.end + 50));
    if (!m) continue;
    const end = c.end + m[0].length;
    hits[i] = { ...hit(c, c.start, end, 'injured', 'tally'), tailEnd: end };
  }
  // Ellipsis: "1,000 people died in the city and at least 200 more in the province" — the
  // verb of the clause before is left out, so a bare place phrase (or nothing) follows.
  // A member read so may lead the next one: "41 at X, 7 at Y and 3 at Z".
  const ellipsed: boolean[] = counts.map(() => false);
  for (let i = 1; i < counts.length; i++) {
    // A count inside the hit before ("are in 55 camps") is part of that clause, not a new one.
    const inside = i > 1 && !hits[i - 1] && (hits[i - 2]?.end ?? -1) >= counts[i - 1].end;
    const before = inside ? hits[i - 2] : hits[i - 1];
    // "killed 19 people, including six children, outside X, and another 23 people in Y": past
    // a tally, "another" repeats the head's clause.
    const pastTally =
      before?.frame === 'tally' &&
      !ellipsed[i - 1] &&
      /\band\s+(?:another|a\s+further)\s+$/i.test(s.slice(before.end, counts[i].start));
    const prev = pastTally ? hits.slice(0, i - 1).findLast((h) => h !== null && h.frame !== 'tally') : before;
    if (
      hits[i] ||
      !prev ||
      !before ||
      (prev.frame !== 'subject' &&
        prev.frame !== 'object' &&
        prev.frame !== 'noun' &&
        prev.frame !== 'toll' &&
        !ellipsed[i - 1])
    )
      continue;
    const c = counts[i];
    if (c.isOne || before.end > c.start) continue;
    const gap = s.slice(before.end, c.start);
    // "41 died at the Central Mosque, 7 at Linwood Mosque and …", "killed 191: 20 at El Pozo,
    // …": a comma after a place of the claim before, or a colon, also leaves the verb out.
    if (
      !/^[^.;:\d]{0,60}?\band\s+(?:another\s+|a\s+further\s+)?$/i.test(gap) &&
      !(ellipsed[i - 1] ? /^\s*,\s*$/ : ELLIPSIS_LIST_GAP_RE).test(gap)
    )
      continue;
    const rest = s.slice(c.end, c.end + 40);
    // People who fled go "to" a place: "9,000 fled to X and 4,000 to Y".
    // "and another 1,000 in the second week": "another" marks the repeat, with any place or time.
    const another = /\b(?:another|a\s+further)\s+$/i.test(s.slice(Math.max(0, c.start - 12), c.start));
    const m =
      ELLIPSIS_RE.exec(rest) ??
      (prev.category === 'displaced' ? ELLIPSIS_TO_RE.exec(rest) : null) ??
      (another ? ANOTHER_ELLIPSIS_RE.exec(rest) : null);
    if (!m) continue;
    // After a bare comma only a place makes the count a member: "30 people, 20 at El Pozo".
    if (
      /^\s*,\s*$/.test(gap) &&
      !ellipsed[i - 1] &&
      !/^\s+(?:in|on|at|across|near|from|inside|outside)\s/i.test(m[0])
    )
      continue;
    const end = c.end + m[0].length;
    hits[i] = { ...hit(c, c.start, end, prev.category, 'tally'), tailEnd: end };
    ellipsed[i] = true;
  }
  // "… 73,000 people have died, up from the 61,000 reported a day earlier": the earlier
  // figure of the same toll, reported as such, is a claim too.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || counts[i].isOne || prev.end > counts[i].start) continue;
    const c = counts[i];
    if (!UP_FROM_RE.test(s.slice(prev.end, c.start))) continue;
    // "…, up from 157 on Saturday": a change in the figure, not a report of the old one.
    if (!EARLIER_REPORT_AFTER_RE.test(s.slice(c.end, c.end + 40))) continue;
    hits[i] = { ...hit(c, c.start, c.end, prev.category, 'tally'), tailEnd: c.end };
  }
  // "The UN estimates 3,800 civilians have been killed", "was estimated at 60", "displaced
  // 355,000 people, according to UN estimates": an estimate's figure is approximate
  // (docs/CLAIMS.md), as "an estimated 60" is.
  if (s.includes('stimat')) {
    /** Where the last whole governed by a clause-level estimate ("It is estimated that 10,224 …") ends. */
    let estimatedWholeEnd = -1;
    for (let i = 0; i < counts.length; i++) {
      const h = hits[i];
      const c = counts[i];
      if (!h) continue;
      const byClause =
        matchTail(ESTIMATE_BEFORE_COUNT_RE, s.slice(Math.max(0, c.start - 90), c.start)) ||
        ESTIMATES_AFTER_COUNT_RE.test(s.slice(c.end, c.end + 80));
      // "…, including 3,106 children and 1,970 women": members of an estimated whole in the same
      // clause are estimated too; after "an estimated 60" (one noun phrase's qualifier) they are not.
      // "…, including 3,106 children (30 per cent) and 1,970 women (19 per cent) were injured":
      // the member after "and" is read as the verb's subject, yet it is still the tally's.
      const andMember =
        i > 0 &&
        hits[i - 1]?.frame === 'tally' &&
        /^[^;.:]{0,40}\band\s+$/.test(s.slice(counts[i - 1].end, c.start));
      const member = h.frame === 'tally' || h.frame === 'coordinated' || andMember;
      const inEstimatedTally =
        member &&
        estimatedWholeEnd >= 0 &&
        estimatedWholeEnd <= c.start &&
        !s.slice(estimatedWholeEnd, c.start).includes(';');
      if (!member) estimatedWholeEnd = byClause || c.qualifier === 'estimated that' ? h.end : -1;
      if (h.approx === 'exact' && (byClause || inEstimatedTally))
        hits[i] = { ...h, ...withApprox(c, 'about'), start: h.start, end: h.end };
    }
  }
  // "2,059 were wounded, including 1,404 in critical condition", "…, 12 of them in serious
  // condition": a part of the injured, named by its state.
  for (let i = 1; i < counts.length; i++) {
    const prev = hits[i - 1];
    if (hits[i] || !prev || prev.category !== 'injured' || counts[i].isOne) continue;
    const gap = s.slice(prev.tailEnd, counts[i].start);
    if (!/^\s*(?:,|--|[—–(])\s*(?:including\s+|among\s+them\s+|of\s+whom\s+)?$/i.test(gap)) continue;
    const state = IN_CONDITION_AFTER_RE.exec(s.slice(counts[i].end, counts[i].end + 60));
    if (!state) continue;
    const end = counts[i].end + state[0].length;
    hits[i] = { ...hit(counts[i], counts[i].start, end, 'injured', 'tally'), tailEnd: end };
  }
  // "6 children were among 25 rescued": a member of a set that is no harm count is none either,
  // whatever harm the clause before counted.
  for (let i = 0; i + 1 < counts.length; i++) {
    if (!hits[i] || hits[i + 1]) continue;
    const gap = s.slice(counts[i].end, counts[i + 1].start);
    if (gap.includes('among') && AMONG_SET_GAP_RE.test(gap)) hits[i] = null;
  }
  // A rate is no count of people harmed: "… died and 300 were hurt each month".
  const superseded = s.includes('had ') && (s.includes('earlier') || s.includes('previous'));
  const initial = s.includes('nitially') || s.includes('t first');
  const leaves = s.includes('leave') || s.includes('make') || s.includes('render');
  const negated =
    (s.includes('one of') || s.includes('one among') || s.includes('ther of') || s.includes('body among')) &&
    /\b(?:[Nn]one|[Nn]either|[Nn]obody|[Nn]o\s+one|[Nn]ot\s+one)\s+(?:of|among)\b/.test(s);
  const kept = hits.filter(
    (h): h is CasualtyHit =>
      h !== null &&
      !RATE_AFTER_RE.test(s.slice(h.end, h.end + 32)) &&
      // "a mass killing, defined as the slayings of four or more people": a definition, no count.
      !(s.includes('defin') && /\bdefine[sd]?\s+as\s+$/i.test(s.slice(Math.max(0, h.start - 20), h.start))) &&
      !(superseded && matchTail(SUPERSEDED_BEFORE_RE, s.slice(Math.max(0, h.start - 80), h.start))) &&
      !(initial && matchTail(INITIAL_REPORT_BEFORE_RE, s.slice(Math.max(0, h.start - 160), h.start))) &&
      !(leaves && matchTail(FORECAST_LEAVE_BEFORE_RE, s.slice(Math.max(0, h.start - 40), h.start))) &&
      !(negated && matchTail(NONE_OF_BEFORE_RE, s.slice(Math.max(0, h.start - 40), h.start))),
  );
  // A sentence of counts whose frames found nothing may split the count of the sentence before.
  if (kept.length === 0 && counts.length > 1) {
    const parts = breakdownOf(s, counts, carried());
    if (parts) return { hits: parts, next: null };
  }
  return { hits: kept, next: carriedFrom(counts, kept) };
}
