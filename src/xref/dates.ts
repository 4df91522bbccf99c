/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings. Everything runs in UTC so
 * that a date never shifts by one with the machine's time zone.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** 'YYYY-MM-DD' of a Date, in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Midday UTC of a calendar day: safe to hand to chrono without zone drift. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

export function addDays(day: string, n: number): string {
  const d = dayToDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / 86_400_000);
}

/**
 * Widen a partial date ('2013', '2013-05') to its first or last day, so that
 * rows dated only by year or month still take part in comparisons.
 */
export function widenDate(value: string | null | undefined, edge: 'start' | 'end'): string | null {
  if (!value) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (m[2]) {
    if (edge === 'start') return `${m[1]}-${m[2]}-01`;
    const last = new Date(Date.UTC(y, Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  return edge === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
}

/** True when the string is a full calendar date. */
export function isFullDate(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2024-12-01' → '1 Dec 2024'; partial dates stay as written ('2013'). */
export function humanDate(value: string): string {
  const m = ISO.exec(value);
  if (!m) return value;
  if (!m[2]) return m[1];
  if (!m[3]) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
