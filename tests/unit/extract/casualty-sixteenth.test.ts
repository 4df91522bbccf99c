/**
 * Casualty phrasings from the sixteenth session's reading of half a held-out set of disaster and
 * humanitarian reporting (measured outside the repository). Every sentence is written for the
 * test, each rule with near misses that must stay as they were.
 */
import { casualtyClaimsOf } from './casualty-summary';

casualtyClaimsOf('"the slayings of", "the shootings of" and "an exodus of" name the people harmed', [
  [
    'The list includes the slayings of 14 people at a bar.',
    ['killed 14/14 exact «the slayings of 14 people»'],
  ],
  [
    'It recalls the shootings of seven worshippers at a mosque.',
    ['casualties 7/7 exact «the shootings of seven worshippers»'],
  ],
  [
    'The offensive triggered an exodus of more than 90,000 to neighbouring Chad.',
    ['displaced 90000/null at_least «exodus of more than 90,000»'],
  ],
  // Not people: shootings of things, an exodus of players.
  ['There were 15 shootings of police vehicles last year.', []],
  ['The club saw an exodus of 3 players to Madrid.', []],
]);

casualtyClaimsOf('incidents counted are no people harmed', [
  [
    'There have been 11 mass killings this year, claiming 58 lives.',
    ['killed 58/58 exact «claiming 58 lives»'],
  ],
  [
    'The militia committed 7 major killings that claimed the lives of 90 people.',
    ['killed 90/90 exact «claimed the lives of 90 people»'],
  ],
  // A plain count of killings is a count of the dead.
  ['Police recorded 12 killings in the city last month.', ['killed 12/12 exact «12 killings»']],
]);

casualtyClaimsOf('victims whose lives were claimed are dead', [
  [
    'Such attacks have continued, claiming the lives of nearly 300 more victims.',
    ['killed 300/300 about «nearly 300 more victims»'],
  ],
  ['Police said there were 12 victims.', ['casualties 12/12 exact «12 victims»']],
]);

casualtyClaimsOf('survivors are not harmed', [
  ['There are 80 survivors and 61 bodies recovered.', ['killed 61/61 exact «61 bodies recovered»']],
]);

casualtyClaimsOf('the injured toll and "the injuries rose to"', [
  [
    'The deaths rose to 3,400, while the injuries rose to 9,120.',
    [
      'killed 3400/3400 exact «The deaths rose to 3,400»',
      'injured 9120/9120 exact «the injuries rose to 9,120»',
    ],
  ],
  [
    'The death toll rose to 40 and the injured toll to 90.',
    ['killed 40/40 exact «The death toll rose to 40»', 'injured 90/90 exact «the injured toll to 90»'],
  ],
]);

casualtyClaimsOf('a part of the injured named by its condition', [
  [
    'At least 700 people were killed and 1,100 were hurt, including 240 in critical condition.',
    [
      'killed 700/null at_least «At least 700 people were killed»',
      'injured 1100/1100 exact «1,100 were hurt»',
      'injured 240/240 exact «240 in critical condition»',
    ],
  ],
  [
    'Some 80 people were injured, 12 of them in serious condition.',
    [
      'injured 80/80 about «Some 80 people were injured»',
      'injured 12/12 exact «12 of them in serious condition»',
    ],
  ],
  // After the dead, a condition names no part of them.
  [
    'Some 80 people were killed, 12 of them in critical condition.',
    ['killed 80/80 about «Some 80 people were killed»'],
  ],
]);

casualtyClaimsOf('"die" ends the noun phrase; people without shelter are displaced', [
  [
    'Hundreds of villagers die from cholera in crowded camps.',
    ['killed null/null vague «Hundreds of villagers die»'],
  ],
  [
    'The agency said more than 2 million people have been without shelter since the floods.',
    ['displaced 2000000/null at_least «more than 2 million people have been without shelter»'],
  ],
  ['Some 200 hikers were without shelter from the rain.', []],
]);

casualtyClaimsOf('people harmed in conflict reporting: members, partitives and nouns', [
  [
    'The siege ended with the deaths of at least 30 civilians, as well as four guards, and dozens of others were injured.',
    [
      'killed 30/null at_least «the deaths of at least 30 civilians»',
      'killed 4/null at_least «four guards»',
      'injured null/null vague «dozens of others were injured»',
    ],
  ],
  [
    'The shelling caused the loss of two internally displaced persons (IDPs) in the camp.',
    ['killed 2/2 exact «loss of two internally displaced persons (IDPs)»'],
  ],
  [
    'Four internally displaced persons were killed in the raid.',
    ['killed 4/4 exact «Four internally displaced persons were killed»'],
  ],
  // Still displaced when no harm befalls them.
  [
    'Some 30,000 internally displaced people live in the camp.',
    ['displaced 30000/30000 about «Some 30,000 internally displaced»'],
  ],
  ['The clash led to the injury of 9 people.', ['injured 9/9 exact «injury of 9 people»']],
  [
    'The war has caused some 210 civilian injuries and deaths this year.',
    ['casualties 210/210 about «some 210 civilian injuries and deaths»'],
  ],
  [
    'The cell is blamed for the execution earlier this year of five aid workers.',
    ['killed 5/5 exact «the execution earlier this year of five aid workers»'],
  ],
  [
    'As many as 22 terrorists belonging to the banned outfit were killed in the operation.',
    ['killed null/22 at_most «As many as 22 terrorists belonging to the banned outfit were killed»'],
  ],
  ['In the exchange of fire, 9 khwarij were neutralised.', ['killed 9/9 exact «9 khwarij were neutralised»']],
  [
    'The strikes killed 40 people, including 12 children, a nurse, an ambulance driver and 3 doctors.',
    [
      'killed 40/40 exact «killed 40 people»',
      'killed 12/12 exact «12 children»',
      'killed 3/3 exact «3 doctors»',
    ],
  ],
]);

casualtyClaimsOf('"shot N people" counts the shot; a definition counts no one', [
  ['The gunman shot 12 shoppers at the mall.', ['casualties 12/12 exact «shot 12 shoppers»']],
  [
    'He shot dozens of concertgoers before fleeing.',
    ['casualties null/null vague «shot dozens of concertgoers»'],
  ],
  // Not people, or another harm said.
  ['Troops shot down 2 drones near the border.', []],
  ['He shot dead 4 people.', ['killed 4/4 exact «shot dead 4 people»']],
  ['A mass shooting is defined as the shootings of four or more people.', []],
]);

casualtyClaimsOf('a subject whose members are named in an aside', [
  [
    'The three militia fighters, Omar Vale, Ravi Rao, and Jon Doe, were killed in the village.',
    ['killed 3/3 exact «three militia fighters, Omar Vale, Ravi Rao, and Jon Doe, were killed»'],
  ],
  [
    'The two soldiers, Sgt. Omar Vale and Cpl. Ravi Rao, were wounded on Monday.',
    ['injured 2/2 exact «two soldiers, Sgt. Omar Vale and Cpl. Ravi Rao, were wounded»'],
  ],
  // Not a harm, or not people.
  ['The two ministers, Omar Vale and Ravi Rao, were sacked.', []],
  ['The two ships, Sea Star and Blue Moon, were sunk.', []],
]);
