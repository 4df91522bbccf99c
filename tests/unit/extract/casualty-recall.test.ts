import { casualtyClaimsOf } from './casualty-summary';

casualtyClaimsOf(
  'casualty recall: pattern families',
  [
    // A demonym is no currency: "Europeans" does not start a sum in euros.
    ['Up to 800 Europeans were still unaccounted for.', ['missing null/800 at_most']],
    ['The storm caused 300 euros of damage per house.', []],
    // An aside about who they were sits between the subject and its harm word.
    ['Roughly 40 villagers, half of them women, killed in shelling on two hamlets.', ['killed 40/40 about']],
    [
      'The agency said 7,250 people, including 1,930 children, 1,112 women and 204 older people, were wounded.',
      [
        'injured 7250/7250 exact',
        'injured 1930/1930 exact',
        'injured 1112/1112 exact',
        'injured 204/204 exact',
      ],
    ],
    ['Three hikers, all from the same club, were found dead on the ridge.', ['killed 3/3 exact']],
    ['Five people — including a nurse — were killed when the roof fell.', ['killed 5/5 exact']],
    ['Divers fear dozens more, including crew, may have drowned below deck.', ['killed null/null vague']],
    ['Police said 12 people, including two toddlers, were rescued from the river.', []],
    ['Some 40 people, including the mayor, attended the funeral of those killed.', []],
    // A percentage in brackets after a tally member does not end the tally.
    [
      'In the fighting 860 people were killed, including 97 women (11 per cent) and 230 children (27 per cent).',
      ['killed 860/860 exact', 'killed 97/97 exact', 'killed 230/230 exact'],
    ],
    // "the figure included" opens a tally even some words after the harm word.
    [
      'She said most of those killed were pilgrims but the figure included three guards, one driver and two cooks.',
      ['killed 3/3 exact', 'killed 1/1 exact', 'killed 2/2 exact'],
    ],
    // Members of a set named by "Of the N killed, …".
    [
      'Of the 140 people killed when the ferry sank, 38 were foreign tourists, and 12 were crew members.',
      ['killed 140/140 exact', 'killed 38/38 exact', 'killed 12/12 exact'],
    ],
    ['Of the 30 houses hit by the storm, 12 were destroyed.', []],
    // "N of whom" after a comma (and a quotation mark) names part of the set before it.
    [
      'Officials said 2,150 people had been injured in the clashes, "612 of whom are children and 380 women."',
      ['injured 2150/2150 exact', 'injured 612/612 exact', 'injured 380/380 exact'],
    ],
    // Killed and injured together are casualties.
    ['Medics reported dozens of dead and injured at the market.', ['casualties null/null vague']],
    ['At least 40 people were killed or injured in the raid.', ['casualties 40/null at_least']],
    ['Only 4,100 of these casualties were fighters.', ['casualties 4100/4100 exact']],
    // A revised figure: the second number is its own claim, quoted from "to".
    [
      'The agency revised the number of missing from 52 to 37.',
      ['missing 52/52 exact', 'missing 37/37 exact'],
    ],
    // Brought to a ward for treatment is injured.
    ['A clinic said at least 90 people had been brought there for treatment.', ['injured 90/null at_least']],
    // Ellipsis: the second count shares the first clause's verb.
    [
      'Early reports say 900 people have died in the port city and at least 150 more in the Leyte province.',
      ['killed 900/900 exact', 'killed 150/null at_least'],
    ],
    ['Five people died in the blast and 20 more were rescued.', ['killed 5/5 exact']],
    // "at least one" is a count; a lone "one" or "a" is not.
    ['At least one other guard has died, the sheriff said.', ['killed 1/null at_least']],
    ['A 2-year-old girl and one man were killed.', []],
    // Adverbs between the subject and its harm word.
    [
      'The camp holds some 300,000 who had previously fled earlier fighting.',
      ['displaced 300000/300000 about'],
    ],
    // Trapped, rescued or abducted members of a tally are in another state.
    [
      'Crews are searching for 14 missing people, including several firefighters trapped in a tunnel.',
      ['missing 14/14 exact'],
    ],
    [
      'At least 30 people are missing, including 12 children.',
      ['missing 30/null at_least', 'missing 12/12 exact'],
    ],
  ],
  { quote: false },
);
