/**
 * Plain bans made by a government in a passage about terror law (docs/CLAIMS.md: designators
 * come from the passage's context when the sentence omits them). Every sentence here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function summary(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => `${c.entity} | ${c.designators.join(', ')} | ${c.status}`);
}

describe('a government banning a named group where the passage ties the ban to terror law', () => {
  it.each<[string, string[]]>([
    [
      // The law is named in the next sentence; the group's home state is the designator.
      'The federal government on Monday banned the Pashtun Tahafuz Movement (PTM). The ban was imposed under the Anti-Terrorism Act 1997.',
      ['Pashtun Tahafuz Movement (PTM) | Pakistan | designated'],
    ],
    [
      // Indian copy's "the Centre" is the Union government; UAPA is a terror law.
      'The Centre on Friday banned the Valley Reform Front. The group was declared unlawful under the UAPA.',
      ['Valley Reform Front | India | designated'],
    ],
    [
      // "X-led": who leads the group is no part of its name.
      'The government banned the Omar Rahim-led Pashtun Tahafuz Movement under the Anti-Terrorism Act.',
      ['Pashtun Tahafuz Movement | Pakistan | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<string>([
    // Without terror law in the passage, a ban is just a ban.
    'The federal government on Monday banned the Pashtun Tahafuz Movement (PTM) from holding rallies in the capital.',
    'The Centre on Friday banned the export of onions. Traders protested in Nashik.',
    // A ban on a thing, in a passage about terror law, names no group.
    'The government banned the sale of fertiliser in the district. The Anti-Terrorism Act was amended last year.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
