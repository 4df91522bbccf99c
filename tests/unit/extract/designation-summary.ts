/**
 * One line per designation claim, "entity | designators | status", for tests that assert what a
 * reader sees on the card without its quote or label.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

export function designationRows(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => `${c.entity} | ${c.designators.join(', ')} | ${c.status}`);
}

/** One test per sentence, under `title`: the designation rows the reader would see for it. */
export function claimsOf(title: string, rows: Array<[text: string, expected: string[]]>): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(designationRows(text)).toEqual(expected);
    });
  });
}

/** "entity | designators | status | label": the rows with the label the card shows. */
export function labelledRows(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => `${c.entity} | ${c.designators.join(', ')} | ${c.status} | ${c.label}`);
}

/** One test per sentence, under `title`: its rows with their labels. */
export function labelledClaimsOf(title: string, rows: Array<[text: string, expected: string[]]>): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(labelledRows(text)).toEqual(expected);
    });
  });
}
