/**
 * Listings found in the twenty-sixth session, most of them delistings. Every sentence is written
 * for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"no longer a proscribed organisation", "ceased to be a listed …": what it no longer is', [
  [
    'Following the ruling, the Coast Brigade was no longer a proscribed organisation in the EU.',
    ['Coast Brigade | European Union | delisted'],
  ],
  [
    'The Hill Council is no longer a designated terrorist group in the United States.',
    ['The Hill Council | United States | delisted'],
  ],
  [
    'The Dawn Brigades ceased to be a listed terrorist organisation in the EU after the ruling.',
    ['The Dawn Brigades | European Union | delisted'],
  ],
  // Still listed.
  [
    'Following the ruling, the Coast Brigade was a proscribed organisation in the EU.',
    ['Coast Brigade | European Union | designated'],
  ],
]);

claimsOf('"de-notified X as a proscribed organisation": a notice that lifts a ban', [
  [
    "Pakistan's interior ministry de-notified the Harbour Front as a proscribed organisation in November.",
    ['Harbour Front | Pakistan | delisted'],
  ],
]);

claimsOf('a listing that lapsed, or was allowed to lapse', [
  [
    'The Australian government allowed the listing of the Valley League as a terrorist organisation to lapse in 2018.',
    ['Valley League | Australia | delisted'],
  ],
  [
    "Australia's listing of the Dawn Brigades as a terrorist organisation lapsed in 2019 and was not renewed.",
    ['Dawn Brigades | Australia | delisted'],
  ],
  // A listing that goes on.
  [
    "Australia's listing of the Dawn Brigades as a terrorist organisation was renewed in 2019.",
    ['Dawn Brigades | Australia | designated'],
  ],
]);

claimsOf('a second listing verb coordinated with a first: its own claim ("removed … but relisted")', [
  [
    'Eastland was removed from the US state sponsors of terrorism list in 2008 but relisted in 2017.',
    ['Eastland | United States | delisted', 'Eastland | United States | designated'],
  ],
  [
    'The Coast Brigade was delisted by Washington in February 2021 and redesignated as a Specially Designated Global Terrorist entity in 2024.',
    ['The Coast Brigade | United States | delisted', 'The Coast Brigade | United States | designated'],
  ],
  // The first verb's object ends before the second verb: only the group the second names.
  [
    'Washington had delisted the group in 2021 but redesignated the Hill Council as a Foreign Terrorist Organization in 2025.',
    ['Hill Council | United States | designated'],
  ],
]);

claimsOf(
  '"claimed by the X, or Y (Z), which is banned …": the first name after a preposition, with its alias',
  [
    [
      'The attack was claimed by the Coast Brigade, or Harbour Front (HF), which is banned in Pakistan and designated a terrorist group by the United States.',
      ['Coast Brigade | Pakistan | designated', 'Coast Brigade | United States | designated'],
    ],
  ],
);

claimsOf('"X was designated a transnational criminal organisation": designated something else', [
  [
    'The Coast Brigade was designated a transnational criminal organisation by the US Treasury in January.',
    [],
  ],
  [
    'The Coast Brigade, designated a transnational criminal organisation by the US Treasury, was not added to the list.',
    [],
  ],
  // A terror label, or an active verb's object, still lists.
  [
    'The Coast Brigade was designated a foreign terrorist organisation by the State Department in January.',
    ['The Coast Brigade | United States | designated'],
  ],
]);

claimsOf('"Groups proscribed under the Terrorism Act include A, B …": a list framed by the law', [
  [
    'Britain has strict anti-terror laws. Groups proscribed under the Terrorism Act include the Coast Brigade, the Hill Council and the Dawn Brigades.',
    [
      'Coast Brigade | United Kingdom | designated',
      'Hill Council | United Kingdom | designated',
      'Dawn Brigades | United Kingdom | designated',
    ],
  ],
  [
    'Among the groups proscribed under the Terrorism Act are the Coast Brigade and the Hill Council.',
    ['Coast Brigade | United Kingdom | designated', 'Hill Council | United Kingdom | designated'],
  ],
  [
    'Bangladesh has cracked down on militants under its Anti-Terrorism Act. The outfits declared banned include the Coast Brigade and the Hill Council.',
    ['Coast Brigade | Bangladesh | designated', 'Hill Council | Bangladesh | designated'],
  ],
]);

claimsOf('a role set off by commas before each listed person: the people, not the groups the roles name', [
  [
    "The US designated the current leader of the Coast Brigade, Adam Stone, the military leader of its Hill Council, Omar Vale, and the group's spokesman, Ali Reed, as Specially Designated Global Terrorists.",
    [
      'Adam Stone | United States | designated',
      'Omar Vale | United States | designated',
      'Ali Reed | United States | designated',
    ],
  ],
]);

claimsOf('removals from the SDN list and by a sanctions committee', [
  [
    'Today OFAC designated three individuals pursuant to Executive Order 13224 as Specially Designated Global Terrorists. OFAC also removed Adam Stone from the List of Specially Designated Nationals and Blocked Persons (SDN List).',
    ['three individuals | United States | designated', 'Adam Stone | United States | delisted'],
  ],
  // A committee's decision is no commitment to act later.
  [
    'The government welcomes the decision by the United Nations Security Council 1988 Sanctions Committee to remove 14 individuals from the sanctions list.',
    ['14 individuals | United Nations | delisted'],
  ],
]);

claimsOf('an intention announced is a claim; one only held is not', [
  [
    "The Secretary of State announced her intention to rescind Eastland's designation as a state sponsor of terrorism after the 45-day period expires.",
    ['Eastland | United States | delisted'],
  ],
  [
    "The Secretary of State has an intention to rescind Eastland's designation as a state sponsor of terrorism.",
    [],
  ],
]);

claimsOf('a set referred to again ("all five organizations will remain on the list")', [
  [
    "The United States has revoked the terrorist designation of five foreign organizations. However, all five organizations will remain on the US government's list of Specially Designated Global Terrorists.",
    [
      'five foreign organizations | United States | delisted',
      'five foreign organizations | United States | designated',
    ],
  ],
]);

claimsOf('"revoked the designation it had imposed on six individuals": its own object, not the last group', [
  [
    'The United States revoked the terrorist designation of the Coast Brigade. It has also revoked the terrorist designation it had imposed on six now deceased individuals.',
    ['Coast Brigade | United States | delisted', 'six now deceased individuals | United States | delisted'],
  ],
]);

claimsOf('"deleted his name from its sanctions list", "X\'s name had been deleted": the person named', [
  [
    'Two years after the death of the Coast Brigade leader Adam bin Stone in Pakistan, the United Nations Security Council has deleted his name from its sanctions list.',
    ['Adam bin Stone | United Nations | delisted'],
  ],
  [
    "The Security Council's sanctions committee said bin Stone's name had been deleted from its terrorism sanctions list.",
    ['bin Stone | United Nations | delisted'],
  ],
]);

claimsOf('a headline list joined by commas, and a described member "known as"', [
  [
    'US adds Coast Brigade, Hill Council to list of foreign terrorist groups',
    ['Coast Brigade | United States | designated', 'Hill Council | United States | designated'],
  ],
  [
    'The State Department has added the Coast Brigade and its splinter faction known as Hill Council to the list of Foreign Terrorist Organizations.',
    ['Coast Brigade | United States | designated', 'Hill Council | United States | designated'],
  ],
  // An alias set off by commas stays one group.
  [
    "Washington designated Yemen's Coast Brigade, Hill Council, as a Foreign Terrorist Organization.",
    ['Coast Brigade | United States | designated'],
  ],
]);

claimsOf('"a blacklist designating it a state sponsor of terrorism": the list described, one claim', [
  [
    'The US State Department put Eastland back on a blacklist designating it a "state sponsor of terrorism" on Monday.',
    ['Eastland | United States | designated'],
  ],
]);

claimsOf('a party banned and its ban lifted: "banned the party", "it had lifted the ban, including …"', [
  [
    "Bangladesh's government lifted a ban on the Coast Party. The government had banned the party outright under an anti-terrorism act on August 1. The new order said it had lifted the ban, including on the party's student wing.",
    [
      'Coast Party | Bangladesh | delisted',
      'Coast Party | Bangladesh | designated',
      'Coast Party | Bangladesh | delisted',
    ],
  ],
]);

claimsOf('"Jamaat e Islami": a name joined by a bare "e"', [
  [
    "Bangladesh's government said it had banned the Jamaat e Coast under its anti-terrorism law.",
    ['Jamaat e Coast | Bangladesh | designated'],
  ],
]);

claimsOf('"the Sanctions Monitoring Team": a body named, no listing', [
  [
    'The Committee, with the help of the Sanctions Monitoring Team, spent 18 months on the al-Qaida list.',
    [],
  ],
]);

claimsOf('a home ministry in a report that names one state: that state', [
  [
    "KUALA LUMPUR — The Home Ministry said the Coast Brigade has been listed as a terrorist group since 2014. The minister said the group remains a threat to Malaysia's public order.",
    ['Coast Brigade | Malaysia | designated'],
  ],
  // Two states named: the ministry's state is not known.
  [
    "KUALA LUMPUR — The Home Ministry said the Coast Brigade has been listed as a terrorist group since 2014. The minister said the group remains a threat to Malaysia's and Singapore's public order.",
    ['Coast Brigade |  | designated'],
  ],
]);

claimsOf('a passage about a terror list: a group moved onto or off "the list" with no cue of its own', [
  [
    'Canada updated its list of terrorist entities on Monday. The Coast Brigade, listed since 2003, was removed from the list.',
    ['The Coast Brigade | Canada | delisted'],
  ],
  [
    'Canada updated its list of terrorist entities on Monday. The Hill Council and the Dawn Brigades were added, while the Coast Brigade was removed.',
    [
      'The Hill Council | Canada | designated',
      'Dawn Brigades | Canada | designated',
      'Coast Brigade | Canada | delisted',
    ],
  ],
  // Elsewhere, removed from something else, or in a passage about no list: no claim.
  ['Canada updated its list of terrorist entities on Monday. The minister was removed from office.', []],
  ['The club updated its list of members on Monday. The Coast Brigade was removed from the list.', []],
]);

claimsOf(
  'the states given as examples after the label: "in many countries including …", "…, including A, B"',
  [
    [
      'The Coast Brigade is a proscribed terror organisation in many countries including the UK and US.',
      ['The Coast Brigade | United Kingdom, United States | designated'],
    ],
    [
      'Various other countries and organizations have designated the Coast Brigade as a terrorist organization, including the United Kingdom, Canada, Australia, and the African Union.',
      ['Coast Brigade | United Kingdom, Canada, Australia, African Union | designated'],
    ],
  ],
);

claimsOf(
  '"imposed sanctions on the group": the group the passage listed; people it does not name are no entity',
  [
    [
      'In 2008, the United States designated the Coast Brigade as a Foreign Terrorist Organization. The United Nations Security Council has also imposed sanctions on the group.',
      ['Coast Brigade | United States | designated', 'Coast Brigade | United Nations | designated'],
    ],
    ['The UN imposed targeted sanctions against specific individuals associated with the Coast Brigade.', []],
  ],
);

claimsOf('"X is a Uyghur Muslim group that was designated": X, not the words that describe it', [
  [
    'The US removed the Coast Brigade from its list of terrorist organizations in October. The Coast Brigade is a Uyghur Muslim group that was designated as a terrorist organization in 2002.',
    ['Coast Brigade | United States | delisted', 'The Coast Brigade | United States | designated'],
  ],
]);

claimsOf('"The gang, accused of …, was declared …": the gang the sentence before named', [
  [
    'Officials said they were members of the Coast Brigade gang. The gang, accused of various crimes including contract killings, was declared a terrorist group by the U.S. in February.',
    ['Coast Brigade gang | United States | designated'],
  ],
  // No gang named before: no claim.
  [
    'Officials said they were members of a local gang. The gang, accused of various crimes including contract killings, was declared a terrorist group by the U.S. in February.',
    [],
  ],
]);

claimsOf('"extended the ban": the listing just claimed, renewed', [
  [
    'India, which first outlawed the Coast Brigade as a terrorist group in 1992, extended the ban last week for another two years.',
    ['Coast Brigade | India | designated', 'Coast Brigade | India | designated'],
  ],
  [
    'India banned the Coast Brigade as a terrorist group in 1992. The government extended the ban on Tuesday for five more years.',
    ['Coast Brigade | India | designated', 'Coast Brigade | India | designated'],
  ],
  // A ban on something else is its own.
  ['The city extended the ban on fireworks for another year.', []],
]);

claimsOf('"the Secretary of State under the Terrorism Act": the UK Home Secretary, not the US', [
  [
    'This Order, made by the Secretary of State under the Terrorism Act 2000, names the proscribed organisation Coast Brigade across the United Kingdom.',
    ['Coast Brigade | United Kingdom | designated'],
  ],
  [
    'The Secretary of State designated the Coast Brigade as a Foreign Terrorist Organization.',
    ['Coast Brigade | United States | designated'],
  ],
]);

claimsOf('"the Anti-Terrorism Council\'s resolutions designating …": the council\'s own state', [
  [
    "The army supports the Anti-Terrorism Council's resolutions designating 29 individuals as terrorists.",
    ['29 individuals | Philippines | designated'],
  ],
]);

claimsOf('"blacklisted by the United Nations": the UN blacklist is its terror sanctions list', [
  [
    'The Coast Brigade, a Pakistan-based group blacklisted by the United Nations, was blamed for the attack.',
    ['The Coast Brigade | United Nations | designated'],
  ],
  // A blacklist of a company by a trade body is no terror listing.
  ['The Coast Company, a firm blacklisted by the football league, was fined.', []],
]);
