/**
 * The page side: scan → highlight → click/keyboard → card. Thin glue over the
 * modules next to it; all page state lives in this one controller.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  onMessage,
  sendMessage,
  type PageContext,
  type PageFacts,
  type ResultPart,
  type TabClaimSummary,
} from '../messaging/protocol';
import type { Xref } from '../xref/types';
import { claimParts, ResultReader } from '../xref/wire';
import type { CardModule } from '../ui/card-module';
import type { CasualtyFinder, DesignationFinder } from './page-extractor';

type DesignationRulesModule = typeof import('../extract/designation-module');
type CasualtyRulesModule = typeof import('../extract/casualty-module');
import { boxOf, OWN_UI_ATTRIBUTE, yieldToMain } from './collect-text';
import { Highlighter, toneOf } from './highlighter';
import { hitTest } from './hit-test';
import { isEditableTarget, isInteractiveTarget, stepFromKey } from './keyboard';
import { watchMutations } from './mutation-watch';
import { leadingText, readPageFacts } from './article-context';
import { auditReceipt } from './receipt';
import { Scanner, type FoundClaim } from './scanner';
import { createOverlay, type Overlay } from './overlay';

let cardModule: Promise<CardModule> | null = null;
/** Loads Preact and the card on first use, as an extension module (runs in this isolated world). */
function loadCardModule(): Promise<CardModule> {
  cardModule ??= import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js' as '/popup.html')).catch(
    (err: unknown) => {
      cardModule = null;
      throw err;
    },
  ) as Promise<CardModule>;
  return cardModule;
}

/** A rules module of the extension (runs in this isolated world), imported when a page first needs it. */
async function importRules<M>(path: '/casualty-rules.js' | '/designation-rules.js'): Promise<M> {
  return (await import(/* @vite-ignore */ browser.runtime.getURL(path as '/popup.html'))) as M;
}

/** The casualty rules, for pages whose text has a harm stem. */
const loadCasualtyRules = async (): Promise<CasualtyFinder> =>
  (await importRules<CasualtyRulesModule>('/casualty-rules.js')).casualtiesInPassage;

/** The designation rules, for pages whose text has a designation cue. */
const loadDesignationRules = async (): Promise<DesignationFinder> =>
  (await importRules<DesignationRulesModule>('/designation-rules.js')).designationsInPassage;

export async function startClaimsPage(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const highlighter = new Highlighter(window);
  if (!highlighter.supported) return; // No Highlight API: nothing we can draw without touching the page.

  let enabled = true;
  let dismissed = new Set<string>();
  try {
    const settings = await sendMessage('cs-bg:site-settings', { host });
    enabled = settings.enabled;
    dismissed = new Set(settings.dismissed);
  } catch {
    // The background may be restarting; scan anyway with defaults.
  }

  let facts: PageFacts | null = null;
  /** Resolved by the background (article date) with the first check. */
  let page: PageContext | null = null;
  let scanner: Scanner | null = null;
  let found: FoundClaim[] = [];
  const xrefs = new Map<string, Xref>();
  const errors = new Map<string, string>();
  let activeIndex = -1;
  let openId: string | null = null;
  let returnFocus: Element | null = null;
  let scanGeneration = 0;
  let checkCount = 0;
  let uiRoot: Overlay | null = null;
  let stopWatching: (() => void) | null = null;

  // The shadow host is mounted only when first needed, so pages without a
  // click on a claim carry no element of ours at all.
  const ensureUi = (): Overlay => {
    uiRoot ??= createOverlay();
    return uiRoot;
  };

  const isOwn = (node: Node) =>
    node instanceof Element
      ? node.hasAttribute(OWN_UI_ATTRIBUTE) || !!node.closest(`[${OWN_UI_ATTRIBUTE}]`)
      : !!node.parentElement?.closest(`[${OWN_UI_ATTRIBUTE}]`);

  const paint = () => {
    highlighter.paint(
      found.map((f) => ({
        id: f.id,
        kind: f.claim.kind,
        range: f.range,
        tone: toneOf(xrefs.get(f.id)?.verdict),
      })),
    );
    highlighter.setActive(activeIndex >= 0 ? (found[activeIndex]?.range ?? null) : null);
  };

  const report = () => {
    const claims: TabClaimSummary[] = found.map((f) => ({
      id: f.id,
      claim: f.claim,
      verdict: xrefs.get(f.id)?.verdict ?? null,
    }));
    sendMessage('cs-bg:page-claims', { host, claims, enabled }).catch(() => undefined);
  };

  const renderCard = async () => {
    const item = found.find((f) => f.id === openId);
    if (!item || !facts) {
      if (uiRoot) uiRoot.card.replaceChildren();
      return;
    }
    const mod = await loadCardModule();
    const { card, addStyle } = ensureUi();
    addStyle('card', mod.css);
    if (openId !== item.id) return; // closed or replaced while loading
    const rect = item.range.getBoundingClientRect();
    const currentPage: PageContext = page ?? {
      url: facts.url,
      title: facts.title,
      outlet: facts.outlet,
      articleDate: '',
      articleDateSource: 'today',
    };
    mod.renderCard(card, {
      claim: item.claim,
      xref: xrefs.get(item.id) ?? null,
      error: errors.get(item.id) ?? null,
      articleDate: currentPage.articleDate,
      articleDateSource: currentPage.articleDateSource,
      anchor: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
      onClose: closeCard,
      onAddToDatabase: () => {
        sendMessage('cs-bg:add-to-database', {
          quote: item.claim.quote,
          url: currentPage.url,
          date: currentPage.articleDate,
        }).catch(() => undefined);
      },
      onNotAClaim: () => {
        dismissed.add(item.claim.quote);
        sendMessage('cs-bg:dismiss-claim', { host, quote: item.claim.quote }).catch(() => undefined);
        found = found.filter((f) => f.id !== item.id);
        closeCard();
        paint();
        report();
      },
      onCopyReceipt: () =>
        navigator.clipboard.writeText(
          JSON.stringify(auditReceipt(item, currentPage, xrefs.get(item.id) ?? null), null, 2),
        ),
    });
  };

  function closeCard() {
    if (openId === null) return;
    openId = null;
    if (uiRoot && cardModule) void cardModule.then((mod) => mod.unmountCard(uiRoot!.card));
    const target = returnFocus as HTMLElement | null;
    returnFocus = null;
    if (target && target.isConnected && typeof target.focus === 'function') target.focus();
  }

  const openCard = (item: FoundClaim) => {
    if (openId === null) returnFocus = document.activeElement;
    openId = item.id;
    activeIndex = found.indexOf(item);
    paint();
    void renderCard();
  };

  const announce = (text: string) => {
    ensureUi().live.textContent = text;
  };

  const step = (direction: 1 | -1) => {
    if (!found.length) {
      announce('No claims found on this page.');
      return;
    }
    activeIndex = activeIndex < 0 ? (direction > 0 ? 0 : found.length - 1) : activeIndex + direction;
    activeIndex = (activeIndex + found.length) % found.length;
    const item = found[activeIndex];
    paint();
    const el = boxOf(item.range.startContainer);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const verdict = xrefs.get(item.id)?.verdict;
    announce(
      `Claim ${activeIndex + 1} of ${found.length}: “${item.claim.quote}”${
        verdict ? `, ${verdict}` : ''
      }. Press Enter to open its card.`,
    );
    if (openId !== null) openCard(item);
  };

  /**
   * One check, in parts: each part is built and serialised in its own task
   * (a few milliseconds however large the page), and so is each part of the
   * results. The background checks the parts as one.
   */
  const checkInParts = async (pageFacts: PageFacts, todo: FoundClaim[]) => {
    const check = `${Date.now().toString(36)}-${++checkCount}`;
    let answer: { page: PageContext; results: ResultPart } | null = null;
    for (const part of claimParts(todo, pageFacts, check))
      answer = await sendMessage('cs-bg:check-claims', part);
    if (!answer) throw new Error('the last part of the check was not answered');
    const reader = new ResultReader();
    const results = new Map<string, Xref>();
    let part = answer.results;
    for (;;) {
      for (const [id, xref] of Object.entries(reader.read(part))) results.set(id, xref);
      if (!part.more) break;
      part = await sendMessage('cs-bg:check-results', { check });
    }
    return { page: answer.page, results };
  };

  const checkNew = async (items: FoundClaim[]) => {
    const todo = items.filter((f) => !xrefs.has(f.id));
    if (!todo.length || !facts) return;
    try {
      let answer: Awaited<ReturnType<typeof checkInParts>>;
      try {
        answer = await checkInParts(facts, todo);
      } catch {
        // A background that restarted between two parts lost the earlier ones: once more from the start.
        answer = await checkInParts(facts, todo);
      }
      page = answer.page;
      const { results } = answer;
      for (const [id, xref] of results) {
        xrefs.set(id, xref);
        errors.delete(id);
      }
      for (const f of todo)
        if (!results.has(f.id)) errors.set(f.id, 'The claims database gave no answer for this claim.');
    } catch (err) {
      for (const f of todo) errors.set(f.id, `The claims database could not be reached (${String(err)}).`);
    }
    paint();
    report();
    if (openId && todo.some((f) => f.id === openId)) void renderCard();
  };

  const scan = async () => {
    if (!enabled || !ctx.isValid) return;
    const generation = ++scanGeneration;
    if (!facts || !scanner) {
      facts = readPageFacts(document, leadingText(document.body));
      scanner = new Scanner({ loadCasualties: loadCasualtyRules, loadDesignations: loadDesignationRules });
    }
    const result = await scanner.scan(document.body, {
      cancelled: () => generation !== scanGeneration || !ctx.isValid,
      // A page with nothing highlighted yet (the first scan) shows the claims at its top
      // while the rest is read; a rescan keeps the highlights it has until it is done.
      onEarlyClaims:
        found.length === 0
          ? (early) => {
              if (generation !== scanGeneration) return;
              found = early.filter((f) => !dismissed.has(f.claim.quote));
              paint();
            }
          : undefined,
    });
    if (!result || generation !== scanGeneration) return;
    const activeId = found[activeIndex]?.id;
    found = result.filter((f) => !dismissed.has(f.claim.quote));
    activeIndex = activeId ? found.findIndex((f) => f.id === activeId) : -1;
    paint();
    report();
    if (openId && !found.some((f) => f.id === openId)) closeCard();
    else if (openId) void renderCard(); // the claim's range moved with a re-render
    // The check's first part is serialised in its own task, not the one that painted and
    // reported (a newer scan sends its own).
    await yieldToMain();
    if (generation !== scanGeneration || !ctx.isValid) return;
    await checkNew(found);
  };

  const start = () => {
    void scan();
    stopWatching ??= watchMutations(document.body, { isOwn, onChange: () => void scan() });
  };

  const stop = () => {
    scanGeneration++;
    stopWatching?.();
    stopWatching = null;
    found = [];
    activeIndex = -1;
    closeCard();
    paint();
    report();
  };

  // One delegated listener for every highlight; capture so a page that stops
  // propagation still lets the reader open a card. We never prevent default.
  ctx.addEventListener(
    window,
    'click',
    (event: MouseEvent) => {
      if (!found.length || isOwn(event.target as Node)) return;
      const candidates = found.filter(
        (f) => event.target instanceof Node && f.range.intersectsNode(event.target),
      );
      const hit = hitTest(
        candidates.map((f) => f.range),
        event.clientX,
        event.clientY,
      );
      if (hit >= 0) openCard(candidates[hit]);
    },
    { capture: true },
  );

  let hoverFrame = 0;
  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (hoverFrame || !found.length) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const target = event.target;
        const candidates = found.filter((f) => target instanceof Node && f.range.intersectsNode(target));
        const hit = hitTest(
          candidates.map((f) => f.range),
          event.clientX,
          event.clientY,
        );
        highlighter.setHover(hit >= 0 ? candidates[hit].range : null);
      });
    },
    { passive: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (!enabled || isEditableTarget(event.target)) return;
      const direction = stepFromKey(event);
      if (direction) {
        event.preventDefault();
        step(direction);
        return;
      }
      if (
        event.key === 'Enter' &&
        activeIndex >= 0 &&
        openId === null &&
        !isInteractiveTarget(event.target)
      ) {
        event.preventDefault();
        openCard(found[activeIndex]);
      } else if (event.key === 'Escape' && openId !== null) {
        closeCard();
      }
    },
    { capture: true },
  );

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A new route may be a new article with its own date.
    facts = null;
    page = null;
    scanner = null;
    xrefs.clear();
    void scan();
  });

  ctx.onInvalidated(
    onMessage('bg-cs:step-claim', ({ data }) => {
      step(data.direction);
    }),
  );
  ctx.onInvalidated(
    onMessage('ui-cs:open-claim', ({ data }) => {
      const item = found.find((f) => f.id === data.id);
      if (!item) return false;
      boxOf(item.range.startContainer)?.scrollIntoView({ block: 'center' });
      openCard(item);
      return true;
    }),
  );
  ctx.onInvalidated(
    onMessage('bg-cs:site-enabled-changed', ({ data }) => {
      enabled = data.enabled;
      if (enabled) start();
      else stop();
    }),
  );
  ctx.onInvalidated(() => {
    stopWatching?.();
    highlighter.dispose();
    uiRoot?.remove();
  });

  if (enabled) start();
  else report();
}
