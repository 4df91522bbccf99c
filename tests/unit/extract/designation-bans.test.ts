/**
 * Plain bans made by a government in a passage about terror law (docs/CLAIMS.md: designators
 * come from the passage's context when the sentence omits them). Every sentence here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function summary(text: string): string[] {
  return (
    extractClaims(text)
      .filter((c): c is DesignationClaim => c.kind === 'designation')
      // A sentence-initial "The" may stay on the name; the name is what is asserted here.
      .map((c) => `${c.entity.replace(/^the\s+/i, '')} | ${c.designators.join(', ')} | ${c.status}`)
  );
}

describe('a government banning a named group where the passage ties the ban to terror law', () => {
  it.each<[string, string[]]>([
    [
      // The law is named in the next sentence; the group's home state is the designator.
      'The federal government on Monday banned the Pashtun Tahafuz Movement (PTM). The ban was imposed under the Anti-Terrorism Act 1997.',
      ['Pashtun Tahafuz Movement (PTM) | Pakistan | designated'],
    ],
    [
      // Indian copy's "the Centre" is the Union government; UAPA is a terror law.
      'The Centre on Friday banned the Valley Reform Front. The group was declared unlawful under the UAPA.',
      ['Valley Reform Front | India | designated'],
    ],
    [
      // "X-led": who leads the group is no part of its name.
      'The government banned the Omar Rahim-led Pashtun Tahafuz Movement under the Anti-Terrorism Act.',
      ['Pashtun Tahafuz Movement | Pakistan | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<string>([
    // Without terror law in the passage, a ban is just a ban.
    'The federal government on Monday banned the Pashtun Tahafuz Movement (PTM) from holding rallies in the capital.',
    'The Centre on Friday banned the export of onions. Traders protested in Nashik.',
    // A ban on a thing, in a passage about terror law, names no group.
    'The government banned the sale of fertiliser in the district. The Anti-Terrorism Act was amended last year.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a ban in a passage about terror listings', () => {
  it.each<[string, string[]]>([
    [
      // The passage is about the list of proscribed groups: a passive ban is one of its listings.
      'Pakistan added the Hill Valley Front to its list of proscribed organisations on Monday. The Coastal Relief Trust was outlawed a week earlier.',
      ['Hill Valley Front | Pakistan | designated', 'Coastal Relief Trust | Pakistan | designated'],
    ],
    [
      // A ban in apposition describes the group in passing: the list after it keeps the
      // sentence's own listing authority.
      'The UAE issued a list of terrorist organisations. It names the Delta Brotherhood, outlawed in Egypt and Jordan, and the list names the Harbour League and the Gulf Reform Society.',
      [
        'Delta Brotherhood | Egypt, Jordan | designated',
        'Harbour League | United Arab Emirates | designated',
        'Gulf Reform Society | United Arab Emirates | designated',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<string>([
    // A proposal to ban, however far the hedge stands from the verb, is no ban.
    'The committee keeps a terror list. India moved a second proposal, in 2016 with the US, the UK and France, to ban Rahim Tariq.',
    // Without terror listings or terror law in the passage, a ban is just a ban.
    'The Coastal Relief Trust was outlawed a week earlier for failing to file its accounts.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('the members of a listing named in the next sentence', () => {
  it('"The additions include …" names the members of the sets listed before', () => {
    expect(
      summary(
        'Bahrain added 12 individuals and five entities to its terror list. The additions include the Harbour League and the Gulf Reform Society.',
      ),
    ).toEqual([
      '12 individuals | Bahrain | designated',
      'five entities | Bahrain | designated',
      'Harbour League | Bahrain | designated',
      'Gulf Reform Society | Bahrain | designated',
    ]);
  });

  it('names each authority once, however often the sentence names it', () => {
    expect(
      summary(
        'The UN Security Council added two men to its sanctions list on Tuesday: Malik Tarov and Rustam Gelaev.',
      ),
    ).toEqual([
      'two men | United Nations | designated',
      'Malik Tarov | United Nations | designated',
      'Rustam Gelaev | United Nations | designated',
    ]);
  });
});

describe('a ban lifted, and a ban that opens the sentence', () => {
  it.each<[string, string[]]>([
    // "The ban on X was lifted": the noun's own verb after it delists.
    [
      'The ban on the Harbour Front as a terrorist group was lifted in 2016.',
      ['Harbour Front |  | delisted'],
    ],
    [
      'The ban on the Harbour Front as a terrorist group was imposed in 2016.',
      ['Harbour Front |  | designated'],
    ],
    [
      // "Banned in Britain since 2001, X …", in a passage about terror listings.
      'The group was on the list of proscribed organisations. Banned in Britain since 2001, the Harbour Front campaigned abroad.',
      ['Harbour Front | United Kingdom | designated'],
    ],
    // "X is to be subject to a ban": the group the ban is on.
    [
      'The Harbour Front is to be subject to a blanket ban under anti-terror laws.',
      ['Harbour Front |  | designated'],
    ],
    // The words after the participle say where, not what as: the label is the verb.
    [
      'Proscribed in the UK since 2001, the Harbour Front denies any link to violence.',
      ['Harbour Front | United Kingdom | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('labels a participle ban by its verb', () => {
    const [claim] = extractClaims(
      'Proscribed in the UK since 2001, the Harbour Front denies any link to violence.',
    ).filter((c): c is DesignationClaim => c.kind === 'designation');
    expect(claim.label).toBe('proscribed');
  });

  it.each<string>([
    // Outside a passage about terror listings, a banned thing opening the sentence is no listing.
    'Banned in Britain since 2001, the Harbour Front campaigned abroad.',
    // A ban on what the group does is no listing of it.
    'The Harbour Front is subject to a ban on rallies.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a state inside a group name lists nothing', () => {
  it.each<[string, string[]]>([
    [
      'Islamic State-Mozambique was added to the terrorist entities list on Wednesday.',
      ['Islamic State-Mozambique |  | designated'],
    ],
    [
      'Canada listed three groups as terrorist entities. Islamic State-Mozambique, an affiliate of the Islamic State of Iraq and Syria (ISIS), was also added to the terrorist entities list.',
      ['three groups | Canada | designated', 'Islamic State-Mozambique | Canada | designated'],
    ],
    // Two states joined by a hyphen both act.
    [
      'The US-UK sanctions on Hamas leaders were announced on Friday.',
      ['Hamas | United States, United Kingdom | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a list issued, and members "among those included"', () => {
  it.each<[string, string[]]>([
    [
      'Bahrain issued a terrorist list on Friday, listing 20 people and four entities.',
      ['20 people | Bahrain | designated', 'four entities | Bahrain | designated'],
    ],
    [
      'Bahrain issued a terrorist list on Friday, listing 20 people and four entities. The Harbour League was among those included.',
      [
        '20 people | Bahrain | designated',
        'four entities | Bahrain | designated',
        'Harbour League | Bahrain | designated',
      ],
    ],
    // A list of anything else names no listing.
    ['The ministry published a list of hospitals on Friday, listing 12 clinics.', []],
    ['Jane Doe was among those included in the honours list.', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('authorities given as examples, a relative clause, a set of one', () => {
  it.each<[string, string[]]>([
    [
      'The Harbour Front is, partially or entirely, considered a terrorist organization by a number of countries including the United States, Israel and the United Kingdom.',
      ['Harbour Front | United States, Israel, United Kingdom | designated'],
    ],
    [
      'The move was welcomed by the European Council, which considers the Harbour Front a terrorist organisation.',
      ['Harbour Front | European Union | designated'],
    ],
    [
      'The EU decided to add one individual to the EU terrorist list.',
      ['one individual | European Union | designated'],
    ],
    // A person named after "one more individual" is the entity, not a set of one.
    [
      'The ministry declared one more individual Ravi Kumar Dhillon as terrorist under the UAPA.',
      ['Ravi Kumar Dhillon | India | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<string>([
    'The Harbour Front is considered a terrorist organization by several analysts.',
    'The analysts, which consider the Harbour Front a terrorist group, met on Monday.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('a label before the object, and a nationality describing the group after it', () => {
  it.each<[string, string[]]>([
    [
      'The Anti-Terrorism Council designated as terrorists Rodel Santos and his wife.',
      ['Rodel Santos | Philippines | designated'],
    ],
    [
      'The council designated as terrorist organizations the Harbour Front and the Delta League.',
      ['Harbour Front |  | designated', 'Delta League |  | designated'],
    ],
    // The label after the object still reads as before.
    [
      'The US designated the Harbour Front as a foreign terrorist organization.',
      ['Harbour Front | United States | designated'],
    ],
    [
      'A European Union court has removed the Palestinian Islamist group Harbour Front from its terrorist list.',
      ['Harbour Front | European Union | delisted'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a passage about terrorist organisations makes a government ban of a named group a listing', () => {
  it.each<[string, string[]]>([
    [
      'Austria passed a law against terrorist organizations last week. The Austrian parliament on Tuesday banned the Muslim Brotherhood.',
      ['Muslim Brotherhood | Austria | designated'],
    ],
    [
      // "from tomorrow" says when the ban starts, not what the group is kept from.
      'Britain calls it a terrorist organisation. Hizb ut-Tahrir will be banned from tomorrow, the Home Office said.',
      ['Hizb ut-Tahrir | United Kingdom | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // An order that only paves the way, or a minister anxious to ban, has not banned.
    [
      'The Home Secretary wants to ban terrorist groups. Ministers laid an order paving the way for Hizb ut-Tahrir to be outlawed.',
      [],
    ],
    [
      'The Home Secretary is said to be anxious to ban National Action, a terrorist group in all but name.',
      [],
    ],
    // Banned from a tournament is kept out of it, not outlawed.
    [
      'Pakistan outlawed Lashkar-e-Nahr as a terrorist group in 2001. Sipah-i-Gharb was banned from the tournament.',
      ['Lashkar-e-Nahr | Pakistan | designated'],
    ],
    // "White" describes the group; it names none.
    [
      'The US made its first designation of a White supremacist group as a terrorist organization in 2020.',
      [],
    ],
  ])('no ban claim: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('"banning" and bans whose examples include a widely listed group', () => {
  it.each<[string, string[]]>([
    [
      // The gerund is a listing verb like "banned"; ISIS among the examples makes it a terror ban.
      'A gazette notice has been issued banning 11 Islamic groups in Sri Lanka, including the Islamic State of Iraq and Syria (ISIS).',
      ['11 Islamic groups | Sri Lanka | designated'],
    ],
    [
      'The order banning Hizb ut-Tahrir under the Terrorism Act came into force.',
      ['Hizb ut-Tahrir | United Kingdom | designated'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each<string>([
    'A law banning face masks was passed after the terror attack.',
    'Police banned 11 marches, including one by Hamas supporters.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('the rest of a listing named after a claim on one group', () => {
  it('"banned X on Thursday as a terrorist outfit. Among the others include A and B"', () => {
    expect(
      extractClaims(
        'Bangladesh banned Ansar Al Islam on Thursday as a terrorist outfit. Among the others include Jamaatul Mujahideen Bangladesh and Hizbut Tahrir.',
      )
        .filter((c): c is DesignationClaim => c.kind === 'designation')
        .map((c) => `${c.entity} | ${c.designators.join(', ')} | ${c.label}`),
    ).toEqual([
      'Ansar Al Islam | Bangladesh | terrorist outfit',
      'Jamaatul Mujahideen Bangladesh | Bangladesh | terrorist outfit',
      'Hizbut Tahrir | Bangladesh | terrorist outfit',
    ]);
  });

  it('"Others include" far from any claim lists nothing', () => {
    expect(summary('Others include Jamaatul Mujahideen Bangladesh and Hizbut Tahrir.')).toEqual([]);
  });
});

describe('a court or government disbanding a group for terrorism', () => {
  it('is a ban', () => {
    expect(
      summary(
        "An Indonesian court has disbanded Jamaah Ansharut Daulah (JAD), the country's largest ISIL-linked group, for conducting terrorism.",
      ),
    ).toEqual(['Jamaah Ansharut Daulah (JAD) | Indonesia | designated']);
  });

  it.each<string>([
    // A group disbanding itself, or its own units, is no ban.
    'The rebels disbanded in 2010 after a terror attack.',
    'The Irish Republican Army disbanded its units after the terror campaign ended.',
  ])('no claim: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('"banned activities by A, B and C"', () => {
  it('lists the groups whose activities are banned', () => {
    expect(
      summary(
        'In 2004 the Supreme Court of Kazakhstan banned activities by al-Qaeda, the Islamic Party of East Turkestan and the Islamic Movement of Uzbekistan as terrorist organisations.',
      ),
    ).toEqual([
      'al-Qaeda | Kazakhstan | designated',
      'Islamic Party of East Turkestan | Kazakhstan | designated',
      'Islamic Movement of Uzbekistan | Kazakhstan | designated',
    ]);
  });
});

describe('a counted set banned "for terrorism", and a quoted ban after "said"', () => {
  it('"banned four organisations … for supporting terrorism" is a terror ban', () => {
    expect(
      summary(
        'Bangladesh had banned four organisations in the north of the country for supporting terrorism.',
      ),
    ).toEqual(['four organisations | Bangladesh | designated']);
  });

  it('a ban "for" something else is none', () => {
    expect(
      summary('The club banned four fans for racist chanting at a match against the Terror squad.'),
    ).toEqual([]);
  });

  it('the speaker of a quoted ban is not what was banned', () => {
    expect(
      summary(
        'The UK banned Hizb ut-Tahrir last week. Home Secretary Amber Rudd said, "From today the organisation\'s activities have been banned."',
      ).some((c) => c.startsWith('Amber Rudd')),
    ).toBe(false);
  });
});
