/**
 * Listings the extractor used to pass over: an uncounted set as the object ("a coalition of
 * gangs"), members closed by a generic head ("the X coalition and the Y gang"), and the
 * members of a set named with a describing word or a relative clause ("These criminal
 * organizations are …", "The cartels that were designated include …"). Every sentence is
 * written for the test; the near misses show what must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows } from './designation-summary';

claimsOf('an uncounted set as the object of a listing', [
  [
    'The administration designated a coalition of armed Freedonian gangs as Foreign Terrorist Organizations.',
    ['a coalition of armed Freedonian gangs | United States | designated'],
  ],
  [
    'Moscow recognised a number of foreign organisations as terrorist on Tuesday.',
    ['a number of foreign organisations | Russia | designated'],
  ],
  // Not a terror label: no claim.
  ['The government designated a number of journalists as foreign agents.', []],
  ['The ministry designated a handful of districts as disaster zones.', []],
]);

claimsOf('a generic head closes a member of the list', [
  [
    'The US designated the Sunrise coalition and the Morning Star gang as Foreign Terrorist Organizations.',
    ['Sunrise | United States | designated', 'Morning Star gang | United States | designated'],
  ],
  [
    'The US designated two Freedonian gangs as Foreign Terrorist Organizations. This decision targets the Sunrise coalition and the Morning Star gang, both of which control the capital.',
    [
      'two Freedonian gangs | United States | designated',
      'Sunrise | United States | designated',
      'Morning Star gang | United States | designated',
    ],
  ],
]);

claimsOf('the members of a set named with a describing word or a relative clause', [
  [
    'The State Department designated three Freedonian cartels as terrorist organizations. These criminal organizations are the Harbor Cartel, the Valley Cartel and the Coast Family.',
    [
      'three Freedonian cartels | United States | designated',
      'Harbor Cartel | United States | designated',
      'Valley Cartel | United States | designated',
      'Coast Family | United States | designated',
    ],
  ],
  [
    'Washington named four Freedonian cartels as foreign terrorist organizations. The cartels that were designated include the Harbor Cartel, which runs the northern ports.',
    ['four Freedonian cartels | United States | designated', 'Harbor Cartel | United States | designated'],
  ],
  // No listing before: the sentence alone names no one's listing.
  ['These criminal organizations are the Harbor Cartel and the Valley Cartel.', []],
]);

describe('words that look like a listing but are not one', () => {
  it.each<[string, string[]]>([
    // "terrorist" describes the attacks: the towns are no listed groups.
    [
      'Several districts of the province — including Northvale, Eastbrook and Lower Marsh — have seen a series of terrorist attacks this year.',
      [],
    ],
    // A law's title is no listed group, with or without its short name after it.
    [
      'The United States bases FTO designations on Section 219 of the Immigration and Nationality Act (INA – 8 U.S.C. §1189), which sets out three conditions.',
      [],
    ],
    // A headline's "Fresh" is no part of the group's name.
    ['Fresh Sunrise Front terror designations announced by Canada', ['Sunrise Front | Canada | designated']],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  // The reason for a listing stays a listing.
  it('keeps "listed nine people suspected of supporting terrorist activities"', () => {
    expect(
      designationRows(
        'Ghana has listed five Ghanaian individuals suspected of supporting terrorist activities, the ministry said.',
      ),
    ).toEqual(['five Ghanaian individuals | Ghana | designated']);
  });
});

claimsOf('who lists, and for what', [
  // A listing for genocide is no terror listing, in a passage that speaks of terror lists.
  [
    'Senators asked whether the militia meets the threshold to be classified as a foreign terrorist organisation. In early 2025, the US Department of State designated the Dune Brigade for committing acts of genocide in the west.',
    [],
  ],
  // The state that "said it will" list is the designator, not the state owning the group.
  [
    'Yemen’s Houthis fired on a tanker after Washington said it will re-designate the group as global terrorists.',
    ['Houthis | United States | designated'],
  ],
  // "Dozens more, including A and B, have given X a terrorist designation": the examples list.
  [
    'Dozens more, including Canada, Japan and Australia, have given the Sunrise Front a terrorist designation.',
    ['Sunrise Front | Canada, Japan, Australia | designated'],
  ],
]);

claimsOf('groups another set "would join" on a named terror list', [
  [
    'Officials are preparing to designate four Freedonian gangs as terrorist organizations. These groups would join organizations like ISIS, Hezbollah and Hamas on the U.S. terrorist list.',
    [
      'ISIS | United States | designated',
      'Hezbollah | United States | designated',
      'Hamas | United States | designated',
    ],
  ],
  // Not a terror list.
  ['The club will join Arsenal, Chelsea and Liverpool on the list of top clubs.', []],
  // A planned listing's members stay dark, though the examples before them are listed.
  [
    'Officials are preparing to designate three Freedonian gangs as terrorist organizations. They would join groups like Hamas on the U.S. terrorist list.\nThe organizations to be designated include:\n– Harbor Cartel\n– Valley Cartel',
    ['Hamas | United States | designated'],
  ],
]);

claimsOf('a legal epithet before a named group', [
  // "proscribed" with the group's acronym after its name, and no head noun.
  [
    'Attacks rose after the proscribed Sunrise Front (SF) ended its ceasefire with the government.',
    ['Sunrise Front (SF) |  | designated'],
  ],
  // "banned" in a sentence about violence, in a passage about terror.
  [
    'Terror returns to the valley. The region faces relentless violence from the banned Sunrise Front (SF).',
    ['Sunrise Front (SF) |  | designated'],
  ],
  // Neither acronym nor head noun: a role, left alone.
  ['He was the proscribed Sunrise Front leader in the district.', []],
]);

describe('more of the same set after a listing', () => {
  it('reads "Two other groups were also designated" after a listing', () => {
    expect(
      designationRows(
        'The United States named six Freedonian cartels as foreign terrorist organizations. Two other groups were also designated.',
      ),
    ).toEqual([
      'six Freedonian cartels | United States | designated',
      'Two other groups | United States | designated',
    ]);
  });
  it('leaves "Two other groups were also arrested" alone', () => {
    expect(
      designationRows(
        'The United States named six Freedonian cartels as foreign terrorist organizations. Two other groups were also arrested.',
      ),
    ).toEqual(['six Freedonian cartels | United States | designated']);
  });
});
