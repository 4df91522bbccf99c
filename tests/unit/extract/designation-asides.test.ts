/**
 * Listings whose object is interrupted (an aside between the name and its label or list), lists
 * announced by "the following", a modal "ban", and sets named in a later sentence. Every
 * sentence here is written for the test; the near misses beside each show what must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows } from './designation-summary';

describe('an aside between the object and its label', () => {
  it.each<[string, string[]]>([
    [
      // The aside names a state; the court's state, before the verb, is the one that lists.
      "Russia's Supreme Court declared the Baltic Volunteer Corps, reportedly made up of fighters from Ukraine, a 'terrorist organisation'.",
      ['Baltic Volunteer Corps | Russia | designated'],
    ],
    [
      // A described person added "to its terrorist list".
      'The EU added Karim Haddad, a senior commander of Hamas, to its terrorist list.',
      ['Karim Haddad | European Union | designated'],
    ],
    [
      // An aside between hyphens, holding "U.S." with its points.
      'The State Department on Monday added Omar Tariq - deputy leader of the Kataib Hezbollah militia, blamed for attacks on U.S. bases - to its terrorism blacklist.',
      ['Omar Tariq | United States | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  it.each<string>([
    // No authority acts: the state inside the aside must not become the designator.
    'Observers declared the Baltic Volunteer Corps, reportedly made up of fighters from Ukraine, a terrorist organisation.',
    // Lists that are no terror lists.
    'The club added Karim Haddad, a former striker, to its squad list.',
    'The festival added Omar Tariq - a singer from Basra - to its line-up.',
  ])('no claim: %s', (text) => {
    expect(designationRows(text)).toEqual([]);
  });
});

describe('a list the listing announces with "the following …:"', () => {
  it('gives each member after the colon, however long the announcement', () => {
    expect(
      designationRows(
        "Ecuador's government designated the following criminal groups as terrorist organisations and non-state belligerents: Los Halcones, Los Grises and Mafia Siete.",
      ),
    ).toEqual([
      'Los Halcones | Ecuador | designated',
      'Los Grises | Ecuador | designated',
      'Mafia Siete | Ecuador | designated',
    ]);
  });

  it('says nothing of a list of suspects', () => {
    expect(
      designationRows(
        'The ministry identified the following suspects in the attack: Ali Khan and Omar Baig.',
      ),
    ).toEqual([]);
  });
});

describe('"ban" after a modal is a verb', () => {
  it('lists the groups a government says it would ban under terror law', () => {
    expect(
      designationRows(
        'The Home Secretary said Britain would also ban Aryan Front and the Iron Legion under terrorism laws.',
      ),
    ).toEqual(['Aryan Front | United Kingdom | designated', 'Iron Legion | United Kingdom | designated']);
  });

  it('says nothing of a ban that is no listing', () => {
    expect(designationRows('Students said they would ban Coca-Cola from the canteen.')).toEqual([]);
  });
});

describe('a set named in a later sentence', () => {
  it('takes the members from "The leaders blacklisted by …, all …, were"', () => {
    expect(
      designationRows(
        'The US designated the Wolf Brigade as a terrorist group on Tuesday. The leaders blacklisted by the State Department, all Germans, were its founder Karl Brandt and his deputy Jonas Weber.',
      ),
    ).toEqual([
      'Wolf Brigade | United States | designated',
      'Karl Brandt | United States | designated',
      'Jonas Weber | United States | designated',
    ]);
  });

  it('does not read a sentence about the same people as a list of them', () => {
    expect(
      designationRows(
        'The US designated the Wolf Brigade as a terrorist group on Tuesday. The leaders, all Germans, were interviewed by Reuters.',
      ),
    ).toEqual(['Wolf Brigade | United States | designated']);
  });

  it('a government that "will consider" a counted set or named groups terrorist lists them', () => {
    expect(
      designationRows(
        "Israel's government will consider five Palestinian charities operating in the West Bank as terrorist groups.",
      ),
    ).toEqual(['five Palestinian charities | Israel | designated']);
    expect(
      designationRows("Israel's government will consider Al-Haq and Addameer as terrorist groups."),
    ).toEqual(['Al-Haq | Israel | designated', 'Addameer | Israel | designated']);
  });

  it('"The groups named are" continues the set claim, not another listing between', () => {
    expect(
      designationRows(
        "Israel's government will consider five Palestinian charities as terrorist groups. They are linked to the PFLP, a group designated by the U.S. as a terrorist group. The groups named are Al-Haq, Addameer and Bisan.",
      ),
    ).toEqual([
      'five Palestinian charities | Israel | designated',
      'PFLP | United States | designated',
      'Al-Haq | Israel | designated',
      'Addameer | Israel | designated',
      'Bisan | Israel | designated',
    ]);
  });
});

describe('"the group" in a quoted sentence after a name given another spelling', () => {
  it('refers to the group the quote opened with, not the last group listed', () => {
    expect(
      designationRows(
        'Britain adds Hezbollah to list of banned terror groups. The order would also ban Aryan Front and the Iron Legion under terrorism laws. “Hizballah [Hezbollah] is destabilising the region. Because of this, I have decided to proscribe the group in its entirety.”',
      ).at(-1),
    ).toBe('Hizballah | United Kingdom | designated');
  });
});

describe('more objects the listing verb reaches past', () => {
  it.each<[string, string[]]>([
    [
      // A weekday before a label that comes first; the wing's group is the entity.
      'Paraguay designated Monday as terrorist organizations the armed wing of Hezbollah and Hamas.',
      ['Hezbollah | Paraguay | designated', 'Hamas | Paraguay | designated'],
    ],
    [
      // "the X group, which …, as": the head noun before the relative clause; the place in the
      // clause is no designator.
      'The Kingdom of Bahrain classifies the Saraya Al-Mukhtar group, which operates from Iran, as a terrorist organisation.',
      ['Saraya Al-Mukhtar | Bahrain | designated'],
    ],
    [
      // A court of a state named by its adjective bans a counted set tied to terrorism.
      'The Tajik Supreme Court banned three Islamic groups on the grounds that they have links to terrorism.',
      ['three Islamic groups | Tajikistan | designated'],
    ],
    [
      'A Kazakh court on Monday outlawed Hizb ut-Tahrir as an extremist and terrorist group.',
      ['Hizb ut-Tahrir | Kazakhstan | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  it.each<string>([
    'Paraguay designated Monday as its envoy Carlos Ruiz.',
    'Police arrested three men on the grounds that they have links to terrorism.',
    'The Tajik Supreme Court banned three Islamic groups.',
  ])('no claim: %s', (text) => {
    expect(designationRows(text)).toEqual([]);
  });
});

describe('status sentences about groups and people already listed', () => {
  it('"The X group has long been blacklisted by …" with a widely listed group', () => {
    expect(designationRows('The Hamas group has long been blacklisted by the European Union.')).toEqual([
      'Hamas | European Union | designated',
    ]);
    expect(designationRows('The choir group has been blacklisted by the club.')).toEqual([]);
  });

  it('"remain under sanction" in a passage on terror listings keeps the people listed', () => {
    expect(
      designationRows(
        'The US designated the Houthis as a terrorist organization in 2024. Abdul Malik al-Houthi and Yahya Saree remain under sanction, the State Department said.',
      ),
    ).toEqual([
      'Houthis | United States | designated',
      'Abdul Malik al-Houthi | United States | designated',
      'Yahya Saree | United States | designated',
    ]);
  });

  it.each<string>([
    // Sanctions that have nothing to do with terrorism.
    'The EU imposed sanctions on Belarus in 2021. Several officials of the former regime remain under EU sanctions.',
    // No terror listing anywhere in the passage.
    'Abdul Malik al-Houthi and Yahya Saree remain under sanction.',
  ])('no claim: %s', (text) => {
    expect(designationRows(text)).toEqual([]);
  });
});

describe('lists whose members carry their own descriptions', () => {
  it('"militant group A, jihadist group B and neo-Nazi group the C" lists all three', () => {
    expect(
      designationRows(
        'Australia listed militant group Jund al-Khilafa, jihadist group Saraya al-Nur and neo-Nazi group the Iron Order as terrorist organisations.',
      ),
    ).toEqual([
      'Jund al-Khilafa | Australia | designated',
      'Saraya al-Nur | Australia | designated',
      'Iron Order | Australia | designated',
    ]);
  });

  it('a state after "in" is where a member operates, and the list goes on past it', () => {
    expect(
      designationRows(
        'The State Department named as foreign terrorist organizations the Allied Democratic Forces (ADF) in Uganda and Ansar al-Sunna.',
      ),
    ).toEqual([
      'Allied Democratic Forces (ADF) | United States | designated',
      'Ansar al-Sunna | United States | designated',
    ]);
  });

  it('"They include A, B and C" names the members of the set just listed', () => {
    expect(
      designationRows(
        'Canada added 13 groups to its list of terrorist entities on Wednesday. They include the Atomwaffen Division, The Base and the Proud Boys.',
      ),
    ).toEqual([
      '13 groups | Canada | designated',
      'Atomwaffen Division | Canada | designated',
      'The Base | Canada | designated',
      'Proud Boys | Canada | designated',
    ]);
  });

  it('"They include" after a listing of one named group lists nothing more', () => {
    expect(
      designationRows(
        'Canada added the Proud Boys to its list of terrorist entities on Wednesday. They include Ottawa and Toronto police.',
      ),
    ).toEqual(['Proud Boys | Canada | designated']);
  });
});

describe('who lists, when the sentence says it indirectly', () => {
  const passage =
    'Britain is set to proscribe the Wolf Legion as a terrorist organisation, according to a government official. ' +
    'The US designated the Wolf Legion a transnational criminal organisation in January. ' +
    "Other organizations on the government's blacklist include the Islamic State, al Qaida, and the neo-Nazi group National Action.";

  it('"Britain is set to proscribe": the state before "is set to" acts', () => {
    expect(designationRows(passage)[0]).toBe('Wolf Legion | United Kingdom | designated');
  });

  it('"designated X a transnational criminal organisation" is no terror listing', () => {
    expect(designationRows(passage).some((c) => c.includes('United States'))).toBe(false);
  });

  it('"the government\'s blacklist" is the list of the government the passage reported on', () => {
    expect(designationRows(passage).slice(1)).toEqual([
      'Islamic State | United Kingdom | designated',
      'al Qaida | United Kingdom | designated',
      'National Action | United Kingdom | designated',
    ]);
  });
});

claimsOf('names and lists as headlines and wire copy write them', [
  [
    // A state describing a rebel group is where it fights, not who lists it.
    'U.S. set to remove Colombia rebel group FARC from terrorism list',
    ['FARC | United States | delisted'],
  ],
  [
    // A capitalised plural label closes a comma list in a headline.
    'Canada Designates Proud Boys, Atomwaffen Group as Terrorist Entities',
    ['Proud Boys | Canada | designated', 'Atomwaffen Group | Canada | designated'],
  ],
  [
    'The EU on Monday added two groups to its terror list. The groups on the blacklist include the PKK, the Palestinian group Hamas and the Communist Party of the Philippines.',
    [
      'two groups | European Union | designated',
      'PKK | European Union | designated',
      'Hamas | European Union | designated',
      'Communist Party of the Philippines | European Union | designated',
    ],
  ],
  [
    // A widely known name written in lower case after "Al" is still the whole name.
    "Britain's decision to add Al shabab into the list of terrorists was welcomed.",
    ['Al shabab | United Kingdom | designated'],
  ],
]);

describe('the EU\'s "restrictive measures", a "recognition as", and "in its entirety"', () => {
  it.each<[string, string[]]>([
    [
      "The EU is prolonging the restrictive measures against ISIL/Da'esh and Al-Qaeda until October 2025.",
      ["ISIL/Da'esh | European Union | designated", 'Al-Qaeda | European Union | designated'],
    ],
    [
      'The Arab League Council has voted for the recognition of Hezbollah as a terrorist organization.',
      ['Hezbollah | Arab League | designated'],
    ],
    [
      'Australia listed Hezbollah in its entirety as a terrorist organisation.',
      ['Hezbollah | Australia | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });

  it.each<string>([
    // Restrictive measures on no terror group; a recognition that is no terror label.
    'The EU imposed restrictive measures on Belarusian officials over the election.',
    'Sweden announced its recognition of Palestine as a state.',
    'The recognition of Hamas as a legitimate party angered Israel.',
    // The regime's name: the people added to it are the listed ones.
    "The Council added two men to the list of those subject to restrictive measures against ISIL/Da'esh and Al-Qaeda.",
  ])('no claim on these: %s', (text) => {
    expect(designationRows(text).filter((c) => !c.startsWith('two men'))).toEqual([]);
  });
});

describe('sets with a demonym, "These include", and "considered terrorist by"', () => {
  it('a demonym inside the set phrase is no member; the named members follow the set', () => {
    expect(
      designationRows(
        'The State Department designated two Ecuadorean criminal groups, Los Choneros and Los Lobos, as foreign terrorist organizations.',
      ),
    ).toEqual([
      'two Ecuadorean criminal groups | United States | designated',
      'Los Choneros | United States | designated',
      'Los Lobos | United States | designated',
    ]);
  });

  it('"These include A and B" after a counted set names its members', () => {
    expect(
      designationRows(
        'Canada listed 7 groups as terrorist entities. These include Maniac Murder Cult and the Base.',
      ),
    ).toEqual([
      '7 groups | Canada | designated',
      'Maniac Murder Cult | Canada | designated',
      'Base | Canada | designated',
    ]);
  });

  it('"X, considered terrorist by A, B and C" has no head noun and still lists', () => {
    expect(
      designationRows(
        'The NGOs are linked to the Popular Front for the Liberation of Palestine, considered terrorist by Israel, the EU and the US.',
      ),
    ).toEqual([
      'Popular Front for the Liberation of Palestine | Israel, European Union, United States | designated',
    ]);
    expect(designationRows('Hamas is considered a terrorist threat by many analysts.')).toEqual([]);
  });
});

describe('nationalities in a list are no members', () => {
  it('"The list includes Qataris, Jordanians and the Houthis": only the group', () => {
    expect(
      designationRows(
        'Saudi Arabia issued a terror list. The complete "terror list" includes Qataris, Jordanians, Egyptians and the Houthis.',
      ),
    ).toEqual(['Houthis | Saudi Arabia | designated']);
  });

  it('a counted nationality is still the set listed', () => {
    expect(designationRows('Two Jordanians were added to the terror list.')).toEqual([
      'Two Jordanians |  | designated',
    ]);
  });
});

describe("a counted set of the group's own people as the subject", () => {
  it('"Three high-ranking individuals in the organisation are also classified as …"', () => {
    expect(
      designationRows(
        'The US designated the Nordic Resistance Movement as a terrorist group. Three high-ranking individuals in the organisation are also classified as "global terrorists".',
      ),
    ).toEqual([
      'Nordic Resistance Movement | United States | designated',
      'Three high-ranking individuals | United States | designated',
    ]);
  });
});

claimsOf('"also on the list" after a listed set', [
  [
    'Qatar has published a list of 40 terrorist groups. Also on the list was al-Qaeda and its branches in Yemen and North Africa, as well as the Red Front.',
    [
      '40 terrorist groups | Qatar | designated',
      'al-Qaeda | Qatar | designated',
      'Red Front | Qatar | designated',
    ],
  ],
  [
    'Qatar has published a list of 40 terrorist groups. Hamas and the Blue Brigades are also on the list.',
    [
      '40 terrorist groups | Qatar | designated',
      'Hamas | Qatar | designated',
      'Blue Brigades | Qatar | designated',
    ],
  ],
  [
    'Qatar has published a list of 40 terrorist groups. Also included are the little-known Ashtar Brigades.',
    ['40 terrorist groups | Qatar | designated', 'Ashtar Brigades | Qatar | designated'],
  ],
  // A list of something else.
  ['The airline published its list of routes. Paris and London are also on the list.', []],
]);
