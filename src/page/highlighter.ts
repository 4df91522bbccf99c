/**
 * Paints claim ranges with the CSS Custom Highlight API: no element is added
 * to the page, so layout, scripts and styles of the page are untouched.
 * The ::highlight() rules live in highlights.css, injected by the manifest.
 */
import type { Claim } from '../extract/types';
import type { VerdictTone } from '../ui/verdict';
import { boxOf } from './collect-text';

export { verdictTone as toneOf } from '../ui/verdict';
type Tone = VerdictTone;
type PageWindow = Window & typeof globalThis;

export const HIGHLIGHT_PREFIX = 'claimcheck';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;
export const HOVER_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-hover`;
const KINDS: Claim['kind'][] = ['casualty', 'designation'];
const TONES: Tone[] = ['pending', 'ok', 'warn', 'bad', 'unknown'];

export function highlightName(kind: Claim['kind'], tone: Tone): string {
  return `${HIGHLIGHT_PREFIX}-${kind}-${tone}`;
}

export function highlightsSupported(win: PageWindow = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof Highlight === 'function';
}

export interface Painted {
  id: string;
  kind: Claim['kind'];
  range: Range;
  tone: Tone;
}

/**
 * The element whose visibility decides whether a claim is painted: the one whose
 * box holds its text (past display: contents wrappers, which never intersect).
 */
function anchorOf(range: Range): Element | null {
  return boxOf(range.startContainer);
}

/**
 * Owns our named highlights in one document's HighlightRegistry. Only claims
 * in or near the viewport are registered: a frame's rendering cost grows with
 * every registered range, so a page with thousands of claims stays smooth.
 */
export class Highlighter {
  private groups = new Map<string, Highlight>();
  /** groups by kind, then tone: painting thousands of claims builds no name per claim. */
  private byKind: Partial<Record<Claim['kind'], Partial<Record<Tone, Highlight>>>> = {};
  private active: Highlight | null = null;
  private hover: Highlight | null = null;
  private byAnchor = new Map<Element, Painted[]>();
  /** Anchors last seen near the viewport; kept across repaints so nothing flickers. */
  private near = new WeakSet<Element>();
  private observer: IntersectionObserver | null = null;

  constructor(private readonly win: PageWindow = window) {
    if (!highlightsSupported(win)) return;
    for (const kind of KINDS) {
      for (const tone of TONES) {
        const h = new Highlight();
        h.priority = 1;
        this.groups.set(highlightName(kind, tone), h);
        (this.byKind[kind] ??= {})[tone] = h;
        win.CSS.highlights.set(highlightName(kind, tone), h);
      }
    }
    this.active = new Highlight();
    this.active.priority = 2;
    win.CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    this.hover = new Highlight();
    this.hover.priority = 2;
    win.CSS.highlights.set(HOVER_HIGHLIGHT, this.hover);
    if (typeof win.IntersectionObserver === 'function')
      this.observer = new win.IntersectionObserver((entries) => this.onIntersect(entries), {
        rootMargin: '200% 0px',
      });
  }

  get supported(): boolean {
    return this.active !== null;
  }

  private groupOf(item: Painted): Highlight | undefined {
    return this.byKind[item.kind]?.[item.tone];
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const items = this.byAnchor.get(entry.target);
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
      if (!items) continue;
      for (const item of items) {
        if (entry.isIntersecting) this.groupOf(item)?.add(item.range);
        else this.groupOf(item)?.delete(item.range);
      }
    }
  }

  /** Replaces everything painted with `items`. */
  paint(items: Painted[]): void {
    for (const h of this.groups.values()) h.clear();
    const previous = this.byAnchor;
    this.byAnchor = new Map();
    for (const item of items) {
      const anchor = anchorOf(item.range);
      if (!anchor) continue;
      const list = this.byAnchor.get(anchor);
      if (list) list.push(item);
      else this.byAnchor.set(anchor, [item]);
      if (!this.observer || this.near.has(anchor)) this.groupOf(item)?.add(item.range);
    }
    if (!this.observer) return;
    for (const anchor of previous.keys()) if (!this.byAnchor.has(anchor)) this.observer.unobserve(anchor);
    // A newly observed element gets one initial callback with its current state.
    for (const anchor of this.byAnchor.keys()) if (!previous.has(anchor)) this.observer.observe(anchor);
  }

  setActive(range: Range | null): void {
    if (!this.active) return;
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** The hover cue: a highlight under the pointer is clickable. */
  setHover(range: Range | null): void {
    if (!this.hover) return;
    this.hover.clear();
    if (range) this.hover.add(range);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.byAnchor.clear();
    if (!highlightsSupported(this.win)) return;
    for (const name of this.groups.keys()) this.win.CSS.highlights.delete(name);
    this.win.CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.win.CSS.highlights.delete(HOVER_HIGHLIGHT);
    this.groups.clear();
    this.byKind = {};
    this.active = null;
    this.hover = null;
  }
}
