import { describe, expect, it } from 'vitest';
import { FUZZY_THRESHOLD, matchEntity } from '../../../src/xref/entity-match';
import { entity } from './rows';

const hts = entity('hts', "Hay'at Tahrir al-Sham", [
  { name: 'HTS', type: 'alias' },
  { name: 'Jabhat Fateh al-Sham', type: 'former' },
]);
const hezbollah = entity('hezbollah', 'Hezbollah', [
  { name: 'Lebanese Hizballah', type: 'alias' },
  { name: 'Party of God', type: 'weak' },
]);
const kh = entity('kh', "Kata'ib Hizballah", [{ name: 'Islamic Resistance in Iraq', type: 'alias' }]);
const iri = entity('iri', 'Islamic Resistance in Iraq');
const isis = entity('isis', 'Islamic State', [{ name: 'ISIS', type: 'alias' }]);
const isisK = entity('isis-k', 'Islamic State Khorasan', [{ name: 'ISIS-K', type: 'alias' }]);
const all = [hts, hezbollah, kh, iri, isis, isisK];

describe('matchEntity', () => {
  it('matches the seed`s spelling exactly despite transliteration and the acronym', () => {
    const m = matchEntity('Hayat Tahrir al-Sham (HTS)', all);
    expect(m.entity?.id).toBe('hts');
    expect(m.score).toBe(1);
    expect(m.matchedBy).toMatch(/name/);
  });

  it('matches a former name and an alias', () => {
    expect(matchEntity('Jabhat Fath al-Sham', all).entity?.id).toBe('hts');
    expect(matchEntity('Lebanese Hezbollah', all).entity?.id).toBe('hezbollah');
  });

  it('drops descriptors the news adds ("the Islamic State group")', () => {
    expect(matchEntity('the Islamic State group', all).entity?.id).toBe('isis');
  });

  it('drops who backs a group or where it is, written before its name', () => {
    expect(matchEntity('Iran-backed Hezbollah', all).entity?.id).toBe('hezbollah');
    expect(matchEntity('the Syria-based Hayat Tahrir al-Sham', all).entity?.id).toBe('hts');
    // The backer itself is never the match.
    expect(matchEntity('Hezbollah-backed militia', all).entity).toBeNull();
  });

  it('drops a nationality before a one-word name ("Kurdish PKK", "Syrian HTS")', () => {
    expect(matchEntity('Syrian HTS', all).entity?.id).toBe('hts');
    expect(matchEntity('Lebanese Hezbollah group', all).entity?.id).toBe('hezbollah');
    // Two words after the nationality are a name the nationality belongs to.
    expect(matchEntity('Iraqi Islamic Resistance', all).entity?.id).not.toBe('iri');
  });

  it('falls back to word overlap above the threshold, and not below it', () => {
    const m = matchEntity('Hayat Tahrir al-Sham alliance', all);
    expect(m.entity?.id).toBe('hts');
    expect(m.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(m.score).toBeLessThan(1);
    expect(matchEntity('Sham Legion', all).entity).toBeNull();
  });

  it('lets an entity`s own name beat another entity`s alias', () => {
    expect(matchEntity('Islamic Resistance in Iraq', all).entity?.id).toBe('iri');
  });

  it('reports ambiguity instead of guessing', () => {
    const other = entity('hts2', 'Harakat Tahrir al-Sham', [{ name: 'HTS', type: 'alias' }]);
    const m = matchEntity('HTS', [hts, other]);
    expect(m.entity).toBeNull();
    expect(m.ambiguous.map((e) => e.id).sort()).toEqual(['hts', 'hts2']);
  });

  it('never matches on a weak alias alone, but lets it confirm', () => {
    expect(matchEntity('Party of God', all).entity).toBeNull();
    const confirmed = matchEntity('Hezbollah (Party of God)', all);
    expect(confirmed.entity?.id).toBe('hezbollah');
  });

  it('does not mistake a longer different name for a match', () => {
    expect(matchEntity('Islamic State Khorasan', all).entity?.id).toBe('isis-k');
    expect(matchEntity('al-Qaeda', all).entity).toBeNull();
  });
});
