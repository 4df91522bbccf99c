/**
 * Listings found by reading the failures on the read halves of held-out sets (twenty-third
 * session). Every sentence is written for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('a state bans named groups that an apposition calls the extremist groups behind attacks', [
  [
    'Sri Lanka on Saturday banned the Harbour Front (HF) and the Valley League (VL), the two extremists groups responsible for the Easter attacks.',
    ['Harbour Front (HF) | Sri Lanka | designated', 'Valley League (VL) | Sri Lanka | designated'],
  ],
  // A ban of a thing, however close to an attack, lists nothing.
  ['Sri Lanka on Saturday banned drones over the capital after the Easter attacks.', []],
]);

claimsOf('people listed with their offices before their names', [
  [
    'The State Department named the group’s emir, Amir Dawood, spokesperson Tariq Hamid and Kandahar province leader Rashid Omar as Specially Designated Global Terrorists.',
    [
      'Amir Dawood | United States | designated',
      'Tariq Hamid | United States | designated',
      'Rashid Omar | United States | designated',
    ],
  ],
  [
    'The State Department designated Amir Dawood, spokesperson Tariq Hamid and Rashid Omar as Specially Designated Global Terrorists.',
    [
      'Amir Dawood | United States | designated',
      'Tariq Hamid | United States | designated',
      'Rashid Omar | United States | designated',
    ],
  ],
  // One person in apposition stays one person.
  [
    'The Treasury designated the group’s leader, Amir Dawood, a global terrorist.',
    ['Amir Dawood | United States | designated'],
  ],
  // "his deputy" after a group in apposition is the person's, not the group's.
  [
    'Brussels said Amir Dawood, commander of the front’s armed wing, the Dawn Brigades, and his deputy Tariq Hamid had been added to its terrorist list.',
    ['Amir Dawood | European Union | designated', 'Tariq Hamid | European Union | designated'],
  ],
]);

claimsOf('a dated passive listing in a passage about terror listings', [
  [
    'Australia lists terrorist organisations under the Criminal Code. The Harbour Front and the Valley League were both previously listed on 3 November 2017.',
    ['The Harbour Front | Australia | designated', 'Valley League | Australia | designated'],
  ],
  [
    'Australia lists terrorist organisations under the Criminal Code. The Harbour Front was listed in 2014.',
    ['The Harbour Front | Australia | designated'],
  ],
  // Listed on an exchange or in a report, or outside such a passage: no listing.
  [
    'Australia lists terrorist organisations under the Criminal Code. Harbour Holdings was listed on the stock exchange.',
    [],
  ],
  ['The Harbour Front was listed in 2014 among the top ten charities.', []],
]);

claimsOf('a progressive listing verb, and a sentence adverb that names nothing', [
  [
    'Canada is listing the pro-Palestinian group Harbour Front as a terrorist group.',
    ['Harbour Front | Canada | designated'],
  ],
  // A progressive that lists no group, and the noun "listing", stay as they were.
  ['The ministry is listing the groups that qualify for aid.', []],
  [
    'Historically, the Harbour Front was proscribed in the UK in 2017.',
    ['Harbour Front | United Kingdom | designated'],
  ],
]);

claimsOf('a review of a listing names it as current (docs/CLAIMS.md), with a label word before the noun', [
  [
    'A periodic review of the terrorist designation of the Harbour Front commenced in May.',
    ['Harbour Front |  | designated'],
  ],
  // A proposed listing under review is no listing; a title naming no one lists no one.
  ['A review of the proposed designation of the Harbour Front began.', []],
  ['Decision of Periodic Review of the Terrorist Designation of an Imprisoned Terrorist Entity', []],
]);
