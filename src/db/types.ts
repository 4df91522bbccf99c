/**
 * Row shapes of the claims database. Shared by the Dexie schema (src/db),
 * the cross-referencing (src/xref) and the UI; the schema may add indexes
 * but not change these meanings without a migration.
 */
import type { Approx, CasualtyCategory } from '../extract/types';
import type { Provenance } from '../xref/types';

export type { Provenance };

export type EntityType = 'group' | 'person' | 'place' | 'event' | 'state';

export interface EntityName {
  name: string;
  /** primary, alias (a.k.a.), former (f.k.a.), weak (may confirm a match, never trigger one) */
  type: 'primary' | 'alias' | 'former' | 'weak';
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  names: EntityName[];
  /** Normalised keys of every name (see nameKey), indexed multi-entry. */
  nameKeys: string[];
  /** Keys of weak aliases only: may confirm, never trigger a match. */
  weakKeys: string[];
  predecessors: string[];
  successors: string[];
  notes?: string;
  provenance: Provenance;
  /** True once a user added or edited the row: imports and updates never touch it. */
  userEdited?: boolean;
}

export interface DesignationRow {
  id: string;
  entityId: string;
  /** Canonical authority: United States, United Nations, European Union, United Kingdom, … */
  authority: string;
  /** List or programme: US FTO, US SDGT, UN ISIL/Al-Qaida 1267, EU terrorist list, UK proscribed… */
  list: string;
  /** The name the authority listed, when it differs from the entity's (HTS under al-Nusrah Front). */
  listedAs?: string;
  /** YYYY-MM-DD or partial (YYYY, YYYY-MM) */
  listedOn: string | null;
  effectiveOn?: string | null;
  /** End of the listing (delisting / revocation effective date); null = still listed as far as known. */
  endedOn: string | null;
  endReason?: string;
  referenceId?: string;
  sourceUrl: string | null;
  unverified?: boolean;
  note?: string;
  /** Source of the end (revocation/delisting) when it differs from sourceUrl. */
  endSourceUrl?: string | null;
  /** Every supporting source (listing, amendments, end), for the card's links. */
  sources?: { url: string; label: string }[];
  /** The sources confirm the status only up to this date (YYYY[-MM[-DD]]); later status is unverified. */
  statusUnverifiedAfter?: string;
  provenance: Provenance;
  userEdited?: boolean;
}

export interface CasualtyEventRow {
  id: string;
  title: string;
  places: string[];
  actors: string[];
  start: string;
  end: string | null;
  /** Normalised keys of place and actor names, for matching. */
  keys: string[];
  provenance: Provenance;
  userEdited?: boolean;
}

export interface CasualtyReportRow {
  id: string;
  eventId: string;
  category: CasualtyCategory;
  min: number | null;
  max: number | null;
  approx: Approx;
  who: string | null;
  reportedBy: string;
  /** The date the figure was current. */
  asOf: string;
  outlet: string | null;
  url: string | null;
  documented: boolean;
  /** 'all' deaths, or a narrower scope such as 'civilians'. */
  scope: string;
  unverified?: boolean;
  note?: string;
  provenance: Provenance;
  userEdited?: boolean;
}

export interface FactCheckRow {
  id: string;
  claimReviewed: string;
  rating: string;
  reviewer: string;
  claimant?: string | null;
  date: string | null;
  url: string;
  language: string | null;
  /** Lower-cased words of the claim, indexed multi-entry for search. */
  words: string[];
  provenance: Provenance;
  userEdited?: boolean;
}

/** What a pack or import contributed, by table. */
export interface RowCounts {
  entities: number;
  designations: number;
  events: number;
  reports: number;
  factChecks: number;
}

/** One installed pack or finished import (the `packs` table): what it was, and what it wrote. */
export interface PackRow {
  /** The provenance label its rows carry (pack id, or the imported file's name). */
  id: string;
  origin: Provenance['origin'];
  name: string;
  version: string | null;
  /** Format the rows came from: 'claimcheck-pack', 'ofac-sdn-csv', … */
  format: string;
  installedAt: string;
  /** The pack's own creation date, when it states one. */
  createdAt?: string | null;
  counts: RowCounts;
  /** SHA-256 of the pack content, when known (pack subscriptions check it). */
  sha256?: string | null;
  /** Where it came from: file name, bundled path or subscription URL. */
  source?: string | null;
  /** Free-text provenance of the pack's data (its sources and licences). */
  sources?: string[];
}

/** Small user/extension state kept with the data (e.g. the installed bundled data version). */
export interface SettingRow {
  key: string;
  value: unknown;
}
