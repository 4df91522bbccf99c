/**
 * The noun-phrase grammar the casualty frames share, as regex source: the words that end a
 * phrase, number words, a phrase's words (NP_WORD, NP_CORE, NP), partitives, auxiliaries, the
 * harm-word alternations of lexicon.ts, and the openings of an aside about who the people were.
 * The bottom layer of the casualty rules (casualty.ts is the entry point).
 */
import { WEEKDAY } from './calendar';
import { HARM_ADJECTIVES, HARM_AFTER, HARM_BEFORE, HARM_NOUNS, alternation, wordTrie } from './lexicon';

// Words that end a noun phrase: auxiliaries, harm words, clause openers.
export const STOP_WORDS =
  'in on at across near from of for with by into over under during amid without following despite against within outside inside around throughout between towards toward upon via were was are is have has had been be being will would could should may might must can not who which that whom whose said says say told according when while after before since during as because if but or and including killed dead died die dies perished injured wounded missing displaced fled hurt left killing wounding injuring remain remains remained still also now another known aged affected impacted lost suffered sustained received last overnight yesterday today later earlier then subsequently eventually initially reportedly reported confirmed feared believed presumed found to than the a an their his her its our this these those per cent percent deaths fatalities casualties bodies victims along almost nearly approximately roughly about monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  );
/** STOP_WORDS as one regex (a trie: the NP regexes test it before every word they take). */
const STOP = `(?:${wordTrie(STOP_WORDS)})`;
export const NUMWORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|several|numerous|countless|scores)';
export const NUMWORD_ONLY_RE = new RegExp(`^${NUMWORD}$`, 'i');
// "Three U.S. soldiers": an abbreviation with points is a word of the phrase. A model number
// ("two AK-47 rifles", "F-16s") names a weapon or a craft, never people.
// "six IS militants": the capitalised acronym of Islamic State before a noun is a word of the
// phrase, not "is" ("gunmen IS prohibited in Russia" keeps it out).
// "Two Chhattisgarh Armed Forces (CAF) personnel": a bracketed acronym is a word of the phrase.
export const NP_WORD = `(?!(?!IS\\s+(?!\\p{Ll}+ed\\b)\\p{Ll})${STOP}\\b)(?!${NUMWORD}\\b)(?:(?:\\p{Lu}\\.){2,3}(?=\\s)|\\p{L}[\\p{L}'-]*(?:\\/\\p{L}[\\p{L}'-]*)?(?![\\p{L}'-]|-?\\d)|\\(\\p{Lu}[\\p{Lu}\\d-]{1,7}\\)(?=\\s))`;
// A noun phrase of up to five words, optionally with one prepositional tail ("from Syria", "from
// the Afghan National Defense and Security Forces": a name may hold an "and").
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
/** "seven Japanese, an American and an Indian": lone people listed after a counted noun. */
export const SINGLE_MEMBERS = `(?:,\\s+an?\\s+${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2}){1,3},?\\s+and\\s+an?\\s+${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2}`;
/** A noun phrase without a prepositional tail: objects stop before "at the resort". */
// "40 Central Reserve Police Force (CRPF) personnel": a bracketed acronym does not use up the
// phrase's words.
export const NP_CORE = `(?:${NP_WORD}(?:\\s+${NP_WORD}){0,4}(?:(?<=\\))\\s+${NP_WORD})?(?:\\s+and\\s+${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2})?)`;
export const NP = `(?:${NP_WORD}(?:\\s+${NP_WORD}){0,4}(?:\\s+and\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2})?(?:\\s+(?:from|in|on|at|across|inside|near|of|for|with)\\s+(?:the\\s+|an?\\s+|one\\s+|(?:his|her|their|its|our)\\s+|\\d[\\d,]*\\s+)?${NP_WORD}(?:\\s+(?:${NP_WORD}|\\d+(?:st|nd|rd|th)\\b)){0,3}(?:\\s+and\\s+${NOT_CLAUSE_OPENER}${NP_WORD}(?:\\s+${NP_WORD}){0,2})?){0,2})`;
// "15 of their fighters", "two of the victims": a partitive before the noun phrase.
export const PARTITIVE =
  '(?:\\s+of(?:\\s+(?:the|their|its|his|her|our|these|those|them|whom))?|\\s+among\\s+(?:the|their|its|our|them|those))?(?:\\s+victims)?';
export const AUX = `(?:were|was|are|is|have|has|had|been|be|being|got|went|gone|left|pronounced|declared|currently|remain|remains|remained|reported(?:ly)?|confirmed|believed|feared|presumed|thought|known|estimated|said|understood|found|discovered|also|still|now|so\\s+far|already|previously|recently|later|since|either|all|who|that|to|may|might|officially|initially|subsequently|eventually|allegedly|newly|likely|probably|just|could|in\\s+total|in\\s+all|altogether|each|both|mostly|later|lightly|slightly|seriously|critically|badly|severely|gravely|moderately|(?:have|has)\\s+been|are\\s+now|were\\s+later|then|among\\s+those|(?:listed|registered|recorded|counted|confirmed|reported|identified)\\s+as|today|yesterday|overnight|tonight|on\\s+(?:${WEEKDAY})(?:\\s+(?:night|morning|evening|afternoon))?|last\\s+(?:night|week)|(?:who|whom|that)\\s+we\\s+(?:still\\s+)?(?:have|had)|(?!(?:near|narrow|hard|bare|scarce|wrong|false|mistaken|supposed|fatal|mortal)ly\\b)\\p{L}{2,}ly)`;
export const HARM_AFTER_ALT = alternation(HARM_AFTER);
export const HARM_NOUN_ALT = alternation(HARM_NOUNS);
export const HARM_ADJ_ALT = alternation(HARM_ADJECTIVES);
export const HARM_BEFORE_ALT = alternation(HARM_BEFORE);

/** "half of them", "the vast majority of them": a part of the people counted, in an aside. */
export const PART_OF_THEM =
  '(?:(?:over|more\\s+than|nearly|almost|about|around|roughly|at\\s+least)\\s+)?(?:half|most|many|some|all|several|none|the\\s+(?:vast\\s+|overwhelming\\s+|great\\s+)?(?:majority|bulk))\\s+of\\s+them';
/** A subject count, its noun phrase and the opening of an aside about who they were. */
/** "40 people, 12 of whom were children, were killed": a counted part of them, in an aside. */
export const COUNTED_PART_OF_THEM = `(?:\\d[\\d,]*|${NUMWORD})\\s+of\\s+(?:whom|them)\\s`;
/** A share of a whole in an aside: "Nearly 2 million people, about 90% of the population, …". */
export const SHARE_ASIDE =
  '(?:(?:about|around|nearly|some|roughly|almost|over|more\\s+than)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent)\\s+of\\s|(?:a|one|two)\\s+(?:third|quarter|half|fifth|tenth)s?\\s+of\\s';
// "Around 8,000 people, or nearly half the town's population, are missing": the share they are.
export const OR_SHARE_ASIDE =
  'or\\s+(?:(?:about|around|nearly|almost|roughly|some|more\\s+than)\\s+)?(?:half|a\\s+third|a\\s+quarter|\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent))\\s';

/**
 * An aside between dashes that names who they were by counts or articles: "Four people—two
 * guards and two drivers—were killed", "3 people – a woman and two children – died".
 */
export const ASIDE_MEMBER_START =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d[\\d,]*)\\s';

// The words between a toll's head and its count must end in a verb or preposition that
// states the figure ("has risen to", "stood at", "of", "is"); "is somewhere around" hedges it.
/** Any character that \b might count as a word character (all but spaces and ASCII punctuation). */
export const WORDISH_RE = /[^\s!-/:-@[-^`{-~]/;
