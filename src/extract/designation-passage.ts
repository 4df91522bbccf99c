/**
 * The passage a designation sentence sits in: its names and authority mentions, scanned lazily
 * block by block (PassageContext); what the sentences so far tell the next one (PassageState,
 * Found, RecentGroup); and whether a sentence without a cue continues the passage's story.
 */
import type { Span } from './sentences';
import { authoritiesIn, isStateOnly, opensWithAuthority, type AuthorityMention } from './designators';
import { EXTREMIST_ATTACK_RE, onlyWidelyListedIn, listsWidelyListed } from './designation-cue';
import { localeOf, placeCounts, type PlaceCounts } from './home-states';
import {
  DESCRIBING_ONLY_RE,
  type NameSpan,
  namesIn,
  namesGroup,
  ACRONYM_RE,
  WIRE_DATELINE_RE,
} from './designation-names';
import { type PassageAuthorities, passageAuthorities } from './designation-authorities';

// A passage about terror listings: a terror list, label or order somewhere in it.
const TOPIC_RE =
  /Specially\s+Designated\s+Global\s+Terrorists?|\bSDGTs?\b|\bE\.?\s?O\.?\s*13224|Executive\s+Order\s+13224|Foreign\s+Terrorist\s+Organi[sz]ations?|\bFTOs?\b|proscribed\s+(?:organi[sz]ations?|groups?|outfits?)|terror(?:ist|ism)?\s+(?:black)?lists?|list(?:ing)?\s+of\s+(?:designated\s+|foreign\s+|banned\s+)?terror(?:ist)?\b|terrorist\s+entit(?:y|ies)|listed\s+(?:as\s+)?(?:an?\s+)?terrorist|\b1267\b|counter-?terrorism\s+(?:designations?|sanctions)|designated\s+(?:as\s+)?(?:a\s+)?terrorists?\b|anti-?terroris[mt]\s+(?:act|law)|(?:Prevention\s+of\s+)?Terrorism\s+(?:\(Prevention\)\s+)?Act|\bUAPA\b|Unlawful\s+Activities\s+\(Prevention\)|banned\s+outfits?\b|list\s+of\s+(?:banned|proscribed|outlawed)\s+(?:outfits|organi[sz]ations|groups|entities)|terror(?:ist)?\s+(?:organi[sz]ations?|groups?|outfits?)/i;

// A title or role before a name says it names a person: "Mr Sharaa", "Labour leader Jane Doe".
const PERSON_TITLE_RE =
  /\b(?:Mr|Ms|Mrs|Dr|President|Sheikh|Gen|General|Colonel|[Ll]eader|[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Cc]hief)\.?((?:\s+\p{Lu}[\p{L}'’-]*){1,4})/gu;
/** "its leader, Akram Abbas al-Kabi,": a group's role, then its holder set off by a comma. */
const ROLE_THEN_PERSON_RE =
  /\b(?:its|their|the\s+group['’]s|the\s+organi[sz]ation['’]s)\s+(?:(?:former|late|top|new|deputy|military|political|spiritual|supreme)\s+)?(?:leader|chief|head|founder|commander|spokes(?:man|woman|person)|emir)\s*,\s+((?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+|bin|ibn)){0,4})/gu;
/**
 * "Hassan Nasrallah, the leader of Hezbollah", "Jane Doe, the group's founder", "Jane Doe, the
 * home secretary,": a person by apposition.
 */
const PERSON_ROLE =
  '(?:leader|chief|head|founder|co-founder|commander|spokes(?:man|woman|person)|secretary-general|emir)';
const PERSON_APPOSITION_RE = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:the\\s+(?:[\\p{L}-]+\\s+){0,2}?${PERSON_ROLE}\\s+of\\b|(?:the\\s+)?\\p{Lu}[\\p{L}-]*['’]s?\\s+(?:[\\p{L}-]+\\s+)?${PERSON_ROLE}\\b|the\\s+(?:home|foreign|interior|prime|defen[cs]e|justice|security)\\s+(?:secretary|minister)\\s*,)`,
  'gu',
);
const GROUP_NAME_END_RE =
  /\b(?:Party|Front|Army|Group|Movement|Organi[sz]ation|Brigades?|State|Council|Forces|Corps|Units?|Network|League|Union|Committee)$/u;
const HYPHENATED_NAME_RE = /^\p{Lu}[\p{L}'’]*-(?:\p{Lu}|[a-z]{1,2}-\p{Lu})/u;

/** Sentences per block of the passage's lazily scanned context (names, authorities). */
const BLOCK_CHARS = 512;

// "OTTAWA -- ": a capital in capitals and a dash, with no agency or country.
const BARE_DATELINE_RE = /^\s*\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}\s*(?:--|[—–])\s/u;

/**
 * The passage's names and authority mentions, scanned block by block only where a claim
 * looks for them: a long page holds few claims, and scanning all of it dominated the cost.
 */
export class PassageContext {
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
   * Ministry"), in a report whose places are all one state's (home-states.ts), or that names
   * one state and no other authority: that state.
   */
  unnamedNationalDesignator(): string[] {
    if (this.national === undefined) {
      const body = NATIONAL_BODY_RE.test(this.t);
      // "KUALA LUMPUR — … in the Home Ministry's books … a threat to Malaysia's public order":
      // else the one state the passage names, if it names no other authority.
      const named = body ? new Set(authoritiesIn(this.t).map((m) => m.name)) : new Set<string>();
      const only = named.size === 1 ? [...named][0] : undefined;
      const locale = body
        ? (localeOf(this.places()) ?? (only && isStateOnly(only) ? only : undefined))
        : undefined;
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

  /**
   * The state in the passage's opening wire dateline ("DHAKA, Bangladesh (AP) — "), if any;
   * a capital alone names its state ("OTTAWA -- The federal government is adding …").
   */
  datelineState(): string | undefined {
    const opening = this.t.slice(0, 80);
    const dateline = WIRE_DATELINE_RE.exec(opening) ?? BARE_DATELINE_RE.exec(opening);
    // Capitals as a name is spelled: "OTTAWA" is Ottawa, Canada's capital.
    const states = dateline
      ? authoritiesIn(dateline[0].replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase()))
      : [];
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
  /**
   * "… members of the Tren de Aragua gang. The gang, accused of …": the name the sentence before
   * gave with the same head noun, if any.
   */
  namedWithHeadBefore(at: number, head: string): NameSpan | undefined {
    const before = this.sentenceBefore(at);
    if (!before.includes(head)) return undefined;
    const start = this.t.lastIndexOf(before, at);
    const names = namesIn(before);
    // ("the Tren de Aragua gang": the head may close the name itself.)
    const named = names
      .filter(
        (n) =>
          n.text.toLowerCase().endsWith(` ${head}`) ||
          /^\s+(\S+)/.exec(before.slice(n.end, n.end + head.length + 4))?.[1].toLowerCase() === head,
      )
      .pop();
    return named && start >= 0 ? { ...named, start: start + named.start, end: start + named.end } : undefined;
  }

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
const LISTING_WORD_RE = /designat|list|proscri|\bban|blacklist|sanctioned/i;
const LISTING_OR_SANCTIONS_RE =
  /designat|list|proscri|\bbans?\b|blacklist|(?:annul|lift)\w*\s+(?:the\s+)?(?:sanctions|restrictive\s+measures)/i;
const NOT_A_TOPIC_RE =
  /\d|^[A-Z]{6,}\b|\b(?:Court|Ministry|Government|Council|Department|Office|Committee|Parliament|Assembly|Police|Army|Agency|News|Times|Post|Guardian|Telegraph|Independent|Herald|Tribune|Journal|Gazette|Observer|Reuters|Bloomberg|BBC|CNN|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A sentence under study: where it sits in the passage, and the claims found in it so far. */
export interface SentenceScope {
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
   * "X was removed from the list", "Y and Z were added", in a passage about terror lists: where
   * the sentence moves a group onto or off the list the passage is about ([start, end), or null).
   */
  listMove: { start: number; end: number } | null;
  /**
   * "TTP, blacklisted by Washington in 2010, claimed the bombing": the offset of a listing verb
   * in an apposition that names its authority, in a sentence about armed violence (-1 if none).
   */
  apposedAt: number;
}

/** Whether `at` lies inside the sentence's move onto or off the passage's list. */
export function withinListMove(sc: SentenceScope, at: number): boolean {
  return sc.listMove !== null && at >= sc.listMove.start && at < sc.listMove.end;
}

/**
 * A sentence without a cue may still continue the passage's story about a listed group
 * ("The group had been listed a month earlier").
 */
export function continuesStory(s: string, lastEntity: PassageState): boolean {
  return (
    lastEntity.v !== null &&
    ((LISTING_WORD_RE.test(s) && (refersBack(s) || refersToSet(s))) ||
      // "Court Annuls Sanctions on X", "bans of X have been declared by …": the sentence names
      // one of the passage's last listed groups again.
      (LISTING_OR_SANCTIONS_RE.test(s) &&
        [lastEntity.v, ...(lastEntity.recent ?? []).slice(-3)].some((g) => namesGroup(s, g.text))))
  );
}

const INTRODUCED_GROUP_RE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*)){1,8})\s*(?:,\s*or\s+|\(\s*)\p{Lu}[\p{Lu}\d-]{1,10}\b(?![^.]*\b\p{Lu}[\p{L}'’-]*\s*(?:,\s*or\s+|\()\p{Lu}{2})/u;
// "… targeted high-ranking members of Harakat al-Nujaba.": a group named by its people.
const GROUP_OF_PEOPLE_RE =
  /\b(?:members|fighters|leaders|commanders|militants|operatives|cadres)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:al-[\p{L}'’-]+|\p{Lu}[\p{L}'’-]*)){0,4})(?=\s*[.,;]|\s+(?:in|on|at|near)\b)/u;

/** A state's own bodies, named without the state. */
const NATIONAL_BODY_RE =
  /\b(?:[Ii]nterior|[Hh]ome)\s+[Mm]inistry|\b[Mm]inistry\s+of\s+(?:[Ii]nterior|[Hh]ome\s+[Aa]ffairs)|\bNACTA\b|\bNacta\b|National\s+Counter\s+Terrorism\s+Authority|National\s+Investigation\s+Agency/;

/** The state sponsor list in any wording: its entities are states. */
export const SPONSOR_RE = /sponsor|terror(?:ist)?\s+state/i;
