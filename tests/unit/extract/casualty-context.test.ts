import { describe, expect, it } from 'vitest';
import { casualtyRows } from './casualty-summary';

const found = (text: string): string[] => casualtyRows(text, { who: true });

type Row = [text: string, expected: string[]];

// A sentence that counts who was among the victims of the sentence before ("… killed 12 people.
// Four of them were children."): the count is a claim of the earlier sentence's category, its
// quote the count with the people it names (docs/CLAIMS.md: one claim per count).
describe('tallies that continue the sentence before', () => {
  it.each<Row>([
    [
      'A suicide bomber killed 14 people at a checkpoint on Monday. Six of them were police officers.',
      [
        'killed 14/14 exact «killed 14 people» -',
        'killed 6/6 exact «Six of them were police officers» police officers',
      ],
    ],
    [
      'At least 40 people died when the ferry capsized.\n\nNine of them are children, the coastguard said.',
      [
        'killed 40/null at_least «At least 40 people died» -',
        'killed 9/9 exact «Nine of them are children» children',
      ],
    ],
    [
      'Officials have confirmed 212 deaths. At least 150 of those were in Hama province, a spokesman said.',
      ['killed 212/212 exact «212 deaths» -', 'killed 150/null at_least «At least 150 of those» -'],
    ],
    [
      'The shelling wounded 63 people in Kharkiv overnight. Twenty of them were Ukrainians waiting for a train.',
      [
        'injured 63/63 exact «wounded 63 people» -',
        'injured 20/20 exact «Twenty of them were Ukrainians» Ukrainians',
      ],
    ],
    [
      'The floods have displaced 8,000 residents. About 3,000 of them are children, aid workers say.',
      [
        'displaced 8000/8000 exact «displaced 8,000 residents» residents',
        'displaced 3000/3000 about «About 3,000 of them are children» children',
      ],
    ],
    // "Of the …, N were …": members of the set the sentence before counted.
    [
      'The ministry put the death toll at 1,204. Of the identified victims, 640 were women and girls, including 210 minors.',
      [
        'killed 1204/1204 exact «the death toll at 1,204» -',
        'killed 640/640 exact «640 were women and girls» women and girls',
        'killed 210/210 exact «210 minors» minors',
      ],
    ],
    [
      'So far 96 bodies have been recovered. Of these, 31 were foreign tourists.',
      ['killed 96/96 exact «96 bodies» -', 'killed 31/31 exact «31 were foreign tourists» foreign tourists'],
    ],
    // A set named by its own harm word needs no sentence before.
    [
      'Of the dead, 15 were children and 9 were women.',
      ['killed 15/15 exact «15 were children» children', 'killed 9/9 exact «9 were women» women'],
    ],
    [
      'Of those injured, 27 were students, the university said.',
      ['injured 27/27 exact «27 were students» students'],
    ],
    // "Among them …" after a claim.
    [
      'Russian strikes killed 23 civilians in the region this week. Among them were four children.',
      ['killed 23/23 exact «killed 23 civilians» civilians', 'killed 4/4 exact «four children» children'],
    ],
    [
      'The strikes killed 31 people, the monitor said. They included nine children and four women.',
      [
        'killed 31/31 exact «killed 31 people» -',
        'killed 9/9 exact «nine children» children',
        'killed 4/4 exact «four women» women',
      ],
    ],
    [
      'Eleven people were killed on Friday. The victims included three medics.',
      ['killed 11/11 exact «Eleven people were killed» -', 'killed 3/3 exact «three medics» medics'],
    ],
    // An agent noun names people ("contractors", "technicians").
    [
      'Rescuers pulled 90 bodies from the mine. Of the dead, 71 were contractors.',
      ['killed 90/90 exact «90 bodies» -', 'killed 71/71 exact «71 were contractors» contractors'],
    ],
    // A bare count of people after a claim.
    [
      'The bus plunged into a ravine, killing 17 passengers. Five were pilgrims from the same village.',
      [
        'killed 17/17 exact «killing 17 passengers» passengers',
        'killed 5/5 exact «Five were pilgrims» pilgrims',
      ],
    ],
    // The parenthesis inside a tally closes before the next member.
    [
      'Of the verified cases, 700 were civilians, including 120 children (70 boys and 50 girls) and 95 women.',
      [],
    ],
    [
      'The toll rose to 900. Of the verified cases, 700 were civilians, including 120 children (70 boys and 50 girls) and 95 women.',
      [
        'killed 900/900 exact «The toll rose to 900» -',
        'killed 700/700 exact «700 were civilians» civilians',
        'killed 120/120 exact «120 children» children',
        'killed 70/70 exact «70 boys» boys',
        'killed 50/50 exact «50 girls» girls',
        'killed 95/95 exact «95 women» women',
      ],
    ],
    // Each member of a list of members is its own claim.
    [
      'The blast wounded 25 people. Three of them were Britons and two were Germans.',
      [
        'injured 25/25 exact «wounded 25 people» -',
        'injured 3/3 exact «Three of them were Britons» Britons',
        'injured 2/2 exact «two were Germans» Germans',
      ],
    ],
    [
      'Fighting killed 80 soldiers and 30 civilians. Of the civilians, 12 were children.',
      [
        'killed 80/80 exact «killed 80 soldiers» soldiers',
        'killed 30/30 exact «30 civilians» civilians',
        'killed 12/12 exact «12 were children» children',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<Row>([
    // No claim in the sentence before: nothing to continue.
    ['Police detained 30 protesters on Friday. Twelve of them were students.', []],
    ['The army deployed 3,000 troops to the border. Some 400 of them are reservists.', []],
    // What the count says of them is not who they were.
    ['Gunmen killed nine people in the village. Two of them were arrested later.', ['killed 9/9 exact']],
    ['The blast injured 40 people. Twelve of them were rescued from the rubble.', ['injured 40/40 exact']],
    ['The blast injured 40 people. Ten of them are in critical condition.', ['injured 40/40 exact']],
    ['The quake killed 120 people. Two of them were 14.', ['killed 120/120 exact']],
    ['The quake killed 120 people. Five of them were not locals.', ['killed 120/120 exact']],
    // Things, not people, counted after a claim.
    [
      'The storm killed five people and destroyed 300 homes. 200 of them were in the old town.',
      ['killed 5/5 exact'],
    ],
    ['Rockets killed six people on Sunday. 40 of them were fired from the south.', ['killed 6/6 exact']],
    ['Rockets killed six people on Sunday. Four were intercepted.', ['killed 6/6 exact']],
    ['Police detained 40 people. They included 12 students.', []],
    ['The convoy attack killed 5 drivers. Two were tankers, the army said.', ['killed 5/5 exact']],
    // Ages, money, years and percentages stay dark.
    ['Shelling killed 11 people. Four were aged under 10.', ['killed 11/11 exact']],
    ['The clashes killed 25 people. 2024 was the worst year.', ['killed 25/25 exact']],
    ['The fire killed 8 workers. 60 percent of them were women.', ['killed 8/8 exact']],
    ['The fire killed 8 workers. Damage came to $4 million.', ['killed 8/8 exact']],
    // Mixed categories before: "them" could be either; stay dark.
    [
      'The attack killed 12 people and wounded 30. Four of them were children.',
      ['killed 12/12 exact', 'injured 30/30 exact'],
    ],
    // A part is no larger than the whole.
    ['Five people were killed. Ten were Americans, the embassy said.', ['killed 5/5 exact']],
    // A set that is not the victims.
    ['Police said 200 people were arrested. Of the students, 50 were women.', []],
    ['The strike killed 3 fighters, the army said. Of those arrested, 12 were women.', ['killed 3/3 exact']],
    ['The attack killed 14 people. Ten of them were in the market.', ['killed 14/14 exact']],
    ['Twelve people were killed in the raid. Two suspects were arrested.', ['killed 12/12 exact']],
    // A count later in the sentence is no tally of the sentence before.
    ['The raid killed 7 fighters. Officials said that 5 of them were commanders.', ['killed 7/7 exact']],
  ])('stays dark: %s', (text, expected) => {
    expect(found(text).map((f) => f.split(' «')[0])).toEqual(expected);
  });
});

describe('other phrasings', () => {
  it.each<Row>([
    // A list of people nouns before the harm word.
    [
      'The memorial names the 1,117 men, women and children killed in the siege.',
      ['killed 1117/1117 exact «1,117 men, women and children killed» men, women and children'],
    ],
    [
      'Investigators said 31 miners, engineers, and drivers died underground.',
      ['killed 31/31 exact «31 miners, engineers, and drivers died» miners, engineers, and drivers'],
    ],
    // A person named with an article after "and" belongs to the subject.
    [
      'Two policemen and a civilian were killed in the ambush.',
      ['killed 2/2 exact «Two policemen and a civilian were killed» policemen and a civilian'],
    ],
    // After a harm verb the count is its object: "and" opens a new clause.
    ['The strike killed 4 people and a dog was hurt.', ['killed 4/4 exact «killed 4 people» -']],
    [
      'The attack killed 4 people and soldiers were wounded.',
      ['killed 4/4 exact «killed 4 people and soldiers» people and soldiers'],
    ],
    // "N of them in the capital": a part of the set, placed.
    [
      'Authorities confirmed 76 fatalities, 54 of them in the capital.',
      ['killed 76/76 exact «76 fatalities» -', 'killed 54/54 exact «54 of them in the capital» -'],
    ],
    // "the loss of N lives / passengers".
    [
      'The crash resulted in the loss of all 132 passengers on board, including dozens of students.',
      [
        'killed 132/132 exact «loss of all 132 passengers» passengers',
        'killed null/null vague «dozens of students» students',
      ],
    ],
    ['The wildfire caused the loss of 19 lives.', ['killed 19/19 exact «loss of 19 lives» -']],
    ['The sinking caused the loss of 300 sailors.', ['killed 300/300 exact «loss of 300 sailors» sailors']],
    // "with N in critical condition" after an injury count.
    [
      'The explosion injured 45 workers, with eight in critical condition.',
      [
        'injured 45/45 exact «injured 45 workers» workers',
        'injured 8/8 exact «eight in critical condition» -',
      ],
    ],
    // "more then" is a common slip for "more than".
    [
      'More then 200 people were injured in the stampede.',
      ['injured 200/null at_least «More then 200 people were injured» -'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<Row>([
    ['The merger led to the loss of 300 jobs.', []],
    ['The airline reported the loss of 2 million passengers last year.', []],
    ['The party suffered the loss of 40 members in the split.', []],
    ['The firm reported the loss of 12 aircraft.', []],
    ['Police arrested 12 men, women and teenagers at the march.', []],
    ['Two rockets, mortars and drones hit the base, the army said.', []],
    ['The plant employs 400 workers, with 30 in critical roles.', []],
    ['It costs more then 200 dollars.', []],
  ])('stays dark: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
