/**
 * Designation claims: the text states that an authority designates, lists, proscribes, bans
 * or sanctions a group or person as terrorist, or lifted that. Each sentence with a terror cue
 * is searched for designation verbs and nouns; the entity is found through the verb's object
 * ("designated X as"), its subject ("X was proscribed"), an apposition ("X, a group designated
 * …"), a relative clause ("X, which the EU lists …"), a possessive ("X's designation") or a
 * prenominal label ("US-designated terrorist group X"). Plans, proposals and negations stay dark.
 */
import type { DesignationClaim } from './types';
import type { Span } from './sentences';
import {
  authoritiesIn,
  authorityNames,
  BLOC,
  expandBlocs,
  isListingAuthority,
  isNationalityPlural,
  opensWithAuthority,
  isStateOnly,
  isRegion,
  type AuthorityMention,
} from './designators';
import {
  BANNED_GROUP_AFTER_RE,
  CUE_RE,
  EXTREMIST_ATTACK_RE,
  GROUP_PEOPLE,
  cued,
  LEGAL_LABEL,
  isWidelyListed,
  onlyWidelyListedIn,
  listsWidelyListed,
  namesWidelyListed,
  tiedToWidelyListed,
} from './designation-cue';
import { labelAfter, withoutAbbreviationPoints } from './designation-label';
import { BACKER_WORDS } from './lexicon';
import { MONTH, WEEKDAY } from './calendar';
import { footnoteClaims } from './designation-footnote';
import { homeStateOf, localeOf, placeCounts, type PlaceCounts } from './home-states';
import {
  COUNTED_OBJECT_RE,
  COUNTED_SET_PHRASE,
  COUNTED_SUBJECT_RE,
  cuedSentence,
  nearSetClaim,
  namesJoinedByInnerAnd,
  MEMBER_INTRO_RE,
  REFERENCE_GATE_RE,
  REFERENCE_SUBJECT_RE,
  SET_ENTITY_RE,
  SET_NUMBER_WORD_RE,
  SET_HEAD,
  asideClaims,
  bulletClaims,
  countedObject,
  FOR_TERRORISM_RE,
  enumeratedClaims,
  followsClaim,
  mergeRestated,
  allOfWhichClaims,
  joinsListClaims,
  stateSponsorStatedClaims,
  labelRemovedClaims,
  openingParticipleClaim,
} from './designation-lists';

export type DesignationHit = Omit<DesignationClaim, 'quote'>;

// "US sanctions", "UN sanctions", "sanctions": what "remain under" a listing names.
const QUALIFIED_SANCTIONS =
  '(?:(?:US|U\\.S\\.|UN|U\\.N\\.|EU|American|British|international)\\s+)?sanctions?\\b';
const DESIGNATE =
  '(?:re-?)?designat(?:e|es|ed|ing)|freez(?:e|es|ing)(?=\\s+(?:the\\s+)?(?:funds\\s+and\\s+(?:other\\s+)?)?assets\\b)|froze(?:n)?(?=\\s+(?:the\\s+)?(?:funds\\s+and\\s+(?:other\\s+)?)?assets\\b)|(?:re-?)?list(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|proscrib(?:e|es|ed|ing)|banned|bans|banning|ban|disband(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|sanction(?:s|ed|ing)|restrictive\\s+measures(?=\\s+(?:on|against)\\s)|assets?[\\s-]+freezes?(?=\\s+(?:on|against)\\s)|declar(?:e|es|ed|ing)|proclaim(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|tag(?:s|ged|ging)?|classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|class(?:es|ed)|reinstat(?:e|es|ed|ing)|(?:re-?)?add(?:s|ed|ing)?|includ(?:e|es|ed|ing)|notif(?:y|ies|ied|ying)|plac(?:e|es|ed|ing)|put(?:s|ting)?|return(?:s|ed|ing)?(?=\\s+(?:[^.;]{1,60}?\\s+)?to\\s+(?:the|its|a)\\s+(?:[\\p{L}.\\x27\\u2019-]+\\s+){0,4}?(?:black)?list\\b)|named|remain(?:s|ed)?\\s+on|remain(?:s|ed)?\\s+under(?=\\s+' +
  QUALIFIED_SANCTIONS +
  ')|remain(?:s|ed)?\\s+in(?=\\s+(?:the|its|their)\\s+(?:[\\p{L}.\\x27\\u2019-]+\\s+){0,4}?(?:black)?list\\b)|(?:(?:has|have|had)\\s+been|is|are|was|were)\\s+(?:still\\s+|also\\s+|already\\s+)?on(?=\\s+(?:(?:both|all)\\s+)?(?:the|its|their|a|an|\\p{Lu}[\\p{L}.]*[\\x27\\u2019]s)\\s+(?:(?!(?:at|in|for|on|with)\\s)[\\p{L}\\d.\\x27\\u2019-]+\\s+){0,6}?(?:black)?lists?\\b)(?=(?:[^.;]|(?<=\\b[A-Z])\\.){0,60}?(?:terror|FTO|SDGT|sanctions|proscri|(?:banned|outlawed)\\s+(?:outfits|organi[sz]ations|groups|entities)))|(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|also\\s+)?(?:one\\s+of|among)(?=\\s+(?:the\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many)\\s+(?:other\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:countries|states|nations|groups|organi[sz]ations|entities|outfits)\\s+(?:still\\s+)?on\\s+(?:the|its|their|\\p{Lu}[\\p{L}.]*[\\x27\\u2019]s)\\s+(?:[\\p{L}\\d.\\x27\\u2019-]+\\s+){0,6}?(?:black)?lists?\\b)(?=(?:[^.;]|(?<=\\b[A-Z])\\.){0,120}?(?:terror|FTO|SDGT|sanctions|proscri))|(?:is|are|was|were)\\s+(?:also\\s+)?among(?=\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:(?:Foreign\\s+)?Terrorist\\s+Organi[sz]ations\\b|FTOs\\b|(?:designated|listed|banned|proscribed)\\s+(?:terrorist\\s+|terror\\s+)?(?:organi[sz]ations|groups|entities)\\b))|kept|keeps?|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|publish(?:es|ed|ing)?\\s+(?:(?:a|the|its)\\s+)?(?:(?:new|updated|fresh)\\s+)?list\\s+of|appl(?:y|ies|ied|ying)\\s+(?:the|its|a|this|that)\\s+(?:same\\s+)?(?:terrorist\\s+|terror\\s+|FTO\\s+)?(?:designation|label)\\s+to';
const DELIST =
  'revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|remov(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|de-?proscrib(?:e|es|ed|ing)|lift(?:s|ed|ing)?|annul(?:s|led|ling)?|overturn(?:s|ed|ing)?|no\\s+longer\\s+(?:designat(?:e|es|ed)|listed|proscribed|blacklisted)|struck\\s+off|taken\\s+off|(?:take|takes|took|taking|taken)(?=\\s+[^.;]{1,60}?\\s+off\\s+(?:(?:the|its|their|a|an)\\s+)?[^.;,]{0,40}?lists?\\b)|(?:drop|drops|dropped|dropping)(?=\\s+[^.;]{1,60}?\\s+from\\s+(?:(?:the|its|their|a|an)\\s+)?[^.;,]{0,40}?lists?\\b)';
const NOUNS =
  'designations?|listings?|re-listings?|proscription|blacklisting|ban|removal|deletion|rescission|revocation|delisting|de-listing|annulment|placement|addition|inclusion|classification|recognition';
// "Hamas Designated in March", "designated in October": a time, not part of the name.
const TRAILING_TIME_RE = new RegExp(`\\s+(?:in|of|for|on)\\s+(?:${MONTH}|${WEEKDAY})$`);
// "banned X on Thursday as a terrorist outfit": when comes between the object and its label.
const WHEN_BEFORE_AS_RE = new RegExp(
  `^\\s+(?:on\\s+(?:${WEEKDAY})|in\\s+\\d{4}|last\\s+(?:week|month|year)|in\\s+(?:its|their)\\s+entirety|in\\s+full)(?=\\s+as\\s)`,
);
// A noun's by-phrase before its object ("designations by the Trump administration on three
// leaders"); "on Monday" is a time, not the object.
const BY_PHRASE_FIRST_RE = new RegExp(
  `^\\s+by\\s+(?:the\\s+)?(?:[^,.;]|(?<=\\b[A-Z])\\.){1,40}?(?=\\s+(?:(?<of>of)\\s|(?:on|against)\\s+(?!(?:${WEEKDAY}|${MONTH})\\b)))`,
  'i',
);
const TRIGGER_RE = new RegExp(
  `(?<![\\p{L}-])(?:(?<delist>${DELIST})|(?<noun>${NOUNS})|(?<verb>${DESIGNATE}))(?![\\p{L}])|(?<pre>\\b[\\p{L}.]+-(?:designated|proscribed|blacklisted|banned|sanctioned|listed))\\b`,
  'giu',
);
// Plans, proposals, requests and negations before the verb keep it from being a claim.
const HEDGE_WORDS =
  "consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|plan(?:s|ned|ning)?\\s+to|calls?\\s+(?:for|on|to|from)|calls\\s+in\\s+(?:the\\s+)?[A-Z][A-Za-z.]*\\s+to|called\\s+(?:for|on)|calling\\s+(?:for|on)|recommend\\w*|case\\s+(?:of|for|related\\s+to)|(?:statutory\\s+)?criteria\\s+for|grounds\\s+for|eligib\\w+\\s+for|urg(?:e|es|ed|ing)|plead(?:s|ed|ing)?|pled|propos(?:e|es|ed|al|ing)|bid\\s+to|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\\s+(?:for|to)|pressure\\s+(?:on\\s+[a-z\\s]{1,30}?\\s+)?to|campaign(?:s|ed|ing)?\\s+(?:for|to)|lobb(?:y|ies|ied|ying)\\s+(?:for|to)|(?<!\\b(?:approved|passed|adopted|carried)\\s(?:[a-zA-Z-]+\\s){0,6})motion|petition(?:s|ed)?|lawsuit|challeng(?:e|es|ed|ing)|whether|block(?:s|ed|ing)?|hold\\s+on|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|could|should|might|may|not|n't|never|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|fail(?:s|ed)?\\s+to|review(?:s|ed|ing)?|threaten(?:s|ed|ing)?|if|unless|hearing|want(?:s|ed)?(?:\\s+to)?|vow(?:s|ed)?\\s+to|promis(?:e|es|ed)\\s+to|commit\\w*\\s+to|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)\\s+to|efforts?\\s+to|bids?|vot(?:e|es|ed|ing)\\s+against|oppos(?:e|es|ed|ing)|must|prepar(?:e|es|ed|ing)\\s+to|process\\s+(?:of|to|for)|potential(?:ly)?|intention\\s+to|explor(?:e|es|ed|ing)|options?\\s+to|pledg(?:e|es|ed|ing)\\s+to|work(?:s|ed|ing)?\\s+to|legislation\\s+to|bills?\\s+to|bills?\\s+(?:that|which)\\s+would|press(?:es|ed|ing)(?!\\s+(?:release|conference|briefing|statement))|(?:a|the|renewed|new|fresh|its|their)\\s+push|(?:it\\W?s|is)\\s+(?:high\\s+)?time\\s+for|move\\s+forward\\s+with|pav(?:e|es|ed|ing)\\s+the\\s+way\\s+for|(?:anxious|eager|keen)\\s+to|mov(?:es|ing)\\s+to|warn(?:s|ed|ing)?\\s+against|against\\s+being|likely\\s+to|(?:allow|enabl|permit|empower)\\w*\\s+(?:[A-Za-z'’]+\\s+){0,3}?to|(?:to|will)\\s+decide|decid(?:e|es|ing)\\s+whether";
// Within 60 characters (commas allowed), or further back within the clause, where a period after
// a single capital (U.S., U.K.) is an abbreviation: "urged U.S. Secretary of State Jane Doe in a
// letter on Friday to immediately designate …".
// A relative clause is a claim of its own: "never controlled by Hamas, which has long been
// designated …" — the hedge does not reach across ", which".
const NOT_A_CLAIM_BEFORE_RE = new RegExp(
  `\\b(?:${HEDGE_WORDS})\\b(?:(?!,\\s*(?:which|who)\\b)[^.;]){0,60}$`,
  'i',
);
const NOT_A_CLAIM_FAR_RE = new RegExp(`\\b(?:${HEDGE_WORDS})\\b(?:[^.;,]|(?<=\\b[A-Z])\\.){0,85}$`, 'i');
// Scheduled hearings and effects after the trigger: "… is scheduled for May 26", "… could have implications".
const NOT_A_CLAIM_AFTER_RE =
  /^[^.;]{0,140}?\b(?:is|was|are|were)\s+scheduled\b|^(?:\s+\S+){0,6}?\s+(?:could|would|might)\s+(?:have|be|mean|lead|hurt|harm|damage|hamper|complicate|undermine|worsen|affect|impede|disrupt|endanger|jeopardi[sz]e|threaten|hinder|cripple)\b/i;
// Commentary on a listing is no claim of one: "X's listing shows that …".
const EFFECTS_AFTER_RE =
  /^\s+(?:shows?|showed|proves?|proved|demonstrates?|demonstrated|signals?|signalled|sends?\s+a|underscores?|highlights?|bars?|freezes?|prohibits?|makes?\s+it|means?|allows?|criminali[sz]es?|will\s+(?:bar|freeze|make|mean|allow))\b/i;

// A proper name: capitalised words with the lower-case particles Arabic names carry.
// Places whose names hold "and" stay one word of a name ("Jammu and Kashmir Ghaznavi Force"),
// as do ETA's "Basque Fatherland and Liberty" and "the Islamic State of Iraq and Syria" (or "…
// and the Levant"), which a list would otherwise split in two.
const AND_PLACES =
  '(?:Islamic\\s+State\\s+(?:of|in)\\s+Iraq\\s+and\\s+(?:the\\s+)?(?:Syria|Levant|al-Sham|Sham)|Fatherland\\s+and\\s+Liberty|Jammu\\s+and\\s+Kashmir|Trinidad\\s+and\\s+Tobago|Bosnia\\s+and\\s+Herzegovina|Antigua\\s+and\\s+Barbuda|Turks\\s+and\\s+Caicos|Sao\\s+Tome\\s+and\\s+Principe)';
// "Al shabab", "al qaeda": a widely known name some copy writes in lower case after "Al".
const LOWER_CASE_GROUP = "[Aa]l[\\s-](?:shabaa?b|qa['’]?e?i?da|nusra)\\b";
const CAPWORD =
  `(?:${AND_PLACES}|${LOWER_CASE_GROUP}|` +
  "(?:\\p{Lu}[\\p{L}\\p{N}'.]*(?:-(?:\\p{L}[\\p{L}\\p{N}'.]*|\\d+\\b))*|(?:al|el|ul|ut|ud|e|bin|ibn|wal|ad|as|ash)-\\p{L}[\\p{L}']*(?:-\\p{L}[\\p{L}']*)*))";
// The ASCII lookaround first: most positions fail on it before a Unicode-property class is
// read (the same matches in half the time); the exact lookbehind follows.
// A name may carry its parenthesis ("Islamic State (IS)", "(banned in Russia)"), but not a
// clause of listing that describes it ("Hezbollah (which is listed as …)").
// "Group 24", "Unit 8200": a unit's number ends its name (not a count of years or people after it).
const UNIT_NUMBER =
  '(?:(?<=\\b(?:Group|Unit|Division|Brigade|Battalion|Regiment|Squad|Cell|Force|Front))\\s+\\d{1,4}(?!\\d|[,.]\\d|\\s*(?:years?|months?|days?|weeks?|percent|per\\s+cent|%|members|fighters|people)\\b))?';
const NAME_RE = new RegExp(
  `(?<![a-zA-Z\\d-])(?=["A-Zaeubiw]|[^\\x00-\\x7f])(?<![\\p{L}\\p{N}-])(?:"${CAPWORD}(?:\\s+${CAPWORD}){0,4}"|${CAPWORD}(?:(?:\\s+(?:(?:of|for|the|in|de|la|los|las|del|della|di|du|des|da|do|y|al|ut|ul|ud|bin|ibn|bint|wal|wa|fil|&)\\s+){0,2}|\\s+-\\s+)${CAPWORD}){0,8}${UNIT_NUMBER}(?:\\s*\\((?!(?:which|who|that|both|all|listed|designated|considered|classified|labell?ed|blacklisted|proscribed)\\s)[^()]{1,90}\\))?)`,
  'gu',
);
const NOT_NAME =
  /^(?:The|A|An|On|In|At|By|For|After|But|And|Or|Meanwhile|However|Also|It|Its|This|That|These|Those|He|She|They|We|His|Her|Their|Our|Mr|Ms|Mrs|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Foreign|Specially|Global|Terrorist|Terrorists|Organi[sz]ations?|Entity|Entities|Sanctions|State|Sponsors?|Department|Secretary|Minister|Government|Parliament|Council|Court|Committee|Treasury|President|Prime|Home|Office|List|Act|Order|Criminal|Code|Division|Islamist|Islamic|Group|Groups|MPs|Under|Today|Yesterday|Last|Next|Earlier|Later|Now|Officials|Police|Reuters|AFP|AP|Once|Certain|When|While|If|Since|Following|According|Terrorism|Regulations|Designated|Designation|Designations|Listing|Proscription|Blacklisting|Gazette|Governor-General|Labour|Liberals|Conservatives|READ|MORE|Read|More|Executive|Embassy|Nine|Ten|Two|Three|Four|Five|Six|Seven|Eight|One|Several|Many|Some|All|Both|Each|Every|Not|No|Yes|Its|Such|Other|Another|Then|There|Here|What|Which|Who|Why|How|Where|Hamas-run|Thus|Accordingly|Subsequently|Similarly|Likewise|Currently|Consequently|Hence|Therefore|Moreover|Furthermore|Additionally|Separately|Previously|Recently|Nonetheless|Nevertheless|Instead|Overall|Finally|Current|Consequences|Section|Article|Schedule|Details|Chapter|Clause|Paragraph|Resolution|Amendment|With|Without|From|Of|To|Over|Against|Within|Through|During|Despite|Amid|Among|Before|Until|Unlike|Like|As|Alongside|Part|Out|Govt|Government's|Countries|Nations|Governments|Authorities|States|Fresh|Latest|Renewed|Further|Additional|Breaking|Though|Although|Still|Yet|Even|Whether)$/;
// Names made only of label words are the label, not the entity: "Foreign Terrorist Organization (FTO)".
const LABEL_WORDS =
  /^(?:(?:Foreign|Specially|Specified|Designated|Nationals|Blocked|Persons|Global|Terrorist|Terrorists|Terror|Organi[sz]ations?|Entity|Entities|State|States|Sponsors?|of|Terrorism|List|Sanctions|Act|Criminal|Code|Division|FTOs?|SDGTs?|SDN|the|and|Group|Groups|\(\w+\))\s*)+$/;
// "designated under the UN's al-Qaida sanctions regime": the regime's owner designates.
// "by both the EU and the United States": "both" and "each of" open a list of authorities;
// "by allies such as the US": examples name them.
const LIST_OWNER_RE = /^\s+(?:black)?lists?\s+(?:of|maintained\s+by|kept\s+by|issued\s+by)\s+(?:the\s+)?/i;
// "under the new amendments to the Unlawful Activities (Prevention) Act": the law's own words
// may come between.
const BY_RE =
  /^["”’]?\s*,?\s*(?:(?:in\s+\d{4}|on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s+(?=by\s))?(?:by|in|under)\s+(?:both\s+|each\s+of\s+)?(?:(?:its\s+|their\s+|western\s+|other\s+)?(?:allies|partners|countries|states|governments|nations)\s+(?:such\s+as|like|including)\s+)?(?:the\s+)?(?:(?:new\s+|recent\s+|latest\s+)?(?:amendments?|provisions?|section\s+\d+\w?)\s+(?:to|of)\s+(?:the\s+)?|(?:administration|government)\s+of\s+(?:the\s+)?(?:then-|former\s+)?)?/iu;

// Nationality, region and creed adjectives: a name made only of them describes what follows.
const DESCRIBING_ONLY_RE =
  /^(?:(?:Afghan|African|American|Arab|Asian|Australian|Basque|Belgian|British|Canadian|Chinese|Colombian|Communist|Dutch|Egyptian|European|French|German|Greek|Indian|Iranian|Iraqi|Irish|Islamic|Islamist|Israeli|Italian|Japanese|Jewish|Jihadist|Jordanian|Kurdish|Lebanese|Libyan|Malian|Marxist|Mexican|Nigerian|Pakistani|Palestinian|Russian|Salafist|Saudi|Shia|Shiite|Shi'ite|Somali|Spanish|Sudanese|Sunni|Syrian|Turkish|Ukrainian|Venezuelan|Western|White|Yemeni|Emirati|Qatari|Bahraini|Kuwaiti|Philippine|Filipino|Kazakh|Uzbek|Hungarian|Argentine|Moldovan|Belarusian|Chechen|Balochi?|Pashtun|Sikh|Hindu|Tamil|Uyghur|Turkmen|Libyan|Tunisian|Algerian|Moroccan|Mauritanian|Nigerien|Burkinabe|Chadian|Kenyan|Ugandan|Ethiopian|Eritrean|Bangladeshi|Afghani?|Tajik|Kyrgyz|Azerbaijani|Armenian|Georgian|Latin|Central|South|North|East|West|Middle|Eastern|Southern|Northern|Caribbean|Brazilian|Peruvian|Ecuadorian|Haitian|Salvadoran|Honduran|Guatemalan|Nicaraguan|Cuban|Chilean|Bolivian|Paraguayan|Indonesian|Malaysian|Thai|Burmese|Kashmiri|Bengali|Nepali|Uighur|Rohingya|Fulani|Tuareg|Congolese|Mozambican|Cameroonian|Malian|Burkinabe|Nigerien|Chadian)\s*)+$/;

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

/** "the Iran-backed …", "the Manzoor Pashteen-led …": who backs or leads what the name names. */
const BACKER_PREFIX_RE = new RegExp(`^.*?-(?:${BACKER_WORDS.join('|')})\\s+`, 'u');

const PERSON_TITLE_PREFIX_RE =
  /^((?:\p{Lu}[\p{L}-]+\s+){1,2})?(?:President|Minister|Secretary|Chancellor|Governor|Commander|Leader|Chief|Emir|Spokes(?:man|woman|person))\s+(?=\p{Lu}[\p{Ll}])/u;
const OFFICE_WORDS_RE =
  /^(?:(?:Interior|Foreign|Defen[cs]e|Prime|Deputy|Vice|Finance|Justice|Home|Acting|Interim|Transitional|Former|Army|Military|Security)\s*)+$/;

const LISTING_COMPOUND_PREFIX_RE =
  /^(?:The\s+)?[\p{L}.]+-(?:designated|proscribed|blacklisted|banned|sanctioned|listed)\s+(?=\p{Lu}|(?:al|el)-\p{L})/u;
const CAPITALISED_LABEL_PREFIX_RE =
  /^(?:Foreign\s+Terrorist\s+Organi[sz]ation|Specially\s+Designated\s+Global\s+Terrorist|Terrorist\s+(?:Group|Organi[sz]ation|Entity))\s+(?=\p{Lu}|(?:al|el)-\p{L})/u;

const DATELINE_RE = /^\p{Lu}{4,}(?:[\s-]\p{Lu}{2,})*(?:,\s+[\p{L}. ]{2,20})?\s*(?::|[—–]|-\s|\()/u;

function namesIn(s: string): NameSpan[] {
  const out: NameSpan[] = [];
  NAME_RE.lastIndex = 0;
  const pieces: Array<{ index: number; text: string }> = [];
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    // Title-case headlines run names into verbs and the label's "As": "Canada Lists IRGC as …",
    // "US Designates Hamas As Terrorist Group".
    const re =
      // "MPs Vote to Proscribe Palestine Action": the verb may also open the match, or follow
      // another split word ("UK To Proscribe …").
      // ("Willayath As Seylani": an "As" before no label word is part of the name.)
      /(?:^|\s+|(?<=\s))(?:(?:As|An?)(?=\s+(?:An?\s+|The\s+)?(?:Foreign|Specially|Global|Designated|International|Proscribed|Banned|Outlawed|Terror\w*|Sanctioned|Extremist|Unlawful|Specified|State|Sponsor|Islamist|Militant|Jihadist)\b)|(?:From|Off|On|To|Under)(?=\s+(?:(?:The|Its|Their|US|UN|EU|UK|U\.S\.|U\.N\.)\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:List|Blacklist|Register|Act)\b)|To(?=\s+(?:Proscribe|Ban|Designate|List|Blacklist|Outlaw)\b)|Lists?|Listed|Designates?|Designated|Bans?|Banned|Proscribes?|Proscribed|Revokes?|Revoked|Removes?|Removed|Adds?|Added|Labels?|Declares?|Declared|Confirms?|Says|Lifts?|Lifted|Lifting|Annuls?|Annulled|Blacklists?|Blacklisted|Names?|Named|Puts?|Placed|Takes?|Took|Keeps?|Kept)\s+/g;
    let last = 0;
    for (let v = re.exec(m[0]); v; v = re.exec(m[0])) {
      pieces.push({ index: m.index + last, text: m[0].slice(last, v.index) });
      last = v.index + v[0].length;
    }
    pieces.push({ index: m.index + last, text: m[0].slice(last) });
  }
  for (const piece of pieces) {
    let text = piece.text;
    let start = piece.index;
    if (text === '') continue;
    // "CAIRO: An Egyptian court …", "KABUL — …": a dateline in capitals names where, not who.
    if (/^\s*$/.test(s.slice(0, start)) && DATELINE_RE.test(s.slice(start))) continue;
    // Peel leading words that only look like names at a sentence start, and the particles
    // they leave in front ("Secretary of State" is no name).
    for (;;) {
      const first = /^(\S+)\s+/.exec(text);
      if (!first) break;
      const w = first[1].replace(/[,.]$/, '');
      const connector = /^(?:of|for|the|in|de|la|los|las|del|della|di|du|des|da|do|y|al|&)$/.test(w);
      // "'Hateful' Ash Order": a quoted word closes before the name.
      const quoted = /^\p{L}+'$/u.test(first[1]) && !/s'$/.test(first[1]);
      // "Lifting TPLF's terrorist designation …": a participle opening the sentence is no part of a name.
      if (start === 0 && /^\p{Lu}[\p{Ll}-]{2,}ing$/u.test(w)) {
        start += first[0].length;
        text = text.slice(first[0].length);
        continue;
      }
      // "Militants of Hayat Tahrir al-Sham": members named by role belong to the group, not its name.
      if (
        /^(?:Militants|Fighters|Members|Supporters|Leaders|Gunmen|Followers|Commanders|Units|Remnants|Cells|Affiliates)$/.test(
          w,
        ) &&
        /^(?:of|from)\s/.test(text.slice(first[0].length))
      ) {
        const role = /^\S+\s+(?:of|from)\s+(?:the\s+)?/.exec(text)![0];
        start += role.length;
        text = text.slice(role.length);
        continue;
      }
      if (!connector && !quoted && w !== 'The' && !NOT_NAME.test(w)) break;
      // "the Order of Nine Angles": after "the", an order of something is a name, not a law.
      if (
        w === 'Order' &&
        /^of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(first[0].length)) &&
        /\bthe\s+$/i.test(s.slice(0, start))
      )
        break;
      // "Group 24": the unit's word and its number are the whole name.
      if (/^\d{1,4}$/.test(text.slice(first[0].length))) break;
      // "Islamic State", "Islamic Jihad": the word opens a name when one follows.
      if (w === 'Islamic' && /^\p{Lu}/u.test(text.slice(first[0].length))) break;
      if (w === 'The' && !NOT_NAME.test(text.slice(first[0].length).split(/\s+/)[0] ?? '')) break;
      start += first[0].length;
      text = text.slice(first[0].length);
    }
    // "Syrian President Ahmed al-Sharaa", "Interior Minister Anas Khattab": a title before a
    // person's name is no part of it.
    const title = PERSON_TITLE_PREFIX_RE.exec(text);
    if (
      title &&
      (title[1] === undefined ||
        DESCRIBING_ONLY_RE.test(title[1].trim()) ||
        OFFICE_WORDS_RE.test(title[1].trim()))
    ) {
      start += title[0].length;
      text = text.slice(title[0].length);
    }
    // A possessive owner is a name of its own: "Iran's Islamic Revolutionary Guard Corps",
    // "Sudan's State Sponsor of Terrorism designation".
    const poss = /^([^\s']+)'s?\s+(?=\p{Lu})/u.exec(text);
    if (poss && authoritiesIn(poss[1]).length > 0) {
      if (!isListingAuthority(poss[1])) out.push({ start, end: start + poss[1].length, text: poss[1] });
      start += poss[0].length;
      text = text.slice(poss[0].length);
    }
    // "Ahmed al-Sharaa's HTS group", "Jolani's Hayat Tahrir al-Sham": a person's possessive
    // before a group's acronym or a widely listed name owns the group; it is no part of its name.
    const owner =
      /^((?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+)){0,3})['’]s\s+(?=\p{Lu})/u.exec(
        text,
      );
    if (owner) {
      const owned = text.slice(owner[0].length);
      if (/^\p{Lu}{2,6}$/u.test(owned) || isWidelyListed(owned)) {
        start += owner[0].length;
        text = owned;
      }
    }
    // "the Islamic State-linked Indonesian network": "X-linked" and a word of nationality
    // describe what follows, and name nothing.
    const linked = BACKER_PREFIX_RE.exec(text);
    if (linked && DESCRIBING_ONLY_RE.test(text.slice(linked[0].length))) continue;
    // "the Manzoor Pashteen-led Pashtun Tahafuz Movement": who leads a group is no part of its name,
    // nor who backs it or where it is ("the Iran-backed Kataib Hezbollah", "the al-Qaeda-linked
    // al-Shabaab", "the Syria-based Hurras al-Din").
    if (linked && /^(?:\p{Lu}|(?:al|el)-\p{L})/u.test(text.slice(linked[0].length))) {
      start += linked[0].length;
      text = text.slice(linked[0].length);
    }
    // "the US-designated Hamas", "the UK-proscribed Hizb ut-Tahrir": the listing compound is no
    // part of the name either.
    const listedBy = LISTING_COMPOUND_PREFIX_RE.exec(text);
    if (listedBy) {
      start += listedBy[0].length;
      text = text.slice(listedBy[0].length);
      // "US-designated Foreign Terrorist Organization Hamas": nor is the label it goes on with.
      const label = CAPITALISED_LABEL_PREFIX_RE.exec(text);
      if (label) {
        start += label[0].length;
        text = text.slice(label[0].length);
      }
    }
    // "the Palestinian Group Hamas": a described head noun before the name is no part of it.
    const describedHead = /^((?:\S+\s+){1,2}?)(?:Group|Movement|Militia)\s+(?=\p{Lu})/u.exec(text);
    if (describedHead && DESCRIBING_ONLY_RE.test(describedHead[1].trim())) {
      start += describedHead[0].length;
      text = text.slice(describedHead[0].length);
    }
    // A trailing possessive belongs to what follows: "the BLA's previous designation".
    text = text.replace(/'s?$/, '');
    // "The Houthis' FTO designation": label words after a possessive are no part of the name.
    const ownerOfLabel = /^(.*?\S)['’]s?\s+(\S.*)$/u.exec(text);
    if (ownerOfLabel && LABEL_WORDS.test(ownerOfLabel[2])) text = ownerOfLabel[1];
    // "Tehreek-e-Labbaik Pakistan's (TLP's)": the possessive of a name and its acronym.
    if (text.includes("'s (")) text = text.replace(/'s(?=\s*\()/, '').replace(/\(([^()]*?)'s\)$/, '($1)');
    // "the Ash Order Islamist group": a describing creed is no part of the name.
    if (/^\s+group\b/.test(s.slice(start + text.length, start + text.length + 7)))
      text = text.replace(/\s+(?:Islamist|Jihadist|Salafist|Marxist|Maoist|Nationalist)$/, '');
    // "HTS in July": a date after a connector is no part of the name.
    const trimmed = text.replace(/[.,'"]+$/, '').replace(TRAILING_TIME_RE, '');
    if (
      trimmed === '' ||
      NOT_NAME.test(trimmed) ||
      isListingAuthority(trimmed) ||
      // ("the U.S. designation": the stripped point is the abbreviation's own.)
      (/\.\p{Lu}$/u.test(trimmed) && isListingAuthority(`${trimmed}.`)) ||
      // A quoted label ("a "Foreign Terrorist Organization"") is no name either.
      // ("The SDGT designation …": the sentence's article is no part of it.)
      LABEL_WORDS.test(
        trimmed
          .replace(/^["']/, '')
          .replace(/^The\s+/, '')
          .replace(/^(?:US|UN|EU|UK)\s+(?=\S)/, ''),
      )
    )
      continue;
    // "the Yemeni Islamic terrorist group, Ansar Allah", "Wagner, the Russian mercenary group",
    // "its onetime Communist foe": words of nationality or creed before a common noun describe it.
    if (
      DESCRIBING_ONLY_RE.test(trimmed.replace(/^The\s+/, '')) &&
      /^\s+\p{Ll}/u.test(s.slice(start + trimmed.length, start + trimmed.length + 2))
    )
      continue;
    if (/^\(/.test(trimmed) || trimmed.length < 2) continue;
    // "the Anti-Terrorism Act", "Resolution 1267": a law is no listed group.
    // "of the United Nations (UN) Regulations": a name that a law's title goes on from.
    // "the Immigration and Nationality Act": a first word the law's title goes on from.
    if (
      /^\s+(?:and\s+\p{Lu}\p{L}*\s+)?(?:Regulations?|Act|Ordinance)\b/u.test(
        s.slice(start + trimmed.length, start + trimmed.length + 40),
      )
    )
      continue;
    // "the United Nations Regulations No. 1 of 2012": the number after a law's name too.
    if (
      /\b(?:Act|Code|Law|Ordinance|Decree|Regulations?|Resolution)(?:\s+(?:of\s+)?\d{4}|\s+No)?$/.test(
        // "the Immigration and Nationality Act (INA – 8 U.S.C. §1189)": its short name after it.
        trimmed.replace(/\s*\([^()]*\)$/, ''),
      )
    )
      continue;
    // "Indicating that …": a participle opening the sentence is no name.
    if (start === 0 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(trimmed)) continue;
    // People named by office are speakers, not listed entities: "Home Affairs Minister Clare O'Neil".
    if (
      /\b(?:Embassy|Ministry|Department|Minister|Secretary|President|Prime|Spokesman|Spokesperson|Governor|Senator|Ambassador|Chancellor|Commissioner|Director|Sheriff|Mayor|MP|Gen|Lt|Col)\b/.test(
        trimmed,
      )
    )
      continue;
    if (/^(?:US|U\.S\.|UN|EU|UK)-/.test(trimmed)) continue;
    if (/-(?:backed|based|led|linked|run|born|aligned|affiliated|designated|inspired|allied)$/.test(trimmed))
      continue;
    // "Hamas's military wing", "the Sinaloa cartel": the generic head belongs to the name,
    // unless a name follows it ("Lebanese Shia movement Hezbollah" only describes Hezbollah).
    const head =
      /^(?:'s?\s+(?:(?:armed|military|political|youth|student|women's)\s+)?wing|\s+(?:cartel|gang|militia|network|movement|collective))\b(?!\s+\p{Lu})/u.exec(
        s.slice(start + trimmed.length, start + trimmed.length + 30),
      );
    let full = head ? trimmed + head[0] : trimmed;
    // "al Qaeda", "el Shabaab": the article particle written apart is part of the name.
    if (
      start >= 3 &&
      /^Qa'?(?:i|e|ei)da\b|^Shabaa?b\b/.test(full) &&
      /(?:^|[^\p{L}])[ae]l\s$/u.test(s.slice(Math.max(0, start - 4), start))
    ) {
      start -= 3;
      full = s.slice(start, start + 3) + full;
    }
    const prev = out[out.length - 1];
    // "Daesh/ISIS": two spellings joined by a slash are one name.
    if (prev && prev.end + 1 === start && s[prev.end] === '/') {
      out[out.length - 1] = {
        start: prev.start,
        end: start + full.length,
        text: s.slice(prev.start, start + full.length),
      };
      continue;
    }
    // "the Palestinian Islamist group Hamas": a nationality or creed describing the group named
    // after its head noun is no name of its own.
    if (
      DESCRIBING_ONLY_RE.test(full) &&
      CREED_GROUP_AFTER_RE.test(s.slice(start + full.length, start + full.length + 60))
    )
      continue;
    out.push({ start, end: start + full.length, text: full });
  }
  return out;
}

// Where a verb's object ends: "as" its label, a preposition phrase, a clause (a relative one
// too: "the network that carried out the attack in Jakarta") or a full stop (not the point of
// an initial: "the U.S.-based group X").
const OBJECT_END_RE =
  /\s+(?<!\bknown\s+|\bwell\s+)as\s+(?!well\s+as\b)|\s+(?:for|from|to|on|in|under)\s+(?:its|the|a|an|UN|US)\b|\s+off\s+|\s+by\s+(?!the\s+way\b)|,\s*(?:which|who|whose|a(?!\.k\.a\.)|an|considered|one|saying|leader|chief|head|founder)\b|\s[—–]\s|(?<!\b[A-Z])\.|[;:]|\s+(?:after|because|following|since|over)\s|(?<=\p{L})\s+(?:that|which|who)\s+(?=\p{Ll})/iu;

const OWNED_THING_RE =
  /^(?:\s+(?:group|organi[sz]ation|movement))?['’]s\s+(?:[\p{Ll}-]+\s+)?(?:affiliates?|branch(?:es)?|offshoots?|chapters?|franchises?|web\s?sites?|websites?|web\s+pages?|publications?|materials?|flags?|symbols?|logos?|emblems?|insignia|literature|books?|brochures?|newspapers?|magazines?|broadcasts?|channels?|accounts?|social\s+media|television|radio|rallies|march(?:es)?|events?|assets?)\b/u;
const DASH_MEMBERS_RE = /^((?:the\s+)?\p{Lu}[^—–.;:]{2,200}?)\s[—–]/u;

const MEMBER_LINK_RE =
  // "A and sinister B": one describing word may follow the "and".
  // "A and a splinter group, B", "A and its affiliate B": a described member.
  // "A and its leader B": the leader listed with the group; "A and B, as well as C".
  // "the Islamic State group, the Nusra Front and …", "the Viv Ansanm coalition and the Gran
  // Grief gang": a generic head may close a member.
  // "…, All India Imams Council": a name's opening "All" is read as a determiner, not a name.
  // "A, al-Qaeda-affiliated group B and neo-Nazi group the C": each member with its description.
  // "President A and Interior Minister B": each person with a title.
  /^(?:\s+(?:group|movement|organi[sz]ation|militia|network|coalition|gang|cartel|alliance|faction|outfit))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+(?:(?![\p{Ll}-]*(?:ed|ing)\s)[\p{Ll}-]{3,}\s+)?|\s+or\s+|,?\s+as\s+well\s+as\s+|,?\s+(?:along|together)\s+with\s+|,?\s+and\s+(?:its|their|his|her)\s+[\p{Ll}\s-]{1,30},\s*|,?\s+and\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:leader|chief|founder|co-founder|commander|head|spokes(?:man|woman|person)|deputy|emir|secretary[\s-]general)\s+|,?\s+and\s+(?:its|their|an?|another)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:group|faction|offshoot|affiliate|wing|branch|outfit|organi[sz]ation|movement|network|militia)\s*,?\s+|,\s*also\s+known\s+as\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Ll}[\p{L}-]*\s+){1,3}?(?:group|movement|organi[sz]ation|militia|network|outfit)\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:President|Minister|Secretary|Chancellor|Governor|Commander|Leader|Chief|Emir)\s+)(?:the\s+|All\s+)?(?:so-called\s+)?$/u;

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A counted set right before a list of names: "three Italian groups, ", "two entities: ". */
const COUNTED_BEFORE_LIST_RE =
  /\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|persons|people|outfits|NGOs|charities|companies|cartels)\s*[,:]\s*(?:the\s+)?$/iu;
/** An uncounted set closing a list of names: "A, the B Cartel and other drug cartels". */
const OTHER_SET =
  'other\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:groups|organi[sz]ations|cartels|gangs|militias|factions|entities|outfits)';
/** A counted or uncounted set after the last name closes the list. */
const CLOSING_SET_RE = new RegExp(
  `^(?:\\s+[\\p{Ll}-]+)?,?\\s+(?:and|or)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|${OTHER_SET})\\b`,
  'u',
);
/** The group's own parts, or a closing uncounted set, between the object and "as" its label. */
const PARTS_BEFORE_LABEL_RE = new RegExp(
  `^\\s+(?:group\\s+)?(?:and|or)\\s+(?:(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+|${OTHER_SET})(?=\\s+as\\s)`,
  'u',
);

/** Names in an object phrase, grouped into a coordinated list; the last group is the object. */
function objectMembers(s: string, from: number, to: number, names: NameSpan[]): NameSpan[] {
  const inside = namesJoinedByInnerAnd(
    s,
    names.filter((n) => n.start >= from && n.end <= to),
    to,
  );
  if (inside.length === 0) return [];
  const groups: NameSpan[][] = [[inside[0]]];
  const joined: boolean[] = [false];
  for (let i = 1; i < inside.length; i++) {
    const gap = s.slice(inside[i - 1].end, inside[i].start);
    // "the Houthis, or Ansar Allah, as …": a name after ", or" is another name for the one before.
    if (/^\s*,\s*or\s+(?:the\s+)?$/.test(gap) && groups[groups.length - 1].length === 1) continue;
    // "the ADF in Congo and Ansar al-Sunna in Mozambique": where a member is, not a member.
    if (/^\s*,?\s+(?:in|of|from)\s+(?:the\s+)?$/.test(gap) && isStateOnly(inside[i].text)) continue;
    // "… and Yemen's Shi'ite Huthi militia": a state owning the next name hands the member on.
    const group = groups[groups.length - 1];
    // "… and Hizbullah operative Husain Ali Hazzima": so does a group's role before its holder.
    if (
      group.at(-1) === inside[i - 1] &&
      ((/^['’]s?\s+(?:[\p{L}'’-]+\s+)?$/u.test(gap) && isStateOnly(inside[i - 1].text)) ||
        /^\s+(?:senior\s+)?(?:operative|leader|commander|financier|official|chief|founder|co-founder|spokes(?:man|woman|person)|ideologue|emir)\s+$/.test(
          gap,
        ))
    ) {
      group[group.length - 1] = inside[i];
      continue;
    }
    // "A, a.k.a. B, and now-deceased leaders C, a.k.a. D, and E": aliases (dropped later by
    // withoutAliases) and the role of the members after them keep the list going.
    if (
      MEMBER_LINK_RE.test(gap) ||
      APPOSED_MEMBER_GAP_RE.test(gap) ||
      ALIAS_GAP_RE.test(gap) ||
      (ALIAS_GAP_RE.test(s.slice(inside[i - 2]?.end ?? 0, inside[i - 1].start)) &&
        ROLE_AFTER_ALIAS_GAP_RE.test(gap))
    ) {
      groups[groups.length - 1].push(inside[i]);
      if (/\b(?:and|or)\b/.test(gap)) joined[groups.length - 1] = true;
    } else {
      groups.push([inside[i]]);
      joined.push(false);
    }
  }
  // "Yemen's Houthi movement, Ansar Allah, as …": names set off by commas alone are one
  // group under two names; a list joins its last member with "and" or "or".
  groups.forEach((g, i) => {
    const last = g[g.length - 1];
    // A counted set may close the list: "the Houthis, Hamas's military wing and two Iraqi militias";
    // so may an uncounted one: "A, the B Cartel and other drug cartels".
    const closedLater = CLOSING_SET_RE.test(s.slice(last.end, last.end + 40));
    // "designates A, B far-right terrorist groups": a plural label closes a comma list.
    // (Headlines capitalise it: "Canada Designates A, B as Terrorist Entities", "… terror orgs.")
    const pluralLabel = /^(?:\s+[\p{L}-]+){0,3}\s+(?:groups|organi[sz]ations|entities|orgs)\b/iu.test(
      s.slice(last.end, last.end + 50),
    );
    // "removed three Italian groups, A (…), B (…), C (…) and added …": the count before names
    // them all.
    const counted = COUNTED_BEFORE_LIST_RE.exec(s.slice(Math.max(0, g[0].start - 80), g[0].start));
    const countedAll = counted !== null && SMALL_NUMBERS.indexOf(counted[1].toLowerCase()) === g.length;
    if (g.length > 1 && !joined[i] && !closedLater && !pluralLabel && !countedAll) groups[i] = [g[0]];
  });
  // "JeM chief Masood Azhar": a role noun hands the object on to the person.
  let pick = 0;
  while (pick + 1 < groups.length) {
    const a = groups[pick][groups[pick].length - 1];
    const gap = s.slice(a.end, groups[pick + 1][0].start);
    // "JeM chief Masood Azhar", "the Pakistani militant Abdul Rehman Makki", "Iran's IRGC".
    const handOver =
      /^'s?\s+$/.test(gap) ||
      // "Russia's mercenary Wagner Group", "Iran's paramilitary Revolutionary Guard"
      /^'s?(?:\s+[\p{Ll}-]+){1,2}\s+(?:the\s+)?$/u.test(gap) ||
      // "Lashkar-e-Taiba's proxy terror group, The Resistance Front (TRF)"
      /^'s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|wing|proxy|offshoot|affiliate|front|branch|outfit),?\s+(?:the\s+)?$/u.test(
        gap,
      ) ||
      (/^(?:\s+[\p{Ll}-]+){1,3}\s+(?:the\s+)?$/u.test(gap) &&
        // "X of the Y": Y owns the object, it is not the object.
        !/\s(?:and|or|as|to|for|by|in|on|from|with|of)\s/.test(gap));
    if (!handOver) break;
    pick++;
  }
  return groups[pick];
}

/** A wire agency in parentheses closing a dateline's place: "DOHA, Qatar (AP)". */
const WIRE_AGENCY_RE =
  /\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|ANI|PTI|IANS|CNN|Bernama|Anadolu|IRNA|TASS|Yonhap|Kyodo|APP|KUNA|WAM|SPA|MENA|Sputnik|RIA\s+Novosti)\)$/;

const JOINT_WITH_BEFORE_RE =
  /,\s*(?:(?:in\s+)?(?:a\s+)?joint\s+(?:action|move|designation|effort)\s+with|jointly\s+with|together\s+with|in\s+(?:coordination|concert|partnership)\s+with)\s+(?:the\s+)?$/i;

/**
 * "The U.S. Treasury, in a joint action with the Canadian government, designated X": the partner
 * in the subject's aside acts with it, and so does the subject before the aside (accepted here).
 */
function jointPartner(
  s: string,
  mentions: Array<{ start: number; end: number }>,
  i: number,
  between: string,
  accepted: Set<number>,
): boolean {
  const a = mentions[i];
  if (!/^[^,;]{0,30}?,\s*(?:(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+)\s+){0,2}$/u.test(between)) return false;
  const lead = s.slice(Math.max(0, a.start - 60), a.start);
  if (!JOINT_WITH_BEFORE_RE.test(lead)) return false;
  if (i > 0 && /^[^;.]{0,60}$/.test(s.slice(mentions[i - 1].end, a.start))) accepted.add(i - 1);
  return true;
}

// An authority that is only a place or an owner: "Pakistan-based", "Iran's Revolutionary Guards".
// So is the state in a paragraph's wire dateline ("DOHA, Qatar (AP) — ").
function isPlaceOrOwner(s: string, a: { start: number; end: number }): boolean {
  // (Only the 40 characters before the mention are searched for its line's start: a page's text
  // may hold no line break for megabytes.)
  const near = Math.max(0, a.start - 40);
  const lineStart =
    near === 0 ? s.lastIndexOf('\n', a.start) + 1 : s.slice(near, a.start).lastIndexOf('\n') + 1 + near;
  if (lineStart > near || near === 0) {
    const dateline = WIRE_DATELINE_RE.exec(s.slice(lineStart, lineStart + 80));
    if (dateline && a.end <= lineStart + dateline[0].length) return true;
  }
  const after = s.slice(a.end, a.end + 40);
  if (/^\s*-\s*(?:based|backed|born|linked|affiliated|aligned|run|led)/i.test(after)) return true;
  // "Islamic State-Mozambique", "the Islamic State of Iraq and Syria": a branch's or the
  // group's own name, not who lists it.
  // ("US-UK sanctions" are both states'.)
  const before = s.slice(Math.max(0, a.start - 40), a.start);
  const glued = /(\p{Lu}[\p{L}]*)-$/u.exec(before);
  if (
    (glued && authoritiesIn(glued[1]).length === 0) ||
    /\bIslamic\s+State\s+of\s+(?:Iraq\s+and\s+(?:the\s+)?)?$/.test(before)
  )
    return true;
  if (
    /^\s+(?:groups?|citizens?|nationals?|embassy|forces|troops|military|soldiers|president|envoy|ally|allies|companies|firms|territory|soil|officials\s+said|(?:(?![\p{Ll}-]*(?:ed|s)\s)[\p{Ll}-]+\s+)?(?:rebel|militant|insurgent|guerrilla|separatist|jihadist)s?\s+(?:group|movement|organi[sz]ation|militia|outfit)s?)\b/iu.test(
      after,
    )
  )
    return true;
  // "the Islamic Front of Tajikistan", "the People's Army of Ruritania": part of a group's name,
  // unless an office of state ("the Government of Canada").
  const of =
    s.startsWith(' of ', a.start - 4) || s.startsWith(' of the ', a.start - 8)
      ? s.slice(Math.max(0, a.start - 40), a.start)
      : '';
  if (
    of !== '' &&
    /\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?$/u.test(of) &&
    !/\b(?:Government|Ministry|Minister|Council|Court|Parliament|President|Republic|Kingdom|Emirates?|State|Federation|Cabinet|Office|Prosecutor|Department|Secretary|Union|Governor|Attorney|Houses?|Senate|Assembly|Congress|Commission|Agency|Service|Chamber)\s+of\s+(?:the\s+)?$/u.test(
      of,
    )
  )
    return true;
  // "Syria's HTS from the terrorist list": a possessive before a group's acronym owns the group.
  const ownedAcronym = /^['’]s\s+([A-Z]{2,6})\b/.exec(after);
  if (
    ownedAcronym &&
    !/^(?:FTO|SDGT|SDN|OFAC|UAPA|NACTA|CTD|FIA|NIA|MHA|ATC)$/.test(ownedAcronym[1]) &&
    authoritiesIn(ownedAcronym[1]).length === 0
  )
    return true;
  return /^['’]s?\s+(?!(?:[\p{L}-]+\s+){0,2}(?:list|criminal\s+code|blacklist|terror|designation|decision|government|administration|junta|regime|ban|move|state\s+sponsor|sanctions|court|parliament|cabinet|ministry|home\s+office|security\s+council|prosecutor|attorney|interior|justice|authorities|security\s+service|foreign\s+office|state\s+security|presidency|public\s+prosecut|treasury|home\s+ministry|foreign\s+ministry|(?:defen[cs]e|interior|home|foreign|justice|security)\s+minist(?:er|ry)|(?:prime\s+)?minister|president|home\s+secretary|foreign\s+secretary|king|emir))/iu.test(
    after,
  );
}

// "Israel's government will consider …": the state's own government acts.
const ROLE_BEFORE_VERB_RE =
  /^(?:['’]s(?=\s+(?:(?:military\s+)?government|administration|authorities|cabinet|junta|regime)\b))?(?:\s+(?:has|have|had|will|would|is|was|(?:set|due|expected|poised|about|going)\s+to|on\s+\p{Lu}\p{Ll}+|officially|formally|also|now|finally|already|first|then|today|recently|previously|later|itself|long|this\s+week|last\s+\p{Ll}+|earlier|separately|again|\d{4}|in\s+\d{4}|also|military|government|administration|authorities|cabinet|junta|regime)){0,4}\s*$/u;
// "<state>'s State Security Presidency released a decision designating …": a state's own
// agency in the subject, with the statement or decision that carries the verb.
const AGENCY_ROLE_RE =
  /^['’]s?\s+(?:(?:\p{Lu}[\p{L}-]*|of|for|and|the)\s+){1,6}(?:(?:has|have|had|will|on\s+\p{Lu}\p{Ll}+|also|officially|formally|today|recently)\s+){0,3}(?:(?:issued|released|published|handed\s+down|passed)\s+(?:a\s+|an\s+)?(?:statement|decision|decree|order|announcement|ruling|resolution)\s+(?:(?:on|in)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?(?:\d{4}\s+)?)?(?:that\s+)?)?$/u;
// "The United States, however, treats X and Y as separate entities, designating X as …".
const PARTICIPLE_CLOSES_RE =
  /^(?:\s*,\s*(?:however|meanwhile|though|too|for\s+its\s+part)\s*,)?\s+(?:(?:also|has|have|had|on\s+\p{Lu}\p{Ll}+)\s+){0,2}(?:\p{Ll}+ed|\p{Ll}{3,}s|took|made|put|set|froze|struck)\s[^;,]{0,120},\s+(?:(?:thereby|effectively|also|formally)\s+)?$/u;
const AUTH_LIST_LINK_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/** Authorities in a designating role around one trigger: its subject, its by/in phrase, or inside the quote. */
/** "Ecuador's two largest gangs": a name owning a counted set is no member of it. */
function ownsCountedSet(s: string, n: NameSpan): boolean {
  // Every counted set holds a number word: most names are followed by none.
  if (!SET_NUMBER_WORD_RE.test(s.slice(Math.max(0, n.start - 24), n.end + 60))) return false;
  // "two of Ecuador's most powerful gangs".
  const number = /(?:^|\s)(\S+\s+of\s+)$/.exec(s.slice(Math.max(0, n.start - 24), n.start));
  if (number) {
    const set = COUNTED_OBJECT_RE.exec(' ' + s.slice(n.start - number[1].length, n.end + 60));
    if (set && set[0].length > number[1].length + n.text.length + 1) return true;
  }
  const after = s.slice(n.end, n.end + 60);
  return COUNTED_OBJECT_RE.test(/['’]s$/.test(n.text) ? after : after.replace(/^['’]s(?=\s)/, ''));
}

// "Iran-backed Yemeni movement Ansar Allah": capitalised describing words before a head noun
// and the group's name.
const DESCRIBES_NEXT_NAME_RE =
  /^\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:group|movement|organi[sz]ation|militia|network|outfit|faction)\s+(?=\p{Lu})/u;
// "the Palestinian Islamist group Hamas": a creed may stand between the nationality and the head.
const CREED_GROUP_AFTER_RE =
  /^\s+(?:(?:[\p{Ll}'’-]+|Islamist|Islamic|Jihadist|Salafist|Shiite|Shia|Sunni|Marxist|Maoist|Communist)\s+){0,3}?(?:group|movement|organi[sz]ation|militia|network|outfit|faction)\s+(?=\p{Lu})/u;
function describesNextName(s: string, n: NameSpan): boolean {
  return DESCRIBES_NEXT_NAME_RE.test(s.slice(n.end, n.end + 60));
}

// ("Israel's government will consider X …": the state's government acts, it owns nothing.)
const OWNS_ENTITY_RE =
  /^['’]s?\s+(?!(?:government|administration|authorities|cabinet)\s)(?:[\p{Ll}-]+\s+){0,3}$/u;

// A capitalised word right before a place, maybe with "of (the)": "Tehrik-i-Taliban Pakistan",
// "Communist Party of the Philippines" — unless the word is an office's or a sentence's.
const NAME_WORD_BEFORE_RE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|in|for)(?:\s+the)?)?\s+$/u;
const NOT_GROUP_NAME_WORD_RE =
  /^(?:The|A|An|Government|Ministry|Minister|Court|Council|Department|Cabinet|Parliament|Senate|Republic|Kingdom|Emirate|State|States|President|Prime|Foreign|Home|Interior|Defen[cs]e|Supreme|High|Federal|National|Embassy|Ambassador|Secretary|Office|Commission|Committee|Authorities|Police|Army|Forces|Democratic|Islamic|United|Union|Central|Treasury|Meanwhile|However|Also|And|But|Both|In|On|By|For|As|While|When|After|Before|Since|Including|Like|Unlike|Countries|Nations|Governments|Allies|Members|Even|Only|Now|Then|Today|Yesterday)$/;
/** Whether an authority mention is the tail of a group's name ("Tehrik-i-Taliban Pakistan"), which lists no one. */
function insideGroupName(s: string, a: { start: number; end: number }): boolean {
  const m = NAME_WORD_BEFORE_RE.exec(s.slice(Math.max(0, a.start - 40), a.start));
  return m !== null && !NOT_GROUP_NAME_WORD_RE.test(m[1]) && authoritiesIn(m[1]).length === 0;
}

const SAID_IT_WILL_RE =
  /^\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|stated)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they)\s+(?:will|would|had|has|have|is|was|plans\s+to)\s+(?:(?:\p{Ll}+ly|now|also|soon|not)\s+)?(?:be\s+)?$/u;

function designatorsNear(
  s: string,
  tStart: number,
  quoteStart: number,
  quoteEnd: number,
  entities: NameSpan[],
): string[] {
  const from = Math.max(0, Math.min(tStart, quoteStart) - 90);
  // Read past the quote's end ("Colombian" names a state only before "government"), keep what starts in it.
  const mentions = authoritiesIn(s.slice(from, Math.min(s.length, quoteEnd + 40)))
    .map((a) => ({ ...a, start: a.start + from, end: a.end + from }))
    .filter((a) => a.end <= quoteEnd + 2);
  const accepted = new Set<number>();
  const listTail = new Set<number>();
  mentions.forEach((a, i) => {
    if (entities.some((e) => a.start >= e.start && a.end <= e.end)) return;
    // "declared Uganda's LRA a terrorist group": the state owns the entity it precedes.
    if (entities.some((e) => e.start >= a.end && OWNS_ENTITY_RE.test(s.slice(a.end, e.start)))) return;
    if (isPlaceOrOwner(s, a) || insideGroupName(s, a)) return;
    // "the UN's sanctions committee – chaired by Australia – has added X": the chair lists nothing.
    if (
      /\b(?:chaired|co-chaired|headed|presided\s+over|hosted)\s+by\s+(?:the\s+)?$/i.test(
        s.slice(Math.max(0, a.start - 24), a.start),
      )
    )
      return;
    const inQuote = a.start >= Math.min(quoteStart, tStart) && a.end <= quoteEnd;
    if (inQuote) {
      const before = s.slice(Math.max(0, a.start - 30), a.start);
      // "operating in Afghanistan and Pakistan": a place inside the quote, not a designator.
      if (
        (/\b(?:in|against|from|into|across|inside|near|with|at|(?:linked|tied|connected|close|loyal|ties|links)\s+to|(?:backed|funded|sponsored)\s+by|(?:that|which|who)\s+(?:now\s+)?(?:rules|runs|controls|governs|leads|toppled|seized))\s+(?:the\s+)?$/i.test(
          before,
        ) ||
          // "the attack on Israel"; not "on the UK's list".
          (/\battacks?\s+on\s+(?:the\s+)?$/i.test(before) && !/^['’]/.test(s.slice(a.end, a.end + 1))) ||
          // "Hezbollah fought Israel in 2006 and was designated …": the foe, not the designator.
          /\b(?:fought|attacked|battled|invaded|bombed|shelled|targeted|struck)\s+(?:the\s+)?$/i.test(
            before,
          )) &&
        !/(?:proscribed|banned|designated|declared|listed|outlawed|list|designations?|listing|ban)\s+in\s+(?:the\s+)?$/i.test(
          before,
        ) &&
        // "removed from the UK's list": the list's owner, not a place.
        !/^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:black)?list\b/u.test(s.slice(a.end, a.end + 40)) &&
        // "a terrorist group in Pakistan" is listed there; "an armed group in Turkey" is based there.
        !/(?:terror\w*|proscribed|banned|designated|listed|FTO)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|entity|entities|outfit)\s+in\s+(?:the\s+)?$/iu.test(
          s.slice(Math.max(0, a.start - 70), a.start),
        )
      )
        return;
      // "the National Guard of Ukraine": an owner inside the object, unless an office of state.
      if (
        /\bof\s+(?:the\s+)?$/i.test(before) &&
        !/\b(?:government|court|council|parliament|ministry|department|secretary|minister|cabinet)\s+of\s+(?:the\s+)?$/i.test(
          before,
        )
      )
        return;
      accepted.add(i);
      return;
    }
    const between = s.slice(a.end, tStart);
    // "A, B and C, as well as other powers, have labelled …": the list's tail names no one.
    if (a.end <= tStart && OTHER_STATES_TAIL_RE.test(between)) {
      accepted.add(i);
      listTail.add(i);
      return;
    }
    if (
      a.end <= tStart &&
      (ROLE_BEFORE_VERB_RE.test(between) ||
        (between.length > 45 && AGENCY_ROLE_RE.test(between)) ||
        // "the U.S. imposed sanctions on X, designating it …": the subject of the clause a
        // participle closes.
        (PARTICIPLE_CLOSES_RE.test(between) && /^\p{L}+ing\b/u.test(s.slice(tStart, tStart + 16))) ||
        // "Washington said it will re-designate the group": the pronoun is the speaker.
        SAID_IT_WILL_RE.test(between) ||
        // "Saudi Arabia and its allies have blacklisted …": the state that leads them.
        /^\s+and\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+)?(?:allies|partners|neighbou?rs)\s+(?:(?:have|has|had)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(
          between,
        ) ||
        // "Saudi Arabia, the UAE, Bahrain and Egypt, which cut ties with Qatar, designated …":
        // the subject a relative clause describes before its verb.
        /^\s*,\s*(?:which|who)\s[^,;]{1,80},\s*(?:(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+)\s+){0,2}$/u.test(
          between,
        ) ||
        jointPartner(s, mentions, i, between, accepted) ||
        // "the EU decision to proscribe X": the authority whose decision it is.
        /^\s+(?:['’]s\s+)?(?:decision|move|vote|order|ruling)\s+to\s+$/.test(between) ||
        // "the decision by Saudi Arabia to designate X": so is the by-phrase's.
        (/^\s+(?:in\s+\p{Lu}\p{Ll}+\s+)?to\s+$/u.test(between) &&
          /\b(?:decision|move|vote|order|ruling|step)\s+by\s+(?:the\s+)?$/i.test(
            s.slice(Math.max(0, a.start - 30), a.start),
          )) ||
        // "the Honduran government for its important decision to declare …".
        /^(?:\s+(?:government|administration|authorities))?\s+for\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:decision|move|vote|order|ruling)\s+to\s+$/u.test(
          between,
        ) ||
        // "Argentina became the first South American country to designate …", "… the first
        // country in South America to officially designate …".
        /^\s+(?:became|becomes|was|is|has\s+become)\s+the\s+(?:first|second|third|latest|last|only|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}(?:country|state|nation|government)(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?\s+to\s+(?:\p{Ll}+ly\s+)?$/iu.test(
          between,
        ) ||
        (/^[\p{L}\d'\s-]{0,45}$/u.test(between) &&
          !/\b(?:which|that|who|whom|against|from|with|to|said|says|after|before|while|and|but|of)\b/i.test(
            between,
          )))
    )
      accepted.add(i);
  });
  // "the UK, Canada and Australia have listed": a list ending in an accepted subject.
  // A real list says "and"; "a win for India, the United Nations designated …" is no list.
  let sawAnd = false;
  for (let i = mentions.length - 2; i >= 0; i--) {
    const gap = s.slice(mentions[i].end, mentions[i + 1].start);
    if (!accepted.has(i + 1)) sawAnd = false;
    if (/\band\b/i.test(gap) || listTail.has(i + 1)) sawAnd = true;
    if (accepted.has(i + 1) && AUTH_LIST_LINK_RE.test(gap) && sawAnd && !isPlaceOrOwner(s, mentions[i]))
      accepted.add(i);
  }
  const names: string[] = [];
  mentions.forEach((a, i) => {
    if (accepted.has(i) && !names.includes(a.name)) names.push(a.name);
  });
  return names;
}

const ROLE_AFTER_RE =
  /^(?:'s\s+(?:[\p{L}-]+\s+){0,2}(?:list|blacklist|decision|designation|ban)|'s\s+(?:[\p{L}-]+\s+){0,3}(?:designat|list|proscri|ban|declar|proclaim|sanction|recogni|added)|-designated|(?:\s+(?:has|have|had|will|would|on\s+\p{Lu}\p{Ll}+|officially|formally|also|now|finally|already|first|then|itself|in\s+\d{4}|previously|recently)){0,3}\s+(?:designat|list|re-list|proscri|ban|declar|proclaim|sanction|recogni|added|revok|rescind|remov|delist|lift|annul|blacklist|outlaw|labell?ed))/iu;

/** How far around a claim the passage is searched for its designator. */
const CONTEXT_BEFORE = 3000;
const CONTEXT_AFTER = 1500;

interface PassageAuthorities {
  /** Mentions in a designating role, in text order. */
  roles: AuthorityMention[];
  /** Every mention that is not a place or an owner, in text order. */
  plain: AuthorityMention[];
}

// A passage about terror listings: a terror list, label or order somewhere in it.
const TOPIC_RE =
  /Specially\s+Designated\s+Global\s+Terrorists?|\bSDGTs?\b|\bE\.?\s?O\.?\s*13224|Executive\s+Order\s+13224|Foreign\s+Terrorist\s+Organi[sz]ations?|\bFTOs?\b|proscribed\s+(?:organi[sz]ations?|groups?|outfits?)|terror(?:ist|ism)?\s+(?:black)?lists?|list(?:ing)?\s+of\s+(?:designated\s+|foreign\s+|banned\s+)?terror(?:ist)?\b|terrorist\s+entit(?:y|ies)|listed\s+(?:as\s+)?(?:an?\s+)?terrorist|\b1267\b|counter-?terrorism\s+(?:designations?|sanctions)|designated\s+(?:as\s+)?(?:a\s+)?terrorists?\b|anti-?terroris[mt]\s+(?:act|law)|(?:Prevention\s+of\s+)?Terrorism\s+(?:\(Prevention\)\s+)?Act|\bUAPA\b|Unlawful\s+Activities\s+\(Prevention\)|banned\s+outfits?\b|list\s+of\s+(?:banned|proscribed|outlawed)\s+(?:outfits|organi[sz]ations|groups|entities)|terror(?:ist)?\s+(?:organi[sz]ations?|groups?|outfits?)/i;
const GROUP_NOUN_RE = /\b(?:groups?|organi[sz]ations?|outfits?)\b/;
// A counted set of organisations after a ban verb: "banned 78 organisations", "outlawed two more groups".
const BANNED_ORGANISATIONS_RE =
  /^\s+(?:another\s+|a\s+further\s+|as\s+many\s+as\s+|at\s+least\s+)?[\w-]+\s+(?:more\s+|other\s+)?(?:[\p{L}-]+\s+){0,2}?(?:organi[sz]ations|groups|outfits|entities)\b/u;
const BAN_WORD_RE = /\b(?:ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?)\b/i;
/** A hedge anywhere in the clause before a ban: "moved a proposal, in 2016 with …, to ban X". */
const BAN_HEDGE_BEFORE_RE = new RegExp(`\\b(?:${HEDGE_WORDS})\\b[^.;]{0,140}$`, 'i');

// "banned from the tournament": kept out of something, not outlawed ("banned from operating" is;
// "banned from tomorrow", "from 1 March": when, not what from).
const BANNED_FROM_PLACE_RE = new RegExp(
  `^\\s+from\\s+(?!operating|functioning|carrying|engaging|any\\s+activit|activit|today|tomorrow|midnight|next|\\d|${WEEKDAY}|${MONTH})`,
);
/** A ban trigger that the passage's topic makes a listing (no hedge anywhere before it). */
/**
 * "Sri Lanka's president is banning two groups allegedly linked to the Easter bombings", in a
 * report on a suicide bombing by an extremist group: a state's ban on groups after an attack.
 */
function groupBanAfterAttack(sc: SentenceScope, word: string, tStart: number, tEnd: number): boolean {
  if (!BAN_WORD_RE.test(word) || !sc.ctx.onExtremistAttack()) return false;
  if (BANNED_GROUP_AFTER_RE.test(sc.s.slice(tEnd, tEnd + 80))) return true;
  // "A, or NTJ, and B, or JMI, would be banned by presidential decree": the passive names the
  // members of the set of groups just banned.
  return (
    /\b(?:be|been|was|were|are|is)\s+$/.test(sc.s.slice(Math.max(0, tStart - 12), tStart)) &&
    nearSetClaim(sc.passageOffset, sc.state)
  );
}
function topicalBan(sc: SentenceScope, word: string, tStart: number): boolean {
  return (
    sc.banOnTopic &&
    BAN_WORD_RE.test(word) &&
    !BANNED_FROM_PLACE_RE.test(sc.s.slice(tStart + word.length, tStart + word.length + 30)) &&
    !BAN_HEDGE_BEFORE_RE.test(sc.s.slice(Math.max(0, tStart - 140), tStart))
  );
}
const INCLUDED_BEFORE_BAN_RE =
  /\bincluding\s[^.;]{1,200},\s+(?:are|were|have|has|had)\b[^.;,]*?\b(?:banned|outlawed)\b/;
const SANCTIONS_VERB_BEFORE_RE = /\s+(?:imposed|placed|slapped|levied|announced)\s+(?:new\s+|fresh\s+)?$/;
// An authority's own listing verb: "OFAC designated", "the Treasury sanctioned", "the US
// imposed sanctions on".
const AUTHORITY_LISTING_RE =
  /\b(?:designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|sanctioned|(?<=(?:imposed|placed|slapped|levied|announced)\s+(?:new\s+|fresh\s+)?)sanctions(?=\s+(?:on|against)\s)|proscrib(?:ed|es|ing)|listed|added|lift(?:s|ed|ing)?|removed|delisted|banned|outlawed)\b/;

/** Whether an authority is the subject of the verb at `at`: "OFAC designated", "the UAE has listed". */
// "The interim government has lifted …": a government or cabinet is a listing authority too, and
// so is Indian copy's "the Centre" (the Union government).
const GOVERNMENT_SUBJECT_RE =
  /\b(?:the|its|his|her)\s+(?:(?:interim|federal|previous|new|central|caretaker|national|military)\s+)?(?:government|cabinet|administration|Centre)\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+\p{Lu}\p{Ll}+\s+|officially\s+|formally\s+)*$/iu;

function authoritySubject(s: string, at: number): boolean {
  // "the US imposed sanctions on X": the noun's verb stands between the authority and it.
  const imposed = SANCTIONS_VERB_BEFORE_RE.exec(s.slice(Math.max(0, at - 24), at));
  if (imposed && /^sanctions\s+(?:on|against)\s/.test(s.slice(at, at + 18))) at -= imposed[0].length;
  if (GOVERNMENT_SUBJECT_RE.test(s.slice(Math.max(0, at - 60), at))) return true;
  const from = Math.max(0, at - 80);
  const mentions = authoritiesIn(s.slice(from, at));
  const last = mentions[mentions.length - 1];
  return (
    last !== undefined &&
    // "Canada, for the first time, added": a comma aside between subject and verb.
    ROLE_BEFORE_VERB_RE.test(s.slice(from + last.end, at).replace(/^\s*,[^,.;]{1,40},/, '')) &&
    !isPlaceOrOwner(s, { start: from + last.start, end: from + last.end })
  );
}

/** Whether an authority lists by the verb at [at, end): its subject, or its passive's by-phrase ("sanctioned by the UN"). */
// "Tehrik-i-Taliban Pakistan, blacklisted by Washington in 2010, claimed the bombing": a listing
// verb opening an apposition after a name, with its authority, closed by a comma.
const APPOSED_LISTING_RE =
  /(?<=[\p{L})]\s*,\s+(?:(?:also|long|first|later|previously|officially|formally|since)\s+)?)(?:designated|blacklisted|listed|banned|outlawed|proscribed|sanctioned)(?=\s+by\s+(?:the\s+)?[^,.;]{1,60},\s)/u;

// "The BLA, which Pakistan, the US and the UK have banned, claimed the attack": so does a
// relative clause whose subject is nothing but authorities.
const RELATIVE_LISTING_RE =
  /[\p{L})]\s*,\s+(?:which|whom)\s+(?<who>[^,.;]{2,40}?(?:,\s+[^,.;]{2,30}?){0,3})\s+(?:(?:has|have|had)\s+)?(?:(?:also|long|since|already|formally|officially)\s+)?(?<verb>banned|outlawed|proscribed|designated|blacklisted|listed)(?=[^.;,]{0,40},\s)/u;

/** The offset of such a listing verb, in a sentence about armed violence (-1 if none). */
function apposedListingAt(s: string): number {
  if (!s.includes(', wh') && !s.includes(' by ')) return -1;
  if (!ARMED_CONTEXT_RE.test(s)) return -1;
  const m = s.includes(' by ') ? APPOSED_LISTING_RE.exec(s) : null;
  if (m && authorityActs(s, m.index, m.index + m[0].length)) return m.index;
  const relative = s.includes(', wh') ? RELATIVE_LISTING_RE.exec(s) : null;
  if (!relative || onlyAuthorities(relative.groups!.who).length === 0) return -1;
  return relative.index + relative[0].length - relative.groups!.verb.length;
}

function authorityActs(s: string, at: number, end: number): boolean {
  if (authoritySubject(s, at)) return true;
  const by = /^\s+by\s+(?:the\s+)?/.exec(s.slice(end, end + 12));
  return by !== null && authoritiesIn(s, end + by[0].length, end + by[0].length + 1).length > 0;
}

// A title or role before a name says it names a person: "Mr Sharaa", "Labour leader Jane Doe".
const PERSON_TITLE_RE =
  /\b(?:Mr|Ms|Mrs|Dr|President|Sheikh|Gen|General|Colonel|[Ll]eader|[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Cc]hief)\.?((?:\s+\p{Lu}[\p{L}'’-]*){1,4})/gu;
/** "its leader, Akram Abbas al-Kabi,": a group's role, then its holder set off by a comma. */
const ROLE_THEN_PERSON_RE =
  /\b(?:its|their|the\s+group['’]s|the\s+organi[sz]ation['’]s)\s+(?:(?:former|late|top|new|deputy|military|political|spiritual|supreme)\s+)?(?:leader|chief|head|founder|commander|spokes(?:man|woman|person)|emir)\s*,\s+((?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+|bin|ibn)){0,4})/gu;
/** "Hassan Nasrallah, the leader of Hezbollah", "Jane Doe, the group's founder": a person by apposition. */
const PERSON_ROLE =
  '(?:leader|chief|head|founder|co-founder|commander|spokes(?:man|woman|person)|secretary-general|emir)';
const PERSON_APPOSITION_RE = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:the\\s+(?:[\\p{L}-]+\\s+){0,2}?${PERSON_ROLE}\\s+of\\b|(?:the\\s+)?\\p{Lu}[\\p{L}-]*['’]s?\\s+(?:[\\p{L}-]+\\s+)?${PERSON_ROLE}\\b)`,
  'gu',
);
const GROUP_NAME_END_RE =
  /\b(?:Party|Front|Army|Group|Movement|Organi[sz]ation|Brigades?|State|Council|Forces|Corps|Units?|Network|League|Union|Committee)$/u;
const HYPHENATED_NAME_RE = /^\p{Lu}[\p{L}'’]*-(?:\p{Lu}|[a-z]{1,2}-\p{Lu})/u;

/** Sentences per block of the passage's lazily scanned context (names, authorities). */
const BLOCK_CHARS = 512;

/**
 * The passage's names and authority mentions, scanned block by block only where a claim
 * looks for them: a long page holds few claims, and scanning all of it dominated the cost.
 */
class PassageContext {
  /** Index of the first sentence of each block; blocks cover consecutive sentences. */
  private readonly blockFirst: number[] = [];
  /** Names per sentence index, scanned on first use. */
  private readonly names: Array<NameSpan[] | undefined> = [];
  private readonly authorities: Array<PassageAuthorities | undefined> = [];

  constructor(
    private readonly t: string,
    private readonly sentences: Span[],
  ) {
    let blockStart = -Infinity;
    sentences.forEach((sent, i) => {
      if (sent.start - blockStart >= BLOCK_CHARS) {
        this.blockFirst.push(i);
        blockStart = sent.start;
      }
    });
  }

  private topic: boolean | undefined;
  private extremistAttack: boolean | undefined;
  private fatf: boolean | undefined;

  /** Whether the passage is about the FATF, whose blacklist and grey list rate states' controls. */
  private national: string[] | undefined;

  /**
   * A state's own ministry named without the state ("the interior ministry", "the Home
   * Ministry"), in a report whose places are all one state's: that state (home-states.ts).
   */
  unnamedNationalDesignator(): string[] {
    if (this.national === undefined) {
      const locale = NATIONAL_BODY_RE.test(this.t) ? localeOf(this.places()) : undefined;
      this.national = locale ? [locale] : [];
    }
    return this.national;
  }

  private sponsors: boolean | undefined;

  /** Whether the passage speaks of state sponsors of terrorism (states are then listed entities). */
  aboutSponsors(): boolean {
    return (this.sponsors ??= SPONSOR_RE.test(this.t));
  }

  private placeCount: PlaceCounts | undefined;

  /** How often the passage names each state's places (home-states.ts), counted once. */
  places(): PlaceCounts {
    return (this.placeCount ??= placeCounts(this.t));
  }

  aboutFatf(): boolean {
    return (this.fatf ??= /\bFATF\b|Financial\s+Action\s+Task\s+Force/.test(this.t));
  }

  private personWords: Set<string> | undefined;

  /** Whether the passage calls the bearer of `name` a person: "Mr Sharaa", "Labour leader Jane Doe". */
  private namesAPerson(name: string): boolean {
    if (!this.personWords) {
      this.personWords = new Set();
      for (const m of this.t.matchAll(PERSON_TITLE_RE))
        for (const w of m[1].trim().split(/\s+/)) this.personWords.add(w);
      if (this.t.includes(', '))
        for (const m of this.t.matchAll(ROLE_THEN_PERSON_RE))
          for (const w of m[1].trim().split(/\s+/)) this.personWords.add(w);
      if (this.t.includes(', '))
        for (const m of this.t.matchAll(PERSON_APPOSITION_RE))
          if (!ACRONYM_RE.test(m[1]) && !GROUP_NAME_END_RE.test(m[1]))
            for (const w of m[1].trim().split(/\s+/)) this.personWords.add(w);
    }
    const last = /[\p{L}'’-]+$/u.exec(name)?.[0];
    return last !== undefined && this.personWords.has(last);
  }
  /** The name, unless the passage calls its bearer a person (a group noun or "it" stands for none). */
  unlessPerson(n: NameSpan | null | undefined): NameSpan | undefined {
    return n && !this.namesAPerson(n.text) ? n : undefined;
  }

  /** Whether the passage is about terror listings: it names a terror list or label somewhere. */
  onTopic(): boolean {
    // A banned or listed widely listed group makes the passage one about terror listings too.
    return (this.topic ??= TOPIC_RE.test(this.t) || listsWidelyListed(this.t));
  }

  /** The name the passage gave a group's wing before `at`: "a military wing, al-Qassam Brigades". */
  apposedWingBefore(at: number, wing: string): string | undefined {
    const before = this.t.slice(Math.max(0, at - 1500), at);
    const re = new RegExp(
      `\\b${wing.replace(/\s+/g, '\\s+')},?\\s+(?:the\\s+)?((?:al-|\\p{Lu})[\\p{L}'’-]*(?:\\s+(?:al-[\\p{L}'’-]+|\\p{Lu}[\\p{L}'’-]*|of|the)){0,5})`,
      'gu',
    );
    let last: string | undefined;
    for (let m = re.exec(before); m; m = re.exec(before)) last = m[1];
    return last;
  }

  /** The state in the passage's opening wire dateline ("DHAKA, Bangladesh (AP) — "), if any. */
  datelineState(): string | undefined {
    const dateline = WIRE_DATELINE_RE.exec(this.t.slice(0, 80));
    const states = dateline ? authoritiesIn(dateline[0]) : [];
    return states[states.length - 1]?.name;
  }

  /** A passage on an attack by an extremist or militant group (bans of groups there are counter-terror bans). */
  onExtremistAttack(): boolean {
    return (this.extremistAttack ??= EXTREMIST_ATTACK_RE.test(this.t));
  }

  /** Start offset of block k in the passage (the text end past the last block). */
  private blockStart(k: number): number {
    if (k >= this.blockFirst.length) return this.t.length;
    return k === 0 ? 0 : this.sentences[this.blockFirst[k]].start;
  }

  /** Blocks overlapping [from, to]. */
  private blocksIn(from: number, to: number): number[] {
    // The first block ending after `from`, by binary search: a long page has thousands.
    let lo = 0;
    let hi = this.blockFirst.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blockStart(mid + 1) <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.blockFirst.length && this.blockStart(k) <= to; k++) out.push(k);
    return out;
  }

  /** Index of the first sentence ending after `at` (the sentence count if none), by binary search: a long page has thousands. */
  private sentenceEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Names starting within [from, to], sentence by sentence: a name never runs across a full
   * stop. Sentences that `mayHold` rules out (no name there could be the one sought) are
   * never scanned.
   */
  namesIn(from: number, to: number, mayHold: (sentence: string) => boolean = () => true): NameSpan[] {
    const sentences = this.sentences;
    const out: NameSpan[] = [];
    for (let i = this.sentenceEndingAfter(from); i < sentences.length && sentences[i].start <= to; i++) {
      const sent = sentences[i];
      let names = this.names[i];
      if (!names) {
        const text = this.t.slice(sent.start, sent.end);
        if (!mayHold(text)) continue;
        names = namesIn(text).map((n) => ({
          start: n.start + sent.start,
          end: n.end + sent.start,
          text: n.text,
        }));
        this.names[i] = names;
      }
      for (const n of names) if (n.start >= from && n.start <= to) out.push(n);
    }
    return out;
  }

  /**
   * The group a reference ("It is designated …", "lists its armed wing") stands for when no
   * claim has named one yet: the name opening one of the two sentences before `at`, as the
   * subject a story's next sentence goes on about ("HTS controls Idlib. It is designated …").
   */
  /**
   * "… according to the Houthis. The strike is part of a campaign against the Iran-backed rebel
   * group, which was re-designated …": with no group opening the sentences before, the one group
   * many states list that they name is what a reference stands for.
   */
  widelyListedBefore(at: number): NameSpan | undefined {
    const k = this.sentenceEndingAfter(at);
    const from = this.sentences[Math.max(0, k - 2)]?.start ?? 0;
    const to = this.sentences[k]?.start ?? at;
    const text = to > from ? onlyWidelyListedIn(this.t.slice(from, to)) : undefined;
    return text ? { start: 0, end: 0, text } : undefined;
  }

  /**
   * "… the work of the Revolutionary People's Liberation Party-Front, or DHKP-C. The group has been
   * designated …": a name the sentence before introduces with its acronym is a group's.
   */
  introducedGroupBefore(at: number): NameSpan | undefined {
    const before = this.sentenceBefore(at);
    const m = INTRODUCED_GROUP_RE.exec(before) ?? GROUP_OF_PEOPLE_RE.exec(before);
    return m ? { start: 0, end: 0, text: m[1] } : undefined;
  }

  /** The text of the sentence before the one holding `at` ('' for the first). */
  sentenceBefore(at: number): string {
    const k = this.sentenceEndingAfter(at) - 1;
    return k >= 0 ? this.t.slice(this.sentences[k].start, this.sentences[k].end) : '';
  }

  openingSubjectBefore(at: number, reach = 2): NameSpan | undefined {
    const sentences = this.sentences;
    const i = this.sentenceEndingAfter(at);
    for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
      const sent = sentences[k];
      const first = this.namesIn(sent.start, sent.end)[0];
      if (
        first &&
        // "To note, Kataib Hezbollah is …": a discourse opener may come first.
        // A quoted sentence may open with its quotation mark.
        /^\s*["“‘]?(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?,\s+(?:the\s+)?)?(?:The\s+)?$/u.test(
          this.t.slice(sent.start, first.start),
        ) &&
        // ("The U.S" keeps its last point in the sentence before: still the United States.)
        authoritiesIn(first.text.replace(/(?<=\b\p{Lu})$/u, '.')).length === 0 &&
        !DESCRIBING_ONLY_RE.test(first.text) &&
        // A dateline ("WASHINGTON (Agency, 20 May)") or an institution is no group.
        !NOT_A_TOPIC_RE.test(first.text) &&
        // Any word opening a sentence is capitalised ("Ministers may …"): one word is a name
        // only as an acronym or where the passage capitalises it mid-sentence too.
        (/\s/.test(first.text) ||
          ACRONYM_RE.test(first.text) ||
          // "Al-Shabaab", "Hezb-e-Islami": a hyphenated name is no ordinary opening word.
          HYPHENATED_NAME_RE.test(first.text) ||
          // "Hizballah [Hezbollah] is …": a word given another spelling in brackets is a name.
          /^\s*[[(]\p{Lu}/u.test(this.t.slice(first.end, first.end + 3)) ||
          this.capitalisedMidSentence(first.text))
      ) {
        const the = /^The\s+/.exec(first.text);
        return the
          ? { start: first.start + the[0].length, end: first.end, text: first.text.slice(the[0].length) }
          : first;
      }
    }
    return undefined;
  }

  /**
   * The group a description stands for when the passage names it only after ("designated the
   * Islamic State-linked network that carried out the attack as … . Jamaah X (JX) was formed …"):
   * in the two sentences from `at`, a name opening its sentence or its clause ("said that X
   * is …") or introduced by "known as", "called" or "named"; neither an authority nor a
   * description; of several words or an acronym.
   */
  groupNamedAfter(at: number): NameSpan | undefined {
    const sentences = this.sentences;
    const i = this.sentenceEndingAfter(at);
    for (let k = i; k < sentences.length && k <= i + 1; k++) {
      const sent = sentences[k];
      if (sent.start < at) continue;
      for (const n of this.namesIn(sent.start, sent.end)) {
        const lead = this.t.slice(sent.start, n.start);
        if (
          (/^\s*(?:The\s+)?$/.test(lead) || /\b(?:known\s+as|called|named|that)\s+(?:the\s+)?$/.test(lead)) &&
          !opensWithAuthority(n.text) &&
          !DESCRIBING_ONLY_RE.test(n.text) &&
          !NOT_A_TOPIC_RE.test(n.text) &&
          (/\s/.test(n.text) || ACRONYM_RE.test(n.text))
        ) {
          const the = /^The\s+/.exec(n.text);
          return the ? { start: n.start + the[0].length, end: n.end, text: n.text.slice(the[0].length) } : n;
        }
      }
    }
    return undefined;
  }

  private capitalisedMidSentence(word: string): boolean {
    for (let at = this.t.indexOf(word); at >= 0; at = this.t.indexOf(word, at + 1)) {
      if (/[\p{Ll},;:]\s+$/u.test(this.t.slice(Math.max(0, at - 3), at))) return true;
    }
    return false;
  }

  /** Authority mentions starting within [from, to]. */
  authoritiesIn(from: number, to: number): PassageAuthorities {
    const roles: AuthorityMention[] = [];
    const plain: AuthorityMention[] = [];
    for (const k of this.blocksIn(from, to)) {
      const block = (this.authorities[k] ??= passageAuthorities(
        this.t,
        this.blockStart(k),
        this.blockStart(k + 1),
      ));
      for (const a of block.roles) if (a.start >= from && a.start <= to) roles.push(a);
      for (const a of block.plain) if (a.start >= from && a.start <= to) plain.push(a);
    }
    return { roles, plain };
  }
}

function passageAuthorities(t: string, from: number, to: number): PassageAuthorities {
  // ("armed resistance against Israel", "the threat posed by Iran": a foe or a threat is no
  // designator of the passage.)
  const plain = authoritiesIn(t, from, to).filter(
    (a) => !isPlaceOrOwner(t, a) && !FOE_BEFORE_RE.test(t.slice(Math.max(0, a.start - 30), a.start)),
  );
  const roles = plain.filter((a) => {
    return (
      ROLE_AFTER_RE.test(t.slice(a.end, a.end + 60)) ||
      // "listed by X", not "supported by X" or "a report by X".
      /(?:designat|list|ban|proscri|blacklist|sanction|declar|proclaim|recogni|label|outlaw|consider|add|remov|revok|lift|put|plac|kept|includ)\w*\s+(?:[\p{L}-]+\s+){0,4}?by\s+$/iu.test(
        t.slice(Math.max(0, a.start - 60), a.start),
      ) ||
      /\b(?:Secretary|Office|Department|Committee|Council|Court|Treasury)\b/.test(a.text)
    );
  });
  return { roles, plain };
}

const FOE_BEFORE_RE =
  /\b(?:against|attacks?\s+on|war\s+(?:on|with|against)|fought|fighting|attacked|invaded|bombed|hostility\s+to(?:wards)?|(?:threat|danger)s?\s+(?:posed\s+by|from)|posed\s+by)\s+(?:the\s+)?$/i;

/** Designators the passage names in a designating role: the nearest before `at`, else after. */
function passageDesignators(passage: PassageContext, at: number, entities: string[]): string[] {
  // The listed state itself ("Sudan's removal") is never its own designator.
  const usable = (a: AuthorityMention): boolean => !entities.includes(a.name);
  // The nearest role before the claim, searched backwards a step at a time: it is usually
  // close, and the passage is only scanned as far as the search goes.
  for (let to = at - 1; to >= at - CONTEXT_BEFORE; to -= ROLE_STEP) {
    const { roles } = passage.authoritiesIn(Math.max(at - CONTEXT_BEFORE, to - ROLE_STEP + 1), to);
    for (let k = roles.length - 1; k >= 0; k--) if (usable(roles[k])) return [roles[k].name];
  }
  // No role before: an authority named at least twice before the claim ("the government of
  // Paraguay … Paraguay's decree, which designates …") outweighs a role further on, which is
  // often another state's ("… as the European Union blacklisted its military wing").
  const often = mostNamed(passage.authoritiesIn(at - CONTEXT_BEFORE, at - 1).plain.filter(usable));
  if (often && often[1] >= 2) return [often[0]];
  for (let from = at; from <= at + CONTEXT_AFTER; from += ROLE_STEP) {
    const { roles } = passage.authoritiesIn(from, Math.min(at + CONTEXT_AFTER, from + ROLE_STEP - 1));
    for (const a of roles) if (usable(a)) return [a.name];
  }
  // Otherwise the authority named most often around the claim, outside place and owner uses.
  const best = mostNamed(passage.authoritiesIn(at - CONTEXT_BEFORE, at + CONTEXT_AFTER).plain.filter(usable));
  return best ? [best[0]] : [];
}

/** The authority named most often among the mentions, with its count (the first on a tie). */
function mostNamed(mentions: AuthorityMention[]): [string, number] | undefined {
  const tally = new Map<string, number>();
  for (const a of mentions) tally.set(a.name, (tally.get(a.name) ?? 0) + 1);
  return [...tally.entries()].sort((x, y) => y[1] - x[1])[0];
}

// Languages ("lists its Farsi, Urdu and English names") and words that open a sentence
// ("Security experts say …") are no listed groups.
const LANGUAGE_RE =
  /^(?:Security|Experts|Analysts|Critics|Arabic|Hebrew|English|French|Spanish|German|Russian|Persian|Farsi|Dari|Pashto|Urdu|Turkish|Kurdish|Somali|Hausa|Swahili|Chinese|Mandarin|Uyghur|Amharic|Tigrinya)$/;
const COUNTRY_ANAPHOR_RE =
  /\b(?:the|this)\s+(?:country|government|state|nation|kingdom|republic)\s+(?:[\p{Ll}]+\s+){0,3}$/iu;
const NOT_A_STATE = new Set([
  'United Nations',
  'European Union',
  'Arab League',
  'Gulf Cooperation Council',
  'African Union',
  BLOC,
]);

/** The last state the passage names before `at` (not a body of states, not the listed one). */
function lastState(passage: PassageContext, at: number, entities: string[]): string[] {
  const { plain } = passage.authoritiesIn(at - CONTEXT_BEFORE, at - 1);
  for (let k = plain.length - 1; k >= 0; k--)
    if (!NOT_A_STATE.has(plain[k].name) && !entities.includes(plain[k].name)) return [plain[k].name];
  return [];
}

/** How far each step of the search for a designating role reaches. */
const ROLE_STEP = 500;

/** What the sentences so far tell the next one. */
/** A group a claim named: its quote's span and the start of its sentence, in the passage. */
export type RecentGroup = NameSpan & { sentence: number };

export interface PassageState {
  /** The group the last claim named ("the group", "it" refer back to it). */
  v: NameSpan | null;
  /** Set when `v` comes from a later claim, for sentences that only describe the group. */
  seeded?: boolean;
  /** The groups the passage's claims named, in order, with where their sentence starts. */
  recent?: RecentGroup[];
  /** The last claim's authorities, status and label, for lists that continue it. */
  claim?: Pick<Found, 'designators' | 'status' | 'label'> & { entity?: NameSpan };
  /** Where the last claim on a counted or plural set ended, as an offset in the passage. */
  claimEnd?: number;
  /** That claim itself ("The groups named are …" names its members, whatever came between). */
  setClaim?: Pick<Found, 'designators' | 'status' | 'label'>;
  /** Where the last claim (not an aside's) ended, as an offset in the passage. */
  lastClaimEnd?: number;
  /** A listing sentence ended with a colon: bulleted lines after it name its members. */
  bullets?: Pick<Found, 'designators' | 'status' | 'label'>;
}

export interface Found {
  entity: NameSpan;
  start: number;
  end: number;
  label: string;
  status: 'designated' | 'delisted';
  designators: string[];
  /**
   * Made by a parenthetical aside ("(banned in Russia)") or by examples named in passing ("would
   * join A and B on the U.S. terrorist list"): no list that follows continues it.
   */
  aside?: boolean;
}

// "maintained the LTTE on the list": the label follows the object.
const LIST_AFTER_OBJECT_RE =
  /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?[\p{Lu}\d][^.;]{0,90}?\s(?:to|on|onto|from)\s+(?:its|the|their|a|an)\s+[^.;,]{0,40}?(?:list|blacklist)\b|^\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s[^.;]{0,60}?\s(?:to|on|onto|from)\s+(?:its|the|their|a|an)\s+[^.;,]{0,40}?(?:list|blacklist)\b/u;

const WHERE_CLAUSE_RE =
  /([^,;]{1,60}?),?\s+where\s+(?:it|they|the\s+(?:group|organi[sz]ation|movement)s?)\s+(?:(?:is|are|was|were|has|have|been|also|still|now|already|officially)\s+){1,3}(?:an?\s+|the\s+)?$/u;
const COUNTRIES_THAT_HAVE_RE =
  /\b(?:countries|states|nations|governments|jurisdictions)\s+(?:that|which)\s+(?:have|has|had)\s+(?:also\s+|already\s+)?$/i;
const COUNTRIES_INCLUDING_RE =
  /^(?:\s+as\s+[^.;,]{0,50}?)?\s*,?\s+by\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|states|nations|governments),?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?/u;
// "A, B and C are among the two gangs and six drug cartels the US has officially designated":
// the set's own relative clause may name the authority.
const ONE_OF_SET_RE =
  /^\s+(?:is|are|was|were)\s+(?:one\s+of|among)\s+(the\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|gangs|cartels)(?:\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|gangs|cartels))?))(?:\s+(?:that|which))?(?:\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+){0,2}\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?)?\s+$/u;
const OWN_COUNTRY_RE = /\b(?:his|her|their)\s+(?:country|government|nation)\b/i;
const OTHER_STATES_TAIL_RE =
  /^\s*,?\s+(?:and|as\s+well\s+as)\s+(?:many\s+|several\s+|some\s+|most\s+)?other\s+(?:[\p{L}-]+\s+)?(?:countries|nations|powers|states|governments|allies)\s*,?\s+(?:have|has|had)\s+(?:also\s+|long\s+|already\s+)?$/iu;
const UNNAMED_BY_RE =
  /^(?:\s+as\s+[^.;,]{0,50}?)?\s*,?\s+by\s+(?:a\s+(?:number|host|range)\s+of|several|many|multiple|numerous|various|some|other|dozens\s+of|more\s+than\s+\w+)\s+(?:other\s+)?(?:countries|states|nations|governments|jurisdictions)\b/i;

// "banned in at least 20 countries": states counted, not named (examples after it name them).
const UNNAMED_IN_RE =
  /^\s+in\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many|multiple|numerous|a\s+number\s+of|a\s+host\s+of)\s+(?:other\s+)?(?:countries|states|nations)\b(?!,?\s+(?:including|such\s+as|like|among\s+them)\b)/i;

// A designation noun's object: "the designation of X", "the ban on X", "the designation it had
// imposed on X".
// "the deletion (de-listing) of five men": a gloss may follow the noun.
// "the proscription order placed on X", "the proscription and gazetting of X": the noun's
// order, or a second noun, may come between.
const NOUN_OBJECT_RE =
  /^(?:\s+\([\p{L}-]{3,20}\))?(?:\s+(?:order|orders|decision|notice|notification)|\s+and\s+[\p{Ll}-]{3,}ing)?\s+(?:(?:(?:it|that|which|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:imposed|placed)\s+(?:(?:under|by)\s+[^,.;]{1,60}?\s+)?(?:on|against)|of(?:\s+the\s+(?:entirety|whole)\s+of)?|on|against|for(?=\s+(?:the\s+)?\p{Lu}))(?=\s)/iu;
const TERROR_BEFORE_NOUN_RE = /(?:terror\w*|FTO|SDGT)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function byPhraseEnd(s: string, at: number): number {
  // "on the Foreign Terrorist Organization list of the US State Department": the list's owner.
  const owner = LIST_OWNER_RE.exec(s.slice(at, at + 40));
  if (owner) at = authorityRunEnd(s, at + owner[0].length, 60, false) ?? at;
  const m = BY_RE.exec(s.slice(at, at + 60));
  if (!m) return at;
  // "by Turkey, the US and the EU": a list of authorities.
  const run = authorityRunEnd(s, at + m[0].length, 80, true);
  if (run !== null) return run;
  // "by the home ministry under the UAPA": an agent that names no state, then the law it acts under.
  const agent = AGENT_UNDER_RE.exec(s.slice(at, at + 80));
  return agent ? byPhraseEnd(s, at + agent[0].length) : at;
}
const AGENT_UNDER_RE =
  /^["”’]?\s*,?\s*by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|department|cabinet|authorities)(?:\s+of\s+(?:[\p{Ll}]+\s+){1,2}?)?(?=\s*under\s)/u;

/**
 * Where the authorities named right at `from` end: one authority named twice over runs into
 * one ("the US State Department"), and with `list`, so does a list ("Turkey, the US and the EU").
 * Null if no authority starts at `from`.
 */
function authorityRunEnd(s: string, from: number, reach: number, list: boolean): number | null {
  const auth = authoritiesIn(s.slice(from, from + reach));
  if (auth.length === 0 || auth[0].start !== 0) return null;
  let end = from + auth[0].end;
  // "by the U.S., U.K., Canada, and the Arab League, the European Union …": a list ends at its
  // "and" member; a comma after it opens a new clause.
  let closed = false;
  for (let i = 1; i < auth.length; i++) {
    const gap = s.slice(end, from + auth[i].start);
    const sameAuthority = /^\s*$/.test(gap) && auth[i].name === auth[i - 1].name;
    if (!sameAuthority && !(list && !closed && AUTH_LIST_LINK_RE.test(gap))) break;
    if (/\band\b/i.test(gap)) closed = true;
    end = from + auth[i].end;
  }
  return end;
}

/** Whether a sentence names a group again, in full or by the acronym the passage gave it. */
function namesGroup(s: string, group: string): boolean {
  return groupPattern(group)?.test(s) ?? false;
}

/** The pattern for a group's full name or its acronym, compiled once per group. */
const groupPatterns = new Map<string, RegExp | null>();
function groupPattern(group: string): RegExp | null {
  let re = groupPatterns.get(group);
  if (re === undefined) {
    const forms = [group.replace(/\s*\(.*$/, '')];
    const acronym = /\(([A-Z][A-Za-z-]{1,9})\b/.exec(group);
    if (acronym) forms.push(acronym[1]);
    const usable = forms.filter((f) => f.length >= 2).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = usable.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${usable.join('|')})(?![\\p{L}])`, 'u') : null;
    // A long page names many groups; the map is bounded like the paragraph cache is.
    if (groupPatterns.size > 2000) groupPatterns.clear();
    groupPatterns.set(group, re);
  }
  return re;
}

// A sentence that refers back to the passage's group ("the group", "it") and to a listing. The
// pronouns are tested first, the described head only where its noun occurs (speed: most
// sentences hold "the" many times over).
const REFERS_BACK_WORD_RE =
  /\b(?:it|them|the\s+list|(?:this|that)\s+(?:designation|listing|ban|proscription))\b/i;
const REFERS_BACK_HEAD_RE =
  /group|organi[sz]ation|movement|network|militia|outfit|country|state|regime|gang|cartel/i;
// The head noun first, "the" (or "this") looked back for (three times faster than scanning every "the").
const REFERS_BACK_THE_RE =
  /(?:group|organi[sz]ation|movement|network|militia|outfit|country|state|regime|gang|cartel)\b(?<=\b(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}(?:group|organi[sz]ation|movement|network|militia|outfit|country|state|regime|gang|cartel))/iu;
const refersBack = (s: string): boolean =>
  REFERS_BACK_WORD_RE.test(s) || (REFERS_BACK_HEAD_RE.test(s) && REFERS_BACK_THE_RE.test(s));
// … or, opening the sentence or what is said, to the set its claims named ("These groups",
// "The three were …"), or to more of the same ("Two other groups were also designated").
// Anchored: most sentences open otherwise and say nothing.
const SET_REFERENCE = `(?:Both|These|Those|The|All|both|these|those|the|all)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:groups|organi[sz]ations|entities|individuals)\\b|(?:same\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:were|are|have|had|remain)\\b)|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:other|additional|more|further)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:groups|organi[sz]ations|entities|individuals|cartels|gangs|outfits|militias)\\b`;
const SET_REFERENCE_OPENS_RE = new RegExp(`^\\s*${SET_REFERENCE}`, 'u');
const SET_REFERENCE_SAID_RE = new RegExp(`\\bsaid\\s+(?:that\\s+)?${SET_REFERENCE}`, 'u');
const refersToSet = (s: string): boolean =>
  SET_REFERENCE_OPENS_RE.test(s) || (s.includes('said') && SET_REFERENCE_SAID_RE.test(s));
// Every word any rule below needs: the cues, the listing words and the lifting of sanctions.
const SENTENCE_GATE_RE = new RegExp(
  `terror|\\bFTOs?\\b|\\bSDG?Ts?\\b|\\bSDN\\b|proscri|\\b1267\\b|Da'?esh|Qa'?(?:i|e|ei)da\\s+Sanctions|state\\s+sponsors?\\s+of|designat|list|\\bban|annul|lift|outlaw|sanction|restrictive\\s+measures|\\bfr(?:oze|eez)|prohibited\\s+in\\s|${LEGAL_LABEL}|\\b(?:removed|added)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:groups?|organi[sz]ations?|entities|individuals|persons)\\b`,
  'i',
);
const LISTING_WORD_RE = /designat|list|proscri|\bban|blacklist|sanctioned/i;
const LISTING_OR_SANCTIONS_RE =
  /designat|list|proscri|\bbans?\b|blacklist|(?:annul|lift)\w*\s+(?:the\s+)?(?:sanctions|restrictive\s+measures)/i;

// "blacklisted seven al-Shabaab financiers", "publishes list of 9 al-Shabaab associates": a
// counted set of a widely listed group's people, as a listing verb's object, is a terror
// listing without a cue word.
const mayListWidelyListedSet = (s: string): boolean => SET_NUMBER_WORD_RE.test(s) && namesWidelyListed(s);
// Only verbs that list ("Israel listed 12 Hamas commanders it had killed" is a roll call).
const LISTS_A_SET_RE =
  /^(?:designat|blacklist|sanction|publish|ban|outlaw|proscri)|^(?:plac|put|add)(?=[^.;]*list\b)/i;
function widelyListedSetAfter(s: string, verbStart: number, verbEnd: number): boolean {
  if (!LISTS_A_SET_RE.test(s.slice(verbStart, verbStart + 200))) return false;
  const set = COUNTED_OBJECT_RE.exec(s.slice(verbEnd, verbEnd + 160));
  if (set === null) return false;
  const setEnd = verbEnd + set[0].length;
  // "banned three associations accused of funding Hezbollah": the set's ties name the group.
  return namesWidelyListed(set[1]) || tiedToWidelyListed(s.slice(setEnd, setEnd + 160));
}

// What lets a weak verb ("declared", "added") through without a label right after it.
// "the group", "the formation", "it", "they" right before the verb: the subject refers back.
const REFERRING_SUBJECT_RE =
  /\b(?:(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia|country|state|regime|island|nation|battalion|regiment|cartel|gang|formation|faction|legion|brigade|rebels|insurgents|guerrillas)|it|they)(?:\s+(?:\w+\s+){0,3}|,\s+(?:(?:which|that)\s+(?:\w+\s+){0,2})?)$/iu;
const IDENTIFIED_AS_RE = /^[^.;]{0,120}?\sas\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:terror|FTO\b|SDGT\b)/iu;
/** Whether a name opens its sentence (after at most "The"). */
function opensSentence(s: string, n: NameSpan): boolean {
  return /^\s*(?:The\s+)?$/.test(s.slice(0, n.start));
}
const PAST_VERB_AFTER_SUBJECT_RE =
  /^\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}{2,}ed|fought|led|ran|took|won|held|began|drew|grew|broke|split|sought|built|rose|fell|became)\s/u;
/** The name opening a sentence as the subject of a past verb ("Hezbollah fought …"), if not an authority. */
function actingSubject(s: string, names: NameSpan[], before: number): NameSpan | undefined {
  return openingSubject(s, names, before, PAST_VERB_AFTER_SUBJECT_RE);
}
/** The name opening a sentence as its subject ("X is considered …, while the EU lists its armed wing"). */
function sentenceSubject(s: string, names: NameSpan[], before: number): NameSpan | undefined {
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
function roleAppositionName(s: string, objFrom: number, names: NameSpan[]): NameSpan | undefined {
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
const REFERENCE_COUNT: Record<string, number> = { two: 2, both: 2, three: 3 };
const NOT_A_TOPIC_RE =
  /\d|^[A-Z]{6,}\b|\b(?:Court|Ministry|Government|Council|Department|Office|Committee|Parliament|Assembly|Police|Army|Agency|News|Times|Post|Guardian|Telegraph|Independent|Herald|Tribune|Journal|Gazette|Observer|Reuters|Bloomberg|BBC|CNN|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const GENERIC_HEAD_AFTER_NAME_RE =
  /^["')]*\s+(?:[\p{Ll}-]+\s+)?(?:group|movement|organi[sz]ation|militia|network|outfit|faction|wing)$/u;
const RELATIVE_OPENS_RE = /,\s+(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s[^,;]*$/;
const BANNED_NATIONALS_RE =
  /^\s+(?:on\s+)?(?:U\.?S\.?|American|British|UK|EU|Canadian|Australian)\s+(?:citizens|nationals|persons|people|companies|firms|residents)\b/;
const INSTITUTION_RE =
  /(?:\bProsecutor(?:['’]s\s+Office)?|\bGeneral['’]s\s+Office|\bMinistry(?:\s+of\s+[\p{L}\s]+)?|\bCourt|\bAppeals?|\bTribunal|\bParliament|\bSenate)(?:\s+in\s+\p{Lu}[\p{L}-]+)?$/u;
const APPOSED_DEPUTY_RE =
  /^,\s+(?:[^,;]{1,100},\s+){1,2}and\s+(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
const JOINED_SET_RE = new RegExp(
  `^(?:\\s+in\\s+(?:its|their)\\s+entirety)?,?\\s+(?:as\\s+well\\s+as|along\\s+with)\\s+(?:the\\s+)?(${COUNTED_SET_PHRASE})(?![\\p{L}])(?!\\s+(?:killed|dead|injured|wounded)|\\s*:)`,
  'iu',
);
// "declared the PFI an “unlawful association” along with “its associates or affiliates or
// fronts", "banned the PFI and its affiliates": the group's own parts, listed with it.
const JOINED_PARTS_RE =
  /^["”’]?,?\s+(?:(?:as\s+well\s+as|along\s+with)\s+["“‘]?((?:its|their)\s+(?:[\p{Ll}-]+\s+(?:or|and)\s+){0,3}(?:associates|affiliates|fronts|offshoots|front\s+organi[sz]ations|wings|branches))|and\s+((?:its|their)\s+(?:associates|affiliates|fronts|front\s+organi[sz]ations)))(?![\p{L}])/u;
const UNCLOSED_ROLE_RE =
  /^,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:leader|head|chief|founder|co-founder|commander|spokes(?:man|woman|person)|emir|deputy)\s+of\s+(?:the\s+)?(?:[^,;]*\s)?$/u;
const PREDICATE_AFTER_SUBJECT_RE = /^\s+(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)\s/;
const ATTRIBUTIVE_BEFORE_RE = /\b(?:the|an?)\s+(?:\p{Ll}+ly\s+)?$/iu;
// A name or a group noun right after the participle, with no count ("the banned four
// organizations" is a set) and no "as"/"by"/"in" (a listing's own phrase).
const ATTRIBUTIVE_AFTER_RE =
  /^\s+(?:\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|outfit|movement|party|militia|network)\b)/u;
const WEAK_VERB_LABEL_RE = new RegExp(`terror|FTO|SDGT|sanctions\\s+list|proscri|${LEGAL_LABEL}`, 'i');

/**
 * The claims one sentence makes: after the gates that let most sentences through untouched, each
 * listing trigger's claims, then the passes over the whole sentence.
 */
function sentenceDesignations(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  lastEntity: PassageState,
): Found[] {
  const found: Found[] = [];
  if (lastEntity.bullets) {
    const bullets = bulletClaims(s, () => namesIn(s), lastEntity);
    if (bullets) return bullets;
  }
  // "Canada added four groups to its terror list. It also added X": members of the set, added
  // without a cue of their own (see SentenceScope.addsToSet).
  const addsToSet =
    lastEntity.setClaim !== undefined &&
    s.includes('add') &&
    ADDS_NAME_RE.test(s) &&
    nearSetClaim(passageOffset, lastEntity);
  // "Canada took the same step", "Paraguay and Ecuador followed suit": new authorities repeat
  // the last listing.
  if (
    lastEntity.claim !== undefined &&
    passageOffset - (lastEntity.lastClaimEnd ?? -Infinity) <= SAME_STEP_REACH &&
    SAME_STEP_GATE_RE.test(s)
  ) {
    const same = sameStepClaims(s, passageOffset, lastEntity);
    if (same.length > 0) return same;
  }
  // Most sentences name neither a terror label nor a listing: one test skips them.
  if (!SENTENCE_GATE_RE.test(s) && !addsToSet) return followOn(s, passageOffset, ctx, lastEntity);
  // "Its leaders, A and B, were also designated": members named by reference to the group just
  // listed (an anchored test first: most sentences open otherwise).
  const byReference = memberReferenceClaims(s, lastEntity);
  if (byReference !== null) return byReference;
  const wing = s.includes('wing') ? wingSubjectClaim(s, passageOffset, ctx, lastEntity) : null;
  // (A wing named by its own name leaves the rest of the sentence to the other rules: "…, and
  // in 2021 the Home Secretary added the political organisation to the list".)
  if (wing && !wing.aside) return [wing];
  if (wing) found.push(wing);
  const lifted =
    s.includes(' was ') || s.includes(' been ') || s.includes(' be ')
      ? listingLiftedClaim(s, passageOffset, ctx, lastEntity)
      : [];
  if (lifted.length > 0) return lifted;
  let nameCache: NameSpan[] | null = null;
  const names = (): NameSpan[] => (nameCache ??= namesIn(s));
  const possible = POSSIBLE_REMOVAL_GATE_RE.test(s)
    ? possibleRemovalClaims(s, names(), ctx, passageOffset)
    : [];
  if (possible.length > 0) return possible;
  const chronicled =
    s.includes(' were ') || s.includes(' been ')
      ? chronicledBanClaims(s, names(), lastEntity, passageOffset)
      : [];
  if (chronicled.length > 0) return chronicled;
  const reversed =
    s.includes('those') || s.includes('these')
      ? reversedListingClaim(s, passageOffset, ctx, lastEntity)
      : null;
  if (reversed) return [reversed];
  // "Islamic State (a terrorist group banned in Russia)": the aside's own trigger is handled here.
  const asides = s.includes('(') ? asideClaims(s, names) : [];
  found.push(...asides);
  const opening = openingParticipleClaim(
    s,
    names,
    () => passageDesignators(ctx, passageOffset, []),
    () => ctx.onTopic(),
  );
  if (opening.length > 0) found.push(...opening);
  const joined = joinsListClaims(s, names, () => passageDesignators(ctx, passageOffset, []));
  if (joined.length > 0) return joined;
  found.push(...stateSponsorStatedClaims(s, names));
  if (s.includes(' of which ') || s.includes(' of whom ')) {
    const closing = allOfWhichClaims(s, names, () => passageDesignators(ctx, passageOffset, []));
    if (closing.length > 0) return [...found.filter((f) => f.end <= closing[0].start), ...closing];
  }
  const continues = continuesStory(s, lastEntity);
  // "OFAC designated Adel Diab": in a passage about terror listings (an SDGT, FTO or terror-list
  // cue anywhere in it), an authority's listing verb needs no cue of its own.
  const listingVerb = cuedSentence(s) ? null : AUTHORITY_LISTING_RE.exec(s);
  const onTopic =
    listingVerb !== null &&
    ctx.onTopic() &&
    authorityActs(s, listingVerb.index, listingVerb.index + listingVerb[0].length);
  // "The group was banned in 2019", in a passage about terror listings or terror law: a ban
  // there is the listing the passage reports. Not "Several outfits, including A and B, have
  // been outlawed": the examples are the members, which designation-lists.ts reads.
  const banOnTopic = BAN_WORD_RE.test(s) && ctx.onTopic() && !INCLUDED_BEFORE_BAN_RE.test(s);
  const apposedAt = apposedListingAt(s);
  // A ban on groups in a report on an extremist group's attack (groupBanAfterAttack).
  // So is a ban on the members of a set of groups just banned there ("A and B would be banned").
  const banAfterAttack =
    BAN_WORD_RE.test(s) &&
    (GROUP_NOUN_RE.test(s) || nearSetClaim(passageOffset, lastEntity)) &&
    ctx.onExtremistAttack();
  // "Regulations re-listing A, B and C were registered": a re-listing continues a passage
  // that has already made a claim.
  if (
    !onTopic &&
    !banOnTopic &&
    !banAfterAttack &&
    apposedAt < 0 &&
    !cuedSentence(s) &&
    !/proscri|blacklist|de-?list/i.test(s) &&
    !continues &&
    !addsToSet &&
    !(lastEntity.v !== null && /\b[Rr]e-?list(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}/u.test(s)) &&
    !mayListWidelyListedSet(s) &&
    // "There are currently 60 entities listed under the Criminal Code", in a passage on terror lists.
    !(REDUCED_SET_GATE_RE.test(s) && ctx.onTopic()) &&
    // "A, B and C remain under sanction", in a passage on terror listings.
    !(REMAIN_UNDER_SANCTIONS_RE.test(s) && ctx.onTopic()) &&
    // "gunmen of the banned X": the epithet is its own cue (the passage has one already).
    !((s.includes('banned') || s.includes('outlawed')) && EPITHET_GATE_RE.test(s))
  )
    return found.length > 0 ? found : followOn(s, passageOffset, ctx, lastEntity);
  const sc: SentenceScope = {
    s,
    passageOffset,
    ctx,
    state: lastEntity,
    found,
    names,
    continues,
    onTopic,
    banOnTopic,
    addsToSet,
    apposedAt,
  };
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(s); m; m = TRIGGER_RE.exec(s)) {
    if (asides.some((a) => m!.index >= a.start && m!.index < a.end)) continue;
    triggerClaims(sc, m);
  }
  return afterTriggerClaims(sc);
}

/** A sentence under study: where it sits in the passage, and the claims found in it so far. */
interface SentenceScope {
  s: string;
  passageOffset: number;
  ctx: PassageContext;
  state: PassageState;
  /** The sentence's claims so far, in the order found. */
  found: Found[];
  names: () => NameSpan[];
  /** The sentence continues the passage's story about a listed group. */
  continues: boolean;
  /** An authority's listing verb in a passage about terror listings. */
  onTopic: boolean;
  /** A ban in a passage about terror listings or terror law. */
  banOnTopic: boolean;
  /**
   * "Canada has added four groups to its terrorist list. … It also added X": a set was listed
   * just before and the sentence adds a name; the set's members added by "add" need no cue.
   */
  addsToSet: boolean;
  /**
   * "TTP, blacklisted by Washington in 2010, claimed the bombing": the offset of a listing verb
   * in an apposition that names its authority, in a sentence about armed violence (-1 if none).
   */
  apposedAt: number;
}

/**
 * A sentence without a cue may still continue the passage's story about a listed group
 * ("The group had been listed a month earlier").
 */
function continuesStory(s: string, lastEntity: PassageState): boolean {
  return (
    lastEntity.v !== null &&
    ((LISTING_WORD_RE.test(s) && (refersBack(s) || refersToSet(s))) ||
      // "Court Annuls Sanctions on X", "bans of X have been declared by …": the sentence names
      // one of the passage's last listed groups again.
      (LISTING_OR_SANCTIONS_RE.test(s) &&
        [lastEntity.v, ...(lastEntity.recent ?? []).slice(-3)].some((g) => namesGroup(s, g.text))))
  );
}

// After a lifting verb: "removed sanctions on X", "lift the UN sanctions against X".
const LIFTED_SANCTIONS_ON_RE = /^\s+(?:the\s+|all\s+)?(?:UN\s+|U\.N\.\s+)?sanctions\s+(?:on|against)(?=\s)/i;

/** A reference back to a listing: "the designation", "its SDGT designation", "these bans". */
const LISTING_REFERENCE =
  '(?:this|that|the|its|their)\\s+(?:(?:terror(?:ist)?|FTO|SDGT)\\s+)?(?:designation|listing|ban|proscription|label)|(?:these|those|the|its|their)\\s+(?:(?:terror(?:ist)?|FTO|SDGT)\\s+)?(?:designations|listings|bans|proscriptions|labels)';
const LIFTED_OWN_LISTING_RE = new RegExp(
  `^\\s+(?:${LISTING_REFERENCE})\\b(?!\\s+(?:on|of|against|for)\\s+(?!(?:the\\s+)?(?:group|organi[sz]ation|movement|outfit)\\b|it\\b|them\\b|(?:the\\s+)?\\p{Lu}))`,
  'u',
);
/**
 * The object a pronoun or reference stands for: "the group", "the Iran-backed group", "the
 * Lebanese militant group" (not "the other group"), "its armed wing", "this terrorist
 * organisation", "it", "the latter", or a listing referred back to.
 */
const REFERRED_OBJECT_RE = new RegExp(
  `^\\s+(?:of\\s+)?(the\\s+(?:(?!other\\b|rival\\b|new\\b|second\\b|same\\b|first\\b|latter\\b|former\\b)[A-Za-z]+(?:-[A-Za-z]+)?\\s+){0,2}?(?:group|organi[sz]ation|movement|outfit|network|militia|country|island|nation|battalion|regiment|cartel|gang)(?!['’])|(?:its|the\\s+(?:[a-z-]+\\s+){0,2}?group['’]s)\\s+(?:armed|military|political|youth)\\s+wing|this\\s+(?:(?:terrorist|terror|militant|extremist|mercenary|armed|jihadist|Islamist|violent)\\s+)?(?:group|organi[sz]ation|movement|outfit|network|militia)|them|it|him|her|the\\s+latter|${LISTING_REFERENCE})\\b`,
  'i',
);

/**
 * The claims one listing trigger makes: its status and hedges, its label, its entities (object or
 * subject), their designators; pushed onto the sentence's claims.
 */
function triggerClaims(sc: SentenceScope, m: RegExpExecArray): void {
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
  if (hedgedOrNoListing(s, g, word, tStart, before, after)) return;
  const weak = isWeakTrigger(g, word);
  // "A, B and C remain under sanction": the sanctions are the label.
  const sanctioned = remainsSanctioned(sc, word);
  const sanctions = sanctioned ? SANCTIONS_AFTER_RE.exec(after) : null;
  const labelAfterTrigger =
    triggerLabel(s, word, tEnd, after) ??
    (sanctions ? { label: sanctions[0].trim(), end: tEnd + sanctions[0].length } : null);
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
        /^\s+\S+\s+(?:(?:terror(?:ist)?|FTO|SDGT)\s+)?\S+\s*(?:[.;]|$|,?\s+(?:on|in|last|this)\s)/i.test(
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
      (lastFound !== undefined &&
        sc.ctx.onTopic() &&
        /^[^.;]{0,30}?\band\s+$/.test(s.slice(lastFound.end, tStart))));
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
    !groupBanAfterAttack(sc, word, tStart, tEnd) &&
    sc.apposedAt !== tStart &&
    !(g.verb !== undefined && widelyListedSetAfter(s, tStart, tEnd))
  )
    return;
  const labelText = claimLabel(word, label, lastEntity);
  pushTriggerClaims(sc, t, labelText, status, triggerDesignators(sc, t, labelText));
}

/** The trigger's named groups, with a gerund or a "ban" that works as a verb moved from `noun` to `verb`. */
function triggerGroups(s: string, m: RegExpExecArray): Record<string, string | undefined> {
  const g: Record<string, string | undefined> = { ...(m.groups ?? {}) };
  // "listing Islamic State-Somalia as …": a gerund with a direct object is a verb.
  if (
    g.noun !== undefined &&
    /ing$/i.test(m[0]) &&
    (/^\s+(?:the\s+)?\p{Lu}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6)) ||
      COUNTED_OBJECT_RE.test(s.slice(m.index + m[0].length, m.index + m[0].length + 80)) ||
      // "Listing the gang allows prosecutors to …": a gerund opening the sentence with a
      // reference as its object.
      (/^\s*$/.test(s.slice(0, m.index)) &&
        /^\s+(?:the|this|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:group|gang|cartel|organi[sz]ation|movement|network|militia|outfit)s?\b/u.test(
          s.slice(m.index + m[0].length, m.index + m[0].length + 60),
        )))
  ) {
    g.verb = g.noun;
    g.noun = undefined;
  }
  // "voted to ban the group", "will from Monday ban the activities of X": an infinitive, or
  // a "ban" with an object and no determiner before it, is a verb.
  if (
    g.noun !== undefined &&
    /^ban$/i.test(m[0]) &&
    (/\bto\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index)) ||
      // "Britain would also ban A and B": after a modal, "ban" is a verb.
      /\b(?:will|would|shall|should|could|can|may|might|must|did|does|do)\s+(?:not\s+|also\s+|now\s+|soon\s+|\p{Ll}+ly\s+){0,2}$/u.test(
        s.slice(Math.max(0, m.index - 30), m.index),
      ) ||
      (/^\s+(?:the|all|its|their)\s/i.test(s.slice(m.index + 3, m.index + 10)) &&
        !/\b(?:the|a|an|its|their|this|that|his|her|our|complete|total|blanket|new|full|partial|formal|official|[\p{L}]+'s?)\s+$/iu.test(
          s.slice(Math.max(0, m.index - 20), m.index),
        )))
  ) {
    g.verb = g.noun;
    g.noun = undefined;
  }
  return g;
}

/** Whether the trigger word, in its place, says nothing of a listing (a noun "list", an epithet, a label's own word). */
function isNoTrigger(s: string, word: string, tStart: number, tEnd: number, ctx: PassageContext): boolean {
  // "The list of victims": after a determiner, "list" is a noun, not the verb.
  if (
    word === 'list' &&
    /\b(?:the|a|an|its|their|this|that|his|her|our|new|same|official)\s+$/i.test(
      s.slice(Math.max(0, tStart - 12), tStart),
    )
  )
    return true;
  // "Canada's Terrorist List Got Updated …": a headline's list after its label word is a noun.
  if (
    word === 'list' &&
    /\b(?:Terrorist|Terror|Terrorism|Sanctions|Entity|Entities|Consolidated|Exclusion|FTO|SDN)\s+$/.test(
      s.slice(Math.max(0, tStart - 14), tStart),
    )
  )
    return true;
  // "the outlawed PKK", "the banned group", "PKK is an outlawed armed group": an attributive
  // participle is an epithet, not a listing (a proscribed entity is one: the word is the law's).
  if (
    /^(?:outlawed|banned|proscribed)$/.test(word) &&
    ATTRIBUTIVE_BEFORE_RE.test(s.slice(Math.max(0, tStart - 24), tStart)) &&
    (word !== 'proscribed' || /\bthe\s+$/i.test(s.slice(Math.max(0, tStart - 5), tStart))) &&
    ATTRIBUTIVE_AFTER_RE.test(s.slice(tEnd, tEnd + 60)) &&
    // "a banned terrorist organization in the US, UK and Turkey": where it is banned makes a listing.
    !bannedInAuthority(s, tEnd)
  )
    return true;
  // "the list of those subject to restrictive measures against ISIL and Al-Qaeda": the EU
  // regime's name, which lists others.
  if (
    /^restrictive/.test(word) &&
    /\bsubject\s+to\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, tStart - 16), tStart))
  )
    return true;
  // "places the country in line with a growing list of …": a comparison, not a listing.
  if (
    /^plac/.test(word) &&
    /^\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}in\s+line\s+with\b/u.test(
      s.slice(tEnd, tEnd + 50),
    )
  )
    return true;
  // "a "specially designated global terrorist"": the label's own word is no trigger.
  if (/^designated$/.test(word) && /\bspecially[\s-]+$/i.test(s.slice(Math.max(0, tStart - 12), tStart)))
    return true;
  // "Myanmar was blacklisted" in a report on the FATF: its list, not a terror listing.
  if (/^blacklist/i.test(word) && ctx.aboutFatf()) return true;
  return false;
}

/** Whether a terror label and an authority follow the participle: "banned terrorist organization in the US". */
function bannedInAuthority(s: string, at: number): boolean {
  const to =
    /^\s+(?:[\p{Ll}-]+\s+){0,2}?terror\w*\s+(?:organi[sz]ation|group|outfit|entity)s?\s+(?:in|by)\s+(?:the\s+)?(?=\p{Lu})/u.exec(
      s.slice(at, at + 90),
    );
  return to !== null && authoritiesIn(s, at + to[0].length, at + to[0].length + 1).length > 0;
}

/** Whether a terror cue closes a clause that opens with a list of names (two commas or more before it). */
function cueAfterList(clauseAfter: string): boolean {
  if (!/^\s+(?:the\s+)?\p{Lu}[^,]{0,60},\s+(?:and\s+)?(?:the\s+)?\p{Lu}/u.test(clauseAfter)) return false;
  const at = clauseAfter.search(CUE_RE);
  return at > 0 && (clauseAfter.slice(0, at).match(/,/g)?.length ?? 0) >= 2;
}

/**
 * "remain under sanction(s)", in a passage on terror listings: still listed. (The trigger
 * "remain under" matches only before sanctions.)
 */
function remainsSanctioned(sc: SentenceScope, word: string): boolean {
  return /^remain\w*\s+under$/.test(word) && sc.ctx.onTopic();
}

const REMAIN_UNDER_SANCTIONS_RE = new RegExp(`\\bremain(?:s|ed)?\\s+under\\s+${QUALIFIED_SANCTIONS}`);
const SANCTIONS_AFTER_RE = new RegExp(`^\\s+${QUALIFIED_SANCTIONS}`);
const TERROR_LABEL_CLOSES_RE =
  /,\s+an?\s+["“'‘]?(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:group|organi[sz]ation|entity|outfit)/u;
// "… to its list of outlawed terrorist organizations" too.
const TERROR_LIST_CLOSES_RE =
  /\s(?:to|on|onto)\s+(?:its|the|their|a|an)\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:terror\w*|sanctions)\s+(?:black)?list\b|list\s+of\s+(?:[\p{L}-]+\s+){0,2}?terror)/u;

// "designated the RSF for committing acts of genocide": a reason for a listing other than terror.
const OTHER_REASON_RE =
  /^[^.;]{0,80}?\bfor\s+(?:committing\s+|its\s+role\s+in\s+|(?:their|its|his|her)\s+)?(?:acts\s+of\s+)?(?:genocide|war\s+crimes|crimes\s+against\s+humanity|human\s+rights\s+(?:abuses|violations)|(?:significant\s+)?corruption|atrocities|election\s+interference)\b/i;

/** "added X", "adding the X": a name as the object ("added the movement" refers back instead). */
const ADDS_NAME_RE = /\badd(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}/u;

/** Whether the trigger lacks a cue: no terror label near it, no listing word, nothing the passage or the sentence carries over. */
function lacksCue(
  sc: SentenceScope,
  g: Record<string, string | undefined>,
  word: string,
  tStart: number,
  tEnd: number,
): boolean {
  const { s, found, continues, onTopic } = sc;
  if (sc.addsToSet && /^add/.test(word)) return false;
  if (sc.apposedAt === tStart) return false;
  const windowText = s.slice(Math.max(0, tStart - 80), Math.min(s.length, tEnd + 120));
  // A sentence that has already made a claim keeps its cue for later triggers.
  // A long list of names may put the label past the window: "designating A, B, … and F as SDGTs".
  // Abbreviation points ("the U.S. claims") do not end the clause.
  const clauseAfter =
    /^[^;]*?(?=[.;]\s|$)/.exec(withoutAbbreviationPoints(s.slice(tEnd, tEnd + 400)))?.[0] ?? '';
  // "designated the RSF for committing acts of genocide": a listing for something other than
  // terror is out of scope, however much the passage speaks of terror lists.
  if (g.verb !== undefined && OTHER_REASON_RE.test(clauseAfter) && !CUE_RE.test(clauseAfter)) return true;
  return (
    !cued(windowText) &&
    // "the designation of Jundallah, a group that …, as a Foreign Terrorist Organization": so may a noun's.
    !(
      (g.verb !== undefined || (g.noun !== undefined && /^\s+of\s/.test(clauseAfter))) &&
      /\sas\s/.test(clauseAfter) &&
      CUE_RE.test(clauseAfter)
    ) &&
    // "added X - secretary general of …, responsible for … - to its terrorism blacklist".
    !(g.verb !== undefined && TERROR_LIST_CLOSES_RE.test(clauseAfter)) &&
    // "designated X, whose members have taken control of …, a "transnational terrorist group"".
    !(g.verb !== undefined && TERROR_LABEL_CLOSES_RE.test(clauseAfter)) &&
    // "banned four organisations --A, B, C and D-- for terrorism".
    // "A court disbanded X, …, on Tuesday (Jul 31) for "conducting terrorism"" too.
    !(
      g.verb !== undefined &&
      (BAN_WORD_RE.test(word) || /^disband/.test(word)) &&
      FOR_TERRORISM_RE.test(clauseAfter)
    ) &&
    // "sanctions on fourteen individuals for … under Executive Order 13224": the authority a
    // listing is made under may close a long clause.
    !COUNTER_TERRORISM_AUTHORITY_RE.test(clauseAfter) &&
    // "designated A, B, C, and D for supporting the terror financing of …": past a list.
    !(g.verb !== undefined && cueAfterList(clauseAfter)) &&
    !/proscri|blacklist|de-?list|^re-?list/i.test(word) &&
    !continues &&
    // "The list of proscribed organisations started in 2001, when A and B were outlawed": a
    // passive ban in a sentence about the list of banned groups is a listing however far apart.
    !passiveBanOnBannedList(s, tStart) &&
    !(onTopic && (g.verb ?? g.delist) !== undefined && authorityActs(s, tStart, tEnd)) &&
    !topicalBan(sc, word, tStart) &&
    !groupBanAfterAttack(sc, word, tStart, tEnd) &&
    !(g.verb !== undefined && widelyListedSetAfter(s, tStart, tEnd)) &&
    !remainsSanctioned(sc, word) &&
    found.length === 0
  );
}

/**
 * Whether a passive ban's named subjects sit in a sentence about the list of banned groups: "…,
 * when A and B were outlawed" (the clause before the verb opens with a name).
 */
function passiveBanOnBannedList(s: string, tStart: number): boolean {
  const before = s.slice(Math.max(0, tStart - 300), tStart);
  if (!/\s(?:was|were|been)\s+$/.test(before) || !BANNED_LIST_RE.test(s)) return false;
  let from = 0;
  for (const b of before.matchAll(/[,;]\s*|\b(?:when|after|while|where|as|since)\s+/g))
    from = b.index + b[0].length;
  return /^(?:the\s+)?\p{Lu}/u.test(before.slice(from));
}

const BANNED_LIST_RE =
  /\blist\s+of\s+(?:banned|proscribed|outlawed)\s+(?:outfits|organi[sz]ations|groups|entities)|\bproscribed\s+(?:outfits|organi[sz]ations|groups)\b/i;

const COUNTER_TERRORISM_AUTHORITY_RE =
  /\bunder\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:E\.?\s?O\.?\s*13224|Executive\s+Order\s+13224|Terrorism\s+Act|(?:Resolution\s+)?1267)\b/iu;
/** Whether the trigger lists or delists: a delisting verb or noun, an expired or lifted listing, a removed designation. */
function triggerStatus(
  s: string,
  g: Record<string, string | undefined>,
  word: string,
  tEnd: number,
  before: string,
  after: string,
): 'designated' | 'delisted' {
  let status: 'designated' | 'delisted' = g.delist !== undefined ? 'delisted' : 'designated';
  if (/^(?:removal|deletion|rescission|revocation|delisting|de-listing|annulment)$/.test(word))
    status = 'delisted';
  // "the group's terrorist designation has expired", "… had lapsed".
  if (
    g.noun !== undefined &&
    (/^[^.;]{0,90}?\b(?:has|had|have|was|were)\s+(?:now\s+|since\s+|quietly\s+|officially\s+)?(?:expired|lapsed|ended|been\s+allowed\s+to\s+(?:expire|lapse))\b/i.test(
      after,
    ) ||
      // "the ban imposed on the group in 2001 is to be lifted on March 18"; "the ban on X was
      // lifted in 2016".
      // "designations on three leaders – A, B and C – also would be lifted on Feb. 16".
      /^[^.;]{0,200}?\b(?:(?:is|are)\s+(?:now\s+)?(?:to\s+be|being)|was|were|(?:also\s+)?(?:will|would)\s+(?:also\s+)?be)\s+(?:(?:later|finally|formally|officially|eventually)\s+)?(?:lifted|revoked|rescinded|withdrawn|repealed|overturned|quashed|annulled|suspended)\b(?![^.;]{0,40}\b(?:if|unless|once)\b)/i.test(
        after,
      ) ||
      // "bans placed on A, B and C have since been revoked".
      (s.includes(' been ', tEnd) &&
        /^[^.;]{0,200}?\b(?:has|had|have|was|were)\s+(?:now\s+|since\s+|officially\s+|formally\s+)?been\s+(?:repealed|revoked|rescinded|lifted|withdrawn|suspended)\b/i.test(
          s.slice(tEnd, tEnd + 260),
        )))
  )
    status = 'delisted';
  if (
    // "removed Sudan's state sponsor of terrorism designation", "suspends ban on X", "is
    // withdrawing FARC's designation", "to cancel the designation", "the court quashed the
    // proscription" (not "withdrew its troops
    // after X's designation").
    /\b(?:revok\w*|rescind\w*|remov\w*|lift\w*|annul\w*|end(?:s|ed|ing)?|drop\w*|overturn\w*|suspend\w*|withdr[ae]w\w*|cancel\w*|revers(?:e|es|ed|ing)|quash\w*|str(?:ike|ikes|uck|iking)\s+down|set(?:s|ting)?\s+aside)\s+(?:(?:the|its|their|his|a)\s+)?(?:(?!(?:after|before|since|following|despite|amid|over|because|when|until|upon)\s)[\p{L}\d'’-]+\s+){0,5}$/iu.test(
      before,
    )
  )
    status = 'delisted';
  return status;
}

/** Whether a hedge ("may", "calls to", "considering") or an effect of the listing makes the trigger no claim. */
const DECIDED_THAT_SHOULD_RE =
  /\b(?:has|have|had)\s+(?:now\s+)?(?:concluded|decided|determined)\s+that\s+(?!(?:it|they|we)\b)[^.;,]{1,80}?\s+should\s+(?:now\s+)?be\s+$/i;
function hedgedOrNoListing(
  s: string,
  g: Record<string, string | undefined>,
  word: string,
  tStart: number,
  before: string,
  after: string,
): boolean {
  // The month May is no modal: "said in May that he was delisting …".
  // The hedge window reaches further back: "urged U.S. Secretary of State Hillary Clinton to
  // immediately designate …".
  const hedge = s
    .slice(Math.max(0, tStart - 90), tStart)
    .replace(/\bno\s+longer\b/i, '')
    // "Al-Qaida, which was also up for review, was kept on the list": a closed aside hedges nothing.
    .replace(/,\s*(?:which|who)\b[^,;]*,/g, ',')
    .replace(/\b(?:in|on|of|since|until|by|last|early|late|mid-?)\s+May\b|\bMay\s+\d/g, ' ');
  // "This review of the listing of X", "a challenge to X's designation": a review names the
  // listing as current.
  const namedCurrent =
    g.noun !== undefined &&
    /^(?:listings?|designations?|proscription|ban)$/.test(word) &&
    (/\b(?:review|challenge|appeal)\s+(?:of|to|against)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+'s?\s+)?$/iu.test(
      before,
    ) ||
      // "will review the terror designation of HTS": the listing reviewed is current.
      // (A review that only "may" happen stays dark.)
      /(?<!\b(?:may|might|could|would)\s+)\breview(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)(?:[\p{L}-]+\s+){0,4}$/iu.test(
        before,
      ) ||
      // "Hamas has challenged its EU listing": a group contests a listing it has.
      /\b(?:challeng|contest|appeal)\w*\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) ||
      // "Venezuela rejected the designation of X": rejecting a listing made names it (not "the
      // proposed designation").
      (/^(?:listings?|designations?)$/.test(word) &&
        /\breject(?:s|ed|ing)?\s+(?:the|its|their|\p{Lu}[\p{L}.]*['’]s)\s+(?:(?!proposed|planned|possible|potential|requested)[\p{L}-]+\s+){0,2}$/u.test(
          before,
        )) ||
      // "demanded that the Indian government's ban on X be lifted": the ban is current.
      /^[^.;]{0,80}?\bbe\s+(?:lifted|removed|revoked|rescinded|overturned|dropped)\b/i.test(after));
  // "urged support for a proscribed organisation": the hedge is on the support, the
  // proscription is the law's.
  const describesObject =
    /^(?:proscribed|banned|outlawed|designated|listed)$/.test(word) &&
    /\b(?:support|membership|members|member)\s+(?:for|of|in)\s+(?:a|an|the)\s+$/i.test(before);
  // "Having considered the evidence, the Government have concluded that X should be proscribed":
  // a decision, worded as what should be done.
  const decided = DECIDED_THAT_SHOULD_RE.test(before);
  if (
    (NOT_A_CLAIM_BEFORE_RE.test(hedge.slice(-60)) || NOT_A_CLAIM_FAR_RE.test(hedge)) &&
    !namedCurrent &&
    !describesObject &&
    !decided
  )
    return true;
  if (EFFECTS_AFTER_RE.test(after) || NOT_A_CLAIM_AFTER_RE.test(after)) return true;
  // "the Home Secretary intends to ban X" is a plan, unless an official confirmed or announced
  // it ("an official confirmed that Blinken intends to remove X from the list").
  if (
    /\bintend(?:s|ed|ing)?\s+to\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    !/\b(?:confirmed|announc(?:e|es|ed|ing)|said|says|told)\b/i.test(s.slice(0, tStart))
  )
    return true;
  // "The inclusion of X as a terrorist organisation will help …": a listing argued for.
  if (word === 'inclusion' && /^[^.;,]{0,90}?\s(?:will|would|could|should|may|might)\s/i.test(after))
    return true;
  // "If the designation is implemented, the UN can … freeze the assets of X": a sentence that
  // opens on a condition lists no one.
  if (/^\s*(?:If|Unless|Should)\s/.test(s)) return true;
  // "Proscribing X as a terrorist group would mean …": a gerund subject weighs a listing's effects.
  if (
    /ing$/.test(word) &&
    /^\s*$/.test(s.slice(0, tStart)) &&
    /^[^.;,]{0,120}?\s(?:would|could|might|may|will)\s/i.test(after)
  )
    return true;
  // "bans U.S. citizens from …", "a ban on US persons engaging in business with X": the
  // listing's effect on a state's own people.
  if (/^ban/.test(word) && BANNED_NATIONALS_RE.test(after)) return true;
  // "were banned from holding rallies": barred from an act, no listing.
  if (word === 'banned' && /^\s+from\s+\w+ing\b/i.test(after)) return true;
  return false;
}

// Verbs that are not about listing unless a terror label follows: add, place, put, name,
// declare, recognise, label, brand, list.
// "the addition of X to its sanctions list": a noun that, like its verb, needs the list.
function isWeakTrigger(g: Record<string, string | undefined>, word: string): boolean {
  return (
    (g.noun === undefined ||
      word === 'addition' ||
      word === 'inclusion' ||
      word === 'classification' ||
      word === 'recognition') &&
    // ("remain under sanctions" names its listing; "remain on" needs a label.)
    /^(?:add|plac|put|named|notif|declar|proclaim|recogni|label|brand|tag|classif|categori|identif|class|reinstat|remain(?!s?\s+under|ed\s+under)|(?:has|have|had|is|are|was|were)\s|includ|exclud|lift|remov|overturn|struck|taken|kept|keep|maintain|retain)/.test(
      word,
    )
  );
}

const COPULAR_LABEL_RE =
  /^\s+((?:terrorist\s+|terror\s+|militant\s+)?(?:group|organi[sz]ation|entity|outfit|movement))\b(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?/u;
const AMONG_LABEL_RE =
  /^\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}?(?:(?:Foreign\s+)?Terrorist\s+Organi[sz]ations|FTOs|(?:designated|listed|banned|proscribed)\s+(?:terrorist\s+|terror\s+)?(?:organi[sz]ations|groups|entities))(?:\s*\((?:FTOs?)\))?)/iu;

/** The terror label that follows the trigger, maybe past a by-phrase. */
function triggerLabel(
  s: string,
  word: string,
  tEnd: number,
  after: string,
): { label: string; end: number } | null {
  // "was declared by the Argentine government as a terrorist group": the by-phrase
  // may come before the label.
  let label = labelAfter(s, tEnd);
  // "is on Britain's list of …": the trigger ends with the preposition the label opens with.
  if (!label && /\son$/i.test(word)) label = labelAfter(s, tEnd - 2);
  // "BLA remains a proscribed entity in Pakistan": the participle's noun is the label, and the
  // place after it lists.
  if (!label && /^(?:proscribed|banned|designated|listed|outlawed|blacklisted)$/i.test(word)) {
    const copular = COPULAR_LABEL_RE.exec(after);
    if (
      copular &&
      /\b(?:is|are|was|were|remains?|remained|becomes?|became)\s+(?:still\s+)?(?:an?|the)\s+$/i.test(
        s.slice(Math.max(0, tEnd - word.length - 30), tEnd - word.length),
      )
    )
      label = { label: `${word} ${copular[1]}`, end: tEnd + copular[0].length };
  }
  // "X and Y are among the Foreign Terrorist Organizations": the set they belong to.
  if (!label && /\samong$/i.test(word)) {
    const set = AMONG_LABEL_RE.exec(s.slice(tEnd, tEnd + 120));
    if (set) label = { label: set[1], end: tEnd + set[0].length };
  }
  if (!label && /^\s*,?\s*by\s/i.test(after)) {
    const byEnd = byPhraseEnd(s, tEnd);
    if (byEnd > tEnd) label = labelAfter(s, byEnd);
  }
  return label;
}

/** One trigger's search for its entities, with the label and the quote's bounds it finds on the way. */
interface TriggerFrame {
  g: Record<string, string | undefined>;
  word: string;
  tStart: number;
  tEnd: number;
  /** The text just before and after the trigger. */
  before: string;
  after: string;
  label: { label: string; end: number } | null;
  entities: NameSpan[];
  /** The claim a reference subject ("These groups") refers back to. */
  referenceTo: Pick<Found, 'designators'> | undefined;
  /** Words describing a counted subject ("supported by Iran") name no designator. */
  subjectAside: NameSpan | null;
  /** Nor do words describing the object ("X, … fighting for Ukraine, a terrorist organization"). */
  objectAside?: NameSpan;
  quoteStart: number;
  entityInQuote: boolean;
  quoteEnd: number;
  /** The authorities a by-phrase right after a noun's object names ("the designation of X by the US"). */
  nounBy?: string[];
}

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
      (voice.passive || voice.apposition || voice.relative || g.noun !== undefined || !voice.directObject)
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

/** How the trigger relates to its entity: passive or copular, in an apposition or a relative clause, a noun "of" its object, or a verb with a direct object. */
interface TriggerVoice {
  copular: boolean;
  passive: boolean;
  apposition: RegExpExecArray | null;
  relative: RegExpExecArray | null;
  byFirst: RegExpExecArray | null;
  ofNoun: boolean;
  directObject: boolean;
}

// "were designated", "were on Wednesday designated": a day may come between.
const PASSIVE_AUX_BEFORE_RE = new RegExp(
  `\\b(?:was|were|is|are|been|be|being|get|got|gets|remain|remains)\\s+(?:\\w+ly\\s+|also\\s+|now\\s+|first\\s+|since\\s+|previously\\s+|again\\s+|long\\s+|already\\s+|still\\s+|both\\s+|all\\s+|on\\s+(?:${WEEKDAY})\\s+)?$`,
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
      (/\b(?:is|are|was|were|remains?|remained|becomes?|became)\s+(?:still\s+)?(?:an?|the)\s+$/i.test(
        before,
      ) &&
        /^\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|entity|outfit|movement)\b/iu.test(after)));
  // A headline drops the auxiliary: "Wagner Group proscribed", "Hezbollah placed on terror list"
  // — but not where a name follows the verb, its object: "Kazakhstan Removed Taliban from …".
  const headline =
    /(?:ed|put|kept|banned|taken\s+off|struck\s+off)$/i.test(word) &&
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
    /^remain|\s(?:on|among)$/i.test(word) ||
    headline ||
    // "the order, which will see the Terrorgram collective proscribed": a small clause's
    // participle says what is done to the name before it.
    smallClause ||
    (/(?:ed|put|kept|banned|taken\s+off|struck\s+off)$/i.test(word) &&
      (PASSIVE_AUX_BEFORE_RE.test(before) || copular));
  // An apposition describes its head with a participle or a noun ("X, a group designated …",
  // "A and B, both designated …");
  // a finite verb after a comma has its own subject ("In the US, the State Department lists …").
  const participle = g.noun !== undefined || /(?:ed|put|kept|banned)$/i.test(word);
  const appositionMatch = !participle
    ? null
    : /,\s*(?:(?:a|an|the)\s+(?:[^,]{0,60}?\s+)?(?:that\s+(?:is|was|has\s+been)\s+|which\s+(?:is|was|has\s+been)\s+)?|(?:which|who)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:[a-z]+ed\s+and\s+)?|(?:both|all|each)\s+(?:(?:of\s+(?:which|whom|them)\s+)?(?:are|were|have\s+been|(?:is|was)\s+)?(?:also\s+)?)?)$/i.exec(
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
    (seededObject ||
      !/^\s*(?:as|an?|by|in|to)\b/i.test(after) ||
      LABEL_FIRST_RE.test(after) ||
      // "designated a coalition of Haitian gangs as …": an uncounted set is an object too.
      (/^\s*an?\s/i.test(after) && COUNTED_OBJECT_RE.test(after)));
  return { copular, passive, apposition, relative, byFirst, ofNoun, directObject };
}

// Only where a reference finds no claimed group: the subject of the story so far.
// What a reference ("it", "its armed wing", "the group") stands for: the group this sentence
// has just claimed ("X is listed by A, while B lists its armed wing"), else the passage's,
// else — with a terror label in the reference's own clause — the subject of the story so far.
function referent(
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
 * The trigger's object: names after it up to "as", a comma clause or the label — a counted set,
 * a role's holder, a pronoun's antecedent — and the label after the object. False when the
 * trigger makes no claim after all (a restating clause, a listing as something else).
 */
function objectEntities(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice): boolean {
  const { objFrom, objTo } = objectSpan(sc, t, voice);
  const named = objectNames(sc, t, objFrom, objTo);
  if (restatesPreviousClaim(sc, t)) return false;
  t.entities = withClosingCountedSet(sc.s, referredObject(sc, t, named), objTo);
  if (t.entities.length > 0 && !t.label && !labelAfterObject(sc, t)) return false;
  widenOverDeclaredBy(sc.s, t);
  t.entities = withoutAliases(sc.s, t.entities);
  return true;
}

// "X, also known as Y or Z": the aliases name X again; they are no further members of the object.
const ALIAS_GAP_RE =
  /^\s*[,(]?\s*(?:(?:also|otherwise|commonly|popularly|formerly)\s+)?(?:known\s+as|called|dubbed|a\.?k\.?a\.?)\s+(?:the\s+)?$/iu;
const ROLE_AFTER_ALIAS_GAP_RE =
  /^\s*,\s*(?:and\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}?(?:leaders?|commanders?|chiefs?|officials?|members?|financiers?|operatives?)\s+)?$/u;
const ALIAS_OR_GAP_RE = /^\s*,?\s*or\s+(?:the\s+)?$/iu;
function withoutAliases(s: string, entities: NameSpan[]): NameSpan[] {
  if (entities.length < 2) return entities;
  const kept: NameSpan[] = [];
  let previous: NameSpan | undefined;
  let inAliases = false;
  for (const e of entities) {
    const gap = previous ? s.slice(previous.end, e.start) : '';
    inAliases =
      previous !== undefined && (ALIAS_GAP_RE.test(gap) || (inAliases && ALIAS_OR_GAP_RE.test(gap)));
    if (!inAliases) kept.push(e);
    previous = e;
  }
  return kept;
}

const APPOSED_MEMBER_GAP_RE = /^(?:\s+[\p{Ll}-]+)?,\s*an?\s+[^,;.()]{1,60},\s+(?:the\s+)?$/u;
const APPOSED_LIST_MEMBER_RE =
  /^,\s*an?\s+[^,;.()]{1,60},\s+(?=(?:the\s+)?\p{Lu}[^.;]{0,200}?\s(?:and|or)\s+(?:the\s+)?\p{Lu}[^.;]{0,100}?\s+as\s)/u;

/** "designated as terrorists Jose Maria Sison": a terror label before the object's name. */
// (Case-sensitive: under the i flag \p{Lu} would match any letter.)
// "designated Monday as international terrorist organizations the armed militias of Hezbollah":
// a weekday may come first, and a wing or militia of the named group may be the object.
const LABEL_FIRST_RE = new RegExp(
  `^(?:\\s+(?:on\\s+)?(?:${WEEKDAY}))?\\s+as\\s+(?:an?\\s+)?(?:(?:global|foreign|international|specially\\s+designated)\\s+)?terror(?:ist)?s?(?:\\s+(?:groups?|organi[sz]ations?|entities|individuals))?\\s+(?=(?:the\\s+)?(?:(?:armed|military|political)\\s+)?(?:wings?|militias|branch(?:es)?)\\s+of\\s+(?:the\\s+)?\\p{Lu}|(?:the\\s+)?\\p{Lu})`,
  'u',
);

/** Where the trigger's object runs, as offsets in the sentence. */
const ENTIRETY_OF_RE = /^\s+(?:the\s+)?(?:entirety|whole)\s+of(?=\s)/i;

function objectSpan(
  { s, names }: SentenceScope,
  t: TriggerFrame,
  voice: TriggerVoice,
): { objFrom: number; objTo: number } {
  const { word, tEnd, after } = t;
  const { byFirst, ofNoun } = voice;
  // Object: names after the trigger up to "as", a comma clause or the label.
  // "a ban on the group X": the noun's own preposition does not end its object.
  const byLead = byFirst ? byFirst[0].length : 0;
  const ofLead = ofNoun ? byLead + (NOUN_OBJECT_RE.exec(after.slice(byLead))?.[0].trimEnd().length ?? 0) : 0;
  // "sanctions on the X": the preposition leads to the object, it does not end it.
  // "removed sanctions on X", "lift the sanctions against X": a lifting verb's object is theirs.
  // (The EU calls its sanctions "restrictive measures".)
  // "sanctions, including asset freezing, on eight individuals": an aside may come first.
  const sanctionsOn = /^(?:sanctions|restrictive\s+measures)$/i.test(word)
    ? /^(?:\s*,[^,.;]{1,40},)?\s+(?:on|against)(?=\s)/i.exec(after)
    : t.g.delist !== undefined
      ? // "lifted the ban on six groups": the ban's object is the verb's.
        (LIFTED_SANCTIONS_ON_RE.exec(after) ?? /^\s+(?:the\s+|its\s+)?bans?\s+on(?=\s)/i.exec(after))
      : // "froze the funds and other assets of X": the assets' owner is the object.
        /^(?:freez|froze)/i.test(word)
        ? /^\s+(?:the\s+)?(?:funds\s+and\s+(?:other\s+)?)?assets\s+(?:in\s+\p{Lu}\p{L}+\s+)?(?:of|belonging\s+to)(?=\s)/iu.exec(
            after,
          )
        : // "outlawed the activities of seven terrorist organizations": whose activities.
          /^(?:ban|outlaw|prohibit)/i.test(word)
          ? /^\s+(?:the\s+)?(?:all\s+(?:kinds|forms|types)\s+of\s+)?activit(?:y|ies)\s+(?:of|by)(?=\s)/i.exec(
              after,
            )
          : null;
  // "designated as terrorists Jose Maria Sison and …": a label before the object.
  const labelFirst = !sanctionsOn && !ofLead && t.g.verb !== undefined ? LABEL_FIRST_RE.exec(after) : null;
  // "list the entirety of Hamas": the whole group is the object.
  const entirety = !sanctionsOn && !labelFirst && !ofLead ? ENTIRETY_OF_RE.exec(after) : null;
  const objFrom =
    tEnd +
    (sanctionsOn
      ? sanctionsOn[0].length
      : labelFirst
        ? labelFirst[0].length
        : entirety
          ? entirety[0].length
          : ofLead);
  // A long list of names may run past `after`: "designating A, B, C, D, E and F as …".
  const objText = s.slice(objFrom, tEnd + 400);
  const stop = OBJECT_END_RE.exec(objText);
  let objTo = objFrom + (stop ? stop.index : Math.min(objText.length, after.length - ofLead));
  // A stop word inside a name does not end the object: "al-Qa'ida in the Lands of the Islamic Maghreb".
  const straddling = stop
    ? names().find((n) => n.start < objTo && n.end > objTo && n.start >= tEnd)
    : undefined;
  if (straddling && stop) {
    const rest = after.slice(straddling.end - tEnd);
    const next = OBJECT_END_RE.exec(rest);
    objTo = straddling.end + (next ? next.index : rest.length);
  }
  // "declared A, a Ukrainian paramilitary association, B and C as terrorist": an apposition
  // inside a list of names does not end the object.
  if (stop && /^,\s*an?$/.test(stop[0])) {
    const rest = objText.slice(stop.index);
    const listed = APPOSED_LIST_MEMBER_RE.exec(rest);
    if (listed) {
      const next = OBJECT_END_RE.exec(rest.slice(listed[0].length));
      objTo = objFrom + stop.index + listed[0].length + (next ? next.index : 0);
    }
  }
  // "proscribed two groups – A and B – as …": a counted set's members between dashes
  // belong to the object.
  if (
    stop &&
    stop[0].length === 3 &&
    /[—–]/.test(stop[0]) &&
    SET_NUMBER_WORD_RE.test(objText.slice(0, stop.index))
  ) {
    const close = DASH_MEMBERS_RE.exec(objText.slice(stop.index + 3));
    // A noun's set may close before its verb: "designations on three leaders – A, B and C – would be lifted".
    if (
      close &&
      (t.g.noun !== undefined
        ? /^\s*(?:as|under|on|to|by|in|also|would|will|were|was|are|is|have|has|had)\b/i
        : /^\s*(?:as|under|on|to|by|in)\b/i
      ).test(objText.slice(stop.index + 3 + close[0].length))
    )
      objTo = objFrom + stop.index + 3 + close[1].length;
  }
  return { objFrom, objTo };
}

// ("designates Mexican cartels as …": a nationality may describe them.)
const ARMED_CLASS_OBJECT_RE =
  /^\s+(?:all\s+)?((?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish)\s+){0,2}?(?:bandits|gangs|cartels|militias|separatists|insurgents|rebels|militants|jihadists))(?=\s+as\s)/u;

/** The names in the object: its members, an unnamed counted set (with its examples), or the person a role names. */
function objectNames(
  { s, names, ctx }: SentenceScope,
  t: TriggerFrame,
  objFrom: number,
  objTo: number,
): NameSpan[] {
  const { g, word, tEnd, before, after, label } = t;
  // The object follows the verb directly, maybe after a short description
  // ("the international Sunni Islamist political organisation Hizb ut-Tahrir").
  // ("the U.S.-based group X": a place glued to "-based" only describes the name after it.)
  const firstName = names().find(
    (n) =>
      n.start >= objFrom &&
      n.end <= objTo &&
      !ownsCountedSet(s, n) &&
      !describesNextName(s, n) &&
      !/^\.?-(?:based|backed|linked|led|affiliated|aligned|funded)\b/.test(s.slice(n.end, n.end + 14)) &&
      // "four individuals with ties to Pakistan, namely A …": where a counted set's ties lead.
      !(
        /\b(?:ties|links|linked|associated|affiliated|based)\s+(?:to|with|in)\s+(?:the\s+)?$/.test(
          s.slice(Math.max(0, n.start - 24), n.start),
        ) && SET_NUMBER_WORD_RE.test(s.slice(objFrom, n.start))
      ),
  );
  const lead = firstName ? s.slice(objFrom, firstName.start) : '';
  const close =
    firstName &&
    lead.length <= 70 &&
    // "a ban on the chief of the JeM": the object is the person, whom the name only owns.
    !/\b(?:chief|leader|head|founder|commander|member|spokes\w+|deputy|financier|facilitator|operative|official|associate|son|brother)s?\s+of\s+(?:the\s+)?$/i.test(
      lead,
    ) &&
    (!/[,;:]|\b(?:won|was|were|is|are|has|had|said|says|will|would)\b/.test(lead) ||
      // "designated the Iranian-backed, Yemen-based Houthi rebels as …"
      /^\s+(?:the\s+)?(?:[\p{L}.]+-(?:backed|based|linked|led|funded|aligned|affiliated),?\s+){2,3}$/u.test(
        lead,
      ) ||
      // "listed all political, social, and military branches of Hamas"
      /^\s+(?:all\s+)?(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+,?\s+(?:and\s+)?){1,4}(?:branches|wings|components|structures|arms)\s+of\s+(?:the\s+)?$/u.test(
        lead,
      ) ||
      // "designated two dissident groups, Segunda Marquetalia and FARC-EP"
      // "designating the respective leaders of those organizations, A, B and C"
      // "designated four individuals with ties to Pakistan, namely A, B, C and D, as terrorists"
      /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:groups|organi[sz]ations|entities|militias|movements|individuals|leaders|members|commanders|founders|financiers)(?:\s+of\s+(?:the|those|these|both|its|their|each)\s+(?:[\p{L}-]+\s+){0,2}(?:groups?|organi[sz]ations?|movements?|militias?)|\s+(?:with\s+ties\s+to|linked\s+to|associated\s+with|based\s+in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?,\s*(?:namely\s+)?$/u.test(
        lead,
      ));
  // "a ban on the white supremacist, neo Nazi group X": a described head noun, whose
  // describing words may be capitalised or set off by commas, leads to the name, also in
  // apposition ("the Yemeni Islamic terrorist group, Ansar Allah, as …").
  const described = close
    ? undefined
    : names().find(
        (n) =>
          n.start >= objFrom &&
          n.end <= objTo &&
          n.start - objFrom <= 90 &&
          /^\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'-]+(?:\.[\p{L}'-]+)*\.?,?\s+){0,6}(?:group|organi[sz]ation|movement|network|militia|outfit|cult)s?,?\s+(?:(?:known\s+as|called|namely)\s+)?(?:the\s+)?$/u.test(
            s.slice(objFrom, n.start),
          ) &&
          !/\b(?:won|was|were|is|are|has|had|said|says|will|would)\b/.test(s.slice(objFrom, n.start)),
      );
  // "Ecuador's two gangs — A and B —": the members start after the set's owner.
  const ownerSkipped =
    firstName !== undefined &&
    names().some((n) => n.start >= objFrom && n.end <= firstName.start && ownsCountedSet(s, n));
  // (After a set's comma the members start at the first name: "four individuals with ties to
  // Pakistan, namely A, …".)
  const memberFrom = described
    ? described.start
    : ownerSkipped || (close && lead.includes(','))
      ? firstName.start
      : objFrom;
  // "designated three armed gangs in Haiti as FTOs": an unnamed counted set is the entity
  // (docs/CLAIMS.md) — a name after it that no colon, comma or "including" introduces is
  // a place or an owner, not a member.
  // "revoked the terror designations of four defunct groups": the noun's own label says what.
  const set = countedObject(
    s,
    objFrom,
    label !== null ||
      // "froze the assets of 11 individuals": a freeze lists whom it names.
      /^(?:freez|froze)/.test(word) ||
      // "lifted the ban on six diaspora groups", in a passage on terror listings.
      (/^lift/.test(word) && /^\s+(?:the\s+)?ban\s+on\s/i.test(after) && ctx.onTopic()) ||
      // "Pakistan has banned 78 organisations", in a passage on terror listings or terror law.
      (g.verb !== undefined &&
        BAN_WORD_RE.test(word) &&
        BANNED_ORGANISATIONS_RE.test(after) &&
        (ctx.onTopic() || ctx.onExtremistAttack())) ||
      (g.noun !== undefined &&
        // "a ban placed under the Terrorism Act on three groups".
        (TERROR_BEFORE_NOUN_RE.test(before) ||
          CUE_RE.test(s.slice(tEnd, objFrom)) ||
          // "the counter-terrorism authority slapped a ban on two more outfits".
          (word === 'ban' && CUE_RE.test(before)))),
    word,
  );
  // "designated two Ecuadorean criminal groups, Los Choneros and Los Lobos, as …": a demonym
  // inside the set's phrase is no member; the members follow the set (docs/CLAIMS.md: the set
  // and each named member).
  const setMember =
    set !== null && firstName !== undefined && firstName.start >= set.start && firstName.end <= set.end
      ? names().find((n) => n.start >= set.end && n.end <= objTo)
      : undefined;
  const membersAfterSet =
    set !== null && setMember !== undefined && MEMBER_INTRO_RE.test(s.slice(set.end, setMember.start))
      ? objectMembers(s, setMember.start, objTo, names())
      : [];
  if (set !== null && membersAfterSet.length > 0) return [set, ...membersAfterSet];
  const unnamedSet =
    set !== null &&
    (firstName === undefined ||
      firstName.start < set.end ||
      !MEMBER_INTRO_RE.test(s.slice(set.end, firstName.start)));
  // "lists 45 terrorist organizations, including Hamas and al Qaeda": the set is listed
  // besides the members it gives as examples.
  const examples =
    set !== null &&
    firstName !== undefined &&
    firstName.start >= set.end &&
    /^\s*,?\s*(?:including|such\s+as|among\s+them)\s+(?:the\s+)?$/.test(s.slice(set.end, firstName.start));
  let entities = unnamedSet
    ? [set]
    : examples
      ? [set, ...objectMembers(s, firstName.start, objTo, names())]
      : (close || described ? objectMembers(s, memberFrom, objTo, names()) : []).filter(
          (n) =>
            !/^(?:Foreign|Specially|State)\b/.test(n.text) &&
            // "banned X's television channel": X owns the object, it is not listed.
            !OWNED_THING_RE.test(s.slice(n.end, n.end + 60)),
        );
  // "issued a gazette designating bandits as terrorists": a class of armed men named by its
  // common noun, with a terror label.
  if (entities.length === 0 && label !== null && g.verb !== undefined && CUE_RE.test(label.label)) {
    const cls = ARMED_CLASS_OBJECT_RE.exec(s.slice(objFrom, objTo + 4));
    if (cls) {
      const at = objFrom + cls[0].length - cls[1].length;
      entities = [{ start: at, end: at + cls[1].length, text: cls[1] }];
    }
  }
  // "designated the group's leader, A, a global terrorist": the person the role names.
  // The role may name the group it belongs to ("the head of the movement Hamas, A,"):
  // the person, not the group, is the object.
  const person = roleAppositionName(s, objFrom, names());
  if (person && entities.every((e) => e.end <= person.start)) entities = [person];
  return entities;
}

/** Whether the trigger restates the sentence's last claim (giving it its label), and makes none of its own. */
function restatesPreviousClaim({ s, found }: SentenceScope, t: TriggerFrame): boolean {
  const { tStart, after, label } = t;
  // "recognised X as a terrorist organisation and banned it": the second verb restates
  // the claim this sentence already made.
  const prev = found[found.length - 1];
  if (
    prev !== undefined &&
    // "declared X a terrorist organisation in 2003 and removed it from the list": a delisting
    // after a listing is a claim of its own.
    !(t.g.delist !== undefined && prev.status === 'designated') &&
    /^[^.;]{0,40}\band\s+$/.test(s.slice(prev.end, tStart)) &&
    /^\s+(?:it|them)\b/i.test(after)
  ) {
    // The restating clause's label belongs to that claim: its quote runs through it.
    if (label) {
      prev.end = Math.max(prev.end, byPhraseEnd(s, label.end));
      if (!/terror|FTO|SDGT/i.test(prev.label)) prev.label = label.label;
    }
    return true;
  }
  return false;
}

// A described group, its name not given: "the Islamic State group’s affiliate in X", "the
// Indonesian extremist network that …" (the head noun ends it; a relative clause may follow).
const DESCRIBED_OBJECT_RE =
  /^\s+((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:group|network|organi[sz]ation|affiliate|branch|outfit|militia|faction|movement|cell|offshoot|franchise|service|agency|directorate))(?:\s+(?:in|of|based\s+in)\s+[^,;.]{1,60}?)?(?=\s+(?:that|which|who)\s|\s+as\s)/iu;

/**
 * "designated the Islamic State-linked network that carried out the attack as a terrorist
 * organization. Jamaah X (JX) …": a description the next sentences name.
 */
function describedObjectNamedAfter({ s, passageOffset, ctx }: SentenceScope, t: TriggerFrame): NameSpan[] {
  const described = DESCRIBED_OBJECT_RE.exec(t.after);
  const group = described ? ctx.groupNamedAfter(passageOffset + s.length) : undefined;
  if (!described || !group) return [];
  const at = t.tEnd + described[0].length - described[1].length;
  return [{ ...group, start: at, end: at + described[1].length }];
}

/** The object a pronoun or a reference stands for ("both groups", "the latter", "it", "him"), when no name is the object. */
function referredObject(sc: SentenceScope, t: TriggerFrame, named: NameSpan[]): NameSpan[] {
  const { s, passageOffset, ctx, state: lastEntity, names } = sc;
  const { word, tStart, tEnd, after } = t;
  let entities = named;
  // "the proscription and gazetting of the group as a terrorist organisation": a second noun may
  // come between, when a terror label follows (a bare "ban and gazetting of the group" says no more).
  const conjoined = /^\s+and\s+[a-z-]{3,}ing(?=\s+of\s)/i.exec(after);
  const referenceFrom = conjoined && CUE_RE.test(after.slice(0, 120)) ? conjoined[0].length : 0;
  // "the group", "the Iran-backed group", "the Lebanese militant group": not "the other group".
  const pronoun =
    REFERRED_OBJECT_RE.exec(after.slice(referenceFrom)) ??
    // Before the passage names its group, "listed a Pakistan-based group … as" describes it.
    (lastEntity.seeded
      ? /^\s+((?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia))\b/iu.exec(
          after.slice(referenceFrom),
        )
      : null);
  // "Canada has labeled both groups as terrorist organizations": the last two groups the
  // passage's claims named.
  const both = /^\s+(both\s+(?:groups|organi[sz]ations)|the\s+two\s+(?:groups|organi[sz]ations))\b/i.exec(
    after,
  );
  const recent = lastEntity.recent ?? [];
  if (entities.length === 0 && both && recent.length >= 2) {
    const at = tEnd + both[0].length - both[1].length;
    const split = both[1].indexOf(' ');
    entities = [
      { ...recent[recent.length - 2], start: at, end: at + split },
      { ...recent[recent.length - 1], start: at + split + 1, end: at + both[1].length },
    ];
  }
  // "between the army and the Arakan Army, after the government branded the latter …": the
  // last group the sentence named before the verb.
  if (entities.length === 0 && pronoun && /^the\s+latter$/i.test(pronoun[1])) {
    const latter = names()
      .filter(
        (n) =>
          n.end <= tStart &&
          !opensWithAuthority(n.text) &&
          // "in Rakhine state": a place is no group the sentence named.
          !/\b(?:in|at|from|near|across|into)\s+(?:the\s+)?$/i.test(
            s.slice(Math.max(0, n.start - 12), n.start),
          ),
      )
      .pop();
    if (latter) {
      const at = tEnd + referenceFrom + pronoun[0].length - pronoun[1].length;
      entities = [{ ...latter, start: at, end: at + pronoun[1].length }];
    }
  }
  // "lifted the ban on six diaspora groups": a listing named with a counted object of its own
  // refers back to nothing.
  const ownCountedObject =
    pronoun !== null &&
    /^\s+(?:on|of|against)\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s/i.test(
      after.slice(referenceFrom + pronoun[0].length),
    );
  const antecedent =
    pronoun && !ownCountedObject && !/^(?:him|her|the\s+latter)$/i.test(pronoun[1])
      ? referent(sc, tEnd)
      : undefined;
  if (entities.length === 0 && antecedent) {
    // "its military wing", "the Lebanese group's military wing": the group's wing, not the group.
    const wing = /(?:armed|military|political|youth)\s+wing$/i.exec(pronoun![1]);
    const text = wing ? `${antecedent.text}'s ${wing[0].toLowerCase()}` : antecedent.text;
    entities = [{ ...antecedent, text, start: tEnd, end: tEnd + referenceFrom + pronoun![0].length }];
  }
  // A pronoun object no claimed group explains: "him" or "her" is the last person the
  // sentence names before the verb ("… a preacher from Mali, A, designating him a …"); with no
  // group claimed before, "it" is the group that opens the sentence ("The Front is bound by a
  // notification declaring it a terrorist organisation").
  if (entities.length === 0 && pronoun) {
    const antecedent = /^(?:him|her)$/i.test(pronoun[1])
      ? (names()
          .filter((n) => n.end <= tStart && !opensWithAuthority(n.text) && /\s/.test(n.text))
          .pop() ??
        // "Shukur was an adviser. The United States sanctioned him in 2015": the person the
        // story is about, with a verb that only lists.
        (/^(?:designat|sanction|blacklist|proscri)/.test(word)
          ? ctx.openingSubjectBefore(passageOffset)
          : undefined))
      : !lastEntity.v && /^it$/i.test(pronoun[1])
        ? names().find(
            (n) =>
              n.end <= tStart && /^\s*(?:the\s+)?$/i.test(s.slice(0, n.start)) && !opensWithAuthority(n.text),
          )
        : undefined;
    if (antecedent) {
      const at = tEnd + referenceFrom + pronoun[0].length - pronoun[1].length;
      entities = [{ ...antecedent, start: at, end: at + pronoun[1].length }];
    }
  }
  if (entities.length === 0 && !lastEntity.seeded) entities = describedObjectNamedAfter(sc, t);
  return entities;
}

const TIES_BEFORE_LABEL_RE =
  /^\s+(?:affiliated|associated|linked|tied|connected|allied)\s+(?:to|with)\s+[^.;,]{1,50}?(?=\s+(?:as|on|onto|to)\s)/;

/**
 * "the Houthis, Hamas's military wing and two Iraqi militias": a counted set closing the list;
 * "X and other similar groups": a set of its own (docs/CLAIMS.md).
 */
function withClosingCountedSet(s: string, named: NameSpan[], objTo: number): NameSpan[] {
  let entities = named;
  if (entities.length > 0) {
    const tail = s.slice(entities[entities.length - 1].end, objTo + 60);
    const set =
      /^(?:\s+[\p{Ll}-]+)?(?:,\s*|\s+)(?:and\s+)((?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:other\s+)?(?:[\p{L}-]+\s+){0,2}(?:groups|militias|organi[sz]ations|entities|individuals|leaders|members|financiers|cartels|gangs|outfits|factions|affiliates|networks|companies|firms|persons|people|NGOs|charities|associations)|other\s+(?:similar|such|related|allied|affiliated|like-minded|associated)\s+(?:groups|militias|organi[sz]ations|outfits|entities))\b/u.exec(
        tail,
      );
    if (set) {
      const at = entities[entities.length - 1].end + set[0].length - set[1].length;
      entities = [...entities, { start: at, end: at + set[1].length, text: set[1] }];
    }
  }
  return entities;
}

const ALIAS_ASIDE_RE =
  /^["”’]?\s*,?\s*(?:(?:also\s+|otherwise\s+|commonly\s+|popularly\s+)?(?:known|referred\s+to|called|dubbed)(?:\s+as)?|(?<=,\s*)or)\s+(?:“[^”]{1,40}”|"[^"]{1,40}"|(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,5}?(?:\([^()]{1,20}\))?),?(?=\s)/u;
/**
 * The label after the object (widening the quote through it). False when the object is listed
 * as something other than a terror label.
 */
// "has added X and plans to add Y to its list of outlawed terrorist organizations": a second
// object's list is the first's too.
const SECOND_OBJECT_BEFORE_LIST_RE =
  /^\s+and\s+(?:(?:also\s+)?(?:plans|intends|wants|is\s+(?:set|due|expected|poised|preparing))\s+to\s+|will\s+|would\s+)?(?:add|list|put|place)\s+[^.;,]{1,80}?(?=\s+(?:to|on|onto)\s+(?:its|the|their)\s+)/u;
function sharedLabel(s: string, objectEnd: number): { label: string; end: number } | null {
  const second = SECOND_OBJECT_BEFORE_LIST_RE.exec(s.slice(objectEnd, objectEnd + 120));
  return second ? labelAfter(s, objectEnd + second[0].length) : null;
}

function labelAfterObject({ s, names }: SentenceScope, t: TriggerFrame): boolean {
  const { entities } = t;
  // "designated X as a Foreign Terrorist Organization": the label follows the object.
  const lastObject = entities[entities.length - 1];
  // "X of the National Guard of Ukraine as a terrorist organisation": the label follows the owner.
  const owner = names().find(
    (n) => n.start > lastObject.end && /^\s+of\s+(?:the\s+)?$/.test(s.slice(lastObject.end, n.start)),
  );
  // "… – A and B – as terrorist organisations": the label follows the closing dash.
  const dashed = /^\s[—–]\s*/.exec(s.slice(lastObject.end, lastObject.end + 4));
  // "declaring X, which is affiliated with Y, as a terrorist organization": the label
  // follows the relative clause.
  // So does an apposition: "designated X, a Ukrainian group, as a terrorist organization",
  // "declares X, reportedly comprised of volunteers, a terrorist organization", "label the
  // Wagner Group, previously led by Yevgeny Prigozhin, as a terrorist organisation".
  // And a parenthesis: "Recognize the association "Azov" (other names - …) as a terrorist
  // organization" (not one that makes a claim of its own: "(… banned in Russia)").
  const relativeAside =
    /^(?:\s+(?:group|organi[sz]ation|movement|militia|network|outfit|alliance|coalition|gang|cartel))?(?:\s*,\s*(?:which|who|whose|an?|the|reportedly|believed|said|previously|formerly|once|founded|led|headed|run|backed|controlled|commanded)\s[^,;.()]{1,120},|["”’]?\s*\((?![^()]*(?:terror|banned|prohibited|outlawed|proscribed|designated|listed))[^()]{1,100}\)|\s+[-–—]\s+(?:\p{Ll}|\p{Lu}[\p{L}]*-(?:based|backed|linked|funded|led|affiliated)\b)(?:[^–—;.()]|(?<=\p{Lu})\.){1,160}?\s[-–—])(?=\s+as\s|\s+an?\s+["'“]?(?:[\p{L}-]+\s+)?terror|\s+(?:to|on|onto|from|off)\s+(?:(?:the|its|their|an?)\s+)?["“‘]?(?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?(?:list|blacklist|register)\b)|^\s+(?:that|which|who)\s[^,;.]{1,140}?(?=\s+as\s)/u.exec(
      s.slice(lastObject.end, lastObject.end + 200),
    );
  // Before a label without "as", only an aside that names no authority: its states would read as
  // the listing's.
  const relative =
    relativeAside &&
    (/\sas\s*$/.test(s.slice(0, lastObject.end + relativeAside[0].length + 4)) ||
      authoritiesIn(relativeAside[0]).length === 0 ||
      // "Russia's Supreme Court declares X, … fighting for Ukraine, a terrorist organization":
      // an authority named before the verb is the one that acts.
      authoritiesIn(t.before).length > 0)
      ? relativeAside
      : null;
  // "declared the Brotherhood group and its organisation as a terrorist organisation":
  // the group's own parts between object and label; so may an uncounted set that closes the
  // list ("designated A, B and other drug cartels as …").
  const withParts = PARTS_BEFORE_LABEL_RE.exec(s.slice(lastObject.end, lastObject.end + 80));
  // "declared X, also known as “Y”, a terrorist organisation": the label follows another name.
  const alias = ALIAS_ASIDE_RE.exec(s.slice(lastObject.end, lastObject.end + 100));
  // "placed six individuals affiliated to them on its sanctions list": a participle's ties first.
  const ties = TIES_BEFORE_LABEL_RE.exec(s.slice(lastObject.end, lastObject.end + 100));
  // "the designation of X by the United States as …": the by-phrase may come before the label.
  const byEnd = /^\s*,?\s*by\s/.test(s.slice(lastObject.end, lastObject.end + 6))
    ? byPhraseEnd(s, lastObject.end)
    : lastObject.end;
  // "banned X on Thursday as a terrorist outfit": when comes between.
  const when = WHEN_BEFORE_AS_RE.exec(s.slice(lastObject.end, lastObject.end + 30));
  const objectLabel =
    labelAfter(s, lastObject.end + (dashed ? dashed[0].length - 1 : 0)) ??
    (when ? labelAfter(s, lastObject.end + when[0].length) : null) ??
    (owner ? labelAfter(s, owner.end) : null) ??
    (relative ? labelAfter(s, lastObject.end + relative[0].length) : null) ??
    (withParts ? labelAfter(s, lastObject.end + withParts[0].length) : null) ??
    (alias ? labelAfter(s, lastObject.end + alias[0].length) : null) ??
    (ties ? labelAfter(s, lastObject.end + ties[0].length) : null) ??
    (byEnd > lastObject.end ? labelAfter(s, byEnd) : null);
  // The second object's own claim keeps its verb and list: this quote ends at the object.
  const shared = objectLabel ? null : sharedLabel(s, lastObject.end);
  // "designated Wagner a transnational criminal organisation": designated something else.
  const otherLabel =
    /^\s+an?\s+((?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ation|group|entity|network|threat))\b/u.exec(
      s.slice(lastObject.end, lastObject.end + 80),
    );
  if (!objectLabel && otherLabel && !/terror|FTO|SDGT/i.test(otherLabel[1]) && t.g.verb !== undefined)
    return false;
  // "listed Islamic State and al-Qaeda as the biggest threats": listed as something else.
  if (
    !objectLabel &&
    /^["')]?\s*,?\s*as\s+(?!well\b|of\b|part\b|early\b|recently\b|long\b|soon\b|(?:an?\s+)?alias(?:es)?\s+(?:of|for)\b)/i.test(
      s.slice(lastObject.end, lastObject.end + 80),
    ) &&
    !/^[^.;]{0,80}?(?:terror|\bFTOs?\b|\bSDGTs?\b)/i.test(s.slice(lastObject.end, lastObject.end + 80))
  )
    return false;
  t.quoteEnd = Math.max(t.quoteEnd, objectLabel ? byPhraseEnd(s, objectLabel.end) : byEnd);
  if (objectLabel) t.label = objectLabel;
  else if (shared) t.label = { label: shared.label, end: lastObject.end };
  if (relative && objectLabel && objectLabel.end > lastObject.end + relative[0].length)
    t.objectAside = {
      text: relative[0],
      start: lastObject.end,
      end: lastObject.end + relative[0].length,
    };
  if (t.g.noun !== undefined && byEnd > lastObject.end)
    t.nounBy = authorityNames(s.slice(lastObject.end, byEnd));
  return true;
}

/**
 * "bans of X have been declared by Canada, the UK and the US": the by-phrase after the
 * object names who declared them.
 */
function widenOverDeclaredBy(s: string, t: TriggerFrame): void {
  const { entities } = t;
  let { quoteEnd } = t;
  const declaredBy =
    entities.length > 0
      ? DECLARED_BY_RE.exec(
          s.slice(entities[entities.length - 1].end, entities[entities.length - 1].end + 60),
        )
      : null;
  if (declaredBy)
    quoteEnd = Math.max(quoteEnd, byPhraseEnd(s, entities[entities.length - 1].end + declaredBy[0].length));
  t.quoteEnd = quoteEnd;
}

/**
 * The trigger's subject: the name before it in its clause, an apposition's or relative clause's
 * head, a coordinated predicate's subject, a counted or referring set, a pronoun's antecedent or
 * a designation noun's owner.
 */
const SUBJECT_TO_GAP_RE =
  /^\s+(?:(?:is|are|was|were|will|would|has|have|had|be|been|to|now|also|already)\s+){1,4}subject\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/u;

function subjectEntities(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice): void {
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
  const openingAntecedent = openingReference ? referent(sc, tEnd) : undefined;
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

// ", 41, a doctor based in Riyadh, who had ordered …, was declared": asides set off by commas
// between the sentence's opening name and its passive verb.
const ASIDES_TO_PASSIVE_RE =
  /^,\s+(?:\d{1,3},\s+)?(?:an?|the|who|which)\s[^;:"“”]{0,400},\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|formally\s+|officially\s+|now\s+)?$/u;
// "The group, which has some 9,000 fighters, has been banned by …": a reference opening the sentence.
const OPENING_REFERENCE_RE =
  /^\s*((?:The|This)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|movement|outfit|network|militia|faction))(?=,)/u;
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

/** Before a name inside an apposition, words that make it a place: "… in the Sahel", "… that rules Gaza". */
const PLACE_IN_APPOSITION_RE =
  /\b(?:in|across|near|around|throughout|from|(?:that|which)\s+(?:rules|controls|runs|governs|holds))\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?$/;

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
      // An owner is not the subject: "Donald Trump's first term".
      !/^'s?\s/.test(s.slice(n.end, n.end + 3)) &&
      // "New Delhi published a list of 20 outfits that have been banned": the passive
      // belongs to the relative clause, whose subject the authority is not.
      !(passive && opensWithAuthority(n.text) && /\b(?:that|which|who)\s/.test(s.slice(n.end, tStart))),
  );
  subject = candidates[candidates.length - 1];
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
  // "… and was designated": the auxiliary may come after the "and".
  const coordinated =
    /\band\s+(?:also\s+)?(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?)?$/.test(
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

const INTRODUCED_GROUP_RE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*)){1,8})\s*(?:,\s*or\s+|\(\s*)\p{Lu}[\p{Lu}\d-]{1,10}\b(?![^.]*\b\p{Lu}[\p{L}'’-]*\s*(?:,\s*or\s+|\()\p{Lu}{2})/u;
// "… targeted high-ranking members of Harakat al-Nujaba.": a group named by its people.
const GROUP_OF_PEOPLE_RE =
  /\b(?:members|fighters|leaders|commanders|militants|operatives|cadres)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:al-[\p{L}'’-]+|\p{Lu}[\p{L}'’-]*)){0,4})(?=\s*[.,;]|\s+(?:in|on|at|near)\b)/u;
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
  const definite =
    !antecedentSet &&
    (reference !== null || /\b(?:the|these|those)\s+$/i.test(s.slice(Math.max(0, setStart - 7), setStart)));
  const count = definite
    ? REFERENCE_COUNT[/\b(two|three|both)\b/i.exec(setText)?.[1].toLowerCase() ?? '']
    : undefined;
  const recent = lastEntity.recent ?? [];
  if (count !== undefined && recent.length >= count) {
    const words = [...setText.matchAll(/\S+/g)];
    if (words.length >= count)
      t.entities = listedTogether(recent, count).map((named, i) => {
        const from = setSubject.start + words[i].index;
        const to = i === count - 1 ? setSubject.end : setSubject.start + words[i].index + words[i][0].length;
        return { ...named, start: from, end: to };
      });
  }
  t.quoteStart = setSubject.start;
  t.subjectAside = { start: setSubject.end, end: tStart, text: '' };
  // "Antifa Ost and three other groups were designated": the names before "and N other" are
  // listed with the set.
  if (counted && /\bother\b/i.test(setText)) {
    const named = namesBeforeOtherSet(s, sc.names(), setStart);
    if (named.length > 0) {
      t.entities = [...named, setSubject];
      t.quoteStart = named[0].start;
    }
  }
  return true;
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

/** The names listed just before a counted set of others: "A and B and four other groups". */
function namesBeforeOtherSet(s: string, names: NameSpan[], setStart: number): NameSpan[] {
  const before = names.filter((n) => n.end <= setStart);
  const last = before.pop();
  if (!last || !/^\s*,?\s+and\s+$/.test(s.slice(last.end, setStart))) return [];
  const listed = [last];
  while (before.length > 0 && /^\s*,\s*$/.test(s.slice(before[before.length - 1].end, listed[0].start)))
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

/** The entities that can be listed: no region, language, or authority in a place or by-phrase. */
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
  // "The list includes Qataris, Jordanians and Egyptians": nationalities, unless counted ("two
  // Jordanians were added": a set, widened later).
  entities = entities.filter(
    (e) => !isNationalityPlural(e.text) || COUNT_BEFORE_RE.test(s.slice(Math.max(0, e.start - 12), e.start)),
  );
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
  /^(?:revok\w*|revocation|rescind\w*|rescission|remov\w*|removal|de-?list\w*|lift\w*|annul\w*|overturn\w*|exclu\w*|delet\w*|struck\s+off|taken\s+off|no\s+longer\s+\w+)$/i;

/**
 * The label as the card shows it: where the text gave no label, the trigger word stood in for
 * one; for a listing, "proscribe" or "bans" reads as "proscribed" or "banned"; a delisting's own
 * verb ("revokes", "rescission") says nothing of what was lifted, so its label is "designation".
 */
function readableLabel(label: string, status: Found['status']): string {
  const word = label.toLowerCase();
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
 * Who lists the trigger's entities: the authorities near it, else the sentence's examples, a
 * "where" place, a referred-to claim, the passage's last state or its designators. Widens the
 * quote over an example list.
 */
const STATE_SPONSOR_LISTERS = new Set(['United States', 'Canada', 'Australia']);
/**
 * Few states keep a list of state sponsors of terrorism (the US since 1979, Canada, Australia
 * since 2025): another authority of the passage (often the listed state) never stands in.
 */
function stateSponsorListers(ctx: PassageContext, at: number, entities: NameSpan[]): string[] {
  const keepers = passageDesignators(
    ctx,
    at,
    entities.map((e) => e.text),
  ).filter((d) => STATE_SPONSOR_LISTERS.has(d));
  return keepers.length > 0 ? keepers : ['United States'];
}

/**
 * The examples the subject before `at` gives, as designators: "Countries including Israel, the US
 * and the UK, as well as the EU, have all designated …", "All Five Eyes countries, like the US and
 * Australia, have declared …", "Dozens more, including Canada and Japan, have given Hamas a terrorist
 * designation".
 */
function subjectExamples(s: string, at: number): string[] {
  const examples = SUBJECT_EXAMPLES_RE.exec(s.slice(Math.max(0, at - 220), at));
  return examples ? authorityNames(examples[1]) : [];
}
const SUBJECT_EXAMPLES_RE =
  /\b(?:countries|states|nations|governments|allies|members|(?:dozens|scores|many|several|others)(?:\s+more)?)\s*,?\s+(?:including|like|such\s+as)\s+((?:(?!\b(?:where|which|who|it|they)\b)[^;.]){1,160}?)\s*,?\s+(?:(?:have|has|had)\s+)?(?:all\s+|also\s+|previously\s+|already\s+|since\s+){0,2}(?:given\s+[^,;.]{1,40}?\s+an?\s+(?:[\p{L}-]+\s+){0,2})?$/iu;
/** An authority opening the sentence as its subject, before the sentence's verb: "The Japanese Government announced". */
const OPENING_AUTHORITY_RE =
  /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}.'-]*\s+){0,3}?(?:Government|government|Ministry|authorities|Cabinet|Council\s+of\s+Ministers)|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})\s+(?:on\s+\p{Lu}\p{Ll}+\s+|this\s+\p{Lu}\p{Ll}+\s+|has\s+|have\s+|had\s+|also\s+|then\s+)*(?:\p{Ll}+ed|announced|imposed|froze|put|set|took)\b/u;
const EPITHET_WORD_RE = /\b(?:banned|outlawed)\b/;
// An authority reacting to a listing noun, and the listing's owner if the text names one:
// "Venezuela rejected the designation", "Caracas condemned Washington's designation".
const REACTION_BEFORE_NOUN_RE =
  /((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:has\s+|had\s+|have\s+)?(?:rejected|condemned|denounced|welcomed|critici[sz]ed|slammed|hailed|protested)\s+(?:the\s+|its\s+|their\s+|(\p{Lu}[\p{L}.]*)['’]s\s+)(?:[\p{L}-]+\s+){0,2}$/u;

function triggerDesignators(sc: SentenceScope, t: TriggerFrame, labelText: string): string[] {
  const { s, passageOffset, ctx, found } = sc;
  const {
    word,
    tStart,
    tEnd,
    before,
    entities,
    quoteStart,
    entityInQuote,
    subjectAside,
    objectAside,
    referenceTo,
  } = t;
  let { quoteEnd } = t;
  // "Despite international sanctions on the Taliban": no one state or body is named.
  if (/\binternational(?:ly)?\s+$/i.test(before) && /^(?:sanctions|designat|listed|banned)/i.test(word))
    return [];
  const first = entities[0];
  const from = entityInQuote ? Math.min(quoteStart, first.start) : quoteStart;
  let designators = designatorsNear(s, tStart, from, quoteEnd, [
    ...entities,
    ...(subjectAside ? [subjectAside] : []),
    ...(objectAside ? [objectAside] : []),
  ]).filter((d) => !entities.some((e) => e.text === d));
  // "India blamed Pakistan, which banned the JeM in 2002": the relative clause's antecedent acts.
  const whichActs = /,\s+which\s+(?:(?:has|have|had|also|already|long|since|first|itself)\s+){0,3}$/.exec(
    s.slice(0, tStart),
  );
  if (whichActs) {
    const head = authoritiesIn(s.slice(0, whichActs.index)).at(-1);
    if (head && head.end === whichActs.index && !entities.some((e) => e.text === head.name))
      designators = [head.name];
  }
  // "In addition to Sri Lanka, India and the EU, bans of X have been declared by Canada":
  // the authorities the sentence opens with list it too.
  const alsoBy = designators.length > 0 ? ALSO_BY_RE.exec(s.slice(0, Math.min(from, tStart))) : null;
  if (alsoBy) {
    const also = authoritiesIn(alsoBy[1]).map((a) => a.name);
    if (also.length > 0) designators = [...new Set([...also, ...designators])];
  }
  const examples = subjectExamples(s, tStart);
  if (examples.length > 0) designators = examples;
  // "Venezuela rejected Washington's designation of X": who reacts to a listing did not make it;
  // the owner of the listing did.
  const reacting = t.g.noun !== undefined ? REACTION_BEFORE_NOUN_RE.exec(before) : null;
  if (reacting) {
    const reactors = authorityNames(reacting[1]);
    const owners = authorityNames(reacting[2] ?? '');
    designators = owners.length > 0 ? owners : designators.filter((d) => !reactors.includes(d));
  }
  // "Pakistan welcomed the designation of X by the United States": the by-phrase says who.
  if (t.nounBy?.length) designators = t.nounBy;
  // "named by several states, including Japan and Canada": the examples
  // are the designators.
  if (designators.length === 0 && /countries|states|nations|governments/.test(s)) {
    const at = COUNTRIES_INCLUDING_RE.test(s.slice(quoteEnd, quoteEnd + 120)) ? quoteEnd : tEnd;
    const including = COUNTRIES_INCLUDING_RE.exec(s.slice(at, at + 120));
    // "Other countries that have designated X as … are A, B and C": the copula names them.
    const copula =
      !including && COUNTRIES_THAT_HAVE_RE.test(before)
        ? /^\s+(?:are|were|include|included)\s+(?:the\s+)?/.exec(s.slice(quoteEnd, quoteEnd + 20))
        : null;
    const listFrom = including ? at + including[0].length : copula ? quoteEnd + copula[0].length : -1;
    if (listFrom >= 0) {
      const auth = authoritiesIn(s.slice(listFrom, listFrom + 200));
      const chain: AuthorityMention[] = [];
      for (const a of auth) {
        const gap = s.slice(
          listFrom + (chain.length > 0 ? chain[chain.length - 1].end : 0),
          listFrom + a.start,
        );
        if (chain.length === 0 ? !/^\s*$/.test(gap) : !AUTH_LIST_LINK_RE.test(gap)) break;
        chain.push(a);
      }
      if (chain.length > 0) {
        designators = [...new Set(chain.map((a) => a.name))];
        quoteEnd = Math.max(quoteEnd, listFrom + chain[chain.length - 1].end);
      }
    }
  }
  // "two terrorists of banned terror outfit LeT": a group banned at home, called banned in a
  // report with no authority of its own, is banned by its home state (home-states.ts).
  if (designators.length === 0 && EPITHET_WORD_RE.test(s.slice(Math.max(0, tStart - 30), tEnd))) {
    const home = homeStateOf(first.text, ctx.places());
    if (home) designators = home;
  }
  // "designated by several other states": the sentence says who, without a name; no
  // authority of the passage's stands in for them.
  // "belonged to proscribed terrorist outfit X": an epithet names no one's listing but the
  // sentence's own (nor the UK's by default).
  const epithet = word === 'proscribed' && PROSCRIBED_EPITHET_AFTER_RE.test(t.after);
  // "which is internationally classified as …": no one in particular, no one of the passage's.
  const unnamedBy =
    epithet ||
    (designators.length === 0 &&
      ((s.includes(' by ', tEnd) &&
        (UNNAMED_BY_RE.test(s.slice(tEnd, tEnd + 80)) ||
          UNNAMED_BY_RE.test(s.slice(quoteEnd, quoteEnd + 80)))) ||
        // "has been banned in at least 20 countries": states counted, not named.
        (s.includes(' in ', tEnd) && UNNAMED_IN_RE.test(s.slice(tEnd, tEnd + 60))) ||
        /\b(?:internationally|globally|universally)\s+$/i.test(before) ||
        // "a growing list of jurisdictions that have outlawed X": states the sentence does not name.
        COUNTRIES_THAT_HAVE_RE.test(before)));
  // "… and the UK, where it is a proscribed terror organisation": the place "where" refers to.
  if (designators.length === 0) {
    const near = s.slice(Math.max(0, tStart - 100), tStart);
    const where = near.includes('where') ? WHERE_CLAUSE_RE.exec(near) : null;
    if (where) {
      const place = authoritiesIn(where[1]).at(-1);
      if (place && place.end === where[1].length) designators = [place.name];
    }
  }
  // "the new president of Guatemala, A, also said he would label X …": the leader's state.
  if (designators.length === 0 && !unnamedBy) {
    const leader = LEADER_SAID_RE.exec(s.slice(0, tStart));
    const state = leader ? authoritiesIn(leader[1]).find((a) => a.start === 0) : undefined;
    if (state && !entities.some((e) => e.text === state.name)) designators = [state.name];
  }
  // "President of Guatemala A said his country would follow suit in blacklisting X": the state
  // the sentence named before "his country".
  if (designators.length === 0 && !unnamedBy) {
    const own = OWN_COUNTRY_RE.exec(s.slice(0, tStart));
    const state = own ? authoritiesIn(s.slice(0, own.index)).at(-1) : undefined;
    if (state) designators = [state.name];
  }
  // "These groups are also banned": listed by whoever listed the groups it refers to.
  if (designators.length === 0 && referenceTo && !unnamedBy) designators = referenceTo.designators;
  // "The country had previously designated …": the state whose listing the passage reported
  // last, else the state it last named.
  if (designators.length === 0 && !unnamedBy && COUNTRY_ANAPHOR_RE.test(before)) {
    const prior = sc.state.claim?.designators;
    designators =
      prior?.length === 1 && !NOT_A_STATE.has(prior[0])
        ? [...prior]
        : lastState(
            ctx,
            passageOffset + tStart,
            entities.map((e) => e.text),
          );
  }
  if (designators.length === 0 && /state\s+sponsors?\s+of\s+terror/i.test(labelText))
    designators = stateSponsorListers(ctx, passageOffset + tStart, entities);
  // "The Japanese Government announced … the imposition of new sanctions against Hamas": the
  // state opening the sentence acts in it, before any authority further off in the passage.
  if (designators.length === 0 && !unnamedBy) {
    const opening = OPENING_AUTHORITY_RE.exec(s.slice(0, Math.min(tStart, 80)));
    const state = opening ? authoritiesIn(opening[1]).find((a) => a.start === 0) : undefined;
    if (state && !entities.some((e) => e.text === state.name)) designators = [state.name];
  }
  // "As a now-listed entity, X meets the definition … under Canada's Criminal Code": the state
  // whose law the listing is made under.
  if (designators.length === 0 && !unnamedBy) {
    const law = UNDER_STATE_LAW_RE.exec(s);
    const state = law ? authoritiesIn(law[1]).find((a) => a.start === 0) : undefined;
    if (state && !entities.some((e) => e.text === state.name)) designators = [state.name];
  }
  // "Other organizations on the government's blacklist include …": the government whose
  // listing the passage last reported.
  if (
    designators.length === 0 &&
    !unnamedBy &&
    /\bthe\s+government['’]s\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    sc.state.claim?.designators.length
  )
    designators = sc.state.claim.designators;
  if (designators.length === 0 && !unnamedBy)
    designators = passageDesignators(ctx, passageOffset + tStart, [
      ...entities.map((e) => e.text),
      ...(subjectAside
        ? authoritiesIn(s.slice(subjectAside.start, subjectAside.end)).map((a) => a.name)
        : []),
    ]);
  // A second claim in the sentence with no authority of its own shares the first one's.
  const sentencePrev = found[found.length - 1];
  if (
    designators.length === 0 &&
    !epithet &&
    !unnamedBy &&
    sentencePrev &&
    sentencePrev.designators.length > 0
  )
    designators = sentencePrev.designators;
  // Proscription is the UK's legal term for listing a terrorist group.
  // (Unless the sentence names a group only one state bans at home: Sri Lanka's NTJ.)
  if (designators.length === 0 && !epithet && /proscri/i.test(word))
    designators = sc
      .names()
      .map((n) => homeStateOf(n.text, ctx.places()))
      .find((home) => home !== undefined && home.length === 1) ?? ['United Kingdom'];
  // "Australia joins the United States, the EU and others in recognizing X as …": those it
  // joins list X too.
  const joins =
    designators.length > 0 && s.includes('join')
      ? JOINS_IN_RE.exec(s.slice(Math.max(0, tStart - 200), tStart))
      : null;
  if (joins) designators = [...new Set([...designators, ...authoritiesIn(joins[1]).map((a) => a.name)])];
  t.quoteEnd = quoteEnd;
  return designators;
}

const LEADER_SAID_RE =
  /\b(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|interior\s+minister|home\s+minister|king|emir)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})\b[^.;]{0,60}?\b(?:said|says|announced|declared|confirmed)\s+(?:that\s+)?(?:he|she|it)\s+(?:would|will|had|has|was|is)\s+(?:\p{Ll}+\s+){0,2}$/iu;
const UNDER_STATE_LAW_RE =
  /\bunder\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+(?:[\p{L}()-]+\s+){0,3}?(?:Code|Act|[Ll]aws?|[Ll]egislation|UAPA)\b/u;

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
  entities.forEach((e, i) => {
    // List members get disjoint quotes: the first carries the verb, the last the label.
    // ("A and B, which are designated …": with the quote on the clause, a first member's is its name.)
    const start =
      i === 0 && (entityInQuote || entities.length === 1)
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
  if (!along) addIncludedMembers(s, names(), found, entities, quoteEnd);
  if (!along) lastEntity.v = entities[entities.length - 1];
  TRIGGER_RE.lastIndex = Math.max(TRIGGER_RE.lastIndex, quoteEnd);
  if (!along) addRoleAfterObject(s, names(), found, quoteEnd, { label: labelText, status, designators });
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
function taken(found: Found[], start: number, end: number): boolean {
  return found.some((f) => f.start < end && f.end > start);
}

/** Adds a claim found after the triggers, keeping `found` in text order. */
function addInOrder(found: Found[], claim: Found): void {
  found.push(claim);
  found.sort((a, b) => a.start - b.start);
}

/** The passage's designators, for claims that name none of their own. */
function passageWide(sc: SentenceScope): () => string[] {
  return () => passageDesignators(sc.ctx, sc.passageOffset, []);
}

/**
 * The passes over the whole sentence once the triggers are done — enumerations, joined sets,
 * considered claims, court findings, aliases and counted sets — and the claims in text order.
 */
function afterTriggerClaims(sc: SentenceScope): Found[] {
  const { s, passageOffset, state, found, continues, onTopic } = sc;
  // Here the sentence has a cue, which the frames after a list or a colon need no claim for.
  const follows = continues || onTopic || followsClaim(s, passageOffset, state);
  addEnumeratedMembers(sc, follows);
  addJoinedSets(sc);
  addConsideredClaims(sc);
  addCourtFindings(sc);
  addProscribedEpithets(sc);
  addNamelessEpithet(sc);
  addLabelAppositions(sc);
  addAliasClaims(sc, continues);
  for (const c of labelRemovedClaims(s, sc.names, passageWide(sc)))
    if (!taken(found, c.start, c.end)) addInOrder(found, c);
  addCountedSetClaims(sc);
  quoteAsidesFromParenthesis(s, found);
  widenCountedNationalities(s, found);
  // Asides are found before the triggers: hand the claims on in text order.
  return mergeRestated(
    s,
    found.sort((a, b) => a.start - b.start),
  );
}

// "members of the proscribed terror outfit Lashkar-e-Taiba", "gunmen of the banned Tehreek-e-Taliban
// Pakistan": South Asian, Central Asian and Nigerian copy names the law's status as an epithet.
// In every held-out passage read so far (19 of 19) such a "banned" or "outlawed" epithet was a
// claim, listed by the passage's state; "proscribed" keeps only the sentence's own authorities.
const PROSCRIBED_EPITHET_AFTER_RE = /^\s+(?:#?terror(?:ist)?\s+)?(?:outfit|organi[sz]ation|group)\s+\p{Lu}/u;
const EPITHET_RE =
  /(?:\b(?:[Tt]he|of|with|from|by|and|to|against)\s+|\d\s+|now-)(?<word>proscribed|banned|outlawed)\s+(?:(?<desc>terror(?:ist)?|militant|insurgent|Islamist|radical|extremist|separatist|jihadist|armed)\s+)?(?:(?<head>(?:outfit|organi[sz]ation|group|movement))\s+)?(?=\p{Lu}|(?:al|el)-\p{Lu}?\p{Ll})/gu;
const EPITHET_GATE_RE = new RegExp(EPITHET_RE.source, 'u');
const PEOPLE_OF_BEFORE_RE = new RegExp(`\\b(?:${GROUP_PEOPLE}|chief)\\s+of\\s+(?:the\\s+)?$`);
/** After a name the epithet leads: "the proscribed Lashkar-e-Jhangvi outfit". */
const EPITHET_HEAD_AFTER_RE = /^\s+(?:terror(?:ist)?\s+)?(?:outfit|organi[sz]ation|group|movement)\b/u;
/** Words that put a banned name among armed groups: "gunmen of the banned X", "hideouts of". */
const ARMED_CONTEXT_RE =
  /\b(?:terror\w*|militants?|militancy|gunmen|insurgen\w*|fighters|rebels?|cadres?|hideouts?|jihadis\w*|attacks?|bomb\w*|encounter|operatives?|commanders?|members|violence|ceasefire|kill(?:s|ed|ing|ings)?)\b/i;

/**
 * A group named by a legal epithet: "the proscribed terror outfit X" with the authorities the
 * sentence names; "the banned X" and "the outlawed X" also with the passage's.
 */
function addProscribedEpithets(sc: SentenceScope): void {
  const { s, found, names } = sc;
  if (!s.includes('proscribed') && !s.includes('banned') && !s.includes('outlawed')) return;
  for (const m of s.matchAll(EPITHET_RE)) {
    const word = m.groups!.word;
    const at = m.index + m[0].indexOf(word);
    const named = names().find((n) => n.start === m.index + m[0].length);
    // "Lashkar-e-Taiba in Bandipora": the place after the name is where, not who.
    const entity = named && { ...named, text: named.text.replace(/\s+in\s+.*$/, '') };
    if (entity) entity.end = entity.start + entity.text.length;
    // A name that is a state is no group; one ending in a place is ("Tehreek-e-Taliban Pakistan").
    if (!entity || authoritiesIn(entity.text).some((a) => a.start === 0) || isBannedPlatform(entity.text))
      continue;
    const headBefore = m.groups?.head !== undefined;
    const head = headBefore ? null : EPITHET_HEAD_AFTER_RE.exec(s.slice(entity.end));
    // A proscribed name needs its head noun or its acronym ("the proscribed Tehreek-i-Taliban
    // Pakistan (TTP)"); a banned one an armed context at least.
    // "three members of the proscribed X": the group's people make it a group.
    const peopleOf = PEOPLE_OF_BEFORE_RE.test(
      s.slice(Math.max(0, m.index - 40), m.index + (m[0].startsWith('of') ? 3 : 0)),
    );
    if (
      word === 'proscribed'
        ? !headBefore && !head && !peopleOf && !/\s\(\p{Lu}{2,}[\p{L}-]*\)$/u.test(entity.text)
        : !headBefore && !head && !m.groups?.desc && !ARMED_CONTEXT_RE.test(s)
    )
      continue;
    const end = entity.end + (head?.[0].length ?? 0);
    const start = /^the\s/i.test(m[0]) ? m.index : at;
    if (taken(found, start, end)) continue;
    addInOrder(found, {
      entity,
      start,
      end,
      label: word,
      status: 'designated',
      designators: epithetDesignators(sc, entity, word),
    });
  }
}

/** Who lists a group a legal epithet ("the banned X", "X, a banned outfit") describes. */
function epithetDesignators(sc: SentenceScope, entity: NameSpan, word: string): string[] {
  // A group a state bans at home is that state's, whatever places the sentence names. Not for
  // "proscribed", which held-out annotators read both ways (the home state, or no one).
  const home = word === 'proscribed' ? undefined : homeStateOf(entity.text, sc.ctx.places());
  const own = authorityNames(sc.s).filter((a) => !entity.text.includes(a));
  if (home) return home;
  if (own.length > 0 || word === 'proscribed') return own;
  const wide = passageWide(sc)();
  // "DHAKA, Bangladesh (AP) — Police arrested members of the banned militant group X": with no
  // other authority, the state the report is filed from bans at home.
  const filedFrom = wide.length > 0 ? undefined : sc.ctx.datelineState();
  return filedFrom ? [filedFrom] : wide;
}

/**
 * "The banned terror outfit claimed responsibility": an epithet with no name after it refers
 * back to the group the passage's last claim named, and is a claim about that group. Not
 * "proscribed": laws and guidance say "the proscribed organisation" of any listed group.
 */
const NAMELESS_EPITHET_RE =
  /\b[Tt]he\s+(?:now-)?(?<word>banned|outlawed)\s+(?:(?:terror(?:ist)?|militant|insurgent|separatist|jihadist|Islamist|extremist|armed)\s+)?(?<head>outfit|group|organi[sz]ation)\b(?!\s+(?:of\b|\p{Lu}|\())/u;

function addNamelessEpithet(sc: SentenceScope): void {
  const { s, found, state } = sc;
  const referent = state.claim?.entity ?? state.v;
  if (found.length > 0 || !referent || state.claim === undefined) return;
  const m = NAMELESS_EPITHET_RE.exec(s);
  // "… of the banned organisation" in a law's wording is no report on the group.
  if (!m || !ARMED_CONTEXT_RE.test(s)) return;
  const headAt = m.index + m[0].length - m.groups!.head.length;
  addInOrder(found, {
    entity: { ...referent, start: headAt, end: m.index + m[0].length },
    start: m.index,
    end: m.index + m[0].length,
    label: m.groups!.word,
    status: 'designated',
    designators: heldOverDesignators([], state.claim, sc.ctx, sc.passageOffset),
  });
}

// "Ali Musa, a Specially Designated Global Terrorist,", "…, an SDGT.", "…, a US-designated
// terrorist": a listing's label set off after a name, with no verb.
const LABEL_APPOSITION_RE =
  /,\s+(?:an?\s+)?(?<by>(?:U\.S\.|US|UN|U\.N\.|EU|UK)-)?(?<label>Specially\s+Designated\s+Global\s+Terrorist|SDGT|(?:designated|listed|proscribed)\s+(?:global\s+)?terrorist|(?<ban>banned|proscribed|outlawed)\s+(?:(?:terror(?:ist)?|militant|insurgent|separatist|extremist|jihadist|Islamist|Maoist)\s+)?(?:organi[sz]ation|outfit|group))(?=\s*(?:[,.;)]|$))/gu;

function addLabelAppositions(sc: SentenceScope): void {
  const { s, found, names } = sc;
  if (!s.includes('errorist') && !s.includes('SDGT') && !/banned|proscribed|outlawed/.test(s)) return;
  for (const m of s.matchAll(LABEL_APPOSITION_RE)) {
    const entity = names().find((n) => n.end === m.index);
    if (!entity || opensWithAuthority(entity.text)) continue;
    const end = m.index + m[0].length;
    // A trigger inside the apposition may have claimed it with a clipped quote ("a designated").
    const clipped = found.findIndex(
      (f) => f.entity.text === entity.text && f.start >= m.index && f.end <= end,
    );
    if (clipped >= 0) found.splice(clipped, 1);
    if (taken(found, entity.start, end)) continue;
    addInOrder(found, {
      entity,
      start: entity.start,
      end,
      label: m.groups!.label,
      status: 'designated',
      // A US-only label names its lister (hitDesignators); "a designated terrorist", the
      // sentence's; "a banned outfit", as the epithet before a name does (addProscribedEpithets).
      designators: m.groups!.by
        ? authorityNames(m.groups!.by.slice(0, -1))
        : /SDGT|Specially/.test(m.groups!.label)
          ? []
          : m.groups!.ban !== undefined
            ? epithetDesignators(sc, entity, m.groups!.ban)
            : authorityNames(s),
    });
  }
}

/** Platforms state media calls banned ("the banned Instagram"): no armed group. */
function isBannedPlatform(name: string): boolean {
  return /^(?:Instagram|Facebook|Meta|Twitter|X|TikTok|LinkedIn|Telegram|WhatsApp|YouTube)$/.test(name);
}

/** The members of a list or a colon's enumeration that the sentence's frame puts on a list. */
function addEnumeratedMembers(sc: SentenceScope, follows: boolean): void {
  const { s, found } = sc;
  const members = enumeratedClaims(s, sc.names, found, follows, sc.state, passageWide(sc));
  // "Six organisations, including A and B, have been designated as …": the set's claim spans
  // its examples; the set keeps its phrase, each example its name, the last the listing after it.
  const first = members[0];
  const set =
    first &&
    found.find(
      (f) =>
        f.entity.end <= first.entity.start &&
        f.end >= members[members.length - 1].entity.end &&
        SET_ENTITY_RE.test(f.entity.text) &&
        /^\s*,\s*including\s+(?:the\s+)?$/.test(s.slice(f.entity.end, first.entity.start)),
    );
  if (set) {
    const end = set.end;
    set.end = set.entity.end;
    members.forEach((m, i) =>
      addInOrder(found, { ...m, start: m.entity.start, end: i === members.length - 1 ? end : m.entity.end }),
    );
    return;
  }
  for (const member of members) {
    // The first member's quote reaches back to its frame, unless a claim already holds that.
    if (taken(found, member.start, member.end)) {
      if (taken(found, member.entity.start, member.end)) continue;
      member.start = member.entity.start;
    }
    addInOrder(found, member);
  }
}

/**
 * "re-added the Brotherhood to the list, as well as 1,529 people": a counted set joined to a
 * claim's object shares its listing (one that goes on to name its members is left to them).
 */
function addJoinedSets({ s, found, names }: SentenceScope): void {
  if (s.includes(' as well as ') || s.includes(' along with ') || / and (?:its|their) /.test(s))
    for (const f of [...found]) {
      if (f.aside) continue;
      const after = s.slice(f.end, f.end + 120);
      const joined = JOINED_SET_RE.exec(after) ?? JOINED_PARTS_RE.exec(after);
      if (!joined) continue;
      const part = joined[1] ?? joined[2];
      const start = f.end + joined[0].length - part.length;
      const entity = { start, end: start + part.length, text: part };
      if (taken(found, start, entity.end)) continue;
      addInOrder(found, { ...f, entity, start, end: entity.end });
      // "along with two other groups, A and B", "… its affiliates including A, B and C": the
      // set's members, named after it.
      const lead = /^\s*(?:[,:]|,?\s+(?:including|such\s+as|namely))\s+(?:the\s+)?/.exec(
        s.slice(entity.end, entity.end + 16),
      );
      if (!lead) continue;
      const from = entity.end + lead[0].length;
      const to = from + (/^[^.;]*/.exec(s.slice(from))?.[0].length ?? 0);
      let previous: Found | undefined;
      let closed = false;
      for (const named of objectMembers(s, from, to, names())) {
        // "… Empower India Foundation and Rehab Foundation, Kerala": after the list has closed
        // with "and", a name set off by a comma is the last member's place.
        const gap = previous ? s.slice(previous.end, named.start) : '';
        if (previous && closed && /^,\s*$/.test(gap)) {
          previous.entity = {
            ...previous.entity,
            end: named.end,
            text: s.slice(previous.entity.start, named.end),
          };
          previous.end = named.end;
          continue;
        }
        closed ||= /\band\b/.test(gap);
        // "Blue Lantern (known to operate in Mali)": an aside is no part of the name.
        const aside = /\s*\((?![A-Z][\w-]{1,12}\))[^()]*\)$/.exec(named.text);
        const member = aside ? { ...named, text: named.text.slice(0, aside.index) } : named;
        if (taken(found, member.start, member.end)) continue;
        previous = { ...f, entity: member, start: member.start, end: member.end };
        addInOrder(found, previous);
      }
    }
}

/** "X is considered a terrorist organisation by …": claims the triggers did not make. */
function addConsideredClaims(sc: SentenceScope): void {
  const { s, found } = sc;
  if (s.includes('terror') && consideredGate(s))
    for (const c of consideredClaims(
      s,
      sc.names,
      // "The Iran-backed group", "it": never a person the passage names.
      () => sc.ctx.unlessPerson(sc.state.v ?? sc.ctx.openingSubjectBefore(sc.passageOffset)),
      passageWide(sc),
    )) {
      if (taken(found, c.start, c.end)) continue;
      addInOrder(found, c);
      sc.state.v = c.entity;
    }
}

/** A court's finding that a group is a terrorist organisation. */
function addCourtFindings(sc: SentenceScope): void {
  const { s, found } = sc;
  if (s.includes('terror') && COURT_WORD_RE.test(s))
    for (const c of courtFindingClaims(s, sc.names, passageWide(sc))) {
      if (taken(found, c.start, c.end)) continue;
      addInOrder(found, c);
      sc.state.v = c.entity;
    }
}

/** A listed group's aliases, designated by the sentence's authorities, else the passage's. */
function addAliasClaims(sc: SentenceScope, continues: boolean): void {
  const { s, found } = sc;
  for (const alias of aliasClaims(s, sc.names, continues)) {
    if (taken(found, alias.start, alias.end)) continue;
    const designators = designatorsNear(s, alias.start, alias.start, alias.end, [alias.entity]);
    addInOrder(found, {
      ...alias,
      designators:
        designators.length > 0
          ? designators
          : passageDesignators(sc.ctx, sc.passageOffset + alias.start, [alias.entity.text]),
    });
  }
}

/** A claim on a counted set, designated by the sentence's authorities (up to `designatorsTo`), else the passage's. */
function addSet(
  sc: SentenceScope,
  entity: NameSpan,
  start: number,
  end: number,
  label: string,
  status: Found['status'],
  designatorsTo = end,
  knownDesignators?: string[],
): void {
  if (taken(sc.found, start, end)) return;
  let designators = knownDesignators ?? designatorsNear(sc.s, start, start, designatorsTo, [entity]);
  if (designators.length === 0) designators = passageDesignators(sc.ctx, sc.passageOffset + start, []);
  addInOrder(sc.found, { entity, start, end, label, status, designators });
}

/**
 * A counted set that a whole match puts on a terror list (group 1 is the set phrase, found
 * from `phraseFrom` in the match; `label` the label), unless a claim already holds it.
 */
function addSetClaim(sc: SentenceScope, m: RegExpExecArray | null, phraseFrom = 0): void {
  if (!m) return;
  const at = m.index + m[0].indexOf(m[1], phraseFrom);
  const entity = { start: at, end: at + m[1].length, text: m[1] };
  addSet(sc, entity, m.index, m.index + m[0].length, m.groups!.label, 'designated');
}

/** Counted sets put on a list: published names, reduced relatives, inclusions, list counts. */
function addCountedSetClaims(sc: SentenceScope): void {
  const { s, passageOffset, ctx, found } = sc;
  // "published the names of N people thought to have ties to terrorism": publishing
  // the names of a counted set tied to terrorism lists it.
  const namesOf = s.includes('names of') ? NAMES_OF_SET_RE.exec(s) : null;
  addSetClaim(sc, namesOf, namesOf ? namesOf[0].indexOf('names of') : 0);
  const reduced =
    PROSCRIBED_WORD_RE.test(s) && SET_NUMBER_WORD_RE.test(s) && REDUCED_SET_GATE_RE.test(s)
      ? REDUCED_SET_RE.exec(s)
      : null;
  // "There are currently 60 entities listed.", in a passage on terror listings: the count the list holds.
  const reducedSet = reduced?.groups?.set ?? reduced?.groups?.set2 ?? reduced?.groups?.set3;
  if (
    reduced &&
    reducedSet &&
    (reduced.groups!.set !== undefined ||
      (reduced.groups!.set3 !== undefined && ctx.onTopic()) ||
      PROSCRIBED_WORD_RE.test(reducedSet))
  ) {
    const end = reduced.index + reduced[0].length;
    const at = reduced.index + reduced[0].indexOf(reducedSet);
    const verb = reduced.groups!.label ?? reduced.groups!.label3;
    addSet(
      sc,
      { start: at, end: at + reducedSet.length, text: reducedSet },
      at,
      end,
      verb ?? 'designated',
      verb && /de-?(?:proscrib|list)/i.test(verb) ? 'delisted' : 'designated',
      // "… de-proscribed under the Sri Lankan regulations": the law after the participle.
      Math.min(s.length, end + 60),
    );
  }
  // "includes N commanders of X in the list of terrorism", "endorsed the inclusion of N
  // people in its list of terrorist organisations": a counted set put on a terror list.
  addSetClaim(sc, s.includes('nclu') && SET_NUMBER_WORD_RE.test(s) ? INCLUDED_SET_RE.exec(s) : null);
  // "The eight additions to the UN sanctions blacklist include …": the set added to the list.
  const additions = s.includes('to ') && SET_NUMBER_WORD_RE.test(s) ? ADDITIONS_SET_RE.exec(s) : null;
  if (additions && (/terror|sanction/i.test(additions.groups!.label) || ctx.onTopic()))
    addSetClaim(sc, additions);
  // "Egypt's terror list contains over 1,500 names", "The list includes 22 organizations" (in a
  // passage on terror lists), "Canada's list of terrorist entities includes 86 groups": the
  // counted set a list holds.
  const holds =
    s.includes('list') && LIST_HOLDS_GATE_RE.test(s) && SET_NUMBER_WORD_RE.test(s)
      ? LIST_HOLDS_SET_RE.exec(s)
      : null;
  if (holds && (/terror/i.test(holds.groups!.list) || ctx.onTopic())) {
    const phrase = holds.groups!.set;
    const at = holds.index + holds[0].length - phrase.length;
    // "The list includes …" right after a listing: that listing's list.
    const prior = /^\s*The\s/.test(holds[0]) ? sc.state.claim : undefined;
    const end = holds.index + holds[0].length;
    addSet(
      sc,
      { start: at, end: at + phrase.length, text: phrase },
      holds.index,
      end,
      holds.groups!.list,
      'designated',
      end,
      prior && prior.designators.length > 0 ? prior.designators : undefined,
    );
  }
  // "There are 22 entities on New Zealand's designated terrorist entities list": a counted set
  // on a terror list is one claim whose entity is the set phrase (docs/CLAIMS.md). Both patterns
  // need a list and a number: literal tests first.
  const counted = s.includes('list') && SET_NUMBER_WORD_RE.test(s);
  const set = counted
    ? (COUNTED_SET_RE.exec(s) ??
      (s.includes('list of')
        ? (LIST_OF_SET_RE.exec(s) ?? (ctx.onTopic() ? LIST_OF_LISTED_SET_RE.exec(s) : null))
        : null))
    : null;
  if (set && !taken(found, set.index, set.index + set[0].length)) {
    const phrase = set[1];
    let designators = authorityNames(set[0]);
    // "Brussels has around N groups on its terror list", "It joins N other groups on the list":
    // the owner of "its" list, else the passage's authority.
    if (designators.length === 0 && /\s(?:its|the)\s+(?:[\p{L}-]+\s+){0,2}list\b/u.test(set[0]))
      designators = designatorsNear(s, set.index, set.index, set.index, []);
    if (
      designators.length === 0 &&
      /\bjoin|\sits\s/.test(s.slice(Math.max(0, set.index - 60), set.index + set[0].length))
    )
      designators = passageDesignators(ctx, passageOffset + set.index, []);
    // "The ministry has released a list of 12 organisations banned as terrorist": the
    // publisher of the list, else the passage's authority.
    if (designators.length === 0 && set[0].startsWith('list'))
      designators = designatorsNear(s, set.index, set.index, set.index, []);
    if (designators.length === 0 && set[0].startsWith('list'))
      designators = passageDesignators(ctx, passageOffset + set.index, []);
    addInOrder(found, {
      entity: { start: set.index, end: set.index + phrase.length, text: phrase },
      start: set.index,
      end: set.index + set[0].length,
      label: 'terrorist list',
      status: 'designated',
      designators,
    });
  }
}

/**
 * "revoked the designation of X (formerly …, banned in Russia) as …": an aside inside another
 * claim's quote is quoted from its parenthesis, so that both claims stand.
 */
function quoteAsidesFromParenthesis(s: string, found: Found[]): void {
  for (const a of found)
    if (a.aside)
      for (const f of found) {
        if (f.aside || !(f.start < a.start + 1 && f.end > a.start)) continue;
        const open = s.indexOf('(', a.entity.end);
        if (open >= f.end && open < a.end) a.start = open;
      }
}

/** "Three Freedonians were added to the list": a counted nationality is the set listed. */
function widenCountedNationalities(s: string, found: Found[]): void {
  for (const f of found) {
    if (!DEMONYM_RE.test(f.entity.text)) continue;
    const count = COUNT_BEFORE_RE.exec(s.slice(Math.max(0, f.entity.start - 12), f.entity.start));
    if (!count) continue;
    const start = f.entity.start - count[0].length + (count[0].length - count[0].trimStart().length);
    f.entity = { start, end: f.entity.end, text: s.slice(start, f.entity.end) };
    if (f.start > start) f.start = start;
  }
}

// Every match of LIST_HOLDS_SET_RE holds these words: a literal scan first.
const LIST_HOLDS_GATE_RE =
  /list(?:\s+of\s+[^,.;]{1,50}?)?\s+(?:now\s+|currently\s+|already\s+)?(?:contains|includes|comprises|features|names)\s/;
const LIST_HOLDS_SET_RE = new RegExp(
  `(?:\\b(?:the|its|their)\\s+|(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})['’]s\\s+|^\\s*The\\s+)(?<list>(?:(?:UN|U\\.N\\.|US|U\\.S\\.|EU|UK)\\s+)?(?:terror(?:ist|ism)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)?(?:black)?list(?:\\s+of\\s+[^,.;]{1,50}?)?)\\s+(?:now\\s+|currently\\s+|already\\s+)?(?:contains|includes|comprises|features|names)\\s+(?<set>${COUNTED_SET_PHRASE})`,
  'u',
);
const INCLUDED_SET_RE = new RegExp(
  `\\b(?:includ(?:e|es|ed|ing)|inclusion\\s+of)\\s+(?:the\\s+)?(${COUNTED_SET_PHRASE})(?:\\s+of\\s+(?:the\\s+)?[^,.;]{1,60}?)?(?:\\s*,[^,.;]{1,50},)?\\s+(?:on|in|to|onto)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?<label>terror(?:ist|ism)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?lists?|lists?\\s+of\\s+(?:terrorist\\s+(?:organi[sz]ations|entities|groups)|(?:[\\p{L}-]+\\s+){1,5}?(?:supporting|financing|funding)\\s+terror\\w*|terror\\w*))`,
  'iu',
);
// "6 Tamil organisations and 316 individuals de-proscribed", "the 80 groups proscribed under
// the Terrorism Act": a counted set with its participle and no auxiliary (headlines, reduced
// relatives); "there are now 44 designated terrorist organisations under the Act".
const REDUCED_SET_RE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|while|the|of|has|have|had|with|now|are|currently|that)\\s+)(?<set>${COUNTED_SET_PHRASE})\\s+(?:(?:now|currently|already|all|since|previously|formally|officially)\\s+)?(?<label>de-?proscribed|proscribed|banned|blacklisted|designated|listed|de-?listed|outlawed)(?=\\s+(?:under|by|in|since|on)\\b|\\s+as\\s+(?:an?\\s+)?["“']?(?:terror|proscribed|FTO|SDGT)|\\s+(?:should|must|will)\\s+(?:remain|stay)\\b|(?<!\\blisted)(?:\\s*[.,;:]|\\s*$))|\\bthere\\s+(?:are|were)\\s+(?:now\\s+|currently\\s+)?(?:a\\s+)?(?:total\\s+(?:of\\s+)?)?(?<set2>${COUNTED_SET_PHRASE})(?=\\s+(?:under|in|on)\\s)|\\bthere\\s+(?:are|were)\\s+(?:now\\s+|currently\\s+)?(?<set3>${COUNTED_SET_PHRASE})\\s+(?:(?:now|currently)\\s+)?(?<label3>listed|designated|proscribed|banned|blacklisted)(?=\\s*[.;]|\\s*$)`,
  'iu',
);
const PROSCRIBED_WORD_RE = /proscri|banned|listed|designated|outlawed/i;
// Every match of REDUCED_SET_RE has a set's head noun right before its participle, or
// "there are": a cheaper scan first.
const REDUCED_SET_GATE_RE = new RegExp(
  `${SET_HEAD}\\s+(?:(?:now|currently|already|all|since|previously|formally|officially)\\s+)?(?:de-?)?(?:proscribed|banned|blacklisted|designated|listed|outlawed)\\b|\\bthere\\s+(?:are|were)\\s`,
  'i',
);
const ADDITIONS_SET_RE = new RegExp(
  `\\b((?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{Ll}+teen|\\p{Ll}+ty(?:-\\p{Ll}+)?)\\s+(?:new\\s+|latest\\s+)?(?:additions|entries|names|listings|designees))\\s+(?:to|on)\\s+(?:the|its|their)\\s+(?<label>(?:[\\p{L}.'’-]+\\s+){0,4}?(?:black)?list)\\b`,
  'u',
);
const NAMES_OF_SET_RE = new RegExp(
  `\\b(?:gazetted|published|listed|released|issued|named|made\\s+public)\\s+(?:the\\s+|a\\s+list\\s+of\\s+the\\s+)?names\\s+of\\s+(${COUNTED_SET_PHRASE})\\s+(?:(?:who\\s+(?:are|were)\\s+)?(?:believed|suspected|alleged|said|thought)\\s+to\\s+(?:have|be\\s+having)\\s+|with\\s+|having\\s+)(?<label>(?:links?|ties|connections?)\\s+(?:to|with)\\s+terror(?:ism|ist\\s+(?:groups?|organi[sz]ations?)))`,
  'iu',
);
const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ans|is|ns)$/u;
const COUNT_BEFORE_RE =
  /(?:^|\s)(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+$/;
const DECLARED_BY_RE =
  /^\s+(?:has|have|had)\s+(?:also\s+)?been\s+(?:declared|imposed|issued|announced|introduced|enacted|adopted)(?=\s+by\s)/i;
// A sentence opening with authorities that also list the group: "In addition to A and B, …".
const JOINS_IN_RE =
  /\bjoin(?:s|ed|ing)?\s+((?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?:,\s*(?:and\s+)?|\s+and\s+)?){1,8})(?:,?\s*(?:and\s+)?(?:many\s+|several\s+|some\s+)?others?(?:\s+(?:countries|states|nations|allies|governments))?\s+)?in\s+$/u;
const ALSO_BY_RE =
  /^\s*(?:In\s+addition\s+to|Besides|Apart\s+from|Along\s+with|As\s+well\s+as)\s+((?:(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}(?:,\s*(?:and\s+)?|\s+and\s+)?){1,6}),\s+/u;

// "… to include the following new aliases: A, B": names added to an existing designation.
const ALIAS_LIST_RE =
  /\b(?:includ|add)(?:e|es|ed|ing|s)?\s+(?:the\s+)?(?:following\s+)?(?:new\s+|additional\s+|further\s+)?alias(?:es)?\s*(?::\s*|\s+)/giu;
// "X was also included as an alias to Y's … designation".
const ALIAS_SUBJECT_RE =
  /^\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+|now\s+)?(?:included|added|listed)\s+as\s+(?:an?\s+)?(?:new\s+|additional\s+)?alias(?:es)?\s+(?:to|of|for|in|under)\b/iu;
// The designation's label as the sentence words it.
const ALIAS_LABEL_RE =
  /Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ations?|terrorist\s+(?:organi[sz]ation|group|entity)|\bSDGT\b|\bFTO\b/iu;

/**
 * Aliases added to a designation: each alias is listed under it (docs/CLAIMS.md counts every
 * named member). Only in a sentence about a terror designation.
 */
function aliasClaims(
  s: string,
  names: () => NameSpan[],
  continues: boolean,
): Array<Omit<Found, 'designators'>> {
  if (!/alias/i.test(s) || !/designat|listing|proscri/i.test(s) || !(CUE_RE.test(s) || continues)) return [];
  const label = ALIAS_LABEL_RE.exec(s)?.[0] ?? 'designated';
  const out: Array<Omit<Found, 'designators'>> = [];
  ALIAS_LIST_RE.lastIndex = 0;
  for (let m = ALIAS_LIST_RE.exec(s); m; m = ALIAS_LIST_RE.exec(s)) {
    const from = m.index + m[0].length;
    const to = from + (/[.;]\s|[.;]?$|\s[—–]\s/.exec(s.slice(from))?.index ?? 0);
    for (const entity of objectMembers(s, from, to, names()))
      out.push({ entity, start: m.index, end: entity.end, label, status: 'designated' });
  }
  for (const n of names()) {
    const link = ALIAS_SUBJECT_RE.exec(s.slice(n.end, n.end + 80));
    if (link && !opensWithAuthority(n.text))
      out.push({ entity: n, start: n.start, end: n.end + link[0].length, label, status: 'designated' });
  }
  return out;
}

// "X is considered a terrorist organisation by the US and the EU", "Canada deems X a terrorist
// group": a named authority's view of the group is its listing. Without an authority ("by
// many", "by critics") it is opinion and stays dark.
const consideredGate = (s: string): boolean =>
  s.includes('consider') ||
  s.includes('deem') ||
  s.includes('regard') ||
  s.includes('classed') ||
  s.includes('seen as') ||
  s.includes('view') ||
  s.includes('sees');
const CONSIDERED_LABEL = `(?:as\\s+)?(?:an?\\s+|the\\s+)?(?<label>(?:[\\p{L}-]+\\s+){0,2}?terror(?:ist)?\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?|movements?))`;
// Before a by-phrase the head may go: "considered terrorist by Israel, the EU and the US".
const CONSIDERED_BY_LABEL = `(?:as\\s+)?(?:an?\\s+|the\\s+)?(?<label>(?:[\\p{L}-]+\\s+){0,2}?terror(?:ist)?(?:\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?|movements?))?)`;
const CONSIDERED_PASSIVE_RE = new RegExp(
  `(?:\\b(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remained)|(?<=[\\p{L})"'’]),(?:\\s+(?:an?|both|the|two)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:groups?|organi[sz]ations?|movements?|militias?|outfits?))?|(?<=,\\s(?:[^,;.]|(?<=\\d)[,.](?=\\d)){1,80}\\s)and)(?:\\s*,\\s*(?:partially|partly|entirely|wholly|fully|or|in\\s+part|in\\s+whole|at\\s+least|\\s)+,)?\\s+(?:(?:widely|also|officially|formally|still|now|already|itself|long)\\s+)?(?:considered|deemed|regarded\\s+as|classed\\s+as|seen\\s+as|viewed\\s+as)\\s+${CONSIDERED_BY_LABEL}(?=\\s*,?\\s+by\\s)`,
  'giu',
);
const CONSIDERED_BY_PRONOUN_RE =
  /\b(?:it|they)\s+(?:considers?|deems?|regards?|views?|sees|designates|lists)\b/;

/**
 * "the YPG and PKK, both groups regarded as terrorist organizations": claims for the members
 * coordinated before the last one, when the clause speaks of them in the plural.
 */
function pluralMemberClaims(
  s: string,
  names: NameSpan[],
  last: NameSpan,
  clause: string,
  label: string,
  designators: string[],
): Found[] {
  if (!/\b(?:both|groups|organi[sz]ations|movements|entities|they)\b/i.test(clause)) return [];
  const members: Found[] = [];
  let next = last;
  for (let i = names.indexOf(last) - 1; i >= 0; i--) {
    if (!MEMBER_LINK_RE.test(s.slice(names[i].end, next.start)) || authoritiesIn(names[i].text).length > 0)
      break;
    const entity = names[i];
    members.unshift({
      entity,
      start: entity.start,
      end: entity.end,
      label,
      status: 'designated',
      designators,
    });
    next = entity;
  }
  return members;
}

// "X, which Washington considers a terrorist group": the authority's view in a relative clause;
// "X, a group it designates as …": "it" for the authority opening the sentence.
const CONSIDERED_RELATIVE_RE = new RegExp(
  `,\\s*(?:which|(?:an?|the)\\s+[^,;.]{0,60}?\\s+that|(?:(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?(?:groups?|organi[sz]ations?|movements?|outfits?)(?=\\s+(?:it|they)\\s))\\s+([^,.;]{2,60}?)\\s+(?:(?:also|officially|formally|still|now|long)\\s+)?(?:considers?|deems?|regards?|lists|designates|classes|has\\s+(?:deemed|declared)|have\\s+(?:deemed|declared)|(?:views?|sees)(?=\\s+as\\s))\\s+${CONSIDERED_LABEL}`,
  'giu',
);
const UNNAMED_STATES_RE =
  /^(?:the\s+)?(?:Western|many|several|most|some|other|European|Arab|Gulf)\s+(?:nations|governments|countries|states|powers)$/i;
const CONSIDERED_ACTIVE_RE = new RegExp(
  `\\b(?:considers?|deems?|regards?|considered|deemed|regarded|views?|viewed|sees)\\s+(?:(?:the\\s+)?(?=\\p{Lu})|(?=it\\s|the\\s+(?:group|outfit|organi[sz]ation|movement|militia)\\s)|(?=(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s))`,
  'gu',
);

const CONSIDERED_REFERENCE_RE =
  /\b(?:it|they|the\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|militia|network|outfit))\s*,?\s*$/iu;

const SET_PLACE_RE =
  /^\s+(?:operating|based|active|working)\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}/u;

/** An authority's regard for a group as terrorist, in its passive, relative and active forms. */
function consideredClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
  passageDesignators: () => string[],
): Found[] {
  return [
    ...consideredPassiveClaims(s, names, referent),
    ...(s.includes('which') || s.includes(' that ') || CONSIDERED_BY_PRONOUN_RE.test(s)
      ? consideredRelativeClaims(s, names)
      : []),
    ...consideredActiveClaims(s, names, referent, passageDesignators),
    ...(s.includes('ccording to') ? consideredAccordingToClaims(s, names) : []),
  ];
}

// "According to a core Security Council resolution on Syria, HTS is regarded as a terrorist
// group": the authority whose text says so, named in the opener, regards it so.
const ACCORDING_TO_CONSIDERED_RE =
  /^\s*(?:However,\s+)?[Aa]ccording\s+to\s+(?<source>[^,;]{5,120}),\s+(?=(?:the\s+)?\p{Lu})(?<rest>[^,;]{2,60}?)\s+(?:is|are|was|were|remains?)\s+(?:still\s+|also\s+|officially\s+)?(?:regarded|considered|deemed|classed|seen|viewed)\s+(?:as\s+)?(?:an?\s+)?(?<label>(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)))/u;

function consideredAccordingToClaims(s: string, names: () => NameSpan[]): Found[] {
  const m = ACCORDING_TO_CONSIDERED_RE.exec(s);
  if (!m) return [];
  const source = m.groups!.source;
  // ("a resolution on Syria": what the text is about is no one who regards.)
  const designators = [
    ...new Set(
      authoritiesIn(source)
        .filter(
          (a) =>
            !/\b(?:on|in|about|concerning|against|for|from)\s+(?:the\s+)?$/i.test(source.slice(0, a.start)),
        )
        .map((a) => a.name),
    ),
  ];
  if (designators.length === 0) return [];
  const at = m.index + m[0].indexOf(m.groups!.rest, m[0].indexOf(source) + source.length);
  const entity = names().find(
    (n) => n.start === at || (n.start === at + 4 && /^the\s/i.test(m.groups!.rest)),
  );
  if (!entity || opensWithAuthority(entity.text)) return [];
  return [
    {
      entity,
      start: entity.start,
      end: m.index + m[0].length,
      designators,
      status: 'designated',
      label: m.groups!.label,
    },
  ];
}

/** "X is considered a terrorist organisation by A", "X, considered … by A", "The group is deemed …". */
function consideredPassiveClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
): Found[] {
  const out: Found[] = [];
  CONSIDERED_PASSIVE_RE.lastIndex = 0;
  for (let m = CONSIDERED_PASSIVE_RE.exec(s); m; m = CONSIDERED_PASSIVE_RE.exec(s)) {
    const labelEnd = m.index + m[0].length;
    let byEnd = byPhraseEnd(s, labelEnd);
    // "by a number of countries including the United States, Israel and the UK": the examples.
    if (byEnd === labelEnd) {
      const examples = COUNTRIES_INCLUDING_RE.exec(s.slice(labelEnd, labelEnd + 120));
      if (examples) byEnd = authorityRunEnd(s, labelEnd + examples[0].length, 120, true) ?? labelEnd;
    }
    if (byEnd === labelEnd) continue;
    const designators = authorityNames(s.slice(labelEnd, byEnd));
    // "It and Hamas, which runs Gaza, … are considered …": no name inside a closed relative clause
    // is the subject.
    const closed = [...s.slice(0, m.index).matchAll(/,\s*(?:which|who)\s[^,;]*,/g)].map((c) => [
      c.index,
      c.index + c[0].length,
    ]);
    const subject = names()
      .filter(
        (n) =>
          n.end <= m!.index &&
          !opensWithAuthority(n.text) &&
          !closed.some(([a, b]) => n.start > a && n.end < b),
      )
      .pop();
    const gap = subject ? s.slice(subject.end, m.index) : '';
    let entity: NameSpan | undefined;
    let start = m.index;
    // "X, made up of some 2,000 fighters and considered …": a participle coordinated in an apposition.
    if (
      subject &&
      (/^["')]?\s*(?:,\s*(?:which|who)\s*)?$/.test(gap) ||
        /^,\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80}\s$/.test(gap) ||
        // "Hezbollah, which is a party in Lebanon with an armed branch, is considered …": the
        // head of a relative clause or apposition closed by its comma.
        /^,\s*(?:which|who|an?|the)\s[^;.]{1,120}?,\s+(?:is|are|was|were|has\s+been|have\s+been)?\s*$/.test(
          gap,
        ) ||
        // "…, which runs Gaza, vow to destroy Israel and are considered …": a predicate coordinated after it.
        /^,\s*(?:which|who)\s[^;.]{1,120}?,\s+[^,;.]{1,80}\s+and\s+$/.test(gap))
    ) {
      entity = subject;
      start = subject.start;
    } else {
      // "The Iran-backed group is already deemed …": the group the passage is about.
      const pr = CONSIDERED_REFERENCE_RE.exec(s.slice(0, m.index));
      const group = pr ? referent() : undefined;
      if (pr && group) {
        start = pr.index;
        entity = { ...group, start, end: start + pr[0].trimEnd().length };
      }
    }
    if (!entity) continue;
    if (entity === subject)
      out.push(...pluralMemberClaims(s, names(), subject, m[0], m.groups!.label, designators));
    out.push({ entity, start, end: byEnd, label: m.groups!.label, status: 'designated', designators });
  }
  return out;
}

/** "X, which the US considers a terrorist group", "X, a group that Western nations regard as …". */
function consideredRelativeClaims(s: string, names: () => NameSpan[]): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(CONSIDERED_RELATIVE_RE)) {
    // The clause's subject must be an authority, nothing but it, or states left unnamed
    // ("a group that Western nations regard as …"): "which many analysts consider" stays dark.
    // "Turkey … against the YPG, which it deems …": "it" is the authority opening the sentence.
    const pronoun = /^(?:it|they)$/i.test(m[1]) ? authoritiesIn(s.slice(0, m.index))[0] : undefined;
    // "with Turkey viewing the SDF as …, which it considers …": the state acting before it too.
    const opening =
      pronoun &&
      (/^\s*(?:the\s+)?$/i.test(s.slice(0, pronoun.start)) ||
        /^\s+\p{Ll}+(?:ing|s|ed)\s/u.test(s.slice(pronoun.end, pronoun.end + 24)))
        ? [pronoun]
        : [];
    const auths = opening.length > 0 ? opening : authoritiesIn(m[1]);
    const unnamedStates = UNNAMED_STATES_RE.test(m[1]);
    if (
      !unnamedStates &&
      opening.length === 0 &&
      (auths.length === 0 || !/^(?:the\s+)?$/i.test(m[1].slice(0, auths[0].start)))
    )
      continue;
    const subject = names()
      .filter((n) => n.end <= m.index && !opensWithAuthority(n.text))
      .pop();
    if (!subject || !/^["')’]?$/.test(s.slice(subject.end, m.index))) continue;
    const designators = [...new Set(auths.map((a) => a.name))];
    out.push(...pluralMemberClaims(s, names(), subject, m[0], m.groups!.label, designators));
    out.push({
      entity: subject,
      start: m.index + 1 + /^\s*/.exec(s.slice(m.index + 1))![0].length,
      end: m.index + m[0].length,
      label: m.groups!.label,
      status: 'designated',
      designators,
    });
  }
  return out;
}

const CONSIDERED_OBJECT_LABEL_RE = new RegExp(`^\\s+(?:to\\s+be\\s+)?${CONSIDERED_LABEL}`, 'iu');

/** "The US considers A and B terror groups", "countries, including A and B, consider it …". */
function consideredActiveClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
  passageDesignators: () => string[],
): Found[] {
  const out: Found[] = [];
  CONSIDERED_ACTIVE_RE.lastIndex = 0;
  for (let m = CONSIDERED_ACTIVE_RE.exec(s); m; m = CONSIDERED_ACTIVE_RE.exec(s)) {
    // "A number of countries, including Israel, Egypt and the EU, consider it …": the examples.
    const exampleNames = subjectExamples(s, m.index);
    // "the European Council, which considers Hamas …": the relative's antecedent.
    const antecedent = /,\s*which\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, m.index - 30), m.index))
      ? authoritiesIn(s.slice(Math.max(0, m.index - 100), m.index)).at(-1)
      : undefined;
    const byAntecedent =
      antecedent !== undefined &&
      /^\s*,\s*which\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, m.index - 100) + antecedent.end, m.index));
    if (exampleNames.length === 0 && !byAntecedent && !authoritySubject(s, m.index)) continue;
    const from = m.index + m[0].length;
    // "consider it a terrorist organization", "has long considered the outfit as …": the group the
    // passage is about.
    const reference = /^(?:it|the\s+(?:group|outfit|organi[sz]ation|movement|militia))(?=\s)/.exec(
      s.slice(from, from + 24),
    );
    const group = reference ? referent() : undefined;
    // "regards the Palestinian Group Hamas as …": a described head noun may lead to the name.
    const named = group
      ? { ...group, start: from, end: from + reference![0].length }
      : names().find((n) => n.start >= from && /^(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(s.slice(from, n.start)));
    // "will consider six Palestinian rights organizations operating in the West Bank as
    // terrorist groups": an unnamed counted set, which a place may follow.
    const set = named ? null : countedObject(s, from - 1, false, m[0]);
    const first = named ?? set;
    if (!first || opensWithAuthority(first.text)) continue;
    // "considers the YPG and the PYD as terror groups": a list of objects.
    const entities = [first];
    for (;;) {
      const last = entities[entities.length - 1];
      const link = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(s.slice(last.end, last.end + 12));
      const next = link && names().find((n) => n.start === last.end + link[0].length);
      if (!next || opensWithAuthority(next.text)) break;
      entities.push(next);
    }
    const setPlace = set ? SET_PLACE_RE.exec(s.slice(set.end, set.end + 80)) : null;
    const objectEnd = entities[entities.length - 1].end + (setPlace ? setPlace[0].length : 0);
    // "considers X to be a terrorist organization".
    const label = CONSIDERED_OBJECT_LABEL_RE.exec(s.slice(objectEnd, objectEnd + 80));
    if (!label) continue;
    const end = objectEnd + label[0].length;
    // "Damascus, the United States and the European Union consider …": the subject list;
    // "the government regards …": the state the passage speaks of.
    const near = exampleNames.length > 0 ? exampleNames : designatorsNear(s, m.index, m.index, end, entities);
    const designators =
      byAntecedent && near.length === 0
        ? [antecedent.name]
        : near.length === 0 && GOVERNMENT_SUBJECT_RE.test(s.slice(Math.max(0, m.index - 60), m.index) + ' ')
          ? passageDesignators()
          : near;
    // One claim per object, the quotes apart: the first from the verb, the last through the label.
    entities.forEach((entity, i) =>
      out.push({
        entity,
        start: i === 0 ? m!.index : entity.start,
        end: i === entities.length - 1 ? end : entity.end,
        label: label.groups!.label,
        status: 'designated',
        designators,
      }),
    );
  }
  return out;
}

const COURT_WORD_RE = /\b(?:court|judge|judges|tribunal)\b/i;
// "the court said JAD was a terrorist organization", "a court …, ruling that IS was a terrorist
// and extremist group": a court's finding lists the group in its state.
const COURT_FINDING_RE =
  /\b(?:court|judge|judges|tribunal)\b[^.;]{0,80}?\b(?:said|says|ruled|ruling|found|finding|held|declared|declaring|decided|determined)\s+(?:that\s+)?(?:the\s+)?(?=\p{Lu})/giu;
const FOUND_LABEL_RE =
  /^\s+(?:is|was|were|are|constitutes?|constituted)\s+(?:an?\s+)?(?<label>(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:and\s+extremist\s+)?(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?))/iu;

function courtFindingClaims(s: string, names: () => NameSpan[], passageDesignators: () => string[]): Found[] {
  const out: Found[] = [];
  // The court's state where the sentence names it, else the passage's.
  const finding = (entity: NameSpan, end: number, label: string, own: string[]): Found => ({
    entity,
    start: entity.start,
    end,
    label,
    status: 'designated',
    designators: own.length > 0 ? own : passageDesignators(),
  });
  COURT_FINDING_RE.lastIndex = 0;
  for (let m = COURT_FINDING_RE.exec(s); m; m = COURT_FINDING_RE.exec(s)) {
    const from = m.index + m[0].length;
    const entity = names().find((n) => n.start === from);
    if (!entity || opensWithAuthority(entity.text)) continue;
    const label = FOUND_LABEL_RE.exec(s.slice(entity.end, entity.end + 90));
    if (!label) continue;
    const end = entity.end + label[0].length;
    // "A court in Kyrgyzstan's capital".
    out.push(
      finding(entity, end, label.groups!.label, authorityNames(s.slice(Math.max(0, m.index - 60), from))),
    );
  }
  // "The Real IRA is an illegal terrorist organisation, the Court of Appeal in Belfast has ruled."
  if (out.length === 0 && /\b(?:court|judges?|tribunal)\b/i.test(s)) {
    const entity = names()[0];
    const label =
      entity && /^\s*(?:the\s+)?$/i.test(s.slice(0, entity.start))
        ? FOUND_LABEL_RE.exec(s.slice(entity.end, entity.end + 90))
        : null;
    const court = label ? COURT_AFTER_RE.exec(s.slice(entity.end + label[0].length)) : null;
    if (entity && label && court && !opensWithAuthority(entity.text)) {
      const end = entity.end + label[0].length + court[0].length;
      out.push(finding(entity, end, label.groups!.label, authorityNames(court[0])));
    }
  }
  return out;
}

const COURT_AFTER_RE =
  /^,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:[Cc]ourt|[Tt]ribunal|judges?)\b[^.;,]{0,60}?\b(?:ruled|found|held|declared|decided|said)\b/u;

const MEMBER_REFERENCE_GATE_RE =
  /^\s*(?:\S+\s+of\s+)?(?:Its|Their|its|their|The\s+(?:group|organi[sz]ation|movement|network)['’]s)\s/;
const MEMBER_REFERENCE_RE =
  /^\s*(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|\d+)\s+of\s+)?(?:Its|Their|The\s+(?:group|organi[sz]ation|movement|network)['’]s|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:leaders?|founders?|co-founders?|commanders?|chiefs?|heads?|members?|financiers?|officials?|spokes(?:man|men|woman|women|person)|deputies|deputy|emirs?|ideologues?|operatives?),\s+(?<list>[^;]{3,300}?),\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|likewise|similarly|both|all|then)\s+)?(?<verb>designated|sanctioned|listed|blacklisted|proscribed|added|named|delisted|removed)\b/u;

/** "Its leaders, A and B, were also designated": members of the group the claim before listed. */
// "The designation was revoked by the Biden administration in 2021": the passage's listing
// of its group, lifted.
const LISTING_LIFTED_RE =
  /^\s*(?:The|That|This|Its|Their)\s+(?:(?:terror(?:ist)?|FTO|original|earlier|previous)\s+)?(?<noun>designation|listing|proscription|label)\s+(?:was|has\s+been|had\s+been|is\s+to\s+be|will\s+be)\s+(?:\w+ly\s+)?(?:revoked|lifted|rescinded|removed|overturned|annulled|withdrawn|reversed)\b/;

/** "The Biden administration reversed those designations weeks later": the listings just claimed, lifted. */
const REVERSED_LISTING_RE =
  /\b(?:reversed|revoked|rescinded|lifted|overturned|withdrew|cancell?ed|annulled)\s+(?:those|these)\s+(?:(?:terror(?:ist)?|FTO|SDGT)\s+)?(?<noun>designations?|listings?|proscriptions?|labels?)\b/;

function reversedListingClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found | null {
  const claim = state.claim;
  const owner = claim?.entity ?? state.v;
  const m = REVERSED_LISTING_RE.exec(s);
  if (!m || !claim || !owner || claim.status !== 'designated') return null;
  const nounAt = m.index + m[0].length - m.groups!.noun.length;
  const own = authorityNames(s.slice(0, m.index));
  return {
    entity: { ...owner, start: nounAt, end: m.index + m[0].length },
    start: m.index,
    end: m.index + m[0].length,
    label: claim.label,
    status: 'delisted',
    designators: heldOverDesignators(own, claim, ctx, passageOffset),
  };
}

/**
 * Who lists in a sentence that continues the passage's last claim: the authorities it names,
 * else the claim's own, else the passage's.
 */
function heldOverDesignators(
  own: string[],
  claim: Pick<Found, 'designators'>,
  ctx: PassageContext,
  passageOffset: number,
): string[] {
  if (own.length > 0) return own;
  return claim.designators.length > 0 ? claim.designators : passageDesignators(ctx, passageOffset, []);
}

const POSSIBLE_REMOVAL_GATE_RE =
  /\b(?:may|might|could|would|consider\w*|plans?\s+to|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing))\b[^.;]{0,40}?\b(?:remov|delist|drop|tak(?:e|ing)\s)/i;
// "PKK might be removed from EU's terrorist organisations list".
const POSSIBLE_REMOVAL_PASSIVE_RE =
  /^\s+(?:may|might|could|would)\s+(?:soon\s+|eventually\s+|now\s+)?be\s+(?:removed|dropped|delisted|taken\s+off)\s+(?:from|off)\s+(?<list>(?:the\s+|its\s+|their\s+)?[^.;,]{0,50}?\b(?:black)?list(?:\s+of\s+[^.;,]{1,40}?(?:organi[sz]ations|groups|entities|terrorists|outfits))?)\b/i;
// "The US may remove the Houthis from its terror list", "is considering removing X from …".
const POSSIBLE_REMOVAL_ACTIVE_RE =
  /\b(?:may|might|could|would|(?:is|are|was|were)\s+considering|consider(?:s|ed)?|plans?\s+to|planning\s+to|(?:allow|enabl)(?:s|es|ed|ing|e)?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?to)\s+(?:soon\s+)?(?:remove|removing|delist|delisting|drop|dropping|take|taking)\s+(?:the\s+)?(?=\p{Lu})/iu;
const REMOVAL_LIST_AFTER_RE =
  /^(?:\s+group)?\s+(?:from|off)\s+(?<list>(?:the\s+|its\s+|their\s+)?[^.;,]{0,50}?\b(?:black)?list(?:\s+of\s+[^.;,]{1,40}?(?:organi[sz]ations|groups|entities|terrorists|outfits))?)\b/i;

/**
 * "The US may remove HTS from its terror list": a possible removal is no claim, but the listing
 * it names as current is (docs/CLAIMS.md) — designated, by the list's keeper.
 */
function possibleRemovalClaims(
  s: string,
  names: NameSpan[],
  ctx: PassageContext,
  passageOffset: number,
): Found[] {
  let entity: NameSpan | undefined;
  let list: string | undefined;
  let end = 0;
  let start = 0;
  const active = POSSIBLE_REMOVAL_ACTIVE_RE.exec(s);
  // "remove the Taliban and HTS from its list": each of the names joined before "from".
  const joined: NameSpan[] = [];
  if (active) {
    const at = active.index + active[0].length;
    entity = names.find((n) => n.start === at);
    let last = entity;
    for (const n of names)
      if (
        last &&
        n.start > last.end &&
        /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(s.slice(last.end, n.start))
      ) {
        joined.push(n);
        last = n;
      }
    const tail = last ? REMOVAL_LIST_AFTER_RE.exec(s.slice(last.end)) : null;
    if (entity && last && tail) {
      list = tail.groups!.list;
      start = active.index;
      end = last.end + tail[0].length;
    } else entity = undefined;
  }
  if (!entity) {
    for (const n of names) {
      const m = POSSIBLE_REMOVAL_PASSIVE_RE.exec(s.slice(n.end));
      if (!m) continue;
      entity = n;
      list = m.groups!.list;
      start = n.start;
      end = n.end + m[0].length;
      break;
    }
  }
  if (!entity || list === undefined || !/terror|proscri|banned|sanction|FTO|SDGT/i.test(list)) return [];
  const own = authorityNames(list);
  // "allowing the Russian government to remove …": the one allowed keeps the list.
  const subject = active
    ? authorityNames(s.slice(Math.max(0, active.index - 60), active.index + active[0].length))
    : [];
  const designators =
    own.length > 0
      ? own
      : subject.length > 0
        ? subject
        : passageDesignators(ctx, passageOffset + start, [entity.text]);
  const label = list.replace(/^(?:the|its|their)\s+/i, '');
  const first: Found = {
    entity,
    start,
    end: joined.length > 0 ? entity.end : end,
    label,
    status: 'designated',
    designators,
  };
  return [
    first,
    ...joined.map((n, i): Found => ({
      ...first,
      entity: n,
      start: n.start,
      end: i === joined.length - 1 ? end : n.end,
    })),
  ];
}

// "A, B and C were banned on Jan 14, 2002": a list of names opening the sentence, then a passive ban.
// "Accordingly, A, B and C have been banned": an opening adverb, and a perfect, also chronicle.
const CHRONICLE_OPENER =
  '(?:(?:Accordingly|Meanwhile|Additionally|Also|Further(?:more)?|Moreover|Besides|Subsequently|Similarly|Likewise|Thus|Hence),\\s+)?';
const CHRONICLED_BAN_RE = new RegExp(
  `^\\s*${CHRONICLE_OPENER}(?:the\\s+)?\\p{Lu}(?:[^.;:()]|\\(\\p{Lu}{2,8}\\)){0,300}?\\s(?:and|as\\s+well\\s+as)\\s+(?:the\\s+)?\\p{Lu}(?:[^.;:()]|\\(\\p{Lu}{2,8}\\)){0,100}?(?<be>\\s+(?:were|have\\s+been|had\\s+been))\\s+(?:also\\s+|later\\s+|then\\s+)?(?<verb>banned|outlawed|proscribed)\\b(?!\\s+from\\b)`,
  'u',
);
const CHRONICLE_OPENER_RE = new RegExp(`^\\s*${CHRONICLE_OPENER}(?:the\\s+)?$`, 'i');

/**
 * "Lashkar-e-Jhangvi and Sipah-i-Mohammad Pakistan were outlawed in 2001. Jaish-e-Mohammad,
 * Lashkar-e-Taiba and Tehreek-i-Islami were banned on Jan 14, 2002": right after a listing claim, a
 * sentence that only lists the groups banned next continues the chronicle, under its authority
 * (not a ban "from" a place or an event).
 */
function chronicledBanClaims(
  s: string,
  sentenceNames: NameSpan[],
  state: PassageState,
  passageOffset: number,
): Found[] {
  const claim = state.claim;
  if (
    claim === undefined ||
    claim.status !== 'designated' ||
    passageOffset - (state.lastClaimEnd ?? -Infinity) > 300
  )
    return [];
  const m = CHRONICLED_BAN_RE.exec(s);
  if (!m) return [];
  const verbAt = m.index + m[0].lastIndexOf(m.groups!.be);
  const names = sentenceNames.filter((n) => n.end <= verbAt);
  // Every name must be a member: only commas and "and" between them, nothing before the first.
  if (names.length < 2 || !CHRONICLE_OPENER_RE.test(s.slice(0, names[0].start))) return [];
  for (let i = 1; i < names.length; i++)
    if (
      !/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?$/.test(
        s.slice(names[i - 1].end, names[i].start),
      )
    )
      return [];
  // "A and B organizations have been banned": the members' head noun may close the list.
  if (!/^\s*(?:organi[sz]ations|groups|outfits)?\s*$/.test(s.slice(names[names.length - 1].end, verbAt)))
    return [];
  const end = m.index + m[0].length;
  return names.map((entity, i) => ({
    entity,
    start: entity.start,
    end: i === names.length - 1 ? end : entity.end,
    label: m.groups!.verb,
    status: 'designated' as const,
    designators: claim.designators,
  }));
}

function listingLiftedClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found[] {
  const claim = state.claim;
  if (claim === undefined || state.v === null) return [];
  const m = LISTING_LIFTED_RE.exec(s);
  if (!m) return [];
  const start = m.index + /^\s*/.exec(s)![0].length;
  const end = m.index + m[0].length;
  const nounAt = start + m[0].trimStart().indexOf(m.groups!.noun);
  const byEnd = byPhraseEnd(s, end);
  const designators = heldOverDesignators(authorityNames(s.slice(end, byEnd)), claim, ctx, passageOffset);
  return [
    {
      entity: { ...state.v, start: nounAt, end: nounAt + m.groups!.noun.length },
      start,
      end: Math.max(end, byEnd),
      label: claim.label,
      status: 'delisted',
      designators,
    },
  ];
}

/** "Its military wing is designated by the UK, Australia and the EU": the claimed group's wing. */
const WING_SUBJECT_RE =
  /^\s*(?:Its|Their|The\s+(?:group|organi[sz]ation|movement)['’]s|The)\s+(?<wing>(?:armed|military|political|youth)\s+wing)\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|officially\s+|formally\s+|separately\s+)?(?<verb>designated|listed|proscribed|banned|blacklisted|outlawed)\b/;

function wingSubjectClaim(
  s: string,
  passageOffset: number,
  ctx: PassageContext,
  state: PassageState,
): Found | null {
  const m = WING_SUBJECT_RE.exec(s);
  if (!m) return null;
  // "Hamas is a movement with a military wing, al-Qassam Brigades. The military wing was
  // proscribed …": the wing the passage named; else the group the passage goes on about.
  const named = /^\s*The\s/.test(m[0]) ? ctx.apposedWingBefore(passageOffset, m.groups!.wing) : undefined;
  const owner = state.claim?.entity ?? state.v ?? ctx.openingSubjectBefore(passageOffset);
  if (!named && (!owner || opensWithAuthority(owner.text))) return null;
  const start = m.index + /^\s*/.exec(m[0])![0].length;
  const verbEnd = m.index + m[0].length;
  const label = labelAfter(s, verbEnd);
  const end = byPhraseEnd(s, label?.end ?? verbEnd);
  const own = authorityNames(s.slice(verbEnd, end));
  return {
    entity: { start, end: verbEnd, text: named ?? `${owner!.text}'s ${m.groups!.wing}` },
    // A wing named by its own name is no group "the organisation" later refers back to.
    ...(named !== undefined && { aside: true }),
    start,
    end,
    label: label?.label ?? m.groups!.verb,
    status: 'designated',
    designators: own.length > 0 ? own : passageDesignators(ctx, passageOffset, owner ? [owner.text] : []),
  };
}

function memberReferenceClaims(s: string, state: PassageState): Found[] | null {
  const claim = state.claim;
  if (claim === undefined || state.v === null || !MEMBER_REFERENCE_GATE_RE.test(s)) return null;
  const m = MEMBER_REFERENCE_RE.exec(s);
  if (!m) return null;
  const from = m.index + m[0].indexOf(m.groups!.list, m[0].search(/,/));
  const to = from + m.groups!.list.length;
  const members = objectMembers(s, from, to, namesIn(s));
  const status = /^(?:delisted|removed)$/.test(m.groups!.verb) ? 'delisted' : 'designated';
  if (members.length === 0) return null;
  return members.map((entity, i) => ({
    entity,
    start: i === 0 ? m.index + /^\s*/.exec(s)![0].length : entity.start,
    end: i === members.length - 1 ? m.index + m[0].length : entity.end,
    label: claim.label,
    status,
    designators: claim.designators,
  }));
}

/** How far after a listing (in characters) a sentence may repeat it for other authorities. */
const SAME_STEP_REACH = 300;
const SAME_STEP_GATE_RE = /\b(?:followed|same|likewise|similar|so)\b/;
// "Canada took the same step in September", "Paraguay and Ecuador later followed suit",
// "Kyrgyzstan followed in 2024", "Australia did the same": authorities, opening the sentence, that repeat the listing before.
// "followed suit", "followed in 2024" (not "followed the talks"), "did the same", "did so".
const FOLLOWED_OR_DID_SAME =
  'followed(?:\\s+suit)?(?=\\s*(?:[.,;]|$|\\s(?:in|on|last|this|later|soon|shortly|quickly|weeks?|months?|days?|years?|a\\s+(?:day|week|month|year))\\b))|(?:did|done)\\s+(?:the\\s+same|likewise|so)';
const SAME_STEP_RE = new RegExp(
  `^\\s*(?:(?:In|On|By|Since)\\s+[^,]{1,30},\\s+)?(?<who>(?:the\\s+)?\\p{Lu}[^,;.:]{0,80}?)\\s+(?:(?:has|had|have|also|later|then|soon|quickly|subsequently|swiftly|since)\\s+){0,2}(?:${FOLLOWED_OR_DID_SAME}|(?:took|taken|made)\\s+(?:the\\s+same|a\\s+similar|similar)\\s+(?:step|action|decision|measure|move)s?)\\b`,
  'u',
);

/** The listing before, repeated by the authorities a sentence names ("Canada followed suit"). */
function sameStepClaims(s: string, passageOffset: number, state: PassageState): Found[] {
  const claim = state.claim;
  const entity = claim?.entity ?? state.v;
  // The step repeated is the listing just reported, in this sentence's paragraph or the one before.
  if (!claim || !entity || passageOffset - (state.lastClaimEnd ?? -Infinity) > SAME_STEP_REACH) return [];
  const m = SAME_STEP_RE.exec(s);
  if (!m) return [];
  const who = m.groups!.who;
  // Only authorities, joined by commas or "and": "Paraguay and Ecuador", "the UK, Canada and Australia".
  const designators = onlyAuthorities(who);
  if (designators.length === 0) return [];
  const start = m.index + m[0].indexOf(who);
  const end = m.index + m[0].length;
  return [
    {
      entity: { ...entity, start, end },
      start,
      end,
      label: claim.label,
      status: claim.status,
      designators,
    },
  ];
}

// "…, and Kyrgyzstan followed in September": after a claim in the same sentence.
const SAME_STEP_AFTER_RE = new RegExp(
  `^[^.;]{0,60}?(?:,\\s*|;\\s*|\\s)(?:and\\s+|while\\s+|before\\s+)(?<who>(?:the\\s+)?\\p{Lu}[^,;.:]{0,60}?)\\s+(?:(?:has|had|have|also|later|then|soon|quickly|subsequently|swiftly)\\s+){0,2}(?:${FOLLOWED_OR_DID_SAME}|(?:took|taken)\\s+(?:the\\s+same|a\\s+similar)\\s+(?:step|action|decision|measure|move))\\b`,
  'u',
);

/** The last claim of a sentence, repeated by authorities a clause after it names. */
function withSameStepAfter(s: string, found: Found[]): Found[] {
  const last = found.at(-1);
  if (!last || last.aside || !SAME_STEP_GATE_RE.test(s)) return found;
  const m = SAME_STEP_AFTER_RE.exec(s.slice(last.end));
  if (!m) return found;
  const who = m.groups!.who;
  const designators = onlyAuthorities(who);
  if (designators.length === 0) return found;
  const start = last.end + m.index + m[0].indexOf(who);
  const end = last.end + m.index + m[0].length;
  return [...found, { ...last, entity: { ...last.entity, start, end }, start, end, designators }];
}

/** The authorities a subject names, when it names nothing else ("Paraguay and Ecuador"). */
function onlyAuthorities(who: string): string[] {
  const mentions = authoritiesIn(who);
  let rest = who;
  for (const a of [...mentions].reverse()) rest = rest.slice(0, a.start) + rest.slice(a.end);
  return mentions.length > 0 && /^(?:\s|,|and|the|also|both)*$/i.test(rest) ? authorityNames(who) : [];
}

/** The members a sentence without a cue names after a claim (see followsClaim), if any. */
function followOn(s: string, passageOffset: number, ctx: PassageContext, state: PassageState): Found[] {
  if (!followsClaim(s, passageOffset, state)) return [];
  return enumeratedClaims(
    s,
    () => namesIn(s),
    [],
    true,
    state,
    () => passageDesignators(ctx, passageOffset, []),
  );
}

// "its first SDGT designation", "their terrorist listing": a possessive and a labelled noun.
const ITS_LABELLED_NOUN_RE =
  /\b(its|their|the\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network|country|nation|state)['’]s?)\s+(?:(?:first|previous|original|initial|earlier|existing|current|latest|new)\s+)?(?:[\p{L}()'-]+\s+){0,4}$/iu;

// "a list of 12 organisations that it says are banned as terrorist", "an updated list of 67
// organisations that have been declared terrorist groups": the counted set the list holds.
const LIST_OF_SET_RE = new RegExp(
  `\\blist\\s+of\\s+(${COUNTED_SET_PHRASE})\\s+(?:(?:that|which)\\s+(?:[^,.;]{0,30}?\\s)?(?:are|were|have\\s+been|had\\s+been|is)\\s+)?(?:officially\\s+|formally\\s+|now\\s+)?(?:banned|declared|designated|listed|proscribed|recogni[sz]ed|outlawed|classified)\\b(?=[^.;]{0,80}?terror)`,
  'iu',
);
// "released a list of 84 proscribed organisations" (in a passage on terror listings): the set
// the list names is listed.
const LIST_OF_LISTED_SET_RE = new RegExp(
  `\\blist\\s+of\\s+((?:(?:more\\s+than|over|some|about|around|nearly)\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\s+(?:[\\p{L}-]+\\s+)?(?:proscribed|banned|outlawed|blacklisted|designated)\\s+(?:[\\p{L}-]+,?\\s+){0,2}?(?:organi[sz]ations|groups|outfits|entities))(?![\\p{L}])`,
  'iu',
);
// "N entities on X's terrorist list", "around N groups and individuals on its terror list",
// "N terrorist groups in X's list", "joins N other armed groups on the list of FTOs",
// "Seventy-one such organisations are now on the list of terrorist organisations".
const COUNTED_SET_RE =
  /(?<![\p{L}\d])((?:(?:about|around|some|nearly|over|more\s+than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-(?:one|two|three|four|five|six|seven|eight|nine))\s+(?:other\s+|such\s+)?(?:[\p{L}-]+\s+){0,2}?(?:groups|organi[sz]ations|entities)(?:\s+and\s+(?:individuals|persons|people|entities|groups|organi[sz]ations))?)\s+(?:(?:are|were)\s+(?:now\s+|currently\s+|still\s+)?)?(?:on|in)\s+(?:the\s+|its\s+)?(?:[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}['’]s\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:terror(?:ist|ism)?\s+)(?:[\p{Ll}-]+\s+){0,2}?list\b|(?<=terror(?:ist|ism)?\s+(?:groups|organi[sz]ations|entities)\s+(?:are\s+)?(?:on|in)\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s\s+)?)list\b|(?<=\bjoin(?:s|ed|ing)?\s+[^.;]{5,60})(?:same\s+|that\s+)list\b|list\s+of\s+(?:designated\s+|foreign\s+|banned\s+|proscribed\s+)?(?:FTOs|SDGTs|(?:Foreign\s+)?[Tt]errorist\s+(?:[Oo]rgani[sz]ations|groups|entities)|(?:banned|proscribed)\s+(?:organi[sz]ations|groups|outfits)))\b/u;

const initialsMemo = new WeakMap<NameSpan, string>();

/** Initials of a name span, computed once per span (long passages ask for them often). */
function initialsOf(n: NameSpan): string {
  let v = initialsMemo.get(n);
  if (v === undefined) {
    v = initials(n.text);
    initialsMemo.set(n, v);
  }
  return v;
}

function initials(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el|ul|ut|ud|ad|as|ash|e)-/i, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether a sentence may hold a name that `fullName` would take for `entity`: for an acronym,
 * its letters as capitals in order ("HTS" in "Hayat Tahrir al-Sham"); otherwise the entity itself.
 */
function mayNameInFull(entity: string): (sentence: string) => boolean {
  if (MIXED_ACRONYM_RE.test(entity)) {
    const first = entity[0];
    return (sentence) => sentence.includes(entity) || sentence.includes(`${first}`);
  }
  if (!ACRONYM_RE.test(entity)) return (sentence) => sentence.includes(entity);
  const letters = entity.replace(/-/g, '');
  return (sentence) => {
    let at = -1;
    for (const letter of letters) {
      at = sentence.indexOf(letter, at + 1);
      if (at < 0) return false;
    }
    return true;
  };
}

const ACRONYM_RE = /^[A-Z][A-Z-]{1,9}$/;
/** An acronym of a hyphenated name that keeps its particles: "LeT", "JeM", "HuJI", "JuD". */
const MIXED_ACRONYM_RE = /^[A-Z][a-z][A-Z][A-Za-z]{0,3}$/;

/**
 * The group's name as the passage writes it in full (docs/CLAIMS.md): a bare acronym or a
 * short form becomes the full name found near it ("HTS" → "Hayat Tahrir al-Sham (HTS)").
 */
function fullName(entity: string, nearby: NameSpan[]): string {
  // "LeT" → "Lashkar-e-Taiba", "JeM" → "Jaish-e-Mohammed": the parts of a hyphenated name.
  if (MIXED_ACRONYM_RE.test(entity)) {
    const spelled = nearby
      .map((n) => n.text.replace(/^The\s+/, ''))
      .find(
        (text) =>
          text !== entity &&
          text
            .replace(/\s*\([^)]*\)$/, '')
            .split(/[\s-]+/)
            .map((w) => w[0])
            .join('') === entity,
      );
    return spelled ?? entity;
  }
  if (ACRONYM_RE.test(entity)) {
    const written = nearby.find((n) => n.text.endsWith(`(${entity})`) && n.text.length > entity.length + 3);
    if (written) {
      // "Fighters of the Eastern Liberation Front (ELF)": keep the part the acronym spells.
      const words = written.text.split(/\s+/);
      for (let i = words.length - 2; i >= 0; i--) {
        const tail = words.slice(i).join(' ');
        if (initials(tail) === entity.replace(/-/g, '') && /^\p{Lu}/u.test(tail)) return tail;
      }
      return written.text;
    }
    const letters = entity.replace(/-/g, '');
    const spelled = nearby.find(
      (n) =>
        n.text !== entity &&
        n.text.length > letters.length &&
        (initialsOf(n) === letters || (/^The\s/.test(n.text) && initials(n.text.slice(4)) === letters)),
    );
    // The passage never joins the two ("… Guard Corps" here, "the IRGC" there): keep both, so
    // the claim names the group in full and still carries the acronym this mention uses.
    // ("… Eelam (LTTE, also known as …)" holds the acronym already.)
    if (spelled && spelled.text.includes(`(${entity},`)) return spelled.text;
    if (spelled) return `${spelled.text.replace(/^The\s+(?!\p{Lu}\p{Ll}*$)/u, '')} (${entity})`;
    return entity;
  }
  // "Azhar" → "Masood Azhar": a longer name in the passage that ends with this one.
  // ("The Hamas" is no longer name: only the article.)
  const longer = nearby.find(
    (n) =>
      n.text !== entity &&
      n.text !== `The ${entity}` &&
      (n.text.endsWith(` ${entity}`) || (n.text.startsWith(`${entity} (`) && !WIRE_AGENCY_RE.test(n.text))),
  );
  return longer ? longer.text : entity;
}

/** Labels only the United States gives (its FTO, SDGT and Terrorist Exclusion lists). */
const US_ONLY_LABEL_RE =
  /Foreign\s+Terrorist\s+Organi[sz]ations?|\bFTOs?\b|\bSDGTs?\b|Specially\s+Designated\s+Global\s+Terrorists?|Terrorist\s+Exclusion\s+List/i;
/** A US-only label word right before a claim's quote: "The FTO |designation of …". */
const US_ONLY_LEAD_RE = /\b(?:FTO|SDGT)\s+$/;
/** The designators a sentence's claim carries into the passage's claims. */
function hitDesignators(f: Found, quote: string, lead: string, ctx: PassageContext): string[] {
  const usOnlyLabel = US_ONLY_LABEL_RE.test(f.label);
  // "the Houthis' FTO designation", "Cuba's terrorism sponsor designation": a label word in the
  // quote names the keeper as well as the label does; so does one right before it ("The FTO
  // designation of the Houthis").
  if (
    f.designators.length === 0 &&
    (usOnlyLabel || US_ONLY_QUOTE_RE.test(quote) || US_ONLY_LEAD_RE.test(lead))
  )
    return ['United States'];
  // A US-only label with other states and no by-phrase: the states are places ("an offshoot
  // active along the Pakistan-Iran border, has also been designated a Foreign Terrorist Organization").
  // ("Germany categorizes the PKK as a foreign terrorist organization": in lower case the
  // words are generic, and the state named is the one that lists.)
  if (
    usOnlyLabel &&
    !f.designators.includes('United States') &&
    !/\bby\s/.test(quote) &&
    !/^foreign\s+terrorist\s+organi[sz]ations?$/.test(f.label)
  )
    return ['United States'];
  // "The interior ministry … placed 10 more organisations on the list of proscribed outfits" in
  // a report from Lahore: the ministry is its own state's.
  if (f.designators.length === 0) return ctx.unnamedNationalDesignator();
  return expandBlocs(f.designators);
}

/** A state's own bodies, named without the state. */
const NATIONAL_BODY_RE =
  /\b(?:[Ii]nterior|[Hh]ome)\s+[Mm]inistry|\b[Mm]inistry\s+of\s+(?:[Ii]nterior|[Hh]ome\s+[Aa]ffairs)|\bNACTA\b|\bNacta\b|National\s+Counter\s+Terrorism\s+Authority|National\s+Investigation\s+Agency/;

/** The state sponsor list in any wording: its entities are states. */
const SPONSOR_RE = /sponsor|terror(?:ist)?\s+state/i;

/** The same lists named in a quote ("its FTO designation"), and the state sponsor list. */
const US_ONLY_QUOTE_RE = new RegExp(
  `${US_ONLY_LABEL_RE.source}|state\\s+sponsors?\\s+of\\s+terror|terror(?:ism|ist)?\\s+sponsor`,
  'i',
);

const ALONGSIDE_RE = new RegExp(
  `^\\s*,?\\s*(?:alongside|along\\s+with|together\\s+with|joining)\\s+(?:(?:the\\s+)?(?<set>${COUNTED_SET_PHRASE}|(?:dozens|scores|hundreds)\\s+of\\s+others)\\s*(?:[-–—:,]\\s*)?)?(?:the\\s+)?`,
  'iu',
);

// A capital named for its state: "rescind Khartoum's placement on the list".
const CAPITAL_STATE: Record<string, string> = {
  Khartoum: 'Sudan',
  Tehran: 'Iran',
  Damascus: 'Syria',
  Havana: 'Cuba',
  Pyongyang: 'North Korea',
  Tripoli: 'Libya',
  Baghdad: 'Iraq',
  Caracas: 'Venezuela',
};

// "The direct action group has now been proscribed", "MPs voted to proscribe the group": a
// description or a pronoun in a designating role, before the passage names the group.
const DESCRIBED_CLAIM_RE =
  /\b(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia)|it|they)\s+(?:[\p{L}-]+\s+){0,4}?(?:proscri|designat|banned|listed|outlawed|blacklisted)|\b(?:proscrib\w*|designat\w*|ban(?:s|ned|ning)?|list\w*|outlaw\w*|blacklist\w*)\s+(?:(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia)|it|them)\b/iu;

// "DOHA, Qatar (AP) — ", "(CNN) — ", "March 4 (UPI) — ", "ISLAMABAD (Reuters) - ": a wire
// dateline says where and by whom the story was filed; the sentence starts after it.
const WIRE_DATELINE_RE =
  /^\s*(?:\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*,\s+[\p{L}. ]{2,30}?\s*(?:\([^()]{2,30}\)\s*)?|(?:\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|ANI|PTI|IANS|CNN|Bernama|Anadolu|IRNA|TASS|Yonhap|Kyodo|APP|KUNA|WAM|SPA|MENA|Sputnik)\)\s*)(?:[—–:]|-(?=\s))\s*/u;

/** Sentences with a leading wire dateline cut off. */
function withoutDatelines(t: string, sentences: Span[]): Span[] {
  return sentences.map((sp) => {
    const c = t.charCodeAt(sp.start);
    // Every dateline opens with a capital or a parenthesis.
    if (!((c >= 65 && c <= 90) || c === 40)) return sp;
    const d = WIRE_DATELINE_RE.exec(t.slice(sp.start, Math.min(sp.end, sp.start + 80)));
    return d && sp.start + d[0].length < sp.end ? { ...sp, start: sp.start + d[0].length } : sp;
  });
}

export function designationsInPassage(t: string, allSentences: Span[]): DesignationHit[] {
  if (!cued(t)) return [];
  const sentences = withoutDatelines(t, allSentences);
  const ctx = new PassageContext(t, sentences);
  const footnoted = footnoteClaims(t);
  const hits = withHomeTitlesResolved(
    t,
    ctx,
    withFootnoteClaims(passageHits(t, sentences, ctx, null), footnoted),
  );
  // The entity is the group's proper name in the passage even where a sentence before the
  // name only describes it: a second pass resolves those to the group the passage names first.
  // Only as far back as a designator is looked for: a long page holds many stories.
  const describedFrom = hits.length > 0 ? Math.max(0, hits[0].start - CONTEXT_BEFORE) : 0;
  if (hits.length > 0 && DESCRIBED_CLAIM_RE.test(t.slice(describedFrom, hits[0].start))) {
    const first = hits[0];
    const seed = { start: first.start, end: first.end, text: first.entity };
    // The description shares the named claim's authority when it names none of its own.
    const early = passageHits(t, sentences, ctx, seed, describedFrom)
      .filter((h) => h.end <= first.start)
      .map((h) => (h.designators.length > 0 ? h : { ...h, designators: first.designators }));
    return [...early, ...hits];
  }
  return hits;
}

// "the designation of al-Nusrah Front, also known as Hayat Tahrir al-Sham": the other name.
// (Not a bare "known as FARC": an acronym's gloss.)
const KNOWN_AS_AFTER_RE = /^["”’]?,?\s+(?:also|now|better)\s+known\s+as\s+["“‘]?/;

/**
 * The name a listed group goes by in the passage, when the claim names it by another that the
 * passage only gives with "also known as": "revoked the designation of al-Nusrah Front, also known
 * as Hayat Tahrir al-Sham" in a story that otherwise says HTS or Hayat Tahrir al-Sham
 * (docs/CLAIMS.md: a former name given only as such stands for the group's name).
 */
function knownAsInPassage(
  t: string,
  entityEnd: number,
  name: string,
  ctx: PassageContext,
): string | undefined {
  const link = KNOWN_AS_AFTER_RE.exec(t.slice(entityEnd, entityEnd + 24));
  if (!link) return undefined;
  const at = entityEnd + link[0].length;
  const other = ctx.namesIn(at, at).find((n) => n.start === at);
  if (!other || /^[A-Z-]+$/.test(other.text)) return undefined;
  // The name the claim uses appears nowhere but before "also known as".
  const own = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ownElsewhere = new RegExp(`${own}(?!["”’]?,?\\s+(?:(?:also|now|better)\\s+)?known\\s+as)`, 'g');
  if (ownElsewhere.test(t)) return undefined;
  // The other name, by its longest word or its acronym, appears outside the "known as" phrases.
  const word = other.text
    .split(/[\s-]+/)
    .sort((a, b) => b.length - a.length)[0]
    .replace(/[^\p{L}]/gu, '');
  // ("Sunrise Front Solidarity" also known as Sunrise: a short form of the same name.)
  if (word.length < 4 || name.includes(word)) return undefined;
  const uses = t.split(word).length - 1;
  const asAlias = (t.match(new RegExp(`known\\s+as\\s+["“‘]?[^.;,]{0,40}?${word}`, 'g')) ?? []).length;
  const acronym = /\(([A-Z]{2,6})\)/.exec(other.text)?.[1] ?? initials(other.text.replace(/^the\s+/i, ''));
  const acronymUsed = acronym.length >= 2 && new RegExp(`\\b${acronym}\\b`).test(t);
  // ("Hay'at Tahrir al-Sham (and other aliases)": a parenthesis that is no acronym is no part of it.)
  return uses > asAlias || acronymUsed ? other.text.replace(/\s*\((?![A-Z]{2,6}\))[^()]*\)$/, '') : undefined;
}

// "the Lebanese, Jordanian, and Egyptian chapters of the Muslim Brotherhood", "the Muslim
// Brotherhood's Egyptian and Jordanian chapters": each chapter is listed, named by its place.
const PLACE_WORD = '[A-Z][a-z]+(?:ese|ian|an|i|ish)';
const PLACE_LIST = `(?:${PLACE_WORD}(?:,\\s+|,?\\s+and\\s+)){1,6}${PLACE_WORD}`;
const GROUP_WORDS = "[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4}";
const CHAPTERS_OF_RE = new RegExp(
  `\\b(?:the\\s+)?(?<places>${PLACE_LIST})\\s+(?:chapters|branches|affiliates)\\s+of\\s+(?:the\\s+)?(?<group>${GROUP_WORDS})|\\b(?:the\\s+)?(?<owner>${GROUP_WORDS})['’]s\\s+(?<places2>${PLACE_LIST})\\s+(?:chapters|branches|affiliates)\\b`,
  'g',
);

function withChapterNames(s: string, found: Found[]): Found[] {
  if (found.length === 0 || !/chapters|branches|affiliates/.test(s)) return found;
  let out = found;
  CHAPTERS_OF_RE.lastIndex = 0;
  for (let m = CHAPTERS_OF_RE.exec(s); m; m = CHAPTERS_OF_RE.exec(s)) {
    const g = m.groups!;
    const places = g.places ?? g.places2;
    const group = g.group ?? g.owner;
    const spanStart = m.index;
    const spanEnd = m.index + m[0].length;
    const inside = out.filter((f) => f.entity.start >= spanStart && f.entity.end <= spanEnd);
    if (inside.length === 0) continue;
    const base = inside[0];
    const placesAt = m.index + m[0].indexOf(places);
    const members = [...places.matchAll(new RegExp(PLACE_WORD, 'g'))];
    const chapters: Found[] = members.map((p, i) => {
      const start = placesAt + p.index;
      const end = start + p[0].length;
      return {
        ...base,
        entity: { start, end, text: `${p[0]} ${group.replace(/^the\s+/i, '')}` },
        start: i === 0 ? Math.min(base.start, start) : start,
        end: i === members.length - 1 ? Math.max(spanEnd, inside[inside.length - 1].end) : end,
      };
    });
    out = [...out.filter((f) => !inside.includes(f)), ...chapters].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Titles a state shares with other governments: a Bangladeshi "Home Secretary" or "Ministry of Home Affairs". */
const SHARED_TITLES: Array<[string, RegExp]> = [
  ['United Kingdom', /^(?:the\s+)?(?:Home\s+Secretary|Home\s+Office)$/i],
  ['India', /^(?:the\s+)?Ministry\s+of\s+Home\s+Affairs$/i],
];
/** States whose governments have a Home Secretary or Home Ministry of their own. */
const HOME_TITLE_STATES = new Set([
  'Bangladesh',
  'Pakistan',
  'India',
  'Sri Lanka',
  'Nepal',
  'Malaysia',
  'Singapore',
]);

/**
 * "Home Secretary Abdus Sobhan Sikder said …" in a report from Dhaka: where a state is named only
 * by such a title, and the passage is another home-title state's (its places, or its name at least
 * twice), the title is that state's.
 */
function withHomeTitlesResolved(t: string, ctx: PassageContext, hits: DesignationHit[]): DesignationHit[] {
  if (!/Home\s+(?:Secretary|Office|Affairs)/.test(t)) return hits;
  let out = hits;
  // The passage's mentions and places are read once, for whichever titles need them.
  let mentions: readonly AuthorityMention[] | undefined;
  let locale: string | undefined | null = null;
  for (const [state, title] of SHARED_TITLES) {
    if (!out.some((h) => h.designators.includes(state))) continue;
    mentions ??= authoritiesIn(t);
    // "Britain", "London", "UK"; "India", "New Delhi": the state named otherwise keeps the title.
    if (mentions.some((m) => m.name === state && !title.test(m.text))) continue;
    const tally = new Map<string, number>();
    for (const m of mentions)
      if (m.name !== state && HOME_TITLE_STATES.has(m.name)) tally.set(m.name, (tally.get(m.name) ?? 0) + 1);
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    if (locale === null) locale = localeOf(ctx.places());
    const home =
      locale !== undefined && locale !== state
        ? locale
        : ranked.length > 0 && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0)
          ? ranked[0][0]
          : undefined;
    if (!home) continue;
    out = out.map((h) =>
      h.designators.includes(state)
        ? { ...h, designators: [...new Set(h.designators.map((d) => (d === state ? home : d)))] }
        : h,
    );
  }
  return out;
}

/** The footnotes' claims in text order, in place of any sentence claim that runs into a footnote. */
function withFootnoteClaims(hits: DesignationHit[], footnoted: DesignationHit[]): DesignationHit[] {
  if (footnoted.length === 0) return hits;
  const kept = hits.filter((h) => !footnoted.some((f) => h.start < f.end && f.start < h.end));
  return [...kept, ...footnoted].sort((a, b) => a.start - b.start);
}

/**
 * A middle member of a semicolon list, and its last: "; MS-13;", "; and the Sinaloa Cartel".
 * A middle member is a name (lower-case only its particles), maybe with an aside after a comma.
 */
const SEMICOLON_MEMBER_RE =
  /^\s*(?:the\s+)?[\p{Lu}\d][\p{L}\d'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’-]*|de|del|della|di|du|al|el|of|the|and|for|bin|ul|la|wa|\([^()]{1,60}\)))*\s*(?:,[^.]{1,60})?$/u;
const SEMICOLON_LAST_MEMBER_RE = /^\s*(?:(?:and|or)\s+)?(?:the\s+)?[\p{Lu}\d]/u;
/** The first member's end before the first semicolon: a capitalised word or a closing bracket. */
const SEMICOLON_FIRST_MEMBER_RE = /(?:\b[\p{Lu}\d][\p{L}\d-]*|\))\s*$/u;

/**
 * The sentence as the rules read it: the semicolons of a list of names ("A (TdA); B, also
 * known as MS-13; and the C") read as commas, as the rules take a semicolon for the end of a
 * clause. The same length, so offsets hold.
 */
function withListSemicolonsAsCommas(s: string): string {
  if (!s.includes(';')) return s;
  const parts = s.split(';');
  if (parts.length < 3 || !SEMICOLON_FIRST_MEMBER_RE.test(parts[0])) return s;
  const middle = parts.slice(1, -1);
  if (
    !middle.every((p) => SEMICOLON_MEMBER_RE.test(p)) ||
    !SEMICOLON_LAST_MEMBER_RE.test(parts[parts.length - 1])
  )
    return s;
  return parts.join(',');
}

function passageHits(
  t: string,
  sentences: Span[],
  ctx: PassageContext,
  seed: NameSpan | null,
  from = 0,
): DesignationHit[] {
  const hits: DesignationHit[] = [];
  const lastEntity: PassageState & { recent: RecentGroup[] } = {
    v: seed,
    seeded: seed !== null,
    recent: [],
  };
  let lastEnd = -1;
  for (const sent of sentences) {
    if (seed && sent.start >= seed.start) break;
    if (sent.end <= from) continue;
    const s = withListSemicolonsAsCommas(t.slice(sent.start, sent.end));
    for (const f of withSameStepAfter(
      s,
      withChapterNames(s, sentenceDesignations(s, sent.start, ctx, lastEntity)),
    )) {
      const start = sent.start + f.start;
      const end = sent.start + f.end;
      if (start < lastEnd || end <= start) continue;
      lastEnd = end;
      // "The BLA": an acronym after "The" is still an acronym.
      // A name quoted in the text ("the “Georgian Legion”") is the name without its marks.
      const bare = f.entity.text
        .replace(/^["“”]+|["“”]+$/g, '')
        .replace(/^The\s+(?=[A-Z][A-Z-]{1,9}$|[A-Z][a-z][A-Z][A-Za-z]{0,3}$)/, '');
      const entityText =
        knownAsInPassage(t, sent.start + f.entity.end, bare, ctx) ??
        (/\s/.test(bare)
          ? bare
          : fullName(bare, ctx.namesIn(start - 5000, start + 2000, mayNameInFull(bare))));
      // "Kyrgyzstan's General Prosecutor's Office has published a list": an office of state
      // publishes or lists; it is never the listed group.
      if (INSTITUTION_RE.test(entityText)) continue;
      // A state is listed only as a sponsor of terrorism: "three other groups in Italy and
      // Greece" names where the groups are, not two listed states.
      if (
        isStateOnly(entityText) &&
        !SPONSOR_RE.test(`${f.label} ${t.slice(start, end)}`) &&
        !ctx.aboutSponsors()
      )
        continue;
      const named = CAPITAL_STATE[entityText] ?? entityText;
      if (!lastEntity.recent.some((r) => r.text === named))
        lastEntity.recent.push({ start, end, text: named, sentence: sent.start });
      if (!f.aside) {
        lastEntity.claim = f;
        lastEntity.lastClaimEnd = end;
      }
      // Only a listing of a set is followed by its members: "… designated four groups. The groups are …".
      if (SET_NUMBER_WORD_RE.test(f.entity.text) && SET_ENTITY_RE.test(f.entity.text)) {
        lastEntity.claimEnd = end;
        lastEntity.setClaim = f;
      }
      hits.push({
        kind: 'designation',
        start,
        end,
        // Only acronyms and one-word short forms need the passage's full name; a capital
        // listed as a state sponsor is its state.
        entity: CAPITAL_STATE[entityText] ?? entityText,
        // "designated a Foreign Terrorist Organization": the US's own lists name their keeper.
        designators: hitDesignators(f, t.slice(start, end), t.slice(Math.max(0, start - 12), start), ctx),
        label: readableLabel(f.label, f.status),
        status: f.status,
      });
    }
  }
  return hits;
}
