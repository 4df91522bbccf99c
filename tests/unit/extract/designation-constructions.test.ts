/**
 * Constructions that recur in news about listings, each with invented sentences and near misses
 * (docs/CLAIMS.md). Every group and person here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

type Row = [string, string[], string];

function summary(text: string): Row[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, [...c.designators].sort(), c.status]);
}

const US = ['United States'];
const EU = ['European Union'];

describe("an authority's view in a relative or participial aside", () => {
  it.each<[string, Row[]]>([
    [
      'The Coastal Army, which Washington considers a terrorist organization, denied the report.',
      [['The Coastal Army', US, 'designated']],
    ],
    [
      'Officials said the Red Hand, which the EU deems a terrorist group, had regrouped.',
      [['Red Hand', EU, 'designated']],
    ],
    [
      'The Northern Front, deemed a terrorist group by the US, controls much of the south.',
      [['The Northern Front', US, 'designated']],
    ],
    [
      'Fighters of the Valley Guard, considered a terrorist organisation by the European Union, crossed the river.',
      [['Valley Guard', EU, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The Coastal Army, which many analysts consider a terrorist group, denied the report.',
    'The Northern Front, which Washington considers a threat, said it would respond.',
    'The Red Hand, deemed a terrorist group by many, controls much of the south.',
    'The Valley Guard, which the US considered designating as a terrorist group, declined to comment.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe("a state's own agency as the subject", () => {
  it.each<[string, Row[]]>([
    [
      "Saudi Arabia's State Security on Monday issued a statement designating the Harbor Cells as a terrorist group. The US welcomed the move.",
      [['Harbor Cells', ['Saudi Arabia'], 'designated']],
    ],
    [
      "Egypt's Public Prosecution has issued a decision designating the Nile Dawn Network a terrorist organisation, US officials said.",
      [['Nile Dawn Network', ['Egypt'], 'designated']],
    ],
    [
      "Jordan's foreign ministry on Sunday designated the Desert Wolves as a terrorist group.",
      [['Desert Wolves', ['Jordan'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it("an owner's forces are no designator", () => {
    expect(
      summary(
        "Iran's Revolutionary Guards on Monday issued a statement after the US designated the Harbor Cells as a terrorist group.",
      ),
    ).toEqual([['Harbor Cells', US, 'designated']]);
  });
});

describe('members between dashes after a counted set', () => {
  it.each<[string, Row[]]>([
    [
      'The government proscribed two groups – the Eastern Shield and the Valley Guard – as terrorist organisations.',
      [
        ['Eastern Shield', ['United Kingdom'], 'designated'],
        ['Valley Guard', ['United Kingdom'], 'designated'],
      ],
    ],
    [
      "India's home ministry on Friday declared two organisations — Delta Tiger Force (DTF) and Upper Valley Ghazi Force — as terrorist organisations.",
      [
        ['Delta Tiger Force (DTF)', ['India'], 'designated'],
        ['Upper Valley Ghazi Force', ['India'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('the label follows the closing dash', () => {
    const last = extractClaims(
      'Canberra listed three outfits – the Red Hand, Northern Dawn and the Hill Front – as terrorist organisations.',
    ).at(-1) as DesignationClaim;
    expect([last.entity, last.label, last.quote]).toEqual([
      'Hill Front',
      'terrorist organisations',
      'Hill Front – as terrorist organisations',
    ]);
  });

  it.each([
    ['The ministry designated two groups – both based abroad – as terrorist organisations.', 'two groups'],
    ['The government proscribed two groups – a rare step – and said more would follow.', 'two groups'],
  ])('an aside that names nobody leaves the set: %s', (text, entity) => {
    expect(summary(text).map((r) => r[0])).toEqual([entity]);
  });
});
