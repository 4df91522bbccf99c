/**
 * Counted sets and enumerations (docs/CLAIMS.md: "a designation of an unnamed or counted set is
 * one claim whose entity is the set phrase"; "each named member of a list of designated groups is
 * its own claim"). Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function designations(text: string): DesignationClaim[] {
  return extractClaims(text).filter((c): c is DesignationClaim => c.kind === 'designation');
}

function summary(text: string): Array<[string, string[], string]> {
  return designations(text).map((c) => [c.entity, c.designators, c.status]);
}

describe('a counted set as the object or subject of a listing', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Washington on Tuesday designated three armed gangs in Haiti as foreign terrorist organizations.',
      [['three armed gangs', ['United States'], 'designated']],
    ],
    [
      'Ottawa has added six individuals and two companies to its list of terrorist entities.',
      [
        ['six individuals', ['Canada'], 'designated'],
        ['two companies', ['Canada'], 'designated'],
      ],
    ],
    [
      'The State Department removed three dormant groups from its list of foreign terrorist organizations.',
      [['three dormant groups', ['United States'], 'delisted']],
    ],
    [
      'The Treasury sanctioned nine leaders of an Iraqi militia under its counterterrorism authority.',
      [['nine leaders of an Iraqi militia', ['United States'], 'designated']],
    ],
    [
      'Canberra lists 14 new organisations as terrorist organisations under the Criminal Code.',
      [['14 new organisations', ['Australia'], 'designated']],
    ],
    [
      'The Home Office said the Eastern Front is now proscribed in the UK, alongside 81 other organisations.',
      [
        ['Eastern Front', ['United Kingdom'], 'designated'],
        ['81 other organisations', ['United Kingdom'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a set whose members follow is named by its members, as the corpora do', () => {
    expect(
      summary(
        'Bogotá designated two dissident groups, the Northern Bloc and the River Front, as terrorist groups.',
      ),
    ).toEqual([
      ['Northern Bloc', ['Colombia'], 'designated'],
      ['River Front', ['Colombia'], 'designated'],
    ]);
  });

  it.each([
    'The terrorist attack on the market killed 12 people and wounded 40.',
    'Police listed 14 people as missing after the terror attack.',
    'The State Department designated three more officials to lead its counterterrorism office.',
    'The ministry said it is considering designating three armed gangs as terrorist organizations.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('the named members of an enumerated list of designated groups', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The order puts the Eastern Front beside other proscribed organisations in the UK such as Hizb ut-Tahrir and the Base.',
      [
        ['Hizb ut-Tahrir', ['United Kingdom'], 'designated'],
        ['Base', ['United Kingdom'], 'designated'],
      ],
    ],
    [
      'Other groups proscribed by the UK include Palestine Action, the Maniacs Murder Cult and the Russian Imperial Movement.',
      [
        ['Palestine Action', ['United Kingdom'], 'designated'],
        ['Maniacs Murder Cult', ['United Kingdom'], 'designated'],
        ['Russian Imperial Movement', ['United Kingdom'], 'designated'],
      ],
    ],
    [
      'The militia arms US-designated terrorist organizations like Kataib Hezbollah, the Houthis and Harakat al-Nujaba.',
      [
        ['Kataib Hezbollah', ['United States'], 'designated'],
        ['Houthis', ['United States'], 'designated'],
        ['Harakat al-Nujaba', ['United States'], 'designated'],
      ],
    ],
    [
      'Washington removed North Korea from the list of state sponsors of terrorism, which still includes Iran, Syria and Cuba.',
      [
        ['North Korea', ['United States'], 'delisted'],
        ['Iran', ['United States'], 'designated'],
        ['Syria', ['United States'], 'designated'],
        ['Cuba', ['United States'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a sentence naming the groups of a counted listing before it', () => {
    const text =
      'Canberra on Monday listed three more groups as terrorist organisations. The groups are the Base, Sunni-based Ansar Khalifa and the Terrorgram collective.';
    expect(summary(text)).toEqual([
      ['three more groups', ['Australia'], 'designated'],
      ['Base', ['Australia'], 'designated'],
      ['Ansar Khalifa', ['Australia'], 'designated'],
      ['Terrorgram collective', ['Australia'], 'designated'],
    ]);
  });

  it('a follow-on sentence without a cue of its own', () => {
    const text =
      'Wellington designated four foreign groups as terrorist entities on Friday. The groups are Ansar Khalifa, the Northern Bloc, Sunni-based Jund al-Aqsa and the River Front.';
    expect(summary(text)).toEqual([
      ['four foreign groups', ['New Zealand'], 'designated'],
      ['Ansar Khalifa', ['New Zealand'], 'designated'],
      ['Northern Bloc', ['New Zealand'], 'designated'],
      ['Jund al-Aqsa', ['New Zealand'], 'designated'],
      ['River Front', ['New Zealand'], 'designated'],
    ]);
  });

  it('members introduced by a counted set and a colon', () => {
    const text =
      'Ottawa placed nine new groups on the list of terrorist entities, including three violent extremist groups: the Base, the Northern Bloc and Jund al-Aqsa. The list also covers two older militias as well as four Daesh affiliates: Ansar Khalifa and the River Front.';
    expect(summary(text).map(([entity]) => entity)).toEqual([
      'nine new groups',
      'Base',
      'Northern Bloc',
      'Jund al-Aqsa',
    ]);
  });

  it('a follow-on sentence far from any claim stays dark', () => {
    const text = `Wellington designated four foreign groups as terrorist entities on Friday. ${'The weather was calm and the markets were quiet. '.repeat(40)}The groups are Ansar Khalifa, the Northern Bloc and the River Front.`;
    expect(summary(text).map(([entity]) => entity)).toEqual(['four foreign groups']);
  });

  it('a listing followed by a colon and a bulleted list', () => {
    const text =
      'Ottawa has also listed the following groups as terrorist entities:\n- the Base\n- Ansar Khalifa\n- Terrorgram';
    expect(summary(text).map(([entity]) => entity)).toEqual(['Base', 'Ansar Khalifa', 'Terrorgram']);
  });

  it('a colon inside the quoted label; each bulleted line one member, "and" and aliases included', () => {
    const text =
      'Manila approved a resolution designating the following as “terrorist organizations and/or groups:”\n' +
      '- Army of the Eastern Isles and the Coast\n- Southern Front / Hukbong Timog\n- KSF\n' +
      '- other affiliated cells in the south\nThe resolution was signed by the council chair.';
    expect(summary(text)).toEqual([
      ['Army of the Eastern Isles and the Coast', ['Philippines'], 'designated'],
      ['Southern Front / Hukbong Timog', ['Philippines'], 'designated'],
      ['KSF', ['Philippines'], 'designated'],
      ['other affiliated cells in the south', ['Philippines'], 'designated'],
    ]);
  });

  it('"Among those added to the list are …" and "Others named on the blacklist are …" after a counted listing', () => {
    const text =
      'Kenya placed seven individuals on its terrorism blacklist on Monday. ' +
      'Among those added to the list are Omar Said Farah, Hassan Juma Ali, and Yusuf Kamau Otieno. ' +
      'Others named on the blacklist are Ali Musa Warsame and Ibrahim Noor Hussein.';
    expect(summary(text)).toEqual([
      ['seven individuals', ['Kenya'], 'designated'],
      ...[
        'Omar Said Farah',
        'Hassan Juma Ali',
        'Yusuf Kamau Otieno',
        'Ali Musa Warsame',
        'Ibrahim Noor Hussein',
      ].map((name): [string, string[], string] => [name, ['Kenya'], 'designated']),
    ]);
  });

  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Beijing published a list of eight terrorists on Friday.',
      [['eight terrorists', ['China'], 'designated']],
    ],
    [
      'Kenya publishes list of 7 al-Shabaab associates. The committee tracks terrorist financing.',
      [['7 al-Shabaab associates', ['Kenya'], 'designated']],
    ],
    [
      'Kenya has placed seven al-Shabaab financiers on a blacklist. The committee tracks terrorist financing.',
      [['seven al-Shabaab financiers', ['Kenya'], 'designated']],
    ],
  ])('a published list, or a blacklisted set of a widely listed group: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Israel listed 12 Hamas commanders it says it killed. The army calls them terrorists.',
    'The bank published a list of 12 branches it will close.',
  ])('a roll call is no listing: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });

  it('a bulleted line that is a sentence is no member', () => {
    const text =
      'Canberra has listed the following groups as terrorist organisations:\n- The Northern Front\n- The group was formed in 2014 and is based abroad.';
    expect(summary(text).map(([entity]) => entity)).toEqual(['Northern Front']);
  });

  it.each([
    'Terrorist organizations such as Islamic State and al-Qaeda recruit online, the report said.',
    'The groups are accused of smuggling weapons across the border into Jordan and Iraq.',
    'The groups are Ansar Khalifa, the Northern Bloc and the River Front, the report on terrorism said.',
    'The festival lineup includes the Base, Ansar Khalifa and the Terrorgram collective.',
    'Banned opposition groups such as Open Russia were declared undesirable.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('lists and listings that are no designation', () => {
  it.each([
    'Police said the suspect, Omar Haddad, had been placed on a terrorism watch list.',
    'The FBI added Omar Haddad to its Most Wanted Terrorists list.',
    'Critics said the terrorism designation of the Eastern Front would hurt aid delivery.',
    'The list of victims of the terrorist attack in Lyon included 12 journalists.',
    'Terrorism experts listed the Eastern Front and the River Brigade as the biggest threats.',
    "Syria's new government said the terrorism listing was unjust.",
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });

  it('"as" a description that names terrorism still claims', () => {
    expect(
      summary(
        'Ottawa has also designated the Islamic Republic of Iran as a regime that has engaged in terrorism.',
      ),
    ).toEqual([['Islamic Republic of Iran', ['Canada'], 'designated']]);
  });
});

describe('passages about terror listings, places and headings', () => {
  it('an authority designating names in a passage about SDGT listings', () => {
    expect(
      summary(
        'The Treasury designated Omar Haddad as a Specially Designated Global Terrorist. The Treasury also designated Yahya Muhsin and Sulaiman Banai for supporting the financing activities of Haddad.',
      ),
    ).toEqual([
      ['Omar Haddad', ['United States'], 'designated'],
      ['Yahya Muhsin', ['United States'], 'designated'],
      ['Sulaiman Banai', ['United States'], 'designated'],
    ]);
  });

  it('the same sentence in a passage with no terror listing stays dark', () => {
    expect(
      summary(
        'The Treasury fined three banks last year. The Treasury also designated Yahya Muhsin and Sulaiman Banai for supporting the financing activities of Haddad.',
      ),
    ).toEqual([]);
  });

  it('a gerund before a counted set is a verb', () => {
    expect(
      summary('The UN Security Council expanded its al-Qaeda sanctions list, blacklisting six people.'),
    ).toEqual([['six people', ['United Nations'], 'designated']]);
  });

  it('regions are places, not listed groups; a dash after a set leads to no members', () => {
    expect(
      summary(
        'The Treasury designated three individuals and 12 entities—all based in Lebanon—as Specially Designated Global Terrorists. Five companies, located in Europe, West Africa and the Middle East, were also put on the Treasury’s terrorist blacklist.',
      ).map(([entity]) => entity),
    ).toEqual(['three individuals', '12 entities', 'Five companies']);
  });

  it.each<[string, Array<[string, string[], string]>]>([
    ['Only 15 groups have been removed from the terrorist list so far.', [['15 groups', [], 'delisted']]],
    [
      'Currently, 43 organisations have been declared terrorist organisations by the Indian government.',
      [['43 organisations', ['India'], 'designated']],
    ],
    [
      'Pakistan declared two more outfits terrorist organisations on Tuesday.',
      [['two more outfits', ['Pakistan'], 'designated']],
    ],
  ])('a counted set as subject or bare-labelled object: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Consequences of proscription',
    'Thus, a total of 13 individuals and 21 groups make up the EU terrorist list.',
  ])('no heading or adverb is an entity: %s', (text) => {
    expect(designations(text).map((c) => c.entity)).not.toContain('Consequences');
    expect(designations(text).map((c) => c.entity)).not.toContain('Thus');
  });
});

describe('sanctions lists, the al-Qaeda sanctions regime, follow-on lists', () => {
  it('"al-Qaeda sanctions" is a cue however al-Qaeda is spelled', () => {
    expect(
      summary(
        'The Security Council blacklisted the Eastern Front under its al-Qaeda sanctions regime on Friday.',
      ),
    ).toEqual([['Eastern Front', ['United Nations'], 'designated']]);
  });

  it('sanctions on a counted set tied to a widely listed group', () => {
    expect(
      summary(
        'The Security Council voted to impose sanctions against eight individuals and businesses linked to Al Qaeda.',
      ),
    ).toEqual([['eight individuals and businesses', ['United Nations'], 'designated']]);
  });

  it('an authority adding groups in a passage about terrorist entities, with a comma aside', () => {
    expect(
      summary(
        'The listing of terrorist entities under the Criminal Code is an important tool. Most recently, Canada, for the first time, added two far-right groups to the list: Blood & Honour and Combat 18.',
      ),
    ).toEqual([
      ['two far-right groups', ['Canada'], 'designated'],
      ['Blood & Honour', ['Canada'], 'designated'],
      ['Combat 18', ['Canada'], 'designated'],
    ]);
  });

  it('"The others on the list are …" after a counted listing', () => {
    expect(
      summary(
        'The Security Council imposed sanctions against six individuals and entities linked to al-Qaeda. The others on the list are Jund al-Aqsa and the River Brigade.',
      ).map(([entity]) => entity),
    ).toEqual(['six individuals and entities', 'Jund al-Aqsa', 'River Brigade']);
  });
});

describe('a counted set with examples', () => {
  it('"lists 45 terrorist organizations, including A" names the set and its examples', () => {
    expect(
      summary(
        'The State Department currently lists 45 foreign terrorist organizations, including the Eastern Front.',
      ),
    ).toEqual([
      ['45 foreign terrorist organizations', ['United States'], 'designated'],
      ['Eastern Front', ['United States'], 'designated'],
    ]);
  });

  it('a set followed by the names it calls itself is named by them', () => {
    expect(
      summary(
        'Washington announced the designations of two new terrorist groups—which call themselves the Northern Bloc and the River Front.',
      ).map(([entity]) => entity),
    ).toEqual(['Northern Bloc', 'River Front']);
  });
});

describe('tagged, "to be", described counted subjects, far labels', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Luis Santos has been tagged as a terrorist by the Anti-Terrorism Council.',
      [['Luis Santos', ['Philippines'], 'designated']],
    ],
    [
      'The Israeli cabinet declared 50 organizations to be terror organizations.',
      [['50 organizations', ['Israel'], 'designated']],
    ],
    [
      'The resolution designated 19 alleged leaders of the Northern Communist Party (NCP) and its armed wing as terrorists, the Anti-Terrorism Council said.',
      [['19 alleged leaders', ['Philippines'], 'designated']],
    ],
    [
      'Ottawa listed two groups as terrorist entities. Three groups supported by Iran were also included on the list.',
      [
        ['two groups', ['Canada'], 'designated'],
        ['Three groups', ['Canada'], 'designated'],
      ],
    ],
    ['Police tagged the bags as evidence after the terror attack.', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('members, aliases and places in enumerations', () => {
  it('a relative clause after a member names a place, not a member', () => {
    expect(
      summary(
        'Canberra listed the Eastern Front as a terrorist organisation. It recently listed other groups: the River Brigade, which is based in Syria, and the Northern Bloc, a group based in Chile.',
      ).map(([entity]) => entity),
    ).toEqual(['Eastern Front', 'River Brigade', 'Northern Bloc']);
  });

  it('"A or B" in a list is one member under two names; ", of X" is a place', () => {
    expect(
      summary(
        'The groups designated as terrorist organisations by India are the River Brigade or Liwa al-Nahr; the Northern Bloc, of Colombia; and the Eastern Front.',
      ).map(([entity]) => entity),
    ).toEqual(['River Brigade', 'Northern Bloc', 'Eastern Front']);
  });

  it('"and all its manifestations and front organisations" closes a member of India\'s schedule, not the list', () => {
    expect(
      summary(
        'The outfits designated as terrorist organisations by India are the River Brigade; the Eastern Front or Liwa al-Sharq and all its manifestations and front organisations; the Northern Bloc and all its manifestations; and the Southern Legion.',
      ).map(([entity]) => entity),
    ).toEqual(['River Brigade', 'Eastern Front', 'Northern Bloc', 'Southern Legion']);
  });

  it('"supported by" an authority is no designating role', () => {
    expect(
      summary(
        'Three groups supported by Iran were also added to the terrorist list. Officials said the listings were overdue.',
      ).map(([, designators]) => designators),
    ).toEqual([[]]);
  });

  it('a preposition opening a sentence is no part of a name', () => {
    expect(
      designations('With the Eastern Front, I have today completely banned a terrorist organisation.').map(
        (c) => c.entity,
      ),
    ).not.toContain('With the Eastern Front');
  });
});

describe('members named before the frame, and semicolon lists with descriptions', () => {
  it('"A, B and C are among the organizations" after a counted listing', () => {
    expect(
      summary(
        'Washington removed five dormant groups from its list of foreign terrorist organizations. The Basque separatist group ETA, the Japanese cult Aum Shinrikyo, and the radical group Kahane Chai are among the organizations.',
      ),
    ).toEqual([
      ['five dormant groups', ['United States'], 'delisted'],
      ['ETA', ['United States'], 'delisted'],
      ['Aum Shinrikyo', ['United States'], 'delisted'],
      ['Kahane Chai', ['United States'], 'delisted'],
    ]);
  });

  it('"The others are A, the group\'s chief; B, its financier; and C" after a counted listing', () => {
    expect(
      summary(
        "The UN added four leaders of the Eastern Front to its al-Qaida sanctions list. The others are Pakistan-born Omar Haddad, the group's chief of operations; Yahya Muhsin, its chief of finance; and Indian-born Sulaiman Banai.",
      ).map(([entity]) => entity),
    ).toEqual(['four leaders', 'Omar Haddad', 'Yahya Muhsin', 'Sulaiman Banai']);
  });

  it('"are among the deadliest" is no list frame', () => {
    expect(
      summary(
        'Washington removed five dormant groups from its list of foreign terrorist organizations. The attacks by the Eastern Front are among the deadliest in the country.',
      ).map(([entity]) => entity),
    ).toEqual(['five dormant groups']);
  });
});

describe('more counted sets', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Ottawa designated three groups and an individual as terrorist entities on Monday.',
      [['three groups and an individual', ['Canada'], 'designated']],
    ],
    [
      'The Sri Lankan government announced the de-listing of eight organisations and 267 persons from its terrorist list.',
      [
        ['eight organisations', ['Sri Lanka'], 'delisted'],
        ['267 persons', ['Sri Lanka'], 'delisted'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('an aside is no listing that a list continues', () => {
  it('"The list includes …" continues the set claim, not a "(banned in Russia)" aside', () => {
    expect(
      summary(
        'Ottawa designated three groups and an individual as terrorist entities, among them an Islamic State (banned in Russia) offshoot. The list includes the River Brigade and the Northern Bloc.',
      ),
    ).toEqual([
      ['three groups and an individual', ['Canada'], 'designated'],
      ['Islamic State', ['Russia'], 'designated'],
      ['River Brigade', ['Canada'], 'designated'],
      ['Northern Bloc', ['Canada'], 'designated'],
    ]);
  });
});

describe('groups listed alongside a claim made earlier in the sentence', () => {
  it('"…, marking it as a terrorist organisation alongside neo-Nazi groups A and B"', () => {
    expect(
      summary(
        'MPs voted to formally proscribe the Eastern Front under the Terrorism Act 2000, marking it as a terrorist organisation alongside neo-Nazi groups River Brigade and the Northern Bloc.',
      ).map(([entity, designators]) => [entity, designators]),
    ).toEqual([
      ['Eastern Front', ['United Kingdom']],
      ['River Brigade', ['United Kingdom']],
      ['Northern Bloc', ['United Kingdom']],
    ]);
  });

  it('"alongside" groups with no claim before them stay dark', () => {
    expect(
      summary(
        'Volunteers worked alongside local groups River Brigade and the Northern Bloc on terror recovery.',
      ),
    ).toEqual([]);
  });
});

describe("sentences after a listing that name its members from the list's side", () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      // "people and companies", "persons": the set's nouns as releases word them.
      'The Treasury designated 9 individuals and entities as Specially Designated Global Terrorists. Other designated people and companies include Karim Fahd Nassar, Orinoco Trading C.A., Delta Freight S.A.S., and Hani Salim Jaber.',
      [
        ['9 individuals and entities', ['United States'], 'designated'],
        ['Karim Fahd Nassar', ['United States'], 'designated'],
        ['Orinoco Trading C.A.', ['United States'], 'designated'],
        ['Delta Freight S.A.S.', ['United States'], 'designated'],
        ['Hani Salim Jaber', ['United States'], 'designated'],
      ],
    ],
    [
      "Kenya's interior minister has listed four Kenyan nationals suspected of financing terrorist cells. The four persons are Amina Yusuf Dida, Omar Gedi Shariff and Badru Hamisi Mwinyi.",
      [
        ['four Kenyan nationals', ['Kenya'], 'designated'],
        ['Amina Yusuf Dida', ['Kenya'], 'designated'],
        ['Omar Gedi Shariff', ['Kenya'], 'designated'],
        ['Badru Hamisi Mwinyi', ['Kenya'], 'designated'],
      ],
    ],
    [
      'The UAE on Sunday designated 40 Islamist groups as terrorist organisations. The list names the Northern Reform Society and the Coastal Youth Front.',
      [
        ['40 Islamist groups', ['United Arab Emirates'], 'designated'],
        ['Northern Reform Society', ['United Arab Emirates'], 'designated'],
        ['Coastal Youth Front', ['United Arab Emirates'], 'designated'],
      ],
    ],
    [
      'The UAE on Sunday designated 40 Islamist groups as terrorist organisations. The Northern Reform Society and the Coastal Youth Front also figure on the list.',
      [
        ['40 Islamist groups', ['United Arab Emirates'], 'designated'],
        ['Northern Reform Society', ['United Arab Emirates'], 'designated'],
        ['Coastal Youth Front', ['United Arab Emirates'], 'designated'],
      ],
    ],
    [
      // An aside between "The move" and its verb.
      'Washington is designating four crime groups as foreign terrorist organizations. The move, carrying out an executive order of January 20, 2025, names the River Brigade and the Northern Bloc.',
      [
        ['four crime groups', ['United States'], 'designated'],
        ['River Brigade', ['United States'], 'designated'],
        ['Northern Bloc', ['United States'], 'designated'],
      ],
    ],
    [
      // "categorizes … as" lists like "classifies … as"; "such as" after the frame's noun.
      "India's updated list categorizes 45 groups as terrorist organisations. These groups include notorious entities such as the River Brigade and the Northern Bloc.",
      [
        ['45 groups', ['India'], 'designated'],
        ['River Brigade', ['India'], 'designated'],
        ['Northern Bloc', ['India'], 'designated'],
      ],
    ],
    [
      // "The remaining 22 groups" is a set besides the one before, not a reference to it.
      'India designated 45 groups as terrorist organisations. The remaining 22 groups are classified as unlawful associations.',
      [
        ['45 groups', ['India'], 'designated'],
        ['remaining 22 groups', ['India'], 'designated'],
      ],
    ],
    [
      // A dateline in capitals is where the report was filed; the counted names are the entity.
      "CAIRO: Egypt's court on Wednesday published the names of 296 people who have been added to Egypt's terror list.",
      [['296 people', ['Egypt'], 'designated']],
    ],
    // Without a listing before them, a list's names and its figures are no claims.
    ['The shortlist names the Northern Reform Society and the Coastal Youth Front.', []],
    ['The Coastal Youth Front also figures on the list of award winners.', []],
    ['Other companies include Orinoco Trading C.A., Delta Freight S.A.S., and Hani Salim Jaber.', []],
  ])('%s', (text, expected) => {
    expect(summary(text).map(([e, d, st]) => [e.replace(/^the\s+/i, ''), d, st])).toEqual(expected);
  });
});
