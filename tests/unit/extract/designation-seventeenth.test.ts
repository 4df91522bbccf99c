/**
 * Designations in passing that the extractor used to pass over, found by probing everyday
 * phrasing rather than any corpus: a relative clause whose subject is the authority ("which
 * Pakistan banned in 2002") or which has an adverb in its perfect ("which has also been
 * outlawed"), on a page with no other terror word; and a relative clause after an apposition
 * ("JNIM, an al-Qaeda affiliate, which the US designated …"); and labels: "list" inside a word
 * ("Khalistan", "nationalist") is no label, and a parenthesis between the object and its label
 * is skipped. Every sentence is written for the
 * test; the near misses show what must stay as it was.
 */
import { claimsOf, labelledClaimsOf } from './designation-summary';

claimsOf('a widely listed group banned in a relative clause, with no terror word in the text', [
  [
    'Lashkar-e-Taiba, which Pakistan banned in 2002, denied any role in the attack.',
    ['Lashkar-e-Taiba | Pakistan | designated'],
  ],
  ['Hezbollah, which Germany has banned, denied the report.', ['Hezbollah | Germany | designated']],
  [
    'Supporters of the PKK, which has also been outlawed in Germany since 1993, marched in Cologne.',
    ['PKK | Germany | designated'],
  ],
  // Not a listing: the group is the one who bans, or nothing is banned.
  ['Hamas, which banned the rally in Gaza, denied the report.', []],
  ['Hezbollah, which Germany has criticised, denied the report.', []],
]);

claimsOf('a relative clause after an apposition describes the apposition’s head', [
  [
    'The attack was claimed by JNIM, an al-Qaeda affiliate, which the US designated a terrorist group in 2018.',
    ['JNIM | United States | designated'],
  ],
  [
    'The attack was claimed by JNIM, al-Qaeda’s affiliate in the Sahel, which is designated a terrorist group by the US.',
    ['JNIM | United States | designated'],
  ],
  [
    'Hamas, the militant group that rules Gaza, which the US designated a terrorist group, rejected the plan.',
    ['Hamas | United States | designated'],
  ],
  // The name right before the comma is still the clause's head when it is no place.
  [
    'JNIM, an affiliate of al-Qaeda, which the US designated a terrorist group, claimed the attack.',
    ['al-Qaeda | United States | designated'],
  ],
  // A noun trigger in the clause is about what the clause says, not about the apposition's head.
  [
    'The minister accepted a review by Jane Hale KC, the independent reviewer of terrorism law, which set out why a proscription-like tool is needed.',
    [],
  ],
]);

labelledClaimsOf('"list" inside a word is no label; the label after a parenthesis is', [
  [
    'India declared the Khalistan Tiger Force a terrorist organisation.',
    ['Khalistan Tiger Force | India | designated | terrorist organisation'],
  ],
  [
    'Russia’s Supreme Court recognised the nationalist association "Iron Wolf" (also called the Wolf battalion) as a terrorist organisation.',
    ['Iron Wolf | Russia | designated | terrorist organisation'],
  ],
  // With no label at all, "recognised" lists nothing, whatever word holds "list".
  ['The court recognised the nationalist association "Iron Wolf" on Monday.', []],
  // A parenthesis that makes a claim of its own keeps it.
  [
    'Washington revoked its designation of the Levant Front group (a terrorist group banned in Russia) as a foreign terrorist organization.',
    ['Levant Front | United States | delisted | designation', 'Levant Front | Russia | designated | banned'],
  ],
]);

labelledClaimsOf('a trigger word standing in for the label reads as the reader expects', [
  [
    'The Home Office will proscribe the Iron Wolves.',
    ['Iron Wolves | United Kingdom | designated | proscribed'],
  ],
  ['Germany bans Hezbollah.', ['Hezbollah | Germany | designated | banned']],
  ['Canada has listed the Proud Boys.', ['Proud Boys | Canada | designated | listed']],
  // A delisting keeps the noun of what was lifted; its own verb says nothing of that.
  [
    'Britain lifted the ban on the Red Hand, once a terrorist group, in October.',
    ['Red Hand | United Kingdom | delisted | ban'],
  ],
  [
    // (What was annulled, where the text says it.)
    'The EU court annulled the terror listing of the Red Hand.',
    ['Red Hand | European Union | delisted | terror listing'],
  ],
  // A label the text gives is kept as written.
  [
    'The State Department designated the Red Hand as a Foreign Terrorist Organization.',
    ['Red Hand | United States | designated | Foreign Terrorist Organization'],
  ],
]);

claimsOf('an acronym whose full name already holds it is not added twice', [
  [
    'The EU court annulled the 2006 listing of the Northern Tigers of Lanka (NTL, also known as the Tigers) as a terrorist organization. Sri Lanka said it would appeal. Court Annuls Sanctions on NTL.',
    [
      'Northern Tigers of Lanka (NTL, also known as the Tigers) | European Union | delisted',
      'Northern Tigers of Lanka (NTL, also known as the Tigers) | European Union | delisted',
    ],
  ],
]);

claimsOf('people sanctioned for funding a widely listed group, with no terror word in the text', [
  [
    'The Treasury sanctioned Ahmed Farah, Yusuf Dahir and Khalid Warsame, accusing them of financing al-Shabaab.',
    [
      'Ahmed Farah | United States | designated',
      'Yusuf Dahir | United States | designated',
      'Khalid Warsame | United States | designated',
    ],
  ],
  // Funding no such group, or sanctions on no one for it: nothing.
  ['The Treasury sanctioned Ahmed Farah, accusing him of financing a shipping firm.', []],
  ['The Treasury praised Ahmed Farah for financing schools run by a charity that once aided al-Shabaab.', []],
]);

claimsOf('the members of a listing named by "those designated" or "among those sanctioned"', [
  [
    'The State Department designated six Hamas officials as terrorists. Those designated include Musa Abu Marzouk.',
    ['six Hamas officials | United States | designated', 'Musa Abu Marzouk | United States | designated'],
  ],
  [
    'The Treasury sanctioned six Hamas officials on Tuesday. Among those sanctioned were Musa Abu Marzouk and Zaher Jabarin.',
    [
      'six Hamas officials | United States | designated',
      'Musa Abu Marzouk | United States | designated',
      'Zaher Jabarin | United States | designated',
    ],
  ],
  // Those arrested are not those listed.
  [
    'Six Hamas officials were sanctioned by the Treasury on Tuesday. Those arrested include Musa Abu Marzouk.',
    ['Six Hamas officials | United States | designated'],
  ],
]);

claimsOf('"the Order of …" after "the" is a name, not a law', [
  [
    'Britain has proscribed three groups: the Base, the Order of Nine Angles and the Maniacs Murder Cult.',
    [
      'three groups | United Kingdom | designated',
      'Base | United Kingdom | designated',
      'Order of Nine Angles | United Kingdom | designated',
      'Maniacs Murder Cult | United Kingdom | designated',
    ],
  ],
]);

claimsOf('a counted set of a widely listed group’s people, sanctioned in the passive', [
  [
    'Three Hezbollah financiers were sanctioned by the US Treasury.',
    ['Three Hezbollah financiers | United States | designated'],
  ],
  ['Six Hamas officials were sanctioned on Tuesday.', ['Six Hamas officials |  | designated']],
  // Another verb lists no one.
  ['Six Hamas officials were questioned on Tuesday.', []],
]);

claimsOf('"the Islamic State of Iraq and Syria" is one name, not two', [
  [
    'The US designated the Islamic State of Iraq and Syria as a terrorist group.',
    ['Islamic State of Iraq and Syria | United States | designated'],
  ],
  [
    'The UN listed al-Qaeda and the Islamic State of Iraq and the Levant as terrorist groups.',
    [
      'al-Qaeda | United Nations | designated',
      'Islamic State of Iraq and the Levant | United Nations | designated',
    ],
  ],
]);

claimsOf('a label’s acronym names no entity but names its keeper', [
  // "The SDGT designation triggers an asset freeze": no group is named, and the sentence is about effects.
  ['The SDGT designation triggers an asset freeze aimed at cutting off the group’s financing.', []],
  ['The FTO designation of the Houthis took effect on Tuesday.', ['Houthis | United States | designated']],
]);

claimsOf('a gerund weighing a listing’s effects is no listing', [
  [
    'Proscribing the Iron Wolves as a terrorist group would mean that it would become a criminal offence to belong to it.',
    [],
  ],
  // A participle clause that reports the act is one.
  [
    'Designating the Houthis as a terrorist organization, the US said on Tuesday it would freeze their assets.',
    ['Houthis | United States | designated'],
  ],
]);

claimsOf('a name inside a member’s apposition is no member', [
  [
    'The State Department imposed terrorist designations on Ansaru, a Boko Haram splinter group.',
    ['Ansaru | United States | designated'],
  ],
  [
    'The State Department imposed terrorist designations on Ansaru, a Boko Haram splinter group, and on Boko Haram itself.',
    ['Ansaru | United States | designated', 'Boko Haram | United States | designated'],
  ],
]);

claimsOf('who backs a group or where it is, written before its name, is no part of the entity', [
  [
    'Washington designated the Iran-backed Kataib Hezbollah a terrorist group.',
    ['Kataib Hezbollah | United States | designated'],
  ],
  [
    'The al-Qaeda-linked al-Shabaab group, designated a terrorist organisation by the US, claimed the attack.',
    ['al-Shabaab | United States | designated'],
  ],
  [
    'The US designated the Syria-based Hurras al-Din as a terrorist group.',
    ['Hurras al-Din | United States | designated'],
  ],
]);

claimsOf('a ban on the Taliban, lifted or imposed, with no terror word in the text', [
  ['Russia’s Supreme Court lifted the ban on the Taliban in April.', ['Taliban | Russia | delisted']],
  // The Taliban's own bans list no one.
  ['The Taliban banned girls from secondary schools.', []],
  ['The Taliban’s ban on women working for aid groups drew criticism.', []],
]);

claimsOf('a state’s minister acts for the state', [
  [
    'Israel’s defence minister designated Samidoun a terrorist organisation on Sunday.',
    ['Samidoun | Israel | designated'],
  ],
]);

claimsOf('a freeze on the assets of a widely listed group’s people, with no terror word in the text', [
  ['Japan froze the assets of three Hamas operatives.', ['three Hamas operatives | Japan | designated']],
  // A freeze on others' assets, or by the group itself: nothing.
  ['The bank froze the assets of a company that sold goods to Hamas.', []],
  ['Hamas froze the assets of rival officials in Gaza.', []],
]);

claimsOf('a sentence that opens on a condition lists no one', [
  [
    'If the designation is implemented, the UN can impose travel bans, along with freezing the assets of Boko Haram and its supporters.',
    [],
  ],
  ['If Britain proscribes the Iron Wolves, membership will be a crime.', []],
]);

claimsOf('"the list of banned organisations" is a terror list', [
  ['Jamaat-ud-Dawa is on the list of banned organisations.', ['Jamaat-ud-Dawa |  | designated']],
  ['Jamaat-ud-Dawa is on the list of banned books.', []],
]);

claimsOf('a lifted ban with a counted object of its own lifts that set, not an earlier one', [
  [
    'In 2014 Sri Lanka banned 16 Tamil diaspora groups as terrorist organisations. On Friday the government lifted the ban on six Tamil diaspora groups.',
    ['16 Tamil diaspora groups | Sri Lanka | designated', 'six Tamil diaspora groups | Sri Lanka | delisted'],
  ],
  [
    'In 2014 Sri Lanka banned 16 Tamil diaspora groups as terrorist organisations. The government has lifted the ban on 6 diaspora organisations and 316 individuals.',
    [
      '16 Tamil diaspora groups | Sri Lanka | designated',
      '6 diaspora organisations | Sri Lanka | delisted',
      '316 individuals | Sri Lanka | delisted',
    ],
  ],
  // Outside a passage on terror listings, or on things that are no groups: nothing.
  ['Sri Lanka lifted the ban on six Tamil diaspora groups.', []],
  [
    'In 2014 Sri Lanka banned 16 groups as terrorist organisations. The city lifted the ban on three bars.',
    ['16 groups | Sri Lanka | designated'],
  ],
  // A bare reference still refers back.
  [
    'In 2014 Sri Lanka banned the Tamil Tigers as a terrorist organisation. On Friday the government lifted the ban.',
    ['Tamil Tigers | Sri Lanka | designated', 'Tamil Tigers | Sri Lanka | delisted'],
  ],
]);

claimsOf('the counted sets and members a named list holds', [
  ['Canada’s list of terrorist entities includes 86 groups.', ['86 groups | Canada | designated']],
  [
    'The EU terrorist list comprises 13 individuals and 21 groups.',
    ['13 individuals | European Union | designated', '21 groups | European Union | designated'],
  ],
  [
    'Canada’s list of terrorist entities now includes 86 groups, including the Proud Boys and the Base.',
    ['Proud Boys | Canada | designated', 'Base | Canada | designated'],
  ],
  // A list of anything else holds no listing.
  ['The list of restaurants includes 86 places.', []],
]);

claimsOf('a counted set of a widely listed group’s people, counted in tens', [
  ['Twenty Hamas members were designated by the US.', ['Twenty Hamas members | United States | designated']],
  [
    'Twenty-one Hamas members were designated by the US.',
    ['Twenty-one Hamas members | United States | designated'],
  ],
]);

claimsOf('an item mark with an article after it keeps the enumeration going', [
  [
    'Canada listed three new terrorist entities on Monday. The entities listed today are: (1) the Base, (2) the Order of Nine Angles and (3) the Terrorgram Collective.',
    [
      'three new terrorist entities | Canada | designated',
      'Base | Canada | designated',
      'Order of Nine Angles | Canada | designated',
      'Terrorgram Collective | Canada | designated',
    ],
  ],
]);

claimsOf('Title Case headlines: the list, the label and the verb after "To" end the name', [
  ['Russia Removes Taliban From Terrorist List', ['Taliban | Russia | delisted']],
  ['Argentina Declares Hamas A Terrorist Organization', ['Hamas | Argentina | designated']],
  ['Canada Adds Proud Boys To Terror List', ['Proud Boys | Canada | designated']],
  ['Hamas Put On EU Terror List', ['Hamas | European Union | designated']],
  [
    'UK To Proscribe Palestine Action Under Terrorism Act',
    ['Palestine Action | United Kingdom | designated'],
  ],
]);
