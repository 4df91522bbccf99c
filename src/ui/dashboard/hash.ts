/**
 * The dashboard's location hash: `#entities`, `#import`, … select a section;
 * `#add?quote=…&url=…&date=…` (sent by the background's "Add as claim"
 * context menu) opens the Add claim form prefilled.
 */

export const SECTIONS = [
  'entities',
  'designations',
  'reports',
  'factchecks',
  'import',
  'export',
  'subscriptions',
  'privacy',
] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface ClaimPrefill {
  quote: string;
  url: string;
  /** YYYY-MM-DD, or '' when the page gave none or it was not a valid date. */
  date: string;
}

export type HashRoute = { kind: 'section'; section: SectionId } | { kind: 'add'; prefill: ClaimPrefill };

/** Quotes are page text: capped so a crafted link cannot flood the form. */
const MAX_QUOTE = 2000;
const MAX_URL = 2048;

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Only http(s) URLs are kept: anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(s: string): string {
  const t = s.trim();
  if (!t || t.length > MAX_URL) return '';
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

export function parsePrefill(query: string): ClaimPrefill {
  const p = new URLSearchParams(query);
  const quote = (p.get('quote') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
  const url = safeHttpUrl(p.get('url') ?? '');
  const rawDate = (p.get('date') ?? '').trim();
  // Pages may give a full timestamp; the date part is what the forms need.
  const date = isIsoDate(rawDate.slice(0, 10)) ? rawDate.slice(0, 10) : '';
  return { quote, url, date };
}

export function parseHash(hash: string): HashRoute {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const name = (q === -1 ? h : h.slice(0, q)).toLowerCase();
  if (name === 'add') return { kind: 'add', prefill: parsePrefill(q === -1 ? '' : h.slice(q + 1)) };
  const section = (SECTIONS as readonly string[]).includes(name) ? (name as SectionId) : 'entities';
  return { kind: 'section', section };
}
