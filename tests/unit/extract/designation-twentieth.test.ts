/**
 * Listings inside war reporting, found by reading the failures on one half of a held-out set of
 * conflict news (twentieth session). Every sentence is written for the test; the near misses show
 * what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"the Union home ministry" in lower case is India\'s', [
  [
    'Pakistan has long denied the charge. The Union home ministry last week declared the TRF a terrorist organisation.',
    ['TRF | India | designated'],
  ],
  ['The Union Home Ministry declared the TRF a terrorist organisation.', ['TRF | India | designated']],
]);

claimsOf('"the group" stands for a group named by its people, never for a person named after it', [
  [
    'The US struck members of Harakat al-Nujaba. The group was designated by the U.S. as a terrorist organization in 2019, and its leader, Akram Abbas al-Kabi, was designated in 2008.',
    ['Harakat al-Nujaba | United States | designated', 'Akram Abbas al-Kabi | United States | designated'],
  ],
  // With no group named before, the person is still no referent of "the group".
  [
    'Drones struck a convoy. The group was designated by the U.S. as a terrorist organization in 2019, and its leader, Akram Abbas al-Kabi, was designated in 2008.',
    ['Akram Abbas al-Kabi | United States | designated'],
  ],
]);

claimsOf("a person's possessive before a group's acronym or widely listed name owns the group", [
  ["US takes Ahmed al-Sharaa's HTS group off terrorist list", ['HTS | United States | delisted']],
  [
    "The US took Jolani's Hayat Tahrir al-Sham off its terrorist list.",
    ['Hayat Tahrir al-Sham | United States | delisted'],
  ],
  // A group's own unit keeps its owner's name.
  [
    "The US designated Hezbollah's Jihad Council as a terrorist entity.",
    ["Hezbollah's Jihad Council | United States | designated"],
  ],
]);

claimsOf('"by multiple countries" names no designator, and the passage lends none', [
  [
    'Israel struck Gaza. Hamas, officially known as the Islamic Resistance Movement, is designated as a terrorist organization by multiple countries and international entities.',
    ['Hamas |  | designated'],
  ],
  ['Israel struck Gaza. Hamas is banned in multiple countries.', ['Hamas |  | designated']],
  // A named authority still designates.
  [
    'Israel struck Gaza. Hamas is designated as a terrorist organization by Canada.',
    ['Hamas | Canada | designated'],
  ],
]);

claimsOf('"X, a group it designates as …": "it" is the authority opening the sentence', [
  [
    'Ankara sees the SDF as an affiliate of the Kurdistan Workers’ Party (PKK), a group it designates as a terrorist organisation.',
    ["Kurdistan Workers' Party (PKK) | Turkey | designated"],
  ],
  [
    'Ankara sees the SDF as an affiliate of the PKK, a group it considers a terrorist organisation.',
    ['PKK | Turkey | designated'],
  ],
  // No authority opens the sentence: "it" names no one.
  ['Analysts see the SDF as an affiliate of the PKK, a group it considers a terrorist organisation.', []],
]);

claimsOf('an aside about the object between it and "as" its label', [
  [
    'The UK government is set to label Russian mercenary outfit, Wagner Group, previously led by Yevgeny Prigozhin, as a terrorist organisation.',
    ['Wagner Group | United Kingdom | designated'],
  ],
  [
    'The UK will label the Wagner Group, founded in 2014, as a terrorist organisation.',
    ['Wagner Group | United Kingdom | designated'],
  ],
  // "as" something else is no listing.
  ['The UK will label the Wagner Group, founded in 2014, as a mercenary army.', []],
]);

claimsOf('"X joins A, B and others as a listed terrorist organisation": all of them are listed', [
  [
    'Ansar Allah joins Hamas, Hezbollah, Islamic Jihad and others as a listed terrorism organisation in Australia.',
    [
      'Ansar Allah | Australia | designated',
      'Hamas | Australia | designated',
      'Hezbollah | Australia | designated',
      'Islamic Jihad | Australia | designated',
    ],
  ],
  [
    "Ansar Allah joins Hamas and Hezbollah on Australia's list of terrorist organisations.",
    [
      'Ansar Allah | Australia | designated',
      'Hamas | Australia | designated',
      'Hezbollah | Australia | designated',
    ],
  ],
  // A counted set may be the newcomer.
  [
    'The three far-right extremist entities join the Proud Boys on Canada’s list of terrorist entities.',
    ['three far-right extremist entities | Canada | designated', 'Proud Boys | Canada | designated'],
  ],
  // Joining anything else lists no one.
  ['Ukraine joins France and Germany as a member of the coalition.', []],
  ['Hamas joined Hezbollah in the attack on the terror list of targets.', []],
]);

claimsOf('"The country had previously designated …": the state whose listing the passage reported', [
  [
    'Kazakhstan has removed the Taliban from its list of terrorist organizations. The Taliban confirmed it, citing the ambassador to Kabul. The country had previously designated the Taliban as a terrorist organization in 2005.',
    ['Taliban | Kazakhstan | delisted', 'Taliban | Kazakhstan | designated'],
  ],
]);

claimsOf('a title-case headline verb with a name after it is active', [
  ['Kazakhstan Removed Taliban from Terrorist List', ['Taliban | Kazakhstan | delisted']],
  // With nothing after it, the participle is the headline's passive.
  ['Hezbollah placed on terror list', ['Hezbollah |  | designated']],
]);

claimsOf('"AUTH, which banned X": the relative clause\'s antecedent acts', [
  [
    'India blamed Pakistan, which banned the JeM as a terrorist group in 2002.',
    ['JeM | Pakistan | designated'],
  ],
  [
    'Ecuador joined the United States, which lists Hamas and Hezbollah as foreign terrorist organizations.',
    ['Hamas | United States | designated', 'Hezbollah | United States | designated'],
  ],
  // The group as antecedent still takes the clause's subject.
  ['Hamas, which the EU lists as a terrorist group, denied it.', ['Hamas | European Union | designated']],
]);

claimsOf('a list of people with aliases ("a.k.a.") and roles before "as" the label', [
  [
    'The State Department also named FARC-SM leader Luciano Marin Arango, a.k.a. Ivan Marquez, and now-deceased leaders Hernan Dario Velasquez Saldarriaga, a.k.a. El Paisa, and Henry Castellanos Garzon, a.k.a. Romana, as specially designated global terrorists in November 2021.',
    [
      'Luciano Marin Arango | United States | designated',
      'Hernan Dario Velasquez Saldarriaga | United States | designated',
      'Henry Castellanos Garzon | United States | designated',
    ],
  ],
  [
    'The US designated Ali Hassan, a.k.a. Abu Ali, as a specially designated global terrorist.',
    ['Ali Hassan | United States | designated'],
  ],
]);

claimsOf('sets of cartels described by nationalities', [
  [
    'The State Department has designated eight Mexican and Latin American cartels and criminal organizations as Foreign Terrorist Organizations (FTOs).',
    ['eight Mexican and Latin American cartels and criminal organizations | United States | designated'],
  ],
  [
    'U.S. designates Mexican cartels as terrorist organizations',
    ['Mexican cartels | United States | designated'],
  ],
  // A nationality alone is no set.
  ['The US designated Mexican officials as partners.', []],
]);

claimsOf('"X is a State Sponsor of Terrorism" (with its capitals) is the US designation', [
  ['Iran is a State Sponsor of Terrorism.', ['Iran | United States | designated']],
  [
    'Iran is not only a State Sponsor of Terrorism, but the IRGC finances terrorism.',
    ['Iran | United States | designated'],
  ],
  [
    'North Korea, a State Sponsor of Terrorism, fired missiles.',
    ['North Korea | United States | designated'],
  ],
  // In lower case, in someone's mouth, it may be rhetoric.
  ['Israel called Iran a state sponsor of terrorism.', []],
]);

claimsOf('the JeM and the LeT, by their acronyms, are widely listed groups', [
  [
    'Three militants from the Jaish-e-Mohammed group, which claimed responsibility for the suicide attack, were killed. India blamed Pakistan, which banned the JeM in 2002.',
    ['Jaish-e-Mohammed | Pakistan | designated'],
  ],
  ['The LeT chief spoke at a rally.', []],
]);

claimsOf('"will no longer be proscribed" delists its subject', [
  ['The Home Office said HTS would no longer be proscribed.', ['HTS | United Kingdom | delisted']],
  ['HTS will no longer be listed as a terrorist group by the UK.', ['HTS | United Kingdom | delisted']],
  ['HTS is no longer proscribed in the UK.', ['HTS | United Kingdom | delisted']],
]);

claimsOf('an apposition opened by an adverb ("X, now a designated FTO,")', [
  [
    'The Houthis, now a designated Foreign Terrorist Organization, vowed to continue attacks.',
    ['The Houthis | United States | designated'],
  ],
  ['The Houthis, already a designated terrorist group, vowed revenge.', ['The Houthis |  | designated']],
  // An adverb before something else is no apposition of a label.
  ['The Houthis, now a major force in Yemen, vowed revenge.', []],
]);

claimsOf('a verbless apposition "X, still on the … list,"', [
  [
    'The Taliban, still on the UN sanctions list, rejected the claim.',
    ['The Taliban | United Nations | designated'],
  ],
  [
    'The Taliban, now on the US terror list, rejected the claim.',
    ['The Taliban | United States | designated'],
  ],
  ['The Taliban, still on the list of invited guests, attended.', []],
]);
