/**
 * Listings found in the twenty-eighth session, in English from outlets outside the anglophone
 * press: orders declaring a group's activities terrorism, bans on extremist outfits, "also by"
 * after a label. Every sentence is written for the test; the near misses show what must stay as
 * it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"listed as a terrorist organization also by A and B": "also" before the by-phrase', [
  [
    'Harbour Front -- listed as a terrorist organization also by the U.S. and the EU -- resumed its campaign in July.',
    ['Harbour Front | United States, European Union | designated'],
  ],
  [
    'Harbour Front, listed as a terrorist organization by the U.S. and the EU, resumed its campaign in July.',
    ['Harbour Front | United States, European Union | designated'],
  ],
]);

claimsOf('a state named inside the listed entity does not list it', [
  [
    "Iran's parliament designated the US Central Command (CENTCOM) as a terrorist organization.",
    ['US Central Command (CENTCOM) | Iran | designated'],
  ],
  // The state before the entity still lists it when it is the subject.
  [
    'The United States designated the Valley League as a terrorist organization.',
    ['Valley League | United States | designated'],
  ],
]);

claimsOf('extremist outfits said to be banned, counted, and their members listed after', [
  [
    'Seven extremist outfits in Bangladesh are currently banned. They are the Harbour Front, Valley League and Ansar al-Marsh.',
    [
      'Seven extremist outfits | Bangladesh | designated',
      'Harbour Front | Bangladesh | designated',
      'Valley League | Bangladesh | designated',
      'Ansar al-Marsh | Bangladesh | designated',
    ],
  ],
  [
    'Seven extremist outfits are currently banned in Bangladesh.',
    ['Seven extremist outfits | Bangladesh | designated'],
  ],
  // Groups banned with no word of extremism or terror are no listing.
  ['Seven groups are banned in Bangladesh.', []],
  ['Seven opposition parties are currently banned in Bangladesh.', []],
]);

claimsOf("an order declaring the groups' activities terrorism designates each group", [
  [
    'The Federal Government of Nigeria has declared the activities of the Harbour Front, the Valley League and other similar groups as terrorism.',
    [
      'Harbour Front | Nigeria | designated',
      'Valley League | Nigeria | designated',
      'other similar groups | Nigeria | designated',
    ],
  ],
  [
    'In Nigeria, the activities of the Harbour Front are declared to be terrorism and illegal.',
    ['Harbour Front | Nigeria | designated'],
  ],
  // Activities condemned, not declared terrorism.
  ['Nigeria condemned the activities of the Harbour Front as a threat to peace.', []],
  // Whose activities must be a list of names (or "other similar groups"), not a clause.
  ['In Nigeria, the activities of gunmen who attacked the base were declared to be terrorism.', []],
]);

claimsOf('a counted set with four describing words, listed by a minister named with his state', [
  [
    "Benny Gantz, Israel's defence minister, designated six Palestinian civil society NGO groups as terrorist organisations.",
    ['six Palestinian civil society NGO groups | Israel | designated'],
  ],
  [
    "The announcement came soon after Jane Doe, Israel's defence minister, designated the Valley League as a terrorist organisation, the Home Office said.",
    ['Valley League | Israel | designated'],
  ],
]);

claimsOf(
  'authorities "among those who have listed" X, a state\'s government in a by-phrase list, a view held still',
  [
    [
      'The UN, US and UK are among those who have listed the Valley League as terrorists.',
      ['Valley League | United Nations, United States, United Kingdom | designated'],
    ],
    [
      'The US and the EU are among the governments that have designated the Valley League as a terrorist organisation.',
      ['Valley League | United States, European Union | designated'],
    ],
    [
      'Clashes involve the Valley League, which is considered a terrorist organization by the Ankara government and the United States.',
      ['Valley League | Turkey, United States | designated'],
    ],
    [
      'The EU continues to consider the Valley League a terrorist organization.',
      ['Valley League | European Union | designated'],
    ],
    [
      'The EU still considers the Valley League a terrorist group.',
      ['Valley League | European Union | designated'],
    ],
    [
      'The EU considered the Valley League to be a "terrorist" group.',
      ['Valley League | European Union | designated'],
    ],
    // A plan to consider is none.
    ['The EU plans to consider the Valley League a terrorist organization.', []],
  ],
);

claimsOf("a department named after its state, and another state's government, listing together", [
  [
    'The US Department of Treasury and the Government of Canada have designated the Valley League as a terrorist entity.',
    ['Valley League | United States, Canada | designated'],
  ],
  [
    'The US Treasury Department and Canada have designated the Valley League as a terrorist entity.',
    ['Valley League | United States, Canada | designated'],
  ],
]);

claimsOf('an acronym whose letters include a particle\'s ("IPOB") takes the full name the passage gives', [
  [
    'The Indigenous People of Biafra held a rally on Monday. Later, the court upheld the proscription order against IPOB.',
    ['Indigenous People of Biafra (IPOB) | Nigeria | designated'],
  ],
  // Letters the name does not spell leave the acronym as it is.
  [
    'The Indigenous Peoples Movement held a rally on Monday. Later, the court upheld the proscription order against IPOB.',
    ['IPOB | Nigeria | designated'],
  ],
]);

claimsOf("a junta's council withdrawing the declaration of a group as terrorist", [
  [
    'The State Administration Council withdraws the declaration of the Valley League as a terrorist group.',
    ['Valley League | Myanmar | delisted'],
  ],
  [
    'The council withdrew the designation of the Valley League as a terrorist group.',
    ['Valley League |  | delisted'],
  ],
  // Troops withdrawn are no listing lifted.
  ['The army withdrew its troops from the Valley League stronghold, a terrorist group base.', []],
]);

claimsOf('each part of a joined name\'s acronym ("CPP-NPA") takes its part of the name', [
  [
    "The council met over the Harbour Front of the Valley-New People's Army (HFV-NPA). In 2021 the Philippines designated the HFV and its armed wing, the NPA, as a terrorist organization.",
    [
      'Harbour Front of the Valley (HFV) | Philippines | designated',
      "New People's Army (NPA) | Philippines | designated",
    ],
  ],
]);

claimsOf('a counted set whose members follow a dash to the end of the sentence', [
  [
    'OFAC designated the four ISIS members — Harbour Front, Valley League, Ansar al-Marsh, and Jane Doe.',
    [
      'four ISIS members | United States | designated',
      'Harbour Front | United States | designated',
      'Valley League | United States | designated',
      'Ansar al-Marsh | United States | designated',
      'Jane Doe | United States | designated',
    ],
  ],
  // A dash that opens a clause names no members.
  [
    'OFAC designated the four ISIS members — the Treasury said they moved money.',
    ['four ISIS members | United States | designated'],
  ],
]);
