/**
 * Who lists, when the sentence names the designator away from the verb: a leader's state, a
 * government praised for its decision, states listed after a copula, and unnamed jurisdictions.
 * Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, designationRows } from './designation-summary';

claimsOf('designators named away from the verb', [
  [
    // "the president of X, A, said he would …": the leader's state.
    'Last week, the new president of Paraguay, Santiago Pena, also said he would label Hezbollah as a terrorist group.',
    ['Hezbollah | Paraguay | designated'],
  ],
  [
    // "the Honduran government for its … decision to declare": the government praised.
    '"I applaud the Honduran government for its brave decision to declare Hezbollah as a terrorist organization," said the minister.',
    ['Hezbollah | Honduras | designated'],
  ],
  [
    // "Other countries that have designated X or its military wing as … are A, B and C".
    'Other countries that have designated Hezbollah or its military wing as a terrorist organization are Canada, Australia and the European Union.',
    ['Hezbollah | Canada, Australia, European Union | designated'],
  ],
  [
    // "jurisdictions that have outlawed X": states the passage does not name, not Kenya's
    // listing again; "places the country in line with a growing list" lists nothing.
    'Kenya proscribed the Muslim Brotherhood as a terror entity. The move places the country in line with a growing list of jurisdictions that have outlawed the Muslim Brotherhood.',
    ['Muslim Brotherhood | Kenya | designated', 'Muslim Brotherhood |  | designated'],
  ],
]);

claimsOf('the GCC and the 2017 quartet', [
  [
    'The Saudi-led Gulf group branded Hezbollah a terror group on Wednesday.',
    ['Hezbollah | Gulf Cooperation Council | designated'],
  ],
  [
    'A Saudi-led bloc of six Gulf Arab nations formally branded Hezbollah a terrorist organization.',
    ['Hezbollah | Gulf Cooperation Council | designated'],
  ],
  [
    // The bloc that keeps joint terror lists since the 2017 rift with Qatar: its four states.
    'The Saudi-led bloc placed 59 individuals on its terror list.',
    ['59 individuals | Saudi Arabia, United Arab Emirates, Bahrain, Egypt | designated'],
  ],
]);

describe('a state named by its minister', () => {
  it('"by the Malaysian home minister" is Malaysia', () => {
    expect(
      designationRows(
        "The LTTE, which fought Sri Lankan forces in the country's civil war, was declared a terrorist group by the Malaysian home minister in 2014.",
      ),
    ).toEqual(['LTTE | Malaysia | designated']);
  });
});

describe('a "Home Secretary" who is not the UK\'s', () => {
  it.each<[string, string[]]>([
    [
      // A Bangladeshi report: the state is named only inside group names, the UK not at all.
      'The Jamaat Front Bangladesh has been banned as a terrorist organisation, Home Secretary Rafiq Alam said on Thursday. The Hizb Front Bangladesh was banned as a terrorist group in 2009.',
      [
        'The Jamaat Front Bangladesh | Bangladesh | designated',
        'The Hizb Front Bangladesh | Bangladesh | designated',
      ],
    ],
    [
      // The UK named otherwise keeps the title its own.
      'The Jamaat Front Bangladesh has been banned as a terrorist organisation, Home Secretary Jane Doe said in London on Thursday. The Hizb Front Bangladesh was banned as a terrorist group in 2009.',
      [
        'The Jamaat Front Bangladesh | United Kingdom | designated',
        'The Hizb Front Bangladesh | United Kingdom | designated',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });
});

describe('a "Ministry of Home Affairs" that is not India\'s', () => {
  it.each<[string, string[]]>([
    [
      'Bangladesh banned the Jamaat Front under the anti-terrorism law. The Ministry of Home Affairs on Wednesday lifted the ban on the Jamaat Front, Bangladesh media reported.',
      ['Jamaat Front | Bangladesh | designated', 'Jamaat Front | Bangladesh | delisted'],
    ],
    // India named otherwise keeps its ministry.
    [
      'India banned the Jamaat Front under the anti-terrorism law. The Ministry of Home Affairs on Wednesday lifted the ban on the Jamaat Front, Bangladesh media reported.',
      ['Jamaat Front | India | designated', 'Jamaat Front | India | delisted'],
    ],
  ])('%s', (text, expected) => {
    expect(designationRows(text)).toEqual(expected);
  });
});

describe('states counted, not named', () => {
  it('"banned in at least 20 countries" names none of them', () => {
    expect(
      designationRows(
        'Hizb ut-Tahrir was banned in Pakistan in 2003. Officials say the group has been banned in at least 20 countries.',
      ),
    ).toEqual(['Hizb ut-Tahrir | Pakistan | designated', 'Hizb ut-Tahrir |  | designated']);
  });
});

claimsOf("the Philippines' Anti-Terrorism Council by its initials", [
  ['The ATC designated 19 individuals as terrorists.', ['19 individuals | Philippines | designated']],
  // Air traffic control lists nothing.
  ['ATC delays hit flights; the airline listed 12 routes.', []],
]);
