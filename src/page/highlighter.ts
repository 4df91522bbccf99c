/**
 * Paints claim ranges with the CSS Custom Highlight API: no element is added
 * to the page, so layout, scripts and styles of the page are untouched.
 * The ::highlight() rules live in highlights.css, injected by the manifest.
 */
import type { Claim } from '../extract/types';
import type { VerdictTone } from '../ui/verdict';

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

/** Owns our named highlights in one document's HighlightRegistry. */
export class Highlighter {
  private groups = new Map<string, Highlight>();
  private active: Highlight | null = null;
  private hover: Highlight | null = null;

  constructor(private readonly win: PageWindow = window) {
    if (!highlightsSupported(win)) return;
    for (const kind of KINDS) {
      for (const tone of TONES) {
        const h = new Highlight();
        h.priority = 1;
        this.groups.set(highlightName(kind, tone), h);
        win.CSS.highlights.set(highlightName(kind, tone), h);
      }
    }
    this.active = new Highlight();
    this.active.priority = 2;
    win.CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    this.hover = new Highlight();
    this.hover.priority = 2;
    win.CSS.highlights.set(HOVER_HIGHLIGHT, this.hover);
  }

  get supported(): boolean {
    return this.active !== null;
  }

  /** Replaces everything painted with `items`. */
  paint(items: Painted[]): void {
    for (const h of this.groups.values()) h.clear();
    for (const item of items) this.groups.get(highlightName(item.kind, item.tone))?.add(item.range);
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
    if (!highlightsSupported(this.win)) return;
    for (const name of this.groups.keys()) this.win.CSS.highlights.delete(name);
    this.win.CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.win.CSS.highlights.delete(HOVER_HIGHLIGHT);
    this.hover = null;
    this.groups.clear();
    this.active = null;
  }
}
