/**
 * Listings of counted sets and of the members around them, found by probing the way wire copy
 * reports bans and designations: a ban on a counted set of organisations in a passage on terror
 * listings, names before "and three other groups", a counted set closing a list of names, "Among
 * the groups banned are …", "the following groups were banned: …" (which names the groups after
 * it, not the set before), and India's and Israel's legal labels without an article. Every
 * sentence is written for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

const TOPIC = 'Several terrorist groups operate in the region. ';

claimsOf('a ban on a counted set of organisations, in a passage on terror listings', [
  [`${TOPIC}Pakistan has banned 78 organisations.`, ['78 organisations | Pakistan | designated']],
  [`${TOPIC}Punjab banned two more groups on Friday.`, ['two more groups |  | designated']],
  // Not a listing: no terror in the passage, or no organisations banned.
  ['The league has banned 78 organisations from its stadiums.', []],
  [`${TOPIC}The club banned three fans for life.`, []],
]);

claimsOf('names listed before "and N other groups" in the passive', [
  [
    'Antifa Ost and three other groups were designated as Specially Designated Global Terrorists.',
    ['Antifa Ost | United States | designated', 'three other groups | United States | designated'],
  ],
  [
    'Hamas, Hezbollah and two other groups were designated as terrorist organisations.',
    ['Hamas |  | designated', 'Hezbollah |  | designated', 'two other groups |  | designated'],
  ],
  // A name the set is of, not beside, stays out.
  [
    'Members of Antifa Ost and three other groups were designated as terrorists.',
    ['three other groups |  | designated'],
  ],
]);

claimsOf('a counted set of cartels or gangs closes a list of names', [
  [
    'The State Department designated Tren de Aragua, MS-13 and six Mexican cartels as Foreign Terrorist Organizations.',
    [
      'Tren de Aragua | United States | designated',
      'MS-13 | United States | designated',
      'six Mexican cartels | United States | designated',
    ],
  ],
]);

claimsOf('"Among the groups banned are …" names the groups of the ban before it', [
  [
    'Pakistan has banned several terrorist organisations. Among the groups banned are Jamaat-ul-Ahrar and Lashkar-e-Jhangvi.',
    [
      'several terrorist organisations | Pakistan | designated',
      'Jamaat-ul-Ahrar | Pakistan | designated',
      'Lashkar-e-Jhangvi | Pakistan | designated',
    ],
  ],
  [
    'Pakistan has banned several terrorist organisations. Among those banned were Jamaat-ul-Ahrar and Lashkar-e-Jhangvi.',
    [
      'several terrorist organisations | Pakistan | designated',
      'Jamaat-ul-Ahrar | Pakistan | designated',
      'Lashkar-e-Jhangvi | Pakistan | designated',
    ],
  ],
]);

claimsOf('"the following groups were banned: …" refers to what follows it', [
  [
    'Pakistan has banned several terrorist organisations. The Interior Ministry said the following groups had been banned: Jamaat-ul-Ahrar, Lashkar-e-Jhangvi and Sipah-e-Sahaba.',
    [
      'several terrorist organisations | Pakistan | designated',
      'Jamaat-ul-Ahrar | Pakistan | designated',
      'Lashkar-e-Jhangvi | Pakistan | designated',
      'Sipah-e-Sahaba | Pakistan | designated',
    ],
  ],
]);

claimsOf('a legal label without an article', [
  [
    'Thirty-one outfits have been declared unlawful associations under the UAPA since 2019.',
    ['Thirty-one outfits | India | designated'],
  ],
  [
    'The Centre has declared 31 outfits unlawful associations under the UAPA.',
    ['31 outfits | India | designated'],
  ],
  [
    'Israel declared six Palestinian NGOs unauthorised organisations.',
    ['six Palestinian NGOs | Israel | designated'],
  ],
  // Not a label: an association that is merely unlawful in a report on a court case.
  ['The court found the meeting was an unlawful assembly.', []],
]);

const ATTACK = 'The bombing was the deadliest terrorist attack this year. ';

claimsOf('an apposition naming the authority that listed the group, in a report on violence', [
  [
    `${ATTACK}Tehrik-i-Taliban Pakistan, blacklisted by Washington in 2010, claimed the bombing.`,
    ['Tehrik-i-Taliban Pakistan | United States | designated'],
  ],
  [
    `${ATTACK}Jaish al-Adl, designated by Washington in 2019, claimed the attack.`,
    ['Jaish al-Adl | United States | designated'],
  ],
  // Not without violence in the sentence: a company blacklisted for trade.
  [`${ATTACK}Huawei, blacklisted by Washington in 2019, denied the report.`, []],
]);

claimsOf('a group whose name ends in a state is no authority', [
  [
    'Tehrik-i-Taliban Pakistan, designated a terrorist group by Washington in 2010, claimed the bombing.',
    ['Tehrik-i-Taliban Pakistan | United States | designated'],
  ],
  // An authority's own organ stays no subject.
  ['The US Treasury, designated a terrorist group by Iran in 2019, declined to comment.', []],
]);

claimsOf('a listing compound before a bare name ("the US-designated Hamas")', [
  ['The US-designated Hamas rejected the offer.', ['Hamas | United States | designated']],
  [
    'The UK-proscribed Hizb ut-Tahrir held a rally after the terror attack.',
    ['Hizb ut-Tahrir | United Kingdom | designated'],
  ],
  [
    'U.S.-designated Foreign Terrorist Organization Hamas attacked the town.',
    ['Hamas | United States | designated'],
  ],
  // Not a terror listing: sanctions on a company, with no terror in the text.
  ['The US-sanctioned Rosneft rejected the offer.', []],
]);

claimsOf('a sanction on a person the sentence calls one of a widely listed group’s people', [
  [
    'The Treasury’s Office of Foreign Assets Control sanctioned Ali Musa, a Hezbollah financier.',
    ['Ali Musa | United States | designated'],
  ],
  // Not a terror listing: no group's people named.
  ['The EU sanctioned Ali Musa, a Russian oligarch.', []],
]);

claimsOf('authorities that repeat the listing just reported ("Canada took the same step")', [
  [
    'Washington designated the Bishnoi gang a terrorist organisation on Tuesday. Canada took the same step in September.',
    ['Bishnoi gang | United States | designated', 'Bishnoi gang | Canada | designated'],
  ],
  [
    'Argentina declared Hamas a terrorist organisation. Paraguay and Ecuador followed suit.',
    ['Hamas | Argentina | designated', 'Hamas | Paraguay, Ecuador | designated'],
  ],
  [
    'Argentina declared Hamas a terrorist organisation. In 2024, the UK did the same.',
    ['Hamas | Argentina | designated', 'Hamas | United Kingdom | designated'],
  ],
  // Not without authorities as the subject, nor long after the listing.
  [
    'Argentina declared Hamas a terrorist organisation. Other countries followed suit.',
    ['Hamas | Argentina | designated'],
  ],
  [
    'Argentina declared Hamas a terrorist organisation. The economy grew by 3 per cent last year, and inflation fell sharply, according to the central bank, which expects further growth in the coming year as exports pick up and the currency stabilises after a long period of turbulence in markets. The talks stalled for months while investors waited for a sign of progress. Brazil did so in 2024.',
    ['Hamas | Argentina | designated'],
  ],
]);

claimsOf('people named with their titles in a list', [
  [
    'The UN Security Council removed Syrian President Ahmed al-Sharaa and Interior Minister Anas Khattab from its sanctions list on Thursday.',
    ['Ahmed al-Sharaa | United Nations | delisted', 'Anas Khattab | United Nations | delisted'],
  ],
  // A title alone stays out of the name.
  [
    'The UN Security Council removed Interior Minister Anas Khattab from its sanctions list on Thursday.',
    ['Anas Khattab | United Nations | delisted'],
  ],
]);

claimsOf('a subject with its alias in apposition is named as the passage names it', [
  [
    'The Houthis, formally known as Ansar Allah, were re-designated an FTO on March 4, 2025.',
    ['The Houthis | United States | designated'],
  ],
  // An alias the object carries keeps the object's own name.
  [
    'Secretary Rubio announced the designation of Ansarallah, commonly known as the Houthis, as a Foreign Terrorist Organization.',
    ['Ansarallah | United States | designated'],
  ],
]);

claimsOf('an authority that "followed" the listing, in the same sentence or the next', [
  [
    'Kazakhstan removed the Taliban from its list of terrorist organisations in December 2023, and Kyrgyzstan followed in September 2024.',
    ['Taliban | Kazakhstan | delisted', 'Taliban | Kyrgyzstan | delisted'],
  ],
  [
    'Kazakhstan removed the Taliban from its list of terrorist organisations in December 2023. Kyrgyzstan followed in September 2024.',
    ['Taliban | Kazakhstan | delisted', 'Taliban | Kyrgyzstan | delisted'],
  ],
  // Not what follows with an object, nor what is no authority.
  [
    'Argentina declared Hamas a terrorist organisation. Brazil followed the decision closely.',
    ['Hamas | Argentina | designated'],
  ],
  [
    'Argentina declared Hamas a terrorist organisation in July, and protests followed.',
    ['Hamas | Argentina | designated'],
  ],
]);

claimsOf('a state reacting to a listing did not make it', [
  [
    'Venezuela rejected the designation of the Cartel de los Soles as a terrorist group by the United States.',
    ['Cartel de los Soles | United States | designated'],
  ],
  [
    'Caracas rejected Washington’s designation of the Cartel de los Soles as a terrorist organisation.',
    ['Cartel de los Soles | United States | designated'],
  ],
  [
    'Pakistan welcomed the designation of the BLA as a terrorist group by the United States.',
    ['BLA | United States | designated'],
  ],
  // A proposal rejected is no listing.
  ['Parliament rejected the proposed designation of the group as a terrorist organisation.', []],
]);

claimsOf('a listing’s label set off after a name, with no verb', [
  [
    'The US offered a reward for information on Ali Musa, a Specially Designated Global Terrorist.',
    ['Ali Musa | United States | designated'],
  ],
  ['Police arrested Ali Musa, an SDGT, in Brazil.', ['Ali Musa | United States | designated']],
  [
    'The US offered a reward for Ali Musa, a US-designated terrorist.',
    ['Ali Musa | United States | designated'],
  ],
  // Not a listing: a terrorist by conviction.
  ['He met Ali Musa, a convicted terrorist, in jail.', []],
]);

claimsOf('an asset freeze on a person or a counted set of a group’s people', [
  [
    'The UK imposed an asset freeze on Ali Musa under its counter-terrorism sanctions regime.',
    ['Ali Musa | United Kingdom | designated'],
  ],
  [
    'The Treasury imposed an asset freeze on three Hamas financiers.',
    ['three Hamas financiers | United States | designated'],
  ],
  // Not a terror listing: no terror in the text.
  ['The court lifted the asset freeze on the oligarch.', []],
]);

claimsOf('a list of names, one per line, after a listing that ends in a colon', [
  [
    'Canada has listed the following entities as terrorist entities under the Criminal Code:\n\nAntifa Ost\n\nTerrorgram Collective\n\nThe listings took effect on Monday.',
    ['Antifa Ost | Canada | designated', 'Terrorgram Collective | Canada | designated'],
  ],
  [
    'The US designated four groups as terrorists on Thursday. The groups are:\n\n- Antifa Ost (Germany)\n- Informal Anarchist Federation (Italy)',
    [
      'four groups | United States | designated',
      'Antifa Ost | United States | designated',
      'Informal Anarchist Federation | United States | designated',
    ],
  ],
  // A line of prose after the list is no member.
  [
    'Canada has listed the following entities as terrorist entities under the Criminal Code:\n\nAntifa Ost\n\nThe Listings Took Effect On Monday',
    ['Antifa Ost | Canada | designated'],
  ],
]);

claimsOf('a passive return to a terror list, and a counted set of NGOs closing a list', [
  [
    'Cuba was returned to the list of state sponsors of terrorism in January.',
    ['Cuba | United States | designated'],
  ],
  [
    'Israel designated Addameer and five other Palestinian NGOs as terrorist organisations in October 2021.',
    ['Addameer | Israel | designated', 'five other Palestinian NGOs | Israel | designated'],
  ],
  // Not a listing: a list of speakers.
  ['He returned to the list of speakers.', []],
]);

claimsOf(
  'a relative clause whose subject is only authorities that banned the group, in a report on violence',
  [
    ['The BLA, which Pakistan has banned, claimed the bombing.', ['BLA | Pakistan | designated']],
    [
      'The BLA, which the US and the UK have banned, claimed the attack.',
      ['BLA | United States, United Kingdom | designated'],
    ],
    [
      'The BLA, which Pakistan, the US and the UK have banned, claimed the attack.',
      ['BLA | Pakistan, United States, United Kingdom | designated'],
    ],
    // Not without violence in the sentence, nor with no authority as the subject.
    ['The party, which Pakistan banned in 2006, held a rally.', []],
    ['The BLA, which analysts have listed, claimed the bombing.', []],
  ],
);

claimsOf('a state’s junta or regime lists for the state', [
  [
    'The Arakan Army, which Myanmar’s junta has declared a terrorist organisation, seized the town.',
    ['The Arakan Army | Myanmar | designated'],
  ],
]);

claimsOf('a state’s law names the state that lists', [
  ['Under Australian law, Hamas is a listed terrorist organisation.', ['Hamas | Australia | designated']],
  [
    'Hizb ut-Tahrir is a proscribed organisation under British law.',
    ['Hizb ut-Tahrir | United Kingdom | designated'],
  ],
]);

claimsOf('a counted set on a list "of terrorist organisations"', [
  [
    'Seventy-one such organisations are now on the list of terrorist organisations.',
    ['Seventy-one such organisations |  | designated'],
  ],
  [
    'The US has 68 groups on its list of Foreign Terrorist Organizations.',
    ['68 groups | United States | designated'],
  ],
  // Not a terror list.
  ['There are 40 groups on the list of speakers.', []],
]);

claimsOf('a court that quashes, strikes down or sets aside a listing delists', [
  [
    'The court quashed the proscription of the People’s Mojahedin Organisation of Iran.',
    ["People's Mojahedin Organisation of Iran | United Kingdom | delisted"],
  ],
  ['The court set aside the designation of the LTTE as a terrorist organisation.', ['LTTE |  | delisted']],
  // A court that upholds a listing keeps it.
  ['The court upheld the designation of the LTTE as a terrorist organisation.', ['LTTE |  | designated']],
]);

const LISTED_GANG =
  'The United States on Thursday designated Tren de Aragua as a foreign terrorist organization. ';

claimsOf('a gerund opening the sentence on a reference, and "the gang" referring back', [
  [
    `${LISTED_GANG}Listing the gang allows prosecutors to charge its supporters.`,
    ['Tren de Aragua | United States | designated', 'Tren de Aragua | United States | designated'],
  ],
  [
    `${LISTED_GANG}The gang was also listed by Canada.`,
    ['Tren de Aragua | United States | designated', 'Tren de Aragua | Canada | designated'],
  ],
  // A gerund weighing what a listing would do is no claim; nor is listing the gang's members.
  [
    `${LISTED_GANG}Listing the group as a terrorist organisation would allow prosecutors to charge its supporters.`,
    ['Tren de Aragua | United States | designated'],
  ],
  ['Listing the gang’s members took hours.', []],
]);

claimsOf('states that a listing sentence names but that do not list', [
  [
    'Saudi Arabia, the UAE, Bahrain and Egypt, which cut ties with Qatar in 2017, designated 59 individuals linked to Qatar as terrorists.',
    ['59 individuals | Saudi Arabia, United Arab Emirates, Bahrain, Egypt | designated'],
  ],
  [
    'HTS, the Islamist group that now runs Syria, was removed from the UK’s list of banned terrorist groups on Friday.',
    ['HTS | United Kingdom | delisted'],
  ],
  ['The US designated three men linked to Iran as terrorists.', ['three men | United States | designated']],
]);

claimsOf('members after "identified N gangs as terrorist organizations:" and "The groups declared … are"', [
  [
    'Ecuador’s president signed a decree that identified 22 gangs as terrorist organizations: Los Choneros, Los Lobos, Mafia 18, Latin Kings and Caballeros Oscuros.',
    [
      '22 gangs | Ecuador | designated',
      'Los Choneros | Ecuador | designated',
      'Los Lobos | Ecuador | designated',
      'Mafia 18 | Ecuador | designated',
      'Latin Kings | Ecuador | designated',
      'Caballeros Oscuros | Ecuador | designated',
    ],
  ],
  [
    'The groups declared terrorist organizations are Los Choneros, Los Lobos and Latin Kings.',
    ['Los Choneros |  | designated', 'Los Lobos |  | designated', 'Latin Kings |  | designated'],
  ],
  // A colon after "declared" that opens a quotation lists no one.
  ['He declared: We will win.', []],
]);

claimsOf(
  'South Asian epithets: "X, a banned organisation", "members of the proscribed X", "militants of the banned X"',
  [
    [
      'Security forces killed 12 cadres of the CPI (Maoist), a banned organisation, in Chhattisgarh.',
      ['CPI (Maoist) | India | designated'],
    ],
    ['The ULFA-I, a banned outfit, claimed responsibility for the blast.', ['ULFA-I |  | designated']],
    [
      'Police arrested three members of the proscribed Lashkar-e-Jhangvi in Karachi.',
      ['Lashkar-e-Jhangvi |  | designated'],
    ],
    [
      'Two militants of the banned Hizbul Mujahideen were killed in an encounter.',
      ['Hizbul Mujahideen |  | designated'],
    ],
    // Not a group: a banned book; nor a bare "proscribed X" with nothing to say it is a group.
    ['He read The Satanic Verses, a banned book.', []],
    ['Fans of the banned Satanic Verses gathered.', []],
  ],
);

claimsOf('"both": "A and B, both designated …", "are both banned", "both of which the US lists"', [
  [
    'Hamas and Hezbollah, both designated terrorist organisations by the US, condemned the strike.',
    ['Hamas | United States | designated', 'Hezbollah | United States | designated'],
  ],
  [
    'Lashkar-e-Taiba and Jaish-e-Mohammed are both banned in Pakistan.',
    ['Lashkar-e-Taiba | Pakistan | designated', 'Jaish-e-Mohammed | Pakistan | designated'],
  ],
  [
    'The attack was claimed by JNIM and ISSP, both of which the US lists as terrorist groups.',
    ['JNIM | United States | designated', 'ISSP | United States | designated'],
  ],
  // "both" on something else lists no one.
  ['Hamas and Fatah, both founded decades ago, met in Cairo.', []],
]);

claimsOf('delisting a widely listed group, and a label after an apposition opened by "the"', [
  ['The UK delisted HTS on October 16.', ['HTS | United Kingdom | delisted']],
  ['Britain has lifted its ban on Syria’s HTS.', ['HTS | United Kingdom | delisted']],
  [
    'The UK removed Hayat Tahrir al-Sham, the group that led the offensive that toppled Bashar al-Assad, from its list of proscribed organisations.',
    ['Hayat Tahrir al-Sham | United Kingdom | delisted'],
  ],
  // A company delisted from an exchange is no listing.
  ['Nasdaq delisted the company in 2020.', []],
]);

claimsOf('a widely listed group that remains under sanctions', [
  ['The Taliban remain under UN sanctions.', ['The Taliban | United Nations | designated']],
  // Under something else.
  ['The Taliban remain under pressure.', []],
]);
