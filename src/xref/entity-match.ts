/**
 * Resolve the entity a designation claim names ("Hayat Tahrir al-Sham (HTS)")
 * to database entities. Exact normalised keys first, then a token-overlap
 * match; weak aliases may confirm a match but never make one; when two
 * entities fit about equally well the answer is "ambiguous", never a guess.
 */
import { nameKey, nameKeysOf } from '../db/name-key';
import type { EntityRow } from '../db/types';
import { BACKER_WORDS } from '../extract/lexicon';

/** Token overlap (Dice coefficient) a fuzzy match needs: 0.75 ≈ three of four words shared. */
export const FUZZY_THRESHOLD = 0.75;
/** Two candidates closer than this are reported as ambiguous. */
export const AMBIGUITY_MARGIN = 0.04;

/** Scores by how the name matched: the entity's own name beats another entity's alias. */
const SCORE = { primary: 1, alias: 0.95, former: 0.95, acronym: 0.9, fuzzyCap: 0.9, weakBonus: 0.03 };

// Descriptors the news adds to a name ("the Islamic State group"): not part of it.
const DESCRIPTORS = new Set([
  'group',
  'groups',
  'militia',
  'militias',
  'organization',
  'organisation',
  'movement',
  'faction',
  'network',
  'terrorist',
  'terror',
  'militant',
  'jihadist',
  'rebel',
  'rebels',
  'armed',
]);

export interface EntityCandidate {
  entity: EntityRow;
  score: number;
  /** e.g. "exact name", "alias 'Lebanese Hezbollah'", "words of 'Hay'at Tahrir al-Sham'". */
  matchedBy: string;
}

export interface EntityMatch {
  entity: EntityRow | null;
  score: number;
  matchedBy: string;
  /** Set when several entities fit about equally well; entity is then null. */
  ambiguous: EntityRow[];
  candidates: EntityCandidate[];
}

function stripDescriptors(key: string): string {
  const t = key.split(' ');
  while (t.length > 1 && DESCRIPTORS.has(t[t.length - 1])) t.pop();
  while (t.length > 1 && (DESCRIPTORS.has(t[0]) || t[0] === 'the')) t.shift();
  return t.join(' ');
}

// Who backs a group or where it is, written before its name ("Iran-backed Kataib Hezbollah",
// "al-Qaeda-linked al-Shabaab"): not part of it (the extractor's own list).
const BACKERS = new Set(BACKER_WORDS);

function stripBacker(key: string): string {
  const t = key.split(' ');
  const at = t.slice(0, 4).findIndex((w) => BACKERS.has(w));
  return at >= 0 && at < t.length - 1 ? t.slice(at + 1).join(' ') : key;
}

// "Kurdish PKK", "Yemeni Houthis": a nationality before a one-word name describes it.
const NATIONALITY_WORDS = new Set(
  'kurdish lebanese palestinian yemeni iraqi syrian afghan pakistani nigerian somali iranian turkish egyptian libyan malian sudanese indian russian'.split(
    ' ',
  ),
);

function stripNationality(key: string): string {
  const t = key.split(' ');
  return t.length === 2 && NATIONALITY_WORDS.has(t[0]) ? t[1] : key;
}

/** The keys an entity name from a page is looked up by (exact index lookups). */
export function entityQueryKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const k of nameKeysOf(name)) {
    keys.add(k);
    keys.add(stripDescriptors(k));
    keys.add(stripDescriptors(stripBacker(k)));
    keys.add(stripNationality(stripDescriptors(k)));
  }
  keys.delete('');
  return [...keys];
}

/** Keys that came only from a parenthesised acronym: they collide across groups, so they score lower. */
function acronymKeys(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const k = nameKey(m[1]);
    if (k && !k.includes(' ')) out.add(k);
  }
  return out;
}

function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(b);
  let common = 0;
  for (const t of new Set(a)) if (set.has(t)) common++;
  return (2 * common) / (new Set(a).size + set.size);
}

const rowKeyCache = new WeakMap<
  EntityRow,
  { key: string; type: EntityRow['names'][number]['type']; name: string }[]
>();
function namedKeys(row: EntityRow) {
  let keys = rowKeyCache.get(row);
  if (!keys) {
    keys = [];
    for (const n of row.names)
      for (const k of nameKeysOf(n.name)) keys.push({ key: k, type: n.type, name: n.name });
    if (!row.names.some((n) => n.type === 'primary'))
      for (const k of nameKeysOf(row.name)) keys.push({ key: k, type: 'primary', name: row.name });
    rowKeyCache.set(row, keys);
  }
  return keys;
}

/** Score one entity against the page's name; 0 when it does not match. */
export function scoreEntity(name: string, row: EntityRow): EntityCandidate {
  const query = entityQueryKeys(name);
  const acronyms = acronymKeys(name);
  const qset = new Set(query);
  let best: EntityCandidate = { entity: row, score: 0, matchedBy: '' };
  const offer = (score: number, matchedBy: string) => {
    if (score > best.score) best = { entity: row, score, matchedBy };
  };
  let weakHit = false;
  for (const { key, type, name: n } of namedKeys(row)) {
    if (type === 'weak') {
      if (qset.has(key)) weakHit = true;
      continue;
    }
    if (qset.has(key)) {
      // A bare acronym (HTS, KSS) says less than a full name; the full name, if it matches too, wins.
      if (acronyms.has(key)) offer(SCORE.acronym, `acronym '${n}'`);
      else if (type === 'primary') offer(SCORE.primary, `name '${n}'`);
      else offer(SCORE[type], `${type === 'former' ? 'former name' : 'alias'} '${n}'`);
      continue;
    }
    let d = 0;
    for (const q of query) if (!acronyms.has(q)) d = Math.max(d, dice(q.split(' '), key.split(' ')));
    if (d >= FUZZY_THRESHOLD) offer(Math.min(SCORE.fuzzyCap, d), `words of '${n}'`);
  }
  for (const k of row.weakKeys ?? []) if (qset.has(k)) weakHit = true;
  // A weak alias only adds confidence to a match made by a real name.
  if (weakHit && best.score > 0) best = { ...best, score: Math.min(1, best.score + SCORE.weakBonus) };
  return best;
}

/**
 * The entity a page's name refers to, among candidate rows (typically those the
 * database returned for its keys). Successor/predecessor pairs that both fit are
 * not ambiguous: the better-named one wins, as the listing history follows the link.
 */
export function matchEntity(name: string, rows: EntityRow[]): EntityMatch {
  const seen = new Set<string>();
  const candidates = rows
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
    .map((r) => scoreEntity(name, r))
    .filter((c) => c.score >= FUZZY_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  const best = candidates[0];
  if (!best)
    return {
      entity: null,
      score: 0,
      matchedBy: 'no name in the database matches',
      ambiguous: [],
      candidates,
    };
  const linked = (a: EntityRow, b: EntityRow) =>
    a.predecessors.includes(b.id) || a.successors.includes(b.id) || b.predecessors.includes(a.id);
  const rivals = candidates.filter(
    (c) => c !== best && best.score - c.score < AMBIGUITY_MARGIN && !linked(c.entity, best.entity),
  );
  if (rivals.length) {
    return {
      entity: null,
      score: best.score,
      matchedBy: 'several entities match equally well',
      ambiguous: [best, ...rivals].map((c) => c.entity),
      candidates,
    };
  }
  return { entity: best.entity, score: best.score, matchedBy: best.matchedBy, ambiguous: [], candidates };
}
