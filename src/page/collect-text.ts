/**
 * Collects a root's visible text as one plain string plus the text nodes it
 * came from, so the extractor works on strings and offsets are mapped back to
 * DOM ranges in a separate step (as hypothesis/client does).
 */

export interface TextSegment {
  node: Text;
  /** Offset of this node's first character in the collected string. */
  start: number;
  /** start + the node's length when collected (reading node.data again is a DOM call). */
  end: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'CODE',
  'PRE',
]);

/** Elements that end a line of text: a paragraph break keeps sentences apart. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DT',
  'DD',
  'BR',
  'HR',
]);

export const OWN_UI_ATTRIBUTE = 'data-claimcheck-ui';

export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

function isRendered(el: Element): boolean {
  // checkVisibility is cheap where available; happy-dom and old engines lack it.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.isConnected) {
    const view = el.ownerDocument.defaultView;
    // Only trust it in a real rendering engine (happy-dom reports everything hidden).
    if (view && 'CSS' in view && typeof view.CSS?.highlights !== 'undefined') return check.call(el);
  }
  return true;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Resolves after giving the event loop a turn, so no task runs long. */
export function yieldToMain(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface CollectOptions {
  /** Milliseconds of work before yielding to the page; Infinity collects in one go. */
  sliceMs?: number;
  /** Called between slices; returning true abandons the walk. */
  cancelled?: () => boolean;
}

/**
 * Walks `root` and returns its visible text. Block boundaries become "\n" so a
 * paragraph never runs into the next; the separators belong to no text node.
 * Works in time slices so a huge page never blocks the main thread.
 */
export async function collectTextChunked(
  root: Node,
  options: CollectOptions = {},
): Promise<CollectedText | null> {
  const sliceMs = options.sliceMs ?? 8;
  const walk = startWalk(root);
  for (;;) {
    const deadline = performance.now() + sliceMs;
    if (walk.step(deadline)) return walk.result();
    await yieldToMain();
    if (options.cancelled?.()) return null;
  }
}

/** Synchronous variant for small roots and tests. */
export function collectText(root: Node): CollectedText {
  const walk = startWalk(root);
  walk.step(Infinity);
  return walk.result();
}

function startWalk(root: Node) {
  const doc = root.ownerDocument ?? (root as Document);
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (isSkippedElement(el) || !isRendered(el)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  // Text nodes come in runs under the same parent: remember the last answer.
  let lastParent: Element | null = null;
  let lastParentBlock: Element | null = null;
  const blockOf = (node: Node): Element | null => {
    const parent = node.parentElement;
    if (parent === lastParent) return lastParentBlock;
    let el = parent;
    while (el && !isBlock(el)) el = el.parentElement;
    lastParent = parent;
    lastParentBlock = el;
    return el;
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName.toUpperCase() === 'BR') {
        parts.push('\n');
        length += 1;
      }
      return;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) return;
    const block = blockOf(textNode);
    if (length > 0 && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: textNode, start: length, end: length + data.length });
    parts.push(data);
    length += data.length;
  };

  return {
    /** Walks until the deadline; true when the walk is complete. */
    step(deadline: number): boolean {
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        visit(node);
        // performance.now() is not free: check the clock every 256 nodes.
        if ((++count & 255) === 0 && performance.now() > deadline) return false;
      }
      return true;
    },
    result(): CollectedText {
      return { text: parts.join(''), segments };
    },
  };
}
