import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index';
import { cued } from '../../../src/extract/designation-cue';

const corpusDir = path.resolve(__dirname, '../../fixtures/corpus');
const passages: string[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(path.join(corpusDir, f), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const seedDir = path.resolve(__dirname, '../../fixtures/seed');
const seed = readdirSync(seedDir).map((f) => readFileSync(path.join(seedDir, f), 'utf8'));

describe('ExtractOptions.from', () => {
  it('gives exactly the claims after `from` that extracting the whole text gives, at every sentence start', () => {
    let compared = 0;
    for (const text of [...passages, ...seed]) {
      const whole = extractClaims(text);
      for (const m of text.matchAll(/(?:[.!?]["”’)]?\s+|\n+)(?=\S)/g)) {
        const from = m.index + m[0].length;
        expect(extractClaims(text, { from }), `${text.slice(0, 60)}… from ${from}`).toEqual(
          whole.filter((c) => c.start >= from),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(70);
  });

  it('still reads the context for a tally that continues its victims and for the source', () => {
    const context = 'The ministry said the strike killed 12 people. ';
    const body = 'Four of them were children.';
    const claims = extractClaims(context + body, { from: context.length });
    expect(claims.map((c) => [c.quote, c.kind === 'casualty' && c.category])).toEqual([
      ['Four of them were children', 'killed'],
    ]);
  });

  it('leaves out a claim that starts in the context', () => {
    const text = 'At least 30 people were killed. Officials gave no other figure.';
    expect(extractClaims(text, { from: text.indexOf('Officials') })).toEqual([]);
    expect(extractClaims(text)).toHaveLength(1);
  });
});

describe('cued: whether a text may hold a designation at all', () => {
  it.each([
    'The group was designated a Foreign Terrorist Organization.',
    'Britain proscribed the group in 2019.',
    'It was added to the SDN list.',
    'Germany banned Hezbollah in 2020.',
    'Hamas, which is banned in several countries, denied it.',
    'The Houthis were listed again in January.',
    'Several states have outlawed the PKK.',
  ])('%s → cued', (text) => expect(cued(text)).toBe(true));

  it.each([
    "Hamas's ban on protests angered residents.",
    'Journalists listed the damage in a report.',
    'The central bank held its benchmark rate at 4.25 percent.',
    'Hezbollah fighters were seen near the border.',
  ])('%s → not cued', (text) => expect(cued(text)).toBe(false));

  // The listing pattern is run only on the stretches around the group names: a listing far
  // into a long text, past other mentions of listed groups, must still be found.
  const filler = 'The weather was calm and the market opened late on the coast. '.repeat(30);
  it('finds a listing far into a long text, past earlier mentions of listed groups', () => {
    expect(cued(`Hamas fighters were seen. ${filler}Germany banned Hezbollah in 2020. ${filler}`)).toBe(true);
    expect(
      cued(`${filler}Hamas fighters were seen, and Hezbollah, which Germany banned in 2020, fired.`),
    ).toBe(true);
  });
  it('does not join a listing word and a group name that stand far apart', () => {
    expect(
      cued(`Hezbollah fighters were seen. ${filler}Hamas fighters too. ${filler}The list was long.`),
    ).toBe(false);
  });

  it('every corpus passage with a designation claim is cued', () => {
    for (const text of passages) {
      if (extractClaims(text).some((c) => c.kind === 'designation')) expect(cued(text), text).toBe(true);
    }
  });
});
