/**
 * What the cross-referencing says about one claim. This is the shape the card,
 * the popup, the audit receipt and `npm run scan -- --xref` all read.
 */
import type { Approx, CasualtyCategory, Claim } from '../extract/types';

export type DesignationVerdict = 'supported' | 'outdated' | 'contradicted' | 'unknown';
export type CasualtyVerdict = 'consistent' | 'outlier' | 'outdated' | 'unknown';
export type Verdict = DesignationVerdict | CasualtyVerdict;

/** Where a database row came from: the bundled pack, an import, a subscription or the user. */
export interface Provenance {
  origin: 'bundled' | 'import' | 'subscription' | 'user';
  /** Pack id, file name or subscription URL. */
  label: string;
  version?: string;
  addedAt: string;
}

/** One rung of a casualty figure ladder. */
export interface FigureRung {
  reportId: string;
  reportedBy: string;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approx: Approx;
  who: string | null;
  /** The date the figure was current (YYYY-MM-DD). */
  asOf: string;
  outlet: string | null;
  url: string | null;
  documented: boolean;
  /** Published after the claim's own date: shown as "since then". */
  sinceThen: boolean;
  /** Counts a narrower or different population than the claim (e.g. civilians only). */
  differentScope: boolean;
  unverified: boolean;
  provenance: Provenance;
}

export interface CasualtyEvidence {
  kind: 'casualty';
  event: { id: string; title: string; place: string; start: string; end: string | null } | null;
  /** 0..1, and the reasons the event was chosen. */
  matchScore: number;
  matchReasons: string[];
  /** Other candidate events when the match was not clear. */
  alternatives: { id: string; title: string; score: number }[];
  claimDate: string;
  tolerance: number;
  ladder: FigureRung[];
  /** Whether claimDate was read from the text ("reported Sunday") or is the article's date. */
  claimDateFrom?: 'text' | 'article';
  /** reportIds of the rungs the claim was compared with (the figures current on claimDate). */
  compared?: string[];
}

export interface AuthorityStatus {
  authority: string;
  /** Named by the claim itself, or only known to the database. */
  namedInClaim: boolean;
  list: string | null;
  onArticleDate: StatusAt;
  today: StatusAt;
  sources: { url: string; label: string }[];
  unverified: boolean;
  provenance: Provenance[];
}

export interface StatusAt {
  date: string;
  state: 'listed' | 'delisted' | 'never-listed';
  /** Listed since, or delisted on. */
  since: string | null;
  list: string | null;
  /** Listed under another name (e.g. HTS under al-Nusrah Front). */
  viaName: string | null;
}

export interface DesignationEvidence {
  kind: 'designation';
  entity: { id: string; name: string; matchedBy: string } | null;
  ambiguous: { id: string; name: string }[];
  authorities: AuthorityStatus[];
  /** Ids of the designation rows the verdict rests on. */
  basis?: string[];
}

export interface Xref {
  verdict: Verdict;
  /** One sentence saying why. */
  why: string;
  evidence: (CasualtyEvidence | DesignationEvidence)[];
  articleDate: string;
  checkedAt: string;
  dataVersion: string;
}

export interface CheckedClaim {
  claim: Claim;
  xref: Xref;
}
