/**
 * A passage's designation hits from its sentences' claims (passageHits): list semicolons read as
 * commas, the entity named in full or by the name the passage goes by, a group's chapters, a
 * capital for its state, titles a state shares resolved, and footnoted claims in text order.
 */
import type { DesignationClaim } from './types';
import type { Span } from './sentences';
import { authoritiesIn, isStateOnly, type AuthorityMention } from './designators';
import { localeOf } from './home-states';
import { SET_ENTITY_RE, SET_NUMBER_WORD_RE } from './designation-lists';
import { type NameSpan, initials, mayNameInFull, fullName } from './designation-names';
import { hitDesignators } from './designation-authorities';
import {
  type PassageContext,
  type RecentGroup,
  type PassageState,
  type Found,
  SPONSOR_RE,
} from './designation-passage';
import { readableLabel } from './designation-trigger-claims';
import { withSameStepAfter } from './designation-follow-on';
import { sentenceDesignations } from './designation-sentence';

export type DesignationHit = Omit<DesignationClaim, 'quote'>;
const INSTITUTION_RE =
  /(?:\bProsecutor(?:['’]s\s+Office)?|\bGeneral['’]s\s+Office|\bMinistry(?:\s+of\s+[\p{L}\s]+)?|\bCourt|\bAppeals?|\bTribunal|\bParliament|\bSenate|\bPolice\s+(?:Officer|Commissioner|Inspector|Superintendent)(?:\s+\([A-Z]{2,5}\))?)(?:\s+in\s+\p{Lu}[\p{L}-]+)?$/u;

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
  // ("Hay'at Tahrir al-Sham (and other aliases)": a parenthesis that is no acronym is no part of it.)
  const otherName = other.text.replace(/\s*\((?![A-Z]{2,6}\))[^()]*\)$/, '');
  // The other name, by its longest word or its acronym, appears outside the "known as" phrases.
  const word = otherName
    .split(/[\s-]+/)
    .sort((a, b) => b.length - a.length)[0]
    .replace(/[^\p{L}]/gu, '');
  // ("Sunrise Front Solidarity" also known as Sunrise: a short form of the same name.)
  if (word.length < 4 || name.includes(word)) return undefined;
  // (Counted with apostrophes left out, as the word is: "Hay'at" is "Hayat".)
  const plain = t.includes("'") || t.includes('’') ? t.replace(/['’]/g, '') : t;
  const uses = plain.split(word).length - 1;
  const asAlias = (plain.match(new RegExp(`known\\s+as\\s+["“‘]?[^.;,]{0,40}?${word}`, 'g')) ?? []).length;
  const acronym = /\(([A-Z]{2,6})\)/.exec(otherName)?.[1] ?? initials(otherName.replace(/^the\s+/i, ''));
  const acronymUsed = acronym.length >= 2 && new RegExp(`\\b${acronym}\\b`).test(t);
  return uses > asAlias || acronymUsed ? otherName : undefined;
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
export function withHomeTitlesResolved(
  t: string,
  ctx: PassageContext,
  hits: DesignationHit[],
): DesignationHit[] {
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
export function withFootnoteClaims(hits: DesignationHit[], footnoted: DesignationHit[]): DesignationHit[] {
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

export function passageHits(
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
      // (A quoted part inside the name keeps its marks: "the Legion "Freedom of Russia"".)
      const unopened = f.entity.text.replace(/^["“”]+/, '');
      const bare = (
        (unopened.match(/["“”]/g)?.length ?? 0) % 2 === 1 ? unopened.replace(/["“”]+$/, '') : unopened
      ).replace(/^The\s+(?=[A-Z][A-Z-]{1,9}$|[A-Z][a-z][A-Z][A-Za-z]{0,3}$)/, '');
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
      // "designated a Foreign Terrorist Organization": the US's own lists name their keeper.
      // A state listed as a sponsor of terrorism never lists itself ("Iran declared the UK a
      // state sponsor of terrorism"); with no other lister named, no claim.
      const designators = withoutListedState(
        hitDesignators(f, t.slice(start, end), t.slice(Math.max(0, start - 12), start), ctx),
        entityText,
      );
      if (designators === null) continue;
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
        designators,
        label: readableLabel(f.label, f.status),
        status: f.status,
      });
    }
  }
  return hits;
}

/** The listers other than the listed state itself; null when the state would list only itself. */
function withoutListedState(designators: string[], entityText: string): string[] | null {
  if (!isStateOnly(entityText)) return designators;
  const listed = authoritiesIn(entityText)[0].name;
  const others = designators.filter((d) => d !== listed);
  return others.length === 0 && designators.length > 0 ? null : others;
}
