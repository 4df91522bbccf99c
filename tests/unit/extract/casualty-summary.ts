/**
 * One line per casualty claim, "category min/max approx «quote»", in text order: what the
 * casualty test tables assert. Some tables leave the quote out, or add who was harmed.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

type Fields = { quote?: boolean; who?: boolean };

export function casualtyRows(text: string, fields: Fields = {}): string[] {
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

/** One test per sentence, under `title`: the casualty rows the sentence gives. */
export function casualtyClaimsOf(
  title: string,
  rows: Array<[text: string, expected: string[]]>,
  fields: Fields = {},
): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(casualtyRows(text, fields)).toEqual(expected);
    });
  });
}
