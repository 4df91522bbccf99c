/**
 * Counted sets and enumerations (docs/CLAIMS.md: "a designation of an unnamed or counted set is
 * one claim whose entity is the set phrase"; "each named member of a list of designated groups is
 * its own claim"). Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function designations(text: string): DesignationClaim[] {
  return extractClaims(text).filter((c): c is DesignationClaim => c.kind === 'designation');
}

function summary(text: string): Array<[string, string[], string]> {
  return designations(text).map((c) => [c.entity, c.designators, c.status]);
}

describe('a counted set as the object or subject of a listing', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Washington on Tuesday designated three armed gangs in Haiti as foreign terrorist organizations.',
      [['three armed gangs', ['United States'], 'designated']],
    ],
    [
      'Ottawa has added six individuals and two companies to its list of terrorist entities.',
      [['six individuals and two companies', ['Canada'], 'designated']],
    ],
    [
      'The State Department removed three dormant groups from its list of foreign terrorist organizations.',
      [['three dormant groups', ['United States'], 'delisted']],
    ],
    [
      'The Treasury sanctioned nine leaders of an Iraqi militia under its counterterrorism authority.',
      [['nine leaders of an Iraqi militia', ['United States'], 'designated']],
    ],
    [
      'Canberra lists 14 new organisations as terrorist organisations under the Criminal Code.',
      [['14 new organisations', ['Australia'], 'designated']],
    ],
    [
      'The Home Office said the Eastern Front is now proscribed in the UK, alongside 81 other organisations.',
      [
        ['Eastern Front', ['United Kingdom'], 'designated'],
        ['81 other organisations', ['United Kingdom'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a set whose members follow is named by its members, as the corpora do', () => {
    expect(
      summary(
        'Bogotá designated two dissident groups, the Northern Bloc and the River Front, as terrorist groups.',
      ),
    ).toEqual([
      ['Northern Bloc', ['Colombia'], 'designated'],
      ['River Front', ['Colombia'], 'designated'],
    ]);
  });

  it.each([
    'The terrorist attack on the market killed 12 people and wounded 40.',
    'Police listed 14 people as missing after the terror attack.',
    'The State Department designated three more officials to lead its counterterrorism office.',
    'The ministry said it is considering designating three armed gangs as terrorist organizations.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});
