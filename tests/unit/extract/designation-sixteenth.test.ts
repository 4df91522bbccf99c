/**
 * Listings the extractor used to pass over, from the fifteenth session's list of patterns left:
 * the rest of a listing's members named in the next sentence ("The other cartels being
 * designated are …") and lists whose members are set off by semicolons. Every sentence is
 * written for the test; the near misses show what must stay as it was.
 */
import { claimsOf, labelledClaimsOf } from './designation-summary';

claimsOf("the rest of a listing's members, named in the sentence after it", [
  [
    'The State Department on Tuesday designated the Red Hand gang as a Foreign Terrorist Organization. The other cartels being designated are the Blue Crew Cartel, the Salt Road Cartel and Carteles del Sur.',
    [
      'Red Hand gang | United States | designated',
      'Blue Crew Cartel | United States | designated',
      'Salt Road Cartel | United States | designated',
      'Carteles del Sur | United States | designated',
    ],
  ],
  [
    'The Home Office will proscribe the Iron Wolves. The other groups to be proscribed are the Night Legion and the Grey Front.',
    [
      'Iron Wolves | United Kingdom | designated',
      'Night Legion | United Kingdom | designated',
      'Grey Front | United Kingdom | designated',
    ],
  ],
  // Not members of the listing: what the other cartels do, or another verb.
  [
    'The State Department on Tuesday designated the Red Hand gang as a Foreign Terrorist Organization. The other cartels active in the port are the Blue Crew Cartel and the Salt Road Cartel.',
    ['Red Hand gang | United States | designated'],
  ],
  [
    'The Home Office will proscribe the Iron Wolves. The other groups being investigated are the Night Legion and the Grey Front.',
    ['Iron Wolves | United Kingdom | designated'],
  ],
]);

claimsOf('a list of names set off by semicolons', [
  [
    'The State Department named the Red Hand; MS-13; and the Blue Crew Cartel as Foreign Terrorist Organizations.',
    [
      'Red Hand | United States | designated',
      'MS-13 | United States | designated',
      'Blue Crew Cartel | United States | designated',
    ],
  ],
  [
    'Washington designated Carteles del Sur (CDS); the Salt Road Cartel, also known as SRC; and La Nueva Frontera as Foreign Terrorist Organizations.',
    [
      'Carteles del Sur (CDS) | United States | designated',
      'Salt Road Cartel | United States | designated',
      'La Nueva Frontera | United States | designated',
    ],
  ],
  // Clauses, not names, between the semicolons: each keeps its own authority.
  [
    'Britain proscribed the Iron Wolves in 2021; Canada listed the group in 2019; and the European Union keeps it on its list.',
    [
      'Iron Wolves | United Kingdom | designated',
      'Iron Wolves | Canada | designated',
      'Iron Wolves | European Union | designated',
    ],
  ],
]);

claimsOf('a listing and its lifting in one sentence are two claims', [
  [
    "Kazakhstan's Supreme Court declared the Iron Wolves a terrorist organisation in 2005 and removed it from the list in 2024.",
    ['Iron Wolves | Kazakhstan | designated', 'Iron Wolves | Kazakhstan | delisted'],
  ],
  [
    'Kazakhstan designated the Iron Wolves a terrorist group in 2005 but lifted the ban in 2024.',
    ['Iron Wolves | Kazakhstan | designated', 'Iron Wolves | Kazakhstan | delisted'],
  ],
  [
    'Kazakhstan designated the Iron Wolves a terrorist group in 2005 and lifted its terror designation last year.',
    ['Iron Wolves | Kazakhstan | designated', 'Iron Wolves | Kazakhstan | delisted'],
  ],
  // A second listing verb restates the claim; a lifted ban on something else lifts no listing.
  [
    'Britain recognised the Iron Wolves as a terrorist organisation and banned it.',
    ['Iron Wolves | United Kingdom | designated'],
  ],
  [
    'Kazakhstan designated the Iron Wolves a terrorist group in 2005 and lifted the ban on grain exports in 2024.',
    ['Iron Wolves | Kazakhstan | designated'],
  ],
]);

claimsOf("a listing's members named after a counted part of it", [
  [
    'Canada has placed 9 new groups on the Criminal Code list of terrorist entities. They include three violent extremist groups which are the Iron Wolves, the Night Legion and the Grey Front.',
    [
      '9 new groups | Canada | designated',
      'Iron Wolves | Canada | designated',
      'Night Legion | Canada | designated',
      'Grey Front | Canada | designated',
    ],
  ],
  [
    'Canada has placed 9 new groups on the Criminal Code list of terrorist entities. Other new groups listed under the code are, the two Daesh affiliates Salt Road Brigade and Blue Crew Front.',
    [
      '9 new groups | Canada | designated',
      'Salt Road Brigade | Canada | designated',
      'Blue Crew Front | Canada | designated',
    ],
  ],
  [
    'Canada has placed 9 new groups on the Criminal Code list of terrorist entities. Also on the new criminal code are, the two Qaeda affiliates the Salt Road Brigade and Blue Crew Front.',
    [
      '9 new groups | Canada | designated',
      'Salt Road Brigade | Canada | designated',
      'Blue Crew Front | Canada | designated',
    ],
  ],
  // Not after a listing: who "they" are is not said.
  ['They include three violent extremist groups which are the Iron Wolves and the Night Legion.', []],
]);

claimsOf('additions to a sanctions blacklist', [
  [
    'The six additions to the UN sanctions blacklist are based in Syria.',
    ['six additions | United Nations | designated'],
  ],
  ['The six additions to the club transfer list are strikers.', []],
]);

claimsOf("an authority's additions and removals in a passage on its terror list", [
  [
    'The European Union published its updated list of terrorist entities on Friday. The EU removed three Nordic groups, Red Units (RU); Blue Units (BU); Green Units (GU) and added the Greek group Iron Dawn.',
    [
      'three Nordic groups | European Union | delisted',
      'Red Units (RU) | European Union | delisted',
      'Blue Units (BU) | European Union | delisted',
      'Green Units (GU) | European Union | delisted',
      'Iron Dawn | European Union | designated',
    ],
  ],
  [
    'The European Union published its updated list of terrorist entities on Friday. The EU removed two Nordic groups and added the Greek group Iron Dawn.',
    ['two Nordic groups | European Union | delisted', 'Iron Dawn | European Union | designated'],
  ],
  // Not a terror list's passage, or not an authority: no listing.
  ['The festival removed three bands and added the Greek group Iron Dawn.', []],
  [
    'The European Union published its updated list of terrorist entities on Friday. The festival removed two bands and added the Greek group Iron Dawn.',
    [],
  ],
]);

claimsOf('"The additions include" names the members of the listing before', [
  [
    'Bahrain added two entities to its terrorist list. The additions include two Doha-based charities: The Harbour Fund and the Pearl Relief Council.',
    [
      'two entities | Bahrain | designated',
      'The Harbour Fund | Bahrain | designated',
      'Pearl Relief Council | Bahrain | designated',
    ],
  ],
  ['The additions include two Doha-based charities: The Harbour Fund and the Pearl Relief Council.', []],
]);

claimsOf('a chronicle of bans: later members of the same listing', [
  [
    'Pakistan put the Red Units on the list of banned entities on March 17, 2003, followed by the Blue Units (formerly BU) and the Green Units on Nov 15, 2003.',
    [
      'Red Units | Pakistan | designated',
      'Blue Units (formerly BU) | Pakistan | designated',
      'Green Units | Pakistan | designated',
    ],
  ],
  [
    'Pakistan put the Red Units on the list of banned entities in 2003. The Blue Units, the Grey Units and the Green Units were placed in the same category.',
    [
      'Red Units | Pakistan | designated',
      'The Blue Units | Pakistan | designated',
      'Grey Units | Pakistan | designated',
      'Green Units | Pakistan | designated',
    ],
  ],
  [
    'Pakistan banned the Red Units as a terrorist group in 2002. Then the Blue Units joined the list on April 7, 2006.',
    ['Red Units | Pakistan | designated', 'Blue Units | Pakistan | designated'],
  ],
  // A state that followed lists nothing itself here; a category of another kind is no listing.
  [
    'The US designated the Red Units as a terrorist group in May, followed by Britain in June.',
    ['Red Units | United States | designated'],
  ],
  ['The Blue Units and the Green Units were placed in the same category at the fair.', []],
]);

labelledClaimsOf('the label of two objects is the label after both', [
  [
    'The US designated the Iron Wolves and the Night Legion as terrorist organizations.',
    [
      'Iron Wolves | United States | designated | terrorist organizations',
      'Night Legion | United States | designated | terrorist organizations',
    ],
  ],
  [
    'The US designated the Iron Wolves as well as the Night Legion as terrorist organizations.',
    [
      'Iron Wolves | United States | designated | terrorist organizations',
      'Night Legion | United States | designated | terrorist organizations',
    ],
  ],
  [
    'The US designated Hamas and its leader Omar Vale as terrorists.',
    [
      'Hamas | United States | designated | terrorists',
      'Omar Vale | United States | designated | terrorists',
    ],
  ],
  [
    'The US designated the Iron Wolves as a Foreign Terrorist Organization.',
    ['Iron Wolves | United States | designated | Foreign Terrorist Organization'],
  ],
]);

claimsOf('counted sets joined by "along with", and "taken off" a list', [
  [
    'A UN panel removed 12 Taliban along with 30 Qaeda members from its sanctions terror list.',
    ['12 Taliban | United Nations | delisted', '30 Qaeda members | United Nations | delisted'],
  ],
  [
    'The US designated the Iron Wolves along with the Night Legion as terrorist organizations.',
    ['Iron Wolves | United States | designated', 'Night Legion | United States | designated'],
  ],
  ['The Iron Wolves were taken off the UN terror list.', ['The Iron Wolves | United Nations | delisted']],
  ['Eight Taliban were taken off the UN terror list.', ['Eight Taliban | United Nations | delisted']],
]);

claimsOf('"the entirety of" a group, an announced intention, "this terrorist organisation"', [
  [
    'The minister said the government listed the entirety of Hezbollah under the Criminal Code as a terrorist organisation.',
    ['Hezbollah |  | designated'],
  ],
  [
    '“Today I can announce that the government intends to list the entirety of Hezbollah under the Criminal Code,” said Australia’s Home Affairs Minister.',
    ['Hezbollah | Australia | designated'],
  ],
  // An intention nobody announced is a plan.
  ['The government intends to list the entirety of Hezbollah under the Criminal Code.', []],
  [
    'Britain will ban the Red Hand gang. That is why we are proscribing this terrorist organisation.',
    ['Red Hand gang | United Kingdom | designated', 'Red Hand gang | United Kingdom | designated'],
  ],
]);

labelledClaimsOf('a label after a "whose" clause, or after an alliance', [
  [
    'The United States designated Haiti\'s Red Hand alliance, whose members control the port, a "transnational terrorist group".',
    ["Haiti's Red Hand | United States | designated | transnational terrorist group"],
  ],
  [
    'The United States designated the Red Hand, whose members control the port, as a terrorist group.',
    ['Red Hand | United States | designated | terrorist group'],
  ],
  // Without a label after the clause the verb alone says what was done.
  ['The United States designated the Red Hand, whose members control the port, a priority.', []],
]);

claimsOf('"these designations" lifted in the sentence that made them', [
  [
    'The US designated the Red Hand as an FTO in January but the next president revoked these designations a month later.',
    ['Red Hand | United States | designated', 'Red Hand | United States | delisted'],
  ],
  [
    'The US designated the Red Hand as an FTO in January and lifted its SDGT designation in May.',
    ['Red Hand | United States | designated', 'Red Hand | United States | delisted'],
  ],
  // Bans on other things are lifted without lifting a listing.
  [
    'The US designated the Red Hand as an FTO in January and lifted these bans on fishing in May.',
    ['Red Hand | United States | designated'],
  ],
]);

claimsOf('Italian particles inside names, and long glosses in a semicolon list', [
  [
    'The European Union published its updated list of terrorist entities. The EU removed three Italian groups, Cellule di Lotta (Cells for the Armed Struggle of the North); Nuclei della Notte (Units of the Night for Proletarian Initiative); Fronte di Sud (Southern Front) and added the Greek group Iron Dawn.',
    [
      'Cellule di Lotta (Cells for the Armed Struggle of the North) | European Union | delisted',
      'Nuclei della Notte (Units of the Night for Proletarian Initiative) | European Union | delisted',
      'Fronte di Sud (Southern Front) | European Union | delisted',
      'Iron Dawn | European Union | designated',
    ],
  ],
]);

claimsOf("a list that holds a group's people, not the group", [
  [
    'Canada added six names to its terrorist list. The list includes Hamas officials and two charities.',
    ['six names | Canada | designated'],
  ],
]);

claimsOf('a suspended ban, and a headline with an apposition', [
  [
    "Kazakhstan's ban on the Iron Wolves as a terrorist group has been suspended.",
    ['Iron Wolves | Kazakhstan | delisted'],
  ],
  [
    "Kazakhstan's ban on the Iron Wolves as a terrorist group was suspended in April.",
    ['Iron Wolves | Kazakhstan | delisted'],
  ],
  [
    'Iron Wolves, Iranian dissident group, removed from US terror list',
    ['Iron Wolves | United States | delisted'],
  ],
  // A ban that was not suspended stands.
  [
    "Kazakhstan's ban on the Iron Wolves as a terrorist group remains in force.",
    ['Iron Wolves | Kazakhstan | designated'],
  ],
]);

claimsOf("a group's affiliates banned with it", [
  [
    'India banned the Red Front and its affiliates for five years under the UAPA.',
    ['Red Front | India | designated', 'its affiliates | India | designated'],
  ],
  // The group's leader is a member of his own, named.
  [
    'India banned the Red Front and its chief Ravi Rao under the UAPA.',
    ['Red Front | India | designated', 'Ravi Rao | India | designated'],
  ],
]);

claimsOf('calls somewhere to ban are no ban', [
  ['The protests intensified calls in the UK to ban Hezbollah, a branch of the militia.', []],
  [
    'The UK banned Hezbollah in 2019, answering calls in Parliament.',
    ['Hezbollah | United Kingdom | designated'],
  ],
]);

labelledClaimsOf('a gazette header that declares a person a terrorist', [
  [
    'The Ministry of Home Affairs issued a notification. Declaration of Individual as ‘Terrorist’: Omar Vale alias Rinda.',
    ['Omar Vale alias Rinda | India | designated | Terrorist'],
  ],
  // A header that declares something else lists no one.
  ['The ministry issued a notification. Notification of Persons as Witnesses: Omar Vale.', []],
]);

claimsOf('a lower-case "foreign terrorist organization" keeps the state that lists', [
  [
    'Germany categorizes the Red Front as a foreign terrorist organization.',
    ['Red Front | Germany | designated'],
  ],
  // The capitalised name is the US list's.
  [
    'The Red Front, an offshoot active along the Pakistan-Iran border, has also been designated a Foreign Terrorist Organization.',
    ['The Red Front | United States | designated'],
  ],
]);

claimsOf('"Others designated as …" names more members of the listing before, and is no name', [
  [
    'India declared Omar Vale an individual terrorist under the UAPA. Others designated as individual terrorists under UAPA are Ravi Rao and Jon Doe.',
    ['Omar Vale | India | designated', 'Ravi Rao | India | designated', 'Jon Doe | India | designated'],
  ],
  ['Others designated as individual terrorists under UAPA include foreign nationals.', []],
]);
