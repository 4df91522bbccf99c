/**
 * Proper names in designation sentences: the name spans a claim's entity is taken from
 * (namesIn), the coordinated members of an object phrase, a group named again in full or by its
 * acronym, and an acronym's full name as the passage writes it. The bottom layer of the
 * designation rules (designation.ts is the entry point).
 */
import { authoritiesIn, isListingAuthority, isStateOnly } from './designators';
import { isWidelyListed } from './designation-cue';
import { BACKER_WORDS } from './lexicon';
import { MONTH, WEEKDAY } from './calendar';
import { namesJoinedByInnerAnd } from './designation-lists';

// "Hamas Designated in March", "designated in October": a time, not part of the name.
const TRAILING_TIME_RE = new RegExp(`\\s+(?:in|of|for|on)\\s+(?:${MONTH}|${WEEKDAY})$`);

// A proper name: capitalised words with the lower-case particles Arabic names carry.
// Places whose names hold "and" stay one word of a name ("Jammu and Kashmir Ghaznavi Force"),
// as do ETA's "Basque Fatherland and Liberty" and "the Islamic State of Iraq and Syria" (or "…
// and the Levant"), which a list would otherwise split in two.
const AND_PLACES =
  '(?:Islamic\\s+State\\s+(?:of|in)\\s+Iraq\\s+and\\s+(?:the\\s+)?(?:Syria|Levant|al-Sham|Sham)|Fatherland\\s+and\\s+Liberty|Jammu\\s+and\\s+Kashmir|Trinidad\\s+and\\s+Tobago|Bosnia\\s+and\\s+Herzegovina|Antigua\\s+and\\s+Barbuda|Turks\\s+and\\s+Caicos|Sao\\s+Tome\\s+and\\s+Principe)';
// "Al shabab", "al qaeda": a widely known name some copy writes in lower case after "Al"; "bin
// Laden" in lower case after its first mention.
const LOWER_CASE_GROUP = "[Aa]l[\\s-](?:shabaa?b|qa['’]?e?i?da|nusra)\\b";
const CAPWORD =
  `(?:${AND_PLACES}|${LOWER_CASE_GROUP}|` +
  "(?:\\p{Lu}[\\p{L}\\p{N}'.]*(?:-(?:\\p{L}[\\p{L}\\p{N}'.]*|\\d+\\b))*|(?:al|el|ul|ut|ud|e|bin|ibn|wal|ad|as|ash)-\\p{L}[\\p{L}']*(?:-\\p{L}[\\p{L}']*)*|(?:bin|ibn)\\s+\\p{Lu}[\\p{L}\\p{N}'.]*))";
// The ASCII lookaround first: most positions fail on it before a Unicode-property class is
// read (the same matches in half the time); the exact lookbehind follows.
// A name may carry its parenthesis ("Islamic State (IS)", "(banned in Russia)"), but not a
// clause of listing that describes it ("Hezbollah (which is listed as …)").
// "Group 24", "Unit 8200", "Combat 18": a unit's number ends its name (not a count of years or
// people after it).
const UNIT_NUMBER =
  '(?:(?<=\\b(?:Group|Unit|Division|Brigade|Battalion|Regiment|Squad|Cell|Force|Front|Combat|Column|Barrio|Calle))\\s+\\d{1,4}(?!\\d|[,.]\\d|\\s*(?:years?|months?|days?|weeks?|percent|per\\s+cent|%|members|fighters|people)\\b))?';
const PERSON_IN_PLACE_RE = /^(\S.*?\s(?:bin|ibn|bint)\s+\p{Lu}[\p{L}'’-]*)\s+in\s/u;
// "The United Thawheed (Thowheedh) Jamma'ath": a spelling in brackets inside a name is part of it.
const NAME_RE = new RegExp(
  `(?<![a-zA-Z\\d-])(?=["A-Zaeubiw]|[^\\x00-\\x7f])(?<![\\p{L}\\p{N}-])(?:"${CAPWORD}(?:\\s+${CAPWORD}){0,4}"|${CAPWORD}(?:(?:\\s+(?:(?:of|for|the|in|de|la|los|las|del|della|di|du|des|da|do|y|al|ut|ul|ud|e|bin|ibn|bint|wal|wa|fil|&)\\s+){0,2}|\\s+-\\s+|\\s+\\(\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\)\\s+)${CAPWORD}){0,8}${UNIT_NUMBER}(?:\\s*\\((?!(?:which|who|that|both|all|listed|designated|considered|classified|labell?ed|blacklisted|proscribed)\\s)[^()]{1,90}\\))?)`,
  'gu',
);
const NOT_NAME =
  /^(?:The|A|An|On|In|At|By|For|After|But|And|Or|Meanwhile|However|Also|It|Its|This|That|These|Those|He|She|They|We|His|Her|Their|Our|Mr|Ms|Mrs|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Foreign|Specially|Global|Terrorist|Terrorists|Organi[sz]ations?|Entity|Entities|Sanctions|State|Sponsors?|Department|Secretary|Minister|Government|Parliament|Council|Court|Committee|Treasury|President|Prime|Home|Office|List|Act|Order|Criminal|Code|Division|Islamist|Islamic|Group|Groups|MPs|Under|Today|Yesterday|Last|Next|Earlier|Later|Now|Officials|Police|Reuters|AFP|AP|Once|Certain|When|While|If|Since|Following|According|Terrorism|Regulations|Designated|Designation|Designations|Listing|Proscription|Blacklisting|Gazette|Governor-General|Labour|Liberals|Conservatives|READ|MORE|Read|More|Executive|Embassy|Nine|Ten|Two|Three|Four|Five|Six|Seven|Eight|One|Several|Many|Some|All|Both|Each|Every|Not|No|Yes|Its|Such|Other|Another|Then|There|Here|What|Which|Who|Why|How|Where|Hamas-run|Thus|Accordingly|Subsequently|Similarly|Likewise|Currently|Consequently|Hence|Therefore|Moreover|Furthermore|Additionally|Separately|Previously|Recently|Nonetheless|Nevertheless|Instead|Overall|Finally|Current|Consequences|Section|Article|Schedule|Details|Chapter|Clause|Paragraph|Resolution|Amendment|With|Without|From|Of|To|Over|Against|Within|Through|During|Despite|Amid|Among|Before|Until|Unlike|Like|As|Alongside|Part|Out|Govt|Government's|Countries|Nations|Governments|Authorities|States|Fresh|Latest|Renewed|Further|Additional|Breaking|Though|Although|Still|Yet|Even|Whether|Can|Could|Should|Would|Does|Did|Do|Must|Shall)$/;
/** "Historically", "Initially", "Reportedly": an adverb opening a sentence (not "Italy", "Connolly"). */
const SENTENCE_ADVERB_RE = /^\p{Lu}\p{Ll}+(?:al|ous|ive|ent|ant|ate|ful|ed|ing|less|ual|ic|ar)ly$/u;
// Names made only of label words are the label, not the entity: "Foreign Terrorist Organization (FTO)".
const LABEL_WORDS =
  /^(?:(?:Foreign|Specially|Specified|Designated|Nationals|Blocked|Persons|Global|Terrorist|Terrorists|Terror|Organi[sz]ations?|Entity|Entities|State|States|Sponsors?|of|Terrorism|List|Sanctions|Act|Criminal|Code|Division|FTOs?|SDGTs?|SDN|the|and|Group|Groups|\(\w+\))\s*)+$/;

// Nationality, region and creed adjectives: a name made only of them describes what follows.
export const DESCRIBING_ONLY_RE =
  /^(?:(?:Afghan|African|American|Arab|Asian|Australian|Basque|Belgian|British|Canadian|Chinese|Colombian|Communist|Dutch|Egyptian|European|French|German|Greek|Indian|Iranian|Iraqi|Irish|Islamic|Islamist|Israeli|Italian|Japanese|Jewish|Jihadist|Jordanian|Kurdish|Lebanese|Libyan|Malian|Marxist|Mexican|Nigerian|Pakistani|Palestinian|Russian|Salafist|Saudi|Shia|Shiite|Shi'ite|Somali|Spanish|Sudanese|Sunni|Syrian|Turkish|Ukrainian|Venezuelan|Western|White|Yemeni|Emirati|Qatari|Bahraini|Kuwaiti|Philippine|Filipino|Kazakh|Uzbek|Hungarian|Argentine|Moldovan|Belarusian|Chechen|Balochi?|Pashtun|Sikh|Hindu|Tamil|Uyghur|Turkmen|Libyan|Tunisian|Algerian|Moroccan|Mauritanian|Nigerien|Burkinabe|Chadian|Kenyan|Ugandan|Ethiopian|Eritrean|Bangladeshi|Afghani?|Tajik|Kyrgyz|Azerbaijani|Armenian|Georgian|Latin|Central|South|North|East|West|Middle|Eastern|Southern|Northern|Caribbean|Brazilian|Peruvian|Ecuadorian|Haitian|Salvadoran|Honduran|Guatemalan|Nicaraguan|Cuban|Chilean|Bolivian|Paraguayan|Indonesian|Malaysian|Thai|Burmese|Kashmiri|Bengali|Nepali|Uighur|Rohingya|Fulani|Tuareg|Congolese|Mozambican|Cameroonian|Malian|Burkinabe|Nigerien|Chadian)\s*)+$/;

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

/** "the Iran-backed …", "the Manzoor Pashteen-led …": who backs or leads what the name names. */
const BACKER_PREFIX_RE = new RegExp(`^.*?-(?:${BACKER_WORDS.join('|')})\\s+`, 'u');

const PERSON_TITLE_PREFIX_RE =
  /^((?:\p{Lu}[\p{L}-]+\s+){1,2})?(?:President|Minister|Secretary(?:-General)?|Director-General|Chancellor|Governor|Commander|Leader|Chief|Emir|Spokes(?:man|woman|person))\s+(?=\p{Lu}[\p{Ll}])/u;
const OFFICE_WORDS_RE =
  /^(?:(?:Interior|Foreign|Defen[cs]e|Prime|Deputy|Vice|Finance|Justice|Home|Acting|Interim|Transitional|Former|Army|Military|Security)\s*)+$/;

const LISTING_COMPOUND_PREFIX_RE =
  /^(?:The\s+)?[\p{L}.]+-(?:designated|proscribed|blacklisted|banned|sanctioned|listed)\s+(?=\p{Lu}|(?:al|el)-\p{L})/u;
const CAPITALISED_LABEL_PREFIX_RE =
  /^(?:Foreign\s+Terrorist\s+Organi[sz]ation|Specially\s+Designated\s+Global\s+Terrorist|Terrorist\s+(?:Group|Organi[sz]ation|Entity))\s+(?=\p{Lu}|(?:al|el)-\p{L})/u;

const DATELINE_RE = /^\p{Lu}{4,}(?:[\s-]\p{Lu}{2,})*(?:,\s+[\p{L}. ]{2,20})?\s*(?::|[—–]|-\s|\()/u;

const LISTED_AS_SPONSOR_RE =
  /^\s+(?:as\s+)?(?:an?\s+)?["“‘']?(?:state\s+sponsors?\s+of\s+terror|terrorist\s+state)/i;

// (NOT_NAME already peels "Some", "All", "Two" … and the particles after them.)
const PART_OF_OPENER_RE = /^(?:Most|None|Few|Half|Any)\s+of\s+(?:the\s+|its\s+|their\s+)?(?=\S)/;
const QUOTED_NAME_HEAD_RE =
  /^(?:Legion|Regiment|Battalion|Brigade|Corps|Movement|Group|Party|Front|Army|Organi[sz]ation|Union|Association|Foundation|Society|Centre|Center|Fund)$/;
const SCHEDULE_TAIL_RE = /\s+(?:in|to|into|on)\s+the\s+(?:First|Second|Third|Fourth|Fifth)\s+Schedule\b/;

const LABEL_AFTER_AS_RE =
  /^\s*["'‘“](?:An?\s+|The\s+)?(?:Foreign|Specially|Global|Designated|International|Terror\w*|State|Sponsor)\b/;

export function namesIn(s: string): NameSpan[] {
  const out: NameSpan[] = [];
  NAME_RE.lastIndex = 0;
  const pieces: Array<{ index: number; text: string }> = [];
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    // Title-case headlines run names into verbs and the label's "As": "Canada Lists IRGC as …",
    // "US Designates Hamas As Terrorist Group", "Trump Designating North Korea As A State
    // Sponsor …", "… Deputy Leader As 'Global Terrorist'".
    const re =
      // "MPs Vote to Proscribe Palestine Action": the verb may also open the match, or follow
      // another split word ("UK To Proscribe …").
      // ("Willayath As Seylani": an "As" before no label word is part of the name.)
      /(?:^|\s+|(?<=\s))(?:(?:As|An?)(?=\s+(?:An?\s+|The\s+)?["'‘“]?(?:Foreign|Specially|Global|Designated|International|Proscribed|Banned|Outlawed|Terror\w*|Sanctioned|Extremist|Unlawful|Specified|State|Sponsor|Islamist|Militant|Jihadist)\b)|(?:From|Off|On|To|Under)(?=\s+(?:(?:The|Its|Their|US|UN|EU|UK|U\.S\.|U\.N\.)\s+)?["'‘“]?(?:[A-Z][\w-]*["'’”]?\s+|of\s+){0,4}?(?:List|Blacklist|Register|Act)\b)|Back(?=\s+(?:On|To)\s)|To(?=\s+(?:Proscribe|Ban|Designate|List|Blacklist|Outlaw)\b)|Lists?|Listed|Designates?|Designated|Designating|Listing|Banning|Proscribing|Blacklisting|Removing|Declaring|Bans?|Banned|Proscribes?|Proscribed|Revokes?|Revoked|Removes?|Removed|Adds?|Added|Labels?|Declares?|Declared|Confirms?|Says|Lifts?|Lifted|Lifting|Annuls?|Annulled|Blacklists?|Blacklisted|Names?|Named|Puts?|Places?|Placing|Placed|Returns?|Returned|Restores?|Restored|Reinstates?|Reinstated|Takes?|Took|Keeps?|Kept)\s+/g;
    let last = 0;
    for (let v = re.exec(m[0]); v; v = re.exec(m[0])) {
      pieces.push({ index: m.index + last, text: m[0].slice(last, v.index) });
      last = v.index + v[0].length;
    }
    // "… Deputy Leader As 'Global Terrorist'": an "As" closing the match before a quoted label;
    // "Trump Places Cuba Back on …": so does "Back" before "on" or "to".
    const tail = m[0].slice(last);
    const next = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
    pieces.push({
      index: m.index + last,
      text:
        / As$/.test(tail) && LABEL_AFTER_AS_RE.test(next)
          ? tail.slice(0, -3)
          : / Back$/.test(tail) && /^\s+(?:on|to)\s/.test(next)
            ? tail.slice(0, -5)
            : tail,
    });
  }
  for (const piece of pieces) {
    let text = piece.text;
    let start = piece.index;
    if (text === '') continue;
    // "placed the TLP in the First Schedule": the law's schedule is where the name is put, no part of it.
    const schedule = SCHEDULE_TAIL_RE.exec(text);
    if (schedule) text = text.slice(0, schedule.index);
    // "Osama bin Laden in Pakistan": a person's name ends before where the person was.
    const personIn = text.includes(' in ') ? PERSON_IN_PLACE_RE.exec(text) : null;
    if (personIn) text = personIn[1];
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
      // "Most of the Hizballah officials were already under sanctions": a part of a set opens no name.
      const part = PART_OF_OPENER_RE.exec(text);
      if (part) {
        start += part[0].length;
        text = text.slice(part[0].length);
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
      // "the Three Percenters": after "the", a number word opening a plural name is part of it
      // ("the Three groups" is no name: a lower-case head).
      if (
        /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(w) &&
        /^\p{Lu}\p{Ll}+s$/u.test(text.slice(first[0].length)) &&
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
      // (A quoted answer, ""No."", is no name either.)
      NOT_NAME.test(trimmed.replace(/^["'“‘]/, '')) ||
      // "Historically, HTS was proscribed": a sentence adverb is no name.
      SENTENCE_ADVERB_RE.test(trimmed) ||
      // A listing authority is no listed name, unless it is the state a state names a sponsor of
      // terrorism ("Iran declared the US a "state sponsor of terrorism"").
      (isListingAuthority(trimmed) &&
        !LISTED_AS_SPONSOR_RE.test(s.slice(start + trimmed.length, start + trimmed.length + 60))) ||
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
    // "Hamas's military wing", "Hezbollah's external security branch", "the Sinaloa cartel": the
    // generic head belongs to the name, unless a name follows it ("Lebanese Shia movement Hezbollah" only describes Hezbollah).
    const head =
      /^(?:'s?\s+(?:(?:(?:armed|military|political|youth|student|women's|external(?:\s+security)?)\s+)?wing|external(?:\s+security)?\s+branch)|\s+(?:cartel|gang|militia|network|movement|collective))\b(?!\s+\p{Lu})/u.exec(
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
    // "the Legion “Freedom of Russia”", "the Ukrainian Regiment "Azov"": a group's head noun before
    // its quoted name is part of it.
    if (prev && QUOTED_NAME_HEAD_RE.test(prev.text) && /^\s+["“]?$/.test(s.slice(prev.end, start))) {
      const close = /^["”]/.test(s.slice(start + full.length, start + full.length + 1)) ? 1 : 0;
      if (close === 1 || /["”]$/.test(full)) {
        const end = start + full.length + close;
        out[out.length - 1] = { start: prev.start, end, text: s.slice(prev.start, end) };
        continue;
      }
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

export const MEMBER_LINK_RE =
  // "A and sinister B": one describing word may follow the "and".
  // "A and a splinter group, B", "A and its affiliate B", "A and its splinter faction known as
  // B": a described member.
  // "A and its leader B": the leader listed with the group; "A and B, as well as C".
  // "the Islamic State group, the Nusra Front and …", "the Viv Ansanm coalition and the Gran
  // Grief gang": a generic head may close a member.
  // "…, All India Imams Council": a name's opening "All" is read as a determiner, not a name.
  // "A, al-Qaeda-affiliated group B and neo-Nazi group the C": each member with its description.
  // "President A and Interior Minister B", "A, spokesperson B and …": each person with a title.
  /^(?:\s+(?:group|movement|organi[sz]ation|militia|network|coalition|gang|cartel|alliance|faction|outfit))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+(?:(?![\p{Ll}-]*(?:ed|ing)\s)[\p{Ll}-]{3,}\s+)?|\s+or\s+|,?\s+as\s+well\s+as\s+|,?\s+(?:along|together)\s+with\s+|,?\s+and\s+(?:its|their|his|her)\s+[\p{Ll}\s-]{1,30},\s*|,?\s+and\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:leader|chief|founder|co-founder|commander|head|spokes(?:man|woman|person)|deputy|emir|secretary[\s-]general)\s+|,?\s+and\s+(?:its|their|an?|another)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:group|faction|offshoot|affiliate|wing|branch|outfit|organi[sz]ation|movement|network|militia)\s*,?\s+(?:(?:known|referred\s+to)\s+as\s+|called\s+|named\s+)?|,\s*also\s+known\s+as\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Ll}[\p{L}-]*\s+){1,3}?(?:group|movement|organi[sz]ation|militia|network|outfit)\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:President|Minister|Secretary|Chancellor|Governor|Commander|Leader|Chief|Emir)\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:its|their|the\s+group['’]s)\s+)?(?:(?!(?:his|her)\s)[\p{Ll}-]+\s+){0,2}?(?:leader|chief|founder|co-founder|commander|head|spokes(?:man|woman|person)|deputy|emir|financier|ideologue|operative|facilitator)\s+)(?:the\s+|All\s+)?(?:so-called\s+)?$/u;

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A counted set right before a list of names: "three Italian groups, ", "two entities: ". */
const COUNTED_BEFORE_LIST_RE =
  /\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,3}?(?:groups|organi[sz]ations|entities|individuals|persons|people|outfits|NGOs|charities|companies|cartels)\s*[,:]\s*(?:the\s+)?$/iu;
/** An uncounted set closing a list of names: "A, the B Cartel and other drug cartels". */
export const OTHER_SET =
  'other\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:groups|organi[sz]ations|cartels|gangs|militias|factions|entities|outfits)';
/** "A, B and all bandit clusters": every group of a kind, closing a list of names. */
export const ALL_SET =
  'all\\s+(?:other\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:groups|organi[sz]ations|cartels|gangs|militias|factions|entities|outfits|clusters|cells|affiliates)';
/** A counted or uncounted set after the last name closes the list. */
const CLOSING_SET_RE = new RegExp(
  `^(?:\\s+[\\p{Ll}-]+)?,?\\s+(?:and|or)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|${OTHER_SET}|${ALL_SET})\\b`,
  'u',
);

/** Names in an object phrase, grouped into a coordinated list; the last group is the object. */
export function objectMembers(s: string, from: number, to: number, names: NameSpan[]): NameSpan[] {
  const inside = withoutNamesInRoles(
    s,
    namesJoinedByInnerAnd(
      s,
      names.filter((n) => n.start >= from && n.end <= to),
      to,
    ),
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
        // "… and Kabul province leader Maulaw Rajab": a place and its office before the holder.
        /^\s+(?:(?!(?:and|or|its|their|his|her|the)\s)[\p{Ll}-]+\s+){0,2}?(?:operative|leader|commander|financier|official|chief|founder|co-founder|spokes(?:man|woman|person)|ideologue|emir)\s+$/u.test(
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
      ROLE_APPOSED_GAP_RE.test(gap) ||
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
    // "US adds A, B to list of foreign terrorist groups": a headline's commas join a list that runs
    // straight into its list (an alias is set off by a comma after it too).
    const listAfter = HEADLINE_LIST_AFTER_RE.test(s.slice(last.end, last.end + 60));
    if (g.length > 1 && !joined[i] && !closedLater && !pluralLabel && !countedAll && !listAfter)
      groups[i] = [g[0]];
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

const HEADLINE_LIST_AFTER_RE =
  /^\s+(?:to|on|onto|from|off)\s+(?:(?:its|the|their|a|an)\s+)?[^.;,]{0,40}?(?:black)?lists?\b/i;

/** A wire agency in parentheses closing a dateline's place: "DOHA, Qatar (AP)". */
const WIRE_AGENCY_RE =
  /\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|ANI|PTI|IANS|CNN|Bernama|Anadolu|IRNA|TASS|Yonhap|Kyodo|APP|KUNA|WAM|SPA|MENA|Sputnik|RIA\s+Novosti)\)$/;
// "the Palestinian Islamist group Hamas": a creed may stand between the nationality and the head.
const CREED_GROUP_AFTER_RE =
  /^\s+(?:(?:[\p{Ll}'’-]+|Islamist|Islamic|Jihadist|Salafist|Shiite|Shia|Sunni|Marxist|Maoist|Communist)\s+){0,3}?(?:group|movement|organi[sz]ation|militia|network|outfit|faction)\s+(?=\p{Lu})/u;

/** Whether a sentence names a group again, in full or by the acronym the passage gave it. */
export function namesGroup(s: string, group: string): boolean {
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

// "X, also known as Y or Z": the aliases name X again; they are no further members of the object.
export const ALIAS_GAP_RE =
  /^\s*[,(]?\s*(?:(?:also|otherwise|commonly|popularly|formerly)\s+)?(?:known\s+as|called|dubbed|a\.?k\.?a\.?)\s+(?:the\s+)?$/iu;
const ROLE_AFTER_ALIAS_GAP_RE =
  /^\s*,\s*(?:and\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}?(?:leaders?|commanders?|chiefs?|officials?|members?|financiers?|operatives?)\s+)?$/u;

const APPOSED_MEMBER_GAP_RE = /^(?:\s+[\p{Ll}-]+)?,\s*an?\s+[^,;.()]{1,60},\s+(?:the\s+)?$/u;
// "A, the military leader of its Qassam Brigades, B, and the group's spokesman, C": a role set
// off by commas before each member.
const ROLE_APPOSED_GAP_RE =
  /^,\s*(?:and\s+)?(?:the|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[^,;.()]{0,60}?\s)?(?:leader|chief|head|commander|spokes(?:man|woman|person)|deputy|founder|co-founder|financier|official|emir|ideologue|operative|facilitator|treasurer|director|chairman|secretary|minister)(?:\s+(?:of|for|in)\s+[^,;.()]{1,60})?,\s+$/u;

/** The names left when those inside a role set off before the next member are dropped. */
function withoutNamesInRoles(s: string, inside: NameSpan[]): NameSpan[] {
  if (inside.length < 3 || !s.includes(',')) return inside;
  const kept: NameSpan[] = [];
  for (let i = 0; i < inside.length; i++) {
    kept.push(inside[i]);
    // ("the military leader of its Qassam Brigades": the group a role names is no member.)
    for (let j = i + 2; j < Math.min(inside.length, i + 4); j++)
      if (ROLE_APPOSED_GAP_RE.test(s.slice(inside[i].end, inside[j].start))) {
        i = j - 1;
        break;
      }
  }
  return kept;
}

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

export function initials(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el|ul|ut|ud|ad|as|ash|e)-/i, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "CPP" in a passage that names the "Communist Party of the Philippines-New People's Army
 * (CPP-NPA)": the part of the joined name the acronym's part spells, with the acronym.
 */
function partOfJoinedName(entity: string, nearby: NameSpan[]): string | undefined {
  for (const n of nearby) {
    const m = /^(.+?)\s*\(([A-Z]{2,8})[-–]([A-Z]{2,8})\)$/.exec(n.text.replace(/^The\s+/, ''));
    if (!m || (m[2] !== entity && m[3] !== entity)) continue;
    const parts = m[1].split(/\s*[-–]\s*/);
    if (parts.length !== 2) continue;
    const part = m[2] === entity ? parts[0] : parts[1];
    if (initials(part) === entity || everyWordInitials(part) === entity) return `${part} (${entity})`;
  }
  return undefined;
}

/** "IPOB" for "Indigenous People of Biafra": a particle's letter counts too ("the" aside). */
function everyWordInitials(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s]+/)
    .filter((w) => w !== '' && !/^the$/i.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/**
 * Whether a sentence may hold a name that `fullName` would take for `entity`: for an acronym,
 * its letters as capitals in order ("HTS" in "Hayat Tahrir al-Sham"); otherwise the entity itself.
 */
export function mayNameInFull(entity: string): (sentence: string) => boolean {
  if (MIXED_ACRONYM_RE.test(entity)) {
    const first = entity[0];
    return (sentence) => sentence.includes(entity) || sentence.includes(`${first}`);
  }
  if (!ACRONYM_RE.test(entity)) return (sentence) => sentence.includes(entity);
  const letters = entity.replace(/-/g, '');
  // ("IPOB" in "Indigenous People of Biafra": a particle may give its letter.)
  const particles = /[OAF]/.test(letters.slice(1))
    ? new RegExp(
        [...letters]
          .map((l) => (PARTICLE_FOR_LETTER[l] ? `(?:${l}|\\b${PARTICLE_FOR_LETTER[l]}\\b)` : l))
          .join('[^]*?'),
      )
    : null;
  return (sentence) => {
    let at = -1;
    for (const letter of letters) {
      at = sentence.indexOf(letter, at + 1);
      if (at < 0) return particles !== null && particles.test(sentence);
    }
    return true;
  };
}

export const ACRONYM_RE = /^[A-Z][A-Z-]{1,9}$/;
const PARTICLE_FOR_LETTER: Record<string, string> = { O: 'of', A: 'and', F: 'for' };
/** An acronym of a hyphenated name that keeps its particles: "LeT", "JeM", "HuJI", "JuD". */
const MIXED_ACRONYM_RE = /^[A-Z][a-z][A-Z][A-Za-z]{0,3}$/;

/**
 * The group's name as the passage writes it in full (docs/CLAIMS.md): a bare acronym or a
 * short form becomes the full name found near it ("HTS" → "Hayat Tahrir al-Sham (HTS)").
 */
export function fullName(entity: string, nearby: NameSpan[]): string {
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
    const part = partOfJoinedName(entity, nearby);
    if (part) return part;
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
        (initialsOf(n) === letters ||
          (/^The\s/.test(n.text) && initials(n.text.slice(4)) === letters) ||
          everyWordInitials(n.text) === letters),
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

// "DOHA, Qatar (AP) — ", "(CNN) — ", "March 4 (UPI) — ", "ISLAMABAD (Reuters) - ": a wire
// dateline says where and by whom the story was filed; the sentence starts after it.
export const WIRE_DATELINE_RE =
  /^\s*(?:\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*,\s+[\p{L}. ]{2,30}?\s*(?:\([^()]{2,30}\)\s*)?|(?:\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?\((?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|ANI|PTI|IANS|CNN|Bernama|Anadolu|IRNA|TASS|Yonhap|Kyodo|APP|KUNA|WAM|SPA|MENA|Sputnik)\)\s*)(?:[—–:]|-(?=\s))\s*/u;
