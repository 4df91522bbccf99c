/**
 * Designators named as a bloc, and groups named by a reference rather than a name
 * (docs/CLAIMS.md). Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function summary(text: string): Array<[string, string[], string]> {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, [...c.designators].sort(), c.status]);
}

const QUARTET = ['Bahrain', 'Egypt', 'Saudi Arabia', 'United Arab Emirates'];

describe('a bloc as the designator', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The Saudi-led quartet also blacklisted the Northern Brigade, calling it a terrorist group.',
      [['Northern Brigade', QUARTET, 'designated']],
    ],
    [
      'The four boycotting Arab states designated the Fictional Relief Union as a terrorist organisation.',
      [['Fictional Relief Union', QUARTET, 'designated']],
    ],
    [
      'A Saudi-led Arab bloc on Monday added three charities and seven individuals to its terrorism list.',
      [['three charities and seven individuals', QUARTET, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a Saudi-led military coalition designates nobody by itself', () => {
    expect(
      summary(
        'The Saudi-led coalition struck the port on Monday. The US designated the Coastal Front a terrorist group.',
      ),
    ).toEqual([['Coastal Front', ['United States'], 'designated']]);
  });
});

describe('a set referred back to as the subject', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The US on Monday designated the Red Hand and the Blue Lantern as terrorist organisations. Both groups are also designated under the UN al-Qaeda sanctions regime.',
      [
        ['Red Hand', ['United States'], 'designated'],
        ['Blue Lantern', ['United States'], 'designated'],
        ['Both groups', ['United Nations'], 'designated'],
      ],
    ],
    [
      'Canberra listed the Northern Front and the Coast Brigade as terrorist organisations in 2015. The organisations remain listed.',
      [
        ['Northern Front', ['Australia'], 'designated'],
        ['Coast Brigade', ['Australia'], 'designated'],
        ['The organisations', ['Australia'], 'designated'],
      ],
    ],
    // A reference to a counted set is that set.
    [
      'OFAC designated five financiers of the Lakeside Network as Specially Designated Global Terrorists. The five were designated pursuant to Executive Order 13224.',
      [
        ['five financiers of the Lakeside Network', ['United States'], 'designated'],
        ['five financiers of the Lakeside Network', ['United States'], 'designated'],
      ],
    ],
    // Countries given as examples after "by" are the designators.
    [
      'The EU listed the Red Hand and the Blue Lantern as terrorist groups in 2019. These groups have been listed by like-minded countries, including Canada, the United States and Japan.',
      [
        ['Red Hand', ['European Union'], 'designated'],
        ['Blue Lantern', ['European Union'], 'designated'],
        ['These groups', ['Canada', 'Japan', 'United States'], 'designated'],
      ],
    ],
    // Unnamed countries after "by": no authority of the passage stands in for them.
    [
      'The EU listed the Red Hand as a terrorist group in 2019. The group has been designated as a terrorist organisation by several other countries.',
      [
        ['Red Hand', ['European Union'], 'designated'],
        ['Red Hand', [], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // Barred from an act is no listing.
    'The EU listed the Red Hand as a terrorist group in 2019. The groups were banned from holding rallies in Paris.',
    // Without a claim before it, a reference has nothing to refer to.
    'The groups are designated under the new counter-terrorism rules, officials said.',
  ])('no reference claim: %s', (text) => {
    expect(summary(text).filter(([e]) => /^(?:The|These|Both)\s/.test(e))).toEqual([]);
  });
});

describe('a published list of a counted set, and its members in the sentences after it', () => {
  const LIST =
    "Kyrgyzstan's prosecutor-general has published a list of 10 organisations that are banned as terrorist.";
  it.each<[string, string[]]>([
    [
      `${LIST} Among them are the Red Hand; the Blue Lantern; and the Northern Front.`,
      ['Red Hand', 'Blue Lantern', 'Northern Front'],
    ],
    [
      `${LIST} Also banned in Kyrgyzstan are the Red Hand and the Blue Lantern.`,
      ['Red Hand', 'Blue Lantern'],
    ],
    [`${LIST} Red Hand and the Blue Lantern are also included in the list.`, ['Red Hand', 'Blue Lantern']],
  ])('%s', (text, members) => {
    expect(summary(text)).toEqual([
      ['10 organisations', ['Kyrgyzstan'], 'designated'],
      ...members.map((m): [string, string[], string] => [m, ['Kyrgyzstan'], 'designated']),
    ]);
  });

  it('a state inside a group name designates nothing', () => {
    expect(
      summary(
        'A list of 10 organisations that are banned as terrorist was published. Among them is the Islamic Front of Tajikistan.',
      ),
    ).toEqual([['10 organisations', [], 'designated']]);
  });

  it('a list of victims is no listing', () => {
    expect(summary('Police released a list of 12 people who were killed in the terrorist attack.')).toEqual(
      [],
    );
  });
});

describe('state sponsors of terrorism and the members a listing joins', () => {
  const US = ['United States'];
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Sudan had been listed as a state sponsor of terrorism since 1993. The other three nations on the list are Iran, North Korea and Syria.',
      [
        ['Sudan', US, 'designated'],
        ['Iran', US, 'designated'],
        ['North Korea', US, 'designated'],
        ['Syria', US, 'designated'],
      ],
    ],
    [
      'Washington relisted Cuba as a state sponsor of terrorism on Monday. Cuba now joins the likes of Iran, North Korea and Syria as a state sponsor of terrorism.',
      [
        ['Cuba', US, 'designated'],
        ['Cuba', US, 'designated'],
        ['Iran', US, 'designated'],
        ['North Korea', US, 'designated'],
        ['Syria', US, 'designated'],
      ],
    ],
    [
      'The Coastal Front has been declared by the Argentinian state as an international terrorist organisation.',
      [['The Coastal Front', ['Argentina'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('joining someone elsewhere is no listing', () => {
    expect(
      summary(
        'The US designated the Red Hand as a terrorist group. Its envoy will join Smith and Jones on a trip.',
      ),
    ).toEqual([['Red Hand', US, 'designated']]);
  });
});

describe('pronouns and places in a designating clause', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    // With no group named before, "it" keeps the state from becoming the entity.
    [
      'The government will consider listing the Red Hand. It is banned in a few countries, including Germany and the UK, where it is a proscribed terror organisation.',
      [],
    ],
    // "where" refers to the place that designates.
    [
      'Canada listed the Red Hand as a terrorist group in 2019. It is also outlawed in Germany and the UK, where it is a proscribed terror organisation.',
      [
        ['Red Hand', ['Canada'], 'designated'],
        ['Red Hand', ['Germany', 'United Kingdom'], 'designated'],
        ['Red Hand', ['United Kingdom'], 'designated'],
      ],
    ],
    // A second verb restating the claim lends it its label and quote.
    [
      "Germany has banned Hezbollah's activity on its soil and designated it a terrorist organisation, the ministry said.",
      [['Hezbollah', ['Germany'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('the restated claim quotes through the label', () => {
    const [c] = extractClaims(
      "Germany has banned Hezbollah's activity on its soil and designated it a terrorist organisation, the ministry said.",
    ) as DesignationClaim[];
    expect(c.quote).toBe(
      "banned Hezbollah's activity on its soil and designated it a terrorist organisation",
    );
    expect(c.label).toBe('terrorist organisation');
  });
});

describe('an authority that considers or deems a group terrorist', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The Red Hand is considered a terrorist organisation by the United States and the European Union.',
      [['The Red Hand', ['United States', 'European Union'], 'designated']],
    ],
    [
      'The Red Hand, which is deemed a terrorist group by Canada, denied the charge.',
      [['The Red Hand', ['Canada'], 'designated']],
    ],
    ['Canada considers the Red Hand a terrorist organisation.', [['Red Hand', ['Canada'], 'designated']]],
    [
      'The Red Hand is classed as a terrorist group by Britain.',
      [['The Red Hand', ['United Kingdom'], 'designated']],
    ],
    // Opinion, plans and no named authority stay dark.
    ['The Red Hand is considered a terrorist group by many analysts.', []],
    ['The Red Hand is widely considered a terrorist group.', []],
    ['Turkey is considering whether to designate the Red Hand as a terrorist group.', []],
  ])('%s', (text, expected) => {
    expect(summary(text).map(([e, d, st]): [string, string[], string] => [e, d, st])).toEqual(
      expected.map(([e, d, st]): [string, string[], string] => [e, [...d].sort(), st]),
    );
  });
});

describe('a state-media aside inside another claim', () => {
  it('keeps both claims, the aside quoted from its parenthesis', () => {
    const claims = extractClaims(
      "The United States has revoked the designation of Syria's Hayat Tahrir al-Sham group (formerly known as the Levant Front, banned in Russia) as a terrorist organization.",
    ) as DesignationClaim[];
    expect(claims.map((c) => [c.entity, c.designators, c.status, c.quote])).toEqual([
      [
        'Hayat Tahrir al-Sham',
        ['United States'],
        'delisted',
        "revoked the designation of Syria's Hayat Tahrir al-Sham",
      ],
      [
        'Hayat Tahrir al-Sham',
        ['Russia'],
        'designated',
        '(formerly known as the Levant Front, banned in Russia)',
      ],
    ]);
  });
});

describe('a released list of the people a designation covers', () => {
  it('names each of them, a role noun handing on to the person', () => {
    expect(
      summary(
        'The Anti-Terrorism Council has designated 12 members of the Northern Front as terrorists. A list of those covered by the designation, released by the council on Friday, included NF founder Juan Dela Rosa, Pedro Santos and Maria Reyes.',
      ),
    ).toEqual([
      ['12 members', ['Philippines'], 'designated'],
      ['Juan Dela Rosa', ['Philippines'], 'designated'],
      ['Pedro Santos', ['Philippines'], 'designated'],
      ['Maria Reyes', ['Philippines'], 'designated'],
    ]);
  });

  it('a list of victims names no one designated', () => {
    expect(
      summary(
        'The council designated the Northern Front as a terrorist group. Police said a list of the people killed in the attack included Juan Dela Rosa and Pedro Santos.',
      ),
    ).toEqual([['Northern Front', [], 'designated']]);
  });
});

describe('members named after a counted listing', () => {
  const LIST = 'India has released a list of 20 organisations declared terrorist groups under the UAPA.';
  const IN = (names: string[]): Array<[string, string[], string]> => [
    ['20 organisations', ['India'], 'designated'],
    ...names.map((n): [string, string[], string] => [n, ['India'], 'designated']),
  ];
  it.each<[string, Array<[string, string[], string]>]>([
    [
      `${LIST} The updated list includes well-known terrorist groups such as the Red Hand, the Blue Lantern and the Northern Front, among others.`,
      IN(['Red Hand', 'Blue Lantern', 'Northern Front']),
    ],
    [
      `${LIST} Various separatist factions, including the Lakes and Hills Liberation Front (LHLF) and the Blue Lantern, have also been banned.`,
      IN(['Lakes and Hills Liberation Front (LHLF)', 'Blue Lantern']),
    ],
    [`${LIST} Many parties, including the Red Hand and the Blue Lantern, have held rallies.`, IN([])],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('revocations of counted sets and inverted lists', () => {
  const US = ['United States'];
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The United States has revoked the terrorist designations of five foreign organizations, the State Department said.',
      [['five foreign organizations', US, 'delisted']],
    ],
    [
      'The State Department has also revoked the terrorist designation it had imposed on three now deceased individuals: Juan Dela Rosa, Pedro Santos and Maria Reyes, according to the release.',
      [
        ['three now deceased individuals', US, 'delisted'],
        ['Juan Dela Rosa', US, 'delisted'],
        ['Pedro Santos', US, 'delisted'],
        ['Maria Reyes', US, 'delisted'],
      ],
    ],
    [
      'The State Department on Friday removed five defunct groups from its list of foreign terrorist organisations. Removed from the FTO blacklist were the Red Hand, a militant group linked to the late Juan Dela Rosa; the Coastal jihadist group Blue Lantern; and the Northern Front, or NF, a separatist group.',
      [
        ['five defunct groups', US, 'delisted'],
        ['Red Hand', US, 'delisted'],
        ['Blue Lantern', US, 'delisted'],
        ['Northern Front', US, 'delisted'],
      ],
    ],
    ['Also banned in the park are dogs and bicycles.', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('one of a counted set', () => {
  it('lists the group and the set, and the set is followed by its other members', () => {
    const text =
      'According to officials, the Red Hand was one of the four organisations added by London to its list of terrorist groups. The other three organisations are the Blue Lantern, the Coastal Front and the Northern Brigade.';
    const UK = ['United Kingdom'];
    expect(summary(text)).toEqual([
      ['Red Hand', UK, 'designated'],
      ['four organisations', UK, 'designated'],
      ['Blue Lantern', UK, 'designated'],
      ['Coastal Front', UK, 'designated'],
      ['Northern Brigade', UK, 'designated'],
    ]);
    const quotes = (extractClaims(text) as DesignationClaim[]).map((c) => c.quote);
    expect(quotes.slice(0, 2)).toEqual([
      'Red Hand was one of',
      'the four organisations added by London to its list of terrorist groups',
    ]);
  });
});

describe('a ban imposed under a terrorism law, lifted', () => {
  it('is a delisting of the set, and of the members the next sentence names', () => {
    expect(
      summary(
        'The Defence Ministry of Sri Lanka issued a gazette lifting the ban imposed under the Prevention of Terrorism Act against three organisations. Accordingly, the bans imposed on the Red Hand (RH), the Blue Lantern (BL) and the Coastal Front have been repealed.',
      ),
    ).toEqual([
      ['three organisations', ['Sri Lanka'], 'delisted'],
      ['Red Hand (RH)', ['Sri Lanka'], 'delisted'],
      ['Blue Lantern (BL)', ['Sri Lanka'], 'delisted'],
      ['Coastal Front', ['Sri Lanka'], 'delisted'],
    ]);
  });
});
