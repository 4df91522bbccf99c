/**
 * Listings written in ways the extractor used to pass over: an alias chain after a listed
 * name, "namely" before the name, a lowercase "al-" name after an epithet, the authorities a
 * state "joins" in listing, examples after "allies such as", bare plural "terrorists" as the
 * label, and a state's ban on a militant outfit with no word of terror. Every sentence is
 * written for the test; the near misses show what must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows } from './designation-summary';

claimsOf('aliases name the listed group again', [
  [
    'Washington designated the Sunrise Front, also known as Dawn Brigade or the Morning Army, a terrorist group.',
    ['Sunrise Front | United States | designated'],
  ],
  [
    'She urged support for a proscribed terrorist organisation, namely the Sunrise Front, contrary to the Terrorism Act.',
    ['Sunrise Front | United Kingdom | designated'],
  ],
  // Two groups joined by "and" are two listings.
  [
    'Washington designated the Sunrise Front and the Morning Army as terrorist groups.',
    ['Sunrise Front | United States | designated', 'Morning Army | United States | designated'],
  ],
]);

claimsOf('a lowercase "al-" name after a legal epithet', [
  ['Police arrested members of the banned terrorist group al-Fajr in the raid.', ['al-Fajr |  | designated']],
  ['The men belonged to the proscribed extremist group al-Fajr.', ['al-Fajr |  | designated']],
  // A lowercase word that is no "al-" name is no group.
  ['Police arrested members of the banned terrorist group after the raid.', []],
]);

claimsOf('who lists: the states joined, the allies given as examples', [
  [
    'Norway joins the United States, Canada and others in listing the Sunrise Front as a terrorist organization.',
    ['Sunrise Front | Norway, United States, Canada | designated'],
  ],
  [
    'Norway is weighing a ban on the Sunrise Front, which has been proscribed by allies such as Canada.',
    ['Sunrise Front | Canada | designated'],
  ],
  // A state that joins talks lists no one.
  [
    'Norway joined Canada in talks on Monday and listed the Sunrise Front as a terrorist organization.',
    ['Sunrise Front | Norway | designated'],
  ],
]);

describe('"declared terrorists": a bare plural label', () => {
  it('lists each named person', () => {
    expect(
      designationRows(
        'India said Ravi Kumar and Arjun Das have been declared individual terrorists under the new law.',
      ),
    ).toEqual(['Ravi Kumar | India | designated', 'Arjun Das | India | designated']);
  });
  it('leaves "terrorists" with no listing law or authority after it alone', () => {
    expect(
      designationRows('India said Ravi Kumar and Arjun Das have been declared terrorists, the police said.'),
    ).toEqual([]);
  });
});

describe('a state bans a militant outfit without the word "terror"', () => {
  it('is a listing by the state the passage names', () => {
    expect(
      designationRows(
        'The government has banned the militant outfit Jamaat Sabr Bangla, a gazette notification said. Its activities are a threat to public safety in Bangladesh.',
      ),
    ).toEqual(['Jamaat Sabr Bangla | Bangladesh | designated']);
  });
  it.each<[string]>([
    ['The government has banned the opposition group Jamaat Sabr Bangla from holding rallies in Bangladesh.'],
    ['The militant outfit Jamaat Sabr Bangla banned music in the villages it held in Bangladesh.'],
  ])('not a ban on other groups, nor a ban the outfit imposes: %s', (text) => {
    expect(designationRows(text)).toEqual([]);
  });
});

describe('a law that allows a removal names the listing as current', () => {
  it('keeps each name the removal would take off, listed by the one allowed', () => {
    expect(
      designationRows(
        'Putin signed a law allowing the Russian government to remove the Sunrise Front and the Dawn Army from its list of terrorist organizations.',
      ),
    ).toEqual(['Sunrise Front | Russia | designated', 'Dawn Army | Russia | designated']);
  });
  it('says nothing where the list is no terror list', () => {
    expect(
      designationRows(
        'A law allowing the government to remove the Sunrise Front from its list of registered parties passed.',
      ),
    ).toEqual([]);
  });
});

claimsOf('a suspended ban is lifted', [
  [
    'Russia’s Supreme Court suspended the country’s ban on the Sunrise Front, which had been designated a terrorist organization in 2003.',
    ['Sunrise Front | Russia | delisted', 'Sunrise Front | Russia | designated'],
  ],
  // A suspended sentence is no ban.
  [
    'The court suspended the sentence of a member of the Sunrise Front, a group Russia designated a terrorist organization.',
    ['Sunrise Front | Russia | designated'],
  ],
]);

describe('the UN list keeps its keeper, whoever chairs the committee', () => {
  it('reads the Al-Qaida Sanctions List as the UN’s', () => {
    expect(
      designationRows(
        'The Security Council’s Al-Qaida Sanctions Committee – chaired by Norway – has added the Sunrise Front to the Al-Qaida Sanctions List.',
      ),
    ).toEqual(['Sunrise Front | United Nations | designated']);
  });
});

describe('a lifting announced for a set whose members sit between dashes', () => {
  it('lifts the set and each member, after a by-phrase', () => {
    expect(
      designationRows(
        'An official said that SDGT designations by the Biden administration on two Dawn Army leaders – Omar Kassem and Ali Farid – also would be lifted on Feb. 16.',
      ),
    ).toEqual([
      'two Dawn Army leaders | United States | delisted',
      'Omar Kassem | United States | delisted',
      'Ali Farid | United States | delisted',
    ]);
  });
  it('keeps a lifting on a condition dark, and a ban a group imposes is no listing', () => {
    expect(
      designationRows(
        'Officials said the terrorist designation of the Sunrise Front would be lifted if it disarmed.',
      ),
    ).toEqual([]);
    expect(
      designationRows(
        'A ban by the Sunrise Front on aid agencies including the World Food Programme angered donors.',
      ),
    ).toEqual([]);
  });
});

describe('places that are no authority', () => {
  it('reads "North America" as a place, not the United States', () => {
    expect(
      designationRows(
        'Norway declared the Sunrise Front a terrorist organization. Its members operate across Europe and North America.',
      ),
    ).toEqual(['Sunrise Front | Norway | designated']);
  });
});

describe('an alias after a quoted name', () => {
  it('is the same group', () => {
    expect(
      designationRows(
        'Norway signed an order declaring "Sunrise Front Solidarity" also known as Sunrise, as a terrorist organization.',
      ),
    ).toEqual(['Sunrise Front Solidarity | Norway | designated']);
  });
});

claimsOf('the subject past its asides', [
  [
    'Ravi Kumar, 41, a surgeon based in Saudi Arabia, who had planned attacks on police posts, was declared a “terrorist” by the home ministry under the Unlawful Activities (Prevention) Act on Saturday.',
    ['Ravi Kumar | India | designated'],
  ],
  // A state that opens the sentence is its own subject.
  [
    'Cuba, a communist island nation, was designated a state sponsor of terrorism by the United States in 1982.',
    ['Cuba | United States | designated'],
  ],
]);

describe('a participle aside is not the listing later sentences continue', () => {
  it('gives "also on the list" the main listing’s authority', () => {
    expect(
      designationRows(
        'Norway published a list of 20 groups it classified as terrorist. Dawn Army, already branded as “terrorist” by the Arab League, topped the list. Also on the list was the Sunrise Front.',
      ),
    ).toEqual([
      '20 groups | Norway | designated',
      'Dawn Army | Arab League | designated',
      'Sunrise Front | Norway | designated',
    ]);
  });
});

describe('a chronicle of bans after a listing', () => {
  it('reads an opening adverb, acronyms in brackets, a perfect, and an "As" inside a name', () => {
    expect(
      designationRows(
        'Norway proscribed three groups as terrorist organisations on Monday. Accordingly, the Sunrise Front (SF), the Dawn Army (DA) and Willayath As Seylani have been banned.',
      ),
    ).toEqual([
      'three groups | Norway | designated',
      'Sunrise Front (SF) | Norway | designated',
      'Dawn Army (DA) | Norway | designated',
      'Willayath As Seylani | Norway | designated',
    ]);
  });
  it('keeps "As" before a label word as the label’s', () => {
    expect(designationRows('Japan Designates Sunrise Front As Terrorist Group')).toEqual([
      'Sunrise Front | Japan | designated',
    ]);
  });
});

describe('a group banned by states that keep terror lists', () => {
  it('is a listing the reference stands for, past its asides', () => {
    expect(
      designationRows(
        'The Sunrise Front group is based in the hills. The group, which is estimated to have 9,000 fighters, has been banned by both the U.S. and the U.K. and has attacked malls.',
      ),
    ).toEqual(['Sunrise Front | United States, United Kingdom | designated']);
  });
  it('leaves an app banned by a state alone', () => {
    expect(designationRows('The app, which has 9,000 users, has been banned by the U.S. since May.')).toEqual(
      [],
    );
  });
});

describe('a proscription with no authority named', () => {
  it('is the home state’s for a group only one state bans at home', () => {
    expect(
      designationRows(
        'A gazette was issued yesterday proscribing three organisations including the National Thowheeth Jama’ath (NTJ).',
      ),
    ).toEqual([
      'three organisations | Sri Lanka | designated',
      "National Thowheeth Jama'ath (NTJ) | Sri Lanka | designated",
    ]);
  });
  it('is the UK’s otherwise', () => {
    expect(designationRows('A gazette was issued yesterday proscribing the Sunrise Front.')).toEqual([
      'Sunrise Front | United Kingdom | designated',
    ]);
  });
});

claimsOf('what a terror list holds', [
  ['Norway’s terror list contains over 1,500 names.', ['over 1,500 names | Norway | designated']],
  [
    'Norway added the Sunrise Front to its terror list in 2014. The list includes Norway’s former prime minister Odd Hansen, the group’s supreme guide Per Lund, and the Front’s deputy supreme guide Ole Berg.',
    [
      'Sunrise Front | Norway | designated',
      'Odd Hansen | Norway | designated',
      'Per Lund | Norway | designated',
      'Ole Berg | Norway | designated',
    ],
  ],
  // A list of victims or of candidates is no terror list.
  ['Norway’s list of candidates contains over 1,500 names.', []],
]);

claimsOf('leaders who sign listings, named without their state', [
  [
    'President Daniel Noboa said: "I have signed the decree and identified the following groups as terrorist organizations: Aguilas, Lobos and Tiguerones."',
    ['Aguilas | Ecuador | designated', 'Lobos | Ecuador | designated', 'Tiguerones | Ecuador | designated'],
  ],
  [
    'Defense Minister Benny Gantz signed an order declaring the Sunrise Front a terrorist organization.',
    ['Sunrise Front | Israel | designated'],
  ],
  // "the first country in South America to officially designate": the state that became first.
  [
    'Argentina has become the first country in South America to officially designate the Sunrise Front as a terrorist organization, aligning with the Netanyahu government.',
    ['Sunrise Front | Argentina | designated'],
  ],
]);

claimsOf('members joined by "as well as", an owner state, or a role', [
  [
    'Norway blacklisted the Sunrise Front and the Dawn Army, as well as the Night Council and Yemen’s Red Militia, as terrorist groups.',
    [
      'Sunrise Front | Norway | designated',
      'Dawn Army | Norway | designated',
      'Night Council | Norway | designated',
      'Red Militia | Norway | designated',
    ],
  ],
  [
    'Washington designated the Sunrise Front as well as the Dawn Army as terrorist groups.',
    ['Sunrise Front | United States | designated', 'Dawn Army | United States | designated'],
  ],
  [
    'Washington designated the Sunrise Front and Dawn Army operative Omar Kassem as Specially Designated Global Terrorists.',
    ['Sunrise Front | United States | designated', 'Omar Kassem | United States | designated'],
  ],
  // A state owning a name outside a list is no member either way.
  [
    'Washington designated Iran’s Red Guards as a terrorist group.',
    ['Red Guards | United States | designated'],
  ],
]);

describe('a counted set with a relative clause, and "These are" naming its members', () => {
  it('lists the set and then each member', () => {
    expect(
      designationRows(
        'Washington designated the Sunrise Front as an SDGT. Three individuals who are part of its top echelon have also been designated as SDGTs. These are Omar Kassem, Ali Farid, and Per Lund.',
      ),
    ).toEqual([
      'Sunrise Front | United States | designated',
      'Three individuals | United States | designated',
      'Omar Kassem | United States | designated',
      'Ali Farid | United States | designated',
      'Per Lund | United States | designated',
    ]);
  });
  it('reads "These are" after a named group as no list', () => {
    expect(
      designationRows('Washington designated the Sunrise Front as an SDGT. These are Dark Times for Norway.'),
    ).toEqual(['Sunrise Front | United States | designated']);
  });
});

claimsOf('a member of the set a terror list holds', [
  [
    'The Sunrise Front is one of 60 groups on Norway’s list of terrorist entities.',
    ['Sunrise Front | Norway | designated'],
  ],
  [
    'Freedonia was one of four countries on the U.S. list of state sponsors of terrorism.',
    ['Freedonia | United States | designated'],
  ],
  // One of many islands, or of the parties on a ballot list, is no listing.
  ['Freedonia is one of the largest islands in the region.', []],
  ['The Sunrise Party is one of 60 parties on the ballot list this year.', []],
]);

describe('a ban on "all kinds of activities" of a widely listed group', () => {
  it('is a listing by the state the passage names', () => {
    expect(
      designationRows(
        'The government in Dhaka yesterday banned all kinds of activities of Hizb ut-Tahrir Bangladesh in the interests of public security.',
      ),
    ).toEqual(['Hizb ut-Tahrir Bangladesh | Bangladesh | designated']);
  });
  it('leaves a ban on all kinds of activities of a club alone', () => {
    expect(
      designationRows(
        'The government in Dhaka yesterday banned all kinds of activities of the Chess Club of Dhaka.',
      ),
    ).toEqual([]);
  });
});

claimsOf('the authority in a decision’s by-phrase', [
  [
    'Norway welcomed the decision by Canada to designate the Sunrise Front a terrorist group.',
    ['Sunrise Front | Canada | designated'],
  ],
  // A by-phrase that names no decision leaves the sentence's subject as the designator.
  [
    'Norway, backed by Canada, moved to designate the Sunrise Front a terrorist group.',
    ['Sunrise Front | Norway | designated'],
  ],
]);

describe('a hyphenated gerund opening a heading is no part of the name', () => {
  it('lists each group a "Re-listing of" heading names', () => {
    expect(
      designationRows(
        'Norway has re-listed the Sunrise Front as a terrorist organisation. Re-listing of the Sunrise Front, the Dawn Army and the Night Council',
      ),
    ).toEqual([
      'Sunrise Front | Norway | designated',
      'Sunrise Front | Norway | designated',
      'Dawn Army | Norway | designated',
      'Night Council | Norway | designated',
    ]);
  });
});
