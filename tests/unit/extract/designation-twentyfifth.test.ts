/**
 * Listings found in the twenty-fifth session. Every sentence is written for the test; the near
 * misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"gazetted X as a terrorist group": a government notice that lists', [
  [
    "Kenya's interior ministry gazetted the Coast Brigade and the Hill Council as terrorist groups on Monday.",
    ['Coast Brigade | Kenya | designated', 'Hill Council | Kenya | designated'],
  ],
  // Gazetting anything else lists nothing.
  ['The government gazetted the new regulations on Friday after a terrorist attack.', []],
]);

claimsOf('a copula list whose first member says where it is based ("Somalia-based X")', [
  [
    'Norway has designated three foreign groups as terrorist organisations. The groups are Coast-based Harbour Front, the Valley League and the Dawn Brigades.',
    [
      'three foreign groups | Norway | designated',
      'Harbour Front | Norway | designated',
      'Valley League | Norway | designated',
      'Dawn Brigades | Norway | designated',
    ],
  ],
]);

claimsOf('after a counted set, a sentence that names as many members as the set counts', [
  [
    'The United States has designated four cartels as foreign terrorist organizations. In a notice, the Secretary of State named the Harbour Cartel, also known as HC; the Valley League; the Dawn Brigades; and the Northern Shield.',
    [
      'four cartels | United States | designated',
      'Harbour Cartel | United States | designated',
      'Harbour Cartel (HC) | United States | designated',
      'Valley League | United States | designated',
      'Dawn Brigades | United States | designated',
      'Northern Shield | United States | designated',
    ],
  ],
  // Fewer names than the set counts: people named for something else.
  [
    'The United States has designated four cartels as foreign terrorist organizations. The president named Jane Doe and John Roe to lead the task force.',
    ['four cartels | United States | designated'],
  ],
]);

claimsOf('"X, also known as Y (and other aliases)" in a passage that calls the group Y, with an apostrophe', [
  [
    'The US will revoke the terrorist designation of the Hay’at Harbour group. "I hereby revoke the designation of the Valley Front, also known as Hay’at Harbour (and other aliases) as a Foreign Terrorist Organization," the notice reads.',
    ["Hay'at Harbour | United States | delisted", "Hay'at Harbour | United States | delisted"],
  ],
  // A passage that never calls the group by the other name keeps the name the claim uses.
  [
    '"I hereby revoke the designation of the Valley Front, also known as Hay’at Harbour (and other aliases) as a Foreign Terrorist Organization," the notice reads.',
    ['Valley Front | United States | delisted'],
  ],
]);

claimsOf('"X has been blacklisted by the Council, while Y was added": the same list in the same sentence', [
  [
    'Harbour Front has long been blacklisted as a terrorist group by the UN Security Council, while al-Valley Front was added earlier this year. Both groups are designated under the UN al-Qaeda sanctions regime.',
    [
      'Harbour Front | United Nations | designated',
      'al-Valley Front | United Nations | designated',
      'Harbour Front | United Nations | designated',
      'al-Valley Front | United Nations | designated',
    ],
  ],
  // Added to anything but a list, after no listing, lists nothing.
  ['The Harbour Front opened an office, while the Valley Front was added to the talks.', []],
]);

claimsOf(
  'a counted set\'s members between dashes before a bare label, and "the two organisations" as an object',
  [
    [
      'The counter-terrorism authority has declared two more outfits — Harbour Front and Valley League — proscribed organisations under the Anti-Terrorism Act. The interior ministry has placed the two organisations on the list of proscribed outfits.',
      [
        'Harbour Front |  | designated',
        'Valley League |  | designated',
        'Harbour Front |  | designated',
        'Valley League |  | designated',
      ],
    ],
    // With no groups named before, the counted set stays the entity.
    [
      'The interior ministry has placed the two organisations on the list of proscribed outfits.',
      ['two organisations |  | designated'],
    ],
  ],
);

claimsOf('a member described by its role in the group, and a Secretary-General before a name', [
  [
    'An Egyptian court added 40 people to the national terrorist list. Among them are Omar Haddad, the group’s deputy guide who fled abroad in 2013, and Secretary-General Sami Rahal, who lives in London.',
    ['40 people | Egypt | designated', 'Omar Haddad | Egypt | designated', 'Sami Rahal | Egypt | designated'],
  ],
]);

claimsOf('a court that will study the issue of a listing has not listed', [
  ['On Friday, the Supreme Court will study the issue of recognising the Harbour Front as terrorist.', []],
  ['The court will examine the question of designating the Harbour Front a terrorist organisation.', []],
  // A court that has recognised it has.
  [
    'On Friday, the Supreme Court of Russia recognised the Harbour Front as terrorist.',
    ['Harbour Front | Russia | designated'],
  ],
]);

claimsOf('a removal the sentence denies keeps the listing', [
  [
    'Hamas will not be removed from the EU terrorist list, the Council said.',
    ['Hamas | European Union | designated'],
  ],
  // A removal that only may not happen says nothing.
  ['Hamas may not be removed from the EU terrorist list, diplomats said.', []],
  // A removal that will happen is one.
  [
    'Hamas will be removed from the EU terrorist list, the Council said.',
    ['Hamas | European Union | delisted'],
  ],
]);

claimsOf('"considered a terrorist organization by several countries": states that list it, unnamed', [
  [
    'Hamas, considered a terrorist organization by several countries, rejected the proposal.',
    ['Hamas |  | designated'],
  ],
  [
    'Hamas, regarded as a terrorist organisation by a number of Western governments, rejected the proposal.',
    ['Hamas |  | designated'],
  ],
  // People's opinion is no listing.
  ['Hamas, considered a terrorist organization by many analysts, rejected the proposal.', []],
  ['Hamas, considered a terrorist organization by many, rejected the proposal.', []],
]);

claimsOf('a national adjective before "sanctions" names who imposes them', [
  [
    'The measure follows UN Security Council resolutions. The new Japanese sanctions against Hamas officials took effect on Tuesday.',
    ['Hamas | Japan | designated'],
  ],
]);

claimsOf('an appeal to another authority to list is a call, not a listing', [
  [
    'The parliament passed an appeal to the US Congress to recognize Russia as a state sponsor of terrorism.',
    [],
  ],
  [
    'The parliament supported the Appeal No. 7341 to the Senate of the US Congress to recognize Russia as a state sponsor of terrorism.',
    [],
  ],
  // A court appeal against a listing names the listing as current.
  [
    'Hamas lost its appeal against its listing as a terrorist organisation by the EU.',
    ['Hamas | European Union | designated'],
  ],
]);

claimsOf('"struck X off its sanctions list": a removal with the object between', [
  [
    'The Security Council struck the Harbour Front off its terrorism sanctions list.',
    ['Harbour Front | United Nations | delisted'],
  ],
  [
    'The Security Council struck two individuals off its terrorism sanctions list.',
    ['two individuals | United Nations | delisted'],
  ],
  // Struck off a team sheet is no list of terrorists.
  ['The coach struck two players off the team sheet after the match.', []],
]);

claimsOf('a parliament’s resolution on a state sponsor of terrorism declares a view', [
  [
    'The European Parliament on Wednesday adopted a resolution recognising Russia as a "state sponsor of terrorism".',
    [],
  ],
  ['Lawmakers passed a non-binding resolution recognising Russia as a state sponsor of terrorism.', []],
  // A Security Council resolution lists.
  [
    'The Security Council adopted a resolution adding the Harbour Front to its ISIL and al-Qaida sanctions list.',
    ['Harbour Front | United Nations | designated'],
  ],
]);

claimsOf('"by Ankara and much of the international community, including the EU and the US"', [
  [
    'The PKK is listed as a terrorist group by Ankara and much of the international community, including the EU and the United States.',
    ['PKK | Turkey, European Union, United States | designated'],
  ],
  // Without examples the others stay unnamed.
  [
    'The PKK is listed as a terrorist group by Ankara and much of the international community.',
    ['PKK | Turkey | designated'],
  ],
]);

claimsOf('a title-case headline’s list name, and a designation in general', [
  [
    'State Department Removes Cuba From State Sponsors of Terrorism List',
    ['Cuba | United States | delisted'],
  ],
  [
    'The US removed Cuba from the list of state sponsors of terrorism. The concerns fall outside the criteria relevant to the rescission of a State Sponsor of Terrorism designation.',
    ['Cuba | United States | delisted'],
  ],
  // A designation of someone after "of a" is one.
  [
    'The US announced the imposition of a terrorist designation on the Harbour Front.',
    ['Harbour Front | United States | designated'],
  ],
]);

claimsOf('"taken off Russia\'s list": a removal whose list has an owner', [
  [
    "The Taliban were taken off Russia's list of terrorist organisations in April.",
    ['The Taliban | Russia | delisted'],
  ],
  ["The Taliban were taken off the field by their coach's list of substitutions.", []],
]);

claimsOf('"It is also a proscribed organisation in Britain": "also" between the copula and the label', [
  [
    'The US designated the Harbour Front as a Foreign Terrorist Organization in 2001. It is also a proscribed organisation in Britain.',
    ['Harbour Front | United States | designated', 'Harbour Front | United Kingdom | designated'],
  ],
]);

claimsOf('"a banned organisation in Britain" in a passage on terror listings', [
  [
    'The US designated the Harbour Front as a Foreign Terrorist Organization in 2001. It is also a banned organization in Britain.',
    ['Harbour Front | United States | designated', 'Harbour Front | United Kingdom | designated'],
  ],
  // Outside a passage on terror listings, a banned group is an epithet.
  ['The Harbour Front, a banned group in Belarus, held a rally on Sunday.', []],
]);
