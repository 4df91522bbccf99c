/**
 * Casualty claims found in the thirtieth session: a toll followed by the time it covers, both
 * harms said at length, and people killed while waiting to be evacuated. Every sentence is
 * written for the test; the near misses show what must stay as it was.
 */
import { casualtyClaimsOf } from './casualty-summary';

casualtyClaimsOf('a time after the harm verb is no object', [
  [
    'The General Staff said that 1,060 soldiers had been killed the previous day.',
    ['killed 1060/1060 exact «1,060 soldiers had been killed»'],
  ],
  ['Officials said 14 people were wounded the day before.', ['injured 14/14 exact «14 people were wounded»']],
  ['Forty civilians were killed the same night.', ['killed 40/40 exact «Forty civilians were killed»']],
  // An object after the verb still makes the count its agent.
  ['Two gunmen killed the guards at the gate.', []],
]);

casualtyClaimsOf('both harms said at length are casualties', [
  [
    'Thousands of civilians have lost their lives or sustained life-changing injuries.',
    [
      'casualties null/null vague «Thousands of civilians have lost their lives or sustained life-changing injuries»',
    ],
  ],
  [
    'Hundreds of people lost their lives or were wounded in the attacks.',
    ['casualties null/null vague «Hundreds of people lost their lives or were wounded»'],
  ],
]);

casualtyClaimsOf(
  'people waiting to be evacuated are not yet displaced',
  [
    [
      'A missile that killed at least 50 civilians waiting to be evacuated hit the station.',
      ['killed 50/null at_least «killed at least 50 civilians waiting» civilians'],
    ],
    // People who were evacuated are displaced.
    [
      'About 3,000 residents were evacuated from the border villages.',
      ['displaced 3000/3000 about «About 3,000 residents were evacuated» residents'],
    ],
  ],
  { who: true },
);

casualtyClaimsOf('martyrdom and a headline that drops the auxiliary', [
  [
    'The strikes resulted in the martyrdom of at least 31 innocent civilians, with 46 others injured.',
    [
      'killed 31/null at_least «the martyrdom of at least 31 innocent civilians»',
      'injured 46/46 exact «46 others injured»',
    ],
  ],
  [
    '21 terrorists eliminated; 14 security personnel martyred',
    ['killed 21/21 exact «21 terrorists eliminated»', 'killed 14/14 exact «14 security personnel martyred»'],
  ],
  // With an object after it, "eliminated" is active: the count did it.
  ['21 soldiers eliminated the hideout in the hills.', []],
]);

casualtyClaimsOf('an age set off by commas after a name is no count', [
  [
    'The toll rose to 13 after firefighter Samuel Okafor, 28, died when his truck flipped.',
    ['killed 13/13 exact «The toll rose to 13»'],
  ],
  // A count after a place and a comma still counts.
  ['In the north, 28 died in the floods.', ['killed 28/28 exact «28 died»']],
]);

casualtyClaimsOf('loose figures and tolls past a figure', [
  ['Somali bombing toll tops 300 deaths', ['killed 300/null at_least «300 deaths»']],
  ['Doctors treated the 40 or so wounded.', ['injured 40/40 about «40 or so wounded»']],
  ['Some 200-odd people were killed.', ['killed 200/200 about «Some 200-odd people were killed»']],
  // "-year-old" stays an age.
  ['The 30-year-old man was killed.', []],
]);

casualtyClaimsOf(
  'a tally of "the casualties" is of casualties',
  [
    [
      'The casualties included 12 Britons, at least four South Koreans and three French children.',
      [
        'casualties 12/12 exact «12 Britons» Britons',
        'casualties 4/null at_least «at least four South Koreans» South Koreans',
        'casualties 3/3 exact «three French children» French children',
      ],
    ],
  ],
  { who: true },
);

casualtyClaimsOf('the victims of a death toll, and people an operation is working to evacuate', [
  [
    'The commander verified the death toll, stating that the victims included at least three women.',
    ['killed 3/null at_least «at least three women»'],
  ],
  ['Troops have been working to evacuate thousands of civilians from the airport.', []],
  // An evacuation done is displacement.
  [
    'Troops evacuated thousands of civilians from the airport.',
    ['displaced null/null vague «evacuated thousands of civilians»'],
  ],
]);

casualtyClaimsOf('deaths and injuries that each have a count', [
  [
    'The attack caused 28 deaths and injuries to 139 people.',
    ['killed 28/28 exact «28 deaths»', 'injured 139/139 exact «injuries to 139 people»'],
  ],
  // Together, with no count of their own, they are casualties.
  ['The attack caused 28 deaths and injuries.', ['casualties 28/28 exact «28 deaths and injuries»']],
]);

casualtyClaimsOf('remains named with an acronym, a family lost, a toll still rising', [
  [
    'Mortal remains of 40 Central Reserve Police Force (CRPF) personnel were flown to Delhi.',
    ['killed 40/40 exact «Mortal remains of 40 Central Reserve Police Force (CRPF) personnel»'],
  ],
  [
    'She lost eight members of her family in the strike.',
    ['killed 8/8 exact «She lost eight members of her family»'],
  ],
  // What she lost is not always people.
  ['She lost eight of her cattle in the strike.', []],
  ['The death toll was rising over 70.', ['killed 70/null at_least «The death toll was rising over 70»']],
  [
    'The death toll kept climbing, rising over 70.',
    ['killed 70/null at_least «The death toll kept climbing, rising over 70»'],
  ],
]);

casualtyClaimsOf('a count in quote marks', [
  [
    'The president said “dozens” had been killed in the attack.',
    ['killed null/null vague «“dozens” had been killed»'],
  ],
  ['He said "12" people died.', ['killed 12/12 exact «"12" people died»']],
]);
