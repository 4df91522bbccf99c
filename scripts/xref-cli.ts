/**
 * `npm run scan -- --xref FILE [--date YYYY-MM-DD]`: cross-reference the claims
 * of a file against the bundled database, in Node. The database is Dexie on
 * fake-indexeddb (in memory), loaded from public/data like the extension's
 * install step; the claims keep CLAIMS.md's fields and gain
 * `xref: { verdict, why, evidence }`.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledData } from '../src/db/bundled';
import { openClaimsDb, type ClaimsDb } from '../src/db/schema';
import type { Claim } from '../src/extract/types';
import type { PageContext } from '../src/messaging/protocol';
import { articleDate, type PageDateInput } from '../src/xref/article-date';
import { checkClaims } from '../src/xref/index';
import { pageClaimsFromText } from '../src/xref/page-claims';
import type { Xref } from '../src/xref/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_PACK = path.join(root, 'public/data/claims-pack.json');

/** Installs a pack JSON file the way the extension installs its bundled data. */
export async function loadPackFile(db: ClaimsDb, file: string = BUNDLED_PACK): Promise<void> {
  await loadBundledData(db, JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

let counter = 0;
/** A fresh in-memory claims database holding the bundled pack. */
export async function openBundledDb(file: string = BUNDLED_PACK): Promise<ClaimsDb> {
  const db = await openClaimsDb(`claimcheck-cli-${process.pid}-${++counter}`);
  await loadPackFile(db, file);
  return db;
}

/** What an HTML page offers for its date, and its visible text (scripts and styles dropped). */
export function readHtml(html: string): PageDateInput & { title: string; outlet: string | null } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i')
      .exec(tag)
      ?.slice(2)
      .find((x) => x !== undefined) ?? null;
  const metas: PageDateInput['metas'] = [];
  let outlet: string | null = null;
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const key = attr(m[0], 'property') ?? attr(m[0], 'name') ?? attr(m[0], 'itemprop');
    const content = attr(m[0], 'content');
    if (key && content !== null) metas.push({ key, content });
    if (key === 'og:site_name' && content) outlet = content;
  }
  const jsonLd = [...html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1],
  );
  const timeDatetimes = [...html.matchAll(/<time\b[^>]*>/gi)].flatMap((m) => attr(m[0], 'datetime') ?? []);
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1].trim() ?? '';
  const text = html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|br|section|article|blockquote|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
  return { metas, jsonLd, timeDatetimes, text, title, outlet };
}

/** The article's date: --date if given; for HTML the page's metas, JSON-LD or <time>; for text a leading dateline; else today. */
export function resolveArticleDate(
  text: string,
  html: string | undefined,
  date: string | undefined,
  now: Date,
): { date: string; source: PageContext['articleDateSource'] } {
  // A date the caller gives is taken as authoritatively as a meta tag.
  if (date) return { date, source: 'meta' };
  return articleDate(html ? readHtml(html) : { metas: [], jsonLd: [], timeDatetimes: [], text }, now);
}

export interface XrefInput {
  /** The text the claims were extracted from (offsets refer to it). */
  text: string;
  claims: Claim[];
  /** Raw HTML, when the file was a page: its metas give the article's date. */
  html?: string;
  /** --date for plain text. */
  date?: string;
  file?: string;
  now?: Date;
  db?: ClaimsDb;
}

/**
 * The claims with their cross-references. Article date: --date if given; for
 * HTML the page's metas, JSON-LD or <time>; for text a leading dateline; else today.
 */
export async function xrefClaims(
  input: XrefInput,
): Promise<(Claim & { xref: Pick<Xref, 'verdict' | 'why' | 'evidence'> })[]> {
  const now = input.now ?? new Date();
  const page = input.html ? readHtml(input.html) : null;
  const found = resolveArticleDate(input.text, input.html, input.date, now);
  const context: PageContext = {
    url: input.file ? `file://${path.resolve(input.file)}` : '',
    title: page?.title ?? '',
    articleDate: found.date,
    articleDateSource: found.source,
    outlet: page?.outlet ?? null,
  };
  const db = input.db ?? (await openBundledDb());
  try {
    const pageClaims = pageClaimsFromText(input.text, input.claims);
    const results = await checkClaims(db, context, pageClaims, now);
    return pageClaims.map((pc) => {
      const x = results[pc.id];
      return { ...pc.claim, xref: { verdict: x.verdict, why: x.why, evidence: x.evidence } };
    });
  } finally {
    if (!input.db) db.close();
  }
}

/** Helpers scan.ts already has (text extraction as the content script does it, and the extractor). */
export interface ScanHelpers {
  visibleText(html: string): string;
  claimsFor(input: { text: string; date?: string }): Claim[];
}

/**
 * `npm run scan -- --xref FILE... [--date YYYY-MM-DD]`: one JSON object per
 * file, {file, articleDate, articleDateSource, claims}, each claim with `xref`.
 * Returns the exit code.
 */
export async function scanXref(
  args: string[],
  helpers: ScanHelpers,
  now: Date = new Date(),
): Promise<number> {
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
  if (dateAt >= 0 && !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
    console.error('--date needs YYYY-MM-DD');
    return 64;
  }
  const files = args.filter((a, i) => !a.startsWith('--') && !(dateAt >= 0 && i === dateAt + 1));
  if (!files.length) {
    console.error('usage: npm run scan -- --xref FILE... [--date YYYY-MM-DD]');
    return 64;
  }
  const db = await openBundledDb();
  let status = 0;
  try {
    for (const file of files) {
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (err) {
        console.error(`${file}: ${(err as Error).message}`);
        status = 2;
        continue;
      }
      const html =
        /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(content) ? content : undefined;
      const text = html ? helpers.visibleText(html) : content;
      const found = resolveArticleDate(text, html, date, now);
      const claims = helpers.claimsFor({ text, date: found.date });
      const checked = await xrefClaims({ text, claims, html, date: found.date, file, now, db });
      console.log(
        JSON.stringify(
          { file, articleDate: found.date, articleDateSource: found.source, claims: checked },
          null,
          2,
        ),
      );
    }
  } finally {
    db.close();
  }
  return status;
}
