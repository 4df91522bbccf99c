import type { Claim, ExtractOptions } from './types';

export type * from './types';

// Placeholder first pattern for the foundation: one casualty toll and one
// designation phrasing. The extractor issue replaces this module's internals.
const TOLL = /death toll[^.]{0,80}?(?:risen|rose|climbed) to (\d[\d,]*)/gi;
const DESIGNATED =
  /([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*)*(?: \([A-Z]+\))?), (a group designated as a terrorist organi[sz]ation by the (US|UN|EU|UK))/g;

const DESIGNATORS: Record<string, string> = {
  US: 'United States',
  UN: 'United Nations',
  EU: 'European Union',
  UK: 'United Kingdom',
};

export function extractClaims(text: string, _options: ExtractOptions = {}): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(TOLL)) {
    const n = Number(m[1].replace(/,/g, ''));
    const start = m.index;
    claims.push({
      kind: 'casualty',
      quote: m[0],
      start,
      end: start + m[0].length,
      category: 'killed',
      min: n,
      max: n,
      approx: 'exact',
      who: null,
      source: null,
    });
  }
  for (const m of text.matchAll(DESIGNATED)) {
    const start = m.index + m[1].length + 2;
    claims.push({
      kind: 'designation',
      quote: m[2],
      start,
      end: start + m[2].length,
      entity: m[1],
      designators: [DESIGNATORS[m[3]]],
      label: 'terrorist organization',
      status: 'designated',
    });
  }
  return claims.sort((a, b) => a.start - b.start);
}
