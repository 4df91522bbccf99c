/**
 * Listings found by reading the failures on the read halves of held-out sets (twenty-second
 * session). Every sentence is written for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"notified/declared X as a banned organisation" is a listing act (South Asian usage)', [
  [
    'The federal government on Friday notified the Tehreek-e-Labbaik Pakistan (TLP) as a banned organisation under the Anti-Terrorism Act.',
    ['Tehreek-e-Labbaik Pakistan (TLP) | Pakistan | designated'],
  ],
  // A headline with no verb "to be".
  ['TLP formally notified as banned organisation', ['TLP |  | designated']],
  // (An interior ministry the text does not name is the one of the group's home state.)
  ['The interior ministry declared the TTP a banned outfit.', ['TTP | Pakistan | designated']],
  // The epithet alone still lists nothing.
  ['Police named the banned outfit’s leader, Ali Khan.', []],
  ['Members of the banned organisation held a rally.', []],
]);

claimsOf('the schedule of the law a group is put in is no part of its name', [
  [
    'The interior ministry placed the TLP in the First Schedule as a proscribed organisation.',
    ['TLP | Pakistan | designated'],
  ],
]);

claimsOf('"slapped/re-imposed a terrorist label on X" lists X', [
  ['Washington slapped a terrorist label on the Houthis in 2021.', ['Houthis | United States | designated']],
  [
    'The US announced it will re-impose “terrorist” label on the Houthis.',
    ['Houthis | United States | designated'],
  ],
  [
    'The government placed a terrorist tag on the Muslim Brotherhood in 2013.',
    ['Muslim Brotherhood |  | designated'],
  ],
  // Rhetoric: no authority's label, no claim.
  ['Critics pinned the terrorist label on protesters.', []],
  // Placing people is no listing without a label.
  ['The government placed 300 police officers on the border.', []],
]);

claimsOf('groups a creed describes, put on a terror list, are an unnamed set', [
  [
    'Canada has placed right-wing extremist groups on the national list of terrorist organizations. They join more than 50 other organizations on the list including al-Qaida and Boko Haram.',
    [
      'right-wing extremist groups | Canada | designated',
      'more than 50 other organizations | Canada | designated',
      'al-Qaida | Canada | designated',
      'Boko Haram | Canada | designated',
    ],
  ],
  [
    'The UK designated extremist groups as terrorist organisations.',
    ['extremist groups | United Kingdom | designated'],
  ],
  // Without a terror label the groups are only placed somewhere.
  ['The council placed right-wing extremist groups on a watch list for parades.', []],
]);

claimsOf('a counted set after a lone unnamed member of the object', [
  [
    'On June 20, 2022, the EU Council added an additional group and three individuals to the EU sanctions list.',
    ['three individuals | European Union | designated'],
  ],
  ['The EU Council added a group and three individuals to its guest list.', []],
]);

claimsOf('"X affiliated group" is the affiliate, not X', [
  ['EU sanctions Al-Qaeda affiliated group and three leaders responsible for attacks in Western Africa', []],
  [
    'The EU sanctions Al-Qaeda and three of its leaders.',
    ['Al-Qaeda | European Union | designated', 'three of its leaders | European Union | designated'],
  ],
]);

claimsOf('"Most of the X officials" opens no name', [
  [
    'The US imposed sanctions on Hizballah in 1997. Most of the Hizballah officials were already under heavy US sanctions.',
    ['Hizballah | United States | designated'],
  ],
]);

claimsOf('"X joins the list" after a listing puts X on that list', [
  [
    'Australia will list Hamas as a terrorist organisation. The National Socialist Order joins the list on Thursday.',
    ['Hamas | Australia | designated', 'The National Socialist Order | Australia | designated'],
  ],
  [
    'Australia will list Hamas as a terrorist organisation. The club joins the league on Thursday.',
    ['Hamas | Australia | designated'],
  ],
]);

claimsOf('a counted set followed by its named members is named by them, as the corpora do', [
  [
    'The US designated two gangs, Los Choneros and Los Lobos, as Foreign Terrorist Organizations.',
    ['Los Choneros | United States | designated', 'Los Lobos | United States | designated'],
  ],
  [
    'Rubio has announced the designation of two Ecuadorian gangs, Los Choneros and Los Lobos, as Foreign Terrorist Organizations (FTOs).',
    ['Los Choneros | United States | designated', 'Los Lobos | United States | designated'],
  ],
  // A name after the set that no comma, colon or dash introduces is no member.
  [
    'The US designated two gangs in Haiti as Foreign Terrorist Organizations.',
    ['two gangs | United States | designated'],
  ],
]);

claimsOf('"Barrio 18": the gang’s number is part of its name', [
  [
    'The US designated Barrio 18 as a Foreign Terrorist Organization.',
    ['Barrio 18 | United States | designated'],
  ],
]);

claimsOf('a bulleted list after a colon, past "U.S." in the frame', [
  [
    'The six Mexican drug cartels designated as "terrorist organizations" by the U.S. are:\n- Cártel de Sinaloa\n- Cártel del Golfo',
    [
      'six Mexican drug cartels | United States | designated',
      'Cártel de Sinaloa | United States | designated',
      'Cártel del Golfo | United States | designated',
    ],
  ],
]);

claimsOf('"other groups, such as A and B, as terrorists": the examples of an uncounted class', [
  [
    'Ecuador classified other groups, such as the Border Commandos and the Oliver Sinisterra Front, as terrorists.',
    ['Border Commandos | Ecuador | designated', 'Oliver Sinisterra Front | Ecuador | designated'],
  ],
  [
    'Ecuador also classified other dissident organizations of the Revolutionary Armed Forces of Colombia (FARC), such as the Border Commandos, as terrorists.',
    ['Border Commandos | Ecuador | designated'],
  ],
  [
    'The US designated Mexican cartels such as the Sinaloa Cartel as terrorist organizations.',
    ['Sinaloa Cartel | United States | designated'],
  ],
]);

claimsOf('a quoted "No" is an answer, not a name', [
  [
    'Asked whether Russia should be designated a state sponsor of terrorism, Biden told reporters at the White House: “No.”',
    [],
  ],
]);

claimsOf('"A and B were on the same list" after a listing', [
  [
    'Russia added Alexei Navalny to its list of terrorists and extremists. Leonid Volkov and Ivan Zhdanov were on the same list.',
    [
      'Alexei Navalny | Russia | designated',
      'Leonid Volkov | Russia | designated',
      'Ivan Zhdanov | Russia | designated',
    ],
  ],
  [
    'The US designated Hamas as a terrorist group in 1997. The two men were on the same plane.',
    ['Hamas | United States | designated'],
  ],
]);

claimsOf('"restored X to the list", and "X is subject to sanctions under a counter-terrorism regime"', [
  [
    'In 2021 the Trump administration restored Cuba to a list of state sponsors of terrorism.',
    ['Cuba | United States | designated'],
  ],
  [
    'The Islamic Revolutionary Guard Corps will now be subject to restrictive measures under the EU’s counterterrorism sanctions regime.',
    ['Islamic Revolutionary Guard Corps | European Union | designated'],
  ],
  [
    'Hamas is subject to sanctions under the UK’s counter-terrorism regime.',
    ['Hamas | United Kingdom | designated'],
  ],
  // Sanctions under another law, and a negation, list nothing.
  ['Exports are subject to sanctions under the new law.', []],
  ['Hamas is not subject to sanctions under the UK’s counter-terrorism regime.', []],
]);

claimsOf('a head noun before a quoted name is part of it, and the name keeps its marks', [
  [
    'Russia’s Supreme Court recognized the Legion “Freedom of Russia” as a terrorist organization.',
    ['Legion "Freedom of Russia" | Russia | designated'],
  ],
  // Marks around the whole name are no part of it.
  [
    'Russia declared the “Russian Volunteer Corps” a terrorist organization.',
    ['Russian Volunteer Corps | Russia | designated'],
  ],
]);

claimsOf('a police officer named by an acronym is never the group a reference stands for', [
  [
    'The suspects injured a Divisional Police Officer (DPO). Over the years, the group, labelled a terrorist organisation by the federal government, has demanded a separate country.',
    [],
  ],
]);
