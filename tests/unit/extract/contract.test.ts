import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../../src/extract/index';
import { matchPassage, type GoldClaim } from '../../../src/extract/match';

const root = path.resolve(__dirname, '../../..');

function expectContract(text: string, claims: Claim[]): void {
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].start);
  for (const kind of ['casualty', 'designation'] as const) {
    const same = claims.filter((c) => c.kind === kind);
    for (let i = 1; i < same.length; i++) expect(same[i].start).toBeGreaterThanOrEqual(same[i - 1].end);
  }
}

describe('extractClaims contract', () => {
  const sample =
    'At least 39 people were killed and 87 wounded, including 14 children, the ministry said. ' +
    'The Eastern Front, which the EU lists as a terrorist organisation, claimed the attack.';

  it('returns exact quotes at UTF-16 offsets, sorted, with no same-kind overlap', () => {
    expectContract(sample, extractClaims(sample));
  });

  it('is deterministic', () => {
    expect(extractClaims(sample)).toEqual(extractClaims(sample));
  });

  it('keeps offsets exact around astral characters and emoji', () => {
    const text = '🕯️🕯️ 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: 18 people were killed in the blast.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expectContract(text, claims);
  });

  it.each([
    ['non-breaking spaces', 'At\u00a0least\u00a018\u00a0people were killed.'],
    ['zero-width spaces', 'At least 18 peo\u200bple were kil\u200bled.'],
    ['soft hyphens', 'At least 18 people were kil\u00adled.'],
    ['a line break inside the sentence', 'At least 18 people were\nkilled in the attack.'],
    ['curly apostrophes', 'The region\u2019s governor said at least 18 people were killed.'],
    ['hashtags', '#Update: at least 18 #people were #killed in the blast.'],
  ])('reads through %s', (_label, text) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => c.kind === 'casualty' && [c.category, c.min, c.approx])).toEqual([
      ['killed', 18, 'at_least'],
    ]);
    expectContract(text, claims);
  });

  it('reads a typed double hyphen as a dash, quotes keeping both hyphens', () => {
    const text =
      'Since then, the Northern Legion -- listed as a terrorist organization by Turkey and the EU -- has killed 18 people.';
    const claims = extractClaims(text);
    expectContract(text, claims);
    expect(claims.find((c) => c.kind === 'designation')).toMatchObject({
      entity: 'Northern Legion',
      designators: ['Turkey', 'European Union'],
    });
  });

  it('reads curly-quoted labels and en dashes', () => {
    const text =
      'Kyiv says 10\u201315 civilians were wounded; the \u201cNorthern Legion\u201d was listed as a \u201cterrorist organisation\u201d by Russia.';
    const claims = extractClaims(text);
    expectContract(text, claims);
    expect(claims.find((c) => c.kind === 'casualty')).toMatchObject({ min: 10, max: 15 });
    expect(claims.find((c) => c.kind === 'designation')).toMatchObject({ designators: ['Russia'] });
  });
});

describe('the seed article', () => {
  const text = readFileSync(
    path.join(root, 'tests/fixtures/seed/shafaq-2024-12-02-pezeshkian-syria.txt'),
    'utf8',
  );
  const claims = extractClaims(text, { date: '2024-12-02' });

  it('yields exactly its designation and its casualty toll', () => {
    expect(claims).toEqual([
      expect.objectContaining({
        kind: 'designation',
        quote: 'a group designated as a terrorist organization by the US',
        entity: 'Hayat Tahrir al-Sham (HTS)',
        designators: ['United States'],
        status: 'designated',
      }),
      expect.objectContaining({
        kind: 'casualty',
        quote:
          'the death toll from the clashes between government forces and opposition factions had risen to 416',
        category: 'killed',
        min: 416,
        max: 416,
        approx: 'exact',
        source: 'The Syrian Observatory for Human Rights',
      }),
    ]);
    expectContract(text, claims);
  });

  it('keeps troop strengths and "many fatalities" dark', () => {
    for (const c of claims) {
      expect(c.quote).not.toMatch(/Shiite forces|Many fatalities/);
    }
  });
});

const corpusDir = path.join(root, 'tests/fixtures/corpus');
/** Every corpus in the folder, read when the tests are collected: a file added later is checked too. */
const corpusFiles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

interface Passage {
  id: string;
  text: string;
  date?: string | null;
  claims: GoldClaim[];
}

function readCorpus(file: string): Passage[] {
  return readFileSync(path.join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Passage);
}

const CATEGORIES = ['killed', 'injured', 'missing', 'displaced', 'casualties'];
const APPROX = ['exact', 'at_least', 'at_most', 'about', 'vague'];
const STATUSES = ['designated', 'delisted'];
const isCount = (n: unknown): boolean => n === null || (Number.isInteger(n) && (n as number) >= 0);

/** What is wrong with a gold claim by docs/CLAIMS.md, or [] when nothing is. */
function goldProblems(text: string, g: GoldClaim): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${what}: ${JSON.stringify(g)}`);
  if (typeof g.quote !== 'string' || g.quote === '') bad('no quote');
  else if (g.start !== undefined || g.end !== undefined) {
    if (text.slice(g.start, g.end) !== g.quote) bad('start/end do not hold the quote');
  } else if (!text.includes(g.quote)) bad('quote is not in the text');
  if (g.kind === 'casualty') {
    if (!CATEGORIES.includes(g.category)) bad('category');
    if (!APPROX.includes(g.approx)) bad('approx');
    if (!isCount(g.min) || !isCount(g.max)) bad('min/max must be whole numbers or null');
    else if (g.min !== null && g.max !== null && g.min > g.max) bad('min above max');
    if (g.approx === 'vague' && (g.min !== null || g.max !== null)) bad('vague counts have null min/max');
    for (const k of ['who', 'source'] as const)
      if (g[k] !== undefined && g[k] !== null && typeof g[k] !== 'string') bad(k);
  } else if (g.kind === 'designation') {
    if (typeof g.entity !== 'string' || g.entity === '') bad('entity');
    if (!Array.isArray(g.designators) || g.designators.some((d) => typeof d !== 'string' || d === ''))
      bad('designators');
    if (typeof g.label !== 'string') bad('label');
    if (!STATUSES.includes(g.status)) bad('status');
  } else bad('kind');
  return out;
}

describe('the corpora in tests/fixtures/corpus', () => {
  it('include the project corpus', () => {
    expect(corpusFiles).toContain('claimcheck-corpus.jsonl');
  });

  describe.each(corpusFiles)('%s', (file) => {
    const passages = readCorpus(file);

    it('is one passage per line: a unique id, the text, an optional date, the gold claims', () => {
      expect(passages.length).toBeGreaterThan(0);
      for (const p of passages) {
        expect(typeof p.id === 'string' && p.id !== '', JSON.stringify(p).slice(0, 80)).toBe(true);
        expect(typeof p.text, p.id).toBe('string');
        expect(p.date === undefined || p.date === null || /^\d{4}-\d{2}-\d{2}$/.test(p.date), p.id).toBe(
          true,
        );
        expect(Array.isArray(p.claims), p.id).toBe(true);
      }
      const ids = passages.map((p) => p.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('has gold claims that follow docs/CLAIMS.md, quotes exact substrings of their passages', () => {
      expect(
        passages.flatMap((p) => p.claims.flatMap((g) => goldProblems(p.text, g).map((e) => `${p.id}: ${e}`))),
      ).toEqual([]);
    });

    it('gets claims that keep the contract on every passage', () => {
      for (const p of passages) expectContract(p.text, extractClaims(p.text, p.date ? { date: p.date } : {}));
    });
  });
});

describe('the project corpus', () => {
  const passages = readCorpus('claimcheck-corpus.jsonl');

  it('leaves the hard negatives dark', () => {
    const lit = passages
      .filter((p) => p.id.startsWith('n'))
      .flatMap((p) => extractClaims(p.text).map((c) => `${p.id}: ${c.quote}`));
    expect(lit).toEqual([]);
  });

  it('finds casualty claims with precision of at least 0.97', () => {
    let tp = 0;
    let fp = 0;
    for (const p of passages) {
      const r = matchPassage(p.text, extractClaims(p.text), p.claims);
      tp += r.matched.filter((m) => m.gold.kind === 'casualty').length;
      fp += r.spurious.filter((c) => c.kind === 'casualty').length;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.97);
  });
});
