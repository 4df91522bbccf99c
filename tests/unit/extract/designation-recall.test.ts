import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function designations(text: string): DesignationClaim[] {
  return extractClaims(text).filter((c): c is DesignationClaim => c.kind === 'designation');
}

// [text, expected claims as "entity | designators | status"]
type Row = [text: string, expected: string[]];

const show = (c: DesignationClaim): string => `${c.entity} | ${c.designators.join(', ')} | ${c.status}`;

describe('designation recall: pattern families', () => {
  it.each<Row>([
    // A name that opens with "Islamic" keeps it.
    [
      'Ottawa said on Friday it was listing Islamic State-Sahel Province as a terrorist entity.',
      ['Islamic State-Sahel Province | Canada | designated'],
    ],
    // A stop word inside a listed name does not cut the list.
    [
      "The minister signed regulations re-listing the Eastern Shield Front, Ansar al-Qa'ida in the Lands of the Two Rivers and Harakat Nur as terrorist organisations under Australia's Criminal Code.",
      [
        'Eastern Shield Front | Australia | designated',
        "Ansar al-Qa'ida in the Lands of the Two Rivers | Australia | designated",
        'Harakat Nur | Australia | designated',
      ],
    ],
    // "X of the Y as a terrorist organisation": Y owns X, and Y's country designates nothing.
    [
      'A court in Moscow has recognised the Lantern Volunteer Unit (known as the Lantern Battalion) of the Territorial Defence of Moldova as a terrorist organisation.',
      ['Lantern Volunteer Unit (known as the Lantern Battalion) | Russia | designated'],
    ],
    // A bare acronym spelled out elsewhere in the passage keeps the acronym too.
    [
      'Officials praised the Northern Resistance Council. Months later Canberra listed the NRC as a terrorist organisation.',
      ['Northern Resistance Council (NRC) | Australia | designated'],
    ],
    // ", or" introduces an alias; a name after a preposition heads no list.
    [
      "Two splinter factions that broke away from the Mountain Front, Red Dawn and the Valley Column, or People's Guard, have been designated as foreign terrorist organizations by Washington.",
      ['Red Dawn | United States | designated', 'Valley Column | United States | designated'],
    ],
    // A capital stands for its state on a state sponsors list.
    [
      "The president notified Congress of his intent to rescind Havana's placement on the US state sponsors of terrorism list.",
      ['Cuba | United States | delisted'],
    ],
    // A delisting needs no other terror word nearby.
    [
      'Washington removed Eritrea from its state sponsors of terrorism list. The president said in May that he was delisting Eritrea, a step long sought by its government.',
      ['Eritrea | United States | delisted', 'Eritrea | United States | delisted'],
    ],
    // Groups proscribed alongside the first share its claim.
    [
      'The Home Secretary confirmed Delta Action will be proscribed as a terror organisation alongside two violent extremist groups – the Northern Order and sinister Ash Legion Cult.',
      [
        'Delta Action | United Kingdom | designated',
        'Northern Order | United Kingdom | designated',
        'Ash Legion Cult | United Kingdom | designated',
      ],
    ],
    // A described head noun leads to the name; a later claim in the sentence shares the authority.
    [
      'The order to proscribe Delta Action also included a ban on the white supremacist, neo Nazi group Ash Legion Cult and the Northern Order, a racist organisation.',
      [
        'Delta Action | United Kingdom | designated',
        'Ash Legion Cult | United Kingdom | designated',
        'Northern Order | United Kingdom | designated',
      ],
    ],
    // A sentence that made a claim keeps its cue for a trigger far from the cue word.
    [
      'The order to proscribe Northern Dawn which MPs approved in Parliament this week also included a ban on the violent, neo-fascist group Ash Order and the Black Sun Movement.',
      [
        'Northern Dawn | United Kingdom | designated',
        'Ash Order | United Kingdom | designated',
        'Black Sun Movement | United Kingdom | designated',
      ],
    ],
    // A description before the passage names the group stands for the group named later.
    [
      'The protest network has now been banned as a terrorist organisation. Ten MPs voted against proscribing the group. The move to ban the organisation was announced after a raid that Iron Meadow claimed. The order to proscribe Iron Meadow was approved by Parliament.',
      [
        'Iron Meadow | United Kingdom | designated',
        'Iron Meadow | United Kingdom | designated',
        'Iron Meadow | United Kingdom | designated',
      ],
    ],
    // A later sentence naming the listed group again: court annulments of its sanctions.
    [
      "On Monday the European Court of Justice annulled the Council's 2006 listing of the Tamil Front (TF) as a terrorist organization. (EU Court Annuls Sanctions on TF on Technical Grounds, THE PAGE.) (Rebels Hail EU Court Decision Lifting Sanctions of TF, THE PAGE.)",
      [
        'Tamil Front (TF) | European Union | delisted',
        'Tamil Front (TF) | European Union | delisted',
        'Tamil Front (TF) | European Union | delisted',
      ],
    ],
    // Lifting sanctions on a state is no delisting of the passage's group.
    [
      'The Tamil Front (TF) was listed as a terrorist group by the EU. Washington later lifted sanctions on Syria.',
      ['The Tamil Front (TF) | European Union | designated'],
    ],
    // Named leaders after a described set, each its own claim, the label past a long list.
    [
      'Washington said: "We are also designating the respective leaders of those organizations, Ana Maria Torres Vega, Pedro Luis Campos Rojas, Julio Cesar Montes Arias, Rafael Andres Quintero Luna, and Jorge Ivan Salas Mora, as SDGTs under the order," he added.',
      [
        'Ana Maria Torres Vega | United States | designated',
        'Pedro Luis Campos Rojas | United States | designated',
        'Julio Cesar Montes Arias | United States | designated',
        'Rafael Andres Quintero Luna | United States | designated',
        'Jorge Ivan Salas Mora | United States | designated',
      ],
    ],
    // A clause of saying after a comma is no apposition.
    [
      'Washington listed Eritrea as a state sponsor of terrorism in 1993. Earlier, in March, the President said Eritrea will be removed from its State Sponsors of Terrorism list.',
      ['Eritrea | United States | designated', 'Eritrea | United States | delisted'],
    ],
    // A plural label closes a comma list; a plural described head leads to its members.
    [
      'Canada designates Iron Dawn, The Hollow far-right terrorist groups',
      ['Iron Dawn | Canada | designated', 'The Hollow | Canada | designated'],
    ],
    [
      'Canada has declared the foreign, far-right groups the Iron Dawn and The Hollow as terrorist organizations.',
      ['Iron Dawn | Canada | designated', 'The Hollow | Canada | designated'],
    ],
    // One named group set off by commas stays one claim.
    ['Canada designated Iron Dawn, the terrorist group, on Monday.', ['Iron Dawn | Canada | designated']],
    // The subject sits before an apposition that a comma closes.
    [
      'Canada said the Qods Force, an international wing of the Guard Corps, has been listed as a terrorist organization.',
      ['Qods Force | Canada | designated'],
    ],
    // Commentary on a listing is no second claim.
    [
      "The Committee listed Ahmed Saleh as a terrorist. Saleh's listing shows that the world will hold terrorists accountable, the statement said.",
      ['Ahmed Saleh |  | designated'],
    ],
    // A review of a listing names the listing as current; a possible review stays dark.
    [
      "This review of the listing of Stormfront as a terrorist organisation is conducted under Australia's Criminal Code.",
      ['Stormfront | Australia | designated'],
    ],
    ['The committee may review the listing of Stormfront as a terrorist organisation.', []],
    // "will review the terror designation of X": the designation reviewed is current.
    [
      'The US State Department announced it will review the terror designation of Stormfront.',
      ['Stormfront | United States | designated'],
    ],
    // A described subject continues the passage's story; quotes and creeds stay out of the name.
    [
      "'Hateful' Ash Order Islamist group to be proscribed, Home Secretary Jane Doe announces\n\nThe Ash Order Islamist group is set to be banned, Home Secretary Jane Doe has announced.",
      ['Ash Order | United Kingdom | designated', 'The Ash Order | United Kingdom | designated'],
    ],
    // A re-listing continues a passage that has made a claim, without a terror word of its own.
    [
      'Canberra listed Iron Dawn as a terrorist organisation in 2019. Regulations re-listing Abu Hamza Group and Ash Order were registered on 9 April. Shares in the firm are re-listing on the exchange.',
      [
        'Iron Dawn | Australia | designated',
        'Abu Hamza Group | Australia | designated',
        'Ash Order | Australia | designated',
      ],
    ],
    ['Shares in Iron Dawn Holdings are re-listing on the exchange after the merger.', []],
    // "known as" does not end the object.
    [
      'In a statement, the United States no longer designates the guerrilla group known as the Red Mountain Army, known as RMA, as a terrorist organization.',
      ['Red Mountain Army | United States | delisted'],
    ],
    // "listed a <described> group" before the passage names it; "The MLF" is an acronym.
    [
      'The State Department on Monday listed a Pakistan-based group responsible for attacks, including bombings, as a Foreign Terrorist Organization.\n\nThe Makran Liberation Front is the strongest of several insurgent groups.\n\nThe MLF, which was named a Specially Designated Global Terrorist group in 2019, was designated an FTO on Monday by the State Department.',
      [
        'Makran Liberation Front (MLF) | United States | designated',
        'Makran Liberation Front (MLF) | United States | designated',
        'Makran Liberation Front (MLF) | United States | designated',
      ],
    ],
    // A relative clause's claim and the main clause's claim on the same subject.
    [
      'The MLF, which was named a Specially Designated Global Terrorist group in 2019, was designated an FTO on Monday by the State Department.',
      ['MLF | United States | designated', 'MLF | United States | designated'],
    ],
    // "both groups": the last two groups the passage's claims named, one claim each.
    [
      'New Zealand has designated Iron Dawn and The Hollow as terrorist entities. Canada has labeled both groups as terrorist organizations, which led to arrests.',
      [
        'Iron Dawn | New Zealand | designated',
        'The Hollow | New Zealand | designated',
        'Iron Dawn | Canada | designated',
        'The Hollow | Canada | designated',
      ],
    ],
    // A national adjective before a designation noun names its state.
    [
      'Officials said the Indian ban on the Tamil Front, a terrorist group, will remain in place.',
      ['Tamil Front | India | designated'],
    ],
    // A counted set on a terror list is one claim whose entity is the set phrase.
    [
      "There are 14 entities on Canada's designated terrorist entities list.",
      ['14 entities | Canada | designated'],
    ],
    ['Rescuers found 14 people in groups on the list of survivors.', []],
    // "X is the only … group currently listed": the subject, not the passage's last group.
    [
      'New Zealand has declared Ash Order a terrorist entity. The Iron Dawn is the only US-based group currently listed.',
      ['Ash Order | New Zealand | designated', 'The Iron Dawn | New Zealand | designated'],
    ],
    ['Iron Dawn is the only group listed in the report as a sponsor.', []],
    // A demand to lift a ban names the ban as current; a demand to ban stays dark.
    [
      "Activists have demanded that the Indian government's ban on the Tamil Front be lifted, calling the terrorist label unfair.",
      ['Tamil Front | India | designated'],
    ],
    ['Activists have demanded that the Tamil Front be banned as a terrorist group.', []],
    // "its first SDGT designation": the possessive is the listed group's, the sentence's subject.
    [
      'The State Department listed the Harbour Brigade as an FTO in 2021. The Harbour Brigade has staged attacks since its first SDGT designation in 2019.',
      ['Harbour Brigade | United States | designated', 'Harbour Brigade | United States | designated'],
    ],
    // … or, with no subject named, the group the passage is about.
    [
      'Canada listed the Night Column as a terrorist entity. Recruitment fell sharply after their terrorist listing.',
      ['Night Column | Canada | designated', 'Night Column | Canada | designated'],
    ],
    // Aliases added to an existing designation are listed under it, one claim per alias.
    [
      'The State Department designated the Harbour Brigade as an FTO. I hereby amend the designation of the Harbour Brigade as a Specially Designated Global Terrorist to include the following new aliases: Night Column, NC.',
      [
        'Harbour Brigade | United States | designated',
        'Harbour Brigade | United States | designated',
        'Night Column | United States | designated',
      ],
    ],
    [
      "The State Department designated the Coastal Army as a Foreign Terrorist Organization. The Night Column was also included as an alias to the Coastal Army's previous Specially Designated Global Terrorist designation.",
      [
        'Coastal Army | United States | designated',
        'The Night Column | United States | designated',
        'Coastal Army | United States | designated',
      ],
    ],
    [
      'The court heard that the man, who used the alias Abu Omar, had joined a designated terrorist group.',
      [],
    ],
    ['The firm listed its alias as John Smith in the designation form.', []],
    // A group that many states list, as the object of a ban, is a terror listing without the word.
    ['Germany banned Hezbollah in 2020 and raided several mosques.', ['Hezbollah | Germany | designated']],
    ['Hezbollah has been banned in Germany since 2020.', ['Hezbollah | Germany | designated']],
    ['Hezbollah, which is banned in Germany, held a rally in Beirut.', ['Hezbollah | Germany | designated']],
    // … but a ban the group imposes, or one on others, is not.
    ['Hamas, banned from the talks, sent a letter instead.', []],
    ["Hamas's ban on protests angered residents of the city.", []],
    ['The Houthis banned the sale of fuel in the port.', []],
    ['Police banned a march by Hamas supporters on Saturday.', []],
    // "In addition to A and B, bans of X have been declared by C": all of them list X.
    [
      'In addition to Sri Lanka and the EU, bans of the PKK have been declared by Canada and the United States.',
      ['PKK | Sri Lanka, European Union, Canada, United States | designated'],
    ],
    // "UK-proscribed group X", "US-sanctioned terrorist group X": any listing participle as a prefix.
    [
      'Police arrested supporters of the UK-proscribed group Harbour Action.',
      ['Harbour Action | United Kingdom | designated'],
    ],
    [
      'The US-sanctioned terrorist group Kataib al-Fajr claimed the attack.',
      ['Kataib al-Fajr | United States | designated'],
    ],
    ['Shares of the Nasdaq-listed firm Apex Terror Games fell sharply.', []],
    // A month after a connector is no part of the name; "formerly known as" is an aside.
    ['Washington lifted the terrorist designation of HTS in July.', ['HTS | United States | delisted']],
    [
      'HTS, formerly known as the Nusra Front, remains on the UN sanctions list.',
      ['HTS | United Nations | designated'],
    ],
    // Pressure, campaigns and lobbying to ban are no ban.
    ['Ministers created a new power instead, after months of pressure to ban the IRGC.', []],
    // The authority's own act ("its listing of") and an authority as owner stay dark.
    ['Canada announced its terrorist listing on Monday.', []],
    ['The State Department defended its terrorist designation of the group in court.', []],
  ])('%s', (text, expected) => {
    expect(designations(text).map(show)).toEqual(expected);
  });
});

describe('designation precision: stays dark', () => {
  it.each<string>([
    // A finite verb after a comma has its own subject, not an apposition.
    'Officials met the Delta Council. In Canada, the government only lists foreign groups as terrorist entities.',
    // A coordinated second verb on the same group restates the claim.
    // (checked below: one claim, not two)
    // A ban on a group's leader is not a listing of the group.
    'Three states proposed months ago to impose a ban on the chief of the Eastern Shield Front, a terrorist outfit.',
  ])('%s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});

describe('designation: one claim per statement', () => {
  it('a coordinated "and banned it" restates the claim', () => {
    const found = designations(
      'A court in Moscow recognised the Lantern Battalion as a terrorist organisation and banned it on Russian territory.',
    );
    expect(found.map(show)).toEqual(['Lantern Battalion | Russia | designated']);
  });
});
