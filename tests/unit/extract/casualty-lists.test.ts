import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

/**
 * Counts inside lists and splits: "one" as a list member, a date before "to N", figures split by
 * place after a total. Every sentence is written for the test, with near misses that stay dark.
 */
function found(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is CasualtyClaim => c.kind === 'casualty')
    .map((c) => `${c.category} ${c.min}/${c.max} ${c.approx} «${c.quote}»`);
}

type Row = [text: string, expected: string[]];

describe('"one" as a member of a list of counts', () => {
  it.each<Row>([
    [
      'Two villagers killed, one injured in shelling of the district',
      ['killed 2/2 exact «Two villagers killed»', 'injured 1/1 exact «one injured»'],
    ],
    [
      'Because of the shelling, three people were killed, another one was injured, he said.',
      ['killed 3/3 exact «three people were killed»', 'injured 1/1 exact «one was injured»'],
    ],
    [
      'On May 3 one man was killed and six others were injured in the city.',
      ['killed 1/1 exact «one man was killed»', 'injured 6/6 exact «six others were injured»'],
    ],
    [
      'The drone hit a bus, killing one and wounding four.',
      ['killed 1/1 exact «killing one»', 'injured 4/4 exact «wounding four»'],
    ],
    [
      'One dead, 9 injured in factory blast',
      ['killed 1/1 exact «One dead»', 'injured 9/9 exact «9 injured»'],
    ],
    [
      'One woman died and a dozen others were hurt in the crash.',
      ['killed 1/1 exact «One woman died»', 'injured 12/12 exact «a dozen others were hurt»'],
    ],
    // A "with" after a toll adds a member in its own state, not one more death.
    [
      'The toll rose to 51 with one person still missing, the agency said.',
      ['killed 51/51 exact «The toll rose to 51»', 'missing 1/1 exact «one person still missing»'],
    ],
    // A reporting aside between the members.
    [
      'One person died, police said, and three more were taken to hospital.',
      ['killed 1/1 exact «One person died»', 'injured 3/3 exact «three more were taken to hospital»'],
    ],
    // A lone individual stays dark, and so does "one" beside an article or an age.
    ['One soldier was killed in the attack.', []],
    ['A soldier was killed and another wounded.', []],
    ['A 2-year-old girl and one man were killed.', []],
    ['One of the guards was hurt and one died.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a date before "to N"', () => {
  it.each<Row>([
    [
      'The ministry said the strike brought the number of aid workers killed since Oct. 7 to 310.',
      ['killed 310/310 exact «the number of aid workers killed since Oct. 7 to 310»'],
    ],
    [
      'The number of journalists killed has risen from 320 since Oct. 7 to 500.',
      ['killed 500/500 exact «The number of journalists killed has risen from 320 since Oct. 7 to 500»'],
    ],
    // A span of days, an age range and a span of years stay what they are.
    ['The raids from June 3 to 9 killed 18 people.', ['killed 18/18 exact «killed 18 people»']],
    ['From June 3 to 9 people died.', []],
    ['Aged 5 to 12 children were hurt.', []],
    [
      'Clashes from 2019 to 2021 displaced 12,000 people.',
      ['displaced 12000/12000 exact «displaced 12,000 people»'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a total split by place', () => {
  it.each<Row>([
    ['Of the deaths, 2,310 were reported in Herat, the minister said.', ['killed 2310/2310 exact «2,310»']],
    [
      'Among the confirmed deaths, 310 were in the hard-hit Baglan District and 41 in Kunar Province.',
      ['killed 310/310 exact «310»', 'killed 41/41 exact «41 in Kunar Province»'],
    ],
    [
      'Most of the dead, about 40, were reported from the southern Rift region.',
      ['killed 40/40 about «about 40»'],
    ],
    [
      'The quake killed 300 people. Of the deaths, 200 were recorded in Sindh and 100 in Punjab.',
      [
        'killed 300/300 exact «killed 300 people»',
        'killed 200/200 exact «200»',
        'killed 100/100 exact «100 in Punjab»',
      ],
    ],
    // A set that is not of harmed people splits nothing.
    ['Of the houses, 200 were in Herat and 90 in Kabul.', []],
    ['Among the new arrivals, 300 were in Herat.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a count whose verb is left out before a place or a time', () => {
  it.each<Row>([
    [
      'Some 40 civilians have been killed in air raids in Somalia and between 9 and 14 in Libya in the past year.',
      [
        'killed 40/40 about «Some 40 civilians have been killed»',
        'killed 9/14 exact «between 9 and 14 in Libya»',
      ],
    ],
    [
      'There were 310 deaths in June, 120 fatalities in July, and 95 in August.',
      [
        'killed 310/310 exact «310 deaths»',
        'killed 120/120 exact «120 fatalities»',
        'killed 95/95 exact «95 in August»',
      ],
    ],
    [
      'Floods killed 20 people in Sindh and 8 in the Swat district.',
      ['killed 20/20 exact «killed 20 people»', 'killed 8/8 exact «8 in the Swat district»'],
    ],
    [
      'About 8,000 have fled to Kama Valley and 3,200 to Goshta districts.',
      [
        'displaced 8000/8000 about «About 8,000 have fled»',
        'displaced 3200/3200 exact «3,200 to Goshta districts»',
      ],
    ],
    // A place followed by a verb starts a new clause; "to" a place is only where people fled.
    [
      'The storm killed 5 people in Texas and 300,000 in Florida lost power.',
      ['killed 5/5 exact «killed 5 people»'],
    ],
    [
      'The blast killed 6 people in Homs and 40 to Hama were evacuated later.',
      ['killed 6/6 exact «killed 6 people»'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('members of a list named before the harm word', () => {
  it.each<Row>([
    // A bare "including" before a list that runs on to the harm word.
    [
      'In Sindh, 24 people including five children were injured.',
      ['injured 24/24 exact «24 people»', 'injured 5/5 exact «five children were injured»'],
    ],
    [
      'In Sindh, 40 people including 12 men, 9 women, and three children were injured.',
      [
        'injured 40/40 exact «40 people»',
        'injured 12/12 exact «12 men»',
        'injured 9/9 exact «9 women»',
        'injured 3/3 exact «three children were injured»',
      ],
    ],
    // A tally member is no subject of the next clause.
    [
      'In all 4,100 civilians were killed, including 300 children, and 6,200 were injured, including 500 children.',
      [
        'killed 4100/4100 exact «4,100 civilians were killed»',
        'killed 300/300 exact «300 children»',
        'injured 6200/6200 exact «6,200 were injured»',
        'injured 500/500 exact «500 children»',
      ],
    ],
    // An aside may hold "A and B" before it closes.
    [
      'Scores of people, mostly police and border guards, were killed in the bombing.',
      ['killed null/null vague «Scores of people»'],
    ],
    // A lone article member before the counted one.
    [
      'The storm killed 30 people, including a Dutch nurse and two Swiss climbers.',
      ['killed 30/30 exact «killed 30 people»', 'killed 2/2 exact «two Swiss climbers»'],
    ],
    [
      'The storm killed 30 people, including a Dutch nurse and two dogs.',
      ['killed 30/30 exact «killed 30 people»'],
    ],
    // "N of whom" with a harm word of its own.
    [
      'Nine soldiers died in a firefight with gunmen, apparently rebels, four of whom also died.',
      ['killed 9/9 exact «Nine soldiers died»', 'killed 4/4 exact «four of whom also died»'],
    ],
    [
      'The blast wounded 30 people, 12 of whom later died in hospital.',
      ['injured 30/30 exact «wounded 30 people»', 'killed 12/12 exact «12 of whom later died»'],
    ],
    ['Police detained 30 men, 12 of whom were later released.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('tolls, rates and states after the count', () => {
  it.each<Row>([
    // The toll named after its figure.
    [
      'Crews pulled 9 more bodies from the mine on Friday, bringing to 31 the death toll since the collapse.',
      ['killed 9/9 exact «9 more bodies»', 'killed 31/31 exact «bringing to 31 the death toll»'],
    ],
    [
      'The new finds raised to 60 the number of dead.',
      ['killed 60/60 exact «raised to 60 the number of dead»'],
    ],
    ['The rains brought to 40 the number of houses destroyed.', []],
    // A rate is no count.
    ['Last year an average of 120 civilians were killed and 400 injured per month.', []],
    ['Thousands of civilians were killed and injured per month in the first year.', []],
    ['The raid killed 12 people a day earlier.', ['killed 12/12 exact «killed 12 people»']],
    // Presumed dead, then found alive in the same clause.
    [
      'Three hikers who were feared dead after an avalanche in the pass have been found alive, rescuers said.',
      [],
    ],
    [
      'Three hikers are feared dead after an avalanche, rescuers said.',
      ['killed 3/3 exact «Three hikers are feared dead»'],
    ],
    // "burned alive" is a death; victims with a harm word of their own take it.
    [
      'Since the riots began, dozens of cars have been torched and numerous victims have been burned alive.',
      ['killed null/null vague «numerous victims have been burned alive»'],
    ],
    [
      'Nine villagers were burnt alive in their homes.',
      ['killed 9/9 exact «Nine villagers were burnt alive»'],
    ],
    // A place between the forced people and "to flee"; members of a tally from a place.
    [
      'The gang war forced thousands in the capital to flee their homes.',
      ['displaced null/null vague «forced thousands in the capital to flee»'],
    ],
    [
      'In the east, more than 30,000 people were internally displaced, 12,000 of them from the city of Goma.',
      [
        'displaced 30000/null at_least «more than 30,000 people were internally displaced»',
        'displaced 12000/12000 exact «12,000 of them from the city of Goma»',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('revisions and identified dead', () => {
  it.each<Row>([
    [
      'The number of people thought to be missing after the storms in Ohio has been revised down from 140 to four.',
      [
        'missing 140/140 exact «The number of people thought to be missing after the storms in Ohio has been revised down from 140»',
        'missing 4/4 exact «to four»',
      ],
    ],
    [
      'The number of residents previously listed as missing has dropped from over 140 to four.',
      [
        'missing 140/null at_least «The number of residents previously listed as missing has dropped from over 140»',
        'missing 4/4 exact «to four»',
      ],
    ],
    ['The number of cases has risen from 20 to 25.', []],
    [
      'At least 190 people died in the three regions, but only 120 have been identified so far.',
      [
        'killed 190/null at_least «At least 190 people died»',
        'killed 120/120 exact «120 have been identified»',
      ],
    ],
    [
      'Out of 300 known dead, 210 have been identified, among them 100 men, 90 women, officials said.',
      [
        'killed 300/300 exact «300 known dead»',
        'killed 210/210 exact «210 have been identified»',
        'killed 100/100 exact «100 men»',
        'killed 90/90 exact «90 women»',
      ],
    ],
    // Suspects identified, or identified with no dead in the sentence, are no count of the dead.
    [
      'After the attack that killed 30 people, police said 12 suspects have been identified.',
      ['killed 30/30 exact «killed 30 people»'],
    ],
    ['Inspectors said 12 have been identified as faulty after the blast.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('noun phrases with two prepositional tails', () => {
  it.each<Row>([
    [
      'Monitors said 600 civilians, 100 police members, and 120 fighters with militias affiliated with Haftar were killed.',
      [
        'killed 600/600 exact «600 civilians»',
        'killed 100/100 exact «100 police members»',
        'killed 120/120 exact «120 fighters with militias affiliated with Haftar were killed»',
      ],
    ],
    [
      'Three people with signs of smoke inhalation were taken to a hospital in the city.',
      ['injured 3/3 exact «Three people with signs of smoke inhalation were taken to a hospital»'],
    ],
    // The head before "with" decides whether the count is of people.
    ['Forty trucks with aid for the camps were hit.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('people in shelters, relocated people and troops', () => {
  it.each<Row>([
    [
      'About 12,400 people had been relocated as of Monday, state media said.',
      ['displaced 12400/12400 about «About 12,400 people had been relocated»'],
    ],
    [
      'On Monday, dozens of residents from flooded-out Marlow remained at a shelter outside the town.',
      ['displaced null/null vague «dozens of residents from flooded-out Marlow remained at a shelter»'],
    ],
    // Taking cover from bombs is no displacement (docs/CLAIMS.md).
    ['Some 400 families remained in bomb shelters overnight.', []],
    ['The firm relocated 200 workers to its new plant.', []],
    // Troops harmed are people; troops moved are a strength.
    ['The attack killed 4 troops.', ['killed 4/4 exact «killed 4 troops»']],
    [
      '12 troops and 3 civilians were killed.',
      ['killed 12/12 exact «12 troops»', 'killed 3/3 exact «3 civilians were killed»'],
    ],
    [
      'In Niger, thousands of civilians, troops and police have been killed.',
      ['killed null/null vague «thousands of civilians, troops and police have been killed»'],
    ],
    ['Some 3,000 troops were evacuated from the base.', []],
    ['Thousands of troops and tanks were sent.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('partitive members with an article', () => {
  it.each<Row>([
    [
      'Officials said 2 people died on Monday, one of them a child.',
      ['killed 2/2 exact «2 people died»', 'killed 1/1 exact «one of them a child»'],
    ],
    [
      'Some 70 people were wounded, 10 of them critically.',
      ['injured 70/70 about «Some 70 people were wounded»', 'injured 10/10 exact «10 of them critically»'],
    ],
    ['Police detained 30 people, one of them a minor.', []],
    // An age after the people ends their noun phrase.
    ['The strike killed 9 people aged between 18 and 25.', ['killed 9/9 exact «killed 9 people»']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
