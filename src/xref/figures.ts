/**
 * The figure ladder of an event and the verdict for a casualty claim against it.
 * Pure functions over CasualtyReportRow.
 *
 * Rules (docs/xref.md explains them for fact-checkers):
 * - Only figures of the claim's category and scope are compared: a civilians-only
 *   count is never held against an all-deaths total; documented counts and
 *   estimates are compared within their own kind first.
 * - "Current on the claim's date" = the figures of the latest reporting day on or
 *   before that date, no older than CURRENT_WINDOW_DAYS.
 * - consistent: the claim's number falls within the range of those figures, or
 *   within TOLERANCE (at least TOLERANCE_MIN people) of it.
 * - outdated: the claim's source (else the source whose figure it repeats) had
 *   published a newer, different figure after the claim's date and before the
 *   article's date.
 * - outlier: otherwise; unknown when there is nothing comparable.
 */
import { nameKey, nameKeysOf } from '../db/name-key';
import type { CasualtyReportRow } from '../db/types';
import type { CasualtyClaim } from '../extract/types';
import { addDays, humanDate } from './dates';
import type { CasualtyVerdict, FigureRung } from './types';

/** Relative tolerance around the current figures: tallies of the same day differ by a few percent. */
export const TOLERANCE = 0.05;
/** Never less than this many people, so small counts are not judged to the unit. */
export const TOLERANCE_MIN = 3;
/** A claim that says "about", "nearly", "some" gets this wider tolerance. */
export const ABOUT_TOLERANCE = 0.1;
/** A figure older than this (before the claim's date) no longer counts as current. */
export const CURRENT_WINDOW_DAYS = 7;

/** Normalised scope of a victims description: 'all', 'civilians', 'children', 'women', 'soldiers', 'fighters', … */
export function scopeOf(who: string | null | undefined): string {
  const w = (who ?? '').toLowerCase().trim();
  if (!w || /^(all|people|persons|total|all deaths|everyone)$/.test(w)) return 'all';
  if (/civilian/.test(w)) return 'civilians';
  if (/child|kid|minor|infant|bab(y|ies)/.test(w)) return 'children';
  if (/wom[ae]n|girls/.test(w)) return 'women';
  if (/soldier|troop|army|security forces|police|servicem[ae]n|personnel/.test(w)) return 'soldiers';
  if (/fighter|militant|rebel|insurgent|combatant|jihadist|gunm[ae]n/.test(w)) return 'fighters';
  return nameKey(w) || 'all';
}

/** Does a report come from the source the claim names? ("the Syrian Observatory" / "SOHR") */
export function sameSource(claimSource: string | null, reportedBy: string): boolean {
  if (!claimSource) return false;
  const a = nameKeysOf(claimSource).map(stripThe);
  const b = nameKeysOf(reportedBy).map(stripThe);
  if (a.some((k) => b.includes(k))) return true;
  // Word overlap for "the Observatory" vs "Syrian Observatory for Human Rights".
  const words = (k: string) => k.split(' ').filter((w) => w.length > 3);
  const bw = new Set(b.flatMap(words));
  const aw = a.flatMap(words);
  return aw.length > 0 && aw.filter((w) => bw.has(w)).length / aw.length >= 0.75;
}
const stripThe = (k: string) => k.replace(/^the /, '');

function low(r: { min: number | null; max: number | null }): number | null {
  return r.min ?? r.max;
}
function high(r: { min: number | null; max: number | null }): number | null {
  return r.max ?? r.min;
}

// Vague quantities as CLAIMS.md lists them, read from the quote (the extractor leaves min/max null).
const VAGUE: [RegExp, number, number][] = [
  [/hundreds of thousands/i, 200_000, 999_999],
  [/tens of thousands/i, 20_000, 99_999],
  [/thousands/i, 2_000, 9_999],
  [/hundreds/i, 200, 999],
  [/scores/i, 40, 99],
  [/dozens/i, 24, 99],
];

/** The claim's number as an interval [lo, hi] (hi may be Infinity), or null when it gives none. */
export function claimInterval(
  claim: Pick<CasualtyClaim, 'min' | 'max' | 'approx' | 'quote'>,
): [number, number] | null {
  if (claim.approx === 'vague' || (claim.min === null && claim.max === null)) {
    for (const [re, lo, hi] of VAGUE) if (re.test(claim.quote)) return [lo, hi];
    return null;
  }
  if (claim.approx === 'at_least') return [claim.min ?? claim.max!, Infinity];
  if (claim.approx === 'at_most') return [0, claim.max ?? claim.min!];
  return [low(claim)!, high(claim)!];
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
function fmtRung(r: { min: number | null; max: number | null; approx: string }): string {
  const lo = low(r);
  const hi = high(r);
  if (lo === null) return 'no number';
  const base = lo === hi || hi === null ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
  return r.approx === 'at_least' ? `at least ${base}` : r.approx === 'about' ? `about ${base}` : base;
}

/** Every figure of the event in the claim's category, oldest first, marked relative to the claim. */
export function buildLadder(
  claim: Pick<CasualtyClaim, 'category' | 'who'>,
  reports: CasualtyReportRow[],
  claimDate: string,
): FigureRung[] {
  const scope = scopeOf(claim.who);
  return reports
    .filter((r) => r.category === claim.category)
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || (low(a) ?? 0) - (low(b) ?? 0))
    .map((r) => ({
      reportId: r.id,
      reportedBy: r.reportedBy,
      category: r.category,
      min: r.min,
      max: r.max,
      approx: r.approx,
      who: r.who,
      asOf: r.asOf,
      outlet: r.outlet,
      url: r.url,
      documented: r.documented,
      sinceThen: r.asOf > claimDate,
      differentScope: scopeOf(r.scope) !== scope,
      unverified: !!r.unverified,
      provenance: r.provenance,
    }));
}

export interface FigureJudgement {
  verdict: CasualtyVerdict;
  why: string;
  ladder: FigureRung[];
  tolerance: number;
  /** reportIds of the figures the claim was compared with. */
  compared: string[];
}

export interface FigureContext {
  claimDate: string;
  articleDate: string;
  /** The sentence, to tell an estimate ("an estimated 500") from a count. */
  sentence?: string;
  /** The claim's ladder when the caller has built it already (buildLadder of the same claim, reports and date). */
  ladder?: FigureRung[];
}

/**
 * Ladders shared between the claims whose ladders are equal: one event's
 * reports in the claim's category, each published after the claim's date or
 * not, of a different scope or not. The claims of a page about one event get
 * one ladder object, which the page is sent once.
 */
export class LadderCache {
  private readonly byKey = new Map<string, FigureRung[]>();
  private readonly scopes = new Map<CasualtyReportRow, string>();

  ladder(
    eventId: string,
    claim: Pick<CasualtyClaim, 'category' | 'who'>,
    reports: CasualtyReportRow[],
    claimDate: string,
  ): FigureRung[] {
    const scope = scopeOf(claim.who);
    let key = `${eventId}\u0000${claim.category}\u0000`;
    for (const r of reports) {
      if (r.category !== claim.category) continue;
      let rScope = this.scopes.get(r);
      if (rScope === undefined) {
        rScope = scopeOf(r.scope);
        this.scopes.set(r, rScope);
      }
      key += `${r.asOf > claimDate ? 1 : 0}${rScope !== scope ? 1 : 0}`;
    }
    let ladder = this.byKey.get(key);
    if (!ladder) {
      ladder = buildLadder(claim, reports, claimDate);
      this.byKey.set(key, ladder);
    }
    return ladder;
  }
}

/** Verdict for a casualty claim against the reports of its matched event. */
export function judgeFigure(
  claim: Pick<CasualtyClaim, 'category' | 'who' | 'min' | 'max' | 'approx' | 'quote' | 'source'>,
  reports: CasualtyReportRow[],
  ctx: FigureContext,
): FigureJudgement {
  const { claimDate, articleDate } = ctx;
  const ladder = ctx.ladder ?? buildLadder(claim, reports, claimDate);
  const tolerance = claim.approx === 'about' ? ABOUT_TOLERANCE : TOLERANCE;
  const done = (verdict: CasualtyVerdict, why: string, compared: FigureRung[] = []): FigureJudgement => ({
    verdict,
    why,
    ladder,
    tolerance,
    compared: compared.map((r) => r.reportId),
  });
  const value = claimInterval(claim);
  const what = claim.category === 'casualties' ? 'casualty' : claim.category;
  if (!value) return done('unknown', `The claim gives no number that can be compared.`);
  if (!ladder.length) return done('unknown', `The database has no ${what} figures for this event.`);

  const sameScope = ladder.filter((r) => !r.differentScope && !r.unverified && low(r) !== null);
  if (!sameScope.length) {
    const scopes = [...new Set(ladder.map((r) => scopeOf(r.who ?? 'all')))].join(', ');
    return done(
      'unknown',
      `The database's ${what} figures for this event count a different population (${scopes}) from the claim (${scopeOf(claim.who)}), so they are not compared.`,
    );
  }
  // Documented counts and estimates are compared within their own kind when it has figures.
  const estimated = claim.approx === 'about' || /\bestimat/i.test(ctx.sentence ?? '');
  const windowStart = addDays(claimDate, -CURRENT_WINDOW_DAYS);
  const currentOf = (rungs: FigureRung[]) => {
    const before = rungs.filter((r) => r.asOf <= claimDate && r.asOf >= windowStart);
    const latest = before.reduce((m, r) => (r.asOf > m ? r.asOf : m), '');
    return before.filter((r) => r.asOf === latest);
  };
  let current = currentOf(sameScope.filter((r) => r.documented !== estimated));
  let kindNote = '';
  if (!current.length) {
    current = currentOf(sameScope);
    if (current.length)
      kindNote = estimated
        ? ' (documented counts: no estimate was current)'
        : ' (estimates: no documented count was current)';
  }

  const tol = (x: number) => Math.max(TOLERANCE_MIN, x * tolerance);
  const near = (r: { min: number | null; max: number | null }) =>
    value[0] <= high(r)! + tol(high(r)!) && value[1] >= low(r)! - tol(low(r)!);
  const claimText = fmtRung({ ...claim, approx: claim.approx === 'vague' ? 'exact' : claim.approx }).replace(
    'no number',
    claim.quote,
  );

  // The figure the claim repeats, and whether its producer had moved on before the article.
  const newerFromSameSource = (matched: FigureRung[], after: string): FigureRung | null => {
    const producers = claim.source
      ? [...new Set(sameScope.map((r) => r.reportedBy))].filter((s) => sameSource(claim.source, s))
      : [...new Set(matched.map((r) => r.reportedBy))];
    const since = matched.reduce((m, r) => (r.asOf > m ? r.asOf : m), after);
    const newer = sameScope
      .filter((r) => producers.includes(r.reportedBy) && r.asOf > since && r.asOf < articleDate && !near(r))
      .sort((a, b) => b.asOf.localeCompare(a.asOf));
    return newer[0] ?? null;
  };

  if (current.length) {
    const lo = Math.min(...current.map((r) => low(r)!));
    const hi = Math.max(...current.map((r) => high(r)!));
    const range = lo === hi ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
    const day = humanDate(current[0].asOf);
    const inRange = near({ min: lo, max: hi });
    if (inRange) {
      const newer = newerFromSameSource(current.filter(near), claimDate);
      if (newer) {
        return done(
          'outdated',
          `${claimText} matches the figures of ${day} (${range}), but ${newer.reportedBy} had already published ${fmtRung(newer)} on ${humanDate(newer.asOf)}, before the article's date (${humanDate(articleDate)}).`,
          [...current, newer],
        );
      }
      const exact = value[0] >= lo && value[1] <= hi;
      return done(
        'consistent',
        `${claimText} is ${exact ? 'within the range of' : `within ${Math.round(tolerance * 100)}% of`} the figures current on ${day} (${range}${current.length > 1 ? `, ${current.length} reports` : ''})${kindNote}.`,
        current,
      );
    }
    const older = sameScope.filter((r) => r.asOf < current[0].asOf && near(r));
    const newer = older.length ? newerFromSameSource(older, '') : null;
    if (newer) {
      const o = older[older.length - 1];
      return done(
        'outdated',
        `${claimText} is ${o.reportedBy}'s figure of ${humanDate(o.asOf)}; it had already published ${fmtRung(newer)} on ${humanDate(newer.asOf)}, before the article's date (${humanDate(articleDate)}).`,
        [o, newer],
      );
    }
    return done(
      'outlier',
      `${claimText} is outside the figures current on ${day} (${range}) by more than ${Math.round(tolerance * 100)}%${kindNote}.`,
      current,
    );
  }
  return done(
    'unknown',
    `No ${what} figure of the same scope was current on ${humanDate(claimDate)} (the nearest are ${sameScope.some((r) => r.asOf > claimDate) ? 'from later' : 'older than a week'}).`,
  );
}
