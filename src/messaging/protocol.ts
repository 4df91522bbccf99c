/**
 * The only contract between the extension's contexts. Message names say who
 * sends to whom: `cs-bg:` content script → background, `ui-bg:` popup or
 * dashboard → background, `bg-cs:` / `ui-cs:` → a tab's content script.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Claim } from '../extract/types';
import type { Xref } from '../xref/types';

export interface PageContext {
  url: string;
  title: string;
  /** YYYY-MM-DD */
  articleDate: string;
  /** Where the date came from; 'today' when the page gave none. */
  articleDateSource: 'meta' | 'json-ld' | 'time' | 'dateline' | 'today';
  outlet: string | null;
}

/** A claim as found on a page, with the text around it for cross-referencing. */
export interface PageClaim {
  id: string;
  claim: Claim;
  /** The sentence and paragraph the claim sits in. */
  sentence: string;
  paragraph: string;
}

export interface TabClaimSummary {
  id: string;
  claim: Claim;
  verdict: Xref['verdict'] | null;
}

export interface ProtocolMap {
  'cs-bg:check-claims'(data: { page: PageContext; claims: PageClaim[] }): Record<string, Xref>;
  'cs-bg:page-claims'(data: { claims: TabClaimSummary[]; enabled: boolean }): void;
  'cs-bg:site-enabled'(data: { host: string }): boolean;
  'ui-bg:tab-claims'(data: { tabId: number }): { claims: TabClaimSummary[]; enabled: boolean };
  'ui-bg:set-site-enabled'(data: { host: string; enabled: boolean; tabId?: number }): void;
  'bg-cs:step-claim'(data: { direction: 1 | -1 }): void;
  'ui-cs:open-claim'(data: { id: string }): boolean;
  'bg-cs:site-enabled-changed'(data: { enabled: boolean }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
