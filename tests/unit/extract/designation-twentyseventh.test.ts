/**
 * Listings found in the twenty-seventh session: counted sets of revoked designations, groups
 * dropped from a list, trial reporting on banned groups. Every sentence is written for the test;
 * the near misses show what must stay as it was.
 */
import { claimsOf, labelledClaimsOf } from './designation-summary';

claimsOf('"revoked the terrorist designation of five groups, including A and B": the set and each example', [
  [
    'The United States has revoked the terrorist designation of five groups, including the Harbour Front and the Valley League.',
    [
      'five groups | United States | delisted',
      'Harbour Front | United States | delisted',
      'Valley League | United States | delisted',
    ],
  ],
  // The set alone, when no example is named.
  [
    'The United States has revoked the terrorist designation of five groups.',
    ['five groups | United States | delisted'],
  ],
]);

claimsOf('a capital "May" past the sentence\'s first word is the month or a name, no hedge', [
  [
    'WASHINGTON (Wire - 20th May, 2022) The United States has revoked terrorist designation of three organizations, including the Harbour Front and the Valley League, the State Department said.',
    [
      'three organizations | United States | delisted',
      'Harbour Front | United States | delisted',
      'Valley League | United States | delisted',
    ],
  ],
  // The modal still hedges: a possible lifting names the listing as current (docs/CLAIMS.md).
  [
    'The United States may revoke the terrorist designation of the Harbour Front.',
    ['Harbour Front | United States | designated'],
  ],
]);

claimsOf('"A in Japan": the state where a listed group is ends no entity, unless the name is built on it', [
  [
    'Washington revoked terrorist designation of four organizations, including the Harbour Front in Japan and the Valley League in Spain.',
    [
      'four organizations | United States | delisted',
      'Harbour Front | United States | delisted',
      'Valley League | United States | delisted',
    ],
  ],
  [
    'The United States designated al-Qaeda in Iraq a foreign terrorist organization.',
    ['al-Qaeda in Iraq | United States | designated'],
  ],
]);

claimsOf('"was dropped from … list", "was struck from the terrorism list": a removal', [
  [
    "The Harbour Front and the Valley League were also dropped from the department's official list of foreign terrorist organisations.",
    ['The Harbour Front | United States | delisted', 'Valley League | United States | delisted'],
  ],
  ['The Harbour Front was struck from the terrorism list in 2022.', ['The Harbour Front |  | delisted']],
  // A group added to the list is listed.
  ['The Harbour Front was added to the terrorism list in 2022.', ['The Harbour Front |  | designated']],
]);

claimsOf('"X, the group led by the cleric Y, who died …, was removed": the leader is no subject', [
  [
    'The Harbour Front, the militant group led by the blind cleric Omar Dawud, who died in prison in 2017, was also removed from the list of foreign terrorist organisations.',
    ['The Harbour Front | United States | delisted'],
  ],
]);

claimsOf('trial reporting: "the newly banned X group", "a member of the banned X"', [
  [
    'Police arrested 29 people on suspicion of terrorism offences after they showed support for the newly banned Harbour Action group. The group was banned on Friday after a legal appeal failed.',
    ['Harbour Action |  | designated', 'Harbour Action |  | designated'],
  ],
  // A state's court acts on its own ban, wherever the group is at home.
  [
    'A German court on Friday sentenced a member of the banned Kurdistan Workers’ Party (PKK). The PKK is designated a terrorist organisation by the European Union.',
    [
      "Kurdistan Workers' Party (PKK) | Germany | designated",
      "Kurdistan Workers' Party (PKK) | European Union | designated",
    ],
  ],
  // Without the court, the group's home state bans it.
  [
    'Two members of the banned Kurdistan Workers’ Party (PKK) were killed in clashes near the border.',
    ["Kurdistan Workers' Party (PKK) | Turkey | designated"],
  ],
]);

claimsOf('"announcing the revocation of five FTO designations: A, B …": the members, no earlier group', [
  [
    'The State Department revoked the terrorist designation of the Dawn Brigades. "Today, the Department is announcing the revocation of two Foreign Terrorist Organization (FTO) designations: the Harbour Front and the Valley League," the release said.',
    [
      'Dawn Brigades | United States | delisted',
      'Harbour Front | United States | delisted',
      'Valley League | United States | delisted',
    ],
  ],
]);

labelledClaimsOf('what a revocation lifts: "the terrorist designation", "the FTO designation"', [
  [
    'The United States revoked the FTO designation of the Harbour Front.',
    ['Harbour Front | United States | delisted | FTO designation'],
  ],
  [
    'The United States revoked terrorist designation of the Harbour Front.',
    ['Harbour Front | United States | delisted | terrorist designation'],
  ],
  // A bare revocation says nothing of what was lifted.
  [
    'The United States revoked the designation of the Harbour Front as a terrorist group.',
    ['Harbour Front | United States | delisted | terrorist group'],
  ],
]);

claimsOf('"the government will list Iran\'s X": the state owning the entity is not the government', [
  [
    'The prime minister said Australia had closed its embassy in the Iranian capital, Tehran. "The government will list Iran’s Revolutionary Guard Corps as a terrorist organisation," he added.',
    ['Revolutionary Guard Corps | Australia | designated'],
  ],
]);

claimsOf('a nameless government or ministry bans a group only one state bans at home', [
  [
    'The federal government has imposed a ban on the Pashtun Tahafuz Movement (PTM) under the anti-terrorism law.',
    ['Pashtun Tahafuz Movement (PTM) | Pakistan | designated'],
  ],
  [
    'The PTM was banned last week. The ban was placed by proscribing the organisation under the Anti-Terrorism Act 1997.',
    ['PTM | Pakistan | designated', 'PTM | Pakistan | designated'],
  ],
  // A group banned in many states keeps the passage's authority (here none).
  [
    'The federal government has imposed a ban on Hamas under the anti-terrorism law.',
    ['Hamas |  | designated'],
  ],
]);

claimsOf('a ban on where a person may go is no listing', [
  [
    'The Harbour Front was designated a terrorist group in May. In August, the provincial government imposed a ban on the entry of Harbour Front leader Omar Khan into all districts.',
    ['The Harbour Front |  | designated'],
  ],
  [
    'The Harbour Front was designated a terrorist group in May. In August, the government imposed a travel ban on Harbour Front leader Omar Khan.',
    ['The Harbour Front |  | designated'],
  ],
]);

claimsOf('a court that satisfied the request to recognise a group as terrorist recognised it', [
  [
    'The Supreme Court of Russia satisfied the request of the Prosecutor General’s Office to recognize the "Harbour" movement as a terrorist group.',
    ['Harbour | Russia | designated'],
  ],
  // A request alone is a plan.
  [
    'The Prosecutor General’s Office filed a request to recognize the "Harbour" movement as a terrorist group.',
    [],
  ],
]);

claimsOf('who blamed or backed a group, inside an aside, lists nothing', [
  [
    'The Harbour Front – a little known organisation that was blamed by New Delhi for the attack – was recently designated as a terror group by the United States.',
    ['The Harbour Front | United States | designated'],
  ],
]);

claimsOf('"Jane Doe, the home secretary, said": a minister is no group a reference stands for', [
  [
    'James Doe, the home secretary, said: “Hizb ut-Tahrir is an antisemitic organisation that promotes terrorism.\n“Proscribing this terrorist group will ensure that anyone who belongs to it will face consequences.”',
    ['Hizb ut-Tahrir | United Kingdom | designated'],
  ],
]);

claimsOf('"A, the brutal B organization, and half a dozen cartels have been designated": each, and the set', [
  [
    'The Harbour Front, the brutal Valley League organization, and half a dozen mountain cartels have been designated as foreign terrorist organizations by the State Department.',
    [
      'The Harbour Front | United States | designated',
      'Valley League | United States | designated',
      'half a dozen mountain cartels | United States | designated',
    ],
  ],
  [
    'The Harbour Front, the Valley League and six cartels were added to the terrorist list by Canada.',
    [
      'The Harbour Front | Canada | designated',
      'Valley League | Canada | designated',
      'six cartels | Canada | designated',
    ],
  ],
  // A place opening the clause is where, not a member.
  ['In Canada, six cartels were added to the terrorist list.', ['six cartels | Canada | designated']],
]);

claimsOf('"Included on the list are A and B": the members of the list just reported', [
  [
    'Canada designated seven criminal organizations as terrorists on Thursday. Included on the list are the Harbour Cartel and the Valley Cartel.',
    [
      'seven criminal organizations | Canada | designated',
      'Harbour Cartel | Canada | designated',
      'Valley Cartel | Canada | designated',
    ],
  ],
]);

claimsOf('a listing weighed by its effects, or asked of others, is no claim', [
  [
    'The speaker said that the recognition of Russia as a state sponsor of terrorism would strengthen international sanctions against it.',
    [],
  ],
  [
    'Aid agencies say a possible U.S. designation of the Harbour Front as a foreign terrorist organization would prevent lifesaving aid.',
    [],
  ],
  [
    'The parliament passed the appeal to the House of Representatives and the Senate of the US Congress to recognize Russia as a state sponsor of terrorism.',
    [],
  ],
  // A listing that would take effect on a date is scheduled: a claim.
  [
    'The designation of the Harbour Front as a foreign terrorist organization would take effect on Monday.',
    ['Harbour Front | United States | designated'],
  ],
]);

claimsOf('title-case headlines: "Designating X As A State Sponsor …", "… Leader As \'Global Terrorist\'"', [
  [
    'Trump Designating North Korea As A State Sponsor Of Terrorism',
    ['North Korea | United States | designated'],
  ],
  [
    "U.S. Designates Harbour Front Deputy Leader As 'Global Terrorist'",
    ['Harbour Front Deputy Leader | United States | designated'],
  ],
]);
