/**
 * Listings found in the thirtieth session: counted people designated "as terrorists", a
 * headline's office holders who ban a counted set, and the members named in the sentences after a
 * listing ("Those listed in the notice include …", "Others named are …"). Every sentence is
 * written for the test; the near misses show what must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows, labelledClaimsOf } from './designation-summary';

claimsOf('counted people designated as terrorists are the set, not the label', [
  [
    'The Philippines designated 11 insurgents as terrorists on Monday.',
    ['11 insurgents | Philippines | designated'],
  ],
  ['Philippines designates 11 insurgents as ‘terrorists’', ['11 insurgents | Philippines | designated']],
  ['The council designated 11 rebels as “terrorists” in March.', ['11 rebels |  | designated']],
]);

claimsOf("a headline's office holders act on the set they ban", [
  ['Ministers ban 15 terror groups', ['15 terror groups |  | designated']],
  // A capitalised plural of office holders is never the one banned.
  ['Ministers ban Valley League', []],
]);

describe('members named after a listing', () => {
  it('reads "Those listed in the notice include …" and "Others named are …"', () => {
    const text =
      'The minister designated eight people as terrorists. Those listed in the notice include Ramon Adler, Yusuf Mbeki and Philip Karanja. Others named are David Osei, Simon Gitau and Musa Kassim.';
    expect(designationRows(text)).toEqual([
      'eight people |  | designated',
      'Ramon Adler |  | designated',
      'Yusuf Mbeki |  | designated',
      'Philip Karanja |  | designated',
      'David Osei |  | designated',
      'Simon Gitau |  | designated',
      'Musa Kassim |  | designated',
    ]);
  });
  it('reads a semicolon after "include" like a colon', () => {
    const text =
      'The minister designated eight people as terrorists. Those listed in the notice include; Ramon Adler and Yusuf Mbeki.';
    expect(designationRows(text)).toEqual([
      'eight people |  | designated',
      'Ramon Adler |  | designated',
      'Yusuf Mbeki |  | designated',
    ]);
  });
  it('does not read "Others named are …" with no listing before it', () => {
    const text = 'The mayor opened the new bridge. Others named are David Osei and Simon Gitau.';
    expect(designationRows(text)).toEqual([]);
  });
});

claimsOf('a ban as extremist lists nothing, even beside a terror listing', [
  [
    'The judge, who had banned the “Harbour movement” and the “Valley movement” as extremist, ruled that the foundation was terrorist.',
    [],
  ],
  // A ban as extremist and terrorist is a listing.
  [
    'Russia’s Supreme Court banned the Harbour Movement as extremist and terrorist in 2021.',
    ['Harbour Movement | Russia | designated'],
  ],
]);

claimsOf("a capital's dateline names the government a sentence leaves unnamed", [
  [
    'OTTAWA -- The federal government is adding the Valley League to the Criminal Code list of terrorist entities. The group was founded in the U.S. and is active in the U.S. and in the U.S. Midwest.',
    ['Valley League | Canada | designated'],
  ],
  // Without the dateline, the state named most often stands in, as before.
  [
    'The federal government is adding the Valley League to the Criminal Code list of terrorist entities. The group was founded in the U.S. and is active in the U.S. and in the U.S. Midwest.',
    ['Valley League | United States | designated'],
  ],
]);

claimsOf('the state that acts "from Wednesday" is the one that bans', [
  [
    'Minister Announces Complete Ban on Harbour Front Activities\n\nGermany will from Wednesday ban the activities of the Harbour Front, already a designated terrorist organization in the country, to protect the state of Israel’s citizens, the minister said.',
    ['Harbour Front | Germany | designated', 'Harbour Front | Germany | designated'],
  ],
]);

claimsOf('groups that join a terror list, with a number word opening their name', [
  [
    'The Three Percenters and the Valley League will join the list of terrorist entities.',
    ['Three Percenters |  | designated', 'Valley League |  | designated'],
  ],
  // Joining anything but a list is no listing.
  ['The Three Percenters will join the protest against terrorist violence.', []],
]);

claimsOf('a counted set that is "to be banned" is announced, so listed', [
  [
    'Two far-right groups are to be banned as terrorist organisations.',
    ['Two far-right groups |  | designated'],
  ],
  // "expected to be" is a forecast, no listing.
  ['Two far-right groups are expected to be banned as terrorist organisations.', []],
]);

claimsOf('the members of "a list of terror groups including the likes of …"', [
  [
    'The Home Office proscribed the Harbour Front. The group was added to a list of terror groups including the likes of the Valley League, the Iron Brigade and the Grey Army.',
    [
      'Harbour Front | United Kingdom | designated',
      'Harbour Front | United Kingdom | designated',
      'Valley League | United Kingdom | designated',
      'Iron Brigade | United Kingdom | designated',
      'Grey Army | United Kingdom | designated',
    ],
  ],
]);

claimsOf('"both groups" after the sentence named two', [
  [
    'Three states blocked a bid to sanction the Valley League and the Iron Brigade at the UN, a month after Washington declared both groups Foreign Terrorist Organisations.',
    ['Valley League | United States | designated', 'Iron Brigade | United States | designated'],
  ],
]);

claimsOf('a spelling in brackets inside a name is part of it', [
  [
    "Sri Lanka banned 11 terror groups. The 11 groups banned include: The United Harbour (Harbor) Jamma'ath (UHJ), Ceylon Harbour (Harbor) Jamma'ath (CHJ) and Super Muslim.",
    [
      '11 terror groups | Sri Lanka | designated',
      "The United Harbour (Harbor) Jamma'ath (UHJ) | Sri Lanka | designated",
      "Ceylon Harbour (Harbor) Jamma'ath (CHJ) | Sri Lanka | designated",
      'Super Muslim | Sri Lanka | designated',
    ],
  ],
]);

labelledClaimsOf('a removal undone restores the listing', [
  [
    'President Trump on Monday rescinded his Democratic predecessor’s measure to remove Cuba from the US list of state sponsors of terrorism.',
    ['Cuba | United States | designated | US list of state sponsors of terrorism'],
  ],
  // The removal itself is a delisting.
  [
    'President Biden moved to remove Cuba from the US list of state sponsors of terrorism in January.',
    ['Cuba | United States | delisted | US list of state sponsors of terrorism'],
  ],
]);

claimsOf('a list that "consists of" its members', [
  [
    'Canada listed the Harbour Front as a terrorist entity. Canada’s list of terrorist entities consists of numerous other ISIS affiliates and groups like the Valley League and the Iron Brigade.',
    [
      'Harbour Front | Canada | designated',
      'ISIS | Canada | designated',
      'Valley League | Canada | designated',
      'Iron Brigade | Canada | designated',
    ],
  ],
]);

claimsOf('a hedge does not reach past a conjunction that opens a clause of its own', [
  [
    'The listing was a demand from Ruritania, most recently in July, after the US designated the Harbour Front as a terrorist organisation.',
    ['Harbour Front | United States | designated'],
  ],
  // Within one clause the demand still hedges.
  ['Ruritania demanded that the US designate the Harbour Front as a terrorist organisation.', []],
]);

claimsOf("a sanctions committee's name sanctions no one; a quoted other label lists nothing", [
  [
    'The UN sanctions committee on Daesh and Al Qaeda announced in a press release the designation of Masood Azhar over his ties to Al Qaeda.',
    ['Masood Azhar | United Nations | designated'],
  ],
  [
    'Britain will proscribe the Valley League as a terrorist organisation. In February Washington designated the Valley League a “significant transnational criminal organisation”.',
    ['Valley League | United Kingdom | designated'],
  ],
]);

labelledClaimsOf('a title-case headline that places a state back on a list', [
  [
    'Trump Places Cuba Back on ‘State Sponsor of Terrorism’ List',
    ['Cuba | United States | designated | State Sponsor of Terrorism'],
  ],
  [
    'Trump Places Cuba Back on State Sponsor of Terrorism List',
    ['Cuba | United States | designated | State Sponsor of Terrorism List'],
  ],
  // "Back" that no "on" follows is part of a name.
  ['Trump Praises Back Bay Festival', []],
]);

labelledClaimsOf("a counted object's words before the list are no part of the label", [
  [
    'The EU added two Hamas leaders to its terrorist list on Friday.',
    ['two Hamas leaders | European Union | designated | terrorist list'],
  ],
  [
    'The EU added two senior leaders to its terrorist list on Friday.',
    ['two senior leaders | European Union | designated | terrorist list'],
  ],
]);

claimsOf('a relative clause names its whole coordinated antecedent as the authorities', [
  [
    'The Valley League won the vote, angering the European Union, the United States, Canada and the United Kingdom, which also view the Valley League a terrorist organization.',
    ['Valley League | European Union, United States, Canada, United Kingdom | designated'],
  ],
  [
    'The attack was blamed on Pakistan and India, which banned the Harbour Front as a terrorist group in 2002.',
    ['Harbour Front | Pakistan, India | designated'],
  ],
  // One antecedent, as before.
  [
    'India blamed Pakistan, which banned the Harbour Front as a terrorist group in 2002.',
    ['Harbour Front | Pakistan | designated'],
  ],
]);

claimsOf('a reference by head noun, with the people listed beside it, before a list', [
  [
    'The United States designated the Valley Resistance Movement and three of its leaders as terrorists. The State Department added the movement and the leaders to its Specially Designated Global Terrorist list.',
    [
      'Valley Resistance Movement | United States | designated',
      'three of its leaders | United States | designated',
      'Valley Resistance Movement | United States | designated',
    ],
  ],
]);

claimsOf('financiers "of" a widely listed group, and "One of those designated is …"', [
  [
    'The US Treasury sanctioned three Sudanese financiers of Hamas on Tuesday. One of those designated is Omar Abdelrahman, a businessman.',
    [
      'three Sudanese financiers | United States | designated',
      'Omar Abdelrahman | United States | designated',
    ],
  ],
  [
    'Treasury designated four people as Specially Designated Global Terrorists. Among those designated is Omar Abdelrahman.',
    ['four people | United States | designated', 'Omar Abdelrahman | United States | designated'],
  ],
  // Sanctions on a group's financiers of something else list no one.
  ['The EU sanctioned three financiers of the election campaign on Tuesday.', []],
]);

claimsOf('"named the four … — A, B, C, and D" after the count was claimed', [
  [
    'The US Treasury on Monday sanctioned four ISIS members in South Africa. OFAC named the four South African-based ISIS members — Ali Hoomer, Sami Miller, Abdella Abadigga, and Peter Mbaga.',
    [
      'four ISIS members | United States | designated',
      'Ali Hoomer | United States | designated',
      'Sami Miller | United States | designated',
      'Abdella Abadigga | United States | designated',
      'Peter Mbaga | United States | designated',
    ],
  ],
  // With no listing before it, a roll call names no one.
  ['The club named the four new players — Ali Hoomer, Sami Miller, Abdella Abadigga, and Peter Mbaga.', []],
]);
