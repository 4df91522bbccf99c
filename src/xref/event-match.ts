/**
 * Which database event a casualty claim is about. Candidates are scored on the
 * place and actor names around the claim, the claim's date against the event's
 * window, and whether the event has figures of the claim's category. A weak
 * match is never presented as the event, and two close candidates are reported
 * as alternatives rather than guessed between.
 */
import { nameKey } from '../db/name-key';
import type { CasualtyEventRow } from '../db/types';
import type { CasualtyCategory } from '../extract/types';
import { addDays, daysBetween, humanDate } from './dates';

/** Score (0..1) an event needs to be presented as the claim's event. */
export const MATCH_THRESHOLD = 0.6;
/** A runner-up closer than this to the best makes the match ambiguous. */
export const EVENT_AMBIGUITY_MARGIN = 0.1;
/** Tolls about an event keep being published after it ends (recounts, final figures). */
export const REPORT_LAG_DAYS = 30;
/** A claim dated a day before the event's start still fits (time zones, overnight attacks). */
export const LEAD_DAYS = 1;

const WEIGHT = { names: 0.5, date: 0.3, category: 0.2 };
/** How much a name counts by where it was found. */
const WHERE = { sentence: 1, paragraph: 0.8, page: 0.5 } as const;
type Where = keyof typeof WHERE;

// Adjectives of place the news uses instead of the name ("Syrian government forces").
const DEMONYMS: Record<string, string> = {
  syrian: 'syria',
  israeli: 'israel',
  palestinian: 'palestine',
  gazan: 'gaza',
  lebanese: 'lebanon',
  iraqi: 'iraq',
  iranian: 'iran',
  turkish: 'turkey',
  yemeni: 'yemen',
  sudanese: 'sudan',
  ukrainian: 'ukraine',
  russian: 'russia',
  afghan: 'afghanistan',
  libyan: 'libya',
  somali: 'somalia',
  nigerian: 'nigeria',
  egyptian: 'egypt',
  jordanian: 'jordan',
  kurdish: 'kurdistan',
};

const NOT_NAMES = new Set(
  (
    'the a an and of for in on at to by from with this that these those it its he she they we his her their ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr president minister but if when after before as said according many some most more'
  ).split(' '),
);
const CONNECTORS = new Set(['al', 'el', 'of', 'for', 'the', 'de', 'bin', 'ibn', 'abu', 'and']);

/**
 * Name keys of the proper names in a text: runs of capitalised words (with
 * connectors such as "al-" or "of" inside), every sub-run of up to four words,
 * and the place behind a demonym ("Syrian" → syria).
 */
// nameKey runs two dozen folding regexes per word; the same few-word names recur
// across a page's sentences, so their keys are remembered (bounded).
const keyMemo = new Map<string, string>();
function memoKey(words: string): string {
  let k = keyMemo.get(words);
  if (k === undefined) {
    if (keyMemo.size > 20_000) keyMemo.clear();
    k = nameKey(words);
    keyMemo.set(words, k);
  }
  return k;
}

export function textKeys(text: string): string[] {
  const keys = new Set<string>();
  const words = text.match(/[\p{L}\p{N}'’ʼ-]+/gu) ?? [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1].toLowerCase())) run.pop();
    for (let i = 0; i < run.length; i++) {
      if (CONNECTORS.has(run[i].toLowerCase())) continue;
      for (let j = i + 1; j <= Math.min(run.length, i + 4); j++) {
        const k = memoKey(run.slice(i, j).join(' '));
        if (k && !NOT_NAMES.has(k) && k.length > 1) keys.add(k);
      }
    }
    run = [];
  };
  for (const w of words) {
    const capital = /^\p{Lu}/u.test(w) || /^(?:al|el)-\p{Lu}/u.test(w);
    if (capital) run.push(w);
    else if (run.length && CONNECTORS.has(w.toLowerCase())) run.push(w);
    else flush();
  }
  flush();
  for (const k of [...keys]) {
    for (const t of k.split(' ')) if (DEMONYMS[t]) keys.add(DEMONYMS[t]);
  }
  return [...keys];
}

export interface EventClaimContext {
  sentence: string;
  paragraph: string;
  /** Names elsewhere on the page (title, other paragraphs): weaker evidence. */
  pageText?: string;
  /** Keys already computed for the page text (saves re-tokenising per claim). */
  pageKeys?: string[];
  claimDate: string;
  category: CasualtyCategory;
}

export interface ScoredEvent {
  event: CasualtyEventRow;
  score: number;
  reasons: string[];
}

export interface EventMatch {
  event: CasualtyEventRow | null;
  score: number;
  reasons: string[];
  alternatives: { id: string; title: string; score: number }[];
}

/** Keys found in the claim's sentence, paragraph and page, each with where it was strongest. */
export function contextKeys(ctx: EventClaimContext): Map<string, Where> {
  const found = new Map<string, Where>();
  const put = (keys: string[], where: Where) => {
    for (const k of keys) if (!found.has(k)) found.set(k, where);
  };
  put(textKeys(ctx.sentence), 'sentence');
  put(textKeys(ctx.paragraph), 'paragraph');
  put(ctx.pageKeys ?? (ctx.pageText ? textKeys(ctx.pageText) : []), 'page');
  return found;
}

/** Score one event for a claim. `categories`: the categories the event has figures for. */
export function scoreEvent(
  event: CasualtyEventRow,
  ctx: EventClaimContext,
  categories: ReadonlySet<string>,
  keys: Map<string, Where> = contextKeys(ctx),
): ScoredEvent {
  const reasons: string[] = [];
  const eventKeys = new Set(event.keys);
  const hits: { key: string; where: Where }[] = [];
  for (const [key, where] of keys) if (eventKeys.has(key)) hits.push({ key, where });
  let names = 0;
  if (hits.length) {
    // Each further name halves in weight: one name gives 0.5 × where, four names about 0.94.
    hits.sort((a, b) => WHERE[b.where] - WHERE[a.where]);
    names = Math.min(
      1,
      hits.reduce((sum, h, i) => sum + WHERE[h.where] * 0.5 ** (i + 1), 0),
    );
    const shown = hits.slice(0, 4).map((h) => `${h.key} (${h.where})`);
    reasons.push(`names: ${shown.join(', ')}`);
  } else {
    reasons.push('no place or actor of the event is named near the claim');
  }

  const from = addDays(event.start, -LEAD_DAYS);
  const to = addDays(event.end ?? ctx.claimDate, REPORT_LAG_DAYS);
  let date = 0;
  const window = `${humanDate(event.start)} – ${event.end ? humanDate(event.end) : 'ongoing'}`;
  if (ctx.claimDate >= from && ctx.claimDate <= to) {
    date = 1;
    reasons.push(`date ${humanDate(ctx.claimDate)} fits the event (${window})`);
  } else {
    const off = ctx.claimDate < from ? daysBetween(ctx.claimDate, from) : daysBetween(to, ctx.claimDate);
    reasons.push(`date ${humanDate(ctx.claimDate)} is ${off} days outside the event (${window})`);
  }
  const category = categories.has(ctx.category) ? 1 : 0;
  reasons.push(category ? `has ${ctx.category} figures` : `no ${ctx.category} figures`);
  // No name or a date outside the window: never a match, whatever the rest says.
  const score = names && date ? WEIGHT.names * names + WEIGHT.date * date + WEIGHT.category * category : 0;
  return { event, score: Math.round(score * 100) / 100, reasons };
}

/** The event a casualty claim is about, if one fits clearly enough. */
export function matchEvent(
  ctx: EventClaimContext,
  events: CasualtyEventRow[],
  categoriesOf: (eventId: string) => ReadonlySet<string>,
  keys: Map<string, Where> = contextKeys(ctx),
): EventMatch {
  const scored = events
    .map((e) => scoreEvent(e, ctx, categoriesOf(e.id), keys))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.event.id.localeCompare(b.event.id));
  const best = scored[0];
  const alternatives = scored.slice(best && best.score >= MATCH_THRESHOLD ? 1 : 0, 5).map((s) => ({
    id: s.event.id,
    title: s.event.title,
    score: s.score,
  }));
  if (!best) return { event: null, score: 0, reasons: ['no event in the database fits'], alternatives: [] };
  if (best.score < MATCH_THRESHOLD) {
    return {
      event: null,
      score: best.score,
      reasons: [
        `best candidate "${best.event.title}" scores ${best.score}, below ${MATCH_THRESHOLD}`,
        ...best.reasons,
      ],
      alternatives,
    };
  }
  const runnerUp = scored[1];
  if (runnerUp && best.score - runnerUp.score < EVENT_AMBIGUITY_MARGIN) {
    return {
      event: null,
      score: best.score,
      reasons: [`"${best.event.title}" and "${runnerUp.event.title}" fit about equally well`],
      alternatives: scored.slice(0, 5).map((s) => ({ id: s.event.id, title: s.event.title, score: s.score })),
    };
  }
  return { event: best.event, score: best.score, reasons: best.reasons, alternatives };
}
