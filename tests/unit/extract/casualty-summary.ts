/**
 * One line per casualty claim, "category min/max approx «quote»", in text order: what the
 * casualty test tables assert. Some tables leave the quote out, or add who was harmed.
 */
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

export function casualtyRows(text: string, fields: { quote?: boolean; who?: boolean } = {}): string[] {
  const { quote = true, who = false } = fields;
  return extractClaims(text)
    .filter((c): c is CasualtyClaim => c.kind === 'casualty')
    .map(
      (c) =>
        `${c.category} ${c.min}/${c.max} ${c.approx}` +
        (quote ? ` «${c.quote}»` : '') +
        (who ? ` ${c.who ?? '-'}` : ''),
    );
}
