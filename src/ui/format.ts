import type { Approx } from '../extract/types';
import type { Provenance } from '../xref/types';

const NUMBER = new Intl.NumberFormat('en-GB');

/** "at least 18", "10–20", "about 950", "dozens" — a figure as a reader would say it. */
export function formatFigure(min: number | null, max: number | null, approx: Approx): string {
  if (approx === 'vague') return 'an unstated number (vague)';
  const lo = min === null ? null : NUMBER.format(min);
  const hi = max === null ? null : NUMBER.format(max);
  if (lo !== null && hi !== null && min !== max) return `${lo}–${hi}`;
  const n = lo ?? hi ?? '?';
  switch (approx) {
    case 'at_least':
      return `at least ${n}`;
    case 'at_most':
      return `up to ${n}`;
    case 'about':
      return `about ${n}`;
    default:
      return n;
  }
}

/** 2024-12-01 → "1 Dec 2024"; partial dates are shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'unknown date';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatProvenance(p: Provenance): string {
  switch (p.origin) {
    case 'bundled':
      return `bundled reference data${p.version ? `, version ${p.version}` : ''}`;
    case 'import':
      return `imported from ${p.label} on ${formatDate(p.addedAt)}`;
    case 'subscription':
      return `from pack ${p.label}${p.version ? ` (version ${p.version})` : ''}`;
    case 'user':
      return `added by you on ${formatDate(p.addedAt)}`;
  }
}

/** Only http(s) links are rendered as links; anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
