// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectText, startWalk } from '../../../src/page/collect-text';

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
