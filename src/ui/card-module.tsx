/**
 * The claim card as a module of its own, loaded by the content script on the
 * first card it opens: Preact and the card stay out of the content script
 * that runs on every page.
 */
import { render } from 'preact';
import { ClaimCard, type ClaimCardProps } from './ClaimCard';
import cardCss from './card.css?inline';

export const css = cardCss;

export function renderCard(container: Element, props: ClaimCardProps): void {
  render(<ClaimCard {...props} />, container);
}

export function unmountCard(container: Element): void {
  render(null, container);
}

export type CardModule = typeof import('./card-module');
