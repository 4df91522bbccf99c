import { describe, expect, it } from 'vitest';
import { casualtyClaimsOf } from './casualty-summary';
import { wordTrie } from '../../../src/extract/lexicon';

/**
 * Counts inside lists and splits: "one" as a list member, a date before "to N", figures split by
 * place after a total. Every sentence is written for the test, with near misses that stay dark.
 */

casualtyClaimsOf('"one" as a member of a list of counts', [
  [
    'Two farmers killed, one hurt as drones strike near the border',
    ['killed 2/2 exact «Two farmers killed»', 'injured 1/1 exact «one hurt»'],
  ],
  [
    'In the raid four guards died, another one was wounded, the governor said.',
    ['killed 4/4 exact «four guards died»', 'injured 1/1 exact «one was wounded»'],
  ],
  [
    'On Sunday one driver was killed and six others were wounded near the depot.',
    ['killed 1/1 exact «one driver was killed»', 'injured 6/6 exact «six others were wounded»'],
  ],
  [
    'The drone hit a bus, killing one and wounding four.',
    ['killed 1/1 exact «killing one»', 'injured 4/4 exact «wounding four»'],
  ],
  ['One dead, 9 hurt as gas tank explodes', ['killed 1/1 exact «One dead»', 'injured 9/9 exact «9 hurt»']],
  [
    'One miner died and two dozen others were hurt when the shaft flooded.',
    ['killed 1/1 exact «One miner died»', 'injured 24/24 exact «two dozen others were hurt»'],
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
  // A chain of "one"s, and "one" in a tally opened by "included".
  [
    'Three were killed, one was injured and one is missing.',
    [
      'killed 3/3 exact «Three were killed»',
      'injured 1/1 exact «one was injured»',
      'missing 1/1 exact «one is missing»',
    ],
  ],
  ['The 3 killed included one woman.', ['killed 3/3 exact «3 killed»', 'killed 1/1 exact «one woman»']],
  [
    'The 40 dead include 12 children and 9 women.',
    ['killed 40/40 exact «40 dead»', 'killed 12/12 exact «12 children»', 'killed 9/9 exact «9 women»'],
  ],
  // A lone individual stays dark, and so does "one" beside an article or an age.
  ['One soldier was killed in the attack.', []],
  ['A soldier was killed and another wounded.', []],
  ['A 2-year-old girl and one man were killed.', []],
  ['One of the guards was hurt and one died.', []],
]);

casualtyClaimsOf('a date before "to N"', [
  [
    'The union said the blast brought the number of miners killed since March 2 to 64.',
    ['killed 64/64 exact «the number of miners killed since March 2 to 64»'],
  ],
  [
    'The number of reporters killed has risen from 41 since June 9 to 77.',
    ['killed 77/77 exact «The number of reporters killed has risen from 41 since June 9 to 77»'],
  ],
  // A span of days, an age range and a span of years stay what they are.
  ['The raids from June 3 to 9 killed 18 people.', ['killed 18/18 exact «killed 18 people»']],
  ['From June 3 to 9 people died.', []],
  ['Aged 5 to 12 children were hurt.', []],
  [
    'Clashes from 2019 to 2021 displaced 12,000 people.',
    ['displaced 12000/12000 exact «displaced 12,000 people»'],
  ],
]);

casualtyClaimsOf('a total split by place', [
  ['Of those deaths, 940 were registered in Hatay, a governor said.', ['killed 940/940 exact «940»']],
  [
    'Among the recorded deaths, 88 were in the coastal Beira area and 19 in Dondo.',
    ['killed 88/88 exact «88»', 'killed 19/19 exact «19 in Dondo»'],
  ],
  [
    'Most of the deaths, nearly 25, were recorded in the hilly Kigezi area.',
    ['killed 25/25 about «nearly 25»'],
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
]);

casualtyClaimsOf('a count whose verb is left out before a place or a time', [
  [
    'Police said 26 protesters died in Lagos and between 5 and 8 in Abuja during the unrest.',
    ['killed 26/26 exact «26 protesters died»', 'killed 5/8 exact «between 5 and 8 in Abuja»'],
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
    'About 5,000 people fled to Goma and 2,000 to Bukavu last week.',
    ['displaced 5000/5000 about «About 5,000 people fled»', 'displaced 2000/2000 exact «2,000 to Bukavu»'],
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
  // The place may be followed by the cause or a dash, and the left-out clause may name the
  // event instead of a place: "14 in twin bomb blasts".
  [
    'Officials said 1,391 people died in Turkey and 292 in Syria from the earthquakes.',
    ['killed 1391/1391 exact «1,391 people died»', 'killed 292/292 exact «292 in Syria»'],
  ],
  [
    'Radio reports gave a total of 34 dead, 14 in twin bomb blasts at the airport and 20 more in a bomb attack later.',
    [
      'killed 34/34 exact «34 dead»',
      'killed 14/14 exact «14 in twin bomb blasts»',
      'killed 20/20 exact «20 more»',
    ],
  ],
  [
    'The monitor counted 49 deaths in Tartous, 25 in Latakia—mostly men—and 84 in Hama.',
    [
      'killed 49/49 exact «49 deaths»',
      'killed 25/25 exact «25 in Latakia»',
      'killed 84/84 exact «84 in Hama»',
    ],
  ],
  // "another" repeats the clause before, its people named again, past a tally of the first.
  [
    'The air raids killed 19 people outside Idlib and another 23 people in Binnish.',
    ['killed 19/19 exact «killed 19 people»', 'killed 23/23 exact «23 people in Binnish»'],
  ],
  [
    'The raids killed 19 people, including six children, outside Idlib, and another 23 people in Binnish.',
    [
      'killed 19/19 exact «killed 19 people»',
      'killed 6/6 exact «six children»',
      'killed 23/23 exact «23 people in Binnish»',
    ],
  ],
  [
    'The raids killed 19 people outside Idlib and another 23 people were arrested.',
    ['killed 19/19 exact «killed 19 people»'],
  ],
  // An event phrase that is a new clause's subject, or a thing, is no member.
  [
    'The strike killed 9 people in Idlib and 3 in a convoy were arrested.',
    ['killed 9/9 exact «killed 9 people»'],
  ],
  [
    'Officials said 12 people died in Sindh and 40 in the old town were arrested.',
    ['killed 12/12 exact «12 people died»'],
  ],
]);

casualtyClaimsOf('a day between the auxiliary and the harm, and verbs of killing with a manner', [
  [
    'At least 11 people were on Sunday killed when bandits attacked the village.',
    ['killed 11/null at_least «At least 11 people were on Sunday killed»'],
  ],
  [
    'Four traders were last night abducted and two were on Monday night shot.',
    ['casualties 2/2 exact «two were on Monday night shot»'],
  ],
  [
    'Bandits invaded the village, shooting dead 16 residents, police said.',
    ['killed 16/16 exact «shooting dead 16 residents»'],
  ],
  ['A mob hacked to death 12 villagers.', ['killed 12/12 exact «hacked to death 12 villagers»']],
  ['Police shoot dead 3 robbers in Lagos', ['killed 3/3 exact «shoot dead 3 robbers»']],
  [
    'Two terrorists of a banned outfit were neutralised by police in an encounter.',
    ['killed 2/2 exact «Two terrorists of a banned outfit were neutralised»'],
  ],
  [
    'Three more militants were eliminated in a later operation.',
    ['killed 3/3 exact «Three more militants were eliminated»'],
  ],
  // Only armed men: targets and teams are eliminated in other senses.
  ['Four teams were eliminated in the first round.', []],
  ['Two threats were neutralised by the crew.', []],
  // A passage that says the word also covers the captured counts no dead by it.
  [
    'At least four other fighters were neutralized in the operation. Officials often use the word "neutralized" to imply the fighters either surrendered or were killed or captured.',
    [],
  ],
  // "as well as" coordinates as "and" does: the qualifier carries.
  [
    'The siege caused the deaths of at least 65 civilians, as well as six soldiers.',
    [
      'killed 65/null at_least «the deaths of at least 65 civilians»',
      'killed 6/null at_least «six soldiers»',
    ],
  ],
  // Not a harm: a day before another verb, and shooting at something.
  ['Forty people were on Sunday arrested.', []],
  ['Troops were shooting at 30 targets.', []],
]);

casualtyClaimsOf('"the figure of" a harm, and estimates through "the number of"', [
  [
    'The UN document put the figure of dead civilians at 7721.',
    ['killed 7721/7721 exact «the figure of dead civilians at 7721»'],
  ],
  ['The figure of the injured rose to 80.', ['injured 80/80 exact «The figure of the injured rose to 80»']],
  [
    'Officials estimated the number of civilian deaths at 7,000.',
    ['killed 7000/7000 about «deaths at 7,000»'],
  ],
  // A figure of something else, or no harm at all, is no toll.
  ['The figure of 300 was cited in the report.', []],
  ['The figure of arrested protesters rose to 80.', []],
]);

casualtyClaimsOf('members of a list named before the harm word', [
  // A bare "including" before a list that runs on to the harm word.
  [
    'At the stadium, 24 fans including five children were injured.',
    ['injured 24/24 exact «24 fans»', 'injured 5/5 exact «five children were injured»'],
  ],
  [
    'In the storm, 40 people including 12 men, 9 women, and three children were hurt.',
    [
      'injured 40/40 exact «40 people»',
      'injured 12/12 exact «12 men»',
      'injured 9/9 exact «9 women»',
      'injured 3/3 exact «three children were hurt»',
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
    'Scores of people, mostly pilgrims and street vendors, were killed when the bridge fell.',
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
    'Eleven police officers died in a gunfight with smugglers, five of whom also died.',
    ['killed 11/11 exact «Eleven police officers died»', 'killed 5/5 exact «five of whom also died»'],
  ],
  [
    'The blast wounded 30 people, 12 of whom later died in hospital.',
    ['injured 30/30 exact «wounded 30 people»', 'killed 12/12 exact «12 of whom later died»'],
  ],
  ['Police detained 30 men, 12 of whom were later released.', []],
]);

casualtyClaimsOf('tolls, rates and states after the count', [
  // The toll named after its figure.
  [
    'Divers found 4 more bodies in the lake, bringing to 19 the death toll from the ferry sinking.',
    ['killed 4/4 exact «4 more bodies»', 'killed 19/19 exact «bringing to 19 the death toll»'],
  ],
  [
    'The new finds raised to 60 the number of dead.',
    ['killed 60/60 exact «raised to 60 the number of dead»'],
  ],
  ['The rains brought to 40 the number of houses destroyed.', []],
  // A rate is no count.
  ['In 2022 an average of 75 soldiers died and 300 were hurt each month.', []],
  ['Hundreds of villagers were killed or wounded every week during the siege.', []],
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
    'Witnesses said shops were looted and several victims were burned alive by the mob.',
    ['killed null/null vague «several victims were burned alive»'],
  ],
  ['Nine villagers were burnt alive in their homes.', ['killed 9/9 exact «Nine villagers were burnt alive»']],
  // A place between the forced people and "to flee"; members of a tally from a place.
  [
    'The militia offensive forced hundreds in the river towns to flee.',
    ['displaced null/null vague «forced hundreds in the river towns to flee»'],
  ],
  [
    'Fighting uprooted over 8,000 residents last month, 3,500 of them from the town of Beni.',
    [
      'displaced 8000/null at_least «uprooted over 8,000 residents»',
      'displaced 3500/3500 exact «3,500 of them from the town of Beni»',
    ],
  ],
]);

casualtyClaimsOf('revisions and identified dead', [
  [
    'Officials said the number of hikers believed missing in the canyon had been revised down from 52 to six.',
    [
      'missing 52/52 exact «the number of hikers believed missing in the canyon had been revised down from 52»',
      'missing 6/6 exact «to six»',
    ],
  ],
  [
    'The number of fishermen reported missing has fallen from over 75 to two.',
    [
      'missing 75/null at_least «The number of fishermen reported missing has fallen from over 75»',
      'missing 2/2 exact «to two»',
    ],
  ],
  ['The number of cases has risen from 20 to 25.', []],
  [
    'The floods killed 58 people, but only 37 have been identified.',
    ['killed 58/58 exact «killed 58 people»', 'killed 37/37 exact «37 have been identified»'],
  ],
  [
    'Of 140 confirmed dead, 95 had been identified, among them 60 men and 35 women.',
    [
      'killed 140/140 exact «140 confirmed dead»',
      'killed 95/95 exact «95 had been identified»',
      'killed 60/60 exact «60 men»',
      'killed 35/35 exact «35 women»',
    ],
  ],
  // Suspects identified, or identified with no dead in the sentence, are no count of the dead.
  [
    'After the attack that killed 30 people, police said 12 suspects have been identified.',
    ['killed 30/30 exact «killed 30 people»'],
  ],
  ['Inspectors said 12 have been identified as faulty after the blast.', []],
  // "identified N of the dead": the part of the dead put to a name.
  [
    'Forensic teams have so far identified 41 of the 210 dead victims.',
    ['killed 41/41 exact «identified 41»', 'killed 210/210 exact «210 dead»'],
  ],
  ['Police identified 12 of the attackers.', []],
]);

casualtyClaimsOf('noun phrases with two prepositional tails', [
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
]);

casualtyClaimsOf('people in shelters, relocated people and troops', [
  [
    'Nearly 9,000 villagers were relocated after the landslide, the province said.',
    ['displaced 9000/9000 about «Nearly 9,000 villagers were relocated»'],
  ],
  [
    'By Tuesday, about 80 villagers from the flooded valley remained at a shelter in the school.',
    ['displaced 80/80 about «about 80 villagers from the flooded valley remained at a shelter»'],
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
    'Across the region, hundreds of farmers, troops and police officers have died.',
    ['killed null/null vague «hundreds of farmers, troops and police officers have died»'],
  ],
  ['Some 3,000 troops were evacuated from the base.', []],
  ['Thousands of troops and tanks were sent.', []],
]);

casualtyClaimsOf('partitive members with an article', [
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
]);

casualtyClaimsOf('members of a set named first, and people affected', [
  [
    'Of the 40 people killed, 12 were children.',
    ['killed 40/40 exact «40 people killed»', 'killed 12/12 exact «12 were children»'],
  ],
  [
    'Of the 12 killed, one was a child.',
    ['killed 12/12 exact «12 killed»', 'killed 1/1 exact «one was a child»'],
  ],
  ['Of the 300 homes, 40 were destroyed.', []],
  // People "affected" are no harmed people, even beside a harm word.
  [
    'The floods have left 33 million people affected and 8 million homeless.',
    ['displaced 8000000/8000000 exact «8 million homeless»'],
  ],
]);

casualtyClaimsOf('a share of the whole in an aside', [
  [
    'Nearly 1.5 million Sudanese, about 40% of the region, have been displaced.',
    ['displaced 1500000/1500000 about «Nearly 1.5 million Sudanese»'],
  ],
  ['Some 300 people, a third of them children, were killed.', ['killed 300/300 about «Some 300 people»']],
  ['Some 300 people, 40% of the town, voted.', []],
]);

casualtyClaimsOf('ratios and wholes are no harmed counts', [
  ['One in five children were displaced by the war.', []],
  ['Nearly 1 in 4 residents fled.', []],
  ['One out of every 10 people killed was a child.', []],
  ['Of the 300 passengers, 40 were injured.', ['injured 40/40 exact «40 were injured»']],
  ['Of the 300 people in the village, 40 were killed.', ['killed 40/40 exact «40 were killed»']],
]);

casualtyClaimsOf('adverbs, burns and verbs that end a noun phrase', [
  [
    'Israel said 12 rockets were fired and 2 people were lightly hurt.',
    ['injured 2/2 exact «2 people were lightly hurt»'],
  ],
  ['Three soldiers were seriously wounded.', ['injured 3/3 exact «Three soldiers were seriously wounded»']],
  ['Five people suffered burns.', ['injured 5/5 exact «Five people suffered burns»']],
  [
    'Three officers sustained gunshot wounds.',
    ['injured 3/3 exact «Three officers sustained gunshot wounds»'],
  ],
  [
    'The army said it had killed 40 militants and lost 3 soldiers.',
    ['killed 40/40 exact «killed 40 militants»'],
  ],
]);

casualtyClaimsOf('"another" repeats the harm of the clause before', [
  [
    'Nearly 400 were killed in the first week, and another 1,000 in the second.',
    ['killed 400/400 about «Nearly 400 were killed»', 'killed 1000/1000 exact «1,000 in the second»'],
  ],
  [
    'Floods killed 12 people in the north and a further 8 in the south.',
    ['killed 12/12 exact «killed 12 people»', 'killed 8/8 exact «8 in the south»'],
  ],
  ['The quake killed 30 people and another 40 houses collapsed.', ['killed 30/30 exact «killed 30 people»']],
]);

casualtyClaimsOf('a tally opened by "the dead were"', [
  [
    'Killed were 5 soldiers and 2 police officers.',
    ['killed 5/5 exact «5 soldiers»', 'killed 2/2 exact «2 police officers»'],
  ],
  ['Police said the dead were 4 teenagers from the town.', ['killed 4/4 exact «4 teenagers from the town»']],
  ['Those injured were 12 students and a teacher.', ['injured 12/12 exact «12 students and a teacher»']],
  ['The dead were buried on Sunday, 3 days later.', []],
]);

casualtyClaimsOf('fractions of a scale word', [
  [
    'Half a million people have fled the city.',
    ['displaced 500000/500000 exact «Half a million people have fled»'],
  ],
  [
    'About a quarter of a million people fled.',
    ['displaced 250000/250000 about «About a quarter of a million people fled»'],
  ],
  [
    'Three quarters of a million people were displaced.',
    ['displaced 750000/750000 exact «Three quarters of a million people were displaced»'],
  ],
  ['Half a dozen soldiers were wounded.', ['injured 6/6 exact «Half a dozen soldiers were wounded»']],
]);

casualtyClaimsOf('lakh and crore', [
  [
    'Over 2 lakh people have been displaced by the floods.',
    ['displaced 200000/null at_least «Over 2 lakh people have been displaced»'],
  ],
  ['Nearly 1.5 lakh people fled.', ['displaced 150000/150000 about «Nearly 1.5 lakh people fled»']],
  [
    'Two lakh residents were evacuated.',
    ['displaced 200000/200000 exact «Two lakh residents were evacuated»'],
  ],
]);

casualtyClaimsOf('went missing, treated for smoke', [
  [
    'Searches continue for 14 fishermen who went missing on Sunday.',
    ['missing 14/14 exact «14 fishermen who went missing»'],
  ],
  [
    'Dozens more were treated for smoke inhalation.',
    ['injured null/null vague «Dozens more were treated for smoke inhalation»'],
  ],
  ['Three people went home.', []],
]);

casualtyClaimsOf('people who left an area in an evacuation', [
  [
    'Officials ordered 900,000 people to evacuate, and some 300,000 had already left low-lying districts.',
    ['displaced 300000/300000 about «some 300,000 had already left low-lying districts»'],
  ],
  [
    'As the fighting spread, 20,000 residents left their homes and fled north.',
    ['displaced 20000/20000 exact «20,000 residents left their homes»'],
  ],
  ['About 400 fans had already left the stadium.', []],
]);

describe('wordTrie', () => {
  it('matches the same words as the plain alternation before a boundary', () => {
    const words = [
      'in',
      'including',
      'into',
      'on',
      'a',
      'an',
      'and',
      'at',
      'the',
      'their',
      'them',
      'per',
      'percent',
    ];
    const trie = new RegExp(`^(?:${wordTrie(words)})\\b`, 'i');
    const plain = new RegExp(`^(?:${words.join('|')})\\b`, 'i');
    const probes = [
      ...words,
      'inside',
      'int',
      'ant',
      'then',
      'thee',
      'one',
      'In',
      'Percentage',
      'pe',
      'x',
      '',
    ];
    for (const p of probes)
      for (const tail of ['', ' x', '-x', 'x']) expect(trie.test(p + tail)).toBe(plain.test(p + tail));
  });
});

casualtyClaimsOf('pronounced, declared and left before the harm word', [
  ['Two men were pronounced dead at the scene.', ['killed 2/2 exact «Two men were pronounced dead»']],
  ['Three were declared dead on arrival.', ['killed 3/3 exact «Three were declared dead»']],
  ['Seven people were left injured.', ['injured 7/7 exact «Seven people were left injured»']],
  ['12 people left hospital on Friday.', []],
]);

casualtyClaimsOf('a parenthesis after the subject, and IDPs', [
  [
    'An estimated 1.7 million people (over 75% of the population) have been displaced.',
    ['displaced 1700000/1700000 about «An estimated 1.7 million people»'],
  ],
  [
    'Twelve people (including 4 children) were killed.',
    ['killed 12/12 exact «Twelve people»', 'killed 4/4 exact «4 children»'],
  ],
  ['Some 40 people (mostly farmers) died.', ['killed 40/40 about «Some 40 people (mostly farmers) died»']],
  [
    'UNRWA reports 1.4 million IDPs sheltering in its facilities.',
    ['displaced 1400000/1400000 exact «1.4 million IDPs»'],
  ],
  [
    'Some 300,000 internally displaced persons live in camps.',
    ['displaced 300000/300000 about «Some 300,000 internally displaced»'],
  ],
]);

casualtyClaimsOf('an aside on the share of the counted people', [
  [
    'At least 1,200 civilians, the vast majority of them villagers, were killed in the week of raids.',
    ['killed 1200/null at_least «At least 1,200 civilians»'],
  ],
  [
    'Some 40 people, the majority of them women, were wounded in the blast.',
    ['injured 40/40 about «Some 40 people»'],
  ],
  // A majority with no count before it is no claim.
  ['The majority of them were killed in the raids, residents said.', []],
]);

casualtyClaimsOf('people fleeing or escaped from a place', [
  [
    'Thousands of people are fleeing the fighting, aid groups said.',
    ['displaced null/null vague «Thousands of people are fleeing the fighting»'],
  ],
  [
    'Officials estimated that around 8,000 people had escaped the city by Sunday.',
    ['displaced 8000/8000 about «around 8,000 people had escaped the city»'],
  ],
  // Fleeing a scene or police, or escaping a prison, is no displacement.
  ['Three suspects were seen fleeing the scene after the robbery.', []],
  ['Two inmates escaped the prison on Monday.', []],
]);

casualtyClaimsOf('injuries to, or sustained by, the people counted', [
  [
    'The blast caused the deaths of at least five people and injuries to six others.',
    [
      'killed 5/null at_least «the deaths of at least five people»',
      'injured 6/6 exact «injuries to six others»',
    ],
  ],
  [
    'The raid ended with injuries sustained by 12 villagers.',
    ['injured 12/12 exact «injuries sustained by 12 villagers»'],
  ],
  // Injuries to body parts count no people.
  ['He suffered injuries to two fingers in the blast.', []],
]);

casualtyClaimsOf('butchered and slaughtered people', [
  [
    'Last April the gang butchered two shopkeepers at the market.',
    ['killed 2/2 exact «butchered two shopkeepers»'],
  ],
  [
    'Twelve villagers were slaughtered in the raid.',
    ['killed 12/12 exact «Twelve villagers were slaughtered»'],
  ],
  ['Twelve villagers were butchered in the raid.', ['killed 12/12 exact «Twelve villagers were butchered»']],
  // A butcher counts meat, not people.
  ['The butcher sold 20 kilos of meat on Monday.', []],
]);

casualtyClaimsOf('military report wording and asides before the verb', [
  [
    'The army said it had eliminated more than 300 members of the Red Hand in the province.',
    ['killed 300/null at_least «eliminated more than 300 members»'],
  ],
  // Members of staff are no armed men.
  ['The firm eliminated 300 members of staff last year.', []],
  [
    'In the clash 14 militants "were sent to hell," the statement said.',
    ['killed 14/14 exact «14 militants "were sent to hell»'],
  ],
  [
    'Nine soldiers, including a Lieutenant Colonel and a Major, were also killed in the ambush.',
    ['killed 9/9 exact «Nine soldiers, including a Lieutenant Colonel and a Major, were also killed»'],
  ],
  // A counted tally inside the aside stays a claim of its own.
  [
    'At least 30 people, including five children, were killed.',
    ['killed 30/null at_least «At least 30 people»', 'killed 5/5 exact «five children, were killed»'],
  ],
  [
    'More than 200,000 people have been driven from their homes since March.',
    ['displaced 200000/null at_least «More than 200,000 people have been driven from their homes»'],
  ],
]);

casualtyClaimsOf('"wounded" describing people who were then killed', [
  [
    'In the days after the city fell, at least six wounded soldiers and civilians were killed in the clinic.',
    ['killed 6/null at_least «at least six wounded soldiers and civilians were killed»'],
  ],
  ['Six wounded soldiers were evacuated by helicopter.', ['injured 6/6 exact «Six wounded»']],
]);

casualtyClaimsOf('a second count after "and" in an object', [
  [
    'The blast killed at least 17 people and more than a dozen wounded.',
    [
      'killed 17/null at_least «killed at least 17 people»',
      'injured 12/null at_least «more than a dozen wounded»',
    ],
  ],
  [
    'Gunmen killed nine people and more than 20 others were wounded.',
    ['killed 9/9 exact «killed nine people»', 'injured 20/null at_least «more than 20 others were wounded»'],
  ],
  // "more" with no count after it stays in the noun phrase.
  [
    'The strike killed five soldiers and more civilians.',
    ['killed 5/5 exact «killed five soldiers and more civilians»'],
  ],
]);

casualtyClaimsOf('"the deceased" as the dead', [
  [
    'About 20 of the deceased were worshippers at a vigil.',
    ['killed 20/20 about «About 20 of the deceased»'],
  ],
  [
    'The 40 deceased included 12 children.',
    ['killed 40/40 exact «40 deceased»', 'killed 12/12 exact «12 children»'],
  ],
  // People who have since died, named for another reason, are no toll.
  ['The ministry lifted the ban on six now deceased individuals.', []],
]);

casualtyClaimsOf('"lost his life" as one of a tally', [
  [
    'Nine militants were killed and one soldier lost his life.',
    ['killed 9/9 exact «Nine militants were killed»', 'killed 1/1 exact «one soldier lost his life»'],
  ],
  // A lone individual is no count (docs/CLAIMS.md).
  ['One soldier lost his life in the attack.', []],
]);
