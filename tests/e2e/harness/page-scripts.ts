/**
 * Scripts evaluated in the page's main world, the way a page script (or a user's devtools) sees the page.
 * They are plain-JS strings, so no bundler/transpiler helper can leak into them.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageHighlight {
  /** Name of the CSS.highlights entry, e.g. `claimcheck-casualty-pending`. */
  name: string;
  /** `range.toString()`: the highlighted text. */
  text: string;
  /** First client rect of the range (viewport coordinates), null when the range has no box. */
  rect: Rect | null;
}

export interface HighlightScan {
  /** `CSS.highlights` exists in this world. */
  supported: boolean;
  highlights: PageHighlight[];
}

export interface CardState {
  /** Accessible name: text of the aria-labelledby targets (else aria-label). */
  name: string;
  /** Accessible description: text of the aria-describedby targets. */
  description: string;
  /** Text of the dialog's first <blockquote> (the claim as quoted from the page), '' when there is none. */
  quote: string;
  /** All text of the dialog. */
  text: string;
  /** The dialog has a box and is not hidden. */
  visible: boolean;
  /** Focus is on the dialog or inside it. */
  focused: boolean;
  rect: Rect;
}

const RECT_FN = `(r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })`;

export const LIST_HIGHLIGHTS = `(() => {
  const toRect = ${RECT_FN};
  const out = { supported: typeof CSS !== 'undefined' && 'highlights' in CSS, highlights: [] };
  if (!out.supported) return out;
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('claimcheck-')) continue;
    for (const range of highlight) {
      const first = range.getClientRects()[0];
      out.highlights.push({ name: String(name), text: range.toString(), rect: first ? toRect(first) : null });
    }
  }
  return out;
})()`;

/**
 * Scrolls the first highlighted range whose text contains `text` into the middle of the viewport and returns the
 * centre of its first client rect (null when there is no such highlight).
 */
export const scrollHighlightIntoView = (text: string, index: number) => `(() => {
  const wanted = ${JSON.stringify(text)};
  const matches = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('claimcheck-') || name === 'claimcheck-active') continue;
    for (const range of highlight) if (range.toString().includes(wanted)) matches.push(range);
  }
  matches.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = matches[${index}];
  if (!range) return null;
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const r = range.getClientRects()[0];
  if (!r) return null;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
})()`;

const FIND_DIALOG = `(() => {
  for (const host of document.querySelectorAll('claimcheck-ui')) {
    const root = host.shadowRoot;
    const dialog = root && root.querySelector('[role="dialog"]');
    if (dialog) return { root, dialog };
  }
  return null;
})()`;

export const READ_CARD = `(() => {
  const toRect = ${RECT_FN};
  const found = ${FIND_DIALOG};
  if (!found) return null;
  const { root, dialog } = found;
  const textOf = (attr) => (dialog.getAttribute(attr) || '')
    .split(/\\s+/).filter(Boolean)
    .map((id) => root.getElementById(id) || document.getElementById(id))
    .filter(Boolean)
    .map((el) => el.textContent.replace(/\\s+/g, ' ').trim())
    .join(' ');
  const rect = dialog.getBoundingClientRect();
  const style = getComputedStyle(dialog);
  const active = root.activeElement;
  return {
    name: textOf('aria-labelledby') || (dialog.getAttribute('aria-label') || '').trim(),
    description: textOf('aria-describedby'),
    quote: ((dialog.querySelector('blockquote') || {}).textContent || '').replace(/\\s+/g, ' ').trim(),
    text: (dialog.innerText || dialog.textContent || '').replace(/\\s+/g, ' ').trim(),
    visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
    focused: !!active && (active === dialog || dialog.contains(active)),
    rect: toRect(rect),
  };
})()`;

/** Text of the first element matching `selector` (light DOM), or null. */
export const textOfSelector = (selector: string) => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;
})()`;

/**
 * Scrolls the first element matching `selector` whose text contains `text` into the middle of the viewport and
 * returns the centre of its box (null when there is none or it has no box).
 */
export const centreOfElement = (selector: string, text: string) => `(() => {
  const wanted = ${JSON.stringify(text)};
  const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find(
    (e) => (e.textContent || '').replace(/\\s+/g, ' ').includes(wanted),
  );
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) return null;
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  const top = document.elementFromPoint(x, y);
  return { x, y, hits: !!top && (top === el || el.contains(top)) };
})()`;
