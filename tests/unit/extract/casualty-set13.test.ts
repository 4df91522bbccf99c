import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';
import { casualtyClaimsOf, casualtyRows } from './casualty-summary';

const found = (text: string): string[] => casualtyRows(text);

type Row = [text: string, expected: string[]];

casualtyClaimsOf('coordinated subjects with "one" and members named by an article', [
  // "one" as the last member of a coordinated subject claims, and so does the count before it.
  [
    'Three prison guards and one visitor were killed in the riot.',
    ['killed 3/3 exact «Three prison guards»', 'killed 1/1 exact «one visitor were killed»'],
  ],
  [
    'Officials said seven suspected smugglers and one border guard had died in the firefight.',
    ['killed 7/7 exact «seven suspected smugglers»', 'killed 1/1 exact «one border guard had died»'],
  ],
  // The word "one" may lead the list too; an article may not.
  [
    'One ranger and four tourists were hurt when the bridge gave way.',
    ['injured 1/1 exact «One ranger»', 'injured 4/4 exact «four tourists were hurt»'],
  ],
  [
    'A ranger and four tourists were hurt when the bridge gave way.',
    ['injured 4/4 exact «four tourists were hurt»'],
  ],
  // Each counted member of a list with members named by an article is a claim of its own.
  [
    'Four miners, a foreman, two engineers and one driver remain missing, the company said.',
    [
      'missing 4/4 exact «Four miners»',
      'missing 2/2 exact «two engineers»',
      'missing 1/1 exact «one driver remain missing»',
    ],
  ],
  [
    'Two nurses, a cook and three patients were injured in the fire.',
    ['injured 2/2 exact «Two nurses»', 'injured 3/3 exact «three patients were injured»'],
  ],
  // Near misses: a clause of its own after the count, or a lone "one".
  ['Six rebels were captured and one soldier was killed.', []],
  ['Six rebels surrendered and one soldier was killed.', []],
  ['One soldier was killed in the ambush.', []],
]);

casualtyClaimsOf('members that name people beside things or forces', [
  // "and an unspecified number of …": a negated participle is no verb of a new clause.
  [
    'Another 14 marines and an unspecified number of villagers were wounded.',
    ['injured 14/14 exact «14 marines and an unspecified number of villagers were wounded»'],
  ],
  [
    'At least 9 pilgrims and unidentified bystanders were hurt.',
    ['injured 9/null at_least «At least 9 pilgrims and unidentified bystanders were hurt»'],
  ],
  // People listed with things that shared their fate are still counted.
  [
    'Several sailors and some cargo remain missing after the storm.',
    ['missing null/null vague «Several sailors and some cargo remain missing»'],
  ],
  ['Twelve trucks and some cargo remain missing after the storm.', []],
  // A force that modifies a people head names its people.
  [
    'The insurgents have killed 21 security forces members this year.',
    ['killed 21/21 exact «killed 21 security forces members»'],
  ],
  ['The ministry sent 500 security forces members to the border.', []],
  ['The ministry said 500 security forces were deployed to the border.', []],
]);

casualtyClaimsOf('asides, appositions and "along with"', [
  // A dash closes an aside with no space before the harm word.
  ['Over the decade hundreds—mostly farmers—have been killed.', ['killed null/null vague «hundreds»']],
  // An apposition between the count and its harm word.
  [
    'At least one teacher, a man who ran the village choir, was also killed in the raid.',
    ['killed 1/null at_least «At least one teacher, a man who ran the village choir, was also killed»'],
  ],
  [
    'Four porters, a crew from the lowlands, were injured on the pass.',
    ['injured 4/4 exact «Four porters, a crew from the lowlands, were injured»'],
  ],
  // Not when the apposition holds a harm word or another count, or the count names things.
  ['Four porters, a crew hurt in an earlier fall, were flown out.', []],
  ['Two rockets, a model banned by treaty, were fired and hurt nobody.', []],
  // A count joined by "along with" to a victim named before it shares his harm.
  [
    'The camp commander was killed in an air raid late on Sunday along with at least 8 other fighters.',
    ['killed 8/null at_least «killed in an air raid late on Sunday along with at least 8 other fighters»'],
  ],
  [
    'The governor was wounded on Friday together with three bodyguards.',
    ['injured 3/3 exact «wounded on Friday together with three bodyguards»'],
  ],
  [
    'A blast left five shoppers dead, along with two bombers, last spring.',
    ['killed 5/5 exact «five shoppers dead»', 'killed 2/2 exact «along with two bombers»'],
  ],
  // Not when a clause stands between the harm word and the count, nor for things.
  ['The envoy was killed, and his aide was detained along with 6 others.', []],
  ['He was killed by soldiers who were deployed along with 200 police officers.', []],
  ['The minister was wounded on Friday together with three vehicles.', []],
]);

casualtyClaimsOf('partitives and harm nouns', [
  // "one of his men": one counted out of someone's people.
  [
    'A sergeant was killed and one of his men wounded when the convoy was hit.',
    ['injured 1/1 exact «one of his men wounded»'],
  ],
  // "one of the …" mostly points back at people counted before: dark.
  ['One of the guards was hurt and one died.', []],
  ['One of their wounded died later.', []],
  // "One of the three …": the part, not the set, is the claim.
  ['One of the four hostages was killed.', ['killed 1/1 exact «One of the four hostages was killed»']],
  // Murders and killings count the dead; an attempt does not.
  ['The gang has been linked to 14 murders in the port city.', ['killed 14/14 exact «14 murders»']],
  ['Police tied the cell to six killings last year.', ['killed 6/6 exact «six killings»']],
  ['He was charged over two attempted murders.', []],
]);

casualtyClaimsOf('more harm words and asides', [
  // An "including" aside whose closing comma is left out, naming people by a bare plural.
  [
    'Several others, including medics were badly wounded in the shelling, the agency said.',
    ['injured null/null vague «Several others, including medics were badly wounded»'],
  ],
  [
    'Eleven pilgrims including women and children were hurt.',
    ['injured 11/11 exact «Eleven pilgrims including women and children were hurt»'],
  ],
  ['Eleven pilgrims, including buses were hurt.', []],
  // A possessive inside the subject's prepositional tail.
  [
    "Three members of her uncle's household are still missing.",
    ["missing 3/3 exact «Three members of her uncle's household are still missing»"],
  ],
  // A harm word in quote marks after an auxiliary; a quoted verb right after the count is no harm.
  [
    'Nine sailors were killed and four others are “missing” after the raid.',
    ['killed 9/9 exact «Nine sailors were killed»', 'missing 4/4 exact «four others are “missing»'],
  ],
  ['Two gunmen “killed” a guard.', []],
  // A quote mark between the harm verb and its object count.
  [
    'The agency said the strike killed "four people and wounded six", without naming them.',
    ['killed 4/4 exact «killed "four people»', 'injured 6/6 exact «wounded six»'],
  ],
  // Hospital treatment is injury.
  [
    'Five miners are receiving treatment in hospital.',
    ['injured 5/5 exact «Five miners are receiving treatment»'],
  ],
  // Beheading and "eliminated" armed men are deaths; eliminated teams are not.
  ['The gang beheaded 4 hostages.', ['killed 4/4 exact «beheaded 4 hostages»']],
  [
    'Police found 15 bodies, 6 decapitated.',
    ['killed 15/15 exact «15 bodies»', 'killed 6/6 exact «6 decapitated»'],
  ],
  ['The army said it "eliminated 7 militants" in the hills.', ['killed 7/7 exact «eliminated 7 militants»']],
  ['The cup eliminated 7 teams in one night.', []],
  // People dying now are counted dead; "dying to" is a wish.
  [
    'A doctor said dozens of patients are dying as supplies run out.',
    ['killed null/null vague «dozens of patients are dying»'],
  ],
  ['Hundreds are dying to see the final.', []],
  // "mostly X but also including N …": a tally member after the bulk of the count.
  [
    'The war has killed about 900 people, mostly soldiers but also including at least 70 civilians.',
    ['killed 900/900 about «killed about 900 people»', 'killed 70/null at_least «at least 70 civilians»'],
  ],
]);

casualtyClaimsOf('objects, records and first reports', [
  // After "and", a vague count starts a new member of the object.
  [
    'The cell killed two judges and several police officers.',
    ['killed 2/2 exact «killed two judges»', 'killed null/null vague «several police officers»'],
  ],
  // "the" before an object count; a clause after ", and" is not a member.
  [
    'Guards killed the three intruders, and 20 people have been questioned.',
    ['killed 3/3 exact «killed the three intruders»'],
  ],
  [
    'Medics said the bodies of 8 men, 5 women and two boys had been recovered.',
    ['killed 8/8 exact «the bodies of 8 men»', 'killed 5/5 exact «5 women»', 'killed 2/2 exact «two boys»'],
  ],
  // An apposition after an object, then the next member.
  [
    'Jets killed two commanders from the Front, an armed faction, and 9 farmers on Monday.',
    ['killed 2/2 exact «killed two commanders»', 'killed 9/9 exact «9 farmers»'],
  ],
  [
    'Jets killed two commanders from the Front, an armed faction, and 9 trucks.',
    ['killed 2/2 exact «killed two commanders»'],
  ],
  // A dash apposition after a subject whose noun phrase ends in an acronym.
  [
    'At least 14 fighters from the Hill Defence Units (HDU) -- a coalition of clan militias -- were killed.',
    [
      'killed 14/null at_least «At least 14 fighters from the Hill Defence Units (HDU) -- a coalition of clan militias -- were killed»',
    ],
  ],
  // A quoted "including" aside.
  ['Officials said 21 others, “including shepherds,” were hurt.', ['injured 21/21 exact «21 others»']],
  // "one" after a member closed by a place.
  [
    'The storm caused 7 deaths in the west, 2 deaths in the capital, and one death in the delta.',
    ['killed 7/7 exact «7 deaths»', 'killed 2/2 exact «2 deaths»', 'killed 1/1 exact «one death»'],
  ],
  // "a number of" people is vague; "a number of deaths" stays dark.
  [
    'The raid probably killed a number of militia fighters.',
    ['killed null/null vague «killed a number of militia fighters»'],
  ],
  ['Feuds over land have led to a number of deaths.', []],
  // Records of people are not people.
  ['Police have received more than 60 missing persons reports.', []],
  ['There are 60 missing persons in the county.', ['missing 60/60 exact «60 missing»']],
  // A first report the text marks as such is still that source's report, and a first act a claim.
  [
    'Initially, the governor said that at least 8 people had been killed and 30 injured.',
    ['killed 8/null at_least «at least 8 people had been killed»', 'injured 30/30 exact «30 injured»'],
  ],
  [
    'The raiders initially killed 17 villagers, a witness said.',
    ['killed 17/17 exact «killed 17 villagers»'],
  ],
]);

casualtyClaimsOf('figures the text marks as replaced or as another state', [
  // A replaced figure is what a source once reported.
  ['The previous death toll was six miners and a guard.', ['killed 6/6 exact «death toll was six»']],
  ['An earlier toll of 12 was later revised.', ['killed 12/12 exact «toll of 12»']],
  ['Officials previously put the death toll at 340.', ['killed 340/340 exact «the death toll at 340»']],
  ['The death toll was six miners.', ['killed 6/6 exact «The death toll was six»']],
  // A member taken hostage is no member of the dead.
  [
    'The raid led to the deaths of 14 guards, with over 90 workers taken hostage.',
    ['killed 14/14 exact «the deaths of 14 guards»'],
  ],
]);

casualtyClaimsOf('possessive members and remains', [
  // A possessive between "and" and the count of an object list.
  ['The shelling killed a baker and her three daughters.', ['killed 3/3 exact «three daughters»']],
  ['Police detained a trader and his two sons.', []],
  // "the remains of N <people>" are deaths; remains of things are not.
  ['Divers recovered the remains of 11 fishermen.', ['killed 11/11 exact «the remains of 11 fishermen»']],
  ['What remains of 30 hamlets was shelled again.', []],
]);

casualtyClaimsOf('members between dashes and past a count of things', [
  // A dash aside naming who they were by counts or articles; each count is a claim.
  [
    'Five people—three guards and two cooks—were killed.',
    ['killed 5/5 exact «Five people»', 'killed 3/3 exact «three guards»', 'killed 2/2 exact «two cooks»'],
  ],
  [
    'Medics said 4 people – a nurse and three patients – died.',
    ['killed 4/4 exact «4 people»', 'killed 3/3 exact «three patients»'],
  ],
  // After a dash, the members of the claim before, with a short phrase of time between.
  [
    'Twelve people were killed on Friday — nine in the port and three in the hills.',
    [
      'killed 12/12 exact «Twelve people were killed»',
      'killed 9/9 exact «nine in the port»',
      'killed 3/3 exact «three in the hills»',
    ],
  ],
  // Not a span of time, nor a comparison.
  [
    'Twelve people were killed on Friday — three days after the truce.',
    ['killed 12/12 exact «Twelve people were killed»'],
  ],
  ['Nine people died - 20 more than last year.', ['killed 9/9 exact «Nine people died»']],
  // A partitive member looks back past a count of things.
  [
    'At least 40 people were killed in the three blasts, police said, 25 of them in the market.',
    [
      'killed 40/null at_least «At least 40 people were killed»',
      'killed 25/25 exact «25 of them in the market»',
    ],
  ],
]);

casualtyClaimsOf('noun phrase edges', [
  // A weekday ends the object's noun phrase.
  ['A roadside bomb killed three soldiers Tuesday.', ['killed 3/3 exact «killed three soldiers»']],
  // A partitive member told by where it was ("near the …", "at the …").
  [
    'Thirty people were hurt in the blast, 12 of them near the stage.',
    ['injured 30/30 exact «Thirty people were hurt»', 'injured 12/12 exact «12 of them near the stage»'],
  ],
]);

casualtyClaimsOf('forecasts, counterfactuals and negated sets stay dark', [
  ['Forecasters said the cyclone could kill 300 people.', []],
  ['Aid groups warn the famine will kill 2 million people.', []],
  ['The drought threatens to displace 4 million people.', []],
  ['A second wave could leave 8,000 people homeless.', []],
  ['A collapse of the dam would leave 6,000 people dead.', []],
  ['Without the warning, the blast would have killed 90 people.', []],
  // A hedged past and a past narrative are claims.
  ['The strike may have killed 40 people.', ['killed 40/40 exact «killed 40 people»']],
  ['The gunmen went on to kill 12 people.', ['killed 12/12 exact «kill 12 people»']],
  ['The quake left 5,000 people dead.', ['killed 5000/5000 exact «5,000 people dead»']],
  // The set no one of which was harmed.
  ['None of the 40 passengers were injured.', []],
  [
    'Neither of the two pilots was hurt, but 3 guards were killed.',
    ['killed 3/3 exact «3 guards were killed»'],
  ],
]);

casualtyClaimsOf('a part of a counted set with a harm of its own', [
  [
    'At least 2 of the 9 missing divers were found dead.',
    ['killed 2/null at_least «At least 2 of the»', 'missing 9/9 exact «9 missing»'],
  ],
  // The hurt set stays hurt when only a part of it died.
  [
    'Three of the 20 injured workers later died.',
    ['killed 3/3 exact «Three of the»', 'injured 20/20 exact «20 injured»'],
  ],
  ['Two injured guards later died.', ['killed 2/2 exact «Two injured guards later died»']],
]);

casualtyClaimsOf('refugees and leaving the country', [
  ['The war has created 900,000 refugees.', ['displaced 900000/900000 exact «900,000 refugees»']],
  // Refugees admitted under a quota are no count of the displaced.
  ['Under the new quota the country is taking 1200 refugees.', []],
  ['The government accepted 5,000 refugees last year.', []],
  // "left the country" holds no other harm stem.
  [
    'About 2 million citizens have left the country.',
    ['displaced 2000000/2000000 about «About 2 million citizens have left the country»'],
  ],
  // The qualifier carries across two harm nouns of one harm.
  [
    'The region counts over 50,000 refugees and 20,000 internally displaced persons.',
    [
      'displaced 50000/null at_least «over 50,000 refugees»',
      'displaced 20000/null at_least «20,000 internally displaced»',
    ],
  ],
]);

casualtyClaimsOf("an object member counted out of someone's people", [
  [
    "Troops said they had killed the cell's commander and 4 of his aides.",
    ['killed 4/4 exact «4 of his aides»'],
  ],
  ["Troops said they had killed the cell's commander and 4 of his trucks.", []],
]);

casualtyClaimsOf('ordinals in a unit and members among a counted set', [
  [
    "Four soldiers of the army's 9th Battalion were killed.",
    ["killed 4/4 exact «Four soldiers of the army's 9th Battalion were killed»"],
  ],
  [
    'Three nurses were among the 20 people killed.',
    ['killed 3/3 exact «Three nurses»', 'killed 20/20 exact «20 people killed»'],
  ],
  ['Three trucks were among the 20 vehicles destroyed.', []],
  // Without "the" the set is still counted; the member takes the set's harm, not the clause's before.
  [
    'Eleven medics were among 70 injured.',
    ['injured 11/11 exact «Eleven medics»', 'injured 70/70 exact «70 injured»'],
  ],
  [
    'Forty people drowned; 6 children were among 25 rescued and treated for hypothermia.',
    ['killed 40/40 exact «Forty people drowned»'],
  ],
]);

casualtyClaimsOf('a jailbreak is no displacement', [
  ['Some 900 prisoners fled the jail during the riot.', []],
  ['About 900 villagers fled the fighting.', ['displaced 900/900 about «About 900 villagers fled»']],
]);

casualtyClaimsOf('people aboard a craft that vanished', [
  [
    'A patrol boat disappeared with five crew on board, the navy said.',
    ['missing 5/5 exact «disappeared with five crew on board»'],
  ],
  [
    'The ferry vanished with all 80 passengers aboard.',
    ['missing 80/80 exact «vanished with all 80 passengers aboard»'],
  ],
  ['The plane crashed with 12 people on board.', []],
  ['The lorry disappeared with 30 tonnes of grain on board.', []],
]);

casualtyClaimsOf('a unit named with a number is no count', [
  ['Unit 77 shot dead two suspects during the raids.', ['killed 2/2 exact «shot dead two suspects»']],
  ['Four shot dead in village raid', ['killed 4/4 exact «Four shot dead»']],
]);

casualtyClaimsOf('a source told between a subject and its harm word', [
  [
    'More than 9,000 people, according to the regional health office, have been killed.',
    [
      'killed 9000/null at_least «More than 9,000 people, according to the regional health office, have been killed»',
    ],
  ],
  ['At least 14 miners, rescuers said on Monday, were trapped and later died.', []],
  [
    'At least 14 miners, officials said on Monday, were killed.',
    ['killed 14/null at_least «At least 14 miners, officials said on Monday, were killed»'],
  ],
  ['Three shells, officials said, were fired at the port.', []],
  ['About 60 mourners, the mayor said, attended the funeral of those killed.', []],
]);

casualtyClaimsOf('homes lost and bodies of a named set', [
  [
    'Some 8,000 people lost their homes in the fire.',
    ['displaced 8000/8000 about «Some 8,000 people lost their homes»'],
  ],
  ['More than 600 families were left without shelter.', []],
  [
    'More than 600 villagers were left without shelter.',
    ['displaced 600/null at_least «More than 600 villagers were left without shelter»'],
  ],
  ['The bodies of the 4 climbers were flown home.', ['killed 4/4 exact «The bodies of the 4 climbers»']],
]);

casualtyClaimsOf('abbreviations in a subject, tallies after "Among the fatalities", "among the missing"', [
  [
    'Three U.S. Army soldiers lost their lives in the attack.',
    ['killed 3/3 exact «Three U.S. Army soldiers lost their lives»'],
  ],
  ['Two U.N. peacekeepers were wounded.', ['injured 2/2 exact «Two U.N. peacekeepers were wounded»']],
  [
    'Among the fatalities were 61 rebels, 20 government troops and 19 civilians.',
    [
      'killed 61/61 exact «61 rebels»',
      'killed 20/20 exact «20 government troops»',
      'killed 19/19 exact «19 civilians»',
    ],
  ],
  ['Among the fatalities were 61.', ['killed 61/61 exact «the fatalities were 61»']],
  [
    'Three Lebanese nationals, three Syrians and one Egyptian were among the missing.',
    [
      'missing 3/3 exact «Three Lebanese nationals»',
      'missing 3/3 exact «three Syrians»',
      'missing 1/1 exact «one Egyptian were among the missing»',
    ],
  ],
  ['Three cars were among the missing items.', []],
]);

casualtyClaimsOf('model numbers name weapons, not people', [
  [
    'Troops found the bodies of two guerrillas and two AK-47 rifles.',
    ['killed 2/2 exact «the bodies of two guerrillas»'],
  ],
  ['Police seized 12 AK-47 rifles after the clash.', []],
]);

casualtyClaimsOf('"one person": the numeral with "person" states a count', [
  ['The blast killed one person and damaged a mosque.', ['killed 1/1 exact «killed one person»']],
  ['Police said one person was killed in the shooting.', ['killed 1/1 exact «one person was killed»']],
  ['The shelling killed one civilian, officials said.', ['killed 1/1 exact «killed one civilian»']],
  // Any other lone "one" still stays dark: the gold of the real passages goes both ways on it.
  ['One soldier was killed in the attack.', []],
  ['A person was killed in the attack.', []],
  ['One person was arrested after the attack.', []],
]);

casualtyClaimsOf('"one" members closing a comma list with a counted member', [
  [
    'Ten policemen, one soldier and one officer died in the attack.',
    [
      'killed 10/10 exact «Ten policemen»',
      'killed 1/1 exact «one soldier»',
      'killed 1/1 exact «one officer died»',
    ],
  ],
  // Near misses: no counted member, or the counted member in a clause of its own.
  ['One soldier and one officer died in the attack.', []],
  ['Ten policemen were arrested, and one soldier and one officer died.', []],
]);

casualtyClaimsOf('"the deaths of N X and M Y": the second count is a member of its own', [
  [
    'The strike caused the deaths of 15 civilians and three soldiers.',
    ['killed 15/15 exact «the deaths of 15 civilians»', 'killed 3/3 exact «three soldiers»'],
  ],
  ['The deaths of four miners were confirmed.', ['killed 4/4 exact «The deaths of four miners»']],
]);

casualtyClaimsOf('spellings and fillers of real copy', [
  [
    'Half-a-dozen people were also injured in the raid.',
    ['injured 6/6 exact «Half-a-dozen people were also injured»'],
  ],
  ['Atleast nine soldiers were wounded.', ['injured 9/null at_least «Atleast nine soldiers were wounded»']],
  [
    'The remains of only six people have been recovered.',
    ['killed 6/6 exact «The remains of only six people»'],
  ],
  ['The remains of just 40 villages are visible from the air.', []],
]);

casualtyClaimsOf('casualty phrasing read on held-out set 20', [
  ['Rebels killed 80 Malian troops following the coup.', ['killed 80/80 exact «killed 80 Malian troops»']],
  ['Airstrikes killed 27 militants via drones in the region.', ['killed 27/27 exact «killed 27 militants»']],
  [
    'The attack killed three people and wounded another five.',
    ['killed 3/3 exact «killed three people»', 'injured 5/5 exact «wounded another five»'],
  ],
  [
    'Four policemen and the woman bomber were killed Wednesday.',
    ['killed 4/4 exact «Four policemen and the woman bomber were killed»'],
  ],
  ['The militants carried out beheadings of 10 marines.', ['killed 10/10 exact «beheadings of 10 marines»']],
  [
    'The execution of 12 prisoners drew condemnation.',
    ['killed 12/12 exact «The execution of 12 prisoners»'],
  ],
  ['The executions of 3 contracts were delayed.', []],
  ['Gunmen killed five soldiers and the driver fled.', ['killed 5/5 exact «killed five soldiers»']],
]);

casualtyClaimsOf('casualty phrasing read on held-out set 22', [
  ['The latest death figure tallied to 1,723.', ['killed 1723/1723 exact «death figure tallied to 1,723»']],
  [
    'There were 474 deaths reported from Barguna district and 385 from neighboring Patuakhali.',
    ['killed 474/474 exact «474 deaths»', 'killed 385/385 exact «385 from neighboring Patuakhali»'],
  ],
  [
    'The storm forced more than a million coastal villagers to evacuate to government shelters.',
    ['displaced 1000000/null at_least «forced more than a million coastal villagers to evacuate»'],
  ],
  ['The army left 200 people to evacuate on their own.', []],
  // "more that": a slip for "more than", like "more then".
  [
    'More that 2,000 villagers were feared to have died.',
    ['killed 2000/null at_least «More that 2,000 villagers were feared to have died»'],
  ],
]);

casualtyClaimsOf('"shot and wounded", "shot and killed": the harm the text names', [
  [
    'Two children were shot and wounded in the attack.',
    ['injured 2/2 exact «Two children were shot and wounded»'],
  ],
  ['Two children were shot and killed.', ['killed 2/2 exact «Two children were shot and killed»']],
  ['Five people were shot.', ['casualties 5/5 exact «Five people were shot»']],
]);

casualtyClaimsOf('a relative clause without commas between the counted subject and its harm', [
  [
    'Four gunmen who attacked a police station have been killed.',
    ['killed 4/4 exact «Four gunmen who attacked a police station have been killed»'],
  ],
  [
    'Four soldiers who were on patrol were killed.',
    ['killed 4/4 exact «Four soldiers who were on patrol were killed»'],
  ],
  ['Scores of people who made it out alive were listed as missing.', []],
]);

describe('regional wording: martyrs, body counts, one family', () => {
  it.each<Row>([
    [
      'Two soldiers embraced martyrdom during the exchange of fire, the army said.',
      ['killed 2/2 exact «Two soldiers embraced martyrdom»'],
    ],
    [
      'Four policemen embraced shahadat in the attack.',
      ['killed 4/4 exact «Four policemen embraced shahadat»'],
    ],
    [
      'The number of martyrs has risen to 320.',
      ['killed 320/320 exact «The number of martyrs has risen to 320»'],
    ],
    ['The body count rose to 73 on Sunday.', ['killed 73/73 exact «The body count rose to 73»']],
    [
      'Seven members of one family were killed in a strike on their home.',
      ['killed 7/7 exact «Seven members of one family were killed»'],
    ],
    // Near misses: no count of the dead.
    ['The number of martyrs’ families receiving aid rose to 320.', []],
    ['The man embraced martyrdom, his brother said.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('an adverb of the harm is not part of who was harmed', () => {
    const [claim] = extractClaims('The blast left 8 people critically injured.') as CasualtyClaim[];
    expect([claim.quote, claim.who]).toEqual(['8 people critically injured', null]);
    const [children] = extractClaims('The blast left 8 children critically injured.') as CasualtyClaim[];
    expect(children.who).toBe('children');
  });
});

casualtyClaimsOf('ages, day spans, troops and long unit names beside a count', [
  // Ages after the people are not counts, and the subject still reaches its harm word.
  [
    'Two men aged 29 and 41 were killed in the shelling.',
    ['killed 2/2 exact «Two men aged 29 and 41 were killed»'],
  ],
  [
    'Three women aged 20, 34 and 51 were injured.',
    ['injured 3/3 exact «Three women aged 20, 34 and 51 were injured»'],
  ],
  ['Five people aged between 18 and 25 were arrested.', []],
  // The second day of a span is a date.
  [
    'The army said that between August 7 and 11, 47 militants were killed in the area.',
    ['killed 47/47 exact «47 militants were killed»'],
  ],
  // Troops and forces listed with the harmed were harmed.
  [
    'The bombers attacked the crowd, killing more than 70 Afghans and at least 13 US troops.',
    [
      'killed 70/null at_least «killing more than 70 Afghans»',
      'killed 13/null at_least «at least 13 US troops»',
    ],
  ],
  [
    'In addition, 20 civilians and 18 security forces have been killed so far this year.',
    ['killed 20/20 exact «20 civilians»', 'killed 18/18 exact «18 security forces have been killed»'],
  ],
  ['The strike killed 5 civilians, and 300 troops were deployed.', ['killed 5/5 exact «killed 5 civilians»']],
  ['About 30,000 forces were moved to the border.', []],
  // A unit's name of four words after "of".
  [
    'Two members of the Syrian National Army factions were killed in the clashes.',
    ['killed 2/2 exact «Two members of the Syrian National Army factions were killed»'],
  ],
]);

casualtyClaimsOf('toll verbs, a month before a number word, leaps and camps (set 28)', [
  [
    'The number of people killed by the three recent cyclones has increased to 12.',
    ['killed 12/12 exact «The number of people killed by the three recent cyclones has increased to 12»'],
  ],
  [
    'The death toll from the quake swept past 600 on Friday evening.',
    ['killed 600/null at_least «The death toll from the quake swept past 600»'],
  ],
  ['The death toll crossed 1,000 on Monday.', ['killed 1000/null at_least «The death toll crossed 1,000»']],
  ['The toll jumped to 45 overnight.', ['killed 45/45 exact «The toll jumped to 45»']],
  // A number word after an abbreviated month opens the next sentence.
  [
    'The storm made landfall on Sunday 4 Oct. Four people were killed and 16 are missing.',
    ['killed 4/4 exact «Four people were killed»', 'missing 16/16 exact «16 are missing»'],
  ],
  [
    'Two people trapped on the ninth floor leapt to their deaths.',
    ['killed 2/2 exact «Two people trapped on the ninth floor leapt to their deaths»'],
  ],
  [
    'Authorities are assisting 18,000 people inside relief camps.',
    ['displaced 18000/18000 exact «18,000 people inside relief camps»'],
  ],
  [
    'The quake killed 12,391 people in Turkey, bringing the confirmed total to 15,383.',
    ['killed 12391/12391 exact «killed 12,391 people»', 'killed 15383/15383 exact «total to 15,383»'],
  ],
  [
    'Hundreds of thousands escaped to 900 concrete storm shelters.',
    ['displaced null/null vague «Hundreds of thousands escaped to 900 concrete storm shelters»'],
  ],
  // Near misses.
  ['The number of flights cancelled by the airline increased to 12.', []],
  ['The attack on 4 Oct. Four soldiers were decorated.', []],
]);
