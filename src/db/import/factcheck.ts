/**
 * Fact-checks: schema.org ClaimReview JSON-LD (a single object, an array, an
 * @graph, @type arrays, DataFeed items) and the Google Fact Check Tools
 * `claims:search` response. Ratings are kept as text: numeric scales are
 * publisher-specific and even the schema.org example contradicts itself.
 */
import { stableId } from '../ids';
import { claimWords } from '../words';
import { readAll } from './text';
import { ImportError, type Adapter } from './types';
import { isoDate } from './util';

type Node = Record<string, unknown>;
const s = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
const nameOf = (v: unknown): string | null =>
  Array.isArray(v) ? nameOf(v[0]) : typeof v === 'object' && v !== null ? s((v as Node).name) : s(v);

function isClaimReview(n: Node): boolean {
  const t = n['@type'];
  return t === 'ClaimReview' || (Array.isArray(t) && t.includes('ClaimReview'));
}

/** Every ClaimReview node anywhere in the document (@graph, arrays, DataFeed items). */
function* claimReviews(v: unknown, path: string): Generator<{ node: Node; path: string }> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* claimReviews(v[i], `${path}[${i}]`);
  } else if (typeof v === 'object' && v !== null) {
    const n = v as Node;
    if (isClaimReview(n)) {
      yield { node: n, path };
      return;
    }
    for (const key of ['@graph', 'dataFeedElement', 'item', 'mainEntity']) {
      if (key in n) yield* claimReviews(n[key], `${path}.${key}`);
    }
  }
}

async function parseJson(
  input: Parameters<Adapter['run']>[0],
  ctx: Parameters<Adapter['run']>[2],
): Promise<unknown> {
  const text = await readAll(input, ctx);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(input.name, 'document', `not JSON (${(e as Error).message})`);
  }
}

export const claimReviewAdapter: Adapter = {
  format: 'claimreview-jsonld',
  title: 'schema.org ClaimReview JSON-LD',
  detect: (head) =>
    /"@type"\s*:\s*(\[[^\]]*)?"ClaimReview"/.test(head) ||
    (/"@graph"|"@context"/.test(head) && /ClaimReview/.test(head)),
  async run(input, sink, ctx) {
    const doc = await parseJson(input, ctx);
    let found = 0;
    for (const { node, path } of claimReviews(doc, '$')) {
      found++;
      const claim = s(node.claimReviewed);
      const url = s(node.url);
      if (!claim) throw new ImportError(input.name, `ClaimReview at ${path}`, 'no claimReviewed');
      if (!url) throw new ImportError(input.name, `ClaimReview at ${path}`, 'no url');
      const rating = (node.reviewRating ?? {}) as Node;
      const reviewer =
        nameOf(node.author) ?? s((node.author as Node | undefined)?.url) ?? new URL(url).hostname;
      const item = (node.itemReviewed ?? {}) as Node;
      const lang = s(node.inLanguage);
      await sink.add('factChecks', {
        id: stableId('fc', url, claim),
        claimReviewed: claim,
        rating:
          s(rating.alternateName) ??
          (rating.ratingValue !== undefined
            ? `${s(rating.ratingValue)}${rating.bestRating !== undefined ? ` of ${s(rating.bestRating)}` : ''}`
            : ''),
        reviewer,
        claimant: nameOf(item.author),
        date: isoDate(s(node.datePublished)),
        url,
        language: lang,
        words: claimWords(claim),
      });
    }
    if (!found) throw new ImportError(input.name, 'document', 'no ClaimReview object found');
  },
};

export const claimsSearchAdapter: Adapter = {
  format: 'factcheck-claims-search',
  title: 'Google Fact Check Tools API claims:search response',
  detect: (head) =>
    /^\s*\{\s*"claims"\s*:\s*\[/.test(head) || (/"claimReview"\s*:/.test(head) && /"claims"\s*:/.test(head)),
  async run(input, sink, ctx) {
    const doc = (await parseJson(input, ctx)) as Node;
    if (!Array.isArray(doc.claims)) throw new ImportError(input.name, 'document', 'no "claims" list');
    for (const [i, c] of (doc.claims as Node[]).entries()) {
      const where = `claims[${i}]`;
      const text = s(c.text);
      if (!text) throw new ImportError(input.name, where, 'no text');
      const reviews = c.claimReview;
      if (!Array.isArray(reviews) || reviews.length === 0) {
        sink.skip('claim without a review', where);
        continue;
      }
      for (const [j, r] of (reviews as Node[]).entries()) {
        const url = s(r.url);
        if (!url) throw new ImportError(input.name, `${where}.claimReview[${j}]`, 'no url');
        const publisher = (r.publisher ?? {}) as Node;
        await sink.add('factChecks', {
          id: stableId('fc', url, text),
          claimReviewed: text,
          rating: s(r.textualRating) ?? '',
          reviewer: s(publisher.name) ?? s(publisher.site) ?? new URL(url).hostname,
          claimant: s(c.claimant),
          date: isoDate(s(r.reviewDate)),
          url,
          language: s(r.languageCode),
          words: claimWords(text),
        });
      }
    }
  },
};
