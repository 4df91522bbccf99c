/**
 * Collects a root's visible text as one plain string plus the text nodes it
 * came from, so the extractor works on strings and offsets are mapped back to
 * DOM ranges in a separate step (as hypothesis/client does).
 *
 * Walked in time slices by the Scanner (startWalk), or in one go (collectText).
 *
 * Speed: the TreeWalker has no JavaScript filter (a filter costs one call from
 * the engine into script per node, 20× the walk itself); skipped subtrees are
 * stepped over by hand. Element checks run on localName and, only for elements
 * that carry attributes, on those; the style-dependent check per element is
 * checkVisibility(), which reads the already computed layout tree. An element
 * it calls invisible only because it has no box of its own (display: contents)
 * is walked into: its children are laid out in its parent's box.
 *
 * What hides an element's own text but not its element children is decided per
 * text node's parent element, once per element (text nodes come in runs under
 * the same parent), from one computed style read per element that holds text:
 * `visibility: hidden | collapse` (inherited, but a child may set `visibility:
 * visible` again, so such a subtree is walked, not pruned), `content-visibility:
 * hidden` (its element children fail checkVisibility(), its bare text needs the
 * parent's style) and a closed <details> (its text outside <summary>).
 *
 * The visibility is read from that style rather than asked of checkVisibility()
 * through its `visibilityProperty` option for every element: the engine converts
 * an options dictionary member by member on each call, which costs more than one
 * more property of a style read anyway (on the 500,000-word bench page the walk
 * took ~2 ms, ~5%, less without the option).
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

/** By localName: lower case for HTML elements (also in XHTML) and for <svg>. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'svg',
  'canvas',
  'code',
  'pre',
]);

/** Elements that end a line of text: a paragraph break keeps sentences apart. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'details',
  'summary',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'dt',
  'dd',
  'br',
  'hr',
]);

export const OWN_UI_ATTRIBUTE = 'data-claimcheck-ui';

const ELEMENT = 1; // Node.ELEMENT_NODE
const TEXT = 3; // Node.TEXT_NODE
const DOCUMENT = 9; // Node.DOCUMENT_NODE

/** Our UI, hidden, aria-hidden or contenteditable by attribute: none of it is the article. */
function skippedByAttributes(el: Element): boolean {
  // Most elements of an article (<p>, <b>, <span>) carry no attribute at all.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * checkVisibility() where it can be trusted: a real rendering engine (happy-dom
 * has the method but reports everything hidden). It is false for an element in
 * a display:none or content-visibility:hidden subtree, so checking each element
 * on the way down is enough.
 */
function canCheckVisibility(doc: Document): boolean {
  if (!isRenderingEngine(doc)) return false;
  const view = doc.defaultView as Window & typeof globalThis;
  return typeof view.Element?.prototype.checkVisibility === 'function';
}

/** A real rendering engine: one with the Highlight API (a test DOM has none, and nothing is painted without it). */
function isRenderingEngine(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return !!view && typeof view.CSS?.highlights !== 'undefined';
}

/**
 * Whether `content-visibility: hidden` hides the contents of an element with
 * this computed `display`: it needs size containment, which a plain inline box,
 * a table, a table's rows, row groups and columns, and ruby boxes cannot have.
 * (Chromium hides a table cell's content but not a caption's, Firefox the other
 * way round: both count as hidden here, so no text is collected that one of
 * them hides.)
 */
function contentVisibilityApplies(display: string): boolean {
  if (display === 'inline' || display === 'contents' || display === 'none') return false;
  if (display.startsWith('ruby')) return false;
  if (display.includes('table')) return display === 'table-cell' || display === 'table-caption';
  return true;
}

/** A computed `visibility` that hides an element's own text. */
const isHidden = (visibility: string): boolean => visibility === 'hidden' || visibility === 'collapse';

/** Only spaces, tabs and line breaks (collapsible white space: a no-break space is not blank). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** A closed <details> shows its first <summary> child only. */
function firstSummary(details: Element): Element | null {
  for (let child = details.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === 'summary') return child;
  return null;
}

/**
 * Elements the walks found to be display: contents (no box of their own), so
 * that code painting or scrolling to their text can use the box their content
 * is laid out in (boxOf). Filled as a side effect of startWalk; weakly held.
 */
const contentsElements = new WeakSet<Element>();

/**
 * The element whose box holds `node`'s text: its nearest ancestor that is not a
 * display: contents element found by a walk (an IntersectionObserver never sees
 * an element without a box intersect, and scrollIntoView does nothing on one).
 */
export function boxOf(node: Node): Element | null {
  let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  while (el && contentsElements.has(el)) el = el.parentElement;
  return el;
}

/**
 * Whether the content of `el`, an element checkVisibility() calls invisible, is
 * rendered all the same: el is display: contents (so has no box, which is all
 * checkVisibility() saw) and the box its children are laid out in shows them.
 * Besides that box's own visibility, what hides an element's children but not
 * the element itself is asked: content-visibility: hidden, a closed <details>,
 * a shadow root with no slot for el. Rare (only for elements checkVisibility()
 * rejected: display: none or contents), so nothing is cached but the answer.
 */
function rendersContents(el: Element, view: Window): boolean {
  const own = view.getComputedStyle(el);
  if (own.display !== 'contents') return false;
  let child = el;
  for (;;) {
    const slot = child.assignedSlot;
    const parent: Element | null = slot ?? child.parentElement;
    if (!parent) break;
    if (!slot && parent.shadowRoot) return false; // a light child no slot of the shadow tree shows
    const style = view.getComputedStyle(parent);
    if (style.display === 'contents') {
      child = parent;
      continue;
    }
    if (style.contentVisibility === 'hidden' && contentVisibilityApplies(style.display)) return false;
    // A closed <details> shows its first <summary> only (its other children sit in a hidden slot).
    if (
      parent.localName === 'details' &&
      !(parent as HTMLDetailsElement).open &&
      firstSummary(parent) !== child
    )
      return false;
    // The walk checked this box on the way down, unless it is in a shadow tree (reached
    // through a slot) or above the walk's root.
    if (!parent.checkVisibility()) return false;
    break;
  }
  contentsElements.add(el);
  return true;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves after giving the event loop a turn, so no task runs long:
 * scheduler.yield() where the engine has it (its continuation runs before other
 * queued tasks), else a MessageChannel message (setTimeout(0) is clamped to 4 ms
 * once nested). The channel is closed once used, so nothing is left open.
 */
export function yieldToMain(): Promise<void> {
  const sched = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (sched?.yield) return sched.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Synchronous variant for small roots and tests. */
export function collectText(root: Node): CollectedText {
  const walk = startWalk(root);
  walk.step(Infinity);
  return walk.result();
}

/** A resumable walk: step() until it returns true, then result(). */
export interface TextWalk {
  /** Walks until the deadline (checked every 256 nodes); true when the walk is complete. */
  step(deadline: number): boolean;
  result(): CollectedText;
}

export function startWalk(root: Node): TextWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const checkVisibility = canCheckVisibility(doc);
  const view = doc.defaultView as Window;
  /**
   * Styles (the visibility and content-visibility of each element that holds text) are read in
   * a rendering engine only (a test DOM has no Highlight API, and nothing is painted without it).
   */
  const readStyles = checkVisibility || isRenderingEngine(doc);
  /** The closed <details> walked into, each with the one child it shows (its first <summary>). */
  const closedDetails = new Map<Element, Element | null>();

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The node to visit next; undefined before the first step, null when done. */
  let next: Node | null | undefined;
  // Below the root, editing starts at a contenteditable attribute (skippedByAttributes), so
  // isContentEditable is asked once: a root that is itself editable (designMode, an editable
  // ancestor) yields nothing.
  const rootEl = (
    root.nodeType === ELEMENT ? root : root.nodeType === DOCUMENT ? doc.body : root.parentElement
  ) as Element | null;
  if ((rootEl as HTMLElement | null)?.isContentEditable === true) next = null;

  /** The node after `walker.currentNode`'s subtree. */
  const skipSubtree = (): Node | null => {
    let n = walker.nextSibling();
    while (!n && walker.parentNode()) n = walker.nextSibling();
    return n;
  };

  /**
   * Whether text directly inside `parent` (an element the walk entered) is shown:
   * not hidden by its visibility, its content-visibility or a closed <details>.
   * Style is read only here, once per element that holds text.
   */
  const showsOwnText = (parent: Element): boolean => {
    if (parent.localName === 'details' && !(parent as HTMLDetailsElement).open) return false;
    if (!readStyles) return true;
    const style = view.getComputedStyle(parent);
    if (isHidden(style.visibility)) return false;
    return style.contentVisibility !== 'hidden' || !contentVisibilityApplies(style.display);
  };

  // Text nodes come in runs under the same parent: remember the last answers. A parent seen
  // again after a child element (`<p>a <b>b</b> c</p>`) is answered from the cache. Whether its
  // text is shown is asked at its first text that is not blank: the whitespace between the
  // elements of a container costs no style read (and, shown or not, holds no claim).
  let lastParent: Element | null | undefined;
  let lastParentBlock: Element | null = null;
  /** undefined: not asked yet. */
  let lastParentShown: boolean | undefined;
  const shownCache = new Map<Element, boolean>();
  const enterParent = (parent: Element | null): void => {
    lastParent = parent;
    let el = parent;
    while (el && !BLOCK_TAGS.has(el.localName)) el = el.parentElement;
    lastParentBlock = el;
    lastParentShown = parent ? shownCache.get(parent) : true;
  };

  const addText = (textNode: Text) => {
    const data = textNode.data;
    if (data.length === 0) return;
    const parent = textNode.parentElement;
    if (parent !== lastParent) enterParent(parent);
    if (lastParentShown === undefined && !isBlank(data)) {
      lastParentShown = showsOwnText(parent!);
      shownCache.set(parent!, lastParentShown);
    }
    if (lastParentShown === false) return;
    const block = lastParentBlock;
    if (length > 0 && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: textNode, start: length, end: length + data.length });
    parts.push(data);
    length += data.length;
  };

  /**
   * Whether the walk enters `el` (its own text may still be hidden: showsOwnText). One
   * checkVisibility() call for a shown element, without the visibility option: an element
   * hidden only by its visibility is entered, as a child may be `visibility: visible`.
   */
  const visible = (el: Element): boolean => {
    if (closedDetails.size !== 0) {
      const parent = el.parentNode as Element;
      if (closedDetails.has(parent) && closedDetails.get(parent) !== el) return false;
    }
    if (!checkVisibility) return true;
    return el.checkVisibility() || rendersContents(el, view);
  };

  return {
    step(deadline: number): boolean {
      let node = next === undefined ? walker.nextNode() : next;
      let count = 0;
      while (node) {
        if (node.nodeType === TEXT) {
          addText(node as Text);
          node = walker.nextNode();
        } else {
          const el = node as Element;
          const name = el.localName;
          if (SKIPPED_TAGS.has(name) || skippedByAttributes(el) || !visible(el)) {
            node = skipSubtree();
          } else {
            if (name === 'details' && !(el as HTMLDetailsElement).open)
              closedDetails.set(el, firstSummary(el));
            if (name === 'br') {
              parts.push('\n');
              length += 1;
            }
            node = walker.nextNode();
          }
        }
        // performance.now() is not free: check the clock every 256 nodes.
        if ((++count & 255) === 0 && performance.now() > deadline) break;
      }
      next = node;
      return node === null;
    },
    result(): CollectedText {
      return { text: parts.join(''), segments };
    },
  };
}
