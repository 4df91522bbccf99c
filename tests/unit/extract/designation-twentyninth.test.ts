/**
 * Listings found in the twenty-ninth session: a state that only says where the groups are, and
 * hedges that are no listings ("cannot list", "implored … to recognize", "designating X would
 * allow …"). Every sentence is written for the test; the near misses show what must stay as it
 * was.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows } from './designation-summary';

claimsOf('a state that only says where the groups are lists nothing', [
  [
    'US designates Ruritania gangs Los Lobos, Los Tigres as foreign terrorist groups',
    ['Los Lobos | United States | designated', 'Los Tigres | United States | designated'],
  ],
  [
    'Secretary of State Rubio declared Los Lobos and Los Tigres terrorist groups in Ecuador, vowing broader action.',
    ['Los Lobos | United States | designated', 'Los Tigres | United States | designated'],
  ],
  // Places after "in" are the authorities when no authority opens the clause.
  [
    'The Valley League was previously declared a terrorist group in the United Kingdom, Canada, and Australia.',
    ['The Valley League | United Kingdom, Canada, Australia | designated'],
  ],
]);

claimsOf('a listing that cannot be made, or is pleaded for, is none', [
  ['EU cannot brand the Harbour Front as terror group before court ruling', []],
  ["The EU can't designate the Harbour Front as a terrorist group yet.", []],
  ['Ruritania is unable to list the Harbour Front as a terrorist entity under current law.', []],
  ['The president implored the West to recognize the Valley League as a terrorist organization.', []],
  // A listing made stays a claim.
  [
    'The EU listed the Harbour Front as a terrorist entity in 2019.',
    ['Harbour Front | European Union | designated'],
  ],
]);

claimsOf('a listing as the subject of what it would do is an argument for one', [
  [
    'Officials argued that designating the Harbour Front and the Valley League as terrorist entities would allow Washington to impose sanctions.',
    [],
  ],
  ['Designating the Harbour Front as a terrorist group could help the police, the minister said.', []],
  // A listing done, with its effect after it, stays a claim; so does one scheduled.
  [
    'The United States designated the Harbour Front as a terrorist group, which would freeze its assets.',
    ['Harbour Front | United States | designated'],
  ],
  [
    'The State Department said designating the Harbour Front as a terrorist group would take effect on Monday.',
    ['Harbour Front | United States | designated'],
  ],
]);

claimsOf('a later sentence that lifts "the designation" lifts the listing the passage claimed', [
  [
    'Trump designated the Harbour Front as a foreign terrorist organization in 2021. A month later, the Biden administration reversed the Harbour Front’s designation.',
    ['Harbour Front | United States | designated', 'Harbour Front | United States | delisted'],
  ],
  [
    'Trump designated the Harbour Front as a foreign terrorist organization in 2021. A month later, the Biden administration reversed the designation.',
    ['Harbour Front | United States | designated', 'Harbour Front | United States | delisted'],
  ],
  [
    'Trump designated the Harbour Front as a foreign terrorist organization in 2021. Blinken said the Harbour Front’s delisting aimed to protect aid to Ruritania.',
    ['Harbour Front | United States | designated', 'Harbour Front | United States | delisted'],
  ],
  [
    "Russia's Supreme Court scrapped the Valley League's designation as a terrorist organization.",
    ['Valley League | Russia | delisted'],
  ],
  // Another owner's listing, or a designation of something else, lifts nothing claimed.
  [
    "Trump designated the Harbour Front as a foreign terrorist organization in 2021. Biden later reversed Cuba's designation.",
    ['Harbour Front | United States | designated'],
  ],
  [
    'Trump designated the Harbour Front as a foreign terrorist organization in 2021. A court reversed the designation of a heritage site.',
    ['Harbour Front | United States | designated'],
  ],
]);

claimsOf('"decreed X a terrorist group" declares it one', [
  [
    'Egypt’s interim cabinet decreed the Harbour Front a terrorist group after the bombing.',
    ['Harbour Front | Egypt | designated'],
  ],
  ['The president decreed a state of emergency in the Harbour district.', []],
]);

claimsOf('"there were N groups proscribed": a counted set in a past "there were"', [
  [
    'As of March 2024 there were 80 international terrorist groups proscribed under the Terrorism Act 2000.',
    ['80 international terrorist groups | United Kingdom | designated'],
  ],
  [
    'There are 80 groups proscribed under the Terrorism Act 2000.',
    ['80 groups | United Kingdom | designated'],
  ],
  // A count of groups that were not listed stays dark.
  ['There were 80 groups at the conference.', []],
]);

claimsOf('"X is a Foreign Terrorist Organization": the US list named by its own label', [
  [
    'Harbour Front is a Foreign Terrorist Organization (FTO) that originated in Ruritania.',
    ['Harbour Front | United States | designated'],
  ],
  [
    'Valley League remains a Specially Designated Global Terrorist.',
    ['Valley League | United States | designated'],
  ],
  // Not one, or a terrorist organisation in someone's words, is no listing.
  ['The Harbour Front is not a Foreign Terrorist Organization.', []],
  ['The minister said the Harbour Front is a terrorist organization.', []],
]);

claimsOf('"OFAC is sanctioning X", in a passage on terror listings', [
  [
    'Today, OFAC is sanctioning the Harbour Front, which has provided material support to the Valley League. The Valley League is a Foreign Terrorist Organization (FTO).',
    ['Harbour Front | United States | designated', 'The Valley League | United States | designated'],
  ],
  // Sanctions on a firm, in a passage on no terror listing, stay dark.
  ['Today, OFAC is sanctioning the Harbour Shipping Company for trade with Ruritania.', []],
]);

claimsOf('"the list currently includes A, B and C": the members of the list just claimed', [
  [
    'The EU added the Harbour Front to its terrorist list in 2019. The list currently includes the Valley League and Ansar al-Marsh.',
    [
      'Harbour Front | European Union | designated',
      'Valley League | European Union | designated',
      'Ansar al-Marsh | European Union | designated',
    ],
  ],
  // A list the passage claimed no listing on says nothing of terror.
  ['The shortlist currently includes the Valley League and Ansar al-Marsh.', []],
]);

describe('states before a state-sponsor listing are its members, not its authorities', () => {
  it('lists by the authority after the verb only, whichever members the rules read', () => {
    // (Not every member is read yet with "the only other countries" between list and verb.)
    const rows = designationRows(
      'Iran, North Korea, and Syria are the only other countries listed by the US as "state sponsors of terrorism."',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/^(?:Iran|North Korea|Syria) \| United States \| designated$/);
  });

  it('reads each member of a plain list', () => {
    expect(
      designationRows('Iran, North Korea and Syria are listed by the US as state sponsors of terrorism.'),
    ).toEqual([
      'Iran | United States | designated',
      'North Korea | United States | designated',
      'Syria | United States | designated',
    ]);
  });
});
