// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxOf, collectText, startWalk } from '../../../src/page/collect-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText walking past skipped subtrees', () => {
  afterEach(() => {
    document.body.removeAttribute('contenteditable');
  });

  it('resumes after a skipped element that ends its parents', () => {
    const body = page(
      '<div><p>One <b>two<textarea>18 killed</textarea></b></p></div><p>Three <i>four<code>x</code></i></p><p>Five</p>',
    );
    expect(collectText(body).text).toBe('One two\nThree four\nFive');
  });

  it('takes no line break from inside a skipped element', () => {
    const body = page('<p>Ab<span hidden>x<br>y</span>cd</p><p aria-hidden="true">e<br>f</p><p>g<br>h</p>');
    expect(collectText(body).text).toBe('Abcd\ng\nh');
  });

  it('skips our own UI and editable regions by attribute, but not contenteditable="false"', () => {
    const body = page(
      '<p>Kept.</p><div data-claimcheck-ui><p>Ours.</p></div><div contenteditable="plaintext-only">Draft.</div>' +
        '<div contenteditable="false"><p>Also kept.</p></div><svg><text>Drawn.</text></svg>',
    );
    expect(collectText(body).text).toBe('Kept.\nAlso kept.');
  });

  it('collects nothing when the root itself is editable', () => {
    const body = page('<p>At least 12 people were killed.</p>');
    body.setAttribute('contenteditable', 'true');
    expect(collectText(body).text).toBe('');
  });

  it('walks in slices to the same text and segments', () => {
    const body = page(
      Array.from({ length: 300 }, (_, i) => `<p>Para <b>${i}</b><textarea>no</textarea> end.</p>`).join(''),
    );
    const whole = collectText(body);
    const walk = startWalk(body);
    let slices = 1;
    while (!walk.step(0)) slices++;
    const sliced = walk.result();
    expect(slices).toBeGreaterThan(2);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.node, s.start, s.end])).toEqual(
      whole.segments.map((s) => [s.node, s.start, s.end]),
    );
  });
});

/**
 * happy-dom has checkVisibility() but reports everything hidden, so the walk trusts it only where the
 * Highlight API exists (a real engine). These tests stand in a real engine's answer, computed from
 * happy-dom's computed styles as Chromium and Firefox compute it: false for an element without a box
 * (display: none or contents), one in a display: none subtree, one under content-visibility: hidden,
 * one in a closed <details> other than its <summary>.
 */
function engineVisible(el: Element): boolean {
  const own = getComputedStyle(el).display;
  if (own === 'none' || own === 'contents') return false;
  let child = el;
  for (let p = el.parentElement; p; child = p, p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return false;
    if (p.localName === 'details' && !(p as HTMLDetailsElement).open && child.localName !== 'summary')
      return false;
  }
  return true;
}

describe('collectText with a rendering engine’s visibility', () => {
  // happy-dom's window.CSS is a getter that makes a new object each time: replace it for the test.
  const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS')!;
  const proto = Element.prototype as { checkVisibility: () => boolean };
  const original = proto.checkVisibility;

  beforeEach(() => {
    Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: new Map() } });
    proto.checkVisibility = function (this: Element) {
      return engineVisible(this);
    };
  });
  afterEach(() => {
    Object.defineProperty(window, 'CSS', cssDescriptor);
    proto.checkVisibility = original;
  });

  it('skips display: none subtrees (the stand-in engine is in use)', () => {
    const body = page(
      '<p>Kept.</p><p style="display: none">At least 12 people were killed.</p><p>Also kept.</p>',
    );
    expect(collectText(body).text).toBe('Kept.\nAlso kept.');
  });

  it('collects the text of display: contents wrappers, nested ones and their children', () => {
    const body = page(
      '<style>.wrap { display: contents }</style>' +
        '<p>Lead.</p>' +
        '<div class="wrap">At least 18 people were killed in the bombing.</div>' +
        '<section style="display: contents"><p>Officials said <span class="wrap"><b>12</b> people were killed</span>.</p></section>' +
        '<div class="wrap"><div class="wrap"><p>Nested: 30 injured.</p></div></div>',
    );
    expect(collectText(body).text).toBe(
      'Lead.\nAt least 18 people were killed in the bombing.\nOfficials said 12 people were killed.\nNested: 30 injured.',
    );
  });

  it('still skips what is hidden in or around a display: contents wrapper', () => {
    const body = page(
      '<style>.wrap { display: contents } .gone { display: none }</style>' +
        '<p>Kept.</p>' +
        '<div class="gone"><div class="wrap">In a hidden box: 1 killed.</div></div>' +
        '<div class="wrap"><span class="gone">Hidden child: 2 killed.</span>Shown.</div>' +
        '<div class="wrap" hidden>Hidden attribute: 3 killed.</div>' +
        '<div class="wrap" aria-hidden="true">aria-hidden: 4 killed.</div>' +
        '<div style="content-visibility: hidden"><div class="wrap">Skipped content: 5 killed.</div></div>' +
        '<div><details><summary>Summary</summary><div class="wrap">Closed details: 6 killed.</div></details></div>' +
        '<div><details open><summary>Open</summary><div class="wrap">Open details.</div></details></div>' +
        '<div class="wrap"><textarea>7 killed</textarea></div>',
    );
    expect(collectText(body).text).toBe('Kept.\nShown.\nSummary\nOpen\nOpen details.');
  });

  it('maps a wrapper’s text to the box it is laid out in (boxOf)', () => {
    const body = page(
      '<article id="box"><div style="display: contents"><span style="display: contents">18 killed</span></div></article>' +
        '<p id="plain">12 killed</p>',
    );
    const { segments } = collectText(body);
    expect(segments.map((s) => boxOf(s.node)?.id)).toEqual(['box', 'plain']);
  });
});
