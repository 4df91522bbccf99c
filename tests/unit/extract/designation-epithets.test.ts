/**
 * "The banned X" in local copy: whose ban it is, the epithet as a passage's only cue, and the
 * epithet that refers back without a name. Every passage here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';
import { homeStateOf, placeCounts } from '../../../src/extract/home-states';

function summary(text: string): Array<[string, string[], string]> {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => [c.entity, c.designators, c.quote]);
}

describe('a group banned at home is banned by its home state', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Two terrorists of the banned terror outfit LeT were killed in an encounter in Shopian, police said.',
      [['LeT', ['India'], 'the banned terror outfit LeT']],
    ],
    [
      'Counter-terrorism police said militants of the banned LeT were arrested in Lahore.',
      [['LeT', ['Pakistan'], 'the banned LeT']],
    ],
    [
      'Terrorists of the banned Baloch Liberation Army attacked a convoy near the border with Iran.',
      [['Baloch Liberation Army', ['Pakistan'], 'the banned Baloch Liberation Army']],
    ],
    [
      'Police raided hideouts of the banned ULFA group near the Myanmar border, killing two militants.',
      [['ULFA', ['India'], 'the banned ULFA group']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('tells the two sides of a group banned by both only by the places the report names', () => {
    expect(
      homeStateOf('Jaish-e-Mohammed (JeM)', placeCounts('An encounter in Pulwama, Jammu and Kashmir.')),
    ).toEqual(['India']);
    expect(
      homeStateOf('Jaish-e-Mohammed', placeCounts('A raid in Bahawalpur; CTD officials in Rawalpindi said.')),
    ).toEqual(['Pakistan']);
    expect(
      homeStateOf('Jaish-e-Mohammed', placeCounts('The group was blamed for the attack.')),
    ).toBeUndefined();
    expect(homeStateOf('Tehreek-e-Taliban Pakistan (TTP)', placeCounts(''))).toEqual(['Pakistan']);
    // Groups many states list are not any one state's.
    expect(homeStateOf('Hamas', placeCounts('Fighting in Gaza.'))).toBeUndefined();
  });

  it('keeps the authority a sentence names', () => {
    expect(
      summary(
        'Members of the banned LeT, a terror group listed by the United Nations, attacked a camp in Kupwara.',
      ),
    ).toEqual([['LeT', ['United Nations'], 'the banned LeT, a terror group listed by the United Nations']]);
  });
});

describe('a banned armed group with its head noun cues a passage that never says "terror"', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'Seven militants were killed in raids on hideouts of the banned Jamaat-ul-Mujahideen Bangladesh (JMB) group near Dhaka.',
      [
        [
          'Jamaat-ul-Mujahideen Bangladesh (JMB)',
          ['Bangladesh'],
          'the banned Jamaat-ul-Mujahideen Bangladesh (JMB) group',
        ],
      ],
    ],
    [
      'Officials said members of banned militant outfits Neo-JMB and Ansarullah Bangla Team staged the raid.',
      [
        ['Neo-JMB', ['Bangladesh'], 'banned militant outfits Neo-JMB'],
        ['Ansarullah Bangla Team', ['Bangladesh'], 'Ansarullah Bangla Team'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'He read the banned book Lolita in class.',
    'Fans of the banned Russian team protested outside the stadium.',
    'The banned Communist Party was revived after the war.',
    'Members of the banned Party of Regions gathered in the square.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('"the banned outfit" refers back to the group the last claim named', () => {
  it('is a claim on that group, with its authority', () => {
    expect(
      summary(
        'Gunmen of the banned Tehreek-e-Taliban Pakistan attacked a checkpoint in Bannu. The banned terror outfit claimed responsibility for the attack.',
      ),
    ).toEqual([
      ['Tehreek-e-Taliban Pakistan', ['Pakistan'], 'the banned Tehreek-e-Taliban Pakistan'],
      ['Tehreek-e-Taliban Pakistan', ['Pakistan'], 'The banned terror outfit'],
    ]);
  });

  it.each([
    // No group named before: nothing to refer to.
    'The banned outfit claimed responsibility for the attack.',
    // A law's wording names no one.
    'Hamas is listed by the UK. It is an offence to wear clothing that shows support for the proscribed organisation.',
    // A ban that is no armed group's.
    'Hamas is listed by the US. The banned group of bloggers met online.',
  ])('stays dark after: %s', (text) => {
    expect(summary(text).filter((c) => /outfit|organisation|group$/.test(c[2]))).toEqual([]);
  });
});

describe('a listing owned by the group: "its EU listing", "the Houthis\' FTO designation"', () => {
  it.each<[string, Array<[string, string[], string]>]>([
    [
      'The Red Hand has challenged its EU listing as a terrorist organisation.',
      [['The Red Hand', ['European Union'], 'its EU listing as a terrorist organisation']],
    ],
    [
      'Hamas has operated openly since its designation as a terrorist organisation by the US.',
      [['Hamas', ['United States'], 'its designation as a terrorist organisation by the US']],
    ],
    // The FTO and state sponsor lists are the United States' own.
    [
      "The Houthis' FTO designation took effect on Friday.",
      [['The Houthis', ['United States'], "The Houthis' FTO designation"]],
    ],
    [
      "Cuba's terrorism sponsor designation was restored in 2021.",
      [['Cuba', ['United States'], "Cuba's terrorism sponsor designation"]],
    ],
    // "the group's" is the claimed group's, not a name quoted on the way.
    [
      "The US removed the Red Hand from its terror list. A spokesman said in a statement quoted by Radio Nord that the decision to remove the group's FTO designation was final.",
      [
        ['Red Hand', ['United States'], 'removed the Red Hand from its terror list'],
        ['Red Hand', ['United States'], "the group's FTO designation"],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // A one-word opening that is no group's name.
    'Recruitment fell after its designation as a terrorist organisation by the US.',
    // A call on a government to list is a plan, whatever the verb.
    'Lawmakers challenged the government to list the Red Hand as a terrorist organisation.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('"the Iran-backed group" refers back like "the group"', () => {
  it('takes the group the passage named', () => {
    expect(
      summary(
        'The Red Hand seized the ship. The Trump administration blacklisted the Iran-backed group as a terrorist organisation.',
      ),
    ).toEqual([
      ['Red Hand', ['United States'], 'blacklisted the Iran-backed group as a terrorist organisation'],
    ]);
  });

  it('but not "the other group"', () => {
    expect(
      summary(
        'The Red Hand seized the ship. The US blacklisted the other group as a terrorist organisation.',
      ),
    ).toEqual([]);
  });
});

describe('members named after a listing of a set', () => {
  it('"the designations apply to A in X, B in Y and two groups: C and D"', () => {
    expect(
      summary(
        'The State Department designated four groups as terrorist organizations. The designations apply to Red Front in Germany, the Black Banner in Italy, and two Greece-based groups: Iron Fist and Night Cell.',
      ).map((c) => c[0]),
    ).toEqual(['four groups', 'Red Front', 'Black Banner', 'Iron Fist', 'Night Cell']);
  });

  it('"The move names A in X, B-13 in Y …": a state is where a member is, a number may end a name', () => {
    expect(
      summary(
        'The US designated three gangs as foreign terrorist organizations. The move names Red Front in Venezuela, Barrio-18 in El Salvador and one Mexico crime organization.',
      ).map((c) => c[0]),
    ).toEqual(['three gangs', 'Red Front', 'Barrio-18']);
  });

  it('"The blacklisted groups — A, B and C — were …"', () => {
    expect(
      summary(
        'The US designated three Iraqi militias as foreign terrorist organizations. The blacklisted groups — Kataib Nur, Saraya Hadid and Liwa Fajr — were previously listed as specially designated global terrorists.',
      ).map((c) => [c[0], c[1]]),
    ).toEqual([
      ['three Iraqi militias', ['United States']],
      ['Kataib Nur', ['United States']],
      ['Saraya Hadid', ['United States']],
      ['Liwa Fajr', ['United States']],
    ]);
  });

  it('"other groups designated as FTOs by the US, including A, B and C"', () => {
    expect(
      summary(
        'The cartel joins other groups designated as foreign terrorist organizations by the US, including Red Front, Boko Haram, and Hamas.',
      ).map((c) => [c[0], c[1]]),
    ).toEqual([
      ['Red Front', ['United States']],
      ['Boko Haram', ['United States']],
      ['Hamas', ['United States']],
    ]);
  });

  it.each([
    // No listing before: a move that names people is no listing.
    'The move names Red Front in Venezuela and Barrio-18 in El Salvador as partners.',
    'The decision drew criticism from Doha, Ankara and Moscow.',
  ])('stays dark: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('subjects and objects around asides and leaders', () => {
  it('"designated X and its leader Y": the leader is listed too', () => {
    expect(
      summary(
        'The Treasury also designated Saraya Hadid and its leader Abu Karim al-Basri as terrorists.',
      ).map((c) => [c[0], c[1]]),
    ).toEqual([
      ['Saraya Hadid', ['United States']],
      ['Abu Karim al-Basri', ['United States']],
    ]);
  });

  it('"X, founded during the years of the Shah, was designated": the name before the aside', () => {
    expect(
      summary(
        'The Front, founded during the years of the Shah, was designated as a terrorist group by the US in 1997.',
      )[0]?.[0],
    ).toBe('The Front');
  });

  it('an Indian ban under the UAPA is a terror listing by India', () => {
    expect(summary('The Red Front was earlier banned in 2019 for five years under the UAPA.')).toEqual([
      ['The Red Front', ['India'], 'The Red Front was earlier banned'],
    ]);
  });
});

describe('states are listed only as sponsors of terrorism', () => {
  it('"along with three other groups in Italy and Greece" lists no state', () => {
    expect(
      summary(
        'The Department of State is designating Red Front, along with three other violent groups in Italy and Greece, as Specially Designated Global Terrorists.',
      ).map((c) => c[0]),
    ).not.toContain('Italy');
  });

  it('a state sponsor of terrorism is still a listed state', () => {
    expect(summary('The United States designated Cuba a state sponsor of terrorism in 1982.')).toEqual([
      ['Cuba', ['United States'], 'designated Cuba a state sponsor of terrorism'],
    ]);
  });

  it('calls from MPs to proscribe a group are a plan', () => {
    expect(
      summary(
        'Renewed calls from MPs across the political divide for Government to proscribe the Red Guards Corps have been met with resistance.',
      ),
    ).toEqual([]);
  });
});

describe("a ministry named without its state, in a report whose places are one state's", () => {
  it('lists for that state', () => {
    expect(
      summary(
        'The interior ministry on Saturday placed two more organisations on the list of proscribed outfits. The newest additions to the list of banned outfits are Al Noor Trust (Lahore) and Al Huda Foundation (Karachi).',
      ).map((c) => c[1]),
    ).toEqual([['Pakistan'], ['Pakistan'], ['Pakistan']]);
  });

  it('names no state when the places are of two states, or there is no ministry', () => {
    expect(
      homeLocaleCase(
        'The interior ministry placed two outfits on the list of proscribed organisations. Officials in Lahore and Srinagar reacted.',
      ),
    ).toEqual([[]]);
    expect(
      homeLocaleCase('Police in Lahore and Karachi said two proscribed outfits were behind the attack.'),
    ).toEqual([]);
  });
});

function homeLocaleCase(text: string): string[][] {
  return summary(text).map((c) => c[1]);
}

describe('"Its military wing is designated by …" after a claim on the group', () => {
  it("is the group's wing, with the authorities named", () => {
    expect(
      summary(
        'The Red Front is designated as a terrorist organization by the United States. Its military wing is designated by the United Kingdom, Australia and the European Union.',
      )[1],
    ).toEqual([
      "The Red Front's military wing",
      ['United Kingdom', 'Australia', 'European Union'],
      'Its military wing is designated by the United Kingdom, Australia and the European Union',
    ]);
  });

  it('needs a claimed group before it', () => {
    expect(summary('The Red Front fired rockets. Its military wing was banned in 2013.')).toEqual([]);
  });
});

describe('numbered items in a list', () => {
  it.each([
    'The council designated the following as terrorist organizations: (1) Red Front; (2) Black Banner; and (3) Night Cell.',
    'The council designated the following groups as terrorist organizations: (a) Red Front, (b) Black Banner and (c) Night Cell.',
  ])('%s', (text) => {
    expect(summary(text).map((c) => c[0])).toEqual(['Red Front', 'Black Banner', 'Night Cell']);
  });
});

describe('headlines and regard with "to be"', () => {
  it('"A, B and C added to UN terror list": a headline list, no article before the list', () => {
    expect(
      summary('Red Front, Abu Karim al-Basri and Omar Haddad added to UN terror list').map((c) => [
        c[0],
        c[1],
      ]),
    ).toEqual([
      ['Red Front', ['United Nations']],
      ['Abu Karim al-Basri', ['United Nations']],
      ['Omar Haddad', ['United Nations']],
    ]);
  });

  it('"considers X to be a terrorist organization" like "considers X a terrorist organization"', () => {
    expect(
      summary('The United States has considered the Red Front to be a terrorist organization since 2001.'),
    ).toEqual([['Red Front', ['United States'], 'considered the Red Front to be a terrorist organization']]);
    // Regard by no authority stays dark.
    expect(summary('Analysts consider the Red Front to be a terrorist organization.')).toEqual([]);
  });
});

describe('a US-only label names the US over the places of an aside', () => {
  it('"…, active along the Pakistan-Iran border, has also been designated a Foreign Terrorist Organization"', () => {
    expect(
      summary(
        'The Red Front, an offshoot of another group which is active along the Pakistan-Iran border, has also been designated a Foreign Terrorist Organization.',
      ).map((c) => c[1]),
    ).toEqual([['United States']]);
  });

  it('but a by-phrase keeps its authority', () => {
    expect(
      summary('The Red Front was designated a terrorist organization by Canada in 2019.').map((c) => c[1]),
    ).toEqual([['Canada']]);
  });
});

describe('"reversed those designations" after a claim', () => {
  it('lifts the listing just claimed', () => {
    expect(
      extractClaims(
        'The Red Front was designated as a terrorist group by the US in 2021. The new administration reversed those designations weeks later.',
      )
        .filter((c): c is DesignationClaim => c.kind === 'designation')
        .map((c) => [c.entity, c.designators, c.status]),
    ).toEqual([
      ['The Red Front', ['United States'], 'designated'],
      ['The Red Front', ['United States'], 'delisted'],
    ]);
  });

  it('needs a listing before it', () => {
    expect(summary('Prices rose. Officials reversed those decisions.')).toEqual([]);
    expect(summary('The Red Front fired rockets. Officials reversed those designations.')).toEqual([]);
  });
});
