/**
 * The only contract between the extension's contexts. Message names say who
 * sends to whom: `cs-bg:` content script → background, `ui-bg:` popup or
 * dashboard → background, `bg-cs:` / `ui-cs:` → a tab's content script.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Claim } from '../extract/types';
import type { AuthorityStatus, CasualtyEvidence, DesignationEvidence, FigureRung, Xref } from '../xref/types';
import type { PageDateInput } from '../xref/article-date';
import type { InstallProgress } from '../sharing/install';
import type { Subscription } from '../sharing/subscriptions';

export interface PageContext {
  url: string;
  title: string;
  /** YYYY-MM-DD */
  articleDate: string;
  /** Where the date came from; 'today' when the page gave none. */
  articleDateSource: 'meta' | 'json-ld' | 'time' | 'dateline' | 'today';
  outlet: string | null;
}

/** What the content script reads off a page; the background resolves it to a PageContext. */
export interface PageFacts {
  url: string;
  title: string;
  outlet: string | null;
  dateInput: PageDateInput;
}

/** A claim as found on a page, with the text around it for cross-referencing. */
export interface PageClaim {
  id: string;
  claim: Claim;
  /** The sentence and paragraph the claim sits in ('' for a designation: its check reads neither). */
  sentence: string;
  paragraph: string;
}

/**
 * One part of the claims a content script sends for one check (src/xref/wire.ts
 * builds and reads them). Only casualty claims carry text: their paragraph, sent
 * once per check however many claims share it, and the sentence and quote as
 * offsets into it. A designation's check reads only the claim.
 */
export interface ClaimPart {
  /** The check this part belongs to: its parts are put together in the background and checked as one. */
  check: string;
  /** 0, 1, 2, … in the order sent; the background refuses a gap. */
  part: number;
  /** The paragraphs first needed by this part's claims, appended to the check's table. */
  paragraphs: string[];
  claims: WireClaim[];
  /** Set on the last part, which the background answers with the first results. */
  page?: PageFacts;
}

export interface WireClaim {
  id: string;
  /** The claim; its quote is '' when `quoteAt` locates it in the paragraph. */
  claim: Claim;
  /** Index of the claim's paragraph in the check's table (casualty claims). */
  paragraph?: number;
  /** The sentence: [start, end) in the paragraph, or the text when it is not a slice of it. */
  sentence?: [number, number] | string;
  /** Where the quote starts in the paragraph (it runs claim.end - claim.start characters). */
  quoteAt?: number;
}

/** A casualty figure ladder or a designation's authorities, as an index into the check's shared table. */
export type WireEvidence =
  | (Omit<CasualtyEvidence, 'ladder'> & { ladder: number })
  | (Omit<DesignationEvidence, 'authorities'> & { authorities: number });

export interface WireXref extends Omit<Xref, 'evidence'> {
  evidence: WireEvidence[];
}

/**
 * One part of a check's results. The ladders and authority lists that many claims
 * share (every claim about one event) are sent once, in the part that first needs them.
 */
export interface ResultPart {
  /** Ladders and authority lists first used in this part, appended to the check's shared table. */
  shared: (FigureRung[] | AuthorityStatus[])[];
  results: Record<string, WireXref>;
  /** More parts follow: ask for them with 'cs-bg:check-results'. */
  more: boolean;
}

export interface TabClaimSummary {
  id: string;
  claim: Claim;
  verdict: Xref['verdict'] | null;
}

export interface TabReport {
  host: string;
  enabled: boolean;
  claims: TabClaimSummary[];
}

export interface SiteSettings {
  enabled: boolean;
  /** Quotes the reader marked "this is not a claim" on this site. */
  dismissed: string[];
}

/** Pack subscriptions as the dashboard shows them. */
export interface SubscriptionsState {
  subscriptions: Subscription[];
  /** Hours between scheduled checks. */
  intervalHours: number;
  /** Checks running now, by URL, with their progress (null until the download starts). */
  running: Record<string, InstallProgress | null>;
}

export interface ProtocolMap {
  /**
   * Cross-reference claims found on a page against the database, sent in parts
   * small enough to serialise in a few milliseconds. Parts before the last are
   * answered with null; the last with the page's context and the first results.
   */
  'cs-bg:check-claims'(data: ClaimPart): { page: PageContext; results: ResultPart } | null;
  /** The next part of a check's results (after a part with `more`). */
  'cs-bg:check-results'(data: { check: string }): ResultPart;
  /** The tab's current claims, for the popup list and the toolbar badge. */
  'cs-bg:page-claims'(data: TabReport): void;
  'cs-bg:site-settings'(data: { host: string }): SiteSettings;
  'cs-bg:dismiss-claim'(data: { host: string; quote: string }): void;
  /** Open the dashboard's "add" form prefilled from a claim. */
  'cs-bg:add-to-database'(data: { quote: string; url: string; date: string }): void;
  /** Null when the tab has no content script (e.g. a browser page). */
  'ui-bg:tab-claims'(data: { tabId: number }): TabReport | null;
  /** The tab whose content script last reported from `url` (the popup opened in a tab for a page). */
  'ui-bg:tab-for-url'(data: { url: string }): number | null;
  'ui-bg:set-site-enabled'(data: { host: string; enabled: boolean; tabId?: number }): void;
  /** Pack subscriptions (issue 7): list, add (the dashboard asked for the origin's permission first), check now, remove. */
  'ui-bg:subscriptions'(): SubscriptionsState;
  'ui-bg:subscribe'(data: { url: string; publicKey: string | null }): SubscriptionsState;
  'ui-bg:refresh-subscription'(data: { url: string }): SubscriptionsState;
  'ui-bg:unsubscribe'(data: { url: string }): SubscriptionsState;
  'ui-bg:set-subscription-interval'(data: { hours: number }): SubscriptionsState;
  'bg-cs:step-claim'(data: { direction: 1 | -1 }): void;
  'bg-cs:site-enabled-changed'(data: { enabled: boolean }): void;
  /** Scroll to a claim and open its card (from the popup). */
  'ui-cs:open-claim'(data: { id: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
