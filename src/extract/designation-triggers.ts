/**
 * Listing triggers: the designation and delisting verbs and nouns (TRIGGER_RE), and what decides
 * whether a match makes a claim — hedges and negations, a missing terror cue, a ban the
 * passage's topic makes a listing, listing or delisting, weak verbs, and the label that follows.
 */
import { authoritiesIn } from './designators';
import {
  BANNED_GROUP_AFTER_RE,
  CUE_RE,
  cued,
  LEGAL_LABEL,
  namesWidelyListed,
  tiedToWidelyListed,
} from './designation-cue';
import { labelAfter, withoutAbbreviationPoints } from './designation-label';
import { MONTH, WEEKDAY } from './calendar';
import { COUNTED_OBJECT_RE, nearSetClaim, FOR_TERRORISM_RE } from './designation-lists';
import type { NameSpan } from './designation-names';
import { authorityActs, byPhraseEnd } from './designation-authorities';
import type { PassageContext, Found, SentenceScope } from './designation-passage';
import { withinListMove } from './designation-passage';

// "US sanctions", "UN sanctions", "sanctions": what "remain under" a listing names.
const QUALIFIED_SANCTIONS =
  '(?:(?:US|U\\.S\\.|UN|U\\.N\\.|EU|American|British|international)\\s+)?sanctions?\\b';
const DESIGNATE =
  // (First: "put", "placed" alone are weak verbs of their own.)
  '(?:re-?)?(?:impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?|put(?:s|ting)?|plac(?:e|es|ed|ing))\\s+(?:(?:the|its|a|this|that)\\s+)?["\\u201c]?(?:terrorist|terror|FTO)["\\u201d]?\\s+(?:designation|label|tag)(?=\\s+(?:on|upon)\\s)|(?:re-?)?designat(?:e|es|ed|ing)|freez(?:e|es|ing)(?=\\s+(?:the\\s+)?(?:funds\\s+and\\s+(?:other\\s+)?)?assets\\b)|froze(?:n)?(?=\\s+(?:the\\s+)?(?:funds\\s+and\\s+(?:other\\s+)?)?assets\\b)|(?:re-?)?list(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|proscrib(?:e|es|ed|ing)|banned|bans|banning|ban|disband(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|sanction(?:s|ed|ing)|restrictive\\s+measures(?=(?:\\s*,[^,.;]{1,60},)?\\s+(?:on|upon|against)\\s)|assets?[\\s-]+freezes?(?=\\s+(?:on|against)\\s)|declar(?:e|es|ed|ing)|decree(?:s|d|ing)?(?=\\s+(?:the\\s+)?\\p{Lu})|proclaim(?:s|ed|ing)?|gazett(?:es|ed|ing)|recogni[sz](?:e|es|ed|ing)|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|tag(?:s|ged|ging)?|classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|class(?:es|ed)|reinstat(?:e|es|ed|ing)|(?:re-?)?add(?:s|ed|ing)?|includ(?:e|es|ed|ing)|notif(?:y|ies|ied|ying)|plac(?:e|es|ed|ing)|put(?:s|ting)?|(?:return(?:s|ed|ing)?|restor(?:e|es|ed|ing))(?=\\s+(?:[^.;]{1,60}?\\s+)?to\\s+(?:the|its|a)\\s+(?:[\\p{L}.\\x27\\u2019-]+\\s+){0,4}?(?:black)?list\\b)|join(?:s|ed|ing)?(?=\\s+(?:the|its|their)\\s+(?:[\\p{L}.\\x27\\u2019-]+\\s+){0,3}?(?:black)?list\\b(?!\\s*,?\\s*(?:that|which|including|like|such\\s+as)\\b))|named|(?:(?:is|are|was|were|be|been|remains?|remained)\\s+(?:now\\s+|also\\s+|still\\s+)?)subject\\s+to(?=\\s+(?:the\\s+)?(?:(?:EU|UN|US|UK)\\s+)?(?:restrictive\\s+measures|sanctions)\\s+under\\s+[^.;]{0,60}?terror)|(?:remain|stay)(?:s|ed)?\\s+on|remain(?:s|ed)?\\s+under(?=\\s+' +
  QUALIFIED_SANCTIONS +
  ')|(?:is|are|was|were|remains?|remained)(?=\\s+(?:also\\s+|still\\s+|now\\s+|already\\s+)?an?\\s+(?:Foreign\\s+Terrorist\\s+Organi[sz]ation|FTO|Specially\\s+Designated\\s+Global\\s+Terrorist|SDGT)(?![\\p{L}]))|remain(?:s|ed)?\\s+in(?=\\s+(?:the|its|their)\\s+(?:[\\p{L}.\\x27\\u2019-]+\\s+){0,4}?(?:black)?list\\b)|(?:(?:has|have|had)\\s+been|is|are|was|were)\\s+(?:still\\s+|also\\s+|already\\s+)?on(?=\\s+(?:(?:both|all)\\s+)?(?:the|its|their|a|an|\\p{Lu}[\\p{L}.]*[\\x27\\u2019]s)\\s+(?:(?!(?:at|in|for|on|with)\\s)[\\p{L}\\d.\\x27\\u2019-]+\\s+){0,6}?(?:black)?lists?\\b)(?=(?:[^.;]|(?<=\\b[A-Z])\\.){0,60}?(?:terror|FTO|SDGT|sanctions|proscri|(?:banned|outlawed)\\s+(?:outfits|organi[sz]ations|groups|entities)))|(?<=,\\s)(?:still|also|already|now)\\s+on(?=\\s+(?:(?:both|all)\\s+)?(?:the|its|their|a|an|\\p{Lu}[\\p{L}.]*[\\x27\\u2019]s)\\s+(?:(?!(?:at|in|for|on|with)\\s)[\\p{L}\\d.\\x27\\u2019-]+\\s+){0,6}?(?:black)?lists?\\b)(?=(?:[^.;]|(?<=\\b[A-Z])\\.){0,60}?(?:terror|FTO|SDGT|sanctions|proscri|(?:banned|outlawed)\\s+(?:outfits|organi[sz]ations|groups|entities)))|(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|also\\s+)?(?:one\\s+of|among)(?=\\s+(?:the\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many)\\s+(?:other\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:countries|states|nations|groups|organi[sz]ations|entities|outfits)\\s+(?:still\\s+)?on\\s+(?:the|its|their|\\p{Lu}[\\p{L}.]*[\\x27\\u2019]s)\\s+(?:[\\p{L}\\d.\\x27\\u2019-]+\\s+){0,6}?(?:black)?lists?\\b)(?=(?:[^.;]|(?<=\\b[A-Z])\\.){0,120}?(?:terror|FTO|SDGT|sanctions|proscri))|(?:is|are|was|were)\\s+(?:also\\s+)?among(?=\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:(?:Foreign\\s+)?Terrorist\\s+Organi[sz]ations\\b|FTOs\\b|(?:designated|listed|banned|proscribed)\\s+(?:terrorist\\s+|terror\\s+)?(?:organi[sz]ations|groups|entities)\\b))|kept|keeps?|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|publish(?:es|ed|ing)?\\s+(?:(?:a|the|its)\\s+)?(?:(?:new|updated|fresh)\\s+)?list\\s+of|(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?)\\s+(?:the|its|a|this|that)\\s+(?:same\\s+)?(?:terrorist\\s+|terror\\s+|FTO\\s+)?(?:designation|label)\\s+to';
// ("withdraws the declaration of X as a terrorist group": a withdrawal of the listing itself.)
const DELIST =
  'withdr(?:aw|aws|ew|awing)(?=\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:declaration|designation|listing|classification|proscription)\\s+of\\s)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|remov(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|de-?proscrib(?:e|es|ed|ing)|lift(?:s|ed|ing)?|annul(?:s|led|ling)?|overturn(?:s|ed|ing)?|(?:no\\s+longer\\s+(?:be\\s+)?|ceas(?:e|es|ed)\\s+to\\s+be\\s+)(?:an?\\s+)?(?:designat(?:e|es|ed)|listed|proscribed(?:\\s+(?:organi[sz]ation|group|entity|outfit)(?![\\p{L}-]))?|blacklisted)|de-?notif(?:y|ies|ied|ying)|struck\\s+off|taken\\s+off|(?:take|takes|took|taking|taken|strike|strikes|struck|striking)(?=\\s+[^.;]{1,60}?\\s+off\\s+(?:(?:the|its|their|a|an)\\s+)?[^.;,]{0,40}?lists?\\b)|(?:drop|drops|dropped|dropping)(?=\\s+[^.;]{1,60}?\\s+from\\s+(?:(?:the|its|their|a|an)\\s+)?[^.;,]{0,40}?lists?\\b)|(?:dropped|struck|stricken|pulled|scrubbed|erased)(?=\\s+from\\s+(?:(?:the|its|their|a|an)\\s+)?[^.;,]{0,50}?lists?\\b)';
const NOUNS =
  'designations?|listings?|re-listings?|proscription|blacklisting|ban|removal|deletion|rescission|revocation|delisting|de-listing|annulment|placement|addition|inclusion|classification|recognition';
export const TRIGGER_RE = new RegExp(
  `(?<![\\p{L}-])(?:(?<delist>${DELIST})|(?<noun>${NOUNS})|(?<verb>${DESIGNATE}))(?![\\p{L}])|(?<pre>\\b[\\p{L}.]+-(?:designated|proscribed|blacklisted|banned|sanctioned|listed))\\b`,
  'giu',
);
// Plans, proposals, requests and negations before the verb keep it from being a claim.
const HEDGE_WORDS =
  "at\\s+odds\\s+(?:over|on)|(?:divided|split)\\s+(?:over|on)|debat(?:e|es|ed|ing)\\s+(?:over|on|about)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|plan(?:s|ned|ning)?\\s+to|calls?\\s+(?:for|on|to|from)|calls\\s+in\\s+(?:the\\s+)?[A-Z][A-Za-z.]*\\s+to|called\\s+(?:for|on)|calling\\s+(?:for|on)|recommend\\w*|case\\s+(?:of|for|related\\s+to)|(?:statutory\\s+)?criteria\\s+for|grounds\\s+for|eligib\\w+\\s+for|urg(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|plead(?:s|ed|ing)?|pled|propos(?:e|es|ed|al|ing)|bid\\s+to|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\\s+(?:for|to)|pressure\\s+(?:on\\s+[a-z\\s]{1,30}?\\s+)?to|campaign(?:s|ed|ing)?\\s+(?:for|to)|lobb(?:y|ies|ied|ying)\\s+(?:for|to)|(?<!\\b(?:approved|passed|adopted|carried)\\s(?:[a-zA-Z-]+\\s){0,6})motion|petition(?:s|ed)?|appeal(?:s|ed|ing)?(?:\\s+No\\.?\\s*[\\d.]+|\\s+of\\s+(?:the\\s+)?[^.;,]{1,60}?)?\\s+(?:to|for)|lawsuit|challeng(?:e|es|ed|ing)|whether|block(?:s|ed|ing)?|hold\\s+on|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|(?<!\\b(?:satisfied|granted|upheld|approved|accepted)\\s(?:the\\s|a\\s|an\\s)?)request(?:s|ed|ing)?|could|should|might|may|not|n't|can['’]t|cannot|unable\\s+to|never|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|fail(?:s|ed)?\\s+to|review(?:s|ed|ing)?|threaten(?:s|ed|ing)?|if|unless|hearing|want(?:s|ed)?(?:\\s+to)?|vow(?:s|ed)?\\s+to|promis(?:e|es|ed)\\s+to|commit(?:s|ted|ting|ments?)?\\s+to|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)\\s+to|efforts?\\s+to|bids?|vot(?:e|es|ed|ing)\\s+against|oppos(?:e|es|ed|ing)|must|prepar(?:e|es|ed|ing)\\s+to|process\\s+(?:of|to|for)|potential(?:ly)?|(?<!\\bannounc(?:e|es|ed|ing)\\s+(?:its|his|her|their|the)\\s+)intention\\s+to|explor(?:e|es|ed|ing)|(?:stud(?:y|ies|ied|ying)|examin(?:e|es|ed|ing)|look(?:s|ed|ing)?\\s+(?:at|into))\\s+(?:the\\s+)?(?:issue|question|matter|possibility)\\s+of|options?\\s+to|pledg(?:e|es|ed|ing)\\s+to|work(?:s|ed|ing)?\\s+to|legislation\\s+to|bills?\\s+to|bills?\\s+(?:that|which)\\s+would|press(?:es|ed|ing)(?!\\s+(?:release|conference|briefing|statement))|(?:a|the|renewed|new|fresh|its|their)\\s+push|(?:it\\W?s|is)\\s+(?:high\\s+)?time\\s+for|move\\s+forward\\s+with|pav(?:e|es|ed|ing)\\s+the\\s+way\\s+for|(?:anxious|eager|keen)\\s+to|mov(?:es|ing)\\s+to|warn(?:s|ed|ing)?\\s+against|against\\s+being|likely\\s+to|(?:allow|enabl|permit|empower)\\w*\\s+(?:[A-Za-z'’]+\\s+){0,3}?to|(?:to|will)\\s+decide|decid(?:e|es|ing)\\s+whether";
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
  /^[^.;]{0,140}?\b(?:is|was|are|were)\s+scheduled\b|^(?:\s+\S+){0,6}?\s+(?:could|would|might)\s+(?:have|be|mean|lead|hurt|harm|damage|hamper|complicate|undermine|worsen|affect|impede|disrupt|endanger|jeopardi[sz]e|threaten|hinder|cripple|strengthen|weaken|help|boost|increase|isolate|deprive|cut|send)\b/i;
/** Where a gerund opens a clause as its subject: "argued that designating", ". Designating". */
const GERUND_SUBJECT_BEFORE_RE = /(?:^|\b(?:that|argue[ds]?|say|says|said|believe[ds]?)\s+|[,:;]\s+)$/i;
/** An effect the listing would have, in the gerund's clause: "… as terrorist entities would allow Washington to …". */
const HYPOTHETICAL_AFTER_RE =
  /^[^.;,]{0,140}?\b(?:would|could|might)\s+(?:(?:also|not|only|further)\s+)?(?:allow|enable|permit|let|help|give|make|mean|hurt|harm|hamper|undermine|strengthen|weaken|boost|deprive|cut|send)\b/u;
// Commentary on a listing is no claim of one: "X's listing shows that …".
const EFFECTS_AFTER_RE =
  /^\s+(?:shows?|showed|proves?|proved|demonstrates?|demonstrated|signals?|signalled|sends?\s+a|underscores?|highlights?|bars?|freezes?|prohibits?|makes?\s+it|means?|allows?|criminali[sz]es?|will\s+(?:bar|freeze|make|mean|allow))\b/i;
export const BAN_WORD_RE = /\b(?:ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?)\b/i;
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
export function groupBanAfterAttack(sc: SentenceScope, word: string, tStart: number, tEnd: number): boolean {
  if (!BAN_WORD_RE.test(word) || !sc.ctx.onExtremistAttack()) return false;
  if (BANNED_GROUP_AFTER_RE.test(sc.s.slice(tEnd, tEnd + 80))) return true;
  // "A, or NTJ, and B, or JMI, would be banned by presidential decree": the passive names the
  // members of the set of groups just banned.
  return (
    /\b(?:be|been|was|were|are|is)\s+$/.test(sc.s.slice(Math.max(0, tStart - 12), tStart)) &&
    nearSetClaim(sc.passageOffset, sc.state)
  );
}
/**
 * "A and B were both previously listed on 3 November 2017", in a passage about terror listings:
 * a passive listing with its date (not "listed on the stock exchange", "listed in the report").
 */
const PASSIVE_BEFORE_LISTED =
  '\\b(?:was|were|been)\\s+(?:(?:both|all|also|previously|first|originally|already|initially)\\s+){0,3}';
const DATED_LISTED = `listed\\s+(?:on|in)\\s+(?:\\d|(?:${MONTH})\\b)`;
export const DATED_PASSIVE_LISTING_RE = new RegExp(PASSIVE_BEFORE_LISTED + DATED_LISTED, 'i');
const DATED_LISTED_AFTER_RE = new RegExp(`^${DATED_LISTED}`, 'i');
const PASSIVE_BEFORE_LISTED_RE = new RegExp(`${PASSIVE_BEFORE_LISTED}$`, 'i');
export function topicalBan(sc: SentenceScope, word: string, tStart: number): boolean {
  return (
    sc.banOnTopic &&
    (BAN_WORD_RE.test(word) ||
      (word.toLowerCase() === 'listed' &&
        DATED_LISTED_AFTER_RE.test(sc.s.slice(tStart, tStart + 40)) &&
        PASSIVE_BEFORE_LISTED_RE.test(sc.s.slice(Math.max(0, tStart - 60), tStart)))) &&
    !BANNED_FROM_PLACE_RE.test(sc.s.slice(tStart + word.length, tStart + word.length + 30)) &&
    !BAN_HEDGE_BEFORE_RE.test(sc.s.slice(Math.max(0, tStart - 140), tStart))
  );
}
// Only verbs that list ("Israel listed 12 Hamas commanders it had killed" is a roll call).
const LISTS_A_SET_RE =
  /^(?:designat|blacklist|sanction|publish|ban|outlaw|proscri)|^(?:plac|put|add)(?=[^.;]*list\b)/i;
export function widelyListedSetAfter(s: string, verbStart: number, verbEnd: number): boolean {
  if (!LISTS_A_SET_RE.test(s.slice(verbStart, verbStart + 200))) return false;
  const set = COUNTED_OBJECT_RE.exec(s.slice(verbEnd, verbEnd + 160));
  if (set === null) return false;
  const setEnd = verbEnd + set[0].length;
  // "banned three associations accused of funding Hezbollah": the set's ties name the group.
  return namesWidelyListed(set[1]) || tiedToWidelyListed(s.slice(setEnd, setEnd + 160));
}

// What lets a weak verb ("declared", "added") through without a label right after it.
// "the group", "the formation", "it", "they" right before the verb: the subject refers back.
export const REFERRING_SUBJECT_RE =
  /\b(?:(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|outfit|network|militia|country|state|regime|island|nation|battalion|regiment|cartel|gang|formation|faction|legion|brigade|rebels|insurgents|guerrillas)|it|they)(?:\s+(?:\w+\s+){0,3}|,\s+(?:(?:which|that)\s+(?:\w+\s+){0,2})?)$/iu;
/** A copula right before a participle label's article: "BLA remains a", "It is also a". */
export const COPULA_BEFORE_LABEL_RE =
  /\b(?:is|are|was|were|remains?|remained|becomes?|became)\s+(?:(?:still|also|now)\s+)?(?:an?|the)\s+$/i;
export const IDENTIFIED_AS_RE =
  /^[^.;]{0,120}?\sas\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:terror|FTO\b|SDGT\b)/iu;
const BANNED_NATIONALS_RE =
  /^\s+(?:on\s+)?(?:U\.?S\.?|American|British|UK|EU|Canadian|Australian)\s+(?:citizens|nationals|persons|people|companies|firms|residents)\b/;
const ATTRIBUTIVE_BEFORE_RE = /\b(?:the|an?)\s+(?:\p{Ll}+ly\s+)?$/iu;
// A name or a group noun right after the participle, with no count ("the banned four
// organizations" is a set) and no "as"/"by"/"in" (a listing's own phrase).
const ATTRIBUTIVE_AFTER_RE =
  /^\s+(?:\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|outfit|movement|party|militia|network)\b)/u;
export const WEAK_VERB_LABEL_RE = new RegExp(
  `terror|FTO|SDGT|sanctions\\s+list|proscri|\\bbanned\\s+(?:outfits?|organi[sz]ations?)\\b|${LEGAL_LABEL}`,
  'i',
);

// After a lifting verb: "removed sanctions on X", "lift the UN sanctions against X".
export const LIFTED_SANCTIONS_ON_RE =
  /^\s+(?:the\s+|all\s+)?(?:UN\s+|U\.N\.\s+)?sanctions\s+(?:on|against)(?=\s)/i;

/** A reference back to a listing: "the designation", "its SDGT designation", "these bans". */
export const LISTING_REFERENCE =
  '(?:this|that|the|its|their)\\s+(?:(?:terror(?:ist)?|FTO|SDGT)\\s+)?(?:designation|listing|ban|proscription|label)|(?:these|those|the|its|their)\\s+(?:(?:terror(?:ist)?|FTO|SDGT)\\s+)?(?:designations|listings|bans|proscriptions|labels)';
export const LIFTED_OWN_LISTING_RE = new RegExp(
  `^\\s+(?:${LISTING_REFERENCE})\\b(?!\\s+(?:on|of|against|for)\\s+(?!(?:the\\s+)?(?:group|organi[sz]ation|movement|outfit)\\b|it\\b|them\\b|(?:the\\s+)?\\p{Lu})|\\s+(?:(?:it|that|which|they)\\s+(?:had\\s+|has\\s+|have\\s+)?)?(?:imposed|placed)\\s+(?:on|against)\\s)`,
  'u',
);

/** The trigger's named groups, with a gerund or a "ban" that works as a verb moved from `noun` to `verb`. */
export function triggerGroups(s: string, m: RegExpExecArray): Record<string, string | undefined> {
  const g: Record<string, string | undefined> = { ...(m.groups ?? {}) };
  // "listing Islamic State-Somalia as …": a gerund with a direct object is a verb.
  if (
    g.noun !== undefined &&
    /ing$/i.test(m[0]) &&
    (/^\s+(?:the\s+)?\p{Lu}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6)) ||
      // "Canada is listing the pro-Palestinian group Samidoun as …": a progressive is a verb.
      (/\b(?:is|are|was|were)\s+$/i.test(s.slice(Math.max(0, m.index - 5), m.index)) &&
        /^\s+(?:the|an?)\s/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 5))) ||
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
      // "Ministers ban 15 'terror groups'": so before a counted set.
      ((/^\s+(?:the|all|its|their)\s/i.test(s.slice(m.index + 3, m.index + 10)) ||
        COUNTED_OBJECT_RE.test(s.slice(m.index + 3, m.index + 83))) &&
        !/\b(?:the|a|an|its|their|this|that|his|her|our|complete|total|blanket|new|full|partial|formal|official|[\p{L}]+'s?)\s+$/iu.test(
          s.slice(Math.max(0, m.index - 20), m.index),
        )))
  ) {
    g.verb = g.noun;
    g.noun = undefined;
  }
  return g;
}

const BAN_ON_MOVEMENT_RE =
  /^\s+(?:on\s+)?(?:the\s+)?(?:entry|travel|movement|visits?|exports?|imports?|sale|flights?|rallies|gatherings|protests)\s+(?:of|by|to|into|from)\b/i;

/** Whether the trigger word, in its place, says nothing of a listing (a noun "list", an epithet, a label's own word). */
export function isNoTrigger(
  s: string,
  word: string,
  tStart: number,
  tEnd: number,
  ctx: PassageContext,
): boolean {
  // "The UN sanctions committee on Daesh and Al Qaeda announced …": the body's name, no sanction.
  if (
    /sanctions?$/.test(word) &&
    /^\s+(?:committee|panel|monitoring\s+team)\b/i.test(s.slice(tEnd, tEnd + 24))
  )
    return true;
  // "The list of victims": after a determiner, "list" is a noun, not the verb.
  if (
    word === 'list' &&
    /\b(?:the|a|an|its|their|this|that|his|her|our|new|same|official)\s+$/i.test(
      s.slice(Math.max(0, tStart - 12), tStart),
    )
  )
    return true;
  // "a ban on the entry of X into the province", "a travel ban on X": a ban on what a person
  // may do or where they may go, no listing.
  if (
    (word === 'ban' || word === 'bans' || word === 'banned' || word === 'banning') &&
    (BAN_ON_MOVEMENT_RE.test(s.slice(tEnd, tEnd + 40)) ||
      /\b(?:travel|entry|visa|flight|export|import|arms|fishing|media|social\s+media)\s+$/i.test(
        s.slice(Math.max(0, tStart - 14), tStart),
      ))
  )
    return true;
  // "the Sanctions Monitoring Team", "the 1267 Sanctions Committee": a body's name, no listing.
  if (
    word === 'sanctions' &&
    s.charCodeAt(tStart) === 83 &&
    /^\s+(?:Monitoring|Committee|Team|Panel|Board|Unit|Office|Coordinator|Division|Branch)\b/.test(
      s.slice(tEnd, tEnd + 14),
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
  // "the criteria relevant to the rescission of a State Sponsor of Terrorism designation": a
  // designation after "of a" that is of no one is designations in general.
  if (
    /^(?:designation|listing)$/.test(word) &&
    /\b(?:of|for|to|about|on)\s+an?\s+(?:[\p{L}-]+\s+){0,5}$/iu.test(
      s.slice(Math.max(0, tStart - 60), tStart),
    ) &&
    !/^\s+(?:of|on|upon|against|for|as|by)\b/i.test(s.slice(tEnd, tEnd + 10))
  )
    return true;
  // "the outlawed PKK", "the banned group", "PKK is an outlawed armed group": an attributive
  // participle is an epithet, not a listing (a proscribed entity is one: the word is the law's).
  if (
    /^(?:outlawed|banned|proscribed)$/.test(word) &&
    ATTRIBUTIVE_BEFORE_RE.test(s.slice(Math.max(0, tStart - 24), tStart)) &&
    (word !== 'proscribed' || /\bthe\s+$/i.test(s.slice(Math.max(0, tStart - 5), tStart))) &&
    ATTRIBUTIVE_AFTER_RE.test(s.slice(tEnd, tEnd + 60)) &&
    // "a banned terrorist organization in the US, UK and Turkey": where it is banned makes a listing;
    // in a passage on terror listings, so does "a banned organization in Britain" (not "an
    // outlawed armed group in Turkey", where the state says where the group fights).
    !bannedInAuthority(s, tEnd, word === 'banned' && ctx.onTopic())
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
const BANNED_TERRORIST_IN_RE =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?terror\w*\s+(?:organi[sz]ation|group|outfit|entity)s?\s+(?:in|by)\s+(?:the\s+)?(?=\p{Lu})/u;
const BANNED_IN_RE = /^\s+(?:organi[sz]ation|outfit|entity)s?\s+(?:in|by)\s+(?:the\s+)?(?=\p{Lu})/u;
function bannedInAuthority(s: string, at: number, bareHeadLists: boolean): boolean {
  const text = s.slice(at, at + 90);
  const to = BANNED_TERRORIST_IN_RE.exec(text) ?? (bareHeadLists ? BANNED_IN_RE.exec(text) : null);
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
export function remainsSanctioned(sc: SentenceScope, word: string): boolean {
  return /^remain\w*\s+under$/.test(word) && sc.ctx.onTopic();
}

export const REMAIN_UNDER_SANCTIONS_RE = new RegExp(`\\bremain(?:s|ed)?\\s+under\\s+${QUALIFIED_SANCTIONS}`);
export const SANCTIONS_AFTER_RE = new RegExp(`^\\s+${QUALIFIED_SANCTIONS}`);
const TERROR_LABEL_CLOSES_RE =
  /,\s+an?\s+["“'‘]?(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:group|organi[sz]ation|entity|outfit)/u;
// "… to its list of outlawed terrorist organizations" too.
const TERROR_LIST_CLOSES_RE =
  /\s(?:to|on|onto)\s+(?:its|the|their|a|an)\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:terror\w*|sanctions)\s+(?:black)?list\b|list\s+of\s+(?:[\p{L}-]+\s+){0,2}?terror)/u;

// "designated the RSF for committing acts of genocide": a reason for a listing other than terror.
const OTHER_REASON_RE =
  /^[^.;]{0,80}?\bfor\s+(?:committing\s+|its\s+role\s+in\s+|(?:their|its|his|her)\s+)?(?:acts\s+of\s+)?(?:genocide|war\s+crimes|crimes\s+against\s+humanity|human\s+rights\s+(?:abuses|violations)|(?:significant\s+)?corruption|atrocities|election\s+interference)\b/i;

/** Whether the trigger lacks a cue: no terror label near it, no listing word, nothing the passage or the sentence carries over. */
export function lacksCue(
  sc: SentenceScope,
  g: Record<string, string | undefined>,
  word: string,
  tStart: number,
  tEnd: number,
): boolean {
  const { s, found, continues, onTopic } = sc;
  if (sc.addsToSet && /^add/.test(word)) return false;
  if (sc.apposedAt === tStart) return false;
  if (withinListMove(sc, tStart)) return false;
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
export function triggerStatus(
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
    (/^[^.;]{0,90}?\b(?:(?:has|had|have|was|were)\s+(?:now\s+|since\s+|quietly\s+|officially\s+)?(?:ended|been\s+allowed\s+to\s+(?:expire|lapse))|(?:(?:has|had|have)\s+(?:now\s+|since\s+|quietly\s+)?)?(?:expired|lapsed))\b/i.test(
      after,
    ) ||
      // "allowed the listing of X as a terrorist organisation to lapse".
      (/\b(?:allow(?:s|ed|ing)?|let(?:s|ting)?)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
        before,
      ) &&
        /^[^.;]{0,120}?\s(?:lapse|expire)\b/i.test(after)) ||
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
    /\b(?:revok\w*|rescind\w*|remov\w*|lift\w*|annul\w*|end(?:s|ed|ing)?|drop\w*|overturn\w*|suspend\w*|withdr[ae]w\w*|cancel\w*|revers(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|quash\w*|str(?:ike|ikes|uck|iking)\s+down|set(?:s|ting)?\s+aside)\s+(?:(?:the|its|their|his|a)\s+)?(?:(?!(?:after|before|since|following|despite|amid|over|because|when|until|upon)\s)[\p{L}\d'’-]+\s+){0,5}$/iu.test(
      before,
    )
  )
    status = 'delisted';
  return status;
}

const PARLIAMENT_RESOLUTION_RE =
  /\b(?:(?:European\s+)?Parliament|parliament|Verkhovna\s+Rada|Rada|Senate|House\s+of\s+Representatives|Congress|Knesset|Duma|[Ll]awmakers|MPs|[Ll]egislators)\b[^.;]{0,80}?\b(?:adopt(?:s|ed)?|pass(?:es|ed)?|approv(?:es|ed)|back(?:s|ed)|vot(?:es|ed)\s+(?:for|on))\s+(?:an?\s+|the\s+)?(?:non-binding\s+|symbolic\s+)?(?:resolution|motion)\b/;

const DECIDED_THAT_SHOULD_RE =
  /\b(?:has|have|had)\s+(?:now\s+)?(?:concluded|decided|determined)\s+that\s+(?!(?:it|they|we)\b)[^.;,]{1,80}?\s+should\s+(?:now\s+)?be\s+$/i;
const APPEAL_TO_LIST_RE =
  /\b(?:appeal|call|request|petition|plea)(?:s|ed|ing)?\s+(?:No\.?\s*[\d.]+\s+)?(?:of\s+[^.;]{1,60}?\s+)?(?:to|on)\s+[^.;]{1,140}?\s+to\s+$/i;

/** Whether a hedge ("may", "calls to", "considering") or an effect of the listing makes the trigger no claim. */
export function hedgedOrNoListing(
  s: string,
  g: Record<string, string | undefined>,
  word: string,
  tStart: number,
  before: string,
  after: string,
): boolean {
  // The month May is no modal: "said in May that he was delisting …"; nor is any capital "May"
  // past the sentence's first word ("WASHINGTON (Sputnik - 20th May, 2022)", "Theresa May").
  // The hedge window reaches further back: "urged U.S. Secretary of State Hillary Clinton to
  // immediately designate …".
  const hedge = s
    .slice(0, tStart)
    .replace(/(?<=\S\s*)\bMay\b/g, 'Mai')
    .slice(Math.max(0, tStart - 90))
    .replace(/\bno\s+longer\b|\bceas(?:e|es|ed)\s+to\s+be\b/i, '')
    // "Al-Qaida, which was also up for review, was kept on the list": a closed aside hedges nothing.
    .replace(/,\s*(?:which|who)\b[^,;]*,/g, ',')
    .replace(/\b(?:in|on|of|since|until|by|last|early|late|mid-?)\s+May\b|\bMay\s+\d/g, ' ')
    // "was a demand from Pakistan, most recently in July, after the US designated X": a clause
    // of its own after a conjunction is out of the hedge's reach.
    .replace(/^[^]*\b(?:after|when|because|once|whereas)\s+(?=(?:the\s+)?\p{Lu})/u, '');
  // "This review of the listing of X", "a challenge to X's designation": a review names the
  // listing as current.
  const namedCurrent =
    g.noun !== undefined &&
    /^(?:listings?|designations?|proscription|ban)$/.test(word) &&
    // ("Review of the Terrorist Designation of an Imprisoned Terrorist Entity": no one named.)
    !/^\s+of\s+an?\s/i.test(after) &&
    // ("a review of the terrorist designation of X": a label word may stand before the noun.)
    (/\b(?:review|challenge|appeal)\s+(?:of|to|against)\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:proposed|planned|possible|potential|requested)\s)[\p{L}-]+(?:'s?)?\s+)?$/iu.test(
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
  // "Officials argued that designating the PCC and CV as terrorist entities would allow …": a
  // listing as the subject of what it would do is an argument for one.
  if (/ing$/i.test(word) && GERUND_SUBJECT_BEFORE_RE.test(before) && HYPOTHETICAL_AFTER_RE.test(after))
    return true;
  // "The European Parliament adopted a resolution recognising Russia as a state sponsor of
  // terrorism": a parliament's resolution on a state sponsor (or any by the European Parliament,
  // which keeps no list) declares a view; it lists no one. (A Security Council resolution does;
  // some parliaments ban groups by resolution.)
  const resolution = PARLIAMENT_RESOLUTION_RE.exec(s.slice(Math.max(0, tStart - 160), tStart));
  if (resolution && (/^European/.test(resolution[0]) || /^[^.;]{0,80}?state\s+sponsor/i.test(after)))
    return true;
  // "… would strengthen international sanctions against it": sanctions that would follow.
  if (/^sanction/.test(word) && /\b(?:would|could|might)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before))
    return true;
  // "passed the appeal to the House and the Senate of the US Congress to recognize Russia as …":
  // an appeal to others to list, however long the addressee.
  if (APPEAL_TO_LIST_RE.test(s.slice(Math.max(0, tStart - 200), tStart))) return true;
  // "the Home Secretary intends to ban X" is a plan, unless an official confirmed or announced
  // it ("an official confirmed that Blinken intends to remove X from the list").
  if (
    /\bintend(?:s|ed|ing)?\s+to\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    !/\b(?:confirmed|announc(?:e|es|ed|ing)|said|says|told)\b/i.test(s.slice(0, tStart))
  )
    return true;
  // "The inclusion of X as a terrorist organisation will help …": a listing argued for; "the
  // recognition of X as a state sponsor of terrorism would strengthen sanctions", "a designation
  // of X as an FTO would prevent aid": one weighed by its effects (not one that "will take effect").
  if (
    (word === 'inclusion' && /^[^.;,]{0,90}?\s(?:will|would|could|should|may|might)\s/i.test(after)) ||
    (/^(?:recognition|designation|listing|proscription|classification)$/.test(word) &&
      /^[^.;,]{0,90}?\s(?:would|could|might)\s+(?!(?:take|come\s+into|enter\s+into)\s+(?:effect|force)\b|be\s+(?:effective|published|gazetted|formali[sz]ed|announced)\b)/i.test(
        after,
      ))
  )
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
export function isWeakTrigger(g: Record<string, string | undefined>, word: string): boolean {
  return (
    (g.noun === undefined ||
      word === 'addition' ||
      word === 'inclusion' ||
      word === 'classification' ||
      word === 'recognition') &&
    // ("remain under sanctions" names its listing; "remain on" needs a label.)
    /^(?:add|plac|put|named|notif|declar|decree|proclaim|gazett|recogni|label|brand|tag|classif|categori|identif|class|reinstat|remain(?!s?\s+under|ed\s+under)|stay|(?:has|have|had|is|are|was|were)\s|includ|exclud|lift|remov|overturn|struck|taken|kept|keep|maintain|retain)/.test(
      word,
    )
  );
}

const COPULAR_LABEL_RE =
  /^\s+((?:terrorist\s+|terror\s+|militant\s+)?(?:group|organi[sz]ation|entity|outfit|movement))\b(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?/u;
const AMONG_LABEL_RE =
  /^\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}?(?:(?:Foreign\s+)?Terrorist\s+Organi[sz]ations|FTOs|(?:designated|listed|banned|proscribed)\s+(?:terrorist\s+|terror\s+)?(?:organi[sz]ations|groups|entities))(?:\s*\((?:FTOs?)\))?)/iu;

const SUBJECT_TO_REGIME_RE =
  /^\s+(?:the\s+)?(?:(?:EU|UN|US|UK)\s+)?(?:restrictive\s+measures|sanctions)\s+under\s+[^.;]{0,60}?terror[\p{L}-]*(?:\s+(?:sanctions\s+)?(?:regime|list|law|act))?/iu;
/** "slapped a terrorist label": a trigger that carries its own terror label, before "on X". */
export const OWN_LABEL_RE =
  /^(?:re-?)?(?:impos|slap|put|plac)\S*\s.*?((?:terrorist|terror|fto)["”]?\s+(?:designation|label|tag))$/;

const LIFTING_WORD_RE = /^(?:revok|rescind|lift|remov|annul|overturn)/i;
const LIFTED_LABELLED_NOUN_RE =
  /^\s+(?:the\s+|its\s+|their\s+)?((?:(?:foreign\s+)?terror(?:ist)?|FTO|SDGT)\s+(?:designation|listing|label)s?)\b/i;
const LABEL_BEFORE_NOUN_RE = /(?<![\p{L}-])((?:foreign\s+)?(?:terror(?:ist)?|FTO|SDGT))\s+$/iu;

/** The terror label that follows the trigger, maybe past a by-phrase. */
export function triggerLabel(
  s: string,
  word: string,
  tEnd: number,
  after: string,
): { label: string; end: number } | null {
  // "was declared by the Argentine government as a terrorist group": the by-phrase
  // may come before the label.
  let label = labelAfter(s, tEnd);
  // "is on Britain's list of …": the trigger ends with the preposition the label opens with.
  // "were taken off Russia's list of …", "struck off the country's list": the same with "off".
  const preposition = label ? null : /\s(on|off)$/i.exec(word);
  if (preposition) label = labelAfter(s, tEnd - preposition[1].length);
  // "BLA remains a proscribed entity in Pakistan": the participle's noun is the label, and the
  // place after it lists.
  if (!label && /^(?:proscribed|banned|designated|listed|outlawed|blacklisted)$/i.test(word)) {
    const copular = COPULAR_LABEL_RE.exec(after);
    if (
      copular &&
      COPULA_BEFORE_LABEL_RE.test(s.slice(Math.max(0, tEnd - word.length - 30), tEnd - word.length))
    )
      label = { label: `${word} ${copular[1]}`, end: tEnd + copular[0].length };
  }
  // "X and Y are among the Foreign Terrorist Organizations": the set they belong to.
  if (!label && /\samong$/i.test(word)) {
    const set = AMONG_LABEL_RE.exec(s.slice(tEnd, tEnd + 120));
    if (set) label = { label: set[1], end: tEnd + set[0].length };
  }
  // "X is now subject to sanctions under the EU's counter-terrorism regime": the regime is the label.
  if (!label && /\ssubject\s+to$/.test(word)) {
    const regime = SUBJECT_TO_REGIME_RE.exec(after);
    if (regime) label = { label: regime[0].trim(), end: tEnd + regime[0].length };
  }
  // "revoked the terrorist designation of X": what is lifted is the labelled noun after the
  // verb; "revoked terrorist designation of X" (the noun the trigger): the label before it.
  if (!label && LIFTING_WORD_RE.test(word)) {
    const lifted = LIFTED_LABELLED_NOUN_RE.exec(after);
    if (lifted) label = { label: lifted[1], end: tEnd };
  }
  if (!label && /^(?:designations?|listings?)$/i.test(word)) {
    const own = LABEL_BEFORE_NOUN_RE.exec(s.slice(Math.max(0, tEnd - word.length - 40), tEnd - word.length));
    if (own) label = { label: `${own[1]} ${word}`, end: tEnd };
  }
  // "slapped a terrorist label on X": the trigger holds its own label.
  if (!label) {
    const own = OWN_LABEL_RE.exec(word);
    if (own) label = { label: own[1], end: tEnd };
  }
  if (!label && /^\s*,?\s*by\s/i.test(after)) {
    const byEnd = byPhraseEnd(s, tEnd);
    if (byEnd > tEnd) label = labelAfter(s, byEnd);
  }
  return label;
}

/** One trigger's search for its entities, with the label and the quote's bounds it finds on the way. */
export interface TriggerFrame {
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

/** How the trigger relates to its entity: passive or copular, in an apposition or a relative clause, a noun "of" its object, or a verb with a direct object. */
export interface TriggerVoice {
  copular: boolean;
  passive: boolean;
  apposition: RegExpExecArray | null;
  relative: RegExpExecArray | null;
  byFirst: RegExpExecArray | null;
  ofNoun: boolean;
  directObject: boolean;
}
