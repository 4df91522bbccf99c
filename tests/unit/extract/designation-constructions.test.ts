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
      "Saudi Arabia's State Security Presidency late on Tuesday released a decision designating the Harbor Cells as a terrorist group. The US welcomed the move.",
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
      "India's home ministry declared three outfits — the Lowland Shield Corps (LSC), the Upper River Brigade and the Hill Front — as terrorist organisations.",
      [
        ['Lowland Shield Corps (LSC)', ['India'], 'designated'],
        ['Upper River Brigade', ['India'], 'designated'],
        ['Hill Front', ['India'], 'designated'],
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
        'Kenya gazetted the names of five individuals thought to have ties to terrorism on Tuesday. The notice was dated a week earlier. The five are Amos Teller, Rita Vance, Omar Quist, Lena Prall and Ivo Marsh.',
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
    'Police released the names of three suspects thought to have ties to the robbery.',
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
        'Nairobi published the names of three individuals suspected to have connections with terrorist groups. The three are Amos Teller, Juma Odhiambo alias Abu Faris and Rita Vance.',
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
      'Colombo lifted the ban on the Ocean Forum, a charity it had proscribed under the UN Regulations No. 1 of 2012.',
      [['Ocean Forum', ['Sri Lanka'], 'delisted']],
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
    "Officials banned the Red Hand's television channel on Monday; Hamas welcomed it.",
    "A new order outlaws Hamas's newspapers and magazines across the region.",
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
        'The ministry has revoked the ban on five exile groups and 200 people who were proscribed in 2019.',
      ),
    ).toEqual([
      ['five exile groups', [], 'delisted'],
      ['200 people', [], 'delisted'],
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
    'The ban on five exile groups that were founded in 2019 was lifted.',
    'The ministry lifted the ban on 200 individuals who had travelled abroad.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('region adjectives describe, they name no group', () => {
  it('"the newest South American gang" describes the subject', () => {
    expect(
      summary(
        'The Sierra Cartel is the newest South American crime group to be added to the US list of FTOs.',
      ),
    ).toEqual([['The Sierra Cartel', US, 'designated']]);
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
      'Cairo court order includes 35 Red Hand commanders in the list of terrorism',
      [['35 Red Hand commanders', ['Egypt'], 'designated']],
    ],
    [
      'The UAE cabinet endorsed the inclusion of seven individuals and four entities in the list of terrorist organisations.',
      [
        ['seven individuals', ['United Arab Emirates'], 'designated'],
        ['four entities', ['United Arab Emirates'], 'designated'],
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
      'The US has designated the Sierra Cartel as a Foreign Terrorist Organization. The cartel joins two other Caribbean armed groups on the list of FTOs.',
      [
        ['Sierra Cartel', US, 'designated'],
        ['two other Caribbean armed groups', US, 'designated'],
      ],
    ],
    [
      'Brussels now has around 40 groups and individuals on its terrorist list.',
      [['around 40 groups and individuals', EU, 'designated']],
    ],
    ['Canada counts 17 terrorist groups in its list.', [['17 terrorist groups', ['Canada'], 'designated']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The club joins two other Caribbean football groups on that list of sponsors.',
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

describe('owners, executive orders and roles of a group', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The African Union declared Uganda’s VRF a terrorist group on Tuesday.',
      [['VRF', ['African Union'], 'designated']],
    ],
    [
      'The U.S. designated Peru’s two largest gangs as foreign terrorist organizations.',
      [['two largest gangs', ['United States'], 'designated']],
    ],
    [
      'Kyrgyzstan’s Supreme Court declared the Turan Front, the Eastern Party and the Party of Ural terrorist structures.',
      [
        ['Turan Front', ['Kyrgyzstan'], 'designated'],
        ['Eastern Party', ['Kyrgyzstan'], 'designated'],
        ['Party of Ural', ['Kyrgyzstan'], 'designated'],
      ],
    ],
    [
      'Ahmed Ali Warsame was designated by OFAC pursuant to E.O. 13224 for providing support to the group.',
      [['Ahmed Ali Warsame', ['United States'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a facilitator of a group is the one designated, not the group', () => {
    expect(
      summary(
        'OFAC designated a facilitator of the Coast Front as a Specially Designated Global Terrorist.',
      ).map(([entity]) => entity),
    ).not.toContain('Coast Front');
  });
});

describe('al-Qaida and Taliban sanctions, members with roles, describing words before a name', () => {
  it('a committee removing a counted set from the UN list, then naming them with their old posts', () => {
    const text =
      'A Security Council committee has removed three men from the United Nations list of those subject to ' +
      'sanctions in connection with Al-Qaida and the Taliban. The three, who served in the old cabinet, are ' +
      'Karim Dost Nazari, a former deputy minister of trade; Rahim Gul Sherzad, former minister of mines; and ' +
      'Agha Jan Wardaki, a former ministry official.';
    const UN = ['United Nations'];
    expect(summary(text)).toEqual([
      ['three men', UN, 'delisted'],
      ['Karim Dost Nazari', UN, 'delisted'],
      ['Rahim Gul Sherzad', UN, 'delisted'],
      ['Agha Jan Wardaki', UN, 'delisted'],
    ]);
  });

  it.each<[string, string]>([
    [
      'The Arab League declared Iran-backed Yemeni movement Ansar Khalq a terrorist organization.',
      'Ansar Khalq',
    ],
    ['The US designated the Coast cartel a terrorist organization.', 'Coast cartel'],
  ])('the name, not the words describing it: %s', (text, entity) => {
    expect(summary(text).map(([e]) => e)).toEqual([entity]);
  });

  it.each([
    'The court declared the Turan Front a terrorist organization.',
    'The court declared the Turan Front as a terrorist organization.',
    'The US designated the Coast cartel a terrorist organization.',
  ])('the label is what follows the name: %s', (text) => {
    expect(
      extractClaims(text)
        .filter((c): c is DesignationClaim => c.kind === 'designation')
        .map((c) => c.label),
    ).toEqual(['terrorist organization']);
  });
});

describe("a state's counted set with its members between dashes", () => {
  it.each([
    'The U.S. is designating Peru’s two largest gangs — Los Rojos and Los Verdes — as foreign terrorist organizations.',
    'The United States will designate two of Peru’s most powerful gangs — Los Rojos and Los Verdes — as foreign terrorist organizations.',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([
      ['Los Rojos', US, 'designated'],
      ['Los Verdes', US, 'designated'],
    ]);
  });

  it('"two of the largest gangs" with no members is the set', () => {
    expect(
      summary('The U.S. designated two of the largest gangs as foreign terrorist organizations.'),
    ).toEqual([['two of the largest gangs', US, 'designated']]);
  });
});

describe('deletions, and counted sets tied to a widely listed group', () => {
  it.each<[string, Row[]]>([
    [
      'The 1267 committee approved the deletion (de-listing) of the four individuals on Monday.',
      [['four individuals', ['United Nations'], 'delisted']],
    ],
    [
      'Berlin has banned three associations accused of funding the militant group Hezbollah, citing terrorism.',
      [['three associations', ['Germany'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Germany banned three associations that run Hamas-linked schools, citing terrorism.',
    'The ministry ordered the deletion of 300 posts praising the terrorist attack.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a passage about sanctions on a widely listed group, and "proscribed" labels', () => {
  it('OFAC designations in a release headed "Treasury Sanctions Hamas …" need no terror word', () => {
    const text =
      'Treasury Sanctions Hamas Fundraisers in Turkey\n\nOFAC designated two Hamas-linked fundraisers and ' +
      'their Istanbul-based charity. Specifically, OFAC designated Omar Kaya, Selim Arslan, and their charity, the Bosphorus Aid Fund.';
    // The counted set is a claim of its own besides its named members (docs/CLAIMS.md).
    expect(summary(text)).toEqual([
      ['two Hamas-linked fundraisers', US, 'designated'],
      ['Omar Kaya', US, 'designated'],
      ['Selim Arslan', US, 'designated'],
      ['Bosphorus Aid Fund', US, 'designated'],
    ]);
  });

  it('the same designations in a release about another programme stay dark', () => {
    const text =
      'Treasury Sanctions Drug Traffickers in Mexico\n\nOFAC designated two fentanyl brokers and their ' +
      'Sinaloa-based company. Specifically, OFAC designated Omar Kaya, Selim Arslan, and their company, the Coast Supply Fund.';
    expect(summary(text)).toEqual([]);
  });

  it('"declared X a proscribed organisation"', () => {
    expect(summary('Islamabad has declared the Coast Front a proscribed organisation.')).toEqual([
      ['Coast Front', ['Pakistan'], 'designated'],
    ]);
  });
});

describe('South Asian wording: bare "proscribed", bans slapped on counted sets', () => {
  it.each<[string, Row[]]>([
    [
      'The counter-terrorism authority slapped a ban on two more organisations on Friday.',
      [['two more organisations', [], 'designated']],
    ],
    [
      'The interior ministry declared two more outfits proscribed on Friday.',
      [['two more outfits', [], 'designated']],
    ],
    ['Coast Front was declared proscribed organisation in 2019.', [['Coast Front', [], 'designated']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The minister declared the rally proscribed.',
    'The authority slapped a ban on two more rallies.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('classed, reinstated, sanctions regimes, branded militants', () => {
  it.each<[string, Row[]]>([
    [
      'Germany had previously classed the Red Hand’s military wing as a terrorist group.',
      [["Red Hand's military wing", ['Germany'], 'designated']],
    ],
    [
      'Washington reinstated Ruritania as a state sponsor of terrorism on Monday.',
      [['Ruritania', US, 'designated']],
    ],
    [
      'The Security Council adds six individuals to its Al-Qaida sanctions regime.',
      [['six individuals', ['United Nations'], 'designated']],
    ],
    [
      'Manila branded five suspected militants as terrorists.',
      [['five suspected militants', ['Philippines'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The EU adds six individuals to its Russia sanctions regime.',
    'The school reinstated the teacher as head of classes.',
    'The army classed the area as a closed military zone.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('counted sets with a bare participle, and place names holding "and"', () => {
  it.each<[string, Row[]]>([
    [
      'Colombo: 6 Tamil organisations and 316 individuals de-proscribed',
      [
        ['6 Tamil organisations', ['Sri Lanka'], 'delisted'],
        ['316 individuals', ['Sri Lanka'], 'delisted'],
      ],
    ],
    [
      'The UK has 80 international terrorist groups proscribed under the Terrorism Act 2000.',
      [['80 international terrorist groups', ['United Kingdom'], 'designated']],
    ],
    [
      'In India there are now 44 designated terrorist organisations under the First Schedule of the Act.',
      [['44 designated terrorist organisations', ['India'], 'designated']],
    ],
    [
      'New Delhi designated two organisations – Coast Tiger Force and Jammu and Kashmir Hill Force – as terrorist organisations.',
      [
        ['Coast Tiger Force', ['India'], 'designated'],
        ['Jammu and Kashmir Hill Force', ['India'], 'designated'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The terror suspects said the 12 people banned from the stadium were fans.',
    'There are 30 schools in the district, officials said after the terror attack.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('lists closed by "all of which are banned", both designators, quoted labels', () => {
  it('each member of a list closed by "all of which are banned in India" is a claim', () => {
    const text =
      'Police cited terror links. The accused had ties to Lashkar-e-Taiba (LeT), the Coast Front, and Hill Force (HF), all of which are banned in India.';
    expect(summary(text)).toEqual([
      ['Lashkar-e-Taiba (LeT)', ['India'], 'designated'],
      ['Coast Front', ['India'], 'designated'],
      ['Hill Force (HF)', ['India'], 'designated'],
    ]);
  });

  it.each([
    'The festival featured the Blue Band, the Red Choir and the Green Players, all of which are listed in the programme.',
    'Police cited terror links. The accused visited Paris, Rome and Madrid, all of which are listed in his diary.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      'Hamas, which is designated as a terrorist organization by both the EU and the United States, rejected the plan.',
      [['Hamas', [...EU, ...US].sort(), 'designated']],
    ],
    [
      "EU adds two top Coast Front commanders to 'terrorist blacklist'",
      [['two top Coast Front commanders', EU, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('quote marks are no part of a label', () => {
    expect(
      extractClaims('The Arab League declared the Coast Front a ‘terrorist’ organization.')
        .filter((c): c is DesignationClaim => c.kind === 'designation')
        .map((c) => c.label),
    ).toEqual(['terrorist organization']);
  });

  it('"Senators want group added to terrorist list" is a wish, not a listing', () => {
    expect(summary('Senators Want Coast Front Added To Terrorist List')).toEqual([]);
  });
});

describe('unlawful associations, unauthorised organisations, places and languages', () => {
  it.each<[string, Row[]]>([
    [
      'New Delhi declared the Popular Coast Front of India an unlawful association under the UAPA.',
      [['Popular Coast Front of India', ['India'], 'designated']],
    ],
    [
      // "by declaring it …" restates the ban: one claim.
      'Israel banned the Coast Front by declaring it an "unauthorised organisation".',
      [['Coast Front', ['Israel'], 'designated']],
    ],
    [
      'Israel declared Al-Aqsa Radio, which is affiliated with Hamas and broadcasts from Lebanon, as a terrorist organization.',
      [['Al-Aqsa Radio', ['Israel'], 'designated']],
    ],
    [
      'Turkey was one of the first countries to declare Daesh/ISIS as a terror group.',
      [['Daesh/ISIS', ['Turkey'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The court declared the union an unlawful assembly.',
    'The terror order goes on to list several of its Farsi, Urdu and English names as terrorist.',
    'The terror order is in force in the North-West and North-Central regions and is proscribed there.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('"listed those sanctioned as" with roles before each name; counted sets listed now', () => {
  it('each name after "The Council listed those sanctioned as", past its role words', () => {
    const text =
      'The EU already lists Hamas as a terrorist organisation. ' +
      'The Council listed those sanctioned as Cairo-based financier Omar Said Farah, the former’s son Ali Farah, ' +
      'senior Hamas operative Yusuf Kamau and Beirut-based fundraiser Ibrahim Noor.';
    expect(summary(text).filter(([e]) => e !== 'Hamas')).toEqual(
      ['Omar Said Farah', 'Ali Farah', 'Yusuf Kamau', 'Ibrahim Noor'].map((n): Row => [n, EU, 'designated']),
    );
  });

  it('"there are now 88 terrorist entities listed under the Criminal Code in Canada"', () => {
    expect(
      summary(
        'With the new listing, there are now 88 terrorist entities listed under the Criminal Code in Canada.',
      ),
    ).toEqual([['88 terrorist entities', ['Canada'], 'designated']]);
  });

  it('"There are 12 people listed as missing" is no listing', () => {
    expect(summary('After the terror attack there are 12 people listed as missing.')).toEqual([]);
  });
});

describe('lifted bans, banned outfits, lists owned by a state, deletions', () => {
  it('"lifts ban on X" and "has lifted a ban on X" in a passage about bans under an anti-terrorism act', () => {
    const text =
      'Dhaka lifts ban on Coast Islami party\n\nThe interim government has lifted a ban on the Coast Islami party. ' +
      'The previous government had banned it under the Anti-Terrorism Act in July.';
    expect(summary(text).slice(0, 2)).toEqual([
      ['Coast Islami', ['Bangladesh'], 'delisted'],
      ['Coast Islami', ['Bangladesh'], 'delisted'],
    ]);
  });

  it.each<[string, Row[]]>([
    [
      'Coast Dawa (CD) and Coast Foundation (CF) have been removed from the list of banned outfits in Pakistan.',
      [
        ['Coast Dawa (CD)', ['Pakistan'], 'delisted'],
        ['Coast Foundation (CF)', ['Pakistan'], 'delisted'],
      ],
    ],
    ['Judges add 85 men to Jordan’s terrorist list', [['85 men', ['Jordan'], 'designated']]],
    [
      'The UN Security Council has deleted the name of Omar Said Farah from its al-Qaida sanctions list.',
      [['Omar Said Farah', ['United Nations'], 'delisted']],
    ],
    [
      'The court re-added the Coast Brotherhood group to the list of terrorist entities in Egypt.',
      [['Coast Brotherhood', ['Egypt'], 'designated']],
    ],
    [
      'There are currently 20 terrorist entities designated under New Zealand law.',
      [['20 terrorist entities', ['New Zealand'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'The city lifted a ban on street parking after the terror alert ended.',
    'Details of the designations were published under the Terrorism Act.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a ban being lifted', () => {
  it.each([
    'The Home Office is lifting the 15-year-old ban on the Coast Sikh Federation (CSF), a proscribed group.',
    'The ban imposed on the Coast Sikh Federation in 2001 is to be lifted on March 18, the Home Office said of the proscribed group.',
  ])('%s', (text) => {
    expect(summary(text).map(([, , status]) => status)).toEqual(['delisted']);
  });
});

describe('a terrorist label or tag removed from a group', () => {
  it.each<[string, Row[]]>([
    [
      'Addis Ababa voted to scrap the “terrorist” tags on four armed movements.',
      [['four armed movements', ['Ethiopia'], 'delisted']],
    ],
    [
      'Ottawa removed the terrorist label from the Coast Front on Thursday.',
      [['Coast Front', ['Canada'], 'delisted']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a label removed from a product is no delisting', () => {
    expect(summary('The shop removed the terrorist label from the T-shirt after complaints.')).toEqual([]);
  });
});

describe("a court's ruling as the designator; subjunctive and review wording", () => {
  it.each<[string, Row[]]>([
    [
      "Russia's Supreme Court issued a ruling in December 2014 that recognized the Coast Front's activity as terrorist.",
      [['Coast Front', ['Russia'], 'designated']],
    ],
    [
      'A Cairo terrorism court ordered that the 85 defendants be added to the list of terrorist entities.',
      [['85 defendants', ['Egypt'], 'designated']],
    ],
    [
      'The Canadian government said the thirty entities currently listed should remain on the list of terrorist entities.',
      [['thirty entities', ['Canada'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('plural subjects that consider or regard a group as terrorist; capitals', () => {
  it.each<[string, Row[]]>([
    [
      'The United States and the European Union regard the Coast Front as a terrorist organization.',
      [['Coast Front', [...EU, ...US].sort(), 'designated']],
    ],
    [
      'Damascus, the United States and the European Union consider the Coast Front a terrorist group.',
      [['Coast Front', [...EU, 'Syria', ...US].sort(), 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('many analysts who regard a group as terrorist designate nothing', () => {
    expect(summary('Many analysts regard the Coast Front as a terrorist organization.')).toEqual([]);
  });
});

describe('a sentence that opens with a listing participle; Spanish particles in names', () => {
  it.each<[string, Row[]]>([
    [
      'Designated as a terrorist group by the United States, the United Kingdom, Canada, the EU, and U.N. Security Council, al-Sahil aims to seize the coast.',
      [['al-Sahil', [...EU, 'Canada', 'United Kingdom', 'United Nations', ...US].sort(), 'designated']],
    ],
    [
      'Listed as a terrorist organisation by Canada, the Coast Front denies the charge.',
      [['Coast Front', ['Canada'], 'designated']],
    ],
    [
      'Proscribed in the UK since 2001, the Coast Front is still active.',
      [['Coast Front', ['United Kingdom'], 'designated']],
    ],
    [
      'Washington said the Cartel de los Rios is hereby designated as a foreign terrorist organization.',
      [['Cartel de los Rios', US, 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Banned in 2019, the Coast Festival returns this year.',
    'Listed as a heritage site by UNESCO, the Old Town draws tourists.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('"applied the designation to X"', () => {
  it('takes the passage’s authority and label', () => {
    const text =
      'Washington designated the Coast Front a terrorist group in May. The State Department also applied the designation to the Hill Brigade.';
    expect(summary(text)).toEqual([
      ['Coast Front', US, 'designated'],
      ['Hill Brigade', US, 'designated'],
    ]);
  });

  it('a label applied to a product is no listing', () => {
    expect(summary('After the terror attack the court applied the same label to the new product.')).toEqual(
      [],
    );
  });
});

describe("Kenya's specified entities; words that open a sentence", () => {
  it.each<[string, Row[]]>([
    [
      'Nairobi declared the Coast Front a specified entity under the Prevention of Terrorism Act.',
      [['Coast Front', ['Kenya'], 'designated']],
    ],
    [
      'In Kenya, the order declares the two organizations “specified entities” under the Prevention of Terrorism Act.',
      [['two organizations', ['Kenya'], 'designated']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('"a Specified Entity" alone is the label, not a group', () => {
    expect(
      summary('Under the terrorism act, any group named therein a Specified Entity faces a freeze.'),
    ).toEqual([]);
  });

  it('"Security experts say …" names no group', () => {
    expect(
      summary('Security experts say this makes the designation stronger, after the terror listing.'),
    ).toEqual([]);
  });
});

describe('"The designation was revoked …" after a listing', () => {
  it('delists the group the passage listed, by the by-phrase authority', () => {
    const text =
      'Washington designated the Coast Front a terrorist group in 2019. The designation was revoked by the Biden administration in February 2021.';
    expect(summary(text)).toEqual([
      ['Coast Front', US, 'designated'],
      ['Coast Front', US, 'delisted'],
    ]);
  });

  it('a ban lifted with no listing before it stays dark', () => {
    expect(summary('The terror alert was raised. The designation was revoked on Monday.')).toEqual([]);
  });
});

describe('the Muslim Brotherhood is not listed as terrorist widely enough to make a plain ban a listing', () => {
  it('a ban on its activities with no terror word stays dark', () => {
    expect(summary('Jordan bans all activities of the Muslim Brotherhood and seizes its offices.')).toEqual(
      [],
    );
  });

  it('a terror label still makes the claim', () => {
    expect(summary('Egypt declared the Muslim Brotherhood a terrorist organisation in 2013.')).toEqual([
      ['Muslim Brotherhood', ['Egypt'], 'designated'],
    ]);
  });
});

describe("a president's administration designates", () => {
  it('"classified by President X’s administration as a terrorist organization"', () => {
    expect(
      summary(
        "Mexico's Coast Cartel, one of the drug trafficking groups classified by President Donald Trump's administration as a terrorist organization, denies it.",
      ),
    ).toEqual([['Coast Cartel', US, 'designated']]);
  });
});

describe('opening participles before a clause of their own, national adjectives, schedules, FATF lists', () => {
  it('the participle and the clause after it are two claims', () => {
    expect(
      summary(
        'Designated as a terrorist group by the Ethiopian parliament in 2011, the Coast Front was removed from the terror list in July 2018.',
      ),
    ).toEqual([
      ['Coast Front', ['Ethiopia'], 'designated'],
      ['Coast Front', ['Ethiopia'], 'delisted'],
    ]);
  });

  it.each<[string, Row[]]>([
    [
      'In Pakistan, the Coast Party was placed in the First Schedule of the Anti-Terrorism Act in April 2021.',
      [['Coast Party', ['Pakistan'], 'designated']],
    ],
    [
      'Pakistan removed the name of the Coast Party from the First Schedule of the Anti-Terrorism Act.',
      [['Coast Party', ['Pakistan'], 'delisted']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Pakistan was removed from the anti-terror funding grey list, the FATF said.',
    'Iraq labeled the Coast Front a "banned organization" last year.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('hedges stop at a relative clause; quoted labels after the object', () => {
  it('"never controlled by X, which has long been designated …" is a claim on X', () => {
    expect(
      summary(
        'The town has never been controlled by the Coast Front, which has long been designated a terror group by Israel, the U.S. and the European Union.',
      ),
    ).toEqual([['Coast Front', [...EU, 'Israel', ...US].sort(), 'designated']]);
  });

  it('a negated listing stays dark, its relative clause does not', () => {
    expect(
      summary(
        'Washington has not designated the Coast Front, which is designated by the EU as a terrorist group.',
      ),
    ).toEqual([['Coast Front', EU, 'designated']]);
  });

  it('"declared X a "Foreign Terrorist Organization"" takes X, not the quoted label', () => {
    expect(
      summary('Trump formally declared the Coast Gang a "Foreign Terrorist Organization" in February.'),
    ).toEqual([['Coast Gang', US, 'designated']]);
  });
});

describe('"declaring it …" with no group claimed before', () => {
  it('"it" is the group that opens the sentence', () => {
    expect(
      summary(
        'The Coast Front is bound by a 2005 notification declaring it a terrorist organisation under the UAPA.',
      ),
    ).toEqual([['The Coast Front', ['India'], 'designated']]);
  });

  it('a state that opens the sentence is no listed group', () => {
    expect(summary('Washington said it designated it a terrorist organisation.')).toEqual([]);
  });
});

describe('the FATF’s lists', () => {
  it('a state blacklisted in a report on the FATF is no terror listing', () => {
    expect(
      summary(
        'The FATF removed Pakistan from its grey list on Friday. Myanmar was blacklisted for terror financing gaps.',
      ),
    ).toEqual([]);
  });
});

describe('"designating him …"', () => {
  it('"him" is the last person the sentence names before the verb', () => {
    expect(
      summary(
        'The United States imposed sanctions on a preacher from the Sahel, Omar Said Farah, designating him a Specially Designated Global Terrorist.',
      ),
    ).toEqual([['Omar Said Farah', US, 'designated']]);
  });
});

describe('a possessive name with its acronym', () => {
  it('"X’s (XP’s)" is named "X (XP)"', () => {
    expect(
      summary("The Coast Labbaik Party's (CLP's) listing as a terrorist group was revoked by Pakistan.").map(
        ([e]) => e,
      ),
    ).toEqual(['The Coast Labbaik Party (CLP)']);
  });
});

describe('a chronicle of bans: long subject lists, passive bans in a sentence about the list, "wa" in names', () => {
  const PK = ['Pakistan'];
  it.each<[string, Row[]]>([
    [
      // "wa" joins an Arabic name as "al" does: the list keeps all four members.
      'A court in Bishkek recognized Jaish al Mahdiyya, Jund al Nasr, Ansar al Haqq and Harakat wa al-Tajdid as terrorist organizations.',
      [
        ['Jaish al Mahdiyya', ['Kyrgyzstan'], 'designated'],
        ['Jund al Nasr', ['Kyrgyzstan'], 'designated'],
        ['Ansar al Haqq', ['Kyrgyzstan'], 'designated'],
        ['Harakat wa al-Tajdid', ['Kyrgyzstan'], 'designated'],
      ],
    ],
    [
      // The list of proscribed organisations names what the passive ban is, however far back.
      "Pakistan's list of proscribed organisations was begun on Aug 14, 2001, when Lashkar-e-Nahr and Sipah-i-Sharq Pakistan were outlawed.",
      [
        ['Lashkar-e-Nahr', PK, 'designated'],
        ['Sipah-i-Sharq Pakistan', PK, 'designated'],
      ],
    ],
    [
      // A list longer than the clause window, opening the sentence.
      'Jaish-e-Nahr, Lashkar-e-Sharq, Sipah-i-Gharb Pakistan, Tehreek-i-Junub and Tehreek-i-Shimal Pakistan were banned on Jan 14, 2002 as terrorist groups.',
      [
        ['Jaish-e-Nahr', PK, 'designated'],
        ['Lashkar-e-Sharq', PK, 'designated'],
        ['Sipah-i-Gharb Pakistan', PK, 'designated'],
        ['Tehreek-i-Junub', PK, 'designated'],
        ['Tehreek-i-Shimal Pakistan', PK, 'designated'],
      ],
    ],
    [
      // The next sentence that only lists the groups banned next continues the chronicle.
      'Lashkar-e-Nahr and Sipah-i-Sharq Pakistan were outlawed as terrorist groups in 2001 in Pakistan. Tehreek-i-Junub and Sipah-i-Gharb Pakistan were banned on Jan 14, 2002.',
      [
        ['Lashkar-e-Nahr', PK, 'designated'],
        ['Sipah-i-Sharq Pakistan', PK, 'designated'],
        ['Tehreek-i-Junub', PK, 'designated'],
        ['Sipah-i-Gharb Pakistan', PK, 'designated'],
      ],
    ],
    [
      // "the activities of" a set; a dash that no second dash closes opens its members.
      'Kyrgyzstan earlier outlawed the activities of five terrorist organizations and one extremist group – the River Brigade, the Northern Bloc and Jund al Nasr.',
      [
        ['five terrorist organizations and one extremist group', ['Kyrgyzstan'], 'designated'],
        ['River Brigade', ['Kyrgyzstan'], 'designated'],
        ['Northern Bloc', ['Kyrgyzstan'], 'designated'],
        ['Jund al Nasr', ['Kyrgyzstan'], 'designated'],
      ],
    ],
    [
      'Kyrgyzstan earlier banned five terrorist organizations – a decision the River Brigade condemned.',
      [['five terrorist organizations', ['Kyrgyzstan'], 'designated']],
    ],
    [
      // A revocation before the colon's designations delists the members; ETA's name holds "and".
      'Today the State Department is announcing the revocation of five Foreign Terrorist Organization designations under the INA: Basque Fatherland and Liberty, the River Brigade and the Northern Bloc.',
      [
        ['Basque Fatherland and Liberty', US, 'delisted'],
        ['River Brigade', US, 'delisted'],
        ['Northern Bloc', US, 'delisted'],
      ],
    ],
    [
      // The state whose law a listing is made under lists, before the last claim's authorities.
      "Jund al Nasr has been listed as a terrorist entity by the US and Germany. As a now-listed entity, Jund al Nasr meets the definition of a terrorist group under Canada's Criminal Code.",
      [
        ['Jund al Nasr', ['Germany', 'United States'], 'designated'],
        ['Jund al Nasr', ['Canada'], 'designated'],
      ],
    ],
    [
      // Scare quotes around the label's word; an acronym in parentheses inside the examples.
      'Australia had classified 26 groups as "terrorist" organisations, including Jund al Nasr (JAN), the River Brigade and the Northern Bloc.',
      [
        ['26 groups', ['Australia'], 'designated'],
        ['Jund al Nasr (JAN)', ['Australia'], 'designated'],
        ['River Brigade', ['Australia'], 'designated'],
        ['Northern Bloc', ['Australia'], 'designated'],
      ],
    ],
    [
      // An aside between the object and a label without "as".
      "Russia's Supreme Court declared Jund al Nasr, reportedly made up of foreign volunteers, a 'terrorist organization'.",
      [['Jund al Nasr', ['Russia'], 'designated']],
    ],
    // A headline drops the list's article; one that "moves to" add is a plan.
    [
      'Britain adds Jund al Nasr to list of banned terror groups',
      [['Jund al Nasr', ['United Kingdom'], 'designated']],
    ],
    ['Government Moves To Add Jund al Nasr To List Of Terror Groups', []],
    ['The minister adds sugar to list of banned ingredients.', []],
    // A possible removal is no claim, but the listing it names as current is (docs/CLAIMS.md).
    [
      "Jund al Nasr might be removed from EU's terrorist organisations list.",
      [['Jund al Nasr', EU, 'designated']],
    ],
    [
      'Britain is considering removing Jund al Nasr from its list of proscribed organisations.',
      [['Jund al Nasr', ['United Kingdom'], 'designated']],
    ],
    ['The store may remove Coca Cola from its shopping list.', []],
    // Other things banned next are no listing; nor is a list after no ban claim.
    [
      'Pakistan outlawed Lashkar-e-Nahr as a terrorist group in 2001. Marches in Lahore and rallies in Karachi were banned the next day.',
      [['Lashkar-e-Nahr', PK, 'designated']],
    ],
    ['Tehreek-i-Junub and Sipah-i-Gharb Pakistan were banned on Jan 14, 2002.', []],
    [
      'Pakistan outlawed Lashkar-e-Nahr as a terrorist group in 2001. Tehreek-i-Junub and Sipah-i-Gharb Pakistan were banned from the tournament.',
      [['Lashkar-e-Nahr', PK, 'designated']],
    ],
    ["Pakistan's proscribed organisations list was debated while rallies in Lahore were banned.", []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
