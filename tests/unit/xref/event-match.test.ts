import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchEvent, textKeys } from '../../../src/xref/event-match';
import { event } from './rows';

const syria = event(
  'syria-offensive',
  'HTS-led offensive in north-western Syria',
  ['Syria: Idlib, Aleppo, Hama'],
  ['Hayat Tahrir al-Sham (HTS)', 'Syrian government forces', 'Russian air force'],
  '2024-11-27',
  '2024-12-08',
);
const quake = event('quake', 'Turkey–Syria earthquake', ['Turkey and Syria'], [], '2023-02-06', '2023-02-28');
const aleppoFloods = event('aleppo-2024', 'Aleppo clashes', ['Aleppo'], [], '2024-11-20', '2024-12-05');
const cats = () => new Set(['killed']);

const seedSentence =
  'The Syrian Observatory for Human Rights reported Sunday that the death toll from the clashes between government forces and opposition factions had risen to 416.';

describe('textKeys', () => {
  it('keeps proper names and demonyms, not weekdays or common words', () => {
    const k = textKeys(seedSentence);
    expect(k).toContain('syria');
    expect(k).toContain('syrian observatory');
    expect(k).not.toContain('sunday');
    expect(k).not.toContain('government');
  });
});

describe('matchEvent', () => {
  it('finds the offensive from the seed sentence and its date', () => {
    const m = matchEvent(
      { sentence: seedSentence, paragraph: seedSentence, claimDate: '2024-12-01', category: 'killed' },
      [quake, syria],
      cats,
    );
    expect(m.event?.id).toBe('syria-offensive');
    expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(m.reasons.join(' ')).toMatch(/syria/);
  });

  it('never matches outside the event`s date window, even with the right names', () => {
    const m = matchEvent(
      { sentence: seedSentence, paragraph: '', claimDate: '2022-06-01', category: 'killed' },
      [syria, quake],
      cats,
    );
    expect(m.event).toBeNull();
  });

  it('does not present a weak match (no name near the claim) as the event', () => {
    const m = matchEvent(
      { sentence: 'The death toll rose to 416.', paragraph: '', claimDate: '2024-12-01', category: 'killed' },
      [syria],
      cats,
    );
    expect(m.event).toBeNull();
  });

  it('a name found only elsewhere on the page is weaker evidence, but enough with date and category', () => {
    const m = matchEvent(
      {
        sentence: 'The death toll rose to 416.',
        paragraph: '',
        pageText: 'Hayat Tahrir al-Sham (HTS) launched an offensive',
        claimDate: '2024-12-01',
        category: 'killed',
      },
      [syria],
      cats,
    );
    expect(m.event?.id).toBe('syria-offensive');
    const noCategory = matchEvent(
      {
        sentence: 'The toll rose to 416.',
        paragraph: '',
        pageText: 'HTS',
        claimDate: '2024-12-01',
        category: 'killed',
      },
      [syria],
      () => new Set(['displaced']),
    );
    expect(noCategory.event).toBeNull();
  });

  it('prefers the event more of the names point to over one sharing a single name', () => {
    const local = event(
      'idlib-raid',
      'Raid near Syria border post',
      ['Syria'],
      [],
      '2024-11-30',
      '2024-11-30',
    );
    const m = matchEvent(
      {
        sentence: seedSentence,
        paragraph: 'Many fatalities resulted from Russian airstrikes.',
        pageText: 'Hayat Tahrir al-Sham (HTS) launched an offensive',
        claimDate: '2024-12-01',
        category: 'killed',
      },
      [local, syria],
      cats,
    );
    expect(m.event?.id).toBe('syria-offensive');
    expect(m.alternatives.map((a) => a.id)).toContain('idlib-raid');
  });

  it('reports two equally fitting events as alternatives instead of choosing', () => {
    const m = matchEvent(
      {
        sentence: '20 people were killed in Aleppo.',
        paragraph: '',
        claimDate: '2024-12-01',
        category: 'killed',
      },
      [syria, aleppoFloods],
      cats,
    );
    expect(m.event).toBeNull();
    expect(m.alternatives.map((a) => a.id).sort()).toEqual(['aleppo-2024', 'syria-offensive']);
  });
});
