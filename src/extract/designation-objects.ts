/**
 * A listing trigger's object: where it runs, the names in it (members, a counted set, a role's
 * holder, a pronoun's or reference's antecedent), aliases that name it again, and the label
 * after it.
 */
import { authoritiesIn, authorityNames, isStateOnly, opensWithAuthority } from './designators';
import { CUE_RE } from './designation-cue';
import { labelAfter } from './designation-label';
import { WEEKDAY } from './calendar';
import { MEMBER_INTRO_RE, SET_NUMBER_WORD_RE, countedObject } from './designation-lists';
import { type NameSpan, ALL_SET, OTHER_SET, objectMembers, ALIAS_GAP_RE } from './designation-names';
import { ownsCountedSet, describesNextName, byPhraseEnd } from './designation-authorities';
import type { SentenceScope } from './designation-passage';
import {
  BAN_WORD_RE,
  LIFTED_SANCTIONS_ON_RE,
  LISTING_REFERENCE,
  OWN_LABEL_RE,
  type TriggerFrame,
  type TriggerVoice,
} from './designation-triggers';
import {
  roleAppositionName,
  referent,
  namedByCountedReference,
  definiteBefore,
} from './designation-referents';

// "banned X on Thursday as a terrorist outfit": when comes between the object and its label.
const WHEN_BEFORE_AS_RE = new RegExp(
  `^\\s+(?:on\\s+(?:${WEEKDAY})|in\\s+\\d{4}|last\\s+(?:week|month|year)|in\\s+(?:its|their)\\s+entirety|in\\s+full)(?=\\s+as\\s)`,
);

// Where a verb's object ends: "as" its label, a preposition phrase, a clause (a relative one
// too: "the network that carried out the attack in Jakarta"), a second listing verb ("delisted the
// group in 2021 but redesignated the Houthis") or a full stop (not the point of
// an initial: "the U.S.-based group X").
const OBJECT_END_RE =
  /\s+(?<!\bknown\s+|\bwell\s+|\bsuch\s+)as\s+(?!well\s+as\b)|\s+(?:for|from|to|on|in|under)\s+(?:its|the|a|an|UN|US)\b|\s+(?:to|on|from)\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:black)?lists?\b)|\s+off\s+|\s+by\s+(?!the\s+way\b)|,\s*(?:which|who|whose|a(?!\.k\.a\.)|an|considered|one|saying|leader|chief|head|founder)\b|\s[—–]\s|(?<!\b[A-Z])\.|[;:]|\s+(?:after|because|following|since|over)\s|(?<=[\p{L})])\s+(?:that|which|who)\s+(?=\p{Ll})|,?\s+(?:but|and|then|before)\s+(?:(?:then|later|subsequently|again|was|were|had|has)\s+){0,2}(?:re-?designat|re-?list|designat|delist|de-list|proscrib|deproscrib|blacklist)\w*\b/iu;

const OWNED_THING_RE =
  /^(?:\s+(?:group|organi[sz]ation|movement))?['’]s\s+(?:[\p{Ll}-]+\s+)?(?:affiliates?|branch(?:es)?|offshoots?|chapters?|franchises?|web\s?sites?|websites?|web\s+pages?|publications?|materials?|flags?|symbols?|logos?|emblems?|insignia|literature|books?|brochures?|newspapers?|magazines?|broadcasts?|channels?|accounts?|social\s+media|television|radio|rallies|march(?:es)?|events?|assets?)\b/u;
const DASH_MEMBERS_RE = /^((?:the\s+)?\p{Lu}[^—–.;:]{2,200}?)\s[—–]/u;
/** "and local affiliates": a group's branches named by where they are, with no "its". */
const LOCAL_PARTS = '(?:local|regional|foreign|overseas)\\s+(?:affiliates|branches|offshoots|chapters)';
/** The group's own parts, or a closing uncounted set, between the object and "as" its label. */
// ("added the movement and the leaders to its Specially Designated Global Terrorist list": so
// before a list the object is put on.)
const PARTS_BEFORE_LABEL_RE = new RegExp(
  `^\\s+(?:group\\s+)?(?:and|or)\\s+(?:(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+|the\\s+(?:[\\p{Ll}-]+\\s+)?(?:leaders|leadership|members|founders|commanders|officials|financiers)|${LOCAL_PARTS}|${OTHER_SET})(?=\\s+as\\s|\\s+(?:to|on|onto)\\s+(?:its|the|their|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:black)?list\\b)`,
  'u',
);
// A counted set of organisations after a ban verb: "banned 78 organisations", "outlawed two more groups".
const BANNED_ORGANISATIONS_RE =
  /^\s+(?:another\s+|a\s+further\s+|as\s+many\s+as\s+|at\s+least\s+)?[\w-]+\s+(?:more\s+|other\s+)?(?:[\p{L}-]+\s+){0,2}?(?:organi[sz]ations|groups|outfits|entities)\b/u;

// A designation noun's object: "the designation of X", "the ban on X", "the designation it had
// imposed on X".
// "the deletion (de-listing) of five men": a gloss may follow the noun.
// "the proscription order placed on X", "the proscription and gazetting of X": the noun's
// order, or a second noun, may come between.
export const NOUN_OBJECT_RE =
  /^(?:\s+\([\p{L}-]{3,20}\))?(?:\s+(?:order|orders|decision|notice|notification)|\s+and\s+[\p{Ll}-]{3,}ing)?\s+(?:(?:(?:it|that|which|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:imposed|placed)\s+(?:(?:under|by)\s+[^,.;]{1,60}?\s+)?(?:on|against)|of(?:\s+the\s+(?:entirety|whole)\s+of)?|on|against|for(?=\s+(?:the\s+)?\p{Lu}))(?=\s)/iu;
const TERROR_BEFORE_NOUN_RE = /(?:terror\w*|FTO|SDGT)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * The object a pronoun or reference stands for: "the group", "the Iran-backed group", "the
 * Lebanese militant group" (not "the other group"), "its armed wing", "this terrorist
 * organisation", "it", "the latter", or a listing referred back to.
 */
const REFERRED_OBJECT_RE = new RegExp(
  `^\\s+(?:(?:of|on|upon|against)\\s+)?(the\\s+(?:(?!other\\b|rival\\b|new\\b|second\\b|same\\b|first\\b|latter\\b|former\\b)[A-Za-z]+(?:-[A-Za-z]+)?\\s+){0,2}?(?:group|organi[sz]ation|movement|outfit|network|militia|country|island|nation|battalion|regiment|cartel|gang|party)(?!['’])|(?:its|the\\s+(?:[a-z-]+\\s+){0,2}?group['’]s)\\s+(?:armed|military|political|youth)\\s+wing|this\\s+(?:(?:terrorist|terror|militant|extremist|mercenary|armed|jihadist|Islamist|violent)\\s+)?(?:group|organi[sz]ation|movement|outfit|network|militia)|them|it|him|her|(?:his|her)\\s+name|the\\s+latter|${LISTING_REFERENCE})\\b`,
  'i',
);

const LISTING_REFERENCE_RE = new RegExp(`^(?:${LISTING_REFERENCE})$`, 'i');

/**
 * The trigger's object: names after it up to "as", a comma clause or the label — a counted set,
 * a role's holder, a pronoun's antecedent — and the label after the object. False when the
 * trigger makes no claim after all (a restating clause, a listing as something else).
 */
export function objectEntities(sc: SentenceScope, t: TriggerFrame, voice: TriggerVoice): boolean {
  const { objFrom, objTo } = objectSpan(sc, t, voice);
  const named = objectNames(sc, t, objFrom, objTo);
  if (restatesPreviousClaim(sc, t)) return false;
  t.entities = withClosingCountedSet(sc.s, referredObject(sc, t, named), objTo);
  if (t.entities.length > 0 && !t.label && !labelAfterObject(sc, t)) return false;
  widenOverDeclaredBy(sc.s, t);
  t.entities = withoutAliases(sc.s, t.entities);
  return true;
}
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
const APPOSED_LIST_MEMBER_RE =
  /^,\s*an?\s+[^,;.()]{1,60},\s+(?=(?:the\s+)?\p{Lu}[^.;]{0,200}?\s(?:and|or)\s+(?:the\s+)?\p{Lu}[^.;]{0,100}?\s+as\s)/u;

/** "designated as terrorists Jose Maria Sison": a terror label before the object's name. */
// (Case-sensitive: under the i flag \p{Lu} would match any letter.)
// "designated Monday as international terrorist organizations the armed militias of Hezbollah":
// a weekday may come first, and a wing or militia of the named group may be the object.
export const LABEL_FIRST_RE = new RegExp(
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
  // "slapped a terrorist label on X": so does the label's.
  const sanctionsOn =
    /^(?:sanctions|restrictive\s+measures)$/i.test(word) || OWN_LABEL_RE.test(word)
      ? /^(?:\s*,[^,.;]{1,60},)?\s+(?:on|upon|against)(?=\s)/i.exec(after)
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
        : // "declared two more outfits — A and B — proscribed organisations": a bare label.
          /^\s*(?:as|under|on|to|by|in|proscribed|(?:an?\s+)?terrorists?)\b/i
      ).test(objText.slice(stop.index + 3 + close[0].length))
    )
      objTo = objFrom + stop.index + 3 + close[1].length;
    // "OFAC designated the four ISIS members — A, B, C, and D.": a dash opening the members
    // that end the sentence.
    else {
      const tail = DASHED_NAMES_TO_END_RE.exec(s.slice(objFrom + stop.index + 3));
      if (tail) objTo = objFrom + stop.index + 3 + tail[1].length;
    }
  }
  return { objFrom, objTo };
}

const DASHED_NAME = String.raw`(?:al-)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|bin|ibn|el|de|da)-?\s*)?\p{Lu}[\p{L}'’.-]*){0,4}`;
const DASHED_NAMES_TO_END_RE = new RegExp(
  String.raw`^(${DASHED_NAME}(?:\s*,\s*${DASHED_NAME}){0,8}\s*,?\s+and\s+${DASHED_NAME})\s*(?:\.\s*)?$`,
  'u',
);

// ("designates Mexican cartels as …": a nationality may describe them.)
// ("placed right-wing extremist groups on the national list": groups a creed describes.)
const ARMED_CLASS_OBJECT_RE =
  /^\s+(?:all\s+)?(?:((?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish)\s+){0,2}?(?:bandits|gangs|cartels|militias|separatists|insurgents|rebels|militants|jihadists))(?=\s+as\s)|((?:[\p{Ll}-]+\s+)?(?:right-wing|left-wing|far-right|far-left|extreme-right|neo-Nazi|white\s+supremacist|extremist|jihadist|Islamist|separatist)\s+(?:groups|organi[sz]ations|outfits|networks|movements))(?=\s+(?:as|on|to|onto)\s))/u;

const CLASS_EXAMPLES_LEAD_RE =
  /^\s+(?:the\s+)?(?:other\s+)?(?:[\p{L}-]+\s+){0,4}?(?:groups|organi[sz]ations|entities|militias|movements|outfits|gangs|cartels|factions)(?:\s+of\s+(?:the\s+)?\p{Lu}[^,;:]{0,80}?)?,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?$/u;
const AFFILIATE_NOUN_AFTER_RE =
  /^\s+(?:affiliated|linked|backed|aligned|allied|inspired)\s+(?:[\p{Ll}-]+\s+)?(?:groups?|organi[sz]ations?|outfits?|militias?|networks?|factions?)\b/u;

const UNNAMED_PEOPLE_RE =
  /^\s+(?:(?:specific|certain|several|some|various|named|key|senior|other)\s+)?(?:individuals|people|persons|members|supporters|financiers|facilitators|associates|operatives|figures)\s/;
/** The names in the object: its members, an unnamed counted set (with its examples), or the person a role names. */
function objectNames(
  { s, names, ctx, state }: SentenceScope,
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
      // "sanctions Al-Qaeda affiliated group": without the hyphen too, before the group's noun.
      !AFFILIATE_NOUN_AFTER_RE.test(s.slice(n.end, n.end + 40)) &&
      // "four individuals with ties to Pakistan, namely A …": where a counted set's ties lead; so
      // do "specific individuals associated with Al-Shabaab" (people the sentence does not name).
      !(
        /\b(?:ties|links|linked|associated|affiliated|based)\s+(?:to|with|in)\s+(?:the\s+)?$/.test(
          s.slice(Math.max(0, n.start - 24), n.start),
        ) &&
        (SET_NUMBER_WORD_RE.test(s.slice(objFrom, n.start)) ||
          UNNAMED_PEOPLE_RE.test(s.slice(objFrom, n.start)))
      ),
  );
  const lead = firstName ? s.slice(objFrom, firstName.start) : '';
  // "classified other dissident organizations of the FARC, such as A and B, as terrorists": the
  // examples of an uncounted class are the members (the class's owner is not).
  const classExample = names().find(
    (n) =>
      n.start >= objFrom &&
      n.end <= objTo &&
      n.start - objFrom <= 160 &&
      CLASS_EXAMPLES_LEAD_RE.test(s.slice(objFrom, n.start)),
  );
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
  // "designated two gangs, Los Choneros and Los Lobos, as …": without a demonym the first name
  // is the first member, and the set is named by its members, as the corpora do.
  const demonymInSet =
    set !== null && firstName !== undefined && firstName.start >= set.start && firstName.end <= set.end;
  const setMember =
    set === null || firstName === undefined
      ? undefined
      : demonymInSet
        ? names().find((n) => n.start >= set.end && n.end <= objTo)
        : firstName.start >= set.end && /^\s*[,:(–—-]\s*(?:the\s+)?$/.test(s.slice(set.end, firstName.start))
          ? firstName
          : undefined;
  const membersAfterSet =
    set !== null && setMember !== undefined && MEMBER_INTRO_RE.test(s.slice(set.end, setMember.start))
      ? objectMembers(s, setMember.start, objTo, names())
      : [];
  if (set !== null && membersAfterSet.length > 0)
    return demonymInSet ? [set, ...membersAfterSet] : membersAfterSet;
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
  // "placed the two organisations on the list": the two groups the passage has just named.
  const namedSet =
    unnamedSet && (/^both\s/i.test(set.text) || definiteBefore(s, set.start))
      ? namedByCountedReference(set, state.recent ?? [])
      : null;
  let entities = unnamedSet
    ? (namedSet ?? [set])
    : examples
      ? [set, ...objectMembers(s, firstName.start, objTo, names())]
      : set === null && classExample !== undefined
        ? objectMembers(s, classExample.start, objTo, names())
        : (close || described ? objectMembers(s, memberFrom, objTo, names()) : []).filter(
            (n) =>
              !/^(?:Foreign|Specially|State)\b/.test(n.text) &&
              // "banned X's television channel": X owns the object, it is not listed.
              !OWNED_THING_RE.test(s.slice(n.end, n.end + 60)),
          );
  // "issued a gazette designating bandits as terrorists": a class of armed men named by its
  // common noun, with a terror label.
  // ("placed right-wing extremist groups on the national list of …": the label after the object.)
  const classLabel = entities.length === 0 && g.verb !== undefined ? (label ?? labelAfter(s, objTo)) : null;
  if (classLabel !== null && CUE_RE.test(classLabel.label)) {
    const cls = ARMED_CLASS_OBJECT_RE.exec(s.slice(objFrom, objTo + 4));
    if (cls) {
      const text = cls[1] ?? cls[2];
      const at = objFrom + cls[0].length - text.length;
      entities = [{ start: at, end: at + text.length, text }];
    }
  }
  // "designated the group's leader, A, a global terrorist": the person the role names.
  // The role may name the group it belongs to ("the head of the movement Hamas, A,"):
  // the person, not the group, is the object.
  // "named the group's emir, A, spokesperson B and … as SDGTs": the list goes on from the person.
  const person = roleAppositionName(s, objFrom, names());
  if (person && entities.every((e) => e.end <= person.start)) {
    const listed = objectMembers(s, person.start, objTo, names());
    entities = listed[0]?.start === person.start && listed.length > 1 ? listed : [person];
  }
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
    // "put Cuba back on a blacklist designating it a 'state sponsor of terrorism'": a list's own
    // participle restates it too.
    (/^[^.;]{0,40}\band\s+$/.test(s.slice(prev.end, tStart)) ||
      (/^\s*$/.test(s.slice(prev.end, tStart)) && /(?:black)?list$/i.test(s.slice(prev.start, prev.end)))) &&
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
  // ("a bid to sanction the BLA and the Majeed Brigade …, after Washington declared both groups
  // as …": the last two groups the sentence named, when it names two before the verb.)
  const sentenceGroups = both
    ? names().filter((n) => n.end <= tStart && !opensWithAuthority(n.text) && !isStateOnly(n.text))
    : [];
  const recent = sentenceGroups.length >= 2 ? sentenceGroups : (lastEntity.recent ?? []);
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
  // "lifted the ban on six diaspora groups", "revoked the designation it had imposed on six
  // individuals": a listing named with a counted object of its own refers back to nothing.
  const ownCountedObject =
    pronoun !== null &&
    /^\s+(?:(?:(?:it|that|which|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:imposed|placed)\s+)?(?:on|of|against)\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s/i.test(
      after.slice(referenceFrom + pronoun[0].length),
    );
  // "… banned the party. The order said it had lifted the ban": a listing referred to is the
  // passage's last, when this sentence has made none.
  const listingReferred =
    pronoun !== null && sc.found.length === 0 && LISTING_REFERENCE_RE.test(pronoun[1])
      ? lastEntity.claim?.entity
      : undefined;
  const referred =
    pronoun && !ownCountedObject && !/^(?:him|her|(?:his|her)\s+name|the\s+latter)$/i.test(pronoun[1])
      ? (listingReferred ?? referent(sc, tEnd))
      : undefined;
  // "designated the Nordic Resistance Movement and three of its leaders … added the movement":
  // a head noun the last group does not bear names the recent group that bears it.
  const head = pronoun
    ? /^the\s+(?:[\p{L}-]+\s+){0,2}?(group|organi[sz]ation|movement|network|militia|cartel|gang|party)$/iu.exec(
        pronoun[1],
      )
    : null;
  const bearsHead = head ? new RegExp(`\\b${head[1]}\\b`, 'i') : null;
  const antecedent =
    referred && bearsHead && !bearsHead.test(referred.text)
      ? ([...(lastEntity.recent ?? [])].reverse().find((g) => bearsHead.test(g.text)) ?? referred)
      : referred;
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
    // ("deleted his name from its sanctions list": so is his name.)
    const antecedent = /^(?:him|her|(?:his|her)\s+name)$/i.test(pronoun[1])
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

// "and two Iraqi militias", "and other similar groups", "and all bandit clusters".
const CLOSING_SET_AFTER_RE = new RegExp(
  String.raw`^(?:\s+[\p{Ll}-]+)?(?:,\s*|\s+)(?:and\s+)((?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:other\s+)?(?:[\p{L}-]+\s+){0,2}(?:groups|militias|organi[sz]ations|entities|individuals|leaders|members|financiers|cartels|gangs|outfits|factions|affiliates|networks|companies|firms|persons|people|NGOs|charities|associations)|other\s+(?:similar|such|related|allied|affiliated|like-minded|associated)\s+(?:groups|militias|organi[sz]ations|outfits|entities)|${ALL_SET})\b`,
  'u',
);

/**
 * "the Houthis, Hamas's military wing and two Iraqi militias": a counted set closing the list;
 * "X and other similar groups": a set of its own (docs/CLAIMS.md).
 */
export function withClosingCountedSet(s: string, named: NameSpan[], objTo: number): NameSpan[] {
  let entities = named;
  if (entities.length > 0) {
    const tail = s.slice(entities[entities.length - 1].end, objTo + 60);
    const set = CLOSING_SET_AFTER_RE.exec(tail);
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
  // "designated Wagner a transnational criminal organisation": designated something else (also
  // in quotes: a “significant transnational criminal organisation”).
  const otherLabel =
    /^\s+an?\s+["“'‘]?((?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ation|group|entity|network|threat))\b/u.exec(
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
  // "designated the Brotherhood and its local affiliates as …": groups of their own beside the
  // object (its "organisation" is the object itself); so is the uncounted rest ("and other
  // drug cartels").
  if (withParts && objectLabel && objectLabel.end > lastObject.end + withParts[0].length) {
    const part = PART_NAMED_RE.exec(withParts[0]);
    if (part) {
      const start = lastObject.end + part.index;
      t.entities.push({ start, end: start + part[0].length, text: part[0] });
    }
  }
  return true;
}
const PART_NAMED_RE = new RegExp(
  `(?<=\\s(?:and|or)\\s+)(?:(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:affiliates|branches|offshoots|franchises|front\\s+organi[sz]ations|fronts)|${LOCAL_PARTS}|${OTHER_SET})$`,
  'u',
);

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
const DECLARED_BY_RE =
  /^\s+(?:has|have|had)\s+(?:also\s+)?been\s+(?:declared|imposed|issued|announced|introduced|enacted|adopted)(?=\s+by\s)/i;
