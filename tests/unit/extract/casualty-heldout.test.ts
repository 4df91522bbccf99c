import { casualtyClaimsOf } from './casualty-summary';

/**
 * Patterns seen in held-out real news passages (measured outside the repository); every
 * sentence here is written for the test, with near misses that must stay dark.
 */

casualtyClaimsOf('harm words of headlines and reports', [
  // Headline present tense.
  ['9 die as minibus plunges into river', ['killed 9/9 exact «9 die»']],
  ['Four die, 17 hurt in warehouse fire', ['killed 4/4 exact «Four die»', 'injured 17/17 exact «17 hurt»']],
  ['Officials warn that hundreds could die without clean water.', []],
  ['Up to 40 patients may die if the generator fails.', []],
  ['Three die-hard supporters waited outside the stadium.', []],
  // "<verb>ed to death" is a death; a sentence to death is not.
  [
    'Some 31 worshippers were trampled to death at the shrine gate.',
    ['killed 31/31 about «Some 31 worshippers were trampled to death»'],
  ],
  ['Two guards were hacked to death overnight.', ['killed 2/2 exact «Two guards were hacked to death»']],
  ['Seven men were sentenced to death by the military court.', []],
  // A raising verb between the auxiliary and the harm word.
  [
    'About 900 people are estimated to have died in the mudslide.',
    ['killed 900/900 about «About 900 people are estimated to have died»'],
  ],
  [
    'Nine miners are said to have been injured in the collapse.',
    ['injured 9/9 exact «Nine miners are said to have been injured»'],
  ],
  ['About 900 people are estimated to live in the valley.', []],
]);

casualtyClaimsOf('what follows a subject or an object count', [
  // "over" + a time span is no object: the count before was the victims.
  [
    'Shelling leaves three civilians killed, five wounded over past day in the district',
    ['killed 3/3 exact «three civilians killed»', 'injured 5/5 exact «five wounded»'],
  ],
  ['Snipers wounded over 30 protesters.', ['injured 30/null at_least «wounded over 30 protesters»']],
  ['Two drones wounded some 14 people near the port.', ['injured 14/14 about «wounded some 14 people»']],
  // A second -ing verb after "and" starts a new object, not part of the first one's noun phrase.
  [
    'The cyclone struck in May, killing 140 people and displacing more than 2 million.',
    [
      'killed 140/140 exact «killing 140 people»',
      'displaced 2000000/null at_least «displacing more than 2 million»',
    ],
  ],
  [
    'The raid killed 12 soldiers and police officers.',
    ['killed 12/12 exact «killed 12 soldiers and police officers»'],
  ],
]);

casualtyClaimsOf('look-alikes that are no claims', [
  // A parent "of four" counts children, not people harmed.
  ['Amina, a mother of four, fled the shelling with her neighbours.', []],
  ['A father of three was among 12 people killed in the blast.', ['killed 12/12 exact «12 people killed»']],
  ['Four families fled the shelling with her neighbours.', []],
  ['Four of them fled the shelling with their neighbours.', ['displaced 4/4 exact «Four of them fled»']],
  // A figure the toll "can reach" is a forecast, also when the count is a noun phrase.
  ['The governor said it can reach 3,000 to 5,000 deaths in the valley.', []],
  ['Aid groups fear the toll will hit 400 deaths by Friday.', []],
  [
    'The governor said there were 3,000 to 5,000 deaths in the valley.',
    ['killed 3000/5000 exact «3,000 to 5,000 deaths»'],
  ],
  // People no longer in the state the count named.
  ['3 missing climbers found alive on glacier', []],
  ['Officials said 40 victims (mostly farmers) were freed from the camp.', []],
  ['3 missing climbers feared dead on glacier', ['missing 3/3 exact «3 missing»']],
  // Victims with a harm word of their own take it: buried victims are dead.
  ['Officials said 40 victims were buried on Sunday.', ['killed 40/40 exact «40 victims were buried»']],
]);

casualtyClaimsOf('a toll whose head stands before a count that is not its figure', [
  [
    'The death toll from three days of riots in the port has risen to 212, officials said.',
    ['killed 212/212 exact «The death toll from three days of riots in the port has risen to 212»'],
  ],
  ['The toll from two landslides was not yet known.', []],
  ['The toll from four storms this year rose on Monday.', []],
  [
    'The death toll from the two floods stood at 23.',
    ['killed 23/23 exact «The death toll from the two floods stood at 23»'],
  ],
  // A place's name between the count and the things it counts.
  [
    'The death toll from the shootings at two Christchurch mosques has climbed to 50.',
    ['killed 50/50 exact «The death toll from the shootings at two Christchurch mosques has climbed to 50»'],
  ],
  ['Strikes on three Kyiv hospitals killed 12 people.', ['killed 12/12 exact «killed 12 people»']],
  ['Three Israeli soldiers were killed.', ['killed 3/3 exact «Three Israeli soldiers were killed»']],
]);

casualtyClaimsOf('a harm noun with "of" and its people', [
  [
    'Renewed clashes led to the displacement of more than 12,000 people in a week.',
    ['displaced 12000/null at_least «the displacement of more than 12,000 people»'],
  ],
  [
    'Floods forced the evacuation of several thousand residents.',
    ['displaced null/null vague «the evacuation of several thousand residents»'],
  ],
  ['Relatives mourned the deaths of 14 coal miners.', ['killed 14/14 exact «the deaths of 14 coal miners»']],
  ['The killing of 4 protesters sparked riots.', ['killed 4/4 exact «The killing of 4 protesters»']],
  // Things, not people.
  ['The shelling forced the evacuation of 3 hospitals.', []],
  ['The fighting caused the displacement of 900 families.', []],
  ['The deaths of 200 cattle ruined the herders.', []],
  // "death tally" and "death count" are toll heads.
  ['Rains pushed the national death tally to 311.', ['killed 311/311 exact «death tally to 311»']],
]);

casualtyClaimsOf("a qualifier opens the next count, it ends the object's people", [
  [
    'They killed more than 1,200 people and almost 3,500 were injured.',
    [
      'killed 1200/null at_least «killed more than 1,200 people»',
      'injured 3500/3500 about «almost 3,500 were injured»',
    ],
  ],
  [
    'The blast killed 12 people and nearly 40 were wounded.',
    ['killed 12/12 exact «killed 12 people»', 'injured 40/40 about «nearly 40 were wounded»'],
  ],
]);

casualtyClaimsOf('floors written "greater than" or with a plus, and people treated in hospital', [
  [
    'Greater than 2,000 people have been killed.',
    ['killed 2000/null at_least «Greater than 2,000 people have been killed»'],
  ],
  [
    'Storm kills 52+, dozens missing',
    ['killed 52/null at_least «kills 52+»', 'missing null/null vague «dozens missing»'],
  ],
  [
    'Seventeen people were being treated in hospital.',
    ['injured 17/17 exact «Seventeen people were being treated in hospital»'],
  ],
  [
    'Nine people were treated at a nearby hospital for shock.',
    ['injured 9/9 exact «Nine people were treated at a nearby hospital»'],
  ],
  // A plus between figures is arithmetic; doctors treating patients name no count of injured.
  ['The score was 3+2 after the break.', []],
  ['Doctors treated 17 patients at the hospital for flu.', []],
]);

casualtyClaimsOf('people shot or hurt who then died, with where or when between', [
  [
    'The two officers shot during the checkpoint assault also died.',
    ['killed 2/2 exact «two officers shot during the checkpoint assault also died»'],
  ],
  ['Two officers were shot and later died.', ['killed 2/2 exact «Two officers were shot and later died»']],
  [
    'Three were injured in Kabul and later died.',
    ['killed 3/3 exact «Three were injured in Kabul and later died»'],
  ],
  // Another count that died is its own claim.
  [
    'Five people were wounded in the blast and two died.',
    ['injured 5/5 exact «Five people were wounded»', 'killed 2/2 exact «two died»'],
  ],
]);

casualtyClaimsOf('people referred to hospital, and a data row "fatalities from X: N"', [
  [
    'Over 35 people have been referred to the district hospital.',
    ['injured 35/null at_least «Over 35 people have been referred to the district hospital»'],
  ],
  [
    'Total number of reported fatalities from organized violence: 2,743',
    ['killed 2743/2743 exact «fatalities from organized violence: 2,743»'],
  ],
  // A toll "from" two events with no figure after the colon states nothing.
  ['The death toll from two storms: unknown.', []],
]);

casualtyClaimsOf('counts after a glued dateline colon, and a bare count with a clause after it', [
  // A wire dateline glues its colon to the first word.
  [
    'Quetta (News Desk) :Four policemen were killed on Sunday.',
    ['killed 4/4 exact «Four policemen were killed»'],
  ],
  // Digits after a colon are a time or a ratio, not a count.
  ['The blast at 10:30 killed nobody.', []],
  // "25 wounded after missiles hit": the clause after the count names no people it counts.
  [
    'Three people were killed and 25 wounded after missiles hit a market.',
    ['killed 3/3 exact «Three people were killed»', 'injured 25/25 exact «25 wounded»'],
  ],
  // A people noun after the harm word still decides what is counted.
  ['Police recorded 140 missing persons reports last year.', []],
]);

casualtyClaimsOf('harm phrases of conflict reporting', [
  // Hurt or killed, in either order, is casualties.
  [
    'More than 300 people had been injured or killed in the strike.',
    ['casualties 300/null at_least «More than 300 people had been injured or killed»'],
  ],
  [
    'At least nine men were discovered dead near the river.',
    ['killed 9/null at_least «At least nine men were discovered dead»'],
  ],
  // "claimed the lives of another N", "all N": the same words as after "killed".
  [
    'The raids claimed the lives of another 40 to 55 villagers.',
    ['killed 40/55 exact «claimed the lives of another 40 to 55 villagers»'],
  ],
  // "over half of them civilians" is an aside about who they were.
  [
    'More than 2,000 people – over half of them civilians – have been killed.',
    ['killed 2000/null at_least «More than 2,000 people»'],
  ],
  // A quoted harm word may hold its adverb.
  [
    'Monitors found that 31 people were “summarily executed” in the town.',
    ['killed 31/31 exact «31 people were “summarily executed»'],
  ],
  // A quoted verb with an object: the count did it.
  ['Two men “brutally beat” a guard.', []],
]);

casualtyClaimsOf('lives claimed and people taken to hospital', [
  [
    'The insurgency has claimed thousands of military and civilian lives since 2012.',
    ['killed null/null vague «claimed thousands of military and civilian lives»'],
  ],
  [
    'Medics said 58 people were taken by ambulance to hospitals across the city.',
    ['injured 58/58 exact «58 people were taken by ambulance to hospitals»'],
  ],
  ['The trucks were taken by road to the border.', []],
]);

casualtyClaimsOf('a qualifier or ages after the people counted', [
  // "at least" after the people qualifies the count.
  [
    'Shelling killed 30 civilians and 400 others at least were wounded.',
    [
      'killed 30/30 exact «killed 30 civilians»',
      'injured 400/null at_least «400 others at least were wounded»',
    ],
  ],
  // A place after the people is no qualifier.
  [
    'Forty people at the market were killed.',
    ['killed 40/40 exact «Forty people at the market were killed»'],
  ],
  // Ages set off by commas.
  [
    'Two children, ages 4 and 7, were among the dead.',
    ['killed 2/2 exact «Two children, ages 4 and 7, were among the dead»'],
  ],
]);
