import { describe, expect, it } from 'vitest';
import { resolvePageContext } from '../../../src/background/checker';

describe('resolvePageContext', () => {
  const base = { url: 'https://news.example/a', title: 'A', outlet: 'Example News' };

  it('takes the article date from the page’s published-time meta tag', () => {
    const ctx = resolvePageContext(
      {
        ...base,
        dateInput: {
          metas: [{ key: 'article:published_time', content: '2024-12-02T08:15:00+03:00' }],
          jsonLd: [],
          timeDatetimes: [],
          text: '',
        },
      },
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(ctx).toMatchObject({
      articleDate: '2024-12-02',
      articleDateSource: 'meta',
      outlet: 'Example News',
    });
  });

  it('falls back to today, and says so, when the page gives no date', () => {
    const ctx = resolvePageContext(
      { ...base, dateInput: { metas: [], jsonLd: [], timeDatetimes: [], text: 'No date here.' } },
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(ctx).toMatchObject({ articleDate: '2026-11-25', articleDateSource: 'today' });
  });
});
