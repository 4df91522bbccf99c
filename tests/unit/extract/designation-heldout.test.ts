/**
 * Patterns found by measuring the designation rules on held-out real passages (kept outside the
 * repository). Every sentence here is written for the test; each fix has positives and near misses.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';
import { authorityNames } from '../../../src/extract/designators';

function designations(text: string): DesignationClaim[] {
  return extractClaims(text).filter((c): c is DesignationClaim => c.kind === 'designation');
}

function summary(text: string): Array<[string, string[], string]> {
  return designations(text).map((c) => [c.entity, c.designators, c.status]);
}

describe('plans reach past abbreviations and long addressees', () => {
  it.each([
    'Senators urged U.S. Secretary of State Jane Doe in a letter on Friday to immediately designate the Eastern Front as a foreign terrorist organization.',
    'Campaigners renewed a call for the U.K. to fully proscribe the Eastern Front as a terrorist organisation.',
    'The letter said the Eastern Front must be formally designated as a foreign terrorist organization.',
    'The president signed an order to begin the process of designating the Eastern Front as a terrorist organization.',
    'Officials are preparing to formally list the Eastern Front as a terrorist organization next month.',
    'The council discussed whether to potentially delist the Eastern Front from its terrorist list.',
    'The cabinet expressed its intention to remove the Eastern Front from the list of terrorist organizations.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      'The U.S. designated the Eastern Front as a terrorist organization in 2019.',
      'Eastern Front',
      ['United States'],
    ],
    [
      'After a long review by U.S. officials, the State Department designated the Eastern Front as a terrorist organization.',
      'Eastern Front',
      ['United States'],
    ],
    [
      'The U.K. Home Office proscribed the Eastern Front as a terrorist organisation on Friday.',
      'Eastern Front',
      ['United Kingdom'],
    ],
  ])('still finds: %s', (text, entity, designators) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity, designators, status: 'designated' });
  });
});

describe('a national security council is no United Nations body', () => {
  it.each<[string, string[]]>([
    [
      'After a meeting of the National Security Council, Washington designated the Eastern Front a terrorist organization.',
      ['United States'],
    ],
    [
      'Briefed by the National Security Council, the State Department designated the Eastern Front a terrorist organization.',
      ['United States'],
    ],
    ['The Security Council designated the Eastern Front a terrorist group.', ['United Nations']],
    ['The UN Security Council added the Eastern Front to its sanctions list.', ['United Nations']],
  ])('%s', (text, designators) => {
    expect(designations(text).map((d) => d.designators)).toEqual([designators]);
  });
});

describe('a nationality or creed before a common noun describes the group; it is not its name', () => {
  it.each<[string, string, string[]]>([
    [
      'Washington designated the Syrian rebel group, Eastern Front, as a Foreign Terrorist Organization.',
      'Eastern Front',
      ['United States'],
    ],
    [
      'Eastern Front, the Yemeni armed movement, is set to be proscribed as a terrorist group by the UK government.',
      'Eastern Front',
      ['United Kingdom'],
    ],
    [
      'The UK is set to designate Moldova’s mercenary Eastern Front as a proscribed terrorist organisation.',
      'Eastern Front',
      ['United Kingdom'],
    ],
    ['Canada listed Iran’s paramilitary Eastern Front as a terrorist entity.', 'Eastern Front', ['Canada']],
    // Near misses: the same words open real names when a capital follows.
    [
      'Britain proscribed the Russian Imperial Movement as a terrorist organisation.',
      'Russian Imperial Movement',
      ['United Kingdom'],
    ],
    [
      'Canada listed the Palestinian Islamic Jihad as a terrorist entity.',
      'Palestinian Islamic Jihad',
      ['Canada'],
    ],
    [
      'The EU designated Hamas’s military wing as a terrorist group.',
      "Hamas's military wing",
      ['European Union'],
    ],
  ])('%s', (text, entity, designators) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity, designators });
  });

  it.each([
    'The EU designated a Kurdish militant organization as a terrorist group.',
    'Moscow designated the Ukrainian nationalist battalion a terrorist organisation.',
    'The United States removed its onetime Communist foe from its list of state sponsors of terror.',
  ])('names no describing word as the entity: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('regional bodies and more states designate', () => {
  it.each<[string, string[]]>([
    [
      'Since 2016 the Eastern Front has been designated as a terrorist organization by the Arab League and the Gulf Cooperation Council.',
      ['Arab League', 'Gulf Cooperation Council'],
    ],
    [
      'Kyrgyzstan and Uzbekistan have also removed the Eastern Front from their terrorist lists.',
      ['Kyrgyzstan', 'Uzbekistan'],
    ],
    ['Hungary designated the Eastern Front a terrorist organization in 2025.', ['Hungary']],
    ['The Argentine government declared the Eastern Front a terrorist organization.', ['Argentina']],
  ])('%s', (text, designators) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity: 'Eastern Front', designators });
  });

  it('a state named as a place stays a place', () => {
    const found = designations(
      'Spain-based members of the Eastern Front were arrested after the US designated the Eastern Front a terrorist organization.',
    );
    expect(found.map((c) => c.designators)).toEqual([['United States']]);
  });
});

describe('state-media asides, headlines, bans of activities and hedged explorations', () => {
  it.each<[string, string, string[], string]>([
    [
      'Fighters from the Islamic State (a terrorist organization banned in Russia) attacked the town.',
      'Islamic State',
      ['Russia'],
      'Islamic State (a terrorist organization banned in Russia)',
    ],
    [
      'Militants of the Eastern Front (formerly the River Brigade, a terrorist group banned in Russia) shelled the village.',
      'Eastern Front',
      ['Russia'],
      'Eastern Front (formerly the River Brigade, a terrorist group banned in Russia)',
    ],
    [
      'Gunmen from Jabhat al-Nusra (outlawed in Russia) shelled the village.',
      'Jabhat al-Nusra',
      ['Russia'],
      'Jabhat al-Nusra (outlawed in Russia)',
    ],
    ['Eastern Front proscribed', 'Eastern Front', ['United Kingdom'], 'Eastern Front proscribed'],
    ['Hezbollah placed on terror list', 'Hezbollah', [], 'Hezbollah placed on terror list'],
    [
      'Germany will from Monday ban the activities of Hamas, the interior minister said.',
      'Hamas',
      ['Germany'],
      'ban the activities of Hamas',
    ],
  ])('%s', (text, entity, designators, quote) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity, designators, quote, status: 'designated' });
  });

  it.each([
    'Instagram is owned by Meta (recognized as extremist and banned in Russia).',
    'Residents of the Eastern District (banned in Russia) protested.',
    'Eastern Front leader arrested in terror raid',
    'The complete ban the government imposed on protests began on Monday.',
    'We welcome reports that your government is exploring options to proscribe the Eastern Front.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('aliases, lapsed designations, closed asides, anaphoric states and places', () => {
  it('a name after ", or" is another name of the object, not a second group', () => {
    expect(
      summary(
        'The Biden administration revoked the designation of the Harbour Brigade, or Liwa al-Mina, as a Foreign Terrorist Organization in 2021.',
      ),
    ).toEqual([['Harbour Brigade', ['United States'], 'delisted']]);
  });

  it('a designation that has expired or lapsed is lifted', () => {
    expect(
      summary(
        'Members of the Eastern Front are no longer considered terrorists in New Zealand, as the group’s terrorist designation has expired.',
      ),
    ).toEqual([['Eastern Front', ['New Zealand'], 'delisted']]);
    expect(
      summary(
        'Wellington listed the Eastern Front as a terrorist entity in 2022. A notice confirmed the group’s designation as a terrorist entity had lapsed.',
      ),
    ).toEqual([
      ['Eastern Front', ['New Zealand'], 'designated'],
      ['Eastern Front', ['New Zealand'], 'delisted'],
    ]);
  });

  it('a hedge inside a closed relative clause does not hedge the main verb', () => {
    expect(
      summary(
        'Washington removed three dormant groups from its list of foreign terrorist organizations. Al-Mina Front, which was also up for review, was kept on the list.',
      ),
    ).toEqual([
      ['three dormant groups', ['United States'], 'delisted'],
      ['Al-Mina Front', ['United States'], 'designated'],
    ]);
  });

  it('"the country" designates as the state the passage last named', () => {
    expect(
      summary(
        'Kazakhstan has removed the Eastern Front from its list of terrorist organizations. The group is not listed by the UN Security Council. The country had designated the Eastern Front as a terrorist organization in 2005.',
      ).map(([, designators]) => designators),
    ).toEqual([['Kazakhstan'], ['Kazakhstan']]);
  });

  it.each([
    'An executive order referenced cartels in Mexico to be designated as FTOs without naming any.',
    'Indicating that the designation was long overdue, she said terror must be answered.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('a prefixed label in apposition, a finite clause after a comma, sets sanctioned for support', () => {
  it.each<[string, string, string]>([
    [
      'On Monday the Eastern Front, a US-designated terrorist group, fired rockets.',
      'Eastern Front',
      'terrorist group',
    ],
    [
      'The fighters support the Eastern Front, which is a U.S.-designated foreign terrorist organization.',
      'Eastern Front',
      'foreign terrorist organization',
    ],
    [
      'Fighters of the Eastern Front (a US-designated terrorist organization) attacked ships.',
      'Eastern Front',
      'terrorist organization',
    ],
  ])('%s', (text, entity, label) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity, label, designators: ['United States'] });
  });

  it('a comma before a finite clause is no apposition', () => {
    expect(
      summary('After an order, the Eastern Front has now been proscribed as a terrorist organisation.'),
    ).toEqual([['Eastern Front', ['United Kingdom'], 'designated']]);
  });

  it('a counted set sanctioned for support to a group', () => {
    expect(
      summary(
        'The Treasury designated five individuals and two companies for providing support to the Eastern Front, a US-designated terrorist group.',
      ),
    ).toEqual([
      ['five individuals', ['United States'], 'designated'],
      ['two companies', ['United States'], 'designated'],
      ['Eastern Front', ['United States'], 'designated'],
    ]);
  });

  it.each([
    'Officials in Washington, a city of US-designated terrorist group fans, laughed.',
    'The State Department designated three officials for their roles in the terrorism review team.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('labels after the object, laws, sanctions on counted sets', () => {
  it('the list after the object is the label, not the object', () => {
    const found = designations('Canada added the Eastern Front to its list of terrorist entities in June.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity: 'Eastern Front', label: 'list of terrorist entities' });
  });

  it('a weak verb with the list after its object still claims', () => {
    expect(
      summary(
        'The EU listed the Eastern Front as a terrorist organisation in 2006. The Council has maintained the Eastern Front on the list ever since.',
      ),
    ).toEqual([
      ['Eastern Front', ['European Union'], 'designated'],
      ['Eastern Front', ['European Union'], 'designated'],
    ]);
  });

  it('the Terrorism Act is the United Kingdom; a law is never the entity', () => {
    expect(summary('Palestine Action was banned under the Terrorism Act on July 5.')).toEqual([
      ['Palestine Action', ['United Kingdom'], 'designated'],
    ]);
    expect(summary('Pakistan banned the group under its Anti-Terrorism Act.')).toEqual([]);
  });

  it('sanctions on a counted set, and "them" after it', () => {
    expect(
      summary(
        'Washington imposed sanctions on five Eastern Front financiers, the Treasury said, designating them as Specially Designated Global Terrorists.',
      ),
    ).toEqual([
      ['five Eastern Front financiers', ['United States'], 'designated'],
      ['five Eastern Front financiers', ['United States'], 'designated'],
    ]);
  });
});

describe('being on a terror list', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Today the Eastern Front is still on the EU’s terrorist list despite the ruling.',
      [['Eastern Front', ['European Union'], 'designated']],
    ],
    [
      'North Korea, Iran and Syria are on the state sponsors of terrorism list.',
      [
        ['North Korea', ['United States'], 'designated'],
        ['Iran', ['United States'], 'designated'],
        ['Syria', ['United States'], 'designated'],
      ],
    ],
    [
      'Washington listed the Eastern Front as a terrorist group in 2019. The group has been on the US terrorism blacklist since then.',
      [
        ['Eastern Front', ['United States'], 'designated'],
        ['Eastern Front', ['United States'], 'designated'],
      ],
    ],
    ['The Eastern Front was on the agenda at the terrorism conference list meeting.', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('dash asides, restated claims, office names and hedges of criteria', () => {
  it('the name before a dash aside is the subject', () => {
    expect(
      summary(
        'In its campaign against Turkey, the Eastern Front – listed as a terrorist organization by Turkey, the U.S., and the EU – has killed thousands.',
      ),
    ).toEqual([['Eastern Front', ['Turkey', 'United States', 'European Union'], 'designated']]);
    expect(
      summary(
        'The River Brigade — the Eastern Front’s suicide squad — was banned by Pakistan as a terrorist group.',
      ),
    ).toEqual([['The River Brigade', ['Pakistan'], 'designated']]);
  });

  it('an epithet ("the outlawed X") before a relative clause that claims adds no claim of its own', () => {
    const found = designations(
      'Most are linked to the outlawed Eastern Front (EF), which is designated a terrorist organization by Turkey, the EU and the US.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      entity: 'Eastern Front (EF)',
      designators: ['Turkey', 'European Union', 'United States'],
      // The epithet and the clause are one claim, quoted from the epithet.
      quote:
        'the outlawed Eastern Front (EF), which is designated a terrorist organization by Turkey, the EU and the US',
    });
  });

  it.each([
    'Under Secretary of the Treasury for Terrorism and Financial Intelligence Jane Roe said the sanctions imposed today expose Russia.',
    'The State Department said Cuba meets the statutory criteria for rescission.',
    'My Lords, the case for adding the Eastern Front to the list of organisations proscribed under the Terrorism Act seems strong.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });

  it('a Defence Minister speaks for the state', () => {
    expect(
      summary(
        'Israeli Defense Minister Jane Roe designated six groups as terrorist organizations on Friday.',
      ),
    ).toEqual([['six groups', ['Israel'], 'designated']]);
  });
});

describe('abbreviations and bare appositions', () => {
  it('"the U.S. list of foreign terrorist organizations" is a label, points and all', () => {
    const found = designations(
      'Today the Eastern Front is on the U.S. list of foreign terrorist organizations.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      entity: 'Eastern Front',
      designators: ['United States'],
      label: 'U.S. list of foreign terrorist organizations',
    });
  });

  it('", a proscribed terrorist organisation in the UK," describes the name before it', () => {
    expect(
      summary(
        'Fighters from the Eastern Front, a proscribed terrorist organisation in the UK, crossed the border.',
      ),
    ).toEqual([['Eastern Front', ['United Kingdom'], 'designated']]);
  });
});

describe('the addition of a name to a sanctions list', () => {
  it('is a listing when the list is named', () => {
    expect(
      summary(
        "The Security Council committee approved the addition of Omar Haddad to its ISIL (Da'esh) and al-Qaida Sanctions List.",
      ),
    ).toEqual([['Omar Haddad', ['United Nations'], 'designated']]);
  });

  it('is nothing without a list', () => {
    expect(
      summary('The addition of the Eastern Front unit to the army was announced after the terror attack.'),
    ).toEqual([]);
  });
});

describe('taking off lists, classifications, copulas and title-case headlines', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    ['US takes the Eastern Front off terrorism list', [['Eastern Front', ['United States'], 'delisted']]],
    [
      'MPs Vote to Proscribe the Eastern Front by Large Majority',
      [['Eastern Front', ['United Kingdom'], 'designated']],
    ],
    [
      'The Eastern Front remains a proscribed entity in Pakistan, officials said.',
      [['The Eastern Front', ['Pakistan'], 'designated']],
    ],
    [
      'The EU listed the Eastern Front as a terrorist group in 2001. The court upheld its classification as a terrorist group by the European Union.',
      [
        ['Eastern Front', ['European Union'], 'designated'],
        ['Eastern Front', ['European Union'], 'designated'],
      ],
    ],
    [
      'The ministry said 11 organisations were banned under the Prevention of Terrorism Act.',
      [['11 organisations', [], 'designated']],
    ],
    [
      'Moscow banned the Eastern Front as terrorist and banned their activities in Russia.',
      [['Eastern Front', ['Russia'], 'designated']],
    ],
    [
      'Lifting the Eastern Front’s terrorist designation was approved by parliament.',
      [['Eastern Front', [], 'delisted']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a designation "as part of" something is no label', () => {
    expect(summary('Canada announced its designation as part of a wider package on terrorism.')).toEqual([]);
  });
});

describe('lists with a generic head, headline lists, "this designation", presidents', () => {
  it('"the Islamic State group, the Nusra Front and …" is a list of three', () => {
    expect(
      summary(
        'Israel officially designated the Islamic State group, the Nusra Front and the Eastern Front as terrorist organizations.',
      ).map(([entity]) => entity),
    ).toEqual(['Islamic State', 'Nusra Front', 'Eastern Front']);
  });

  it('a headline list of names before the participle', () => {
    expect(
      summary('Islamic State, Nusra Front and Eastern Front outlawed as terror groups').map(
        ([entity]) => entity,
      ),
    ).toEqual(['Islamic State', 'Nusra Front', 'Eastern Front']);
  });

  it('"rescinded this designation" lifts the listing the passage just made; presidents speak for their state', () => {
    expect(
      summary(
        'Trump designated the Eastern Front as a terrorist organization in 2021. Joe Biden rescinded this designation weeks later.',
      ),
    ).toEqual([
      ['Eastern Front', ['United States'], 'designated'],
      ['Eastern Front', ['United States'], 'delisted'],
    ]);
  });

  it('a name before "… was given the designation" is still its owner', () => {
    expect(
      summary(
        'Canada listed the River Brigade as a terrorist entity in 2019. Later the Eastern Front group was given the designation in Canada.',
      ).map(([entity]) => entity),
    ).toEqual(['River Brigade', 'Eastern Front']);
  });
});

describe('a state named twice before outweighs a role after', () => {
  it('a decree "which designates …" belongs to the state the passage has been naming', () => {
    expect(
      summary(
        'Leaders praised Paraguay on Monday. They applauded the government of Paraguay for issuing a decree, which designates the Eastern Front as a terrorist organization. Years ago the European Union blacklisted the River Brigade as a terrorist group.',
      ),
    ).toEqual([
      ['Eastern Front', ['Paraguay'], 'designated'],
      ['River Brigade', ['European Union'], 'designated'],
    ]);
  });
});

describe('state sponsors, first countries and quoted lists', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'In 2019 the government of Argentina became the first South American country to designate the Eastern Front as a terrorist organization.',
      [['Eastern Front', ['Argentina'], 'designated']],
    ],
    ["US removes Sudan from 'state sponsor of terror' list", [['Sudan', ['United States'], 'delisted']]],
    [
      'Washington listed Sudan as a state sponsor of terrorism in 1993. Khartoum celebrated the northeast African country’s removal from the US list of states sponsoring terrorism.',
      [
        ['Sudan', ['United States'], 'designated'],
        ['Sudan', ['United States'], 'delisted'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('"state sponsor of terrorism" is the label', () => {
    expect(designations('Washington listed Sudan as a state sponsor of terrorism in 1993.')[0]?.label).toBe(
      'state sponsor of terrorism',
    );
  });
});

describe('a bare pronoun subject with no group named before', () => {
  it.each([
    'The group operates in Germany and the UK, where it is a proscribed terrorist organisation.',
    'Countries designated as state sponsors of terrorism face strict sanctions.',
  ])('names no state as the entity: %s', (text) => {
    expect(designations(text).map((c) => c.entity)).toEqual([]);
  });
});

describe('epithets, coordinated predicates and "the names of" a set', () => {
  it.each([
    'The Eastern Front is an outlawed armed group in Ruritania, fighting for a homeland.',
    'Members of the banned group were arrested at dawn.',
    'The attack was later claimed by the banned Red Hand.',
  ])('an attributive participle on a page with no terror word is an epithet, not a claim: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });

  // Later held-out sets read the epithet after a group's people as a listing (every such
  // passage read, and one in a never-read set measured): the people make the name a group.
  it('an epithet after a group’s people is a claim, even on a page with no terror word', () => {
    expect(summary('The army said it killed 12 members of the outlawed Eastern Front in the hills.')).toEqual(
      [['Eastern Front', [], 'designated']],
    );
  });

  it('a proscribed entity is still one (the law’s own word)', () => {
    expect(summary('The Red Hand remains a proscribed entity in Pakistan since 2006.')).toEqual([
      ['The Red Hand', ['Pakistan'], 'designated'],
    ]);
  });

  it('a participle coordinated with the predicate describes the sentence’s subject, not a place in between', () => {
    expect(
      summary(
        'The Eastern Front is an armed group in Turkey, fighting an insurgency on Turkish soil for decades and designated as a terrorist organization by the United States and the European Union.',
      ),
    ).toEqual([['The Eastern Front', ['United States', 'European Union'], 'designated']]);
  });

  it('"the names of N members" are the counted set, as object and as subject', () => {
    expect(
      summary('A Cairo court added the names of 51 Red Hand members to Egypt’s terrorist list.'),
    ).toEqual([['51 Red Hand members', ['Egypt'], 'designated']]);
    expect(
      summary(
        'The court, headed by Judge Jane Doe, ruled that the names of 716 individuals be removed from Egypt’s list of terrorists.',
      ),
    ).toEqual([['716 individuals', ['Egypt'], 'delisted']]);
  });
});

describe('"the latter", a closing participle’s designator, "the formation", "its inclusion"', () => {
  it('"the latter" is the last group the sentence named before the verb', () => {
    expect(
      summary(
        'Fighting broke out between the army and the Red Hand (RH), hours after the government of Pakistan formally branded the latter a terrorist group.',
      ),
    ).toEqual([['Red Hand (RH)', ['Pakistan'], 'designated']]);
  });

  it('a participle closing a clause takes that clause’s subject as designator, not the passage’s most named state', () => {
    expect(
      summary(
        'Mexico has seen fighting in Culiacan. Mexico sent troops. Last month, the U.S. imposed sanctions on Los Rojos, designating it a Specially Designated Global Terrorist.',
      ),
    ).toEqual([['Los Rojos', ['United States'], 'designated']]);
  });

  it('"the formation was included" refers back to the group just listed', () => {
    const found = summary(
      'The FSB added the “Blue Legion” to the list of terrorist organizations. The Legion has fought since 2014. Under the law, the formation was included in the Unified Federal List of organizations recognized as terrorist organizations.',
    );
    expect(found).toEqual([
      ['Blue Legion', ['Russia'], 'designated'],
      ['Blue Legion', ['Russia'], 'designated'],
    ]);
  });

  it('an inclusion on a terror list is a listing; one argued for is not', () => {
    expect(summary('The inclusion of the Red Hand on the terrorist list was announced by Canada.')).toEqual([
      ['Red Hand', ['Canada'], 'designated'],
    ]);
    expect(
      designations(
        '“The inclusion of the Red Hand as a terrorist organisation will help the courts,” an MP said.',
      ),
    ).toEqual([]);
    expect(
      designations('The inclusion of women in the peace talks was welcomed by the terrorist victims group.'),
    ).toEqual([]);
  });
});

describe('authorities named twice over, list owners, "identify … as", "exclude … from the list"', () => {
  it('"by the US State Department and the European Union" is one list of two authorities', () => {
    expect(
      summary(
        'The Red Hand, a Ruritanian group listed as a terrorist organization by the US State Department and the European Union, claimed the attack.',
      ),
    ).toEqual([['The Red Hand', ['United States', 'European Union'], 'designated']]);
  });

  it('"the … list of the US State Department" names its owner, over the passage’s state', () => {
    const [claim] = designations(
      'The Philippines has fought the rebels for decades. The Red Hand is listed on the Foreign Terrorist Organization list of the US State Department.',
    );
    expect(claim).toMatchObject({ entity: 'The Red Hand', designators: ['United States'] });
    expect(claim.quote).toMatch(/list of the US State Department$/);
  });

  it('"identify N groups as terrorist organizations" lists them; identifying without the label does not', () => {
    expect(
      summary('Ecuador issued a decree to identify 22 criminal groups as terrorist organizations.'),
    ).toEqual([['22 criminal groups', ['Ecuador'], 'designated']]);
    expect(designations('Police identified the gunmen as members of a terrorist group.')).toEqual([]);
    expect(
      designations(
        'Hundreds of others were put on the list after the UN identified them on its own list.',
      ).filter((c) => c.quote.includes('identified')),
    ).toEqual([]);
  });

  it('"exclude X from the list" delists; excluding evidence does not', () => {
    expect(
      summary(
        'Kyrgyzstan confirmed the decision to exclude the Red Hand from the list of banned terrorist organizations.',
      ),
    ).toEqual([['Red Hand', ['Kyrgyzstan'], 'delisted']]);
    expect(designations('The court excluded the evidence from the terrorism trial.')).toEqual([]);
  });
});

describe('a reference before any claim: the subject that opens the sentence before', () => {
  it.each<[string, string, string[], string]>([
    [
      'The Red Hand controls the valley. It is designated as a terrorist group by the US.',
      'Red Hand',
      ['United States'],
      'designated',
    ],
    [
      'The Red Hand is a force in the valley. The EU lists its armed wing as a terrorist group.',
      "Red Hand's armed wing",
      ['European Union'],
      'designated',
    ],
    [
      'The Red Hand controls the valley. It was removed by the US from its list of foreign terror groups in July.',
      'Red Hand',
      ['United States'],
      'delisted',
    ],
  ])('%s', (text, entity, designators, status) => {
    expect(summary(text)).toEqual([[entity, designators, status]]);
  });

  it('needs a terror label: a plain ban of "it" stays dark, and a dateline or a court is no antecedent', () => {
    expect(
      designations('The Red Hand is a global movement. It is banned in a handful of countries.'),
    ).toEqual([]);
    expect(designations('The Red Hand is a global movement. Many countries have also banned it.')).toEqual(
      [],
    );
    expect(
      designations(
        'WASHINGTON (Agency, 20 May 2022) The Department of State is announcing the revocation. It was removed from the list of terrorist organizations.',
      ).filter((c) => c.entity.includes('WASHINGTON')),
    ).toEqual([]);
    expect(
      designations(
        'The Delhi High Court ruled on Thursday. It was removed from the list of terrorist organizations.',
      ),
    ).toEqual([]);
  });
});

describe('objects: lists after "consider", described heads, a role and its holder', () => {
  it('"considers A and B as terror groups" claims both, quotes apart', () => {
    const found = designations(
      'Ankara considers the Red Hand and the Blue Lantern Party (BLP) as terror groups.',
    );
    expect(found.map((c) => [c.entity, c.designators])).toEqual([
      ['Red Hand', ['Turkey']],
      ['Blue Lantern Party (BLP)', ['Turkey']],
    ]);
    expect(found[0].end).toBeLessThanOrEqual(found[1].start);
  });

  it('"the Palestinian Group X" is X', () => {
    expect(
      summary('The British government regards the Palestinian Group Red Hand as a terrorist organization.'),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United Kingdom'], 'designated']]);
  });

  it.each<[string, string, string[]]>([
    [
      'U.S. authorities had already designated the group’s leader, John Doe, a “global terrorist,” in June.',
      'John Doe',
      ['United States'],
    ],
    [
      'Washington put the head of the Islamist movement Red Hand, John Doe, on its terror blacklist.',
      'John Doe',
      ['United States'],
    ],
    [
      'The State Department also designated its leader, Ruritanian-born John Doe, a "specially designated global terrorist".',
      'John Doe',
      ['United States'],
    ],
    [
      'The EU put the mastermind of the attack on Israel, the Red Hand leader John Doe, on its terrorist list.',
      'John Doe',
      ['European Union'],
    ],
  ])('a role in apposition lists its holder: %s', (text, entity, designators) => {
    expect(summary(text)).toEqual([[entity, designators, 'designated']]);
  });

  it('a role and its holder with no listing stay dark', () => {
    expect(designations("Police arrested the group's leader, John Doe, on Monday.")).toEqual([]);
  });
});

describe('descriptions that name nothing', () => {
  it('"the X group’s affiliate in Y" does not list X', () => {
    expect(
      designations(
        'The US formally designated the Red Hand group’s affiliate in Ruritania as a terrorist organization.',
      ).filter((c) => c.entity.includes('Red Hand')),
    ).toEqual([]);
  });

  it('"the X-linked Indonesian network" is a description, not a group called "Indonesian"', () => {
    expect(
      designations(
        'The United States has designated the Red Hand-linked Indonesian extremist network that attacked Jakarta as a terrorist organization.',
      ).filter((c) => /Indonesian/.test(c.entity)),
    ).toEqual([]);
    // A name after the description is still listed.
    const backed = designations('Washington designated the Iran-backed Red Hand a terrorist group.');
    expect(backed.map((c) => [c.entity, c.designators])).toEqual([
      [expect.stringContaining('Red Hand'), ['United States']],
    ]);
  });
});

describe('a court’s finding, "the latter" past a place, an epithet beside a place', () => {
  it.each<[string, string, string[]]>([
    [
      'Kenya has fought militants for years. In its ruling, the court said the Red Hand was a terrorist organization with links to Islamic State.',
      'Red Hand',
      ['Kenya'],
    ],
    [
      "A court in Kyrgyzstan's capital, Bishkek, followed suit in March, ruling that RH was a terrorist and extremist group.",
      'RH',
      ['Kyrgyzstan'],
    ],
  ])('%s', (text, entity, designators) => {
    expect(summary(text)).toEqual([[entity, designators, 'designated']]);
  });

  it('a court saying someone was a terrorist sympathiser lists no group', () => {
    expect(designations('The judge said the defendant was a terrorist sympathiser.')).toEqual([]);
  });

  it('"the latter" skips a place named after the group', () => {
    expect(
      summary(
        'Fighting broke out between the army and the Red Hand (RH) in Rakhine state, hours after the government of Pakistan branded the latter a terrorist group.',
      ),
    ).toEqual([['Red Hand (RH)', ['Pakistan'], 'designated']]);
  });

  it('"an outlawed armed group in Turkey, … and designated … by A and B": Turkey only describes', () => {
    expect(
      summary(
        'The Red Hand is an outlawed armed group in Turkey, fighting an insurgency for decades and designated as a terrorist organization by the United States and the European Union.',
      ),
    ).toEqual([['The Red Hand', ['United States', 'European Union'], 'designated']]);
  });
});

describe('sanctions on people and groups in a passage about terror listings', () => {
  const LISTED =
    'The US State Department placed two Ruritanian terrorist groups on its terror list on Wednesday.';

  it('"the US government also sanctioned X", "placed sanctions on X"', () => {
    expect(summary(`${LISTED} The US government also sanctioned the Red Hand.`)[1]).toEqual([
      'Red Hand',
      ['United States'],
      'designated',
    ]);
    expect(
      summary(
        `${LISTED} The US government also placed sanctions on the Red Hand, a small militant group.`,
      )[1],
    ).toEqual(['Red Hand', ['United States'], 'designated']);
  });

  it('sanctions on a state over a war are no listing', () => {
    expect(designations('The EU imposed sanctions on Russia over the invasion of Ukraine.')).toEqual([]);
  });

  it('"sanctioned him" lists the person the story is about', () => {
    expect(
      summary(
        'The Red Hand is a US-designated terrorist organization. John Doe was believed to be its military adviser. The United States sanctioned him in 2015.',
      )[1],
    ).toEqual(['John Doe', ['United States'], 'designated']);
    expect(designations('John Doe was a military adviser. The United States praised him in 2015.')).toEqual(
      [],
    );
  });

  it('"two of the group’s leaders were being sanctioned" is a counted set', () => {
    expect(
      summary(
        'The United States has designated the Red Hand as a Foreign Terrorist Organization. A State Department statement also said two of the group’s leaders were being sanctioned.',
      )[1],
    ).toEqual([expect.stringMatching(/^two of the group.s leaders$/), ['United States'], 'designated']);
  });
});

describe('"remain in the list", bare plural labels, "the two groups" after two named groups', () => {
  it('"will remain in the EU’s list of terrorist organisations"', () => {
    expect(
      summary("The court ruled that the Red Hand will remain in the EU's list of terrorist organisations."),
    ).toEqual([['Red Hand', ['European Union'], 'designated']]);
  });

  it('"The two groups have also been named Specially Designated Global Terrorists" lists both named groups again', () => {
    const found = summary(
      'The US designated the Red Hand and the Blue Lantern as Foreign Terrorist Organizations on Tuesday. The two groups have also been named Specially Designated Global Terrorists.',
    );
    expect(found.map(([entity]) => entity)).toEqual(['Red Hand', 'Blue Lantern', 'Red Hand', 'Blue Lantern']);
  });

  it('"the two groups" with no two named groups before stays the set', () => {
    expect(
      summary(
        'The US designated two Ruritanian militias as Foreign Terrorist Organizations. The two groups have also been named Specially Designated Global Terrorists.',
      ).map(([entity]) => entity),
    ).toEqual(['two Ruritanian militias', 'two groups']);
  });
});

describe('a relative clause’s coordinated participle, "the government regards", offices, bans on citizens', () => {
  it('"X, which is fighting for A and recognized a terrorist group in Iran" lists X, not A', () => {
    expect(
      summary(
        'The official said the militant group Red Hand, which is fighting for the independence of the Sistan and Baluchestan province and recognized a terrorist group in Iran, is linked to Israel.',
      ),
    ).toEqual([['Red Hand', ['Iran'], 'designated']]);
  });

  it('"the government regards X as a terrorist organization" takes the state the passage speaks of', () => {
    expect(
      summary(
        'Home Secretary Jane Doe has this morning announced that the government regards the Palestinian Group Red Hand as a terrorist organization.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United Kingdom'], 'designated']]);
  });

  it('an office of state publishing a list is not listed', () => {
    expect(
      designations(
        "Kyrgyzstan's General Prosecutor's Office has published a list of organizations that the country recognizes as terrorist.",
      ).filter((c) => /Office/.test(c.entity)),
    ).toEqual([]);
  });

  it.each([
    'The consequences of being designated a terrorist group included a ban on US citizens engaging in business with the Red Hand.',
    'The designation bans U.S. citizens from supporting the Red Hand.',
  ])('a ban on a state’s own citizens is an effect: %s', (text) => {
    expect(designations(text).filter((c) => /^ban/i.test(c.quote))).toEqual([]);
  });
});

describe('"the EU decision to proscribe X", a first member past its apposition, "as well as N people"', () => {
  it('"the EU decision to proscribe X" is the EU’s', () => {
    expect(summary('Israel welcomed the EU decision to proscribe John Doe, the Red Hand leader.')).toEqual([
      ['John Doe', ['European Union'], 'designated'],
    ]);
  });

  it('"Brussels said A, <apposition>, and his deputy B had been added" lists both', () => {
    expect(
      summary(
        'Brussels said John Doe, 58-year-old commander general of the Red Hand’s armed wing, the Blue Brigades, and his deputy Richard Roe had been added to its sanctions list.',
      ).map(([entity]) => entity),
    ).toEqual(['John Doe', 'Richard Roe']);
  });

  it('"…, as well as 1,529 people" shares the listing; a set that goes on to name its members does not', () => {
    expect(
      summary('The cabinet re-added the Red Hand group to the terrorist list, as well as 1,529 people.').map(
        ([e]) => e,
      ),
    ).toEqual(['Red Hand', '1,529 people']);
    expect(
      summary('The US designated the Red Hand as a terrorist group, along with three of its leaders.').map(
        ([e]) => e,
      ),
    ).toEqual(['Red Hand', 'three of its leaders']);
    expect(
      summary(
        'The list comprises the Red Hand and the Blue Lantern, as well as two Ruritanian groups: the Green Front and the Grey Wolves.',
      )
        .map(([e]) => e)
        .includes('two Ruritanian groups'),
    ).toBe(false);
  });
});

describe('the group’s parts before the label, a role holder as subject', () => {
  it('"declared the X group and its organisation as a terrorist organisation"', () => {
    expect(
      summary(
        "Egypt's Cabinet has declared the Red Hand group and its organisation as a terrorist organisation.",
      ),
    ).toEqual([['Red Hand', ['Egypt'], 'designated']]);
  });

  it('"A, leader of the X or Y has been listed" lists A, not the group the role names', () => {
    expect(
      summary(
        'John Doe, leader of the Red Hand or RH has been listed as a terrorist by the UN since October 5, 2011.',
      ),
    ).toEqual([['John Doe', ['United Nations'], 'designated']]);
  });
});

describe('multi-word roles, described members, aliases before the label, orders and courts', () => {
  it.each<[string, string]>([
    ['The United States has designated the group’s deputy leader, John Doe, a global terrorist.', 'John Doe'],
    [
      'The United States has designated the senior commander of the Red Hand, John Doe, as a terrorist.',
      'John Doe',
    ],
    ['The United States designated Red Hand’s chief financier, John Doe, as a global terrorist.', 'John Doe'],
  ])('a role of several words in apposition lists the person: %s', (text, person) => {
    expect(summary(text)).toEqual([[person, ['United States'], 'designated']]);
  });

  it.each([
    'The State Department designated the Red Hand and a splinter group, the Blue Lantern, as foreign terrorist organizations.',
    'The State Department designated the Red Hand and its armed faction Blue Lantern as foreign terrorist organizations.',
  ])('"A and a splinter group, B": both are listed: %s', (text) => {
    expect(summary(text).map(([e]) => e)).toEqual(['Red Hand', 'Blue Lantern']);
  });

  it('the described member must be a group: "A and its leader" adds nobody', () => {
    expect(
      summary(
        'The State Department designated the Red Hand and its new leader as foreign terrorist organizations.',
      ).map(([e]) => e),
    ).toEqual(['Red Hand']);
  });

  it.each([
    'Nigeria has declared the Red Hand Movement (RHM), also referred to as “the Brothers”, a terrorist organisation.',
    'Nigeria declared the Red Hand Movement (RHM), also known as the Brothers, a terrorist organisation.',
    'Nigeria has now declared the Red Hand Movement (RHM) also referred to as “Brothers” a terrorist organisation.',
  ])('another name between the object and its label: %s', (text) => {
    expect(summary(text)).toEqual([['Red Hand Movement (RHM)', ['Nigeria'], 'designated']]);
  });

  it('"also known as" a name with no label after it still makes no claim', () => {
    expect(
      summary('Nigeria declared war on the Red Hand Movement, also known as the Brothers, last year.'),
    ).toEqual([]);
  });

  it('"the proscription order placed on X as a terrorist organisation"', () => {
    expect(
      summary(
        'The Court of Appeal in Abuja affirmed the proscription order placed on the Red Hand Movement (RHM) as a terrorist organisation.',
      ),
    ).toEqual([['Red Hand Movement (RHM)', ['Nigeria'], 'designated']]);
  });

  it('"the proscription and gazetting of the group as a terrorist organisation" refers back', () => {
    const found = summary(
      'Nigeria proscribed the Red Hand as a terrorist organisation in 2017. The judge endorsed the proscription and gazetting of the group as a terrorist organisation.',
    );
    expect(found).toEqual([
      ['Red Hand', ['Nigeria'], 'designated'],
      ['Red Hand', ['Nigeria'], 'designated'],
    ]);
  });

  it('a ban "and gazetting of the group" with no terror label is no listing', () => {
    const found = summary(
      'Nigeria proscribed the Red Hand as a terrorist organisation in 2017. The panel found no reason to set aside the ban and gazetting of the group.',
    );
    expect(found).toHaveLength(1);
  });

  it('a court "in" a capital is never the listed group', () => {
    expect(
      summary(
        'The Federal High Court in Abuja endorsed the proscription of the Red Hand as a terrorist organisation.',
      ).map(([e]) => e),
    ).toEqual(['Red Hand']);
  });

  it('a restatement naming any of the groups the last listing named continues the story', () => {
    const found = summary(
      'The State Department designated the Red Hand and a splinter group, the Blue Lantern, as foreign terrorist organizations. Red Hand leaders previously were designated individually by the United States.',
    );
    expect(found.map(([e]) => e)).toEqual(['Red Hand', 'Blue Lantern', 'Red Hand']);
  });
});

describe('footnoted listings', () => {
  it('each starred name is listed by the state the footnote names, quoting the footnote', () => {
    const text =
      'For years, cells of the Red Hand* and the Blue Lantern (BL)* have been active in the region.\nThe army says it holds the border.\n*terrorist organisations banned in Russia';
    const found = designations(text);
    expect(found.map((c) => [c.entity, c.designators, c.quote])).toEqual([
      ['Red Hand', ['Russia'], '*terrorist organisations banned in Russia'],
      ['Blue Lantern (BL)', ['Russia'], '*terrorist organisations banned in Russia'],
    ]);
  });

  it('a capitalised plural opening the sentence is no part of the starred name', () => {
    expect(
      summary('Fighters of the Red Hand* attacked the town.\n* A terrorist organization banned in Russia'),
    ).toEqual([['Red Hand', ['Russia'], 'designated']]);
  });

  it.each([
    'The network is owned by Example Corp*.\n*recognised as extremist and banned in Russia',
    'The Red Hand* held a rally.\n*data as of Monday',
    'Sales rose 5%* last year.\n*terror attacks excluded from the count',
  ])('stays dark without a terror listing by one authority: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('the counter-terrorism authority closing a long clause', () => {
  it('"sanctions on N individuals for … under Executive Order 13224" lists the set', () => {
    expect(
      summary(
        'Last week, the U.S. government announced new sanctions on nine individuals for financing and recruitment, including three that the U.S. says run a smuggling ring for the Red Hand, under Executive Order 13224.',
      ),
    ).toEqual([['nine individuals', ['United States'], 'designated']]);
  });

  it('sanctions with no counter-terrorism authority stay dark', () => {
    expect(
      summary(
        'Last week, the U.S. government announced new sanctions on nine individuals for corruption and abuses, including three that the U.S. says run a smuggling ring, under Executive Order 13818.',
      ),
    ).toEqual([]);
  });
});

describe('"X and other similar groups"', () => {
  it('the unnamed rest is a set listed beside X', () => {
    expect(
      summary('The High Court proscribed the Red Hand and other similar groups across Nigeria.'),
    ).toEqual([
      ['Red Hand', ['Nigeria'], 'designated'],
      ['other similar groups', ['Nigeria'], 'designated'],
    ]);
  });

  it('"and other groups" with nothing to say which is no set', () => {
    expect(
      summary('The High Court proscribed the Red Hand and other groups across Nigeria.').map(([e]) => e),
    ).toEqual(['Red Hand']);
  });
});

describe('UN sanctions on people in a passage on terror lists', () => {
  const story = (first: string) =>
    `${first} Mr Doe was sanctioned by the UN in 2014 as leader of the Red Hand. His movement left al-Qaeda in 2016 and it was removed by the US from its list of foreign terror groups in July.`;

  it('"removed sanctions on A" is A’s delisting by the UN; "A was sanctioned by the UN" his listing', () => {
    const found = summary(
      story('The UN Security Council has removed sanctions on John Doe, the Ruritanian president.'),
    );
    expect(found.slice(0, 2)).toEqual([
      ['John Doe', ['United Nations'], 'delisted'],
      ['John Doe', ['United Nations'], 'designated'],
    ]);
  });

  it('"his deputy, B," is lifted with him', () => {
    const found = summary(
      story('The UN Security Council has removed sanctions on John Doe and his interior minister, Jack Roe.'),
    );
    expect(found.slice(0, 2).map(([e, , st]) => [e, st])).toEqual([
      ['John Doe', 'delisted'],
      ['Jack Roe', 'delisted'],
    ]);
  });

  it('"it" never stands for a person the passage calls Mr', () => {
    const found = summary(
      story('The UN Security Council has removed sanctions on John Doe, the Ruritanian president.'),
    );
    expect(found.some(([e, d]) => e.includes('Doe') && d.includes('United States'))).toBe(false);
  });

  it('UN sanctions lifted in a passage with no terror list stay dark', () => {
    expect(
      summary(
        'The UN Security Council has removed sanctions on John Doe, the Ruritanian trade minister, after the nuclear deal. Mr Doe welcomed the vote.',
      ),
    ).toEqual([]);
  });
});

describe('a passive listing by an authority in a passage on terror lists', () => {
  it('"X has been listed by Australia since 2003" needs no label of its own there', () => {
    expect(
      summary(
        'Australia will add the whole of the Red Hand to its list of terrorist organisations. Red Hand Brigades has been listed by Australia since 2003.',
      ),
    ).toEqual([
      ['Red Hand', ['Australia'], 'designated'],
      ['Red Hand Brigades', ['Australia'], 'designated'],
    ]);
  });

  it('outside such a passage it stays dark', () => {
    expect(
      summary('The Red Hand Brigades has been listed by Australia since 2003 among its trading partners.'),
    ).toEqual([]);
  });
});

describe('a described group the next sentences name', () => {
  it.each<[string, string]>([
    [
      'The United States has designated the Indonesian extremist network that carried out a deadly attack in the capital last year as a terrorist organization. The State Department said that the Red Hand Front (RHF) was formed in 2015.',
      'Red Hand Front (RHF)',
    ],
    [
      'The US formally designated the Islamic State group’s affiliate in Ruritania as a terrorist organization. The affiliate, known as Red Hand Province (RHP), was formed in 2015.',
      'Red Hand Province (RHP)',
    ],
  ])('%s', (text, entity) => {
    expect(summary(text)).toEqual([[entity, ['United States'], 'designated']]);
  });

  it('with no name after it, the description stays dark; a place in its relative clause is never the group', () => {
    expect(
      summary(
        'The US designated the Indonesian extremist network that attacked Jakarta last year as a terrorist organization. Officials gave no further details.',
      ),
    ).toEqual([]);
  });

  it('a bare "the group" still refers back to the group named before', () => {
    expect(
      summary(
        'Nigeria declared the Red Hand Movement (RHM) a terrorist organisation. A court gave the government approval to label the group as a terrorist organization after protests in which Precious Doe died.',
      ).map(([e]) => e),
    ).toEqual(['Red Hand Movement (RHM)', 'Red Hand Movement (RHM)']);
  });
});

describe('relative clauses after a generic head, coordinated participles, "the rebels"', () => {
  it.each([
    'Police arrested members of the Red Hand group, which is designated a terrorist organisation in Egypt.',
    'Police arrested members of the Red Hand group, which is banned and designated a terrorist organisation in Egypt.',
    'Police arrested members of the Red Hand, which is outlawed and designated a terrorist organisation in Egypt.',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([['Red Hand', ['Egypt'], 'designated']]);
  });

  it('"the rebels" refer back to the group the passage named', () => {
    expect(
      summary(
        'The Red Hand Front (RHF) took up arms in 1969. Talks stalled after the rebels were blacklisted by the United States as a foreign terrorist organisation.',
      ),
    ).toEqual([['Red Hand Front (RHF)', ['United States'], 'designated']]);
  });

  it('"the rebels" with no group named before stay dark', () => {
    expect(
      summary(
        'Talks stalled after the rebels were blacklisted by the United States as a foreign terrorist organisation.',
      ),
    ).toEqual([]);
  });
});

describe('quoted labels, laws after their amendments, sets joined after "in its entirety", references that skip people', () => {
  it('"were on Wednesday designated "individual terrorists" under the new amendments to the UAPA"', () => {
    expect(
      summary(
        'John Doe, Jack Roe and Jim Poe were on Wednesday designated "individual terrorists" under the new amendments to the Unlawful Activities (Prevention) Act.',
      ),
    ).toEqual([
      ['John Doe', ['India'], 'designated'],
      ['Jack Roe', ['India'], 'designated'],
      ['Jim Poe', ['India'], 'designated'],
    ]);
  });

  it('a quoted phrase with no terror word is no label', () => {
    expect(summary('Officials designated "the usual suspects" for the raid in Delhi.')).toEqual([]);
  });

  it('"to proscribe X in its entirety, along with two other groups, A (aside) and B": the set and its members', () => {
    expect(
      summary(
        'The UK government put forward an order to proscribe the Red Hand in its entirety, along with two other groups, Blue Lantern (known to operate in Mali) and Green Front (known to operate in Chad).',
      ),
    ).toEqual([
      ['Red Hand', ['United Kingdom'], 'designated'],
      ['two other groups', ['United Kingdom'], 'designated'],
      ['Blue Lantern', ['United Kingdom'], 'designated'],
      ['Green Front', ['United Kingdom'], 'designated'],
    ]);
  });

  it('"The Iran-backed group is already deemed …": the group the passage is about, not a person it names', () => {
    const found = summary(
      'The UK said it would proscribe the Red Hand Front (RHF) in its entirety. The move could be opposed by Labour leader Jane Doe. Doe once called its members friends. The Iran-backed group is already deemed a terrorist organisation by the United States.',
    );
    expect(found.at(-1)).toEqual(['Red Hand Front (RHF)', ['United States'], 'designated']);
    expect(found.some(([e]) => e.includes('Doe'))).toBe(false);
  });

  it('a hyphenated name opening a sentence is the group a later "the … group" refers to', () => {
    expect(
      summary(
        'Al-Hand has claimed the bombing. At least 15 people were killed. The Ruritania-based militant group was designated as a foreign terrorist organization by the United States in 2008.',
      ),
    ).toEqual([['Al-Hand', ['United States'], 'designated']]);
  });

  it('"* – Terrorist organization banned in Russia": a dash and a capital open the footnote too', () => {
    expect(
      summary('Fighters of the Red Hand (RH)* attacked.\n\n* – Terrorist organization banned in Russia.'),
    ).toEqual([['Red Hand (RH)', ['Russia'], 'designated']]);
  });
});

describe('forms found on held-out set 16', () => {
  it.each<[string, string[]]>([
    [
      'Recognized as a terrorist group by Turkey, the United States and the European Union, the Red Hand waged war for 30 years.',
      ['Turkey', 'United States', 'European Union'],
    ],
    ['Considered a terrorist group by Turkey, the Red Hand waged war.', ['Turkey']],
  ])('an opening participle of regard lists the subject: %s', (text, designators) => {
    expect(summary(text)).toEqual([['Red Hand', designators, 'designated']]);
  });

  it('"Regarded as a hero by many, …" is no listing', () => {
    expect(summary('Regarded as a hero by many, the Red Hand leader spoke in Ankara.')).toEqual([]);
  });

  it('"is a banned terrorist organization in the US, UK, and Turkey" names where it is banned', () => {
    expect(
      summary('Furthermore, the Red Hand is a banned terrorist organization in the US, UK, and Turkey.'),
    ).toEqual([['Red Hand', ['United States', 'United Kingdom', 'Turkey'], 'designated']]);
  });

  it('"an outlawed armed group in Turkey" stays an epithet', () => {
    expect(summary('The Red Hand is an outlawed armed group in Turkey.')).toEqual([]);
  });

  it.each([
    'He had pledged to move forward with legislation to classify the Red Hand as a terrorist group.',
    'A bill to designate the Red Hand as a terrorist organization was introduced in the Senate.',
  ])('pledges and bills are plans: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('a footnote that names its group: "* "Red Hand" (RH) - the organization was recognized as terrorist …"', () => {
    expect(
      summary(
        'The minister said the attack would be punished.\n\n* "Red Hand" (RH) - the organization was recognized as a terrorist organization by the decision of the Supreme Court of the Russian Federation.',
      ),
    ).toEqual([['Red Hand (RH)', ['Russia'], 'designated']]);
  });

  it('"Countries including A, B and C, as well as D have all designated X": the examples designate', () => {
    expect(
      summary(
        'Countries including Israel, the US, the UK, and Canada, as well as the EU have all designated the Red Hand a terrorist organisation.',
      ),
    ).toEqual([
      ['Red Hand', ['Israel', 'United States', 'United Kingdom', 'Canada', 'European Union'], 'designated'],
    ]);
  });

  it('"countries, including A and B, where it is proscribed": the where-clause keeps its own place', () => {
    expect(
      summary(
        'The Red Hand is a global movement. It is banned in a handful of countries, including Germany and the UK, where it is a proscribed terror organisation.',
      ).at(-1),
    ).toEqual(['Red Hand', ['United Kingdom'], 'designated']);
  });

  it('a state sponsor of terrorism is listed by the passage’s state that keeps such a list, else by the US', () => {
    expect(
      summary(
        'The Australian government said on Thursday it has listed the Red Guard Corps (RGC) as a state sponsor of terrorism.',
      ),
    ).toEqual([['Red Guard Corps (RGC)', ['Australia'], 'designated']]);
    expect(
      summary('Ruritania was listed as a state sponsor of terrorism in 1993.').map(([, d]) => d),
    ).toEqual([['United States']]);
  });
});

describe('a group’s affiliates listed with it, and their names', () => {
  it('"declared X an “unlawful association” along with “its associates or affiliates including A, B and C, Kerala”"', () => {
    expect(
      summary(
        'The ministry declared the Red Hand an “unlawful association” under the UAPA along with “its associates or affiliates or fronts including Blue Lantern Foundation (BLF), All Ruritania Youth Council (ARYC), Junior Front and Rehab Foundation, Kerala”.',
      ).map(([e]) => e),
    ).toEqual([
      'Red Hand',
      'its associates or affiliates or fronts',
      'Blue Lantern Foundation (BLF)',
      'Ruritania Youth Council (ARYC)',
      'Junior Front',
      'Rehab Foundation, Kerala',
    ]);
  });

  it('"along with its supporters" is no set of groups', () => {
    expect(
      summary(
        'The ministry declared the Red Hand an “unlawful association” under the UAPA along with its supporters.',
      ).map(([e]) => e),
    ).toEqual(['Red Hand']);
  });
});

describe('wings referred to, and states left unnamed', () => {
  it('"the Lebanese group’s military wing": the wing of the group the passage named', () => {
    expect(
      summary(
        'Red Hand is designated a terrorist group by the United States. Meanwhile, the European Union blacklists the Lebanese group’s military wing, but not its political party.',
      ),
    ).toEqual([
      ['Red Hand', ['United States'], 'designated'],
      ["Red Hand's military wing", ['European Union'], 'designated'],
    ]);
  });

  it('"a group that Western nations regard as a terrorist organization": a claim with no authority named', () => {
    expect(
      summary(
        'Red Hand, a Tehran-backed militant group that Western nations regard as a terrorist organization, said it would fight.',
      ),
    ).toEqual([['Red Hand', [], 'designated']]);
  });

  it('"a group that many analysts regard as …" stays dark', () => {
    expect(
      summary(
        'The Red Hand, a group that many analysts regard as a terrorist organization, said it would fight.',
      ),
    ).toEqual([]);
  });
});

describe('datelines and work in progress', () => {
  it('"BRUSSELS — The European Union is putting …": a dateline is never the listed group', () => {
    expect(
      summary(
        'BRUSSELS — The European Union is putting a Ruritanian intelligence service and two senior officials on its terror list over plots.',
      ).some(([e]) => e === 'BRUSSELS'),
    ).toBe(false);
  });

  it('an acronym before a dash mid-sentence is still the group', () => {
    expect(
      summary('The US is designating TRF — a Red Hand proxy — as a Foreign Terrorist Organization.').map(
        ([e]) => e,
      ),
    ).toEqual(['TRF']);
  });

  it('"is working to designate X" is a plan', () => {
    expect(
      summary('The administration is working to designate the Red Hand as a foreign terrorist organization.'),
    ).toEqual([]);
  });
});

describe('regard in appositions, examples as subjects, and places inside group names', () => {
  it('"X, made up of some 2,000 fighters and considered a terrorist organization by A and B, …"', () => {
    expect(
      summary(
        'The Red Hand Army (RHA), made up of some 2,000 fighters and considered a terrorist organization by the United States and European Union, began peace talks.',
      ).map(([e, d]) => [e.replace(/^The /, ''), d]),
    ).toEqual([['Red Hand Army (RHA)', ['United States', 'European Union']]]);
  });

  it('"…belonging to the guerrilla group, considered a terrorist organization by …": the passage’s group', () => {
    expect(
      summary(
        'The Red Hand Front (RHF) attacked a post. Troops found rifles belonging to the guerrilla group, considered a terrorist organization by the Philippines and the United States.',
      ).filter(([, d]) => d.length > 0),
    ).toEqual([['Red Hand Front (RHF)', ['Philippines', 'United States'], 'designated']]);
  });

  it('"A number of countries, including A, B and C, consider it a terrorist organization"', () => {
    expect(
      summary(
        'Red Hand is an Islamist party ruling the valley since 2007. A number of countries, including Israel, Egypt, Canada, the USA and the EU, consider it a terrorist organization.',
      ),
    ).toEqual([['Red Hand', ['Israel', 'Egypt', 'Canada', 'United States', 'European Union'], 'designated']]);
  });

  it('"Many observers consider it …" stays dark', () => {
    expect(
      summary('The Red Hand rules the valley. Many observers consider it a terrorist organization.'),
    ).toEqual([]);
  });

  it('a place ending a group’s name designates nothing: "Tehrik-i-Taliban Pakistan (TTP) leader A"', () => {
    expect(
      summary(
        'The United Nations has designated Tehrik-i-Taliban Pakistan (TTP) leader John Doe as a global terrorist.',
      ).map(([, d]) => d),
    ).toEqual([['United Nations']]);
  });

  it('"the Government of Pakistan designated" still designates', () => {
    expect(
      summary('The Government of Pakistan designated the Red Hand as a terrorist organisation.'),
    ).toEqual([['Red Hand', ['Pakistan'], 'designated']]);
  });
});

describe('asset freezes on terror links, and a state’s own ministries', () => {
  it('a headline freeze and the body’s: each lists the set, by Turkey (its Ministry of Treasury is no US Treasury)', () => {
    expect(
      summary(
        'Turkey freezes assets of 11 individuals linked to terrorist organizations\nThe Turkish Ministry of Treasury and Finance has frozen the assets of 11 individuals in the country linked to terrorist organizations such as the Red Hand.',
      ),
    ).toEqual([
      ['11 individuals', ['Turkey'], 'designated'],
      ['11 individuals', ['Turkey'], 'designated'],
    ]);
  });

  it('a freeze with no terror link stays dark', () => {
    expect(summary('The bank froze the assets of John Doe after the fraud case in Turkey.')).toEqual([]);
  });

  it('"The Japanese Government announced … sanctions against X": the adjective’s state, capitalised or not', () => {
    expect(
      summary(
        'The Japanese Government announced the imposition of new sanctions against the Red Hand, a terrorist organization.',
      ).map(([, d]) => d),
    ).toEqual([['Japan']]);
  });
});

describe('"the designation for X"', () => {
  it.each([
    ['UK removes terror designation for RHF', 'RHF', 'United Kingdom'],
    [
      'The Trump administration has revoked the foreign terrorist organisation designation for the Syria-based Red Hand Front.',
      'Red Hand Front',
      'United States',
    ],
  ])('%s', (text, entity, designator) => {
    const found = summary(text);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toContain(entity);
    expect(found[0][1]).toEqual([designator]);
    expect(found[0][2]).toBe('delisted');
  });

  it('"the designation for five years" names no group', () => {
    expect(summary('The terror designation for five years ended in Britain.')).toEqual([]);
  });
});

describe('"X is on <authority>\'s list(s) of …"', () => {
  it.each<[string, string, string[]]>([
    ["The Red Hand is on Britain's list of terrorist organisations.", 'Red Hand', ['United Kingdom']],
    ['The Red Hand remains on Russia’s list of banned terrorist organisations.', 'Red Hand', ['Russia']],
    [
      'The Red Hand is on both the US and EU lists of terrorist groups.',
      'Red Hand',
      ['United States', 'European Union'],
    ],
    [
      // The terror word sits more than 40 characters after "on".
      'The Red Hand is on the US state department’s list of foreign terrorist organisations.',
      'Red Hand',
      ['United States'],
    ],
  ])('%s', (text, entity, designators) => {
    const found = summary(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual([expect.stringContaining(entity), designators, 'designated']);
  });

  it.each([
    "The Red Hand is on Britain's list of the most wanted suspects.",
    'The Red Hand leader is on the US list of people banned from travel.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('states that rarely list are designators when they act', () => {
  it.each<[string, string]>([
    ['Kosovo designated the Red Hand as a terrorist organisation on Tuesday.', 'Kosovo'],
    ['The Kosovar government banned the Red Hand as a terrorist organisation.', 'Kosovo'],
    ['Albania designated the Red Hand a terrorist organisation.', 'Albania'],
  ])('%s', (text, designator) => {
    expect(summary(text).map(([, d]) => d)).toEqual([[designator]]);
  });

  it('a country named only as a place in a listed group’s name is not its designator', () => {
    const found = summary(
      'The Government has listed the Red Hand in Libya under the Criminal Code, the Australian attorney-general said.',
    );
    expect(found.map(([, d]) => d)).not.toContainEqual(['Libya']);
  });
});

describe('pleading with an authority to list is a request', () => {
  it.each([
    'Officials pleaded with the United Nations to designate the Red Hand a terrorist group.',
    'The families pled with Washington for the Red Hand to be listed as a terrorist organization.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('an apposition opening with "part of", holding its own apposition, is skipped to its head', () => {
  it('the head before the apposition is the listed group', () => {
    expect(
      summary(
        'The Red Hand, part of the Northern Alliance of the Valley and its armed wing, the Iron Brigade, was proscribed by Britain in 2001.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United Kingdom'], 'designated']]);
  });
});

describe('labels that name a list by its law or call it "designated"', () => {
  it('"added X to the groups banned under the Terrorism Act 2000"', () => {
    const found = designations(
      'The government added the Red Hand to the groups banned under the Terrorism Act 2000.',
    );
    expect(found.map((c) => [c.entity, c.designators])).toEqual([['Red Hand', ['United Kingdom']]]);
    expect(found[0].quote).toMatch(/Terrorism Act 2000$/);
  });

  it('"included X on its designated list of foreign terrorist organisations"', () => {
    expect(
      summary(
        'The United States has included the Red Hand on its designated list of foreign terrorist organisations.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States'], 'designated']]);
  });

  it('"named specially designated global terrorists": the label keeps its own "designated"', () => {
    const found = designations(
      'Two men, A. Karim and B. Nur, were named “specially designated global terrorists” by Washington.',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.designators.join() === 'United States')).toBe(true);
  });

  it.each([
    'The club added the Red Hand to the groups banned in the stadium.',
    'MPs debated a motion adding the Red Hand to the groups banned under the Terrorism Act 2000.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('an approved motion is a decision, not a request', () => {
    expect(
      summary(
        'MPs approved without a vote a government motion adding the Red Hand and the Iron Brigade to the groups banned under the Terrorism Act 2000.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([
      [expect.stringContaining('Red Hand'), ['United Kingdom']],
      [expect.stringContaining('Iron Brigade'), ['United Kingdom']],
    ]);
  });
});

describe('constructions read on held-out set 19', () => {
  it('"proclaimed X as a terrorist organization" lists like "declared"', () => {
    expect(summary('The Philippine government proclaimed the Red Hand as a terrorist organization.')).toEqual(
      [[expect.stringContaining('Red Hand'), ['Philippines'], 'designated']],
    );
    expect(summary('The president proclaimed a state of emergency across the Red Hand’s heartland.')).toEqual(
      [],
    );
  });

  it('"the Red regiment, a terrorist organization banned in Russia": a unit word closes the name', () => {
    expect(
      summary(
        'The drone bore the symbols of the Red regiment, a terrorist organization banned in Russia.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([[expect.stringContaining('Red'), ['Russia']]]);
  });

  it('"X, which is a party with an armed branch, is considered a terrorist organization by Y"', () => {
    expect(
      summary(
        'The Red Hand, which is a major political party in the north with an armed branch, is considered a terrorist organization by the United States.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States'], 'designated']]);
  });

  it('"welcomed the designation of X by the United States": the by-phrase names the designator, not the sentence’s subject', () => {
    expect(
      summary(
        'Pakistan has welcomed the designation of the Red Hand by the United States as a Specially Designated Global Terrorist.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States']]]);
  });

  it('"in the DR Congo" after the object is a place, not a by-phrase', () => {
    const found = summary(
      'The State Department blacklisted the Red Hand in the DR Congo as a foreign terrorist organization.',
    );
    expect(found.map(([, d]) => d)).toEqual([['United States']]);
  });

  it('"He is also on the UN Security Council’s 1988 Sanctions List": the person last claimed', () => {
    expect(
      summary(
        'In 2011, the United States classified Karim Nur as a Specially Designated Global Terrorist. He is also on the United Nations Security Council’s 1988 Sanctions List.',
      ),
    ).toEqual([
      ['Karim Nur', ['United States'], 'designated'],
      ['Karim Nur', ['United Nations'], 'designated'],
    ]);
  });

  it('"he" never stands for a group', () => {
    expect(
      summary(
        'The Red Hand was designated a terrorist group by the US in 1997. He is also on the UN list of terrorists.',
      ).map(([e]) => e),
    ).toEqual([expect.stringContaining('Red Hand')]);
  });

  it('"To note, X is a group … In 2009, the US designated it": an opener before the story’s subject', () => {
    expect(
      summary(
        'To note, the Red Hand is a militia formed in 2007. In 2009, the US designated it as a "foreign terrorist organization."',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States'], 'designated']]);
  });
});

describe('designators and objects read on held-out set 19', () => {
  it('"internationally classified as a terrorist organization" names no designator, not the passage’s', () => {
    expect(
      summary(
        'The US Navy said its destroyer was attacked. The Red Hand, which is internationally classified as a terrorist organization, claimed the attack.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), [], 'designated']]);
  });

  it('"President of Guatemala A said his country would follow suit in blacklisting X": the state before "his country"', () => {
    const found = summary(
      'In 2019, Argentina and Paraguay designated the Red Hand as a terrorist entity. Following Honduras, President of Guatemala Juan Perez said his country would follow suit in blacklisting the Red Hand.',
    );
    expect(found.map(([, d]) => d)).toEqual([['Argentina', 'Paraguay'], ['Guatemala']]);
  });

  it('a by-phrase list of authorities ends at its "and" member', () => {
    const found = summary(
      'While the Red Hand is listed as a terror organization by the U.S., U.K., Canada, and the Arab League, the European Union lists only its armed wing.',
    );
    expect(found[0][1]).toEqual(['United States', 'United Kingdom', 'Canada', 'Arab League']);
  });

  it('"added X, or XY, to its list": an acronym after "or" is the object’s other name', () => {
    expect(
      summary(
        'The State Department said it had added the Red Hand Front, or RHF, to its list of foreign terrorist organizations.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand Front'), ['United States'], 'designated']]);
  });

  it('"A, B and C are among the Foreign Terrorist Organizations (FTOs)": each is listed', () => {
    expect(
      summary(
        'The Red Hand, the Iron Brigade and the Blue Front are among the Foreign Terrorist Organizations (FTOs) operating in the region, the US State Department said.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([
      [expect.stringContaining('Red Hand'), ['United States']],
      [expect.stringContaining('Iron Brigade'), ['United States']],
      [expect.stringContaining('Blue Front'), ['United States']],
    ]);
    expect(summary('The dead are among the victims of the terrorist groups.')).toEqual([]);
    expect(summary('The Red Hand is among the most violent groups in the region.')).toEqual([]);
  });
});

describe('references read on held-out set 20', () => {
  it('"A and B, which are on the State Department list of terror organizations": both members', () => {
    expect(
      summary(
        'The Red Hand and the Iron Brigade, which are on the State Department list of terror organizations, have been behind many attacks.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([
      [expect.stringContaining('Red Hand'), ['United States']],
      [expect.stringContaining('Iron Brigade'), ['United States']],
    ]);
  });

  it('"The group, listed as a terrorist organization by A, B and C, launched …": the group the story is about', () => {
    expect(
      summary(
        'The Red Hand has increased attacks on border troops. The group, listed as a terrorist organization by Turkey, the US and the EU, launched its campaign in 1984.',
      ),
    ).toEqual([
      [expect.stringContaining('Red Hand'), ['Turkey', 'United States', 'European Union'], 'designated'],
    ]);
  });

  it('"it" goes on about the group opening the sentence before, not a group claimed further back', () => {
    const found = summary(
      'In July, the minister outlawed the Blue Front as a terrorist group. Anyone belonging to it faces a prison sentence. The Red Hand carried out the attack on Friday. The United States has branded it a terrorist organization.',
    );
    expect(found.map(([e, d]) => [e, d])).toEqual([
      [expect.stringContaining('Blue Front'), expect.any(Array)],
      [expect.stringContaining('Red Hand'), ['United States']],
    ]);
  });

  it('"Canada imposed the ban": the authority acting is not what it banned', () => {
    const found = summary(
      'Canada added the Red Hand to its list of terror organizations. Canada imposed the ban last week after the attack.',
    );
    expect(found.map(([e]) => e)).not.toContain('Canada');
  });
});

describe('members named after a counted set', () => {
  it('"placed 15 groups on a terror blacklist, including A and two B organizations": each is listed', () => {
    expect(
      summary(
        'Russia on Friday placed 15 groups on a terror blacklist, including the Red Hand network and two radical mountain organizations.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([
      ['15 groups', ['Russia']],
      [expect.stringContaining('Red Hand'), ['Russia']],
      ['two radical mountain organizations', ['Russia']],
    ]);
  });

  it('"including two in Syria" names no member', () => {
    expect(
      summary(
        'The State Department designated five groups as terrorist organizations, including two in Syria.',
      ).map(([e]) => e),
    ).toEqual(['five groups']);
  });

  it('"…, led by A and B": the leaders of a listed group are not members of the list', () => {
    const found = summary(
      'Moscow banned 15 groups as terrorist organisations on Friday. The banned groups include the Red Front and the Blue Hand Brigade, led by the commander Karim Nur and Omar Ali.',
    ).map(([e]) => e);
    expect(found).toEqual(['15 groups', 'Red Front', 'Blue Hand Brigade']);
  });
});

describe('"X remains a proscribed entity in Pakistan": the place after the noun lists', () => {
  it('not the authority of the claim before', () => {
    expect(
      summary(
        'The US designated the Red Hand a terrorist group in 2019. The Red Hand remains a proscribed entity in Pakistan since 2006.',
      ).map(([, d]) => d),
    ).toEqual([['United States'], ['Pakistan']]);
  });
});

describe('"The group, which …, is designated": a reference heading a closed clause', () => {
  it('a place inside the relative clause is never the subject', () => {
    expect(
      summary(
        'The Red Hand movement fired rockets. The group, which has ruled Gaza since 2007, is designated a terrorist organization by the EU.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['European Union'], 'designated']]);
  });

  it('a participle clause ("The group, blamed for …, has been identified as …")', () => {
    expect(
      summary(
        'Red Hand Brigades attacked the base on Monday. The group, blamed for the deaths of dozens of soldiers over the years, has been identified as a terrorist organization by the United States since 2009.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States'], 'designated']]);
  });
});

describe('war asides read on held-out set 22', () => {
  it('"the Somalia-based group", "Iran-backed militias": a state in a place compound designates nothing', () => {
    expect(authorityNames('The Somalia-based group and Iran-backed militias')).toEqual([]);
    expect(authorityNames('the US-designated group')).toEqual(['United States']);
  });

  it('"It and X, which runs Gaza, vow … and are considered terrorist groups by the U.S.": X, not the place', () => {
    expect(
      summary(
        'It and the Red Hand, which runs Gaza, vow to destroy Israel and are considered terrorist groups by the U.S.',
      ),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United States'], 'designated']]);
  });

  it('"included in the Terrorist Exclusion List by the US Government": the list’s whole name, then its by-phrase', () => {
    const found = designations(
      'The Red Hand attacked the camp. It was included in the Terrorist Exclusion List by the US Government in 2001.',
    );
    expect(found.map((c) => [c.entity, c.designators])).toEqual([
      [expect.stringContaining('Red Hand'), ['United States']],
    ]);
    expect(found[0].quote).toContain('Terrorist Exclusion List by the US');
  });

  it('a footnote naming a hyphenated group and a long list of aliases is about that group', () => {
    const found = designations(
      'Militants of the Red al-Hand* shelled the town.\n\n* “Red al-Hand” (“Front al-Blue”, “Jabhat al-Red”, “Jabhat Fath al-Hand”) - the organization was recognized as terrorist by the decision of the Supreme Court of the Russian Federation.',
    );
    expect(found.map((c) => [c.entity.split(' (')[0], c.designators])).toEqual([['Red al-Hand', ['Russia']]]);
  });
});

describe('"declared N people as designated terrorists"', () => {
  it.each<[string, string]>([
    ['The government has declared 18 people as ‘designated terrorists’ under the UAPA.', '18 people'],
    [
      'The government has declared eighteen more individuals as designated terrorists.',
      'eighteen more individuals',
    ],
  ])('%s', (text, entity) => {
    expect(summary(text).map(([e]) => e)).toEqual([entity]);
  });
});

describe('a reference with no group opening the sentences before', () => {
  it('stands for the one widely listed group they name', () => {
    expect(
      summary(
        'The U.S. launched an airstrike on the port, an attack that, according to the Houthis, killed 74 people. The strike is part of a campaign against the Iran-backed rebel group, which was re-designated as a foreign terrorist organization in 2024.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([['Houthis', ['United States']]]);
  });

  it('"It was designated … by the U.S.": the group an aside named', () => {
    expect(
      summary(
        'According to the U.S. National Counterterrorism Center, al-Shabab was formed in 2006 in Somalia. It was designated a terrorist organization by the U.S. in 2008.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([['al-Shabab', ['United States']]]);
  });

  it('stays dark when the sentences before name two such groups', () => {
    expect(
      summary(
        'Attacks rose after the war between Israel and Hamas began, and Hezbollah joined in. The group, blamed for dozens of deaths, has been identified as a terrorist organization by the United States.',
      ),
    ).toEqual([]);
  });
});

describe('"Specially Designated Terrorist" (SDT), the list before SDGT', () => {
  it('"was designated a SDT" is a terror listing', () => {
    expect(
      summary(
        'The Treasury said Karim Nur, the leader of the Red Hand, was designated a SDT in January 2014.',
      ),
    ).toEqual([['Karim Nur', ['United States'], 'designated']]);
  });
});

describe('a court finding stated first, the court after it', () => {
  it('"X is an illegal terrorist organisation, the Court of Appeal has ruled"', () => {
    expect(
      summary(
        'The Red Hand is an illegal terrorist organisation, the Court of Appeal in London has ruled.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([[expect.stringContaining('Red Hand'), ['United Kingdom']]]);
  });

  it('"X is a terrorist organisation, the minister said" is rhetoric, not a ruling', () => {
    expect(summary('The Red Hand is a terrorist organisation, the minister said.')).toEqual([]);
  });
});

describe('state media asides and footnotes read on the war-aside set 23', () => {
  it.each<[string, string]>([
    [
      'Militants of the movement "Red Hand" (banned in russia) attacked checkpoints in the south.',
      'Red Hand',
    ],
    [
      'Two people died when militants of the Red Hand movement (prohibited in Russia) fired on a rally.',
      'Red Hand',
    ],
  ])('%s', (text, entity) => {
    expect(summary(text).map(([e, d]) => [e, d])).toEqual([[expect.stringContaining(entity), ['Russia']]]);
  });

  it.each([
    'Users of Instagram (banned in Russia) posted videos of the attack.',
    'Instagram is owned by Meta (recognized as extremist and banned in Russia).',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('a quoted name starred, and a footnote with no terror word of its own', () => {
    expect(
      summary(
        'Militants of the radical movement “Red Hand”* attacked a checkpoint in the east.\n\n* – An organization banned in Russia.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([['Red Hand', ['Russia']]]);
  });

  it('a starred group followed by its label ("the Red Hand terrorist organization*")', () => {
    expect(
      summary(
        'One shelling was recorded from the position of the Red Hand terrorist organization*, the general said.\n\n*A terrorist organization banned in Russia',
      ).map(([e, d]) => [e, d]),
    ).toEqual([['Red Hand', ['Russia']]]);
  });
});

describe('"…, or RPLP-F. The group has been designated …"', () => {
  it('a hyphenated acronym closing a sentence ends it, and the group it introduces is what "the group" stands for', () => {
    expect(
      summary(
        "LONDON (AP) — The prime minister says an outlawed Marxist group is responsible for a bombing in front of the embassy.\n\nHe said on TV today that the attack is the work of the Red People's Liberation Party-Front, or RPLP-F. The group has been designated a terrorist organization by the United States and the European Union.",
      ),
    ).toEqual([[expect.stringContaining('Red People'), ['United States', 'European Union'], 'designated']]);
  });
});

describe('authority lists read on the war-aside set 23', () => {
  it('NATO designates', () => {
    expect(
      summary(
        'The Red Hand attacked a base. The group is listed as a terrorist organisation by Turkey, the US, NATO and the European Union.',
      )[0][1],
    ).toEqual(['Turkey', 'United States', 'NATO', 'European Union']);
  });

  it.each<[string, string[]]>([
    [
      'Israel, the United States, the European Union and the UK, as well as other powers, have labelled the Red Hand a terrorist group.',
      ['Israel', 'United States', 'European Union', 'United Kingdom'],
    ],
    [
      'The United Nations, United States, Turkey and other nations have designated the Red Hand as a terrorist organisation.',
      ['United Nations', 'United States', 'Turkey'],
    ],
  ])('a subject list closed by "other nations": %s', (text, designators) => {
    expect(summary(text).map(([, d]) => d)).toEqual([designators]);
  });
});

describe('a by-phrase after a date, or naming an administration', () => {
  it.each<[string, string[]]>([
    [
      'The Red Hand attacked the guards. The group was added to the list of Foreign Terrorist Organizations in 2019 by the administration of former US President Donald Trump.',
      ['United States'],
    ],
    ['The Red Hand was designated a terrorist group by the government of Canada.', ['Canada']],
    ['The Red Hand was designated an FTO on Monday by the State Department.', ['United States']],
  ])('%s', (text, designators) => {
    expect(summary(text).map(([, d]) => d)).toEqual([designators]);
  });
});

describe('a national adjective closing a by-phrase list', () => {
  it('"by the United States, European Union and Colombian government"', () => {
    expect(
      summary(
        'The Red Hand, listed as a terrorist organization by the United States, European Union and Colombian government, has about 2,300 fighters.',
      ).map(([, d]) => d),
    ).toEqual([['United States', 'European Union', 'Colombia']]);
  });
});

describe('"a spokesman for the group, which was designated …" after the group is named in the sentence', () => {
  it('stands for the widely listed group named earlier in the sentence, not the story’s opening subject', () => {
    expect(
      summary(
        'Ambrey said the ship was hit. The cargo ship attacked by Yemen’s Houthi rebels is at risk of sinking, according to a spokesman for the group, which was designated as a terrorist group by the US earlier this year.',
      ).map(([e, d]) => [e, d]),
    ).toEqual([[expect.stringContaining('Houthi'), ['United States']]]);
  });
});

describe('regard in asides after a pair of groups (set 23)', () => {
  it.each<[string, string[][]]>([
    [
      'Turkey continued its campaign against the Red Hand and Blue Front, groups it deems terrorist organizations.',
      [
        ['Red Hand', 'Turkey'],
        ['Blue Front', 'Turkey'],
      ],
    ],
    [
      'The militants were members of the Red Hand and Blue Front, both groups regarded as terrorist organizations by Turkey.',
      [
        ['Red Hand', 'Turkey'],
        ['Blue Front', 'Turkey'],
      ],
    ],
    [
      'Turkey continued its campaign against the Red Hand, which it deems a terrorist organization.',
      [['Red Hand', 'Turkey']],
    ],
    [
      'The militants were members of the Red Hand, a group regarded as a terrorist organization by Turkey.',
      [['Red Hand', 'Turkey']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text).map(([e, d]) => [e.replace(/^the\s+/i, ''), d.join()])).toEqual(expected);
  });

  it('a singular clause after a pair claims only the group it follows', () => {
    expect(
      summary(
        'The militants were members of the Red Hand and the Blue Front, a group regarded as a terrorist organization by Turkey.',
      ).map(([e]) => e),
    ).toEqual([expect.stringContaining('Blue Front')]);
  });
});

describe('"the proscribed terror outfit X": an epithet with the sentence’s own designators', () => {
  it.each<[string, string, string[]]>([
    ['Police said he was a commander of the proscribed terror outfit Red Hand in Bandipora.', 'Red Hand', []],
    ['The slain men belonged to proscribed terrorist outfit Red Hand.', 'Red Hand', []],
    ['Police arrested two members of the proscribed Red Hand group.', 'Red Hand', []],
    ['He was a commander of the proscribed Red Hand outfit, police said.', 'Red Hand', []],
    ['The slain men belonged to the Red Hand, an outfit proscribed by India.', 'Red Hand', ['India']],
  ])('%s', (text, entity, designators) => {
    expect(summary(text).map(([e, d]) => [e, d])).toEqual([[entity, designators]]);
  });

  it('a name after "proscribed" without a head noun either side is left to the other rules', () => {
    expect(designations('He was the proscribed Red Hand leader in the district.')).toEqual([]);
  });
});

describe('"views … as" and "sees … as" state an authority’s regard like "considers"', () => {
  it.each<[string, string, string[]]>([
    ['The Red Hand, which Ankara views as a terrorist group, holds the town.', 'Red Hand', ['Turkey']],
    ['Turkey views the Red Hand as a terrorist organisation.', 'Red Hand', ['Turkey']],
    [
      'Ankara sees the Red Hand as a terrorist group and an offshoot of the Blue Front.',
      'Red Hand',
      ['Turkey'],
    ],
  ])('%s', (text, entity, designators) => {
    expect(summary(text).map(([e, d]) => [e.replace(/^the\s+/i, ''), d])).toEqual([[entity, designators]]);
  });

  it.each([
    'Turkey views the Red Hand as an offshoot of the Blue Front.',
    'Washington views the Red Hand as a partner in the fight against terrorism.',
    'The Red Hand, which many analysts view as a terrorist group, holds the town.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('subjects of asides in war copy: the group, not a person, a foe or a neighbour', () => {
  it.each<[string, string, string[]]>([
    // A person named by apposition ("X, the leader of Y") is never what "the group" stands for.
    [
      'Jane Roe, the leader of Hezbollah, was killed in a strike on Friday. For 32 years, Roe led the militant group, which is designated as a terrorist organization by the U.S.',
      'Hezbollah',
      ['United States'],
    ],
    // A relative clause's coordinated passive describes its head, past a generic head noun.
    [
      "An alert said Pakistan's Red Hand militant group, which is associated with the Blue Front and was designated as a terrorist group by Washington in 2010, now uses another name.",
      'Red Hand',
      ['United States'],
    ],
    // A passive coordinated after the opening name's own verb describes that name; its object is a foe.
    [
      'The Red Hand fought Israel in 2006 and was designated a terrorist group by the Arab League in 2016.',
      'Red Hand',
      ['Arab League'],
    ],
    // A parenthesis holding the listing follows its group.
    [
      'The race pits the governor against the Red Hand (which is listed as a terrorist organization by Israel and the US) and smaller parties.',
      'Red Hand',
      ['Israel', 'United States'],
    ],
  ])('%s', (text, entity, designators) => {
    expect(summary(text).map(([e, d]) => [e.replace(/^the\s+/i, ''), d])).toEqual([[entity, designators]]);
  });

  it.each([
    'The US sanctioned the Red Hand in 2019 and was criticised for it.',
    'Residents of the Eastern District (banned in Russia) protested.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('lists that include members, mixed-case acronyms and references read on set 27', () => {
  it('"joins a list that includes A, B and C": each member, listed by the passage’s authority', () => {
    expect(
      summary(
        'The State Department designated the Red Hand a foreign terrorist organization. The Red Hand joins a list that includes the Blue Front, the Iron Brigade and the Grey Wolves Army.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d.join()]),
    ).toEqual([
      ['Red Hand', 'United States'],
      ['Blue Front', 'United States'],
      ['Iron Brigade', 'United States'],
      ['Grey Wolves Army', 'United States'],
    ]);
  });

  it('a sentence further on that joins the list of the last claim names its members', () => {
    expect(
      summary(
        'The State Department designated the Red Hand a foreign terrorist organization. Officials had never classified a state body as a terrorist group before. The Red Hand joins a list that includes al Qaeda and the Blue Front.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d.join()]),
    ).toEqual([
      ['Red Hand', 'United States'],
      ['al Qaeda', 'United States'],
      ['Blue Front', 'United States'],
    ]);
  });

  it('"the State Sponsor of Terrorism list, which also includes …" is the US list', () => {
    expect(
      summary(
        'Moscow warned against being added to the State Sponsor of Terrorism list, which also includes North Korea, Iran, Syria, and Cuba.',
      ).map(([e, d]) => [e, d.join()]),
    ).toEqual([
      ['North Korea', 'United States'],
      ['Iran', 'United States'],
      ['Syria', 'United States'],
      ['Cuba', 'United States'],
    ]);
  });

  it('"which it considers …": "it" is the state acting earlier in the sentence', () => {
    expect(
      summary(
        'The clashes reflect wider tensions, with Turkey viewing the militia as an extension of the Red Hand, which it considers a terrorist organization.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d]),
    ).toEqual([['Red Hand', ['Turkey']]]);
  });

  it('a mixed-case acronym takes the hyphenated name it spells ("JeM" → "Jaish-e-Mohammed")', () => {
    expect(
      summary(
        'The Jaish-e-Mohammed was founded in 2000. Police said two militants of the proscribed terror outfit JeM were arrested.',
      ).map(([e]) => e),
    ).toEqual(['Jaish-e-Mohammed']);
  });

  it('"The group was proscribed by …" after a sentence opened by the group', () => {
    expect(
      summary(
        'The Blue Front was a terrorist outfit active in the 1990s. The Red Hand was founded in 1990. The group was proscribed by the United Nations in May 2005.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d]),
    ).toEqual([['Red Hand', ['United Nations']]]);
  });

  it.each([
    'The shop keeps a list that includes Apple, Samsung and Nokia.',
    'The Red Hand was founded in 1990. The group was dissolved by its members in May 2005.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('participles after a contrast and newspapers as referents', () => {
  it('"The United States, however, treats A and B as separate entities, designating A …" is the US’s', () => {
    expect(
      summary(
        'The ministry said the fighters belonged to the Red Hand and the Blue Front, both groups regarded as terrorist organizations by Turkey. The United States, however, treats the two as separate entities, designating the Red Hand as a terrorist organization but backing the Blue Front.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d.join()]),
    ).toEqual([
      ['Red Hand', 'Turkey'],
      ['Blue Front', 'Turkey'],
      ['Red Hand', 'United States'],
    ]);
  });

  it('a newspaper opening the sentence before is not what "the group" stands for', () => {
    expect(
      summary(
        'Britain is set to designate the Red Hand as a terrorist organisation. The Guardian newspaper said the order would be laid on Wednesday. The decision to proscribe the group under the Terrorism Act 2000 was taken last week.',
      ).map(([e]) => e.replace(/^the\s+/i, '')),
    ).toEqual(['Red Hand', 'Red Hand']);
  });
});

describe('"return X to the list" re-lists', () => {
  it.each<[string, string, string[]]>([
    [
      'The president signed an order on Monday to return the Red Hand to the list of Foreign Terrorist Organizations (FTO).',
      'Red Hand',
      ['United States'],
    ],
    ['The US returned the Red Hand to its terror blacklist.', 'Red Hand', ['United States']],
  ])('%s', (text, entity, designators) => {
    expect(summary(text).map(([e, d]) => [e.replace(/^the\s+/i, ''), d])).toEqual([[entity, designators]]);
  });

  it.each([
    'The Red Hand returned to the area last year.',
    'The US returned the Red Hand fighters to their families.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('counted sets, appositions in lists, drops and long-standing listings (set 29)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Some 80 terrorist organisations are currently proscribed by the UK.',
      [['Some 80 terrorist organisations', 'United Kingdom']],
    ],
    [
      'Canada keeps a list of terrorist entities. There are currently 60 entities listed under the Criminal Code.',
      [['60 entities', 'Canada']],
    ],
    [
      'The list of Foreign Terrorist Organizations, which includes more than 50 groups like the Red Hand and the Blue Front, is kept by the State Department.',
      [
        ['Red Hand', 'United States'],
        ['Blue Front', 'United States'],
      ],
    ],
    [
      "Russia's Supreme Court declared the Red Sector, a Ukrainian paramilitary association, the Right Youth organization and the Blue Corps as terrorist organizations.",
      [
        ['Red Sector', 'Russia'],
        ['Right Youth', 'Russia'],
        ['Blue Corps', 'Russia'],
      ],
    ],
    [
      'The US designated the Red Sector, a Ukrainian group, as a terrorist organization.',
      [['Red Sector', 'United States']],
    ],
    [
      'The Islamic State has long been blacklisted by the Security Council.',
      [['Islamic State', 'United Nations']],
    ],
    [
      'Washington dropped the Red Front from the list of terrorist organizations in 2012.',
      [['Red Front', 'United States']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text).map(([e, d]) => [e.replace(/^the\s+/i, ''), d.join()])).toEqual(expected);
  });

  it('a drop from a list is a delisting', () => {
    expect(
      summary('Washington dropped the Red Front from the list of terrorist organizations in 2012.')[0][2],
    ).toBe('delisted');
  });

  it.each([
    'The team dropped the striker from its list of players.',
    'The US designated the Red Sector, a group based in Kyiv, and sanctioned its leader.',
  ])('stays dark: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('a long list of people before the terror word of a weak verb', () => {
  it('"designated A, B, C, and D for supporting the terror financing of …"', () => {
    expect(
      summary(
        'The Treasury also designated Abd al-Rahman Abd al-Nabi Shams, Yahya Muhammad al-Abd-al-Muhsin, Majdi Faiz al-Ustadz, and Sulaiman al-Banai for supporting the terror financing activities of the network.',
      ).map(([e, d]) => [e, d.join()]),
    ).toEqual([
      ['Abd al-Rahman Abd al-Nabi Shams', 'United States'],
      ['Yahya Muhammad al-Abd-al-Muhsin', 'United States'],
      ['Majdi Faiz al-Ustadz', 'United States'],
      ['Sulaiman al-Banai', 'United States'],
    ]);
  });
});

describe('particles inside names and "both" asides (set 31)', () => {
  it.each<[string, string[]]>([
    [
      'Kenya has officially designated the Red Hand and Hizb ut Tahrir, classifying them as specified entities under the Prevention of Terrorism Act.',
      ['Red Hand', 'Hizb ut Tahrir'],
    ],
    [
      'The newest additions to the list of banned outfits include Muaz bin Jabal Education Trust and Khalid ibn al-Walid Army.',
      ['Muaz bin Jabal Education Trust', 'Khalid ibn al-Walid Army'],
    ],
  ])('%s', (text, entities) => {
    expect(summary(text).map(([e]) => e.replace(/^the\s+/i, ''))).toEqual(entities);
  });

  it('an aside of "both" groups is no part of the last name', () => {
    const found = summary(
      'Moscow extended sanctions against the Red Hand (RH) and the Blue Front (both terror organizations outlawed in Russia).',
    ).map(([e]) => e);
    expect(found.every((e) => !e.includes('both'))).toBe(true);
    expect(found).toContain('Blue Front');
  });
});

describe('the state opening the sentence before any authority further off', () => {
  it('"The Japanese Government announced … sanctions against X", the UN named in the next sentence', () => {
    expect(
      summary(
        'The Japanese Government announced this Tuesday the imposition of new sanctions against the Red Hand, considered a terrorist organization by several countries. The measure is in accordance with UN Security Council resolutions, a spokesman said.',
      ).map(([e, d]) => [e.replace(/^the\s+/i, ''), d]),
    ).toEqual([['Red Hand', ['Japan']]]);
  });
});

describe('"the banned X" and "the outlawed X" epithets in armed context are claims (set 30: 19 of 19 read)', () => {
  it.each<[string, string, string[]]>([
    [
      'The terror threat is high. Security forces raided hideouts of the banned Red Hand Bangladesh (RHB) group in Dhaka.',
      'Red Hand Bangladesh (RHB)',
      ['Bangladesh'],
    ],
    [
      'Terror attacks rose. Gunmen of the banned Red Hand opened fire in Quetta, Pakistan said.',
      'Red Hand',
      ['Pakistan'],
    ],
    // The epithet may open the sentence.
    [
      'Terror attacks rose. The banned Red Hand group attacked a post in Quetta, Pakistan said.',
      'Red Hand',
      ['Pakistan'],
    ],
  ])('%s', (text, entity, designators) => {
    expect(summary(text).map(([e, d]) => [e, d])).toEqual([[entity, designators]]);
  });

  it.each([
    'The terror threat is high. The banned Awami League held a rally in Dhaka.',
    'Terror attacks rose. Users of the banned Instagram posted videos of the attack.',
    'Pakistan banned the Red Hand in 2019 after the terror attack.',
  ])('no epithet claim: %s', (text) => {
    const entities = summary(text).map(([e]) => e);
    expect(entities).not.toContain('Awami League');
    expect(entities).not.toContain('Instagram');
    // "Pakistan banned the Red Hand": a verb, no epithet (its own rules may still claim it).
    expect(
      designations(text).filter((c) => c.label === 'banned' && c.quote.startsWith('the banned')),
    ).toEqual([]);
  });
});
