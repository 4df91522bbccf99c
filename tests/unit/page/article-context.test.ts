// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../src/page/article-context';

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
