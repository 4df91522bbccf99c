/**
 * One line per designation claim, "entity | designators | status", for tests that assert what a
 * reader sees on the card without its quote or label.
 */
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

export function designationRows(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is DesignationClaim => c.kind === 'designation')
    .map((c) => `${c.entity} | ${c.designators.join(', ')} | ${c.status}`);
}
