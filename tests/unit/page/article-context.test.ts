// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { leadingText, readPageFacts } from '../../../src/page/article-context';

describe('readPageFacts', () => {
  it('reads meta tags, JSON-LD, <time> and the outlet name without parsing dates itself', () => {
    document.head.innerHTML =
      '<meta property="article:published_time" content="2024-12-02">' +
      '<meta property="og:site_name" content="Shafaq News">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-12-02"}</script>';
    document.body.innerHTML = '<article><time datetime="2024-12-02T10:00">2 Dec</time><p>Text.</p></article>';
    const facts = readPageFacts(document, 'Text.');
    expect(facts.outlet).toBe('Shafaq News');
    expect(facts.dateInput.metas).toContainEqual({ key: 'article:published_time', content: '2024-12-02' });
    expect(facts.dateInput.jsonLd[0]).toContain('datePublished');
    expect(facts.dateInput.timeDatetimes).toEqual(['2024-12-02T10:00']);
  });

  it('has no outlet when the page names none', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Text.</p>';
    expect(readPageFacts(document, 'Text.').outlet).toBeNull();
  });
});

describe('leadingText', () => {
  it('reads the opening text node by node, without script or style, up to the limit', () => {
    document.body.innerHTML =
      '<script>var x = "not text";</script><style>p{}</style>' +
      '<p>KYIV, Dec 2 (Reuters) - </p>' +
      Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} of a long live blog.</p>`).join('');
    const text = leadingText(document.body, 100);
    expect(text).toHaveLength(100);
    expect(text.startsWith('KYIV, Dec 2 (Reuters) - Paragraph 0')).toBe(true);
    expect(text).not.toContain('not text');
    expect(leadingText(document.body)).toBe(
      [...document.body.querySelectorAll('p')]
        .map((p) => p.textContent)
        .join('')
        .slice(0, 2000),
    );
  });

  it('reads only the first five <time> elements of a live blog', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, i) => `<time datetime="2024-12-02T${String(23 - (i % 24)).padStart(2, '0')}:00">post</time>`,
    ).join('');
    expect(readPageFacts(document, '').dateInput.timeDatetimes).toEqual([
      '2024-12-02T23:00',
      '2024-12-02T22:00',
      '2024-12-02T21:00',
      '2024-12-02T20:00',
      '2024-12-02T19:00',
    ]);
  });
});
