/**
 * Claim shapes, field for field as docs/CLAIMS.md defines them.
 * `start`/`end` are UTF-16 offsets into the text given to the extractor, so
 * `quote === text.slice(start, end)` always holds.
 */

export type CasualtyCategory = 'killed' | 'injured' | 'missing' | 'displaced' | 'casualties';
export type Approx = 'exact' | 'at_least' | 'at_most' | 'about' | 'vague';
export type DesignationStatus = 'designated' | 'delisted';

interface ClaimBase {
  quote: string;
  start: number;
  end: number;
}

export interface CasualtyClaim extends ClaimBase {
  kind: 'casualty';
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approx: Approx;
  who: string | null;
  source: string | null;
}

export interface DesignationClaim extends ClaimBase {
  kind: 'designation';
  entity: string;
  designators: string[];
  label: string;
  status: DesignationStatus;
}

export type Claim = CasualtyClaim | DesignationClaim;
export type ClaimKind = Claim['kind'];

export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD), used to resolve relative dates. */
  date?: string;
  /**
   * Where the text to extract starts: what comes before is context (an earlier paragraph's
   * last sentence, read for sources and carried tallies) whose own claims are not wanted.
   */
  from?: number;
}
