/**
 * Our UI's home on the page: one <claimcheck-ui> element with an open shadow
 * root, appended only when first needed. Page styles stop at the shadow
 * boundary, and the host itself is fixed and sizeless, so it never moves the
 * page whatever the page's CSS says (`*{all:unset}` included). A few lines of
 * our own instead of a UI framework keep the content script small.
 */
import { OWN_UI_ATTRIBUTE } from './collect-text';

const HOST_CSS = [
  ':host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;',
  'width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;',
  'display:block !important}',
  '.sr-only{position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
].join('');

export interface Overlay {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** A polite live region for announcements (keyboard stepping). */
  live: HTMLElement;
  /** Where the card renders. */
  card: HTMLElement;
  /** Adds a stylesheet once, by name. */
  addStyle(name: string, css: string): void;
  remove(): void;
}

export function createOverlay(doc: Document = document): Overlay {
  const host = doc.createElement('claimcheck-ui');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const addStyle = (name: string, css: string) => {
    if (shadow.querySelector(`style[data-name="${name}"]`)) return;
    const style = doc.createElement('style');
    style.dataset.name = name;
    style.textContent = css;
    shadow.prepend(style);
  };
  addStyle('host', HOST_CSS);
  const live = doc.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.className = 'sr-only';
  const card = doc.createElement('div');
  shadow.append(live, card);
  (doc.body ?? doc.documentElement).append(host);
  return { host, shadow, live, card, addStyle, remove: () => host.remove() };
}
