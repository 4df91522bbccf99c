import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDate, claimDate, claimDateDetail, resolveRelativeDate } from '../../../src/xref/article-date';

const seed = readFileSync('tests/fixtures/seed/shafaq-2024-12-02-pezeshkian-syria.txt', 'utf8');
const empty = { metas: [], jsonLd: [], timeDatetimes: [], text: '' };

describe('articleDate', () => {
  it('prefers article:published_time over a modified date and other sources', () => {
    const r = articleDate({
      metas: [
        { property: 'article:modified_time', content: '2025-01-05T10:00:00Z' },
        { property: 'article:published_time', content: '2024-12-02T23:30:00-05:00' },
      ],
      jsonLd: ['{"@type":"NewsArticle","datePublished":"2024-11-30"}'],
      timeDatetimes: ['2024-11-29'],
      text: 'date 2024-11-28 Outlet/ text',
    });
    // The day as the publisher wrote it, not shifted to UTC.
    expect(r).toEqual({ date: '2024-12-02', source: 'meta' });
  });

  it('accepts the page code`s {key, content} meta shape', () => {
    expect(articleDate({ ...empty, metas: [{ key: 'datePublished', content: '2023-10-09' }] })).toEqual({
      date: '2023-10-09',
      source: 'meta',
    });
  });

  it('reads JSON-LD datePublished inside @graph, preferring the article node', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-01' },
        { '@type': ['NewsArticle'], datePublished: '2024-12-02T08:00:00+03:00' },
      ],
    });
    expect(articleDate({ ...empty, jsonLd: ['{broken', ld] })).toEqual({
      date: '2024-12-02',
      source: 'json-ld',
    });
  });

  it('falls back to <time datetime>, then a dateline, then today', () => {
    expect(articleDate({ ...empty, timeDatetimes: ['', '2024-02-06T04:17'] })).toEqual({
      date: '2024-02-06',
      source: 'time',
    });
    expect(articleDate({ ...empty, text: seed })).toEqual({ date: '2024-12-02', source: 'dateline' });
    expect(articleDate({ ...empty, text: 'BEIRUT, December 2, 2024 (Reuters) - Fighting…' })).toEqual({
      date: '2024-12-02',
      source: 'dateline',
    });
    expect(articleDate({ ...empty, text: 'No date here at all.' }, new Date(2026, 0, 15, 12))).toEqual({
      date: '2026-01-15',
      source: 'today',
    });
  });
});

describe('relative dates', () => {
  const monday = '2024-12-02';
  it('resolves a weekday to the most recent one on or before the article date', () => {
    expect(resolveRelativeDate('on Sunday', monday)).toBe('2024-12-01');
    expect(resolveRelativeDate('on Monday', monday)).toBe('2024-12-02');
    // chrono alone would pick the coming Tuesday; news reports the past.
    expect(resolveRelativeDate('Tuesday', monday)).toBe('2024-11-26');
  });
  it('resolves yesterday, last week and month-day dates', () => {
    expect(resolveRelativeDate('yesterday', monday)).toBe('2024-12-01');
    expect(resolveRelativeDate('last week', monday)).toBe('2024-11-25');
    expect(resolveRelativeDate('On Nov. 27', monday)).toBe('2024-11-27');
    // A day without a year is not after the article's date.
    expect(resolveRelativeDate('on Dec. 20', monday)).toBe('2023-12-20');
    expect(resolveRelativeDate('no date in this', monday)).toBeNull();
  });
});

describe('claimDate', () => {
  it('takes the date tied to the reporting verb (seed: reported Sunday → 1 Dec)', () => {
    const s =
      'The Syrian Observatory for Human Rights reported Sunday that the death toll from the clashes between government forces and opposition factions had risen to 416.';
    expect(claimDate(s, '2024-12-02')).toBe('2024-12-01');
    expect(claimDateDetail(s, '2024-12-02')).toMatchObject({ from: 'text', text: 'Sunday' });
  });
  it('ignores the start of the counted period and falls back to the article date', () => {
    expect(
      claimDate('At least 242 people have been killed since Wednesday, the monitor said.', '2024-11-30'),
    ).toBe('2024-11-30');
    expect(claimDate('The toll since Nov. 27 rose to 514 on Monday.', '2024-12-03')).toBe('2024-12-02');
    expect(claimDateDetail('The toll rose to 514.', '2024-12-03')).toEqual({
      date: '2024-12-03',
      from: 'article',
      text: null,
    });
  });
});
