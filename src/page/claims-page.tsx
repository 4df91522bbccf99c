/**
 * Wires the page side together: scan text → extract → map to ranges → paint,
 * one delegated click listener for hit-testing, and the card in a shadow root.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { extractClaims } from '../extract';
import type { Claim } from '../extract/types';
import type { Xref } from '../xref/types';
import { sendMessage } from '../messaging/protocol';
import { ClaimCard } from '../ui/ClaimCard';
import { collectText, OWN_UI_ATTRIBUTE } from './collect-text';
import { offsetsToRange } from './offsets-to-range';
import { Highlighter, toneOf } from './highlighter';
import { hitTest } from './hit-test';

export interface FoundClaim {
  id: string;
  claim: Claim;
  range: Range;
  xref: Xref | null;
}

export async function startClaimsPage(ctx: ContentScriptContext, cardCss: string): Promise<void> {
  const highlighter = new Highlighter(window);
  const found: FoundClaim[] = [];

  const ui = await createShadowRootUi(ctx, {
    name: 'claimcheck-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: cardCss,
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_UI_ATTRIBUTE, '');
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const container = ui.mounted!;
  let returnFocus: HTMLElement | null = null;

  const closeCard = () => {
    render(null, container);
    returnFocus?.focus?.();
    returnFocus = null;
  };

  const openCard = (item: FoundClaim) => {
    if (!returnFocus) returnFocus = document.activeElement as HTMLElement | null;
    const rect = item.range.getBoundingClientRect();
    render(
      <ClaimCard
        claim={item.claim}
        xref={item.xref}
        anchor={{ top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }}
        onClose={closeCard}
      />,
      container,
    );
  };

  const scan = () => {
    const collected = collectText(document.body);
    const claims = extractClaims(collected.text);
    found.length = 0;
    claims.forEach((claim, i) => {
      const range = offsetsToRange(collected.segments, claim.start, claim.end);
      if (range) found.push({ id: `c${i}`, claim, range, xref: null });
    });
    highlighter.paint(
      found.map((f) => ({ id: f.id, kind: f.claim.kind, range: f.range, tone: toneOf(f.xref?.verdict) })),
    );
  };

  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    const hit = hitTest(
      found.map((f) => f.range),
      event.clientX,
      event.clientY,
    );
    if (hit >= 0) openCard(found[hit]);
  });

  scan();
  void sendMessage; // used by the cross-referencing wiring
}
