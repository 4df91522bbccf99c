/**
 * Listings as regional and wire copy words them, found by reading the failures on one half of a
 * held-out set of listing news: a counted set whose describing word is itself a set noun ("two
 * terrorists organisations"), members after "namely -", a published list of a counted set of
 * proscribed organisations, a subject list longer than the clause's window or behind a wire
 * dateline, and the counted set a list of names is "among". Every sentence is written for the
 * test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('a counted set described by another set noun, and its members after "namely"', [
  [
    "Sri Lanka's government on Saturday banned two terrorists organisations namely - National Thawheed Jammath (NTJ) and Jamathei Millathu Ibraheem (JMI).",
    [
      'two terrorists organisations | Sri Lanka | designated',
      'National Thawheed Jammath (NTJ) | Sri Lanka | designated',
      'Jamathei Millathu Ibraheem (JMI) | Sri Lanka | designated',
    ],
  ],
  [
    "Sri Lanka's government banned two terrorist organisations namely: Jamaat A and Jamaat B.",
    [
      'two terrorist organisations | Sri Lanka | designated',
      'Jamaat A | Sri Lanka | designated',
      'Jamaat B | Sri Lanka | designated',
    ],
  ],
]);

claimsOf('a published list of a counted set of proscribed organisations', [
  [
    'The interior ministry released a list of 84 proscribed organisations, urging citizens not to fund terrorist groups.',
    ['84 proscribed organisations |  | designated'],
  ],
  // Not organisations, and not a listing.
  ['The ministry released a list of 84 banned books, saying terrorist groups used them.', []],
]);

claimsOf('a subject list before "are among" the groups an authority designated', [
  [
    '(CNN) — Tren de Aragua, MS-13 and the Sinaloa cartel are among the eight groups the US has officially designated as foreign terrorist organizations.',
    [
      'Tren de Aragua | United States | designated',
      'MS-13 | United States | designated',
      'Sinaloa cartel | United States | designated',
      'eight groups | United States | designated',
    ],
  ],
  [
    'DOHA, Qatar (AP) — Hamas, Hezbollah and the Houthis are among the groups the United States has designated as terrorist organisations.',
    [
      'Hamas | United States | designated',
      'Hezbollah | United States | designated',
      'Houthis | United States | designated',
    ],
  ],
  [
    'Officials said Hamas, Hezbollah and the Houthis are among the groups the United States has designated as terrorist organisations.',
    [
      'Hamas | United States | designated',
      'Hezbollah | United States | designated',
      'Houthis | United States | designated',
    ],
  ],
  // A list that does not open the sentence (after "between") is not read back past the window.
  [
    'Talks between Qatar, Egypt and the Houthis are among the issues the United States has designated as priorities for terrorist financing.',
    ['Houthis | United States | designated'],
  ],
]);

claimsOf('a wire dateline is where the story was filed: no group, no designator', [
  ['ISLAMABAD, Pakistan (AP) — Hamas was designated a terrorist organisation.', ['Hamas |  | designated']],
  [
    'KABUL, Afghanistan (AP) — The Taliban remain on the UN sanctions list.',
    ['The Taliban | United Nations | designated'],
  ],
  [
    'March 4 (UPI) — The United States designated Ansarallah a foreign terrorist organization.',
    ['Ansarallah | United States | designated'],
  ],
  // The state the sentence itself names still designates.
  [
    'ISLAMABAD, Pakistan (AP) — Pakistan banned Hizb ut-Tahrir under anti-terrorism law on Thursday.',
    ['Hizb ut-Tahrir | Pakistan | designated'],
  ],
]);

const ATTACK = 'Police said a local extremist group carried out the suicide bombings.';

claimsOf('a ban on groups in a report on an extremist attack, without the word "terror"', [
  [
    `Sri Lanka's president is banning two groups allegedly linked to the Easter bombings. ${ATTACK}`,
    ['two groups | Sri Lanka | designated'],
  ],
  [
    `Sri Lanka's president is banning two groups. National Thawheed Jammath and Jamathei Millathu Ibraheem would be banned by presidential decree. ${ATTACK}`,
    [
      'two groups | Sri Lanka | designated',
      'National Thawheed Jammath | Sri Lanka | designated',
      'Jamathei Millathu Ibraheem | Sri Lanka | designated',
    ],
  ],
  // A ban on gatherings or clothing, or on groups with no attack reported, is no listing.
  [`After the bombings, the government banned gatherings of groups of more than five people. ${ATTACK}`, []],
  [`The government banned face coverings after the attacks. ${ATTACK}`, []],
  ['The president banned two groups on Monday. Officials said they had organised protests.', []],
]);

claimsOf('the members of a published list, named by what they were declared as', [
  [
    "India's Home Ministry has issued a fresh list of 67 organizations banned under the UAPA. Those declared as terrorist entities include Babbar Khalsa International, Khalistan Commando Force and Lashkar-e-Taiba (LeT).",
    [
      '67 organizations | India | designated',
      'Babbar Khalsa International | India | designated',
      'Khalistan Commando Force | India | designated',
      'Lashkar-e-Taiba (LeT) | India | designated',
    ],
  ],
  [
    'India revises list of 67 banned terrorist, unlawful organizations. The Home Ministry issued the list under the Unlawful Activities (Prevention) Act.',
    ['67 banned terrorist, unlawful organizations | India | designated'],
  ],
]);

claimsOf('the branches of a group listed, described with commas', [
  [
    'The government also listed all political, social, and military branches of Hamas and Hezbollah as terrorist entities.',
    ['Hamas |  | designated', 'Hezbollah |  | designated'],
  ],
]);

claimsOf('declared "unlawful" under a terror law', [
  [
    'The PTM was declared “unlawful” under Section 11B of the Anti-Terrorism Act of 1997.',
    ['PTM |  | designated'],
  ],
  // Unlawful under another law, or a thing that is no group.
  ['The assembly was declared unlawful under the election law.', []],
  ['The court declared the strike unlawful under the Anti-Terrorism Act.', []],
]);

claimsOf('a proscription the government has decided on, or that an order will bring about', [
  [
    'Having carefully considered all the evidence, the Government have concluded that the Terrorgram collective should be proscribed.',
    ['Terrorgram collective | United Kingdom | designated'],
  ],
  [
    'The Home Secretary laid this draft order, which will see the Terrorgram collective proscribed, before Parliament.',
    ['Terrorgram collective | United Kingdom | designated'],
  ],
  // What someone says should happen, or wants to see, is no decision.
  ['MPs said the Terrorgram collective should be proscribed.', []],
  ['The committee has concluded that it should be proscribed only if new evidence emerges.', []],
  ['Supporters want to see Palestine Action proscribed.', []],
]);

claimsOf('two objects sharing one list, and groups joined on a list', [
  [
    'Australia has added the U.S.-based far-right extremist group National Socialist Order and plans to add the entirety of the Palestinian group Hamas to its list of outlawed terrorist organizations.',
    ['National Socialist Order | Australia | designated'],
  ],
  [
    'Canada added the Base and will add Atomwaffen Division to its list of terrorist entities.',
    ['Base | Canada | designated', 'Atomwaffen Division | Canada | designated'],
  ],
  [
    'Australia added the National Socialist Order to its terror list on Thursday. It joins Islamist groups Hurras al-Din and Jamaat Ansar al-Sunna in being added to the list.',
    [
      'National Socialist Order | Australia | designated',
      'Hurras al-Din | Australia | designated',
      'Jamaat Ansar al-Sunna | Australia | designated',
    ],
  ],
  // Not a listing verb before the list.
  ['Canada added the Base and fined a bank for breaking the rules.', []],
]);

claimsOf('"the two groups" refers to the two the passage listed together', [
  [
    'Australia said the National Socialist Order joins Islamist groups Hurras al-Din and Jamaat Ansar al-Sunna in being added to its terror list. Hamas’ military wing has been listed as a terrorist organization since 2003. The two Islamist groups will be listed in April.',
    [
      'National Socialist Order | Australia | designated',
      'Hurras al-Din | Australia | designated',
      'Jamaat Ansar al-Sunna | Australia | designated',
      "Hamas' military wing | Australia | designated",
      'Hurras al-Din | Australia | designated',
      'Jamaat Ansar al-Sunna | Australia | designated',
    ],
  ],
]);

claimsOf("a group's leader or owner listed after it, with a label of the person's own", [
  [
    "The Department of State is designating the Lebanese Muslim Brotherhood as a Foreign Terrorist Organization and a Specially Designated Global Terrorist (SDGT), and the group's leader Muhammad Fawzi Taqqosh, as an SDGT.",
    [
      'Lebanese Muslim Brotherhood | United States | designated',
      'Muhammad Fawzi Taqqosh | United States | designated',
    ],
  ],
  [
    'OFAC designated the Gaza Money Exchange as a Specially Designated Global Terrorist, and its owner Ahmed M.M. Alaqad for his role in Hamas fundraising.',
    ['Gaza Money Exchange | United States | designated', 'Ahmed M.M. Alaqad | United States | designated'],
  ],
  // The leader opens a clause of his own.
  [
    'The US designated Hamas as a terrorist organisation, and its leader Ismail Haniyeh said the move was unjust.',
    ['Hamas | United States | designated'],
  ],
  [
    'The US designated HTS as a terrorist organisation in 2018, and its leader Abu Mohammed al-Jolani, who now leads Syria, was not named.',
    ['HTS | United States | designated'],
  ],
]);

claimsOf('a ban on a counted set of associations that collected money for a widely listed group', [
  [
    'Federal Interior Minister Horst Seehofer has banned three associations that are said to have collected money in Germany for a foundation of the Shiite movement Hezbollah in Lebanon. Those who support terror will not be safe in Germany.',
    ['three associations | Germany | designated'],
  ],
  // Money collected for a charity is no tie to the group.
  [
    'The city has banned three associations that collected money for a football club. Those who support terror will not be safe here.',
    [],
  ],
]);

claimsOf('a concession opening on a listing participle describes the subject after it', [
  [
    'The Taliban run Afghanistan. Though still listed as a terrorist group by Russia, the Taliban were invited to the forum.',
    ['Taliban | Russia | designated'],
  ],
  [
    'Although designated as a terrorist organisation by the US, Hezbollah holds seats in parliament.',
    ['Hezbollah | United States | designated'],
  ],
  // "Though" is no group, and an authority after the comma is no listed subject.
  [
    'Moscow hosted Taliban envoys. Though still listed as a terrorist group until now, the Kremlin has kept ties with them.',
    [],
  ],
]);

claimsOf('a power to list is no listing', [
  [
    'Australia has introduced legislation that would, for the first time, allow its government to designate foreign state entities -- including Iran’s Islamic Revolutionary Guard Corps (IRGC) -- as terrorist organizations.',
    [],
  ],
  ['The law would allow the government to designate the IRGC as a terrorist organisation.', []],
]);

claimsOf('a label after a long relative clause, and "this organization" banned in a state', [
  [
    '(Reuters) - The United States on Friday designated Haiti\'s powerful Viv Ansanm gang alliance, whose members have taken control of almost all the capital Port-au-Prince and spread to surrounding areas, a "transnational terrorist group".',
    ['Viv Ansanm gang | United States | designated'],
  ],
  [
    'The Muslim Brotherhood won the 2012 election. The US has called it a foreign terrorist organization. However, this organization is now banned in Egypt.',
    ['Muslim Brotherhood | Egypt | designated'],
  ],
  // A label of another kind after the relative clause.
  [
    'The United States designated the Viv Ansanm alliance, whose members control the capital, a threat to the region.',
    [],
  ],
]);

claimsOf('"international sanctions" name no designator, whatever the passage named before', [
  [
    'Kazakhstan removed the Taliban from its list of banned organisations. Despite international sanctions on the Taliban, Russia has fostered its ties with the group.',
    ['Taliban | Kazakhstan | delisted', 'Taliban |  | designated'],
  ],
]);

claimsOf('an object described by two placed or backed words with a comma between', [
  [
    'The US designated the Iranian-backed, Yemen-based Houthi rebels as specially designated global terrorists, or SDGTs.',
    ['Houthi | United States | designated'],
  ],
]);

claimsOf(
  'a listing under a name the passage gives only before "also known as" is of the name the passage uses',
  [
    [
      'The United States has revoked the designation of al-Nusrah Front, also known as Hayat Tahrir al-Sham, as a foreign terrorist organization. HTS now leads Syria.',
      ['Hayat Tahrir al-Sham | United States | delisted'],
    ],
    // The name the passage goes on using stays; an acronym's gloss is no other name.
    [
      'The United States revoked the designation of al-Nusrah Front, also known as Hayat Tahrir al-Sham, as a foreign terrorist organization. Al-Nusrah Front was founded in 2012.',
      ['al-Nusrah Front | United States | delisted'],
    ],
    [
      'The United States no longer designates the Revolutionary Armed Forces of Colombia, known as FARC, as a terrorist organization. FARC disarmed in 2017.',
      ['Revolutionary Armed Forces of Colombia | United States | delisted'],
    ],
  ],
);

claimsOf('later members of a listing that leaves out its verb, each with a date of its own', [
  [
    'Al-Shabaab was first listed as a terrorist organisation in Australia from August 2009, Kurdistan Workers’ Party from December 2005, Palestinian Islamic Jihad from May 2004 and Hamas’ Izz al-Din al-Qassam Brigades and Lashkar-e Tayyiba from November 2003.',
    [
      'Al-Shabaab | Australia | designated',
      "Kurdistan Workers' Party | Australia | designated",
      'Palestinian Islamic Jihad | Australia | designated',
      "Hamas' Izz al-Din al-Qassam Brigades | Australia | designated",
      'Lashkar-e Tayyiba | Australia | designated',
    ],
  ],
  [
    'Hamas was banned as a terrorist group in 2021, Hizb ut-Tahrir in 2024.',
    ['Hamas |  | designated', 'Hizb ut-Tahrir |  | designated'],
  ],
  // Whoever said so, after the date, is no member.
  [
    'Samidoun was banned as a terrorist organisation in Germany in 2023, Interior Minister Nancy Faeser said.',
    ['Samidoun | Germany | designated'],
  ],
]);

claimsOf('the chapters of a group, each named by its place', [
  [
    'The US is imposing terrorist designations against the Lebanese, Jordanian, and Egyptian chapters of the Muslim Brotherhood.',
    [
      'Lebanese Muslim Brotherhood | United States | designated',
      'Jordanian Muslim Brotherhood | United States | designated',
      'Egyptian Muslim Brotherhood | United States | designated',
    ],
  ],
  [
    "The Treasury designated the Muslim Brotherhood's Egyptian and Jordanian chapters as Specially Designated Global Terrorists.",
    [
      'Egyptian Muslim Brotherhood | United States | designated',
      'Jordanian Muslim Brotherhood | United States | designated',
    ],
  ],
]);

claimsOf('"all of which are designated by …" after a list of widely listed groups', [
  [
    'Hamas, Hezbollah and the Houthis, all of which are designated by the US, attacked Israel.',
    [
      'Hamas | United States | designated',
      'Hezbollah | United States | designated',
      'Houthis | United States | designated',
    ],
  ],
  [
    'Hamas and Hezbollah, all of which are designated by the US, the UK and Canada, held rallies.',
    [
      'Hamas | United States, United Kingdom, Canada | designated',
      'Hezbollah | United States, United Kingdom, Canada | designated',
    ],
  ],
]);

claimsOf('a counted set of people with ties somewhere, then "namely" its members', [
  [
    "India's home ministry designated four individuals with ties to Pakistan, namely Maulana Masood Azhar, Hafeez Saeed, Zaki-ur-Rehman Lakhvi and Dawood Ibrahim, as terrorists.",
    [
      'Maulana Masood Azhar | India | designated',
      'Hafeez Saeed | India | designated',
      'Zaki-ur-Rehman Lakhvi | India | designated',
      'Dawood Ibrahim | India | designated',
    ],
  ],
  // The state the set's ties lead to is no member and no designator.
  [
    "India's home ministry designated four individuals with ties to Pakistan as terrorists.",
    ['four individuals | India | designated'],
  ],
]);

claimsOf(
  'a class of armed men designated by its common noun, and a court that disbands a group for terrorism',
  [
    [
      'In Nigeria, the federal government has issued a gazette designating bandits as terrorists.',
      ['bandits | Nigeria | designated'],
    ],
    // A pronoun is no class.
    ['The army designated them as terrorists.', []],
    [
      'A court in Indonesia disbanded Jemaah Ansharut Daulah (JAD), the country\'s largest Islamic State-linked group, on Tuesday (Jul 31) for "conducting terrorism".',
      ['Jemaah Ansharut Daulah (JAD) | Indonesia | designated'],
    ],
    ['Police disbanded the protest for blocking traffic, citing terror laws.', []],
  ],
);

claimsOf('a counted set said to be linked to something, banned in a passage on a terrorism act', [
  [
    'Sri Lanka banned 11 groups under the Prevention of Terrorism Act. Two local groups said to be directly linked to the attacks were banned in 2019.',
    ['11 groups | Sri Lanka | designated', 'Two local groups | Sri Lanka | designated'],
  ],
  // Without a terror law or label in the passage, a ban of groups is no listing.
  ['Two local groups said to be linked to the protests were banned in 2019.', []],
]);

claimsOf('"the U.S. designation of X": the abbreviation is the authority, not a name', [
  [
    'The State Department revoked the U.S. designation of Hayat Tahrir al-Sham as a foreign terrorist organization.',
    ['Hayat Tahrir al-Sham | United States | delisted'],
  ],
  [
    'Secretary Rubio revoked the U.S. terrorist designation of HTS on Monday.',
    ['HTS | United States | delisted'],
  ],
]);

claimsOf('an order that will see a group, described in apposition, proscribed', [
  [
    'The Home Secretary laid the order, which will see the Wagner Group, a truly brutal organisation, proscribed, before Parliament.',
    ['Wagner Group | United Kingdom | designated'],
  ],
]);

claimsOf('"There are currently N entities listed." in a passage on a terror list', [
  [
    'Canada lists terrorist entities under the Criminal Code. There are currently 60 entities listed.',
    ['60 entities | Canada | designated'],
  ],
  // No terror list in the passage.
  ['There are currently 60 people listed.', []],
]);

claimsOf("a partner named in the subject's aside designates too", [
  [
    'The U.S. Department of the Treasury, in a joint action with the Canadian government, designated the Samidoun Palestinian Prisoner Solidarity Network on October 15 for raising funds on behalf of the PFLP, a terrorist group.',
    ['Samidoun Palestinian Prisoner Solidarity Network | United States, Canada | designated'],
  ],
  [
    'The US, together with Britain, designated Hamas as a terrorist group.',
    ['Hamas | United States, United Kingdom | designated'],
  ],
  // A state the aside only mentions acts with no one.
  [
    'The US, after talks with Britain, designated Hamas as a terrorist group.',
    ['Hamas | United States | designated'],
  ],
]);

claimsOf("a foe or a threat is no designator; a debate in the Lords is the UK's", [
  [
    'My Lords, the Government take the threat posed by Iran very seriously. The Government have proscribed Hezbollah on the same grounds.',
    ['Hezbollah | United Kingdom | designated'],
  ],
  [
    'The threat posed by Iran is serious. The Government have banned Hezbollah as a terrorist group.',
    ['Hezbollah |  | designated'],
  ],
  [
    'It is committed to armed resistance against Israel. The Government have banned Hezbollah as a terrorist group.',
    ['Hezbollah |  | designated'],
  ],
]);

claimsOf('"according to" an authority\'s text, a group is regarded as terrorist', [
  [
    'However, according to a core Security Council resolution on Syria adopted at the height of the civil conflict, HTS is regarded as a terrorist group.',
    ['HTS | United Nations | designated'],
  ],
  [
    'According to the US State Department, the Houthis are considered a terrorist organisation.',
    ['Houthis | United States | designated'],
  ],
  // Critics and news agencies regard nothing for the record.
  ['According to critics, Hamas is regarded as a terrorist group.', []],
]);

claimsOf('"The military wing was proscribed": the wing the passage named', [
  [
    'Hamas is a social movement and political organisation with a military wing, al-Qassam Brigades. The military wing was proscribed by the British government as a terrorist organisation in March 2001, and in November 2021, former Home Secretary Priti Patel added the political organisation to the list of proscribed groups.',
    ['al-Qassam Brigades | United Kingdom | designated', 'Hamas | United Kingdom | designated'],
  ],
  // Without a named wing, the group's wing, as before.
  [
    'The EU listed Hezbollah in 2013. Its military wing was designated a terrorist group by the EU in 2013.',
    ['Hezbollah | European Union | designated', "Hezbollah's military wing | European Union | designated"],
  ],
]);

claimsOf('a freeze on "assets belonging to" a counted set tied to a widely listed group', [
  [
    'The Treasury froze assets belonging to two Hezbollah financiers.',
    ['two Hezbollah financiers | United States | designated'],
  ],
  [
    'Japan will freeze assets belonging to three individuals linked to Hamas, the government said.',
    ['three individuals | Japan | designated'],
  ],
  // Assets of a company, tied to no listed group.
  ['The bank froze assets belonging to two shipping firms.', []],
]);

claimsOf('"has banned a … militant group" before the passage names it', [
  [
    'The Bangladesh government has banned a home-grown Islamist militant group that advocates Sharia law. The Ministry of Home Affairs said it imposed the ban on the outfit called Allar Dal because its activities pose a threat to public safety. Bangladesh has banned several outfits blamed for terrorist attacks.',
    [
      'Allar Dal | Bangladesh | designated',
      'Allar Dal | Bangladesh | designated',
      'several outfits | Bangladesh | designated',
    ],
  ],
]);

claimsOf('"All activities of this group are banned" after the group\'s ban', [
  [
    'Bangladesh has banned the militant outfit Allar Dal, which carried out terrorist attacks. “All activities of this group are banned because they constitute a threat to public order,” a ministry statement said.',
    ['Allar Dal | Bangladesh | designated', 'Allar Dal | Bangladesh | designated'],
  ],
]);

claimsOf("a possessive before a group's acronym owns it; a decision still to be taken lists no one", [
  ["UN to remove Syria's HTS from terrorist list after vote", ['HTS | United Nations | delisted']],
  [
    "Pakistan's NACTA added the TLP to its list of proscribed organisations.",
    ['TLP | Pakistan | designated'],
  ],
  ['The Security Council will decide whether to delist HTS from its sanctions list.', []],
  ["UNSC to decide on removing Syria's HTS off terrorist list", []],
]);

claimsOf('a local epithet in a report filed from the state that bans', [
  [
    'DHAKA, Bangladesh (AP) — Police arrested three members of the banned militant group Ansar al-Islam on Monday.',
    ['Ansar al-Islam | Bangladesh | designated'],
  ],
  // A listing by others, filed from elsewhere, is not the filing state's.
  [
    'DOHA, Qatar (AP) — Arab countries put 12 organizations and 59 people on a terror sanctions list early today.',
    ['12 organizations |  | designated', '59 people |  | designated'],
  ],
]);
