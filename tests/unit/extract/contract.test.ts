import { readFileSync } from 'node:fs';
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
  ])('reads through %s', (_label, text) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => c.kind === 'casualty' && [c.category, c.min, c.approx])).toEqual([
      ['killed', 18, 'at_least'],
    ]);
    expectContract(text, claims);
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

describe('the project corpus', () => {
  const lines = readFileSync(path.join(root, 'tests/fixtures/corpus/claimcheck-corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const passages = lines.map((l) => JSON.parse(l) as { id: string; text: string; claims: GoldClaim[] });

  it('has gold quotes that are exact substrings of their passages', () => {
    for (const p of passages)
      for (const g of p.claims) expect(p.text.includes(g.quote), `${p.id}: ${g.quote}`).toBe(true);
  });

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
