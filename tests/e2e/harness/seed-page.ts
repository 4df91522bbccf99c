import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_DIR } from './paths';

export interface SeedArticle {
  /** File name without `.txt`, e.g. `shafaq-2024-12-02-pezeshkian-syria`. */
  slug: string;
  date: string;
  outlet: string;
  headline: string;
  paragraphs: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Parses a seed article: the first line is ` date YYYY-MM-DD Outlet/ first paragraph`, the rest is the
 * article, one paragraph per non-empty line. The lead after the outlet becomes the headline.
 */
export function parseSeed(slug: string, text: string): SeedArticle {
  const [first, ...rest] = text.split(/\r?\n/);
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+([^/]+)\/\s*(.*)$/.exec(first);
  if (!m) throw new Error(`Seed ${slug}: first line is not " date YYYY-MM-DD Outlet/ …": ${first}`);
  const [, date, outlet, lead] = m;
  // The lead line doubles as the headline; it is not repeated as a paragraph.
  const paragraphs = rest.map((l) => l.trim()).filter(Boolean);
  return { slug, date, outlet: outlet.trim(), headline: lead.trim(), paragraphs };
}

export function listSeeds(): SeedArticle[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSeed(f.slice(0, -4), readFileSync(path.join(SEED_DIR, f), 'utf8')));
}

/** The seed article as a plain news page: date and outlet in the head's meta tags, a headline, one <p> per paragraph. */
export function seedArticleHtml(article: SeedArticle): string {
  const p = article.paragraphs.map((t) => `      <p>${escapeHtml(t)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(article.headline)} - ${escapeHtml(article.outlet)}</title>
    <meta property="og:site_name" content="${escapeHtml(article.outlet)}" />
    <meta property="og:type" content="article" />
    <meta property="article:published_time" content="${article.date}" />
    <link rel="stylesheet" href="/news.css" />
  </head>
  <body>
    <header class="masthead">${escapeHtml(article.outlet)}</header>
    <article>
      <h1>${escapeHtml(article.headline)}</h1>
      <p class="dateline"><time datetime="${article.date}">${article.date}</time></p>
${p}
    </article>
  </body>
</html>
`;
}
