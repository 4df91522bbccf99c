import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

function casualties(text: string): CasualtyClaim[] {
  return extractClaims(text).filter((c): c is CasualtyClaim => c.kind === 'casualty');
}

type Row = [
  text: string,
  quote: string,
  category: CasualtyClaim['category'],
  min: number | null,
  max: number | null,
  approx: CasualtyClaim['approx'],
];

describe('casualty frames', () => {
  it.each<Row>([
    // count then harm word
    ['Police said 18 people were killed in the blast.', '18 people were killed', 'killed', 18, 18, 'exact'],
    [
      'At least 58 people have died, officials said.',
      'At least 58 people have died',
      'killed',
      58,
      null,
      'at_least',
    ],
    ['The quake left 22 dead.', '22 dead', 'killed', 22, 22, 'exact'],
    ['Rescuers said 99 people are still missing.', '99 people are still missing', 'missing', 99, 99, 'exact'],
    [
      'Some 30,000 residents have been displaced.',
      'Some 30,000 residents have been displaced',
      'displaced',
      30000,
      30000,
      'about',
    ],
    [
      'Fourteen were taken to hospital after the crash.',
      'Fourteen were taken to hospital',
      'injured',
      14,
      14,
      'exact',
    ],
    [
      'Officials said 4,000 people were unaccounted for.',
      '4,000 people were unaccounted for',
      'missing',
      4000,
      4000,
      'exact',
    ],
    [
      'Nearly 800,000 people were evacuated to emergency shelters.',
      'Nearly 800,000 people were evacuated',
      'displaced',
      800000,
      800000,
      'about',
    ],
    [
      'Up to 10 million may be displaced by the drought.',
      'Up to 10 million may be displaced',
      'displaced',
      null,
      10_000_000,
      'at_most',
    ],
    [
      'As many as 1,926 people sustained injuries.',
      'As many as 1,926 people sustained injuries',
      'injured',
      null,
      1926,
      'at_most',
    ],
    [
      'Police said 13 people were shot outside the club.',
      '13 people were shot',
      'casualties',
      13,
      13,
      'exact',
    ],
    // harm verb then count
    ['The gunmen killed 26 civilians at the resort.', 'killed 26 civilians', 'killed', 26, 26, 'exact'],
    [
      'The bombing killed at least 147 people.',
      'killed at least 147 people',
      'killed',
      147,
      null,
      'at_least',
    ],
    ['The typhoon left 12 people dead.', '12 people dead', 'killed', 12, 12, 'exact'],
    ['The storm claimed 22 lives.', 'claimed 22 lives', 'killed', 22, 22, 'exact'],
    [
      'The fighting forced more than 170,000 people to flee.',
      'forced more than 170,000 people to flee',
      'displaced',
      170000,
      null,
      'at_least',
    ],
    ['The shelling, which wounded dozens, lasted hours.', 'wounded dozens', 'injured', null, null, 'vague'],
    // nouns
    ['Health officials reported 25 deaths on Monday.', '25 deaths', 'killed', 25, 25, 'exact'],
    ['There were at least 62 fatalities.', 'at least 62 fatalities', 'killed', 62, null, 'at_least'],
    [
      'The fighting caused more than 500 casualties.',
      'more than 500 casualties',
      'casualties',
      500,
      null,
      'at_least',
    ],
    ['Divers recovered 13 bodies from the lake.', '13 bodies', 'killed', 13, 13, 'exact'],
    // tolls
    ['The death toll has risen to 416.', 'The death toll has risen to 416', 'killed', 416, 416, 'exact'],
    ['The toll stands at 1,953.', 'The toll stands at 1,953', 'killed', 1953, 1953, 'exact'],
    ['Another blast raised the death toll to 140.', 'the death toll to 140', 'killed', 140, 140, 'exact'],
    [
      'The number of injured has risen to 799.',
      'The number of injured has risen to 799',
      'injured',
      799,
      799,
      'exact',
    ],
    ['Death toll exceeds 2,000', 'Death toll exceeds 2,000', 'killed', 2000, null, 'at_least'],
    ['Death toll up to 143', 'Death toll up to 143', 'killed', 143, 143, 'exact'],
    // number forms
    [
      'Eighty-eight people have been confirmed dead.',
      'Eighty-eight people have been confirmed dead',
      'killed',
      88,
      88,
      'exact',
    ],
    [
      'One hundred and twelve people died in the heatwave.',
      'One hundred and twelve people died',
      'killed',
      112,
      112,
      'exact',
    ],
    [
      'Almost two dozen people were killed.',
      'Almost two dozen people were killed',
      'killed',
      24,
      24,
      'about',
    ],
    ['A dozen people were injured.', 'A dozen people were injured', 'injured', 12, 12, 'exact'],
    [
      'The war has forced 1.5 million people to flee.',
      'forced 1.5 million people to flee',
      'displaced',
      1_500_000,
      1_500_000,
      'exact',
    ],
    [
      'Between 10 and 20 people were wounded.',
      'Between 10 and 20 people were wounded',
      'injured',
      10,
      20,
      'exact',
    ],
    [
      'Thousands of people have been killed.',
      'Thousands of people have been killed',
      'killed',
      null,
      null,
      'vague',
    ],
  ])('%s', (text, quote, category, min, max, approx) => {
    const found = casualties(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ quote, category, min, max, approx });
  });
});

describe('split clauses, tallies and qualifier scope', () => {
  it('reads "killing 10 people, four of them students" as two claims', () => {
    const found = casualties(
      'The attack on the campus killed 10 people, four of them students, police said.',
    );
    expect(found.map((c) => [c.min, c.who])).toEqual([
      [10, null],
      [4, 'students'],
    ]);
    expect(found.every((c) => c.category === 'killed')).toBe(true);
  });

  it('gives an "including" tally its own exact counts', () => {
    const found = casualties('The strike killed at least 125 people, including 25 children and 20 women.');
    expect(found.map((c) => [c.min, c.max, c.approx, c.who])).toEqual([
      [125, null, 'at_least', null],
      [25, 25, 'exact', 'children'],
      [20, 20, 'exact', 'women'],
    ]);
  });

  it('carries a qualifier across a coordinated noun phrase', () => {
    const found = casualties('At least 16 children and 11 women were killed in the raid.');
    expect(found.map((c) => [c.min, c.max, c.approx])).toEqual([
      [16, null, 'at_least'],
      [11, null, 'at_least'],
    ]);
  });

  it('does not carry a qualifier across clauses', () => {
    const found = casualties('At least 23 killed and 28 wounded in the blast.');
    expect(found.map((c) => [c.category, c.min, c.max, c.approx])).toEqual([
      ['killed', 23, null, 'at_least'],
      ['injured', 28, 28, 'exact'],
    ]);
  });

  it('counts "one" inside a tally but not a lone individual', () => {
    expect(casualties('Eleven people were killed, including one child.').map((c) => c.min)).toEqual([11, 1]);
    expect(casualties('A 2-year-old girl was killed in the strike.')).toEqual([]);
  });

  it('names the victims next to the count', () => {
    expect(casualties('The blast killed seven soldiers.')[0].who).toBe('soldiers');
    expect(casualties('The blast killed seven people.')[0].who).toBeNull();
  });

  it('keeps to who they were, not what happened to them', () => {
    expect(casualties('The bodies of 11 migrants washed ashore on Sunday.')[0].who).toBe('migrants');
    expect(casualties('More than four million people forced to flee their homes.')[0].who).toBeNull();
    expect(casualties('Thousands made homeless by the floods.')[0].who).toBeNull();
  });

  it('names residents as the victims, but not people', () => {
    expect(casualties('Some 30,000 residents have been displaced.')[0].who).toBe('residents');
    expect(casualties('Some 30,000 people have been displaced.')[0].who).toBeNull();
  });

  it('reads who a toll counts from "the number of" and "the death toll among"', () => {
    expect(casualties('The number of civilians killed this week had climbed to 211.')[0].who).toBe(
      'civilians',
    );
    expect(casualties('The cumulative death toll among Palestinians was at least 2,189.')[0].who).toBe(
      'Palestinians',
    );
    // A number of things is no one.
    expect(casualties('The death toll among the buildings hit rose to 40.').map((c) => c.who)).toEqual([
      null,
    ]);
  });
});

describe('sources', () => {
  it.each([
    ['At least 12 people were killed, the health ministry said.', 'the health ministry'],
    ['According to the civil defence agency, 40 people died.', 'the civil defence agency'],
    [
      'The Syrian Observatory for Human Rights said 30 fighters were killed.',
      'The Syrian Observatory for Human Rights',
    ],
    // A reporter named by its role, with a possessive or two words before it.
    ['The flood killed 9 people, the district commissioner said.', 'the district commissioner'],
    ["Twenty people were hurt, the governor's office said.", "the governor's office"],
    ['The court said 62 bodies were still unidentified.', 'The court'],
    ['At least 14 sailors are missing, the coast guard said.', 'the coast guard'],
    // Wire copy's "said Tuesday": the day is when, never who.
    ['Twelve people were killed, the ministry said Monday.', 'the ministry'],
    [
      'At least 40 passengers are missing after the boat capsized, a local official said Tuesday.',
      'a local official',
    ],
    // A name, then who they are.
    ['At least 12 people were killed, said Jane Hale, a spokeswoman for the agency.', 'Jane Hale'],
    // A generic reporter may say where it is.
    [
      'The toll has passed 2,000, officials in the region and neighbouring countries said Sunday.',
      'officials in the region and neighbouring countries',
    ],
    // A name with its role after it.
    ['Sudan’s war has killed up to 150,000 people, the US envoy says.', 'the US envoy'],
    ['The Israeli military said 12 militants were killed.', 'The Israeli military'],
    // An owner before a generic reporter is part of it.
    ["Gaza's health ministry says more than 43,000 Palestinians have been killed.", "Gaza's health ministry"],
    // So is a place named before it.
    [
      'The Gaza health ministry said on Tuesday that at least 43,391 Palestinians have been killed.',
      'The Gaza health ministry',
    ],
    ['The UN refugee agency said more than 4 million people have fled.', 'The UN refugee agency'],
    // An administration or a government is a reporter's role too.
    [
      'More than 40 people were killed when shells hit a camp, the RSF-controlled administration said.',
      'the RSF-controlled administration',
    ],
    // A role, then the name between commas: the name said it.
    [
      'The deputy inspector general of the city police, Arun Mehta, said on Saturday that 6,624 people died.',
      'Arun Mehta',
    ],
    // A spokesman named after the role; whom they told is no reporter.
    [
      'At least 118 were killed, national disaster agency spokesman Maj. Rey Balan told The Associated Press.',
      'national disaster agency spokesman Maj. Rey Balan',
    ],
    // An initial's full stop is part of a name after "according to".
    [
      "A further 72 people were killed in India, according to India's home secretary L.C. Govan.",
      "India's home secretary L.C. Govan",
    ],
    // Who released the figures reported them.
    [
      'Around 8,300 people were injured, according to figures released by Nepali police on Tuesday.',
      'Nepali police',
    ],
    [
      'A police chief is a reporter too: 125 died, the regional police chief said.',
      'the regional police chief',
    ],
    // An acronym in brackets after the reporter is part of its name.
    [
      'According to the National Disaster Risk Reduction and Management Council (NDRRMC), 34 bodies have been recovered.',
      'the National Disaster Risk Reduction and Management Council (NDRRMC)',
    ],
    [
      'At least 11,100 Palestinians were injured, the Palestinian Ministry of Health (MoH) said.',
      'the Palestinian Ministry of Health (MoH)',
    ],
    // Who raised or revised a toll reported it.
    ['Health officials raised the death toll from the outbreak to 215.', 'Health officials'],
    // A department after a police force is part of it.
    [
      'At least 58 people have died, the Las Vegas police department said.',
      'the Las Vegas police department',
    ],
    // A day opening the sentence comes before the reporter.
    ['On Tuesday police said 43 people were killed.', 'police'],
    // The sentence's full stop is no part of the name.
    ['Some 1,140 people are missing, said the Associated Press.', 'the Associated Press'],
    // An owner cut from what it owns is none: the reporter after it is.
    [
      "Somalia's president announced a day of mourning, The New York Times reports. At least 276 people were killed.",
      'The New York Times',
    ],
    // A sentence-opening preposition is no reporter: the subject after the comma is.
    ['In figures released on Thursday, the ministry said 30 civilians had been killed.', 'the ministry'],
    // What an official wrote or posted (on Telegram, on X) they reported.
    ['Three people died after the drone attack on Odesa, Oleh Kiper wrote on Telegram.', 'Oleh Kiper'],
    ['At least 14 people were injured, the regional governor posted on X.', 'the regional governor'],
    // A junta reports like a government.
    ["The death toll climbed past 3,700 on Monday, Myanmar's junta said.", "Myanmar's junta"],
  ])('%s → %s', (text, source) => {
    expect(casualties(text)[0].source).toBe(source);
  });

  it.each([
    // A capitalised article or an adjective is no reporter ("The confirmed toll …").
    ['The confirmed death toll rose to 58 on Friday.'],
    ['The stated aim was to evacuate 300 wounded people.'],
    // An adverb opening the sentence neither.
    ['Earlier estimates had put the toll at five.'],
  ])('%s has no source', (text) => {
    expect(casualties(text)[0].source).toBeNull();
  });

  it('takes the source from the previous sentence', () => {
    const found = casualties('The Red Cross issued new figures on Monday. In the north, 48 people died.');
    expect(found[0].source).toBe('The Red Cross');
  });
});

describe('hard negatives stay dark', () => {
  it.each([
    'Thousands of Shiite forces were sent to Syria last year.',
    'Many fatalities resulted from Russian airstrikes.',
    'The army carried out 40 air strikes and fired 300 rockets.',
    'A 12-year-old boy was among the survivors.',
    'The attack happened on 7 October 2023 at 6:30 am.',
    'The budget includes $300 million for the reconstruction of 1,200 homes.',
    'The party won 240 seats and 37 per cent of the vote.',
    'Officials said 1,500 troops had been deployed to the border.',
    'The death toll could reach 20,000, the expert warned.',
    'The toll was revised down by about 100.',
    'About 250 people were taken hostage.',
    'Some residents were injured, a witness said.',
    'Even more people were injured this year.',
    'More than 1,100 people initially reported missing have been located and confirmed safe.',
    'Some 68,000 people crossed into Chad in May.',
    'The home side won 3-1 after 90 minutes.',
    'Call 0800 555 0199 for information.',
  ])('%s', (text) => {
    expect(casualties(text)).toEqual([]);
  });
});
