/** Cross-references page claims against the database the background owns. */
import type { ClaimPart, PageClaim, PageContext, PageFacts, ResultPart } from '../messaging/protocol';
import { articleDateFrom } from '../xref/article-date';
import { checkClaims } from '../xref';
import type { Xref } from '../xref/types';
import { ClaimAssembler, resultParts } from '../xref/wire';
import { database } from './database';

export function resolvePageContext(facts: PageFacts, now: Date = new Date()): PageContext {
  const date = articleDateFrom(facts.dateInput, now);
  return {
    url: facts.url,
    title: facts.title,
    outlet: facts.outlet,
    articleDate: date.date,
    articleDateSource: date.source,
  };
}

export async function checkPageClaims(
  facts: PageFacts,
  claims: PageClaim[],
): Promise<{ page: PageContext; results: Record<string, Xref> }> {
  const page = resolvePageContext(facts);
  const db = await database();
  return { page, results: await checkClaims(db, page, claims) };
}

/** A check whose claims are still arriving, or whose results are still being fetched. */
interface CheckState {
  claims: ClaimAssembler | null;
  results: Generator<ResultPart> | null;
  touched: number;
}

export interface CheckPartsOptions {
  /** Checks a page's claims (the database's checkPageClaims; tests give their own). */
  run?: (
    facts: PageFacts,
    claims: PageClaim[],
  ) => Promise<{ page: PageContext; results: Record<string, Xref> }>;
  now?: () => number;
  /** Characters per result part, about (PART_CHARS). */
  budget?: number;
}

/** A check nobody has touched for this long is dropped (its content script went away mid-check). */
const STALE_MS = 5 * 60_000;

/**
 * The checks in progress, by sender (tab and frame) and check id. Parts are
 * put together here and checked as one, so the page-level names (every
 * casualty paragraph of the check) are what one message with every claim gave.
 */
export class CheckParts {
  private readonly checks = new Map<string, CheckState>();

  private readonly run: NonNullable<CheckPartsOptions['run']>;
  private readonly now: () => number;
  private readonly budget: number | undefined;

  constructor({ run = checkPageClaims, now = Date.now, budget }: CheckPartsOptions = {}) {
    this.run = run;
    this.now = now;
    this.budget = budget;
  }

  /** Takes one part; answers the last with the page's context and the first results. */
  async receive(sender: string, part: ClaimPart): Promise<{ page: PageContext; results: ResultPart } | null> {
    this.dropStale();
    const key = `${sender}\u0000${part.check}`;
    let state = this.checks.get(key);
    if (part.part === 0) {
      state = { claims: new ClaimAssembler(part.check), results: null, touched: 0 };
      this.checks.set(key, state);
    }
    if (!state?.claims) {
      this.checks.delete(key);
      throw new Error(`ClaimCheck: check ${part.check} lost its earlier parts`);
    }
    state.touched = this.now();
    try {
      state.claims.add(part);
    } catch (err) {
      this.checks.delete(key);
      throw err;
    }
    if (!part.page) return null;
    const claims = state.claims.result();
    state.claims = null;
    try {
      const { page, results } = await this.run(part.page, claims);
      state.results = resultParts(results, this.budget);
      return { page, results: this.nextResults(key, state) };
    } catch (err) {
      this.checks.delete(key);
      throw err;
    }
  }

  /** The next part of a check's results. */
  results(sender: string, check: string): ResultPart {
    const key = `${sender}\u0000${check}`;
    const state = this.checks.get(key);
    if (!state?.results) throw new Error(`ClaimCheck: check ${check} has no results waiting`);
    state.touched = this.now();
    return this.nextResults(key, state);
  }

  /** Forgets a sender's checks (its tab closed). */
  forget(sender: string): void {
    for (const key of this.checks.keys()) if (key.startsWith(`${sender}\u0000`)) this.checks.delete(key);
  }

  /** Checks in progress (for tests). */
  get size(): number {
    return this.checks.size;
  }

  private nextResults(key: string, state: CheckState): ResultPart {
    const next = state.results!.next();
    const part = next.done ? { shared: [], results: {}, more: false } : next.value;
    if (!part.more) this.checks.delete(key);
    return part;
  }

  private dropStale(): void {
    const limit = this.now() - STALE_MS;
    for (const [key, state] of this.checks) if (state.touched < limit) this.checks.delete(key);
  }
}
