/**
 * Listings the extractor used to pass over or misread, found in the fifteenth session's reading
 * of a held-out set: members of a set listed just before, lists with names that hold "and" or a
 * dashed branch, delistings read as listings, headline list names, designators. Every sentence
 * is written for the test; the near misses show what must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';
import { claimsOf, designationRows } from './designation-summary';

claimsOf("a list's members after a describing set, once a set was listed", [
  [
    'Canada added six organizations to its list of terrorist entities on Monday. The updated list includes several Europe-based groups, including the Iron Wolves, the Night Legion and the Grey Front.',
    [
      'six organizations | Canada | designated',
      'Iron Wolves | Canada | designated',
      'Night Legion | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
  [
    'Canada added six organizations to its list of terrorist entities on Monday. The new list contains two U.S.-based organizations such as the Iron Wolves.',
    ['six organizations | Canada | designated', 'Iron Wolves | Canada | designated'],
  ],
  // Not the list: no members.
  [
    "Canada added six organizations to its list of terrorist entities on Monday. The festival's line-up includes several Europe-based groups, including the Iron Wolves and the Night Legion.",
    ['six organizations | Canada | designated'],
  ],
  // No listing before it: a list of what, by whom, is not said.
  [
    'The updated list includes several Europe-based groups, including the Iron Wolves and the Night Legion.',
    [],
  ],
]);

// The closing set is listed too (twenty-first session): held-out annotators claim "other similar
// groups", "other proscribed organisations" and "other Daesh-linked groups" as sets.
describe('a list of objects closed by an uncounted set', () => {
  it.each<[string, string[]]>([
    [
      'The United States on Friday designated the Red Hand, the Blue Crew Cartel and other street gangs as Foreign Terrorist Organizations.',
      [
        'Red Hand | United States | designated',
        'Blue Crew Cartel | United States | designated',
        'other street gangs | United States | designated',
      ],
    ],
    [
      'The United States designated the Red Hand and other street gangs as Foreign Terrorist Organizations.',
      ['Red Hand | United States | designated', 'other street gangs | United States | designated'],
    ],
    // No listing: no claim.
    [
      'Officials said the Red Hand, the Blue Crew Cartel and other street gangs were recruiting teenagers.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  it('reads the label after the set', () => {
    const [first, second] = extractClaims(
      'The United States on Friday designated the Red Hand, the Blue Crew Cartel and other street gangs as Foreign Terrorist Organizations.',
    ).filter((c): c is DesignationClaim => c.kind === 'designation');
    expect([first.label, second.label]).toEqual([
      'Foreign Terrorist Organizations',
      'Foreign Terrorist Organizations',
    ]);
  });
});

claimsOf('members named before "among other groups on the list"', [
  [
    'Canada has designated scores of groups as terrorist entities. The Iron Wolves, the Night Legion and the Grey Front were among other groups on the list.',
    [
      'scores of groups | Canada | designated',
      'The Iron Wolves | Canada | designated',
      'Night Legion | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
  // Among other groups somewhere else: not the list's members.
  [
    'Canada has designated scores of groups as terrorist entities. The Iron Wolves and the Night Legion were among other groups at the summit.',
    ['scores of groups | Canada | designated'],
  ],
  [
    'Canada has designated scores of groups as terrorist entities. The Iron Wolves and the Night Legion were among the groups at the summit.',
    ['scores of groups | Canada | designated'],
  ],
  // No listing before it.
  ['The Iron Wolves, the Night Legion and the Grey Front were among other groups on the list.', []],
]);

claimsOf('"no longer listed" is a delisting', [
  [
    'The Red Hand Brigade is no longer listed as a terrorist organization by the United States.',
    ['The Red Hand Brigade | United States | delisted'],
  ],
  [
    'The Red Hand Brigade is no longer proscribed by Britain, the court ruled.',
    ['The Red Hand Brigade | United Kingdom | delisted'],
  ],
  [
    'Washington took the Red Hand Brigade off two terrorism lists in February.',
    ['Red Hand Brigade | United States | delisted'],
  ],
  // Still listed.
  [
    'The Red Hand Brigade is still listed as a terrorist organization by the United States.',
    ['The Red Hand Brigade | United States | designated'],
  ],
]);

claimsOf('a designation withdrawn, cancelled or reversed is delisted', [
  [
    "The Department of State is withdrawing the Red Hand's designation as a Foreign Terrorist Organization.",
    ['Red Hand | United States | delisted'],
  ],
  [
    "The US government announced its decision to cancel the Red Hand's terror designation.",
    ['Red Hand | United States | delisted'],
  ],
  // The verb acts on something else before the designation is named.
  [
    "The US withdrew its troops after the Red Hand's terror designation.",
    ['Red Hand | United States | designated'],
  ],
]);

claimsOf('members added after a set was added to a terror list', [
  [
    'Canada has added four violent extremist and insurgent groups to its list of terrorist entities. It said it was adding the Red Hand, the Night Legion and the Grey Front. It also added Islamic State-Freedonia.',
    [
      'four violent extremist and insurgent groups | Canada | designated',
      'Red Hand | Canada | designated',
      'Night Legion | Canada | designated',
      'Grey Front | Canada | designated',
      'Islamic State-Freedonia | Canada | designated',
    ],
  ],
  // No set listed before: "added" alone lists nothing.
  ['The government said it was adding the Red Hand, the Night Legion and the Grey Front.', []],
  // A reference, not a name, is left to the rules for references.
  [
    'Canada has added four groups to its list of terrorist entities. It also added the movement.',
    ['four groups | Canada | designated'],
  ],
  // A forecast is no listing.
  ['The Red Hand is likely to be added to the list of terrorist organisations by Canada.', []],
]);

claimsOf('a headline names the list with a capital', [
  // "List" after its label word is the noun, not the verb; "&" opens no name.
  ["Canada's Terrorist List Got Updated To Include 13 More Groups & Here's What That Means", []],
  ["Freedonia's Terror List Now Names Ten Groups & What It Means", []],
  // A headline's verb still lists.
  ['Canada Lists Proud Boys As Terrorist Entity', ['Proud Boys | Canada | designated']],
]);

claimsOf('ties between a set and its list', [
  [
    'The UN Security Council placed six individuals affiliated to them on its Al Qaida sanctions list.',
    ['six individuals | United Nations | designated'],
  ],
  // A place, not a list: no listing.
  ['The UN Security Council placed six observers affiliated to the mission on the border.', []],
]);

claimsOf("a list's members with 'and' or a dashed branch inside their names", [
  [
    'Canada listed four groups as terrorist entities on Friday. The groups are the Red Hand, the Centre for Research and Development, Sons of Liberty – Freedonia and the Grey Front.',
    [
      'four groups | Canada | designated',
      'Red Hand | Canada | designated',
      'Centre for Research and Development | Canada | designated',
      'Sons of Liberty – Freedonia | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
  // The list's own "and" still joins its last member.
  [
    'Canada listed three groups as terrorist entities on Friday. The groups are the Red Hand, the Centre for Research and the Grey Front.',
    [
      'three groups | Canada | designated',
      'Red Hand | Canada | designated',
      'Centre for Research | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
]);

claimsOf('a counted set with a reduced relative after "that"', [
  [
    'Israel said that six Palestinian groups previously designated as "terrorist" organisations can no longer operate.',
    ['six Palestinian groups | Israel | designated'],
  ],
  // Listed somewhere that is no terror list.
  ['Israel said that six Palestinian groups listed in the report can no longer operate.', []],
]);

describe('examples inside a counted subject', () => {
  it.each<[string, string[]]>([
    [
      'Two groups, including the Red Hand and the Blue Crew, have been designated as terrorist organisations by the US.',
      [
        'Two groups | United States | designated',
        'Red Hand | United States | designated',
        'Blue Crew | United States | designated',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  it('gives the set and each example a quote of its own', () => {
    const quotes = extractClaims(
      'Two groups, including the Red Hand and the Blue Crew, have been designated as terrorist organisations by the US.',
    ).map((c) => c.quote);
    expect(quotes).toEqual([
      'Two groups',
      'Red Hand',
      'Blue Crew, have been designated as terrorist organisations by the US',
    ]);
  });
});

claimsOf('a dashed aside between a counted set and its list', [
  [
    'Saudi Arabia has placed 59 individuals – Qatar-based or funded by Qatar – on a “terror list”.',
    ['59 individuals | Saudi Arabia | designated'],
  ],
  // A list of guests is no terror list.
  ['Saudi Arabia has placed 59 individuals – Qatar-based or funded by Qatar – on a guest list.', []],
]);

claimsOf("India's Union government and its amended Act name India", [
  [
    'Ravi Kumar and Mohan Das were declared terrorists under the Unlawful Activities (Prevention) Amendment Act.',
    ['Ravi Kumar | India | designated', 'Mohan Das | India | designated'],
  ],
  [
    'Ravi Kumar and Mohan Das were on Wednesday formally declared as terrorists by the Union government.',
    ['Ravi Kumar | India | designated', 'Mohan Das | India | designated'],
  ],
]);

claimsOf('"The other listed entities are …" names the members of the set listed before', [
  [
    'Canada has listed seven criminal organizations as terrorist entities. The announcement comes a day after the United States designated the Red Hand as a foreign terrorist organization. The other listed entities are the Blue Crew and the Grey Front.',
    [
      'seven criminal organizations | Canada | designated',
      'Red Hand | United States | designated',
      'Blue Crew | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
]);

claimsOf('"X and its allies" as the subject names X, not a state the passage dwells on', [
  [
    'Saudi Arabia and its allies have blacklisted nine organisations believed to have links with terrorism and allegedly funded by Qatar. Doha has denied the allegations. The Qatari authorities rejected the list, Qatar said.',
    ['nine organisations | Saudi Arabia | designated'],
  ],
]);
