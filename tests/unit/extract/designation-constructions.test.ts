/**
 * Constructions that recur in news about listings, each with invented sentences and near misses
 * (docs/CLAIMS.md). Every group and person here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

type Row = [string, string[], string];

function summary(text: string): Row[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, [...c.designators].sort(), c.status]);
}

const US = ['United States'];
const EU = ['European Union'];

describe("an authority's view in a relative or participial aside", () => {
  it.each<[string, Row[]]>([
    [
      'The Coastal Army, which Washington considers a terrorist organization, denied the report.',
      [['The Coastal Army', US, 'designated']],
    ],
    [
      'Officials said the Red Hand, which the EU deems a terrorist group, had regrouped.',
      [['Red Hand', EU, 'designated']],
    ],
    [
      'The Northern Front, deemed a terrorist group by the US, controls much of the south.',
      [['The Northern Front', US, 'designated']],
    ],
    [
      'Fighters of the Valley Guard, considered a terrorist organisation by the European Union, crossed the river.',
      [['Valley Guard', EU, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The Coastal Army, which many analysts consider a terrorist group, denied the report.',
    'The Northern Front, which Washington considers a threat, said it would respond.',
    'The Red Hand, deemed a terrorist group by many, controls much of the south.',
    'The Valley Guard, which the US considered designating as a terrorist group, declined to comment.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe("a state's own agency as the subject", () => {
  it.each<[string, Row[]]>([
    [
      "Saudi Arabia's State Security on Monday issued a statement designating the Harbor Cells as a terrorist group. The US welcomed the move.",
      [['Harbor Cells', ['Saudi Arabia'], 'designated']],
    ],
    [
      "Egypt's Public Prosecution has issued a decision designating the Nile Dawn Network a terrorist organisation, US officials said.",
      [['Nile Dawn Network', ['Egypt'], 'designated']],
    ],
    [
      "Jordan's foreign ministry on Sunday designated the Desert Wolves as a terrorist group.",
      [['Desert Wolves', ['Jordan'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it("an owner's forces are no designator", () => {
    expect(
      summary(
        "Iran's Revolutionary Guards on Monday issued a statement after the US designated the Harbor Cells as a terrorist group.",
      ),
    ).toEqual([['Harbor Cells', US, 'designated']]);
  });
});

describe('members between dashes after a counted set', () => {
  it.each<[string, Row[]]>([
    [
      'The government proscribed two groups – the Eastern Shield and the Valley Guard – as terrorist organisations.',
      [
        ['Eastern Shield', ['United Kingdom'], 'designated'],
        ['Valley Guard', ['United Kingdom'], 'designated'],
      ],
    ],
    [
      "India's home ministry on Friday declared two organisations — Delta Tiger Force (DTF) and Upper Valley Ghazi Force — as terrorist organisations.",
      [
        ['Delta Tiger Force (DTF)', ['India'], 'designated'],
        ['Upper Valley Ghazi Force', ['India'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('the label follows the closing dash', () => {
    const last = extractClaims(
      'Canberra listed three outfits – the Red Hand, Northern Dawn and the Hill Front – as terrorist organisations.',
    ).at(-1) as DesignationClaim;
    expect([last.entity, last.label, last.quote]).toEqual([
      'Hill Front',
      'terrorist organisations',
      'Hill Front – as terrorist organisations',
    ]);
  });

  it.each([
    ['The ministry designated two groups – both based abroad – as terrorist organisations.', 'two groups'],
    ['The government proscribed two groups – a rare step – and said more would follow.', 'two groups'],
  ])('an aside that names nobody leaves the set: %s', (text, entity) => {
    expect(summary(text).map((r) => r[0])).toEqual([entity]);
  });
});

describe('a counted set, then its members by a number or the list', () => {
  it('published names tied to terrorism, then "The five are …"', () => {
    expect(
      summary(
        'Kenya gazetted the names of five individuals believed to have links to terrorism on Tuesday. The notice was dated a week earlier. The five are Amos Teller, Rita Vance, Omar Quist, Lena Prall and Ivo Marsh.',
      ),
    ).toEqual([
      ['five individuals', ['Kenya'], 'designated'],
      ['Amos Teller', ['Kenya'], 'designated'],
      ['Rita Vance', ['Kenya'], 'designated'],
      ['Omar Quist', ['Kenya'], 'designated'],
      ['Lena Prall', ['Kenya'], 'designated'],
      ['Ivo Marsh', ['Kenya'], 'designated'],
    ]);
  });

  it('"The list includes: …" after a counted set on a terror list', () => {
    expect(
      summary(
        'A court in Ruritania added 30 members of the Red Hand Society to the terrorism list. The list includes: Amos Teller, Rita Vance and Omar Quist.',
      ).map((r) => r[0]),
    ).toEqual(['30 members', 'Amos Teller', 'Rita Vance', 'Omar Quist']);
  });

  it.each([
    'The ministry published the names of five individuals who were killed in the raid.',
    'Police released the names of three suspects believed to have links to the robbery.',
    'The two are Amos Teller and Rita Vance, both teachers.',
    'The five were arrested on Monday. The five are Amos Teller, Rita Vance, Omar Quist, Lena Prall and Ivo Marsh.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a member under two names, and more designating roles', () => {
  it('"A alias B" in a list is one member', () => {
    expect(
      summary(
        'Kenya gazetted the names of three individuals believed to have links to terrorism. The three are Amos Teller, Juma Odhiambo alias Abu Faris and Rita Vance.',
      ).map((r) => r[0]),
    ).toEqual(['three individuals', 'Amos Teller', 'Juma Odhiambo alias Abu Faris', 'Rita Vance']);
  });

  it.each<[string, Row[]]>([
    [
      'Interior Cabinet Secretary Jane Wanjiru has designated the Coast Lions as a terrorist group.',
      [['Coast Lions', ['Kenya'], 'designated']],
    ],
    [
      'The Egyptian judiciary on Monday designated the Delta Youth Front a terrorist organisation.',
      [['Delta Youth Front', ['Egypt'], 'designated']],
    ],
    [
      'Nigerian authorities proscribed the Forest Brotherhood as a terrorist organisation.',
      [['Forest Brotherhood', ['Nigeria'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a nationality before a people noun designates nothing', () => {
    expect(
      summary('Kenyan fighters joined the Coast Lions, which the US designated as a terrorist group.'),
    ).toEqual([['Coast Lions', US, 'designated']]);
  });
});

describe('two counted sets joined by "and" are two claims', () => {
  it('one claim per counted phrase, with disjoint quotes', () => {
    const claims = extractClaims(
      'Riyadh designated 9 persons and two entities on its list of terrorist supporters.',
    ).filter((c): c is DesignationClaim => c.kind === 'designation');
    expect(claims.map((c) => [c.entity, c.quote])).toEqual([
      ['9 persons', 'designated 9 persons'],
      ['two entities', 'two entities on its list'],
    ]);
  });

  it.each([
    [
      'The Treasury sanctioned five individuals and companies for funding the Red Hand, a terrorist group.',
      1,
    ],
    ['Canberra added three groups and one individual to its terrorist list.', 1],
  ])('a second phrase with no number of its own stays in the set: %s', (text, n) => {
    expect(summary(text)).toHaveLength(n);
  });
});

describe('a state listing under its own law that applies UN resolutions', () => {
  it.each<[string, Row[]]>([
    [
      'Sri Lanka has listed 12 organisations under Regulation 4 of the United Nations Regulations No. 1 of 2012 as terrorist entities.',
      [['12 organisations', ['Sri Lanka'], 'designated']],
    ],
    [
      'The Defence Ministry lifted the ban on the Ocean Forum, a group proscribed under Regulation 4 (7) of the United Nations (UN) Regulations No. 1 of 2012.',
      [
        ['Ocean Forum', ['Sri Lanka'], 'delisted'],
        // The aside says it had been proscribed: the earlier listing is a claim too.
        ['Ocean Forum', ['Sri Lanka'], 'designated'],
      ],
    ],
    [
      'The Kenyan government listed the Coast Lions under the United Nations (Security Council) Regulations as a terrorist group.',
      [['Coast Lions', ['Kenya'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('the UN itself still designates', () => {
    expect(
      summary(
        'The United Nations Security Council designated the Coast Lions a terrorist group under resolution 2734.',
      ),
    ).toEqual([['Coast Lions', ['United Nations'], 'designated']]);
  });
});

describe("a ban on a group's things is no listing of the group", () => {
  it.each([
    "The court's decision outlaws the Red Hand's website and bans import of its brochures; Hamas welcomed it.",
    "The decision outlaws Hamas's web site and bans import of the group's brochures.",
    "Germany banned the Red Hand's flags and symbols as those of a terrorist group.",
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      "The US designated Hamas's armed wing as a terrorist organisation.",
      [["Hamas's armed wing", US, 'designated']],
    ],
    ['Germany banned Hezbollah in 2020.', [['Hezbollah', ['Germany'], 'designated']]],
  ])('what the group owns as a wing, or the group itself, is listed: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('lifted bans on counted sets, and more counted subjects', () => {
  it('"lifted the ban on N groups and M individuals that were proscribed": two delisted sets', () => {
    expect(
      summary(
        'The Defence Ministry has lifted the ban on five diaspora organisations and 200 individuals that were proscribed in 2019.',
      ),
    ).toEqual([
      ['five diaspora organisations', [], 'delisted'],
      ['200 individuals', [], 'delisted'],
    ]);
  });

  it('"de-proscribed" lifts a listing', () => {
    expect(summary('Sri Lanka de-proscribed the Ocean Forum, a diaspora group, last week.')).toEqual([
      ['Ocean Forum', ['Sri Lanka'], 'delisted'],
    ]);
  });

  it('"as many as N outfits had been proscribed": the set, not the body told', () => {
    expect(
      summary(
        'The minister told the Senate on Friday that as many as 61 outfits had been proscribed in Pakistan.',
      ),
    ).toEqual([['as many as 61 outfits', ['Pakistan'], 'designated']]);
  });

  it('a UN Security Council resolution names the UN', () => {
    expect(
      summary('The Ocean Trust was designated under UNSCR 1267 as a terrorist financier, officials said.'),
    ).toEqual([['The Ocean Trust', ['United Nations'], 'designated']]);
  });

  it.each([
    'The ban on five diaspora organisations that were founded in 2019 was lifted.',
    'The ministry lifted the ban on 200 individuals who had travelled abroad.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('region adjectives describe, they name no group', () => {
  it('"the latest Latin American criminal group to be added to the list" is about the subject', () => {
    expect(
      summary(
        'The Gulf Coast Cartel is the latest Latin American criminal group to be added to the US list of FTOs.',
      ),
    ).toEqual([['The Gulf Coast Cartel', US, 'designated']]);
  });
});

describe('members named by reference to the group just listed', () => {
  it.each<[string, Row[]]>([
    [
      'The US designated the Coastal Army as a Foreign Terrorist Organization. Its leaders, Amos Teller and Rita Vance, were also designated.',
      [
        ['Coastal Army', US, 'designated'],
        ['Amos Teller', US, 'designated'],
        ['Rita Vance', US, 'designated'],
      ],
    ],
    [
      'The Treasury designated the Coastal Army as a Specially Designated Global Terrorist. Two of its commanders, Amos Teller and Rita Vance, were also sanctioned.',
      [
        ['Coastal Army', US, 'designated'],
        ['Amos Teller', US, 'designated'],
        ['Rita Vance', US, 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Britain proscribed the Coastal Army in 2019. Its leaders, Amos Teller and Rita Vance, were also arrested.',
    'Its leaders, Amos Teller and Rita Vance, were also designated, the paper said.',
  ])('no member claim: %s', (text) => {
    expect(summary(text).filter((r) => r[0] !== 'Coastal Army')).toEqual([]);
  });
});

describe('a counted set included in a terror list', () => {
  it.each<[string, Row[]]>([
    [
      'Egyptian judiciary includes 40 leaders of the "Red Hand" on the list of terrorism',
      [['40 leaders', ['Egypt'], 'designated']],
    ],
    [
      'The UAE cabinet approved the inclusion of 11 individuals and 8 entities in the list of terrorist organisations.',
      [
        ['11 individuals', ['United Arab Emirates'], 'designated'],
        ['8 entities', ['United Arab Emirates'], 'designated'],
      ],
    ],
    [
      'Saudi Arabia on Tuesday included 13 persons in its list of individuals and groups supporting terrorism.',
      [['13 persons', ['Saudi Arabia'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The delegation included 40 members of the Red Hand on a visit to the capital.',
    'The report includes 12 people in its list of victims of terrorism.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('"the so-called X" is a member after "and"', () => {
    expect(
      summary('Bahrain designated the Valley Youth and the so-called Dawn Movement as terrorist groups.').map(
        (r) => r[0],
      ),
    ).toEqual(['Valley Youth', 'Dawn Movement']);
  });
});

describe('counted sets on a list', () => {
  it.each<[string, Row[]]>([
    [
      'The US has designated the Gulf Coast Cartel as a Foreign Terrorist Organization. It joins three other Andean criminal groups on the list of FTOs.',
      [
        ['Gulf Coast Cartel', US, 'designated'],
        ['three other Andean criminal groups', US, 'designated'],
      ],
    ],
    [
      'The EU has about 60 organizations and individuals on its terrorist list.',
      [['about 60 organizations and individuals', EU, 'designated']],
    ],
    [
      "There are 25 terrorist organizations on Australia's list.",
      [['25 terrorist organizations', ['Australia'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The club joins three other Andean football groups on the list of sponsors.',
    "There are 25 charities on Australia's list of approved donors.",
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a counted nationality as the listed set', () => {
  it('"Two Syrians have been put on the terrorism list" keeps the count', () => {
    expect(
      summary(
        'Saudi Arabia designated 13 persons on its terrorism list. Two Syrians have been put on the terrorism list.',
      ),
    ).toEqual([
      ['13 persons', ['Saudi Arabia'], 'designated'],
      ['Two Syrians', ['Saudi Arabia'], 'designated'],
    ]);
  });

  it('a count of victims before a claim is no part of it', () => {
    expect(summary('Two Americans were killed; the US designated the Red Hand a terrorist group.')).toEqual([
      ['Red Hand', US, 'designated'],
    ]);
  });
});
