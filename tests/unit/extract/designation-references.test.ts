/**
 * Designators named as a bloc, groups named by a reference rather than a name, and the list
 * frames that name a listing's members (docs/CLAIMS.md). Every sentence here is written for
 * the test; the groups are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function summary(text: string): Array<[string, string[], string]> {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, [...c.designators].sort(), c.status]);
}

function quotes(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => c.quote);
}

const QUARTET = ['Bahrain', 'Egypt', 'Saudi Arabia', 'United Arab Emirates'];
const US = ['United States'];

describe('a bloc as the designator', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Last week the Saudi-led quartet blacklisted the Northern Brigade, calling it a terrorist group.',
      [['Northern Brigade', QUARTET, 'designated']],
    ],
    [
      'The four boycotting Arab states designated the Fictional Relief Union as a terrorist organisation.',
      [['Fictional Relief Union', QUARTET, 'designated']],
    ],
    [
      'On Monday a Saudi-led Gulf bloc added three charities and seven individuals to its terrorism list.',
      // Two sets, each with a number of its own, are two claims (as "seven persons and two firms").
      [
        ['three charities', QUARTET, 'designated'],
        ['seven individuals', QUARTET, 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a Saudi-led military coalition designates nobody by itself', () => {
    expect(
      summary(
        'The Saudi-led coalition struck the port on Monday. The US designated the Coastal Front a terrorist group.',
      ),
    ).toEqual([['Coastal Front', US, 'designated']]);
  });
});

describe('a set referred back to as the subject', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The US on Monday designated the Red Hand and the Blue Lantern as terrorist organisations. Both groups are also listed by the UN Security Council.',
      [
        ['Red Hand', US, 'designated'],
        ['Blue Lantern', US, 'designated'],
        // The two groups the passage named: a reference alone could not be cross-referenced.
        ['Red Hand', ['United Nations'], 'designated'],
        ['Blue Lantern', ['United Nations'], 'designated'],
      ],
    ],
    [
      'Canberra listed the Northern Front and the Coast Brigade as terrorist organisations in 2015. These groups remain banned today.',
      [
        ['Northern Front', ['Australia'], 'designated'],
        ['Coast Brigade', ['Australia'], 'designated'],
        ['These groups', ['Australia'], 'designated'],
      ],
    ],
    // A reference to a counted set is that set.
    [
      'OFAC designated three financiers of the Lakeside Network as Specially Designated Global Terrorists. The three were sanctioned under its counterterrorism authority.',
      [
        ['three financiers of the Lakeside Network', US, 'designated'],
        ['three financiers of the Lakeside Network', US, 'designated'],
      ],
    ],
    // Countries given as examples after "by" are the designators.
    [
      'The EU listed the Red Hand and the Blue Lantern as terrorist groups in 2019. These groups have been designated by several states, including Canada, the United States and Japan.',
      [
        ['Red Hand', ['European Union'], 'designated'],
        ['Blue Lantern', ['European Union'], 'designated'],
        ['These groups', ['Canada', 'Japan', 'United States'], 'designated'],
      ],
    ],
    // Unnamed states after "by": no authority of the passage stands in for them.
    [
      'The EU listed the Red Hand as a terrorist group in 2019. The group has been designated as a terrorist organisation by several other states.',
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
    "Kyrgyzstan's interior ministry issued a list of 10 organisations that have been outlawed as terrorist.";
  it.each<[string, string[]]>([
    [
      `${LIST} Among them are the Red Hand; the Blue Lantern; and the Northern Front.`,
      ['Red Hand', 'Blue Lantern', 'Northern Front'],
    ],
    [
      `${LIST} Also outlawed in Kyrgyzstan are the Red Hand and the Blue Lantern.`,
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
        'A list of 10 organisations that have been outlawed as terrorist went online. Among them is the Islamic Front of Tajikistan.',
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
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Sudan was placed on the list of state sponsors of terrorism in 1993. The remaining three countries on the list are Iran, North Korea and Syria.',
      [
        ['Sudan', US, 'designated'],
        ['Iran', US, 'designated'],
        ['North Korea', US, 'designated'],
        ['Syria', US, 'designated'],
      ],
    ],
    [
      'Washington relisted Cuba as a state sponsor of terrorism on Monday. Cuba thus joins the likes of Iran and Syria on that list.',
      [
        ['Cuba', US, 'designated'],
        ['Cuba', US, 'designated'],
        ['Iran', US, 'designated'],
        ['Syria', US, 'designated'],
      ],
    ],
    [
      'The Coastal Front was declared by the Argentine government as a terrorist group.',
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
      'Ministers may soon add the Red Hand to the terror list. It is outlawed in several states, among them France and the UK, where it is a proscribed terrorist group.',
      [],
    ],
    // "where" refers to the place that designates.
    [
      'Canada listed the Red Hand as a terrorist group in 2019. It is also outlawed in Germany and the UK, where it is a proscribed terrorist group.',
      [
        ['Red Hand', ['Canada'], 'designated'],
        ['Red Hand', ['Germany', 'United Kingdom'], 'designated'],
        ['Red Hand', ['United Kingdom'], 'designated'],
      ],
    ],
    // A second verb restating the claim lends it its label and quote.
    [
      "France outlawed Hezbollah's operations in the country and designated it a terrorist group, officials said.",
      [['Hezbollah', ['France'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('the restated claim quotes through the label', () => {
    expect(
      quotes(
        "France outlawed Hezbollah's operations in the country and designated it a terrorist group, officials said.",
      ),
    ).toEqual(["outlawed Hezbollah's operations in the country and designated it a terrorist group"]);
  });
});

describe('an authority that considers or deems a group terrorist', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The Red Hand is considered a terrorist organisation by the United States and the European Union.',
      [['The Red Hand', ['European Union', 'United States'], 'designated']],
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
    expect(summary(text)).toEqual(expected);
  });
});

describe('a state-media aside inside another claim', () => {
  it('keeps both claims, the aside quoted from its parenthesis', () => {
    const text =
      'Washington on Monday revoked its designation of the Levant Front group (a terrorist group formerly called the Eastern Brigade, banned in Russia) as a foreign terrorist organization.';
    expect(summary(text)).toEqual([
      ['Levant Front', US, 'delisted'],
      ['Levant Front', ['Russia'], 'designated'],
    ]);
    expect(quotes(text)[1]).toBe('(a terrorist group formerly called the Eastern Brigade, banned in Russia)');
  });
});

describe('a released list of the people a designation covers', () => {
  it('names each of them, a role noun handing on to the person', () => {
    expect(
      summary(
        "The Philippines' Anti-Terrorism Council on Monday named 12 members of the Northern Front as terrorists. A list of the people named in the order, issued on Monday, named party founder Juan Dela Rosa, Pedro Santos and Maria Reyes.",
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
  const LIST =
    'New Delhi published a list of 20 outfits that have been banned as terrorist organisations under the UAPA.';
  const IN = (names: string[]): Array<[string, string[], string]> => [
    ['20 outfits', ['India'], 'designated'],
    ...names.map((n): [string, string[], string] => [n, ['India'], 'designated']),
  ];
  it.each<[string, Array<[string, string[], string]>]>([
    [
      `${LIST} Its revised list contains militant groups like the Red Hand, the Blue Lantern and the Northern Front.`,
      IN(['Red Hand', 'Blue Lantern', 'Northern Front']),
    ],
    [
      `${LIST} Several rebel outfits, including the Lakes and Hills Liberation Front (LHLF) and the Blue Lantern, have been outlawed as well.`,
      IN(['Lakes and Hills Liberation Front (LHLF)', 'Blue Lantern']),
    ],
    [`${LIST} Many parties, including the Red Hand and the Blue Lantern, have held rallies.`, IN([])],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('revocations of counted sets and inverted lists', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Washington revoked the terror designations of four defunct militant groups on Tuesday.',
      [['four defunct militant groups', US, 'delisted']],
    ],
    [
      'The Treasury lifted the terrorism designation it had placed on three men, all since deceased: Juan Dela Rosa, Pedro Santos and Maria Reyes.',
      [
        ['three men', US, 'delisted'],
        ['Juan Dela Rosa', US, 'delisted'],
        ['Pedro Santos', US, 'delisted'],
        ['Maria Reyes', US, 'delisted'],
      ],
    ],
    [
      'On Tuesday the State Department took four dormant groups off its list of foreign terrorist organisations. Dropped from the terror list were the Red Hand, a militant group founded by Juan Dela Rosa; the separatist militant group Blue Lantern; and the Northern Front, or NF, a rebel outfit.',
      [
        ['four dormant groups', US, 'delisted'],
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
      'In a statement, Downing Street said the Red Hand was one of the three organisations proscribed by Britain this week. The other two organisations are the Blue Lantern and the Coastal Front.';
    const UK = ['United Kingdom'];
    expect(summary(text)).toEqual([
      ['Red Hand', UK, 'designated'],
      ['three organisations', UK, 'designated'],
      ['Blue Lantern', UK, 'designated'],
      ['Coastal Front', UK, 'designated'],
    ]);
    expect(quotes(text).slice(0, 2)).toEqual([
      'Red Hand was one of',
      'the three organisations proscribed by Britain',
    ]);
  });
});

describe('a ban placed under a terrorism law, revoked', () => {
  it('is a delisting of the set, and of the members the next sentence names', () => {
    expect(
      summary(
        'The Sri Lankan government issued an order revoking the ban placed under the Prevention of Terrorism Act on three groups. Bans placed on the Red Hand (RH), the Blue Lantern (BL) and the Coastal Front have since been revoked.',
      ),
    ).toEqual([
      ['three groups', ['Sri Lanka'], 'delisted'],
      ['Red Hand (RH)', ['Sri Lanka'], 'delisted'],
      ['Blue Lantern (BL)', ['Sri Lanka'], 'delisted'],
      ['Coastal Front', ['Sri Lanka'], 'delisted'],
    ]);
  });
});
