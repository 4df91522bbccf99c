/**
 * Designators named as a bloc, and groups named by a reference rather than a name
 * (docs/CLAIMS.md). Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function summary(text: string): Array<[string, string[], string]> {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, [...c.designators].sort(), c.status]);
}

const QUARTET = ['Bahrain', 'Egypt', 'Saudi Arabia', 'United Arab Emirates'];

describe('a bloc as the designator', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The Saudi-led quartet also blacklisted the Northern Brigade, calling it a terrorist group.',
      [['Northern Brigade', QUARTET, 'designated']],
    ],
    [
      'The four boycotting Arab states designated the Fictional Relief Union as a terrorist organisation.',
      [['Fictional Relief Union', QUARTET, 'designated']],
    ],
    [
      'A Saudi-led Arab bloc on Monday added three charities and seven individuals to its terrorism list.',
      [['three charities and seven individuals', QUARTET, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a Saudi-led military coalition designates nobody by itself', () => {
    expect(
      summary(
        'The Saudi-led coalition struck the port on Monday. The US designated the Coastal Front a terrorist group.',
      ),
    ).toEqual([['Coastal Front', ['United States'], 'designated']]);
  });
});
