import { onMessage } from '../messaging/protocol';
import type { TabClaimSummary } from '../messaging/protocol';

/** Claims reported by each tab's content script, for the popup and the badge. */
const tabClaims = new Map<number, { claims: TabClaimSummary[]; enabled: boolean }>();

export function startBackground(): void {
  onMessage('cs-bg:page-claims', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    tabClaims.set(tabId, data);
  });
  onMessage('ui-bg:tab-claims', ({ data }) => tabClaims.get(data.tabId) ?? { claims: [], enabled: true });
  onMessage('cs-bg:check-claims', () => ({}));
  onMessage('cs-bg:site-enabled', () => true);
}
