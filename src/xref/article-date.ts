/**
 * The article's date, and the dates the text itself gives ("reported Sunday").
 * Pure functions: the content script collects what the page offers and passes
 * it in; nothing here touches the DOM.
 */
import * as chrono from 'chrono-node';
import type { PageContext } from '../messaging/protocol';
import { dayToDate, isoDay } from './dates';

export type ArticleDateSource = PageContext['articleDateSource'];

export interface PageDateInput {
  /** <meta> tags: property or name (or itemprop) and content. */
  metas: {
    key?: string | null;
    property?: string | null;
    name?: string | null;
    itemprop?: string | null;
    content: string;
  }[];
  /** Text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** datetime attributes of <time> elements, in document order. */
  timeDatetimes: string[];
  /** The article's visible text; only its start is read, for a dateline. */
  text: string;
}

export interface ArticleDate {
  date: string;
  source: ArticleDateSource;
}

// Publication dates first; modification dates would date an old story by its last typo fix.
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'citation_publication_date',
  'date',
];

const DATELINE_CHARS = 300;

/** Local calendar day of `now`: "today" is the reader's day, not UTC's. */
export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * A calendar day from a date string as a publisher writes it. ISO strings keep
 * the day as written (a story stamped 23:30-05:00 ran on that day where it was
 * published), other forms go through chrono.
 */
export function parseDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(v);
  if (compact) return valid(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const r = chrono.strict.parse(v, dayToDate('2000-01-01'))[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return null;
  return isoDay(new Date(Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!, 12)));
}

function valid(day: string): string | null {
  const d = dayToDate(day);
  return !Number.isNaN(d.getTime()) && isoDay(d) === day ? day : null;
}

function fromMetas(metas: PageDateInput['metas']): string | null {
  for (const key of META_KEYS) {
    for (const m of metas) {
      const k = (m.key ?? m.property ?? m.name ?? m.itemprop ?? '').toLowerCase();
      if (k === key) {
        const day = parseDay(m.content);
        if (day) return day;
      }
    }
  }
  return null;
}

function fromJsonLd(blocks: string[]): string | null {
  const found: { day: string; article: boolean }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
    const day = typeof o.datePublished === 'string' ? parseDay(o.datePublished) : null;
    if (day) found.push({ day, article: /Article|BlogPosting|Report/i.test(type) });
    for (const v of Object.values(o)) if (v && typeof v === 'object') visit(v);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources still count.
    }
  }
  // The article's own node beats a WebPage or an embedded item's date.
  return (found.find((f) => f.article) ?? found[0])?.day ?? null;
}

function fromDateline(text: string): string | null {
  const head = text.slice(0, DATELINE_CHARS);
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(head);
  const results = chrono.strict.parse(head, dayToDate('2000-01-01'));
  const full = results.find((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  if (iso && (!full || iso.index <= full.index)) return valid(iso[1]);
  if (!full) return null;
  return isoDay(
    new Date(Date.UTC(full.start.get('year')!, full.start.get('month')! - 1, full.start.get('day')!, 12)),
  );
}

/**
 * The article's date from what the page offers, in order of trust: meta tags,
 * JSON-LD datePublished, the first <time datetime>, a dateline at the start
 * of the text; else today, marked as such so the card can say so.
 */
export function articleDate(input: PageDateInput, now: Date = new Date()): ArticleDate {
  const meta = fromMetas(input.metas);
  if (meta) return { date: meta, source: 'meta' };
  const ld = fromJsonLd(input.jsonLd);
  if (ld) return { date: ld, source: 'json-ld' };
  for (const t of input.timeDatetimes) {
    const day = parseDay(t);
    if (day) return { date: day, source: 'time' };
  }
  const dl = fromDateline(input.text);
  if (dl) return { date: dl, source: 'dateline' };
  return { date: localDay(now), source: 'today' };
}

/** Alias kept for the page code, which reads the page and calls this. */
export const articleDateFrom = articleDate;

export interface TextDate {
  date: string;
  /** The words the date was read from. */
  text: string;
  index: number;
}

/**
 * Every date the text states, resolved against the article's date. News
 * reports the past: a bare weekday is the most recent one on or before the
 * article's date, and a day without a year is the latest such day not after it.
 */
export function textDates(text: string, articleDay: string): TextDate[] {
  const ref = dayToDate(articleDay);
  // Chrono reads components in local time: hand it local midday of the article's day
  // (its `timezone` option would do the same but costs ~5 ms a call).
  const [y, m, d0] = articleDay.split('-').map(Number);
  const localRef = new Date(y, m - 1, d0, 12);
  const out: TextDate[] = [];
  for (const r of chrono.en.casual.parse(text, localRef)) {
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month')) {
      // "yesterday", "last week", "three days ago": chrono resolved them relative to ref.
      if (!/ago|yesterday|today|tonight|last|this|past|previous/i.test(r.text)) continue;
    }
    let d = new Date(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!, 12));
    if (s.isCertain('weekday') && !s.isCertain('day')) {
      const back = (ref.getUTCDay() - s.get('weekday')! + 7) % 7;
      d = new Date(ref.getTime() - back * 86_400_000);
    } else if (!s.isCertain('year') && s.isCertain('month') && d > ref) {
      d.setUTCFullYear(d.getUTCFullYear() - 1);
    }
    out.push({ date: isoDay(d), text: r.text, index: r.index });
  }
  return out;
}

/** The single date a phrase such as "on Sunday" or "on Nov. 27" names, or null. */
export function resolveRelativeDate(phrase: string, articleDay: string): string | null {
  return textDates(phrase, articleDay)[0]?.date ?? null;
}

// Words that attach a date to the reporting of a figure ("said Sunday", "as of 30 Nov").
const REPORT_CUE =
  /\b(?:reported|reports|said|says|announced|stated|added|told|tallied|counted|recorded|updated|confirmed|released|published|according to|as of|by|toll on|on)\s*$/i;
// Words that make a date the start of the counted period, not the figure's date.
const PERIOD_START = /\b(?:since|from|began|begun|started|starting|launched|beginning)\b[^.;]{0,25}$/i;

/**
 * The date the text attributes a figure to: a date tied to a reporting verb
 * ("reported Sunday") first, else the last date in the sentence that is not the
 * start of a counted period ("since Wednesday") nor after the article's date;
 * else the article's date.
 */
export function claimDateDetail(
  sentence: string,
  articleDay: string,
): { date: string; from: 'text' | 'article'; text: string | null } {
  const candidates = textDates(sentence, articleDay).filter((t) => t.date <= articleDay);
  const usable = candidates.filter((t) => !PERIOD_START.test(sentence.slice(0, t.index)));
  const cued = usable.find((t) => REPORT_CUE.test(sentence.slice(Math.max(0, t.index - 30), t.index)));
  const pick = cued ?? usable[usable.length - 1];
  return pick
    ? { date: pick.date, from: 'text', text: pick.text }
    : { date: articleDay, from: 'article', text: null };
}

export function claimDate(sentence: string, articleDay: string): string {
  return claimDateDetail(sentence, articleDay).date;
}
