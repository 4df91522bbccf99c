import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';
import { casualtyClaimsOf, casualtyRows } from './casualty-summary';

/**
 * A figure or tally that refers back to the harm the sentence before counted ("the number",
 * "These included"). Every sentence here is written for the test, with near misses that must
 * stay dark.
 */
const found = (text: string): string[] => casualtyRows(text);

type Row = [text: string, expected: string[]];

casualtyClaimsOf('"the number" of the harm counted before', [
  [
    'Hundreds were killed in the raid. The opposition put the number as high as 650.',
    ['killed null/null vague «Hundreds were killed»', 'killed null/650 at_most «the number as high as 650»'],
  ],
  [
    'Dozens were wounded in the blast. By our own count, the number does not exceed 90.',
    [
      'injured null/null vague «Dozens were wounded»',
      'injured null/90 at_most «the number does not exceed 90»',
    ],
  ],
  [
    'At least 40 people died in the fire. Officials estimated the figure at 60.',
    ['killed 40/null at_least «At least 40 people died»', 'killed 60/60 about «the figure at 60»'],
  ],
  // No harm counted before: "the number" is of something else.
  ['Police arrested 300 people. Activists put the number at 650.', []],
  // A number of named things is no figure of the harm.
  [
    'At least 40 people died. The number of trucks rose to 60.',
    ['killed 40/null at_least «At least 40 people died»'],
  ],
]);

casualtyClaimsOf('"These included" continues the tally before', [
  [
    'At least 300 people were killed in the strikes. These included 45 children and 30 women.',
    [
      'killed 300/null at_least «At least 300 people were killed»',
      'killed 45/45 exact «45 children»',
      'killed 30/30 exact «30 women»',
    ],
  ],
  ['The army destroyed 40 tanks. These included 12 T-72s.', []],
  ['Police arrested 300 people. These included 45 children.', []],
]);

describe('the number in the same sentence, the whereabouts unknown, and a list of forces', () => {
  it.each<Row>([
    [
      'More than 200 workers were still missing, while fire officials estimated the number closer to 300.',
      [
        'missing 200/null at_least «More than 200 workers were still missing»',
        'missing 300/300 about «the number closer to 300»',
      ],
    ],
    [
      'At least 40 people were killed and the number of trucks rose to 60.',
      ['killed 40/null at_least «At least 40 people were killed»'],
    ],
    [
      'The whereabouts of around 900 residents remain unknown.',
      ['missing 900/900 about «The whereabouts of around 900 residents remain unknown»'],
    ],
    ['The whereabouts of 12 trucks remain unknown.', []],
    // "in addition to N people" after a harm shares it, like "along with".
    [
      'Five soldiers were killed in the raid, in addition to two civilians.',
      ['killed 5/5 exact «Five soldiers were killed»', 'killed 2/2 exact «in addition to two civilians»'],
    ],
    ['Five soldiers were killed, in addition to 40 tanks.', ['killed 5/5 exact «Five soldiers were killed»']],
    [
      'Two commandos, 15 police personnel and three constables were also killed.',
      [
        'killed 2/2 exact «Two commandos»',
        'killed 15/15 exact «15 police personnel»',
        'killed 3/3 exact «three constables were also killed»',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('names the source without the conjunction that opens its clause', () => {
    const [, second] = extractClaims(
      'At least 40 people were killed, but activists put the number at 65.',
    ).filter((c): c is CasualtyClaim => c.kind === 'casualty');
    expect(second.source).toBe('activists');
  });
});

// docs/CLAIMS.md: "an estimated" makes a count approximate, and so does an estimate that
// governs the figure from further off or names it as its source.
casualtyClaimsOf('an estimate governing the figure is approximate', [
  [
    'The agency estimates 2,400 civilians have been killed in the fighting.',
    ['killed 2400/2400 about «2,400 civilians have been killed»'],
  ],
  [
    'The toll on Sunday was estimated at 75 people, the governor said.',
    ['killed 75/75 about «The toll on Sunday was estimated at 75»'],
  ],
  [
    'The relief agency estimates between 8,000 and 9,000 dead.',
    ['killed 8000/9000 about «between 8,000 and 9,000 dead»'],
  ],
  [
    'Independent estimates put the civilian death toll at 12,000.',
    ['killed 12000/12000 about «death toll at 12,000»'],
  ],
  [
    'The floods have displaced 140,000 people, according to UN estimates.',
    ['displaced 140000/140000 about «displaced 140,000 people»'],
  ],
  // A bound stays a bound.
  [
    'The agency estimates at least 2,400 civilians have been killed.',
    ['killed 2400/null at_least «at least 2,400 civilians have been killed»'],
  ],
  // The estimate names another count as its figure: the first count is exact.
  [
    'Nine were killed and 140,000 displaced, according to UN estimates.',
    ['killed 9/9 exact «Nine were killed»', 'displaced 140000/140000 about «140,000 displaced»'],
  ],
  // Without an estimate the figure is exact.
  [
    'The floods have displaced 140,000 people, according to the UN.',
    ['displaced 140000/140000 exact «displaced 140,000 people»'],
  ],
  // An estimate of the whole clause covers the tally inside it, members after "and" too.
  [
    'It is estimated that 8,410 residents, including 2,075 children (25 per cent) and 990 women (12 per cent) were wounded.',
    [
      'injured 8410/8410 about «estimated that 8,410 residents»',
      'injured 2075/2075 about «2,075 children»',
      'injured 990/990 about «990 women»',
    ],
  ],
  [
    'The agency estimates 2,400 civilians have been killed, among them 640 children.',
    ['killed 2400/2400 about «2,400 civilians have been killed»', 'killed 640/640 about «640 children»'],
  ],
  // "An estimated" qualifies one noun phrase: the tally after it is exact.
  [
    'An estimated 75 people drowned, including 12 children and 9 women.',
    [
      'killed 75/75 about «An estimated 75 people drowned»',
      'killed 12/12 exact «12 children»',
      'killed 9/9 exact «9 women»',
    ],
  ],
  // Past a semicolon the estimate's clause has ended.
  [
    'It is estimated that 300 people died; 14 children were among 90 injured.',
    [
      'killed 300/300 about «estimated that 300 people died»',
      'injured 14/14 exact «14 children»',
      'injured 90/90 exact «90 injured»',
    ],
  ],
]);
