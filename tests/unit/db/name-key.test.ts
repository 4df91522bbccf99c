import { describe, expect, it } from 'vitest';
import { nameKey, nameKeysOf, nameTokens } from '../../../src/db/name-key';

describe('nameKey folds spellings that name the same group onto one key', () => {
  const same: [string, string][] = [
    ["Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham'],
    ['Hayʼat Tahrir al-Sham', 'HAYAT TAHRIR AL-SHAM'],
    ['Hay’at Tahrir ash-Sham', 'Hayat Tahrir Al Sham'],
    ['Hizballah', 'Hezbollah'],
    ['Hizbullah', 'Hezbollah'],
    ["Hizbu'llah", 'Hizbollah'],
    ['Hizb Allah', 'Hezbollah'],
    ['Lebanese Hizballah', 'Lebanese Hezbollah'],
    ['al-Qaeda', 'Al Qaida'],
    ["al-Qa'ida", 'AL-QAIDA'],
    ['Al-Nusrah Front', 'al-Nusra Front'],
    ['Jabhat Fateh al-Sham', 'Jabhat Fath al-Sham'],
    ["Kata'ib Hezbollah", 'KATAIB HIZBALLAH'],
    ['Kataeb Hezbollah', "Kata'ib Hizballah"],
    ['Daesh', "Da'ish"],
    ['al-Shabaab', 'Al Shabab'],
    ['Houthis', 'Huthi'],
    ['Ansar Allah', 'Ansarallah'],
    ['Quds Force', 'Qods Force'],
    ['Jaysh al-Izza', 'Jaish al-Izzah'],
    ['Abu Mohammed al-Jolani', 'Abu Muhammad al-Jawlani'],
    ['Kata’ib Sayyid al-Shuhada', "Kata'ib Sayed al-Shohada"],
    ['Harakat al-Nujaba', 'Harakat al-Nujabaa'],
    ['Ḥayʾat Taḥrīr al-Shām', 'Hayat Tahrir al-Sham'],
    ['I.R.G.C.', 'IRGC'],
    ['the Victory Front', 'Victory Front'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKey(a)).not.toBe('');
  });

  const different: [string, string][] = [
    ['Hezbollah', 'Hamas'],
    ['Islamic State', 'Islamic Jihad'],
    ["Kata'ib Hezbollah", 'Hezbollah'],
    ['al-Nusrah Front', 'National Liberation Front'],
    ['Sam', 'Sham'],
  ];
  it.each(different)('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('nameKey output shape', () => {
  const table: [string, string][] = [
    ["Hay'at Tahrir al-Sham (HTS)", 'hayat tahrir sham hts'],
    ['  Al-Nusrah   Front  ', 'nusra front'],
    ['Hezbollah’s', 'hezbollahs'],
    [
      'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE',
      'islamic revolutionary guard corps irgc quds force',
    ],
    ['Kurdistan Workers’ Party', 'kurdistan workers party'],
    ['', ''],
    ['—', ''],
  ];
  it.each(table)('%s → %s', (input, key) => {
    expect(nameKey(input)).toBe(key);
  });

  it('keeps non-Latin letters (folding the hamza seat like any other mark)', () => {
    expect(nameKey('هيئة تحرير الشام')).toContain('تحرير الشام');
    expect(nameKey('هيئة تحرير الشام')).toBe(nameKey('هيية تحرير الشام'));
  });
});

describe('nameTokens and nameKeysOf', () => {
  it('splits the key into words', () => {
    expect(nameTokens("Kata'ib Hizballah fi al-Iraq")).toEqual(['kataib', 'hezbollah', 'fi', 'iraq']);
    expect(nameTokens('   ')).toEqual([]);
  });
  it('indexes a name with and without its parenthesised acronym', () => {
    expect(nameKeysOf("Hay'at Tahrir al-Sham (HTS)").sort()).toEqual(
      ['hayat tahrir sham', 'hayat tahrir sham hts', 'hts'].sort(),
    );
    expect(nameKeysOf('Hamas')).toEqual(['hamas']);
  });
});
