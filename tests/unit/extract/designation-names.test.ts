/**
 * Names the extractor must read whole or cut short: title-case headlines that run the label's
 * "As" into the name, and units named by a number ("Group 24"). Every sentence here is written
 * for the test; the near misses beside each show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('a title-case "As" ends the name', [
  ['Japan Designates Hamas As Terrorist Group', ['Hamas | Japan | designated']],
  ['Kenya (Finally) Lists Al-Shabaab As Terror Group', ['Al-Shabaab | Kenya | designated']],
  // A sentence that opens with "As" keeps its name.
  ['As Hamas was designated by the US in 1997, talks stalled.', ['Hamas | United States | designated']],
]);

claimsOf('a unit named by its number', [
  ['Tajikistan designated Group 24 as a terrorist organization.', ['Group 24 | Tajikistan | designated']],
  ['Unit 313 was listed as a terrorist entity by Canada.', ['Unit 313 | Canada | designated']],
  // A count after a name is no part of it.
  ['Canada listed Hezbollah as a terrorist entity 20 years ago.', ['Hezbollah | Canada | designated']],
]);

claimsOf('a proposal or push to designate is no designation', [
  ['Senators unveiled a bill that would designate Peru as a state sponsor of terrorism.', []],
  ['Lawmakers renewed a push this week to designate the Quds Force as a foreign terrorist organization.', []],
  [
    "It's time for the Home Secretary to proscribe Green Dawn as a terrorist organisation, the group said.",
    [],
  ],
  ['The minister intends to ban Blue Hand, a neo-Nazi terror group.', []],
  [
    'Lawmakers pressed the European Union this week to designate the Quds Force as a terrorist organization.',
    [],
  ],
  // An announced designation, an intention an official confirmed, and a press release of one,
  // still count.
  [
    'An official confirmed that the Secretary of State intends to remove the Quds Force from the Foreign Terrorist Organization list.',
    ['Quds Force | United States | delisted'],
  ],
  [
    'The US said it would designate the Quds Force as a terrorist organization.',
    ['Quds Force | United States | designated'],
  ],
  [
    'The Home Office said in a press release that it had proscribed Blue Hand as a terrorist group.',
    ['Blue Hand | United Kingdom | designated'],
  ],
]);

claimsOf('an "and" inside a listed name', [
  [
    'The ministry outlawed the Nour Support and Human Rights, Al-Amal, the Tell Center for Research and Development and the Farmers Union as terrorist organisations.',
    [
      'Nour Support and Human Rights |  | designated',
      'Al-Amal |  | designated',
      'Tell Center for Research and Development |  | designated',
      'Farmers Union |  | designated',
    ],
  ],
  // The list's own "and" still joins its last two members.
  [
    'The ministry outlawed Nour and Amal, the two charities, as terrorist organisations.',
    ['Nour |  | designated', 'Amal |  | designated'],
  ],
]);

claimsOf('a reference heading a relative clause that holds the listing', [
  [
    'Al-Shabaab attacked a hotel. The group, which the United States has designated as a terrorist organization, hopes to win.',
    ['Al-Shabaab | United States | designated'],
  ],
  // A name right before the comma is the head, not the reference.
  [
    'Hamas won the vote. The Izz ad-Din al-Qassam Brigades, which the United States has designated as a terrorist organization, fired rockets.',
    ['The Izz ad-Din al-Qassam Brigades | United States | designated'],
  ],
  // With no group named before, the reference stands for nothing.
  ['The group, which the United States has designated as a terrorist organization, hopes to win.', []],
]);

claimsOf('a state that "has long considered" a group terrorist', [
  ['Pakistan has long considered the BRA a terrorist organisation.', ['BRA | Pakistan | designated']],
  [
    'The BRA attacked a train. Pakistan has long considered the outfit as a terrorist organisation.',
    ['BRA | Pakistan | designated'],
  ],
  // Analysts are no authority.
  ['The BRA attacked a train. Analysts have long considered the outfit a terrorist organisation.', []],
]);

claimsOf('sanctions on a counted set affiliated with a widely listed group', [
  [
    'Japan imposed sanctions on eight individuals affiliated with Hamas.',
    ['eight individuals | Japan | designated'],
  ],
  [
    'Japan has imposed sanctions, including asset freezing, on six individuals affiliated with the Islamist group Hamas.',
    ['six individuals | Japan | designated'],
  ],
  // A tie to no listed group is no terror listing.
  ['The US imposed sanctions on three men affiliated with a charity.', []],
]);

claimsOf("a counted set of a widely listed group's officials", [
  [
    'The Treasury Department sanctioned three Hezbollah officials on Tuesday.',
    ['three Hezbollah officials | United States | designated'],
  ],
  [
    'The EU sanctioned six senior Hamas officials.',
    ['six senior Hamas officials | European Union | designated'],
  ],
  // Killed, not listed.
  ['Israel killed three Hamas officials.', []],
]);

claimsOf('Indian wording: "notified as", the MHA', [
  [
    'The Home Ministry notified the TRF as a terrorist organisation under the UAPA.',
    ['TRF | India | designated'],
  ],
  ['The MHA declared Hizb-ut-Tahrir a terrorist organisation.', ['Hizb-ut-Tahrir | India | designated']],
  // "notified" without a label lists nothing.
  ['The ministry notified the Kashmir Front of new rules.', []],
]);
