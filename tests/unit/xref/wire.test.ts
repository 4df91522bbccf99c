/**
 * The check's wire format: a page's claims in parts, each casualty paragraph
 * once, and the same results as one message with every claim and its text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLiveBlog } from '../../../bench/page/generate';
import { openBundledDb } from '../../../scripts/xref-cli';
import { CheckParts } from '../../../src/background/checker';
import type { ClaimsDb } from '../../../src/db/schema';
import { extractClaims } from '../../../src/extract';
import type { PageClaim, PageContext, PageFacts, ResultPart } from '../../../src/messaging/protocol';
import { ParagraphExtractor, splitUnits } from '../../../src/page/paragraph-claims';
import { checkClaims } from '../../../src/xref/index';
import type { Xref } from '../../../src/xref/types';
import { claimParts, ClaimAssembler, PART_CHARS, ResultReader, resultParts } from '../../../src/xref/wire';

const NOW = new Date('2026-01-15T12:00:00Z');
const facts: PageFacts = {
  url: 'https://news.example/live',
  title: 'Live: latest updates',
  outlet: 'The Bench Gazette',
  dateInput: {
    metas: [{ key: 'article:published_time', content: '2024-12-02T09:00:00Z' }],
    jsonLd: [],
    timeDatetimes: [],
    text: '',
  },
};
const page: PageContext = {
  url: facts.url,
  title: facts.title,
  outlet: facts.outlet,
  articleDate: '2024-12-02',
  articleDateSource: 'meta',
};

/** The bench's live blog as the scanner sees it: its text, paragraph by paragraph, through the paragraph cache. */
function pageClaims(words: number): PageClaim[] {
  const html = generateLiveBlog(words, 3).html.replace(/^[\s\S]*<main>|<\/main>[\s\S]*$/g, '');
  const text = html
    .replace(/<\/(?:p|h1|h2|time|section|article)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n+/g, '\n');
  const extractor = new ParagraphExtractor({ date: '2024-12-02', extract: extractClaims });
  const out: PageClaim[] = [];
  for (const unit of splitUnits(text)) {
    const found = extractor.claimsOf(text, unit);
    if (!found) continue;
    found.claims.forEach((claim, i) =>
      out.push({
        id: `${found.id}-${claim.start - unit.start}-${claim.kind}`,
        claim,
        sentence: found.sentences[i],
        paragraph: found.paragraph,
      }),
    );
  }
  return out;
}

/** What crossing to another context does to a message (Chrome serialises it as JSON). */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const claims = pageClaims(30_000);
const casualties = claims.filter((c) => c.claim.kind === 'casualty');
const perParagraph = new Map<string, number>();
for (const c of casualties) perParagraph.set(c.paragraph, (perParagraph.get(c.paragraph) ?? 0) + 1);
const allPerParagraph = new Map<string, number>();
for (const c of claims) allPerParagraph.set(c.paragraph, (allPerParagraph.get(c.paragraph) ?? 0) + 1);

describe('claimParts', () => {
  it('works on a page with several claims to a paragraph', () => {
    expect(claims.length).toBeGreaterThan(200);
    expect(claims.some((c) => c.claim.kind === 'designation')).toBe(true);
    expect([...perParagraph.values()].filter((n) => n >= 2).length).toBeGreaterThan(20);
  });

  it('sends each casualty paragraph once, however many claims share it, and no designation text', () => {
    const sent = JSON.stringify([...claimParts(claims, facts, 'c1')]);
    const before = JSON.stringify({ page: facts, claims });
    for (const paragraph of perParagraph.keys()) {
      expect(occurrences(before, JSON.stringify(paragraph))).toBe(allPerParagraph.get(paragraph));
      expect(occurrences(sent, JSON.stringify(paragraph))).toBe(1);
    }
    const designationOnly = claims.filter(
      (c) => c.claim.kind === 'designation' && !perParagraph.has(c.paragraph),
    );
    expect(designationOnly.length).toBeGreaterThan(0);
    for (const c of designationOnly) expect(sent).not.toContain(JSON.stringify(c.paragraph));
    // The sentences travel as offsets: none is in the message on its own.
    for (const c of casualties.slice(0, 50)) expect(sent).not.toContain(JSON.stringify(c.sentence));
    expect(sent.length).toBeLessThan(before.length * 0.7);
  });

  it('cuts a large check into parts of about the budget, the page facts on the last', () => {
    const parts = [...claimParts(claims, facts, 'c2', 20_000)];
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    for (const p of parts) expect(JSON.stringify(p).length).toBeLessThan(20_000 * 1.25);
    expect(parts.filter((p) => p.page)).toEqual([parts.at(-1)]);
    expect(parts.at(-1)!.page).toEqual(facts);
    // One part for a small check.
    expect([...claimParts(claims.slice(0, 5), facts, 'c3')]).toHaveLength(1);
    expect(PART_CHARS).toBeLessThanOrEqual(500_000);
  });

  it('puts the parts together to the claims sent: casualties whole, designations without text', () => {
    const assembler = new ClaimAssembler('c4');
    for (const p of claimParts(claims, facts, 'c4', 20_000)) assembler.add(wire(p));
    const back = assembler.result();
    expect(back).toHaveLength(claims.length);
    claims.forEach((c, i) => {
      if (c.claim.kind === 'casualty') expect(back[i]).toEqual(c);
      else expect(back[i]).toEqual({ ...c, sentence: '', paragraph: '' });
    });
  });

  it('sends a sentence or quote that is not a slice of its paragraph as text', () => {
    const c = casualties[0];
    const odd: PageClaim = {
      ...c,
      id: 'odd',
      sentence: 'Not in the paragraph.',
      claim: { ...c.claim, quote: 'nowhere' },
    };
    const assembler = new ClaimAssembler('c5');
    for (const p of claimParts([c, odd], facts, 'c5')) assembler.add(wire(p));
    expect(assembler.result()).toEqual([c, odd]);
  });

  it('refuses a part out of order', () => {
    const parts = [...claimParts(claims, facts, 'c6', 20_000)];
    const assembler = new ClaimAssembler('c6');
    assembler.add(parts[0]);
    expect(() => assembler.add(parts[2])).toThrow(/out of order/);
  });
});

describe('a check in parts', () => {
  let db: ClaimsDb;
  let once: Record<string, Xref>;
  beforeAll(async () => {
    db = await openBundledDb();
    // What the background answered when one message carried every claim with its text.
    once = await checkClaims(db, page, claims, NOW);
  });
  afterAll(() => db.close());

  /** The content script's side of a check, every message through JSON. */
  async function inParts(checks: CheckParts, sender: string, check: string, budget: number) {
    let answer: { page: PageContext; results: ResultPart } | null = null;
    for (const part of claimParts(claims, facts, check, budget))
      answer = wire(await checks.receive(sender, wire(part)));
    const reader = new ResultReader();
    const results: Record<string, Xref> = {};
    const sizes: number[] = [];
    let part = answer!.results;
    for (;;) {
      sizes.push(JSON.stringify(part).length);
      Object.assign(results, reader.read(part));
      if (!part.more) break;
      part = wire(checks.results(sender, check));
    }
    return { page: answer!.page, results, sizes };
  }

  it('gives every claim the verdict and evidence one message with every claim gave', async () => {
    const verdicts = new Set(Object.values(once).map((x) => x.verdict));
    expect(verdicts.size).toBeGreaterThan(2);
    expect(Object.values(once).some((x) => x.evidence[0].kind === 'casualty' && x.evidence[0].event)).toBe(
      true,
    );
    const checks = new CheckParts({
      run: async (f, c) => ({ page, results: await checkClaims(db, page, c, NOW) }),
      budget: 20_000,
    });
    const got = await inParts(checks, 'tab1', 'k1', 20_000);
    expect(got.page).toEqual(page);
    expect(got.sizes.length).toBeGreaterThan(3);
    expect(got.results).toEqual(wire(once));
    expect(checks.size).toBe(0);
  });

  it('sends each figure ladder and authority list once', () => {
    const parts = [...resultParts(once)];
    const sent = JSON.stringify(parts);
    const ladders = Object.values(once).flatMap((x) =>
      x.evidence.flatMap((e) => (e.kind === 'casualty' && e.ladder.length ? [e.ladder] : [])),
    );
    const distinct = new Set(ladders.map((l) => JSON.stringify(l)));
    expect(ladders.length).toBeGreaterThan(distinct.size * 3);
    for (const l of distinct) expect(occurrences(sent, l)).toBe(1);
    expect(sent.length).toBeLessThan(JSON.stringify(once).length / 3);
  });

  it('refuses the last part of a check whose earlier parts it never saw, and forgets stale checks', async () => {
    let now = 0;
    const checks = new CheckParts({
      run: async (f, c) => ({ page, results: await checkClaims(db, page, c, NOW) }),
      now: () => now,
    });
    const parts = [...claimParts(claims, facts, 'k2', 20_000)];
    await checks.receive('tab1', parts[0]);
    await checks.receive('tab2', parts[0]);
    expect(checks.size).toBe(2);
    checks.forget('tab2');
    expect(checks.size).toBe(1);
    now = 10 * 60_000;
    await expect(checks.receive('tab1', parts[1])).rejects.toThrow(/lost its earlier parts/);
    expect(checks.size).toBe(0);
    expect(() => checks.results('tab1', 'k2')).toThrow(/no results waiting/);
  });
});
