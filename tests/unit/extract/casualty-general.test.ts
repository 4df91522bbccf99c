import { describe, expect, it } from 'vitest';
import { casualtyClaimsOf, casualtyRows } from './casualty-summary';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

/**
 * Constructions common in news reports that the frames missed on a second, untuned held-out
 * set (measured outside the repository). Every sentence here is written for the test, each
 * rule with near misses that must stay dark.
 */

casualtyClaimsOf('harm phrases after a subject count', [
  [
    'Eleven of the patients later passed away.',
    ['killed 11/11 exact «Eleven of the patients later passed away»'],
  ],
  [
    'The clinic admitted 40 people with gunshot wounds, 6 of whom passed away.',
    ['injured 40/40 exact «40 people with gunshot wounds»', 'killed 6/6 exact «6 of whom passed away»'],
  ],
  ['Roughly 90 miners with burns were flown out.', ['injured 90/90 about «Roughly 90 miners with burns»']],
  ['About 25 people with disabilities attended the meeting.', []],
  ['Medics treated 85 people for burns overnight.', ['injured 85/85 exact «85 people for burns»']],
  ['The finances of 3 councils are in critical condition.', []],
  // People in a stated state of health are hurt; a part of those counted before is not a count.
  [
    'Nine passengers were in critical condition late on Monday.',
    ['injured 9/9 exact «Nine passengers were in critical condition»'],
  ],
  [
    'Four firefighters remain in a serious but stable condition.',
    ['injured 4/4 exact «Four firefighters remain in a serious but stable condition»'],
  ],
  [
    'Three children are listed in fair condition at the clinic.',
    ['injured 3/3 exact «Three children are listed in fair condition»'],
  ],
  ['Two of them are in critical condition.', []],
  // The hurt who later died are counted dead.
  ['Two of the injured later died.', ['killed 2/2 exact «Two of the injured later died»']],
  ['Four of those wounded have since died.', ['killed 4/4 exact «Four of those wounded have since died»']],
  ['Four of those wounded have since recovered.', ['injured 4/4 exact «Four of those wounded»']],
  // A family of N is N people.
  ['The shelling killed a family of five.', ['killed 5/5 exact «killed a family of five»']],
  [
    'The airstrike killed an entire family of seven.',
    ['killed 7/7 exact «killed an entire family of seven»'],
  ],
  ['He has a family of four to feed.', []],
  // Phrasings of death, flight and refuge in wire copy.
  ['Four hikers fell to their deaths on Saturday.', ['killed 4/4 exact «Four hikers fell to their deaths»']],
  [
    'Two volunteers were among those who died.',
    ['killed 2/2 exact «Two volunteers were among those who died»'],
  ],
  [
    'Three nurses and a driver were among those dead.',
    ['killed 3/3 exact «Three nurses and a driver were among those dead»'],
  ],
  [
    'Some 8,000 villagers were sent fleeing from their homes.',
    ['displaced 8000/8000 about «Some 8,000 villagers were sent fleeing»'],
  ],
  [
    'About 3,000 people were forced to seek shelter in schools.',
    ['displaced 3000/3000 about «About 3,000 people were forced to seek shelter»'],
  ],
  [
    'More than 90,000 people are living as refugees across the border.',
    ['displaced 90000/null at_least «More than 90,000 people are living as refugees»'],
  ],
  ['Nearly 5,000 residents were ordered to evacuate.', []],
  // "one" counts a body found (a lone "a body" stays dark, as a lone victim does).
  [
    'One body has been recovered, and 14 people remain missing.',
    ['killed 1/1 exact «One body has been recovered»', 'missing 14/14 exact «14 people remain missing»'],
  ],
  ['Police said one body was found near the dam.', ['killed 1/1 exact «one body was found»']],
  ['A body was found near the dam.', []],
  ['One body was identified by relatives on Friday.', []],
  ['Seven bodies have been recovered so far.', ['killed 7/7 exact «Seven bodies»']],
  [
    'Divers recovered the bodies of another three fishermen.',
    ['killed 3/3 exact «the bodies of another three fishermen»'],
  ],
  // A force counts its dead as lost.
  ['The mission has lost 52 peacekeepers since 2013.', ['killed 52/52 exact «has lost 52 peacekeepers»']],
  ['The party has lost 12 seats.', []],
  ['The club had lost 3 players to injury.', []],
  // "to be" links a toll to its figure.
  [
    'Officials put the death toll at 40 and later estimated it to be higher.',
    ['killed 40/40 exact «the death toll at 40»'],
  ],
  [
    'Medics estimated the death toll to be at least 70.',
    ['killed 70/null at_least «the death toll to be at least 70»'],
  ],
  ['The death toll is expected to be 100.', []],
  ['Several residents are in serious condition.', []],
  ['At least 14 schools are in poor condition.', []],
  ['Only 2 of the bridges remain in serious condition.', []],
  // A prepositional tail with an article stays in the subject noun phrase.
  [
    'Two nurses and a father with a toddler were among those dead.',
    ['killed 2/2 exact «Two nurses and a father with a toddler were among those dead»'],
  ],
  ['Three men in a van were killed.', ['killed 3/3 exact «Three men in a van were killed»']],
  // Without an auxiliary, a count before "shot" with an object after it counts the shooters.
  ['Two gunmen on a motorbike shot a policeman.', []],
  ['Two gunmen in a car shot dead a guard.', []],
  ['Four soldiers in a jeep were shot.', ['casualties 4/4 exact «Four soldiers in a jeep were shot»']],
  [
    'Some 80 boys and 65 girls are among those wounded.',
    ['injured 80/80 about «Some 80 boys»', 'injured 65/65 about «65 girls are among those wounded»'],
  ],
  [
    'The unit treated 230 war-wounded soldiers last month.',
    ['injured 230/230 exact «230 war-wounded soldiers»'],
  ],
  ['Officials counted 48 confirmed deaths by noon.', ['killed 48/48 exact «48 confirmed deaths»']],
  [
    'The agency logged 2.1 million new displacements this year.',
    ['displaced 2100000/2100000 exact «2.1 million new displacements»'],
  ],
]);

casualtyClaimsOf('an adverb between the auxiliary and the harm word', [
  [
    'At least 30 miners were yesterday trapped, and 7 were today confirmed dead.',
    ['killed 7/7 exact «7 were today confirmed dead»'],
  ],
  [
    'More than 25 people were overnight evacuated from the valley.',
    ['displaced 25/null at_least «More than 25 people were overnight evacuated»'],
  ],
  ['Nine guards were reportedly wounded.', ['injured 9/9 exact «Nine guards were reportedly wounded»']],
  [
    'About 2,000 people have now been displaced.',
    ['displaced 2000/2000 about «About 2,000 people have now been displaced»'],
  ],
  [
    'Officials gave a figure of 70 people who we have unaccounted for.',
    ['missing 70/70 exact «70 people who we have unaccounted for»'],
  ],
  // A death the adverb states is a death, not an injury or a shooting.
  ['Two officers were fatally shot.', ['killed 2/2 exact «Two officers were fatally shot»']],
  ['Three prisoners were mortally wounded.', ['killed 3/3 exact «Three prisoners were mortally wounded»']],
  // Adverbs that deny the harm keep the count dark.
  ['Twelve workers were nearly killed when the crane fell.', []],
  ['About 40 hikers were narrowly evacuated before the fire.', []],
  ['Six men were wrongly declared dead.', []],
]);

casualtyClaimsOf('people in camps and shelters are displaced', [
  ['Thousands flee as floods hit the delta', ['displaced null/null vague «Thousands flee»']],
  ['Up to 20,000 people could flee if the dam fails.', []],
  [
    'Some 3,000 have been forced to flee.',
    ['displaced 3000/3000 about «Some 3,000 have been forced to flee»'],
  ],
  ['About 5,000 residents are expected to flee the fire.', []],
  [
    'Nearly 40,000 residents have taken shelter in 120 school buildings.',
    ['displaced 40000/40000 about «Nearly 40,000 residents have taken shelter»'],
  ],
  [
    'The state said 612,000 people are now in about 1,900 relief camps.',
    ['displaced 612000/612000 exact «612,000 people are now in about 1,900 relief camps»'],
  ],
  [
    'More than 300,000 villagers have flocked to camps on higher ground.',
    ['displaced 300000/null at_least «More than 300,000 villagers have flocked to camps»'],
  ],
  [
    'Crews moved about a million people into temporary shelters.',
    ['displaced 1000000/1000000 about «about a million people into temporary shelters»'],
  ],
  [
    'About 6,500 people remain in evacuation centres.',
    ['displaced 6500/6500 about «About 6,500 people remain in evacuation centres»'],
  ],
  ['About 60 shoppers remained in shopping centres.', []],
  ['Around 3,000 recruits are in training camps near the border.', []],
  ['Some 4,000 fighters remain in camps in the north.', []],
  ['About 200 families sheltered in bomb shelters overnight.', []],
]);

casualtyClaimsOf('people who returned are displaced no longer', [
  ['Officials said about 12,000 evacuated residents have returned to the valley.', []],
  ['About 500 displaced people returned home on Sunday.', []],
  ['About 500 displaced people remain in the school.', ['displaced 500/500 about «About 500 displaced»']],
]);

casualtyClaimsOf('object counts', [
  [
    'The cyclone made some 900,000 people homeless.',
    ['displaced 900000/900000 about «some 900,000 people homeless»'],
  ],
  [
    'The offensive drove more than 50,000 residents from their homes.',
    ['displaced 50000/null at_least «drove more than 50,000 residents from their homes»'],
  ],
  [
    'The shelling prompted about 8,000 villagers to flee.',
    ['displaced 8000/8000 about «prompted about 8,000 villagers to flee»'],
  ],
  ['The strike prompted 8,000 workers to walk out.', []],
  [
    'The shelling forced over 4,000 people to abandon their homes.',
    ['displaced 4000/null at_least «forced over 4,000 people to abandon their homes»'],
  ],
  [
    'The offensive has forced more than 60,000 residents to abandon their homes.',
    ['displaced 60000/null at_least «forced more than 60,000 residents to abandon their homes»'],
  ],
  [
    'Nearly 700 villagers were forced to abandon their homes.',
    ['displaced 700/700 about «Nearly 700 villagers were forced to abandon their homes»'],
  ],
  ['The drought forced 300 farmers to abandon their fields.', []],
  [
    'The landslide forced a staggering 70,000 people from their homes.',
    ['displaced 70000/70000 exact «forced a staggering 70,000 people from their homes»'],
  ],
  ['The quake killed a total of 212 people.', ['killed 212/212 exact «killed a total of 212 people»']],
  ['The crash killed all 88 passengers on board.', ['killed 88/88 exact «killed all 88 passengers»']],
  ['Attackers beat four farmers to death near the well.', ['killed 4/4 exact «beat four farmers to death»']],
  ['The mob was accused of stoning 3 women to death.', ['killed 3/3 exact «stoning 3 women to death»']],
  ['The court sentenced 12 men to death on Monday.', []],
  [
    'The storm killed up to 90 people and made 400,000 homeless.',
    ['killed null/90 at_most «killed up to 90 people»', 'displaced 400000/400000 exact «400,000 homeless»'],
  ],
]);

casualtyClaimsOf('a series of harms before one count', [
  [
    'The rebels killed, abducted and maimed tens of thousands of civilians.',
    ['casualties null/null vague «killed, abducted and maimed tens of thousands of civilians»'],
  ],
  [
    'Gunmen have killed, raped or kidnapped hundreds of villagers.',
    ['casualties null/null vague «killed, raped or kidnapped hundreds of villagers»'],
  ],
  ['Militants killed and maimed 60 people.', ['casualties 60/60 exact «killed and maimed 60 people»']],
  // Not a harm of the list: the count keeps the verb next to it, or stays dark.
  [
    'The militia killed, looted and displaced thousands of people.',
    ['displaced null/null vague «displaced thousands of people»'],
  ],
  ['Police killed, arrested and detained hundreds of protesters.', []],
]);

casualtyClaimsOf('a count beside a named victim takes the verb', [
  [
    'Raiders opened fire, killing the imam and 9 other worshippers.',
    ['killed 9/9 exact «9 other worshippers»'],
  ],
  ['The bomb wounded a police officer and 14 other victims.', ['injured 14/14 exact «14 other victims»']],
  [
    'The rockets hit the depot and 40 homes, killing the guard and 3 others.',
    ['killed 3/3 exact «3 others»'],
  ],
  ['The blast killed the driver and damaged 30 cars.', []],
  ['Troops killed the commander and 5 members were arrested.', []],
]);

casualtyClaimsOf('tallies', [
  // Digits that are no count (a day first date) do not break the tally.
  [
    'Troops have killed 140 people in the district since the raids began on 3 June, including 22 children.',
    ['killed 140/140 exact «killed 140 people»', 'killed 22/22 exact «22 children»'],
  ],
  [
    'The field hospital treated 30 injured people including nine women.',
    ['injured 30/30 exact «30 injured»', 'injured 9/9 exact «nine women»'],
  ],
  [
    'At least 700 were hurt, including 41 who remain in intensive care.',
    // (The member's own harm phrase is its quote's end.)
    [
      'injured 700/null at_least «At least 700 were hurt»',
      'injured 41/41 exact «41 who remain in intensive care»',
    ],
  ],
  [
    'At least 700 were hurt, including 41 who were rescued from the rubble.',
    ['injured 700/null at_least «At least 700 were hurt»'],
  ],
]);

casualtyClaimsOf('earlier figures and elided tolls', [
  [
    'The ministry said 4,420 people have died, up from the 3,900 reported on Friday.',
    ['killed 4420/4420 exact «4,420 people have died»', 'killed 3900/3900 exact «3,900»'],
  ],
  [
    'The toll has climbed to 58 in the north and 12 in Kandy, officials said.',
    ['killed 58/58 exact «The toll has climbed to 58»', 'killed 12/12 exact «12 in Kandy»'],
  ],
  [
    'Blasts have killed 30 people, up from 5 percent of all deaths last year.',
    ['killed 30/30 exact «killed 30 people»'],
  ],
]);

casualtyClaimsOf('tolls', [
  [
    'The number of people in evacuation centres stood at 4,300 on Monday.',
    ['displaced 4300/4300 exact «The number of people in evacuation centres stood at 4,300»'],
  ],
  [
    'The death toll may have passed 900, the governor said.',
    ['killed 900/null at_least «The death toll may have passed 900»'],
  ],
  [
    'The number of displaced is thought to have reached 2 million.',
    ['displaced 2000000/2000000 exact «The number of displaced is thought to have reached 2 million»'],
  ],
  [
    'Six more miners were found dead, bringing the total to 27.',
    ['killed 6/6 exact «Six more miners were found dead»', 'killed 27/27 exact «the total to 27»'],
  ],
  [
    'The rains killed 9 people, taking the total for the season to 130.',
    ['killed 9/9 exact «killed 9 people»', 'killed 130/130 exact «the total for the season to 130»'],
  ],
  // A count that is no claim may come between: the total is still the claim's.
  [
    'The ministry reported 14 deaths in the past 24 hours, bringing the total to 1,433.',
    ['killed 14/14 exact «14 deaths»', 'killed 1433/1433 exact «the total to 1,433»'],
  ],
  ['Troops killed 4 people; the total arrested reached 60.', ['killed 4/4 exact «killed 4 people»']],
  ['Rescuers found 5 more survivors in 2 days, bringing the total to 40.', []],
  // A counted set in "Among the N dead were …" keeps its members.
  [
    'Among the 30 killed were six policemen.',
    ['killed 30/30 exact «30 killed»', 'killed 6/6 exact «six policemen»'],
  ],
  // A toll close to its figure is about it.
  ['Myanmar quake death toll nears 3,000', ['killed 3000/3000 about «death toll nears 3,000»']],
  [
    'The death toll is approaching 500, officials said.',
    ['killed 500/500 about «The death toll is approaching 500»'],
  ],
  ['Police arrested 8 people, bringing the total to 31.', []],
  ['The death toll could reach 900, the governor warned.', []],
  ['The number of displaced is likely to reach 2 million by spring.', []],
]);

casualtyClaimsOf('coordinated subjects', [
  // A verb after the first count makes it a clause of its own.
  ['Of the 40 people aboard, 28 survived and 12 drowned.', ['killed 12/12 exact «12 drowned»']],
  ['Seven escaped and 5 were killed.', ['killed 5/5 exact «5 were killed»']],
  [
    'At least 6 armed and 4 unarmed men were killed.',
    ['killed 6/null at_least «At least 6 armed»', 'killed 4/null at_least «4 unarmed men were killed»'],
  ],
]);

casualtyClaimsOf('counts and dates', [
  ['Since 14 May, 60 people have been killed.', ['killed 60/60 exact «60 people have been killed»']],
  ['Up to 14 may die if help is late.', []],
]);

casualtyClaimsOf('a part of a counted set', [
  // The predicate holds for the part only: the part is the claim, the set is none.
  [
    'Divers said two of the nine bodies had been recovered from the lake.',
    ['killed 2/2 exact «two of the nine bodies had been recovered»'],
  ],
  [
    "Police said 40 of the bus's 52 passengers were injured.",
    ["injured 40/40 exact «40 of the bus's 52 passengers were injured»"],
  ],
  [
    'Rescuers said 12 of the 30 climbers remain missing.',
    ['missing 12/12 exact «12 of the 30 climbers remain missing»'],
  ],
  [
    'The dead included 14 of the 60 workers at the plant.',
    ['killed 14/14 exact «14 of the 60 workers at the plant»'],
  ],
  [
    'The injured included at least 9 of the 40 passengers.',
    ['injured 9/null at_least «at least 9 of the 40 passengers»'],
  ],
  // The harm names the set, or the part is in no harmed state: the set stays.
  ['Three of the 10 people killed were children.', ['killed 10/10 exact «10 people killed»']],
  ['Four of the nine bodies were taken to the morgue.', ['killed 9/9 exact «nine bodies»']],
  ['Five of the 20 miners were rescued on Sunday.', []],
  ['The team included 14 of the 60 workers at the plant.', []],
]);

casualtyClaimsOf('bodies of a list of people', [
  [
    'The bodies of 8 soldiers and 3 civilians were recovered.',
    ['killed 8/8 exact «The bodies of 8 soldiers»', 'killed 3/3 exact «3 civilians»'],
  ],
  [
    'Officials said the bodies of 12 women, 9 men and four children had been recovered.',
    [
      'killed 12/12 exact «the bodies of 12 women»',
      'killed 9/9 exact «9 men»',
      'killed 4/4 exact «four children»',
    ],
  ],
  [
    'The bodies of at least 8 soldiers and 3 civilians were recovered.',
    ['killed 8/null at_least «The bodies of at least 8 soldiers»', 'killed 3/null at_least «3 civilians»'],
  ],
  [
    'Crews pulled out 21 bodies, including those of two infants.',
    ['killed 21/21 exact «21 bodies»', 'killed 2/2 exact «two infants»'],
  ],
  [
    'The bodies of 8 soldiers were recovered and 3 civilians were arrested.',
    ['killed 8/8 exact «The bodies of 8 soldiers»'],
  ],
  ['They found 21 bodies, including those in the basement.', ['killed 21/21 exact «21 bodies»']],
]);

casualtyClaimsOf('states of people after a disaster', [
  // Buried under rubble and still there is trapped, not dead; bodies and burials are the dead.
  ['About 300 people remain buried in the debris.', []],
  ['Thousands of people are still buried under rubble.', []],
  ['About 30 bodies remain buried under the mud.', ['killed 30/30 about «About 30 bodies»']],
  [
    'Dozens of people were buried in the landslide.',
    ['killed null/null vague «Dozens of people were buried»'],
  ],
  // An evacuation ordered and carried out; an order alone is not (yet) displacement.
  [
    'At least 200 residents were ordered evacuated after the dam cracked.',
    ['displaced 200/null at_least «At least 200 residents were ordered evacuated»'],
  ],
  ['Some 3,000 people were ordered to evacuate on Tuesday.', []],
  // A rescue still looking for people: they are missing.
  [
    'Some 90 people survived and rescuers were searching for 14 others.',
    ['missing 14/14 exact «searching for 14 others»'],
  ],
  ['Divers are still searching for 7 fishermen.', ['missing 7/7 exact «still searching for 7 fishermen»']],
  [
    'Coast guard boats were searching for the remaining 12 passengers.',
    ['missing 12/12 exact «searching for the remaining 12 passengers»'],
  ],
  ['Police are searching for two people in connection with the robbery.', []],
  ['Rescuers were searching for 14 others who were seen fleeing the gunmen.', []],
  ['Volunteers were searching for 5 dogs lost in the storm, a rescue group said.', []],
  ['Recruiters are searching for 200 workers.', []],
  // Trampled in a crush: hurt or killed, the text does not say.
  ['In the crush, several were trampled.', ['casualties null/null vague «several were trampled»']],
  [
    'At least 12 people were trampled as the crowd surged.',
    ['casualties 12/null at_least «At least 12 people were trampled»'],
  ],
  [
    'At least 12 people were trampled to death.',
    ['killed 12/null at_least «At least 12 people were trampled to death»'],
  ],
  ['The crowd trampled 12 flower beds.', []],
  // Fleeing a crime scene is no displacement.
  ['Three gunmen fled after the attack.', []],
  ['Police are searching for 3 men who fled the scene.', []],
  ['About 3,000 residents fled the fighting.', ['displaced 3000/3000 about «About 3,000 residents fled»']],
]);

casualtyClaimsOf('among the people harmed', [
  [
    'Two reporters were among the civilians killed in the raid.',
    ['killed 2/2 exact «Two reporters were among the civilians killed»'],
  ],
  [
    'Three nurses were among the people injured on Monday.',
    ['injured 3/3 exact «Three nurses were among the people injured»'],
  ],
  [
    'They said 40 children and 25 women were among the civilians killed.',
    ['killed 40/40 exact «40 children»', 'killed 25/25 exact «25 women were among the civilians killed»'],
  ],
  ['Two ministers were among the guests at the dinner.', []],
]);

casualtyClaimsOf('what is not a harmed count', [
  // A member named by its own harm clause is no harmed subject for the whole.
  ['Sixty miners, including 12 who were hurt, escaped.', ['injured 12/12 exact «12 who were hurt»']],
  ['Sixty miners escaped, including 12 who were hurt.', ['injured 12/12 exact «12 who were hurt»']],
  [
    'Sixty miners, including 12 children, were hurt.',
    ['injured 60/60 exact «Sixty miners»', 'injured 12/12 exact «12 children, were hurt»'],
  ],
  // "Bodies" that govern or are listed are organisations.
  ['The law covers 12 government bodies.', []],
  ['There are 23 bodies listed as banned groups in the country.', []],
  ['Police found 23 bodies that were dumped in the river.', ['killed 23/23 exact «23 bodies»']],
]);

casualtyClaimsOf('numbers as some outlets write them', [
  [
    'About 1,4-million people are internally displaced.',
    ['displaced 1400000/1400000 about «About 1,4-million people are internally displaced»'],
  ],
  [
    'Some 2.3-million people were displaced.',
    ['displaced 2300000/2300000 about «Some 2.3-million people were displaced»'],
  ],
  ['A 4-million-strong army killed 20 people.', ['killed 20/20 exact «killed 20 people»']],
  ['The wall is 5-m high and 30 people were hurt.', ['injured 30/30 exact «30 people were hurt»']],
]);

casualtyClaimsOf('a part of those listed with a harm', [
  [
    'Doctors said 15 of those listed as seriously injured were flown to the capital.',
    ['injured 15/15 exact «15 of those listed as seriously injured»'],
  ],
  [
    'Officials said 20 of those reported as missing are children.',
    ['missing 20/20 exact «20 of those reported as missing»'],
  ],
  ['Police said 4 of those listed as suspects were released.', []],
  // Found since: missing no longer.
  ['Officials said 20 of the missing had been found alive.', []],
  ['Officials said 20 of those reported as missing have been located.', []],
  [
    'Some 4,000 people have sheltered in relief camps.',
    ['displaced 4000/4000 about «Some 4,000 people have sheltered in relief camps»'],
  ],
  ['About 500 people sheltered in bomb shelters overnight.', []],
]);

casualtyClaimsOf('a figure that changed', [
  // A toll that rose states its new figure; the old one is only a change (docs/CLAIMS.md).
  [
    'The death toll from the floods rose from 31 to 40 on Sunday.',
    ['killed 40/40 exact «The death toll from the floods rose from 31 to 40»'],
  ],
  [
    'The number of people killed in the blast has climbed from 12 to 19.',
    ['killed 19/19 exact «The number of people killed in the blast has climbed from 12 to 19»'],
  ],
  [
    'Officials said 260 people had died, up from 210 on Tuesday evening.',
    ['killed 260/260 exact «260 people had died»'],
  ],
  // An old figure given as a report of its own is still a claim, and so is a revised one.
  [
    'Officials said 260 people had died, up from the 210 announced on Tuesday.',
    ['killed 260/260 exact «260 people had died»', 'killed 210/210 exact «210»'],
  ],
  [
    'The death toll was lowered from 35 to 33.',
    ['killed 35/35 exact «The death toll was lowered from 35»', 'killed 33/33 exact «to 33»'],
  ],
]);

casualtyClaimsOf('"one" before a singular harm noun', [
  [
    'Roads were blocked, with at least one death reported in the next county.',
    ['killed 1/null at_least «at least one death»'],
  ],
  ['The storm caused at least one fatality.', ['killed 1/null at_least «at least one fatality»']],
  [
    'The crash caused 14 injuries and one death.',
    ['injured 14/14 exact «14 injuries»', 'killed 1/1 exact «one death»'],
  ],
  // A lone "one death" is no count, and neither are compounds of "death".
  ['The hospital confirmed one death.', []],
  ['The editor received at least one death threat.', []],
  ['At least one death sentence was commuted.', []],
  ['At least one death-row prisoner was freed.', []],
]);

casualtyClaimsOf('people still sought after a disaster or a strike', [
  [
    'The death toll could rise as the charity kept up the search for 3 dozen staff members.',
    ['missing 36/36 exact «search for 3 dozen staff members»'],
  ],
  [
    'Days after the blast the search continued for 17 employees, some of them feared dead.',
    ['missing 17/17 exact «search continued for 17 employees»'],
  ],
  [
    'A week after the quake, the company was still unable to locate the 9 workers.',
    ['missing 9/9 exact «still unable to locate the 9 workers»'],
  ],
  [
    'Two days after the air strike, staff were unable to trace 11 patients.',
    ['missing 11/11 exact «unable to trace 11 patients»'],
  ],
  // No disaster or strike, police or suspects searching, or not people: no one is missing.
  ['The agency is searching for 40 staff members for its new office.', []],
  ['The clinic was unable to find 20 nurses for the night shift.', []],
  ['After the attack, police were unable to locate the 3 employees.', []],
  ['After the blast, troops were searching for 2 people suspected of planting it.', []],
  ['After the flood, clerks were unable to locate 30 patients’ files.', []],
]);

casualtyClaimsOf('a subject placed by an aside of distance', [
  [
    'At least 30 worshippers at the mosque in Dara town, some 15 kilometres north of the border, were killed.',
    [
      'killed 30/null at_least «At least 30 worshippers at the mosque in Dara town, some 15 kilometres north of the border, were killed»',
    ],
  ],
  [
    'Some 200 people in Rio Seco, a town 40 miles from the coast, were displaced.',
    ['displaced 200/200 about «Some 200 people in Rio Seco, a town 40 miles from the coast, were displaced»'],
  ],
  // Things in the place, or a harm word that is not the subject's predicate, stay dark.
  ['Two bridges in the district, about 20 km from the city, were damaged.', []],
  ['About 40 pupils at the school, 12 km from the front, were sent home.', []],
]);

casualtyClaimsOf('a count closing a list of named victims', [
  [
    'The bomber blew himself up at a wedding, killing himself, his uncle -- a guard for the U.N. mission -- and six others.',
    ['killed 6/6 exact «six others»'],
  ],
  ['The attacker detonated a vest, killing himself and 3 others.', ['killed 3/3 exact «3 others»']],
  ['The blast killed the mayor, his wife and three others.', ['killed 3/3 exact «three others»']],
  // The nearest harm verb names the harm; a clause of its own or things are no victims.
  ['Gunmen killed a guard, wounding a driver and two others.', ['injured 2/2 exact «two others»']],
  ['The strike killed the commander, police said, and 5 others were arrested.', []],
  ['The storm destroyed the school, the clinic and 40 homes.', []],
]);

casualtyClaimsOf('a tally after members named one by one', [
  [
    'The dead included five clinic workers, namely a surgeon, two nurses, a cook and a porter.',
    ['killed 5/5 exact «five clinic workers»', 'killed 2/2 exact «two nurses»'],
  ],
  [
    'The shelling killed 8 people, including a teacher, a shopkeeper and three children.',
    ['killed 8/8 exact «killed 8 people»', 'killed 3/3 exact «three children»'],
  ],
  // A member is no larger than its whole: a larger count after the list starts a new clause.
  [
    'The shelling killed 8 people, including a teacher, a shopkeeper, and 200 troops were sent in.',
    ['killed 8/8 exact «killed 8 people»'],
  ],
]);

casualtyClaimsOf('a verbless breakdown of the count before', [
  [
    'Medics said nine people were hurt. Three men, four women and two children.',
    [
      'injured 9/9 exact «nine people were hurt»',
      'injured 3/3 exact «Three men»',
      'injured 4/4 exact «four women»',
      'injured 2/2 exact «two children»',
    ],
  ],
  [
    '"We know of six victims so far. Four men and two women," the mayor said.',
    [
      'casualties 6/6 exact «six victims»',
      'casualties 4/4 exact «Four men»',
      'casualties 2/2 exact «two women»',
    ],
  ],
  [
    'Medics said eight people were hurt. Five men and three women, the medics said, adding that some were badly injured.',
    [
      'injured 8/8 exact «eight people were hurt»',
      'injured 5/5 exact «Five men»',
      'injured 3/3 exact «three women»',
    ],
  ],
  // Members that do not add up to the count, a sentence with a verb of its own, or things.
  [
    'Medics said nine people were hurt. Three men and four women.',
    ['injured 9/9 exact «nine people were hurt»'],
  ],
  [
    'Medics said nine people were hurt. Three men and six women arrived later.',
    ['injured 9/9 exact «nine people were hurt»'],
  ],
  [
    'Medics said nine people were hurt. Four buses and five cars.',
    ['injured 9/9 exact «nine people were hurt»'],
  ],
]);

casualtyClaimsOf('the last member of a tally before a clause of its own', [
  [
    'Officials said 14 people died, including three boys and four women, and 52 were hurt.',
    [
      'killed 14/14 exact «14 people died»',
      'killed 3/3 exact «three boys»',
      'killed 4/4 exact «four women»',
      'injured 52/52 exact «52 were hurt»',
    ],
  ],
  [
    'The strikes killed 30 people, including 6 boys, 5 girls and 2 nurses, and about 90 were wounded.',
    [
      'killed 30/30 exact «killed 30 people»',
      'killed 6/6 exact «6 boys»',
      'killed 5/5 exact «5 girls»',
      'killed 2/2 exact «2 nurses»',
      'injured 90/90 about «about 90 were wounded»',
    ],
  ],
  // A list that runs on to its own harm word is coordinated with it.
  [
    'The blast killed 9 people, including 4 guards and three cooks were hurt.',
    [
      'killed 9/9 exact «killed 9 people»',
      'injured 4/4 exact «4 guards»',
      'injured 3/3 exact «three cooks were hurt»',
    ],
  ],
]);

casualtyClaimsOf('a tally of named members and a count', [
  [
    'The shelling killed eight people. Among the dead were a baker and her three sons.',
    ['killed 8/8 exact «killed eight people»', 'killed 3/3 exact «three sons»'],
  ],
  [
    "Among the dead were a driver and the driver's two nephews, the mayor said.",
    ['killed 2/2 exact «two nephews»'],
  ],
  ['Among those wounded were a guard, a cook and 14 pupils.', ['injured 14/14 exact «14 pupils»']],
  // A count inside a clause about a member, things, or a clause of its own stay dark.
  ['Among the dead were a farmer and his 40 cows.', []],
  ['Among the dead was a vet who had treated 30 dogs.', []],
  ['Among the injured is a boy, and several people are in critical condition.', []],
  ['Among the guests were a singer and her two aides.', []],
]);

casualtyClaimsOf('a rate between the people and their harm', [
  [
    'The agency says 25 children a month have been killed or injured by mines.',
    ['casualties 25/25 exact «25 children a month have been killed or injured»'],
  ],
  [
    'Some 300 pedestrians a year are injured on the road.',
    ['injured 300/300 about «Some 300 pedestrians a year are injured»'],
  ],
  ['The clinic sees 30 patients a day.', []],
  ['The clinic treats 30 patients a day for minor ailments.', []],
]);

casualtyClaimsOf('people in need beside a coordinated harm', [
  [
    'The agency said an estimated 3.2 million people in need of aid and 800,000 people displaced across the region face hunger.',
    ['displaced 800000/800000 about «800,000 people displaced»'],
  ],
  [
    'Some 2 million people at risk of famine and 400,000 displaced by the drought were counted.',
    ['displaced 400000/400000 about «400,000 displaced»'],
  ],
  // Coordinated people of the harm itself still share it.
  [
    'At least 40 farmers and 12 herders were displaced.',
    [
      'displaced 40/null at_least «At least 40 farmers»',
      'displaced 12/null at_least «12 herders were displaced»',
    ],
  ],
]);

casualtyClaimsOf('abductees are not missing', [
  ['Gunmen abducted 80 pupils from the school in March. More than 50 of the pupils are still missing.', []],
  ['Gunmen abducted 80 pupils from the school in March, and 50 of them are still missing.', []],
  ['Some 50 kidnapped pupils are still missing.', []],
  // A part of a set lost in a disaster is missing, as are people never taken.
  [
    'The boat capsized with 80 pupils on board. More than 50 of the pupils are still missing.',
    ['missing 50/null at_least «More than 50 of the pupils are still missing»'],
  ],
  [
    'A ferry carrying 120 passengers sank on Monday, and 30 of them are still missing.',
    ['missing 30/30 exact «30 of them are still missing»'],
  ],
  [
    'Rebels kidnapped a priest last year. After the flood, 20 of the villagers are still missing.',
    ['missing 20/20 exact «20 of the villagers are still missing»'],
  ],
]);

casualtyClaimsOf('a part of the victims named by who they were', [
  [
    'A drone strike killed three people on Monday. A commander and his guard were killed, officials said. Later a minister said two of the victims were journalists.',
    ['killed 3/3 exact «killed three people»', 'killed 2/2 exact «two of the victims»'],
  ],
  [
    'A landslide injured 30 villagers. Six of the victims were children.',
    ['injured 30/30 exact «injured 30 villagers»', 'injured 6/6 exact «Six of the victims»'],
  ],
  // Without a claim before, after victims of both harms, a larger part, or another state.
  ['Officials said two of the victims were teachers.', ['casualties 2/2 exact «two of the victims»']],
  [
    'Police said 13 people were shot at a party. Two of the victims were teenagers.',
    ['casualties 13/13 exact «13 people were shot»', 'casualties 2/2 exact «Two of the victims»'],
  ],
  [
    'The bombing killed two people. Officials said five of the victims were foreigners.',
    ['killed 2/2 exact «killed two people»', 'casualties 5/5 exact «five of the victims»'],
  ],
  [
    'The storm killed 12 people. Two of the victims were rescued by boat.',
    ['killed 12/12 exact «killed 12 people»', 'casualties 2/2 exact «Two of the victims»'],
  ],
]);

casualtyClaimsOf('people who went somewhere for their safety', [
  [
    'Local leaders estimate that 900 people from Bor town and nearby villages have moved to the UN base in Juba for safety.',
    [
      'displaced 900/900 about «estimate that 900 people from Bor town and nearby villages have moved to the UN base in Juba for safety»',
    ],
  ],
  [
    'About 1,500 villagers went to the mission compound for their safety.',
    ['displaced 1500/1500 about «About 1,500 villagers went to the mission compound for their safety»'],
  ],
  [
    'Officials estimate that 40 people were killed in the raid.',
    ['killed 40/40 about «estimate that 40 people were killed»'],
  ],
  // Things, armed men, and a visit about safety stay dark.
  ['Around 40 cars were moved to a car park for safety.', []],
  ['About 200 soldiers moved to the airport for safety.', []],
  ['The 12 inspectors went to the plant to check its safety.', []],
]);

casualtyClaimsOf('harm words and auxiliaries of conflict reports', [
  ['Four police officers were then killed.', ['killed 4/4 exact «Four police officers were then killed»']],
  ['Three guards were then released.', []],
  [
    'Two aid workers were among those reportedly killed in the raid.',
    ['killed 2/2 exact «Two aid workers were among those reportedly killed»'],
  ],
  ['Two aid workers were among those arrested after the raid.', []],
  [
    'Three among the raiders were also gunned down by troops.',
    ['killed 3/3 exact «Three among the raiders were also gunned down»'],
  ],
  ['Three among the raiders were later arrested.', []],
  ['Police gunned down two suspects on Friday.', ['killed 2/2 exact «gunned down two suspects»']],
  [
    'Two of our comrades were martyred in the shelling.',
    ['killed 2/2 exact «Two of our comrades were martyred»'],
  ],
  [
    'Officials said 15 people remain listed as missing after the storm.',
    ['missing 15/15 exact «15 people remain listed as missing»'],
  ],
  ['Officials said 15 people were listed as speakers.', []],
  // People who vanish are missing; things that vanish, or a forecast, are not.
  [
    'A crisis in which over 9,000 people vanished.',
    ['missing 9000/null at_least «over 9,000 people vanished»'],
  ],
  [
    'Dozens of villagers disappeared during the fighting.',
    ['missing null/null vague «Dozens of villagers disappeared»'],
  ],
  ['Some 300 jobs disappeared after the closure.', []],
  ['Thousands of migrants could vanish without help.', []],
]);

casualtyClaimsOf('a harm noun before its people', [
  [
    'The raid followed the wounding of 11 farmers in the valley.',
    ['injured 11/11 exact «the wounding of 11 farmers»'],
  ],
  [
    'The militia claimed a brutal massacre of at least 60 villagers last year.',
    ['killed 60/null at_least «massacre of at least 60 villagers»'],
  ],
  [
    'The court heard about the murder of two journalists.',
    ['killed 2/2 exact «the murder of two journalists»'],
  ],
  ['The wounding of 3 horses angered the owners.', []],
  ['The report described the slaughter of 400 cattle.', []],
]);

casualtyClaimsOf('a gapped clause after a harm clause', [
  // The qualifier does not carry into the gapped clause.
  [
    'At least six soldiers were killed in Tarvo and three more soldiers in Beluga district, the army said.',
    ['killed 6/null at_least «At least six soldiers were killed»', 'killed 3/3 exact «three more soldiers»'],
  ],
  [
    'Some 2 million people have fled the fighting, and hundreds of thousands more in recent weeks.',
    [
      'displaced 2000000/2000000 about «Some 2 million people have fled»',
      'displaced null/null vague «hundreds of thousands more»',
    ],
  ],
  // Things, a forecast, or a verb of its own stay dark.
  [
    'At least six soldiers were killed in Tarvo and three more trucks in Beluga district, the army said.',
    ['killed 6/null at_least «At least six soldiers were killed»'],
  ],
  [
    'Some 2 million people have fled the fighting, and hundreds of thousands more are expected.',
    ['displaced 2000000/2000000 about «Some 2 million people have fled»'],
  ],
  [
    'At least six soldiers were killed in Tarvo and three more soldiers arrived in Beluga on Monday.',
    ['killed 6/null at_least «At least six soldiers were killed»'],
  ],
]);

casualtyClaimsOf('a toll split by the side each member fought on', [
  [
    'The fighting killed 40 rebels, 12 members of a tribal militia, 25 from the government forces and their allies, and 9 civilians.',
    [
      'killed 40/40 exact «killed 40 rebels»',
      'killed 12/12 exact «12 members of a tribal militia»',
      'killed 25/25 exact «25 from the government forces and their allies»',
      'killed 9/9 exact «9 civilians»',
    ],
  ],
  [
    'The clashes killed 30 people, 18 from the army and 12 from the rebel side.',
    [
      'killed 30/30 exact «killed 30 people»',
      'killed 18/18 exact «18 from the army»',
      'killed 12/12 exact «12 from the rebel side»',
    ],
  ],
  ['The army deployed 300 soldiers, 50 from the special forces.', []],
  [
    'The fighting killed 40 rebels and 25 from the government forces were captured.',
    ['killed 40/40 exact «killed 40 rebels»'],
  ],
]);

casualtyClaimsOf('a relative clause between a subject and its harm', [
  [
    'The group said three of its guards, who were posted at a checkpoint near the Rivo (RV) crossing, were killed by a drone.',
    [
      'killed 3/3 exact «three of its guards, who were posted at a checkpoint near the Rivo (RV) crossing, were killed»',
    ],
  ],
  [
    'Five workers, who were repairing a power line in the valley, were injured when a shell landed.',
    ['injured 5/5 exact «Five workers, who were repairing a power line in the valley, were injured»'],
  ],
  ['Two men, who had travelled from the coast, were detained at the border.', []],
  [
    'Two men, who were wounded in the blast, were arrested later.',
    ['injured 2/2 exact «Two men, who were wounded»'],
  ],
]);

casualtyClaimsOf('a count of places before a subject', [
  [
    'On the nearby four islands, 30 people have been killed.',
    ['killed 30/30 exact «30 people have been killed»'],
  ],
  [
    'Some 40 soldiers, 3 medics were hurt.',
    ['injured 40/40 about «Some 40 soldiers»', 'injured 3/3 about «3 medics were hurt»'],
  ],
]);

casualtyClaimsOf('a qualifier carries along a list of three or more coordinated counts', [
  [
    'At least 14 children, 9 women and 3 men were killed in the strike.',
    [
      'killed 14/null at_least «At least 14 children»',
      'killed 9/null at_least «9 women»',
      'killed 3/null at_least «3 men were killed»',
    ],
  ],
  [
    'More than 20 soldiers, 15 police officers and 3 civilians were wounded.',
    [
      'injured 20/null at_least «More than 20 soldiers»',
      'injured 15/null at_least «15 police officers»',
      'injured 3/null at_least «3 civilians were wounded»',
    ],
  ],
  // Separate clauses keep their own: docs/CLAIMS.md's "At least 23 killed and 28 wounded".
  [
    'At least 23 killed and 28 wounded.',
    ['killed 23/null at_least «At least 23 killed»', 'injured 28/28 exact «28 wounded»'],
  ],
]);

casualtyClaimsOf('a toll hedged by "somewhere", a harm noun with its agent before "of"', [
  [
    'Residents think the true toll is somewhere around 40-50.',
    ['killed 40/50 about «toll is somewhere around 40-50»'],
  ],
  [
    'The number of dead is somewhere close to 15.',
    ['killed 15/15 about «The number of dead is somewhere close to 15»'],
  ],
  ['The toll booth is somewhere past exit 12.', []],
  [
    'Protests followed the killing by riot police of two students.',
    ['killed 2/2 exact «the killing by riot police of two students»'],
  ],
  [
    'The evacuation by boat of 300 villagers took two days.',
    ['displaced 300/300 exact «The evacuation by boat of 300 villagers»'],
  ],
  ['The killing by police of a driver in 2019 drew 5,000 marchers.', []],
  ['The killing by frost of 40 hectares of crops ruined the season.', []],
]);

casualtyClaimsOf('subjects parted from their harm word by a quoted name or a comma-less aside', [
  [
    'Nine men, whom the governor called "bandits," were killed overnight.',
    ['killed 9/9 exact «Nine men, whom the governor called "bandits," were killed»'],
  ],
  [
    'Six youths, whom police described as “looters” or “thugs”, were wounded.',
    ['injured 6/6 exact «Six youths, whom police described as “looters” or “thugs”, were wounded»'],
  ],
  ['Nine men, whom the governor called "bandits," were arrested.', []],
  ['Five men, who shouted "stop the killing," were detained.', []],
  [
    'At least 8 farmers including a boy were killed.',
    ['killed 8/null at_least «At least 8 farmers including a boy were killed»'],
  ],
  [
    'Fourteen pilgrims including a priest and a nurse were reported hurt.',
    ['injured 14/14 exact «Fourteen pilgrims including a priest and a nurse were reported hurt»'],
  ],
  ['About 30 soldiers including a general were sent to the front.', []],
  ['Twelve rooms including a kitchen were destroyed.', []],
]);

casualtyClaimsOf('the old figure of a change is no claim; a figure a later one replaced is', [
  [
    'Medics said gunmen killed 12 people – up from an earlier toll of nine – and hurt 30.',
    ['killed 12/12 exact «killed 12 people»', 'injured 30/30 exact «hurt 30»'],
  ],
  // Reported as such, the old figure is a claim of its own.
  [
    'The toll climbed to 80, up from the previous toll of 65 reported on Monday.',
    ['killed 80/80 exact «The toll climbed to 80»', 'killed 65/65 exact «toll of 65»'],
  ],
  // A figure said before a revision is still what that source reported (a fact-checker
  // compares it with the later one).
  [
    'The toll climbed to 80. The governor had earlier reported 65 dead in the storm.',
    ['killed 80/80 exact «The toll climbed to 80»', 'killed 65/65 exact «65 dead»'],
  ],
  ['An earlier report had put the death toll at 17.', ['killed 17/17 exact «the death toll at 17»']],
  [
    'After the state government initially reported 128 deaths, the police chief revised the official figures.',
    ['killed 128/128 exact «128 deaths»'],
  ],
  [
    'The toll had been revised to around 1,200 from a previous government estimate of 1,400.',
    [
      'killed 1200/1200 about «The toll had been revised to around 1,200»',
      'killed 1400/1400 about «a previous government estimate of 1,400»',
    ],
  ],
  [
    'The raid resulted in the deaths of over 1,200 people (revised downward from their initial claim of 1,400).',
    [
      'killed 1200/null at_least «the deaths of over 1,200 people»',
      'killed 1400/1400 exact «their initial claim of 1,400»',
    ],
  ],
  // Without a revision, "from the previous …" is what a change started from.
  ['The toll rose to 40 from the previous figure of 30.', ['killed 40/40 exact «The toll rose to 40»']],
  ['The governor reported 65 dead in the storm.', ['killed 65/65 exact «65 dead»']],
  ['Officials previously put the death toll at 17.', ['killed 17/17 exact «the death toll at 17»']],
  // "since" before a number word opens a clause; before a year it dates.
  [
    'He spoke for the first time since seven people were killed in a gunfight in Beirut.',
    ['killed 7/7 exact «seven people were killed»'],
  ],
  ['Deaths since 2019 number in the dozens.', []],
]);

casualtyClaimsOf('"IS" as the acronym inside the counted phrase', [
  [
    'Security forces said six IS militants were killed in the raid.',
    ['killed 6/6 exact «six IS militants were killed»'],
  ],
  // "IS" before a participle is the verb's place: the phrase stops before it.
  [
    'In Syria, troops destroyed 160 of gunmen IS prohibited in the Russian Federation.',
    ['killed 160/160 exact «destroyed 160 of gunmen»'],
  ],
  // The verb in lower case still ends the phrase.
  ['The death toll is 50.', ['killed 50/50 exact «The death toll is 50»']],
]);

casualtyClaimsOf('members of a shooting’s victims who died of it', [
  [
    'Police said 14 people were shot, three of them fatally.',
    ['casualties 14/14 exact «14 people were shot»', 'killed 3/3 exact «three of them fatally»'],
  ],
  // Members without "fatally" keep the harm counted.
  [
    'Police said 14 people were shot, three of them children.',
    ['casualties 14/14 exact «14 people were shot»', 'casualties 3/3 exact «three of them children»'],
  ],
]);

casualtyClaimsOf('"N-plus" is a floor, like "N+"', [
  [
    '100-plus people were injured in the stampede.',
    ['injured 100/null at_least «100-plus people were injured»'],
  ],
  // Not an age or a measure.
  ['The 100-plus-year-old man died.', []],
]);

casualtyClaimsOf('a subject tied to a group whose acronym follows its name', [
  [
    'At least three terrorists linked to the banned Tehreek-e-Taliban Pakistan (TTP) were killed in an operation, police said.',
    [
      'killed 3/null at_least «At least three terrorists linked to the banned Tehreek-e-Taliban Pakistan (TTP) were killed»',
    ],
  ],
  // Arrested is no harm.
  ['Three men linked to the Tehreek-e-Taliban Pakistan (TTP) were arrested.', []],
]);

casualtyClaimsOf('"among the deceased were N"', [
  ['Among the deceased were nine aid workers, the group said.', ['killed 9/9 exact «nine aid workers»']],
  // Among the living is no harm.
  ['Among the guests were nine aid workers.', []],
]);

casualtyClaimsOf('a participle joined to the harm verb: "were abducted and killed"', [
  [
    'About 40 people were surprised and killed with machetes.',
    ['killed 40/40 about «About 40 people were surprised and killed»'],
  ],
  [
    'Twelve villagers were abducted and killed.',
    ['killed 12/12 exact «Twelve villagers were abducted and killed»'],
  ],
  // Abducted alone is no harm by the contract.
  ['Twelve villagers were abducted and released.', []],
]);

casualtyClaimsOf('"another dozen" is twelve', [
  [
    'Another dozen people were killed in the province.',
    ['killed 12/12 exact «Another dozen people were killed»'],
  ],
  ['Another 12 people were killed.', ['killed 12/12 exact «12 people were killed»']],
]);

casualtyClaimsOf('two participles or three modifiers before the harm noun', [
  [
    'Photos showed more than a dozen burned and mutilated bodies.',
    ['killed 12/null at_least «more than a dozen burned and mutilated bodies»'],
  ],
  ['Rescuers found 12 burned, mutilated bodies.', ['killed 12/12 exact «12 burned, mutilated bodies»']],
  [
    'Estimates range up to 320,000 total Russian combatant casualties.',
    ['casualties null/320000 at_most «up to 320,000 total Russian combatant casualties»'],
  ],
  // "and" before a noun with no participle on both sides still ends the phrase.
  ['Police arrested 12 men and charred bodies were found.', []],
]);

casualtyClaimsOf('"and affiliated", "and allied" join the victims, not a new clause', [
  [
    'More than 200 Taliban and affiliated terrorists have been neutralised, the army said.',
    ['killed 200/null at_least «More than 200 Taliban and affiliated terrorists have been neutralised»'],
  ],
  [
    'More than 200 soldiers and allied militiamen were killed.',
    ['killed 200/null at_least «More than 200 soldiers and allied militiamen were killed»'],
  ],
]);

casualtyClaimsOf('an age after "turned"', [
  ['The body of a girl who had just turned two was pulled from the rubble.', []],
  // The age is no count; the victims' count in the same sentence is.
  ['A boy who turned 12 last week was among 30 people killed.', ['killed 30/30 exact «30 people killed»']],
  ['Rescuers pulled two bodies from the rubble.', ['killed 2/2 exact «two bodies»']],
]);

casualtyClaimsOf('a whole and a counted part of it', [
  // The part has a harm of its own; the whole has none.
  [
    'The city is home to some 1.5 million people, 800,000 of whom are displaced by the war.',
    ['displaced 800000/800000 exact «800,000 of whom are displaced»'],
  ],
  ['The bus carried 40 people, 12 of whom were killed.', ['killed 12/12 exact «12 of whom were killed»']],
  // The part in an aside names who they were; the harm after it is the whole's, and the part's.
  [
    'At least 40 people, 12 of whom were children, were killed.',
    ['killed 40/null at_least «At least 40 people»', 'killed 12/12 exact «12 of whom were children»'],
  ],
  [
    'Three people, two of them children, died.',
    ['killed 3/3 exact «Three people»', 'killed 2/2 exact «two of them children, died»'],
  ],
]);

casualtyClaimsOf('"deaths among X include N"', [
  [
    'The 26 deaths among security forces in 2022 include 14 police officers.',
    ['killed 26/26 exact «26 deaths»', 'killed 14/14 exact «14 police officers»'],
  ],
  ['Deaths in the region include 12 children.', ['killed 12/12 exact «12 children»']],
  // Not a harm word before "include".
  ['Guests at the wedding include 12 children.', []],
]);

casualtyClaimsOf("a second object after the first one's place", [
  [
    'The bombings killed 10 civilians at Kabul University and five civilians at a wedding.',
    ['killed 10/10 exact «killed 10 civilians»', 'killed 5/5 exact «five civilians at a wedding»'],
  ],
  [
    'The strike killed 10 civilians in Kabul and five soldiers in Herat.',
    ['killed 10/10 exact «killed 10 civilians»', 'killed 5/5 exact «five soldiers in Herat»'],
  ],
  // A count of things after the place is no victim.
  [
    'The strike killed 10 civilians in Kabul and five rockets were fired.',
    ['killed 10/10 exact «killed 10 civilians»'],
  ],
]);

casualtyClaimsOf('"lose (their) lives" in headline present tense', [
  ['Thirteen people lose their lives in floods.', ['killed 13/13 exact «Thirteen people lose their lives»']],
  // A forecast stays dark.
  ['Many could lose their lives.', []],
]);

casualtyClaimsOf('"N more were neutralised" in a military report', [
  [
    'Eight more were neutralised in Mohmand district and three more in Karak district, the ISPR said.',
    ['killed 8/8 exact «Eight more were neutralised»', 'killed 3/3 exact «three more»'],
  ],
  // "eliminated" is what a contest does too.
  ['Eight more were eliminated from the contest.', []],
]);

casualtyClaimsOf('"were among the casualties"', [
  [
    'Three soldiers were among the casualties.',
    ['casualties 3/3 exact «Three soldiers were among the casualties»'],
  ],
]);

casualtyClaimsOf('a relative clause on the group inside the subject', [
  [
    'Three militants from the Jaish-e-Mohammed group, which claimed responsibility for the suicide attack, were killed in a gun battle.',
    [
      'killed 3/3 exact «Three militants from the Jaish-e-Mohammed group, which claimed responsibility for the suicide attack, were killed»',
    ],
  ],
  // A harm word inside the clause is the clause's.
  [
    'Three residents of the town, which was shelled and left dozens dead, were evacuated.',
    ['killed null/null vague «dozens dead»'],
  ],
]);

casualtyClaimsOf('"left N X, a Y and a Z dead"', [
  [
    'The battle left four Indian soldiers, a policeman and a civilian dead.',
    ['killed 4/4 exact «left four Indian soldiers, a policeman and a civilian dead»'],
  ],
]);

casualtyClaimsOf('a side "lost" its men', [
  [
    'We lost dozens of men in Noaka and several are wounded.',
    ['killed null/null vague «We lost dozens of men»', 'injured null/null vague «several are wounded»'],
  ],
  ['The army lost 12 soldiers in the ambush.', ['killed 12/12 exact «The army lost 12 soldiers»']],
  ['The army lost control of 12 villages.', []],
]);

casualtyClaimsOf("a singular verb after a plural object member is the main clause's", [
  [
    'The chance that the group carried out the bombings that killed 10 civilians at Kabul University and five civilians at a wedding has increased.',
    ['killed 10/10 exact «killed 10 civilians»', 'killed 5/5 exact «five civilians at a wedding»'],
  ],
]);

casualtyClaimsOf('a side "lost" its kin', [
  ['Village elders said they lost 59 kinsmen in the raid.', ['killed 59/59 exact «they lost 59 kinsmen»']],
  ['The party lost 20 members to the new movement.', []],
]);

casualtyClaimsOf('"claims lives of", "taken the lives of", "taken N lives"', [
  [
    'Ambush in Northern Province Claims Lives of 53 Soldiers',
    ['killed 53/53 exact «Claims Lives of 53 Soldiers»'],
  ],
  [
    'An insurgency that has taken the lives of more than 2,300 people.',
    ['killed 2300/null at_least «taken the lives of more than 2,300 people»'],
  ],
  [
    'The insurgency has taken more than 2,300 lives.',
    ['killed 2300/null at_least «taken more than 2,300 lives»'],
  ],
  ['The shift has taken 30 minutes.', []],
]);

casualtyClaimsOf('"N soldiers including <rank and name> embraced shahadat"', [
  [
    'Nine soldiers including Naib Subedar Aslam Khan embraced shahadat, while five soldiers were injured.',
    [
      'killed 9/9 exact «Nine soldiers including Naib Subedar Aslam Khan embraced shahadat»',
      'injured 5/5 exact «five soldiers were injured»',
    ],
  ],
  // Lower-case words after "including" are no name: the plural must name people.
  ['Nine soldiers including some from the north were killed.', []],
]);

casualtyClaimsOf('"the number of deaths and injuries … was N" counts casualties', [
  [
    'The number of deaths and injuries recorded during May and June alone was 2,392.',
    ['casualties 2392/2392 exact «deaths and injuries recorded during May and June alone was 2,392»'],
  ],
  [
    'The death toll rose to 40 and the number of injuries to 80.',
    ['killed 40/40 exact «The death toll rose to 40»', 'injured 80/80 exact «the number of injuries to 80»'],
  ],
]);

casualtyClaimsOf('a predicted count is a forecast', [
  [
    'The statement predicted that 250,000 refugees, as well as 60,000 returned migrants could be expected to arrive by the end of 2023.',
    [],
  ],
  ['UNHCR projected 300,000 displaced by December.', []],
  [
    'The statement said that 250,000 refugees had arrived.',
    ['displaced 250000/250000 exact «250,000 refugees»'],
  ],
]);

casualtyClaimsOf('people "hosted in" shelters are displaced', [
  [
    'More than 155,000 people are being hosted in more than 800 shelters.',
    ['displaced 155000/null at_least «More than 155,000 people are being hosted in more than 800 shelters»'],
  ],
  ['The hotel hosted 300 guests in its conference centres.', []],
]);

casualtyClaimsOf('"fleeing previous waves of conflict"', [
  [
    'Chad already hosts nearly 409,000 Sudanese fleeing previous waves of conflict.',
    ['displaced 409000/409000 about «nearly 409,000 Sudanese fleeing previous waves of conflict»'],
  ],
  ['Nearly 40,000 people attended previous waves of protests.', []],
]);

casualtyClaimsOf('"Of these 172 terrorists, 108 belonged to X, followed by 35 of Y": a set split by group', [
  [
    'The government says 172 terrorists, including 42 foreign nationals, were killed in more than 90 operations in 2022. Of these 172 terrorists, 108 belonged to the Lashkar-e-Taiba or its offshoot The Resistance Front (TRF), followed by 35 of the Jaish-e-Mohammad, 22 of Hizbul Mujahideen, four of Al-Badr and three of Ansar Ghazwat-ul-Hind.',
    [
      'killed 172/172 exact «172 terrorists»',
      'killed 42/42 exact «42 foreign nationals, were killed»',
      'killed 108/108 exact «108 belonged to the Lashkar-e-Taiba»',
      'killed 35/35 exact «35 of the Jaish-e-Mohammad»',
      'killed 22/22 exact «22 of Hizbul Mujahideen»',
      'killed 4/4 exact «four of Al-Badr»',
      'killed 3/3 exact «three of Ansar Ghazwat-ul-Hind»',
    ],
  ],
  // The figure must be one the sentence before claimed: another figure is another set.
  [
    'Officials said 172 people were killed in 2022. Of the 170 people, 108 were from Pakistan.',
    ['killed 172/172 exact «172 people were killed»'],
  ],
  [
    'Officials said 172 people were killed in 2022. Of the 172, 108 were from Pakistan.',
    ['killed 172/172 exact «172 people were killed»', 'killed 108/108 exact «108 were from Pakistan»'],
  ],
  // After a count of things, "them" may be the things; a figure still names the victims.
  [
    'Gunmen killed 12 people in 3 villages. Of them, 4 were children.',
    ['killed 12/12 exact «killed 12 people»'],
  ],
  [
    'Gunmen killed 12 people in 3 villages. Two men and ten women.',
    ['killed 12/12 exact «killed 12 people»'],
  ],
]);

casualtyClaimsOf('a participle phrase between the subject and its harm word', [
  [
    'The statement indicated that "17 soldiers and 36 volunteers defending the nation were killed" on Monday.',
    [
      'killed 17/17 exact «17 soldiers»',
      'killed 36/36 exact «36 volunteers defending the nation were killed»',
    ],
  ],
  [
    '12 people attending a wedding were killed.',
    ['killed 12/12 exact «12 people attending a wedding were killed»'],
  ],
  // An arrest is no harm, whatever the phrase before it.
  ['Police said 40 protesters marching on parliament were arrested.', []],
]);

casualtyClaimsOf('bodies a ban names are organisations, not the dead', [
  ['Sri Lanka lifted ban on eight bodies of Tamil diaspora.', []],
  ['The government imposed the restrictions on 16 bodies and 424 individuals.', []],
  [
    'However, in respect of eight other bodies including the Liberation Tigers of Tamil Eelam (LTTE), the ban continues.',
    [],
  ],
  ['Police recovered eight bodies from the river.', ['killed 8/8 exact «eight bodies»']],
  ['The ban on fishing was lifted after eight bodies washed ashore.', ['killed 8/8 exact «eight bodies»']],
]);

casualtyClaimsOf('"two (2)": numerals repeating the words are one count', [
  [
    'Three (3) persons were killed and five (5) others injured.',
    ['killed 3/3 exact «Three (3) persons were killed»', 'injured 5/5 exact «five (5) others injured»'],
  ],
  ['Gunmen killed three (3) people in Zamfara.', ['killed 3/3 exact «killed three (3) people»']],
  // Numerals that do not repeat the words are something else.
  ['The bandits killed two (4) people.', ['killed 2/2 exact «killed two»']],
]);

casualtyClaimsOf('an aside closed by a spaced hyphen', [
  [
    'In the village, 14 persons – 13 men and one woman - were found dead.',
    ['killed 14/14 exact «14 persons»', 'killed 13/13 exact «13 men»', 'killed 1/1 exact «one woman»'],
  ],
  [
    'Seven people - including a child and two women - died.',
    ['killed 7/7 exact «Seven people»', 'killed 2/2 exact «two women»'],
  ],
]);

casualtyClaimsOf('people "in intensive care" are injured', [
  [
    '12 adults and two children are in intensive care.',
    ['injured 12/12 exact «12 adults»', 'injured 2/2 exact «two children are in intensive care»'],
  ],
  ['Two children remain in intensive care.', ['injured 2/2 exact «Two children remain in intensive care»']],
  ['The hospital has 40 beds in its intensive care unit.', []],
]);

casualtyClaimsOf('running tolls: parts, comparisons, ranges and bracketed figures', [
  // "maimed" is a harm like "wounded".
  [
    'It is a war on the thousands of civilians who have been killed, and tens of thousands maimed for life.',
    [
      'killed null/null vague «thousands of civilians who have been killed»',
      'injured null/null vague «tens of thousands maimed»',
    ],
  ],
  ['Ten people were maimed.', ['injured 10/10 exact «Ten people were maimed»']],
  // A part of those who fled, told by where they went.
  [
    'More than 8 million people have fled their homes in search of safety – 1.8 million of them to neighboring countries.',
    [
      'displaced 8000000/null at_least «More than 8 million people have fled»',
      'displaced 1800000/1800000 exact «1.8 million of them to neighboring countries»',
    ],
  ],
  // Without "of them" after a bare comma, only a named place makes the part.
  [
    'More than 8 million people have fled their homes, 1.8 million to safety.',
    ['displaced 8000000/null at_least «More than 8 million people have fled»'],
  ],
  // A time phrase before "including" needs no comma.
  [
    '55 civilians were killed in December including nine children and two women.',
    [
      'killed 55/55 exact «55 civilians were killed»',
      'killed 9/9 exact «nine children»',
      'killed 2/2 exact «two women»',
    ],
  ],
  // A figure compared with the one before repeats its harm.
  [
    'April was the deadliest month, with over 2,500 reported killed, compared to approximately 1,700 in September.',
    [
      'killed 2500/null at_least «over 2,500 reported killed»',
      'killed 1700/1700 about «approximately 1,700 in September»',
    ],
  ],
  [
    'Total casualties are believed to be in the range of 240,000-290,000.',
    ['casualties 240000/290000 exact «casualties are believed to be in the range of 240,000-290,000»'],
  ],
  [
    'The death toll is in the region of 300.',
    ['killed 300/300 about «The death toll is in the region of 300»'],
  ],
  [
    'The toll in the region of Darfur rose to 30.',
    ['killed 30/30 exact «The toll in the region of Darfur rose to 30»'],
  ],
  // Figures in brackets before their noun, as Myanmar's AAPP writes them; the quote keeps both brackets.
  [
    'Since the coup, (1505) civilians have been confirmed as killed in airstrikes, and at least (1349) deaths await confirmation.',
    [
      'killed 1505/1505 exact «(1505) civilians have been confirmed as killed»',
      'killed 1349/null at_least «at least (1349) deaths»',
    ],
  ],
  // A figure echoing its words keeps its brackets; a bracketed number before a verb is no count.
  [
    'Police said two (2) other officers were injured.',
    ['injured 2/2 exact «two (2) other officers were injured»'],
  ],
  ['The attack (2) killed people.', []],
]);

casualtyClaimsOf('hedged present tolls, parts and victims in conflict reports', [
  // A hedged present figure is a claim; a forecast is not.
  [
    'An assessment suggested that the actual number of those killed could be closer to 600.',
    ['killed 600/600 exact «number of those killed could be closer to 600»'],
  ],
  ['The death toll could rise to 600.', []],
  [
    'Field reports say that civilian deaths are likely between 2,300 and 2,400.',
    ['killed 2300/2400 exact «deaths are likely between 2,300 and 2,400»'],
  ],
  ['Deaths are likely to reach 3,000.', []],
  // "of which" names a part of the bodies as "of whom" does; a part of things is none.
  [
    'The hospital said 23 bodies had been admitted to the morgue, two of which are children.',
    ['killed 23/23 exact «23 bodies»', 'killed 2/2 exact «two of which are children»'],
  ],
  ['The attack destroyed 40 houses, two of which are schools.', []],
  // A possessive after "and" in the subject.
  [
    'Three children and their mother were killed in an airstrike late Monday.',
    ['killed 3/3 exact «Three children and their mother were killed»'],
  ],
  ['Police arrested three men and their driver.', []],
  // "among the victims" is unqualified: casualties.
  [
    'Monitors report that hundreds of Christians are among the victims.',
    ['casualties null/null vague «hundreds of Christians are among the victims»'],
  ],
  [
    'The violence has killed at least 565 people, most of them fighters but also including at least 116 civilians.',
    [
      'killed 565/null at_least «killed at least 565 people»',
      'killed 116/null at_least «at least 116 civilians»',
    ],
  ],
  // The state of a part of the injured, as an adverb alone.
  [
    'Eleven people were injured, two seriously, in the strike.',
    ['injured 11/11 exact «Eleven people were injured»', 'injured 2/2 exact «two seriously»'],
  ],
  [
    'Twelve people were wounded, three critically.',
    ['injured 12/12 exact «Twelve people were wounded»', 'injured 3/3 exact «three critically»'],
  ],
]);

casualtyClaimsOf('parts of an opening set told by place, and members with their ages', [
  [
    'Of the 49 killed, 41 victims were at Al Noor mosque on Deans Avenue, seven were at a mosque on Linwood Avenue and another died at the hospital.',
    [
      'killed 49/49 exact «49 killed»',
      'killed 41/41 exact «41 victims»',
      'killed 7/7 exact «seven were at a mosque on Linwood Avenue»',
    ],
  ],
  // A set that no harm names has no harmed parts.
  ['Of the 300 passengers, 40 were in the front carriage.', []],
  [
    '84 bodies have been identified, including the bodies of five children aged from 9 to 16 years old, and two citizens of Kyrgyzstan.',
    [
      'killed 84/84 exact «84 bodies»',
      'killed 5/5 exact «the bodies of five children»',
      'killed 2/2 exact «two citizens of Kyrgyzstan»',
    ],
  ],
  ['Two men aged 20 and 25 were killed.', ['killed 2/2 exact «Two men aged 20 and 25 were killed»']],
]);

casualtyClaimsOf('"the number was closer to N" after a sentence that counted a harm', [
  [
    'The spokesman announced that more than 2,000 had died when the city fell. A day later, an official told RFI the number was closer to 2,900.',
    [
      'killed 2000/null at_least «more than 2,000 had died»',
      'killed 2900/2900 about «the number was closer to 2,900»',
    ],
  ],
  // "the number of trucks" counts things.
  [
    'Ten people died in the fire. The number of trucks was closer to 300.',
    ['killed 10/10 exact «Ten people died»'],
  ],
]);

casualtyClaimsOf('a disputed "number" is the death toll the sentence opened with', [
  [
    'The ministry said 606 people had been killed and 5,332 injured, while a rights group put the number closer to 1,000.',
    [
      'killed 606/606 exact «606 people had been killed»',
      'injured 5332/5332 exact «5,332 injured»',
      'killed 1000/1000 exact «the number closer to 1,000»',
    ],
  ],
  [
    '200 workers were still missing, while officials put the number closer to 300.',
    [
      'missing 200/200 exact «200 workers were still missing»',
      'missing 300/300 exact «the number closer to 300»',
    ],
  ],
]);

casualtyClaimsOf('lynching kills; bodies at a morgue are dead', [
  ['Dozens have been lynched.', ['killed null/null vague «Dozens have been lynched»']],
  ['A mob lynched two men.', ['killed 2/2 exact «lynched two men»']],
  ['Another 59 are at a morgue, waiting to be identified.', ['killed 59/59 exact «59 are at a morgue»']],
  ['The morgue has 40 drawers.', []],
]);

casualtyClaimsOf(
  'a qualifier carries across harm nouns joined by "and", whatever their harms (docs/CLAIMS.md)',
  [
    [
      'The feud has caused at least 9 murders and 14 forced disappearances in the city.',
      ['killed 9/null at_least «at least 9 murders»', 'missing 14/null at_least «14 forced disappearances»'],
    ],
    [
      'There were at least 9 deaths and 14 injuries.',
      ['killed 9/null at_least «at least 9 deaths»', 'injured 14/null at_least «14 injuries»'],
    ],
    // Across clauses it does not.
    [
      'At least 23 killed and 28 wounded.',
      ['killed 23/null at_least «At least 23 killed»', 'injured 28/28 exact «28 wounded»'],
    ],
  ],
);

casualtyClaimsOf('the next part of a harmed set, named by who they were', [
  [
    'The ministry said that around 13,200 of those killed were children, while around 7,360 were women.',
    [
      'killed 13200/13200 about «around 13,200 of those killed»',
      'killed 7360/7360 about «around 7,360 were women»',
    ],
  ],
  // What the next count were must be people: "arrested" is no one harmed.
  [
    'Around 200 of those killed were children and 40 were arrested.',
    ['killed 200/200 about «Around 200 of those killed»'],
  ],
]);

casualtyClaimsOf('a counted victim after one named by an article and a comma', [
  [
    'The strike hit a building, killing a child, three women and a man, the ministry said.',
    ['killed 3/3 exact «three women»'],
  ],
  ['The blast killed a soldier, two civilians and a child.', ['killed 2/2 exact «two civilians»']],
  // Things are no victims; another harm verb after the comma is its own frame.
  ['The storm killed a farmer, 40 cows and a horse.', []],
  ['The strike killed a guard, wounding three others.', ['injured 3/3 exact «wounding three others»']],
]);

casualtyClaimsOf('the next member of a list of places after a colon', [
  [
    'In all, 112 people died: 70 in Gaza and 42 in the West Bank.',
    [
      'killed 112/112 exact «112 people died»',
      'killed 70/70 exact «70 in Gaza»',
      'killed 42/42 exact «42 in the West Bank»',
    ],
  ],
  // A count after a member that names no place is no member.
  [
    'In all, 112 people died: 70 of them children, and 42 trucks in the convoy.',
    ['killed 112/112 exact «112 people died»', 'killed 70/70 exact «70 of them children»'],
  ],
]);

casualtyClaimsOf('regional wording: martyring, forced to migrate', [
  [
    'A suicide bomber struck a mosque on Monday, martyring 44 worshippers and injuring more than 157 others.',
    [
      'killed 44/44 exact «martyring 44 worshippers»',
      'injured 157/null at_least «injuring more than 157 others»',
    ],
  ],
  [
    '1.4 million citizens have been forced to migrate to Lebanon so far.',
    ['displaced 1400000/1400000 exact «1.4 million citizens have been forced to migrate»'],
  ],
  // Migrating by choice is no displacement.
  ['Some 1.4 million citizens migrate to the cities every year.', []],
]);

casualtyClaimsOf(
  'placed members that repeat the noun or close with "one", and regions told by who holds them',
  [
    [
      'They killed nine people in Aldera, two people in Bexon, and one in Corvo and looted the stores.',
      [
        'killed 9/9 exact «killed nine people»',
        'killed 2/2 exact «two people in Bexon»',
        'killed 1/1 exact «one in Corvo»',
      ],
    ],
    // A lone "one" after a claim names no member.
    [
      'They killed nine people in Aldera, one of the worst attacks this year.',
      ['killed 9/9 exact «killed nine people»'],
    ],
    [
      'The death toll stands at 3,513, including 2,166 in rebel-held areas in the northwest.',
      [
        'killed 3513/3513 exact «The death toll stands at 3,513»',
        'killed 2166/2166 exact «2,166 in rebel-held areas»',
      ],
    ],
    // "N or more" is a floor.
    [
      'It was the third attack in which 10 or more people have been killed.',
      ['killed 10/null at_least «10 or more people have been killed»'],
    ],
    // "10 or 12" stays a range.
    ['Police said 10 or 12 people were killed.', ['killed 10/12 exact «10 or 12 people were killed»']],
  ],
);

casualtyClaimsOf('a hedged past figure: "the total number injured was likely more than 100"', [
  [
    'He said 68 patients had reached hospitals but the total number injured was likely more than 100.',
    ['injured 100/null at_least «the total number injured was likely more than 100»'],
  ],
  // A forecast stays out.
  ['The total number injured was likely to rise above 100.', []],
]);

casualtyClaimsOf('a bracketed acronym inside the victims, "the slain include", cadavers', [
  [
    'Two Chhattisgarh Armed Forces (CAF) personnel were killed in an ambush.',
    ['killed 2/2 exact «Two Chhattisgarh Armed Forces (CAF) personnel were killed»'],
  ],
  [
    'Nine personnel were killed. The slain include one assistant sub-inspector, one head constable and seven constables.',
    [
      'killed 9/9 exact «Nine personnel were killed»',
      'killed 1/1 exact «one assistant sub-inspector»',
      'killed 1/1 exact «one head constable»',
      'killed 7/7 exact «seven constables»',
    ],
  ],
  ['Rescuers recovered only 10 cadavers from the site.', ['killed 10/10 exact «10 cadavers»']],
  // Dogs trained to find bodies are no bodies.
  ['Two cadaver dogs searched the collapsed building on Monday.', []],
]);

casualtyClaimsOf('abbreviations, slashes and names with "and" inside the victims', [
  ['The attack killed two U.S. soldiers, officials said.', ['killed 2/2 exact «killed two U.S. soldiers»']],
  [
    'At least three YPG/PKK fighters were killed late Tuesday.',
    ['killed 3/null at_least «At least three YPG/PKK fighters were killed»'],
  ],
  [
    'In January, 807 troops from the Afghan National Defense and Security Forces were killed.',
    ['killed 807/807 exact «807 troops from the Afghan National Defense and Security Forces were killed»'],
  ],
  // After "and", a clause of its own still ends the phrase.
  [
    'In January, 807 troops from the border guard were killed and 40 civilians were wounded.',
    [
      'killed 807/807 exact «807 troops from the border guard were killed»',
      'injured 40/40 exact «40 civilians were wounded»',
    ],
  ],
]);

casualtyClaimsOf('"one" opening a list of objects joined by "and"; a tally\'s qualifier carries', [
  [
    'The attack on the camp killed one U.S. service member and two American contractors.',
    ['killed 1/1 exact «killed one U.S. service member»', 'killed 2/2 exact «two American contractors»'],
  ],
  // A lone "one" stays dark.
  ['The attack on the camp killed one U.S. service member.', []],
  [
    'More than 65 people died, among them at least 17 children and 20 women.',
    [
      'killed 65/null at_least «More than 65 people died»',
      'killed 17/null at_least «at least 17 children»',
      'killed 20/null at_least «20 women»',
    ],
  ],
  [
    'The monitor said the death tally included 1,973 civilians.',
    ['killed 1973/1973 exact «1,973 civilians»'],
  ],
]);

casualtyClaimsOf('a tally member with a relative clause of its own keeps the tally open', [
  [
    'The rights group said 25 civilians had been killed, including 15 men whose bodies were found inside a house and seven others along a road.',
    [
      'killed 25/25 exact «25 civilians had been killed»',
      'killed 15/15 exact «15 men»',
      'killed 7/7 exact «seven others»',
    ],
  ],
  // A clause that names a count of something else stays dark.
  [
    'The rights group said 25 civilians had been killed, including 15 men who lived in a house and owned seven cars.',
    ['killed 25/25 exact «25 civilians had been killed»', 'killed 15/15 exact «15 men»'],
  ],
]);

casualtyClaimsOf('tallies that "comprised" the dead, and a member after "his/her/their"', [
  [
    'The 14 dead comprised nine civilians and five soldiers.',
    ['killed 14/14 exact «14 dead»', 'killed 9/9 exact «nine civilians»', 'killed 5/5 exact «five soldiers»'],
  ],
  [
    'Seven people were killed in the raid, including a pregnant woman and her two daughters.',
    ['killed 7/7 exact «Seven people were killed»', 'killed 2/2 exact «two daughters»'],
  ],
  // A possessive before a count of something else is no member.
  [
    'Seven people were killed in the raid, including a farmer and his two cows.',
    ['killed 7/7 exact «Seven people were killed»'],
  ],
]);

casualtyClaimsOf('"The toll included …", "Those killed were identified as …" open a tally', [
  [
    'The toll included 11 police officers and three firefighters.',
    ['killed 11/11 exact «11 police officers»', 'killed 3/3 exact «three firefighters»'],
  ],
  [
    'Those killed were identified as 12 farmers and two herders.',
    ['killed 12/12 exact «12 farmers»', 'killed 2/2 exact «two herders»'],
  ],
  // A toll of something else, and people identified as something else, are no tally.
  ['The road toll included 11 new gantries.', []],
  ['The suspects were identified as 12 farmers from the valley.', []],
]);

casualtyClaimsOf('a toll that "is still" more than N, "totalled" N or "ranged from" N to M', [
  [
    'The death toll in the valley from the fighting is still more than 3,500, the agency said.',
    ['killed 3500/null at_least «The death toll in the valley from the fighting is still more than 3,500»'],
  ],
  [
    'Casualties among the defenders totalled 4,680 by the end of the year.',
    ['casualties 4680/4680 exact «Casualties among the defenders totalled 4,680»'],
  ],
  [
    'Civilian deaths ranged from 300 to 500, according to the monitor.',
    ['killed 300/500 exact «deaths ranged from 300 to 500»'],
  ],
  // What a figure totalled that is not a toll stays dark.
  ['Aid deliveries totalled 4,680 tonnes by the end of the year.', []],
]);

casualtyClaimsOf('"could be more than N" is a hedged present count; "could reach N" a forecast', [
  [
    'The real death toll in the war could be more than 20,000 people, a monitor said.',
    ['killed 20000/null at_least «death toll in the war could be more than 20,000»'],
  ],
  ['The death toll could reach 20,000, officials warned.', []],
  // A likely present figure stays read.
  [
    'The total number injured was likely more than 100.',
    ['injured 100/null at_least «The total number injured was likely more than 100»'],
  ],
]);

casualtyClaimsOf('a breakdown after a colon, "The dead also included", ages after a count', [
  [
    'The ministry reported 2,468 deaths: 779 children, 495 women and 1,194 men.',
    [
      'killed 2468/2468 exact «2,468 deaths»',
      'killed 779/779 exact «779 children»',
      'killed 495/495 exact «495 women»',
      'killed 1194/1194 exact «1,194 men»',
    ],
  ],
  [
    'The dead also included 268 government soldiers and 17 militiamen.',
    ['killed 268/268 exact «268 government soldiers»', 'killed 17/17 exact «17 militiamen»'],
  ],
]);

describe('"over 60" right after a count is an age band, no count of its own', () => {
  it.each([
    ['The dead include 42 children under 18, 9 over 60 and 24 women.', 'killed 42/42 exact «42 children»'],
    [
      'These figures include 42 people under age 18, 9 over 60, and 24 women all killed since July.',
      'killed 24/24 exact «24 women all killed»',
    ],
  ])('%s', (text, claim) => {
    const rows = casualtyRows(text);
    expect(rows).toContain(claim);
    expect(rows.some((r) => r.includes('«over 60»'))).toBe(false);
  });
  // A count after "over" with no count before it is still one.
  it('keeps "killed over 60 people"', () => {
    expect(casualtyRows('The strike killed over 60 people.')).toEqual([
      'killed 60/null at_least «killed over 60 people»',
    ]);
  });
});

casualtyClaimsOf('a toll revised "from N to M" after the event it is from', [
  [
    'On Tuesday, the court increased the death toll from the bombings from 32 to 35.',
    ['killed 32/32 exact «the death toll from the bombings from 32»', 'killed 35/35 exact «to 35»'],
  ],
  // What the toll is from, with no revision, is no figure.
  ['The death toll from the floods from Monday has not been released.', []],
]);

casualtyClaimsOf('a change after the event keeps its old figure dark', [
  [
    'The death toll from the floods in the valley rose from 31 to 40 on Sunday.',
    ['killed 40/40 exact «The death toll from the floods in the valley rose from 31 to 40»'],
  ],
]);

describe('the reporter named after the count, and who the harmed were', () => {
  const casualties = (text: string) =>
    extractClaims(text).filter((c): c is CasualtyClaim => c.kind === 'casualty');
  it.each([
    ['Six people died from their wounds, Ahmed Musa, a nurse at the city hospital, said.', 'Ahmed Musa'],
    ['Six people died from their wounds, Ahmed Musa said.', 'Ahmed Musa'],
  ])('%s', (text, source) => {
    expect(casualties(text)[0].source).toBe(source);
  });
  it('takes no sentence adverb for a reporter', () => {
    expect(
      casualties(
        'Also, a local official who spoke under anonymity, said that about 3,000 people who fled the attack have arrived in the town.',
      )[0].source,
    ).not.toBe('Also');
  });
  it('names no ratio as who: "Six out of 40 people injured … died"', () => {
    const [c] = casualties('Six out of 40 people injured in the attack died from their wounds.');
    expect([c.category, c.min, c.who]).toEqual(['killed', 6, null]);
  });
});

casualtyClaimsOf('killed or hurt, said at length', [
  [
    'More than 1,700 people have either lost their lives or suffered serious injuries since April.',
    [
      'casualties 1700/null at_least «More than 1,700 people have either lost their lives or suffered serious injuries»',
    ],
  ],
  // Either one alone keeps its category.
  [
    'More than 1,700 people have lost their lives since April.',
    ['killed 1700/null at_least «More than 1,700 people have lost their lives»'],
  ],
]);

casualtyClaimsOf('members listed in an unclosed aside, and a set split by place', [
  [
    'Since then, over 600 security personnel, including troops, police officers and village guards have been martyred.',
    [
      'killed 600/null at_least «over 600 security personnel, including troops, police officers and village guards have been martyred»',
    ],
  ],
  // A list of things is no list of members.
  ['Since then, over 600 vehicles, including tanks, trucks and jeeps have been destroyed.', []],
  [
    'Of the 14 casualties, one has been reported in Kathmandu, three from Syangja, two in Parbat and one in Dang.',
    [
      'casualties 14/14 exact «14 casualties»',
      'casualties 1/1 exact «one has been reported in Kathmandu»',
      'casualties 3/3 exact «three from Syangja»',
      'casualties 2/2 exact «two in Parbat»',
      'casualties 1/1 exact «one in Dang»',
    ],
  ],
  [
    'The ministry said 220 were killed and 6 thousand and 39 wounded.',
    ['killed 220/220 exact «220 were killed»', 'injured 6039/6039 exact «6 thousand and 39 wounded»'],
  ],
]);

casualtyClaimsOf(
  'a range opening its clause with "from", a threshold in a definition, a list after the clause',
  [
    [
      'According to different estimates, from 800,000 to a million people were killed in 100 days.',
      ['killed 800000/1000000 exact «800,000 to a million people were killed»'],
    ],
    // After its verb, "from … to …" is a revision: the figure it reached is the claim.
    ['The toll rose from 30 to 35 people killed.', ['killed 35/35 exact «35 people killed»']],
    [
      'In July, 378 people were killed in mass-casualty bombings, defined as attacks that kill more than 20 people.',
      ['killed 378/378 exact «378 people were killed»'],
    ],
    [
      'From January to October, 600 civilians had been killed, 260 security force personnel and 856 militants, the officer said.',
      [
        'killed 600/600 exact «600 civilians had been killed»',
        'killed 260/260 exact «260 security force personnel»',
        'killed 856/856 exact «856 militants»',
      ],
    ],
    // Things listed after the clause share no harm.
    [
      'From January to October, 600 civilians had been killed, 260 houses and 85 shops, the officer said.',
      ['killed 600/600 exact «600 civilians had been killed»'],
    ],
  ],
);

casualtyClaimsOf('South Asian press: martyrdom in the gerund, ages written out, intensive care', [
  [
    'The attack targeted soldiers, with 13 personnel embracing martyrdom while another 42 were wounded.',
    ['killed 13/13 exact «13 personnel embracing martyrdom»', 'injured 42/42 exact «42 were wounded»'],
  ],
  [
    'The police said 53 people aged between 20 and 50 years were wounded.',
    ['injured 53/53 exact «53 people aged between 20 and 50 years were wounded»'],
  ],
  // An age bound is no count of the harmed.
  [
    'Five children aged under 10 were killed.',
    ['killed 5/5 exact «Five children aged under 10 were killed»'],
  ],
  [
    'Of the injured, three had been shifted to an intensive care unit.',
    ['injured 3/3 exact «three had been shifted to an intensive care unit»'],
  ],
  ['Three were shifted to the ICU.', ['injured 3/3 exact «Three were shifted to the ICU»']],
  // Moved to another ward is no harm named.
  ['Three patients were shifted to another ward.', []],
]);

casualtyClaimsOf("a statement's list of tolls, and those murdered", [
  // Hostages are no casualties (docs/CLAIMS.md), whatever the list before them counted.
  [
    'Over 1,400 people murdered one by one; over 3,500 wounded; almost 200 taken hostage.',
    [
      'killed 1400/null at_least «Over 1,400 people murdered»',
      'injured 3500/null at_least «over 3,500 wounded»',
    ],
  ],
  [
    'Those murdered include at least 730 children under the age of five.',
    ['killed 730/null at_least «at least 730 children»'],
  ],
]);

casualtyClaimsOf('the next place first, then its figure, the verb left out', [
  [
    'The number of deaths in Gaza reached 1,300, and in the West Bank 728.',
    ['killed 1300/1300 exact «deaths in Gaza reached 1,300»', 'killed 728/728 exact «728»'],
  ],
  [
    'The death toll in Gaza rose to 1,300 and in the West Bank to 728.',
    ['killed 1300/1300 exact «The death toll in Gaza rose to 1,300»', 'killed 728/728 exact «728»'],
  ],
  // A figure that goes on to name what it counts is no part of the toll.
  [
    'The death toll in Gaza rose to 1,300 and in the West Bank 728 homes were destroyed.',
    ['killed 1300/1300 exact «The death toll in Gaza rose to 1,300»'],
  ],
]);

casualtyClaimsOf('earlier years compared, and a refugee population', [
  [
    'The report documents 3,021 civilian deaths in 2011 compared with 2,790 in 2010 and 2,412 in 2009.',
    [
      'killed 3021/3021 exact «3,021 civilian deaths»',
      'killed 2790/2790 exact «2,790 in 2010»',
      'killed 2412/2412 exact «2,412 in 2009»',
    ],
  ],
  [
    'The refugee population in Macedonia has risen to about 240,000.',
    ['displaced 240000/240000 about «The refugee population in Macedonia has risen to about 240,000»'],
  ],
  // A country's population is no toll.
  ['The population of Macedonia has risen to about 2 million.', []],
]);

casualtyClaimsOf(
  'where the displaced went, victims of weapons, and communities that are no count of people',
  [
    [
      '5.5 million people have been newly displaced due to war; 4.3 million internally and 1.2 million into neighbouring countries.',
      [
        'displaced 5500000/5500000 exact «5.5 million people have been newly displaced»',
        'displaced 4300000/4300000 exact «4.3 million internally»',
        'displaced 1200000/1200000 exact «1.2 million into neighbouring countries»',
      ],
    ],
    [
      'Since the war began, 1,265 individuals have been reported as victims of landmines, including 127 children.',
      [
        'casualties 1265/1265 exact «1,265 individuals have been reported as victims of landmines»',
        'casualties 127/127 exact «127 children»',
      ],
    ],
    [
      'At least 40 people fell victim to shelling overnight.',
      ['casualties 40/null at_least «At least 40 people fell victim to shelling»'],
    ],
    // Victims of what is no weapon or attack are not counted so.
    ['Some 300 people were victims of fraud.', []],
    ['Members of all three communities were killed in the blasts.', []],
  ],
);

casualtyClaimsOf('"up to" after a toll has reached the figure; after bare casualties it bounds them', [
  ['Death toll up to 143 after the quake.', ['killed 143/143 exact «Death toll up to 143»']],
  ['The death toll rose up to 143 on Sunday.', ['killed 143/143 exact «The death toll rose up to 143»']],
  [
    'Officials put total casualties up to 400,000.',
    ['casualties null/400000 at_most «casualties up to 400,000»'],
  ],
]);

casualtyClaimsOf('a harm noun whose figure leaves its people unsaid', [
  [
    'Witnesses described the massacre of more than 60 in the village.',
    ['killed 60/null at_least «the massacre of more than 60»'],
  ],
  [
    'Mercenaries behind slaughter of 500 in Mali village, report finds',
    ['killed 500/500 exact «slaughter of 500»'],
  ],
  ['The blast caused injuries to 50, officials said.', ['injured 50/50 exact «injuries to 50»']],
  // A figure that goes on to count things is none of people.
  ['The killing of 60 cattle in the village angered herders.', []],
]);

casualtyClaimsOf('a harm verb before a count of "victims" says what harmed them', [
  [
    'The airstrikes have killed more than 1,400 victims since September.',
    ['killed 1400/null at_least «more than 1,400 victims»'],
  ],
  ['The shelling wounded 30 victims in the market.', ['injured 30/30 exact «30 victims»']],
  // With no harm verb before them, victims are casualties.
  ['Medics treated 30 victims at the scene.', ['casualties 30/30 exact «30 victims»']],
]);

casualtyClaimsOf('a toll of people "killed or injured" counts both harms', [
  [
    'This brings the total number of people killed or injured in the city to at least 1,200 this year.',
    [
      'casualties 1200/null at_least «the total number of people killed or injured in the city to at least 1,200»',
    ],
  ],
  [
    'The number of people killed and wounded rose to 500.',
    ['casualties 500/500 exact «The number of people killed and wounded rose to 500»'],
  ],
  [
    'The number of people killed rose to 500.',
    ['killed 500/500 exact «The number of people killed rose to 500»'],
  ],
]);

casualtyClaimsOf('a toll that "ranged between" two figures, and "north of" a figure', [
  [
    'The minister said the number of injured ranged between 2,750 and 2,800.',
    ['injured 2750/2800 exact «the number of injured ranged between 2,750 and 2,800»'],
  ],
  [
    'The strikes injured north of 4,000 people.',
    ['injured 4000/null at_least «injured north of 4,000 people»'],
  ],
  // A bearing is no qualifier.
  [
    'The village lies 20 km north of the town where 12 people were killed.',
    ['killed 12/12 exact «12 people were killed»'],
  ],
]);

casualtyClaimsOf('lone people listed after a counted noun', [
  [
    'Nine Italians, seven Japanese, an American and an Indian were among the dead.',
    [
      'killed 9/9 exact «Nine Italians»',
      'killed 7/7 exact «seven Japanese, an American and an Indian were among the dead»',
    ],
  ],
  [
    'Four soldiers, a nurse and a driver were killed.',
    ['killed 4/4 exact «Four soldiers, a nurse and a driver were killed»'],
  ],
  // A count of nationalities is none of people.
  ['People of roughly 20 different nationalities also perished.', []],
]);

casualtyClaimsOf('assassinations kill; a plot or an attempt to kill kills no one', [
  [
    'Forty-six social leaders have been assassinated so far this year.',
    ['killed 46/46 exact «Forty-six social leaders have been assassinated»'],
  ],
  [
    'Gunmen assassinated three local officials on Monday.',
    ['killed 3/3 exact «assassinated three local officials»'],
  ],
  ['There were 12 assassinations of journalists last year.', ['killed 12/12 exact «12 assassinations»']],
  [
    'Dozens of inmates burn to death in jail riot',
    ['killed null/null vague «Dozens of inmates burn to death»'],
  ],
  ['The plot to assassinate 3 ministers was foiled.', []],
  ['The plot to kill 3 ministers was foiled.', []],
  ['He tried to kill two guards during the escape.', []],
  ['Two attempted assassinations were foiled.', []],
]);

casualtyClaimsOf('people in moderate or poor condition are hurt', [
  [
    'Six passengers were in moderate condition.',
    ['injured 6/6 exact «Six passengers were in moderate condition»'],
  ],
  ['Two children remain in poor condition.', ['injured 2/2 exact «Two children remain in poor condition»']],
  ['Three bridges are in poor condition.', []],
]);
