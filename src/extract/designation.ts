import type { DesignationClaim } from './types';
import type { Span } from './sentences';
export type DesignationHit = Omit<DesignationClaim, 'quote'>;
export function designationsInPassage(_t: string, _s: Span[]): Array<DesignationHit & { quote: string }> {
  return [];
}
