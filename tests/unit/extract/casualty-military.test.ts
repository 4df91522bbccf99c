import { casualtyClaimsOf } from './casualty-summary';

casualtyClaimsOf("a military report's words for killing armed men", [
  [
    'Police said troops neutralised three insurgents in the forest encounter.',
    ['killed 3/3 exact «neutralised three insurgents»'],
  ],
  ['The unit neutralized 4 gunmen near the border.', ['killed 4/4 exact «neutralized 4 gunmen»']],
  [
    'The defence ministry said its artillery destroyed up to 70 militants overnight.',
    ['killed null/70 at_most «destroyed up to 70 militants»'],
  ],
  // Things destroyed are not people; people who are not armed men are not "neutralised".
  ['The strike destroyed 12 tanks and two homes.', []],
  ['Engineers neutralised 40 mines along the road.', []],
  ['The team neutralised two opponents in the final.', []],
]);

casualtyClaimsOf('a force counting its own dead', [
  ['The rebel front said it lost 40 cadres in the offensive.', ['killed 40/40 exact «it lost 40 cadres»']],
  ['They lost 12 men in the ambush, the commander said.', ['killed 12/12 exact «They lost 12 men»']],
  ['The army mourned the loss of 5 of its soldiers.', ['killed 5/5 exact «loss of 5 of its soldiers»']],
  // Lost seats, games or money are not deaths.
  ['The coalition lost 30 seats in the election.', []],
  ['They lost 3 matches in a row.', []],
]);

casualtyClaimsOf('how people were killed or hurt', [
  ['Nine villagers were shot to death overnight.', ['killed 9/9 exact «Nine villagers were shot to death»']],
  [
    'Witnesses said 14 people were shot and hacked to death.',
    ['killed 14/14 exact «14 people were shot and hacked to death»'],
  ],
  // Shot without saying whether they died stays "casualties" (docs/CLAIMS.md).
  ['Nine villagers were shot overnight.', ['casualties 9/9 exact «Nine villagers were shot»']],
  ['The militia maimed 300 civilians in the raids.', ['injured 300/300 exact «maimed 300 civilians»']],
  [
    'Two guards were evacuated to the district hospital.',
    ['injured 2/2 exact «Two guards were evacuated to the district hospital»'],
  ],
  // Evacuated anywhere but to hospital is displacement.
  [
    'Two hundred residents were evacuated to a school.',
    ['displaced 200/200 exact «Two hundred residents were evacuated»'],
  ],
]);

casualtyClaimsOf('a floor before an approximation', [
  [
    'The army said at least about 30 soldiers were wounded.',
    ['injured 30/null at_least «at least about 30 soldiers were wounded»'],
  ],
  ['At least some 200 people fled.', ['displaced 200/null at_least «At least some 200 people fled»']],
]);

casualtyClaimsOf('lists and qualifiers found in designation news', [
  // "one" opening a list of counted objects claims like the members after it.
  [
    'The raiders stormed the post, killing one guard, three soldiers and two drivers.',
    [
      'killed 1/1 exact «killing one guard»',
      'killed 3/3 exact «three soldiers»',
      'killed 2/2 exact «two drivers»',
    ],
  ],
  // A lone "one", or a list of things, stays dark.
  ['The raid killed one guard, officials said.', []],
  ['The strike killed one soldier, two tanks and a truck.', []],
  // "and" joining another subject ends the object: "killed 40 people and the army's shelling …".
  [
    'Since the raid that killed 40 people and the army’s shelling that has killed more than 300, talks stalled.',
    ['killed 40/40 exact «killed 40 people»', 'killed 300/null at_least «killed more than 300»'],
  ],
  [
    'Not fewer than 12 miners have been killed.',
    ['killed 12/null at_least «Not fewer than 12 miners have been killed»'],
  ],
  ['No more than 20 people were injured.', ['injured null/20 at_most «No more than 20 people were injured»']],
]);

casualtyClaimsOf('toll wordings from older wire copy', [
  ['The death toll has gone up to 312.', ['killed 312/312 exact «The death toll has gone up to 312»']],
  ['Death toll breaches 400', ['killed 400/null at_least «Death toll breaches 400»']],
  [
    'The number of people who have died in the siege has breached the 400 mark.',
    ['killed 400/null at_least «The number of people who have died in the siege has breached the 400»'],
  ],
  // A count of things between the head and the figure does not hide the head.
  [
    'The death toll from the blasts at three hotels has climbed to 87.',
    ['killed 87/87 exact «The death toll from the blasts at three hotels has climbed to 87»'],
  ],
  // "would later" narrates; "would" alone forecasts.
  [
    'The total number of victims would later rise to 93.',
    ['casualties 93/93 exact «The total number of victims would later rise to 93»'],
  ],
  ['The toll would rise to 500 if aid is blocked.', []],
  ['Officials estimated the death toll at 2,000.', ['killed 2000/2000 about «the death toll at 2,000»']],
]);

casualtyClaimsOf('ranges and flights', [
  // "vary from A to B" spans a range; "revised from A to B" is a change (two figures).
  ['Estimates vary from 150 to 900 people killed.', ['killed 150/900 exact «150 to 900 people killed»']],
  [
    'The toll was revised from 79 to 78.',
    ['killed 79/79 exact «The toll was revised from 79»', 'killed 78/78 exact «to 78»'],
  ],
  [
    'The fighting caused an exodus of more than 80,000 civilians.',
    ['displaced 80000/null at_least «exodus of more than 80,000 civilians»'],
  ],
  [
    'The purge set off a mass exodus of 90,000 Karens.',
    ['displaced 90000/90000 exact «mass exodus of 90,000 Karens»'],
  ],
  // A club's players leaving are no displaced people.
  ['The exodus of 3 players hurt the club.', []],
]);

casualtyClaimsOf('a coordinated subject whose next member has an article', [
  [
    'Forty civilians and the three bombers were killed.',
    ['killed 40/40 exact «Forty civilians»', 'killed 3/3 exact «three bombers were killed»'],
  ],
  // The main verb after a relative clause's object is no part of it.
  ['The raid that killed 40 people shocked the country.', ['killed 40/40 exact «killed 40 people»']],
  // Things after the article are no members.
  ['The 12 people were killed and the 3 houses destroyed.', ['killed 12/12 exact «12 people were killed»']],
]);

casualtyClaimsOf('forecasts and means are no counts', [
  ['The gunmen had enough ammunition to kill 5,000, the minister said.', []],
  ['We anticipate there will be between 10,000 and 20,000 dead in total.', []],
  ['Officials expected a figure of 15,000 dead by Monday.', []],
  ['There were 300 dead.', ['killed 300/300 exact «300 dead»']],
  [
    'At least 30 people died, along with two bombers, and 90 were injured.',
    [
      'killed 30/null at_least «At least 30 people died»',
      'killed 2/2 exact «along with two bombers»',
      'injured 90/90 exact «90 were injured»',
    ],
  ],
]);

casualtyClaimsOf('a breakdown by place leaves the verb out', [
  [
    'The storm killed 12 people in Manila, 3 in Cebu and 2 in Davao.',
    [
      'killed 12/12 exact «killed 12 people»',
      'killed 3/3 exact «3 in Cebu»',
      'killed 2/2 exact «2 in Davao»',
    ],
  ],
  [
    'The bombings killed 90 people: 20 at Central Station, about 10 in Old Town and 3 at Riverside.',
    [
      'killed 90/90 exact «killed 90 people»',
      'killed 20/20 exact «20 at Central Station»',
      'killed 10/10 about «about 10 in Old Town»',
      'killed 3/3 exact «3 at Riverside»',
    ],
  ],
  // After a dash, or a bare comma when a place follows.
  [
    '29 people have died - 21 at the Central Station, 7 at Riverside, 1 at City Hospital',
    [
      'killed 29/29 exact «29 people have died»',
      'killed 21/21 exact «21 at the Central Station»',
      'killed 7/7 exact «7 at Riverside»',
      'killed 1/1 exact «1 at City Hospital»',
    ],
  ],
  [
    'Police confirmed the death of at least 30 people, 20 at Central Station and about 10 in Old Town.',
    [
      'killed 30/null at_least «the death of at least 30 people»',
      'killed 20/20 exact «20 at Central Station»',
      'killed 10/10 about «about 10 in Old Town»',
    ],
  ],
  // A year or a span after a comma is no place.
  ['He died in 1998, 20 years after the war.', []],
  [
    'At least 30 people died, 20 years after the war ended.',
    ['killed 30/null at_least «At least 30 people died»'],
  ],
  ['Five people died in the blast, 3 days before the vote.', ['killed 5/5 exact «Five people died»']],
]);

casualtyClaimsOf('a bare count in critical condition', [
  [
    'Police said 40 were hurt and 12 remain in critical condition.',
    ['injured 40/40 exact «40 were hurt»', 'injured 12/12 exact «12 remain in critical condition»'],
  ],
  // Things in critical condition are not people; "one" alone is no count.
  ['Three councils are in critical condition.', []],
  ['One is in critical condition.', []],
]);

casualtyClaimsOf('numbers that are no counts do not hide a toll', [
  // "No. 1" is a name's number; a dash spaced on both sides is punctuation, not a hyphen.
  [
    'The death toll from the siege at School No. 1 in Lakeside was put at 330 - including at least 155 children.',
    [
      'killed 330/330 exact «The death toll from the siege at School No. 1 in Lakeside was put at 330»',
      'killed 155/null at_least «at least 155 children»',
    ],
  ],
  // A compound's hyphen still makes no count: a 30-strong unit.
  ['A 30-strong unit was killed in the ambush.', []],
]);

casualtyClaimsOf('"or nearly half the population" between a count and its harm', [
  [
    "Around 8,000 people, or nearly half the town's population, are missing.",
    ['missing 8000/8000 about «Around 8,000 people»'],
  ],
  [
    'About 5,000 people, or 10 percent of residents, fled.',
    ['displaced 5000/5000 about «About 5,000 people»'],
  ],
  // An "or" naming other people is no share.
  ['About 300 people, or their relatives, were questioned.', []],
]);

casualtyClaimsOf('a harm verb in quote marks', [
  [
    'The report accused the army of “massacring” 300 civilians.',
    ['killed 300/300 exact «massacring” 300 civilians»'],
  ],
  [
    'The report accused the army of "massacring" more than 1,300 people.',
    ['killed 1300/null at_least «massacring" more than 1,300 people»'],
  ],
]);
