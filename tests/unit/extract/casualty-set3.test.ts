import { casualtyClaimsOf } from './casualty-summary';

casualtyClaimsOf(
  'casualty recall: general constructions (set 3)',
  [
    // A dateline dash glued to the qualifier keeps the qualifier.
    ['LIMA (Wire) -At least nine people were killed in the landslide.', ['killed 9/null at_least']],
    ['OSLO (Wire) -More than 20 miners were injured underground.', ['injured 20/null at_least']],
    // A dash glued to a number is still no count start ("COVID-19", "-5 degrees").
    ['COVID-19 killed 40 residents of the home.', ['killed 40/40 exact']],
    ['Temperatures of -5 degrees killed 3 climbers.', ['killed 3/3 exact']],
    // "gone missing" is missing.
    ['Officials said 14 fishermen have gone missing since the storm.', ['missing 14/14 exact']],
    // A span of time between the toll's head and its figure does not hide the head.
    [
      'The death toll in the more than three weeks of fighting in the valley has surpassed 2,400.',
      ['killed 2400/null at_least'],
    ],
    ['The death toll in the past two days has reached 57.', ['killed 57/57 exact']],
    // "drowned" takes the dead as its object.
    ['The flash flood drowned about 300 villagers.', ['killed 300/300 about']],
    ['The flood drowned 300 cattle.', []],
    // The injured who then died are dead, not injured.
    ['Four injured passengers later died in hospital.', ['killed 4/4 exact']],
    ['Police treated 16 injured people at the scene.', ['injured 16/16 exact']],
    // A part of a set named by its harm word is a claim of that harm.
    ['Six of the 14 missing climbers are from one town.', ['missing 6/6 exact', 'missing 14/14 exact']],
    ['Two of the 15 injured are in a critical condition.', ['injured 2/2 exact', 'injured 15/15 exact']],
    // "martyrs" are the dead.
    ['The raid left 31 martyrs, including 9 children.', ['killed 31/31 exact', 'killed 9/9 exact']],
    // One count killed and hurt together is casualties.
    ['The blast killed and injured dozens of shoppers.', ['casualties null/null vague']],
    ['The shelling wounded or killed 40 civilians.', ['casualties 40/40 exact']],
    ['The attack killed 5 people and wounded 30 others.', ['killed 5/5 exact', 'injured 30/30 exact']],
    // Scare quotes around the subject's noun.
    [
      'At least four soldiers and two "militants" were killed in the raid.',
      ['killed 4/null at_least', 'killed 2/null at_least'],
    ],
    ['Police said three “bandits” were shot dead.', ['killed 3/3 exact']],
    // Forced into flight or shelter.
    ['The cyclone sent thousands of villagers fleeing.', ['displaced null/null vague']],
    ['The storm drove more than 90,000 people to shelter in schools.', ['displaced 90000/null at_least']],
    ['The army sent 3,000 troops to the border.', []],
    ['The attack left 200 people fleeing.', []],
    // A toll named after its figure by the people counted.
    [
      'Shelling killed two more, bringing to 19 the number of civilians killed since Monday.',
      ['killed 2/2 exact', 'killed 19/19 exact'],
    ],
    ['This raises to 40 the number of people who have died in the clashes.', ['killed 40/40 exact']],
    ['The toll rose to 13 the next day.', ['killed 13/13 exact']],
    // A count inside the clause before ("in 40 camps") does not break an ellipsis after it.
    [
      'Some 2,100 people are in 40 camps in the northern district and 900 in Riverton.',
      ['displaced 2100/2100 about', 'displaced 900/900 exact'],
    ],
    // "one" inside a tally the harm word opens is a count; a lone article is not.
    ['Those killed included one soldier.', ['killed 1/1 exact']],
    ['Among the dead was one police officer.', ['killed 1/1 exact']],
    ['Among the dead was a child.', []],
  ],
  { quote: false },
);
