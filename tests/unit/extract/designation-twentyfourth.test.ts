/**
 * Listings found in the twenty-fourth session: constructions noted as gaps by earlier sessions
 * and failures on the read halves of new held-out sets. Every sentence is written for the test;
 * the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('people named in apposition to a counted set are its members', [
  [
    'The Treasury said two leaders, Omar Haddad and Sami Rahal, have been designated as Specially Designated Global Terrorists.',
    [
      'two leaders | United States | designated',
      'Omar Haddad | United States | designated',
      'Sami Rahal | United States | designated',
    ],
  ],
  // An apposition that says where the set is based names no member.
  [
    'Three groups, based in Iraq and Syria, were designated as terrorist organisations by the US.',
    ['Three groups | United States | designated'],
  ],
]);

claimsOf('a first set listed between dashes, joined to a counted subject by "and"', [
  [
    'The Treasury said four other groups—the Harbour Front, the Valley League, Dawn Brigades and the Northern Shield—and two leaders, Omar Haddad and Sami Rahal, have been designated as Specially Designated Global Terrorists.',
    [
      'four other groups | United States | designated',
      'Harbour Front | United States | designated',
      'Valley League | United States | designated',
      'Dawn Brigades | United States | designated',
      'Northern Shield | United States | designated',
      'two leaders | United States | designated',
      'Omar Haddad | United States | designated',
      'Sami Rahal | United States | designated',
    ],
  ],
]);

claimsOf('"listed as terrorist organisations in Australia": the place after a plural label lists', [
  [
    'In 2019 Sri Lanka outlawed the Harbour Front, the group blamed for the Easter bombings. Both the Valley League and the Dawn Brigades are listed as terrorist organisations in Australia.',
    [
      'Harbour Front | Sri Lanka | designated',
      'Valley League | Australia | designated',
      'Dawn Brigades | Australia | designated',
    ],
  ],
  // A place where groups operate is still no designator.
  [
    'The Valley League is designated a terrorist organisation by the US. Armed groups in Syria have grown.',
    ['The Valley League | United States | designated'],
  ],
]);

claimsOf('a state that a listing joins lists too; it is not listed', [
  [
    'The Trump administration redesignated Cuba as a state sponsor of terrorism in January 2021. New Zealand has designated the Northern Shield a terrorist entity, joining Canada.',
    ['Cuba | United States | designated', 'Northern Shield | New Zealand | designated'],
  ],
  // A state sponsor listed alongside others: the states are listed.
  [
    'The US designated Cuba a state sponsor of terrorism, alongside Iran and Syria.',
    [
      'Cuba | United States | designated',
      'Iran | United States | designated',
      'Syria | United States | designated',
    ],
  ],
]);

claimsOf('a second predicate of a listed subject, by another authority, is a claim of its own', [
  [
    "The Harbour Front has been on the US terrorism list since 2019 and was added to Canada's terrorist list in June 2024.",
    ['The Harbour Front | United States | designated', 'The Harbour Front | Canada | designated'],
  ],
  [
    'The Valley League was listed as a terrorist group by the US in 1997 and added to the EU terrorist list in 2013.',
    ['The Valley League | United States | designated', 'The Valley League | European Union | designated'],
  ],
  // The same authority's listing said twice is one claim.
  [
    'The Valley League is to be proscribed as a terrorist organisation and banned by the British Government.',
    ['The Valley League | United Kingdom | designated'],
  ],
]);

claimsOf('an authority glued to a listing participle lists ("EU-listed", "UN-sanctioned")', [
  [
    'Germany banned the Harbour Front as a terrorist organisation in 2023. The EU-listed group Valley League fired rockets.',
    ['Harbour Front | Germany | designated', 'Valley League | European Union | designated'],
  ],
  [
    'Germany banned the Harbour Front as a terrorist organisation in 2023. Police arrested three members of the UN-sanctioned group Dawn Brigades.',
    ['Harbour Front | Germany | designated', 'Dawn Brigades | United Nations | designated'],
  ],
]);

claimsOf('"stays on" a terrorist list is still listed, as "remains on" is', [
  [
    "The ruling means the Valley League stays on the EU's terrorist list.",
    ['Valley League | European Union | designated'],
  ],
  // A list that is no terrorist list lists nothing.
  ['The team stays on the list of top clubs.', []],
]);

claimsOf('the authority that lays an order to (de)proscribe acts', [
  [
    'Washington revoked the FTO designation of the Harbour Front in July. The UK government laid an order to deproscribe the Harbour Front, which came into force on 16 October.',
    ['Harbour Front | United States | delisted', 'Harbour Front | United Kingdom | delisted'],
  ],
]);

claimsOf('the members a copula lists after a set claim, in sentences whose space was lost', [
  [
    'The United States has designated three Ruritanian cartels and two gangs as foreign terrorist organizations.The targeted Ruritanian cartels are the Harbour Front, the Valley League and Dawn Brigades.The gangs targeted by the State Department are the Northern Shield and Red Hand.',
    [
      'three Ruritanian cartels | United States | designated',
      'two gangs | United States | designated',
      'Harbour Front | United States | designated',
      'Valley League | United States | designated',
      'Dawn Brigades | United States | designated',
      'Northern Shield | United States | designated',
      'Red Hand | United States | designated',
    ],
  ],
  // An abbreviation glued to a name is no sentence end.
  [
    'The U.S.Treasury designated the Harbour Front as a terrorist organization.',
    ['Harbour Front | United States | designated'],
  ],
]);
