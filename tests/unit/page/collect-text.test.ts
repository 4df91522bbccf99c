// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
 * one in a closed <details> other than its first <summary>; with the visibility option
 * (`visibilityProperty`, or its older name `checkVisibilityCSS`), also for an element whose own computed
 * visibility is hidden or collapse (inherited, so a `visibility: visible` child of a hidden parent passes).
 */
function engineVisible(el: Element, options?: CheckVisibilityOptions): boolean {
  const own = getComputedStyle(el);
  if (own.display === 'none' || own.display === 'contents') return false;
  if (
    (options?.visibilityProperty || options?.checkVisibilityCSS) &&
    (own.visibility === 'hidden' || own.visibility === 'collapse')
  )
    return false;
  let child = el;
  for (let p = el.parentElement; p; child = p, p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return false;
    if (
      p.localName === 'details' &&
      !(p as HTMLDetailsElement).open &&
      p.querySelector(':scope > summary') !== child
    )
      return false;
  }
  return true;
}

describe('collectText with a rendering engine’s visibility', () => {
  // happy-dom's window.CSS is a getter that makes a new object each time: replace it for the test.
  const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS')!;
  const proto = Element.prototype as { checkVisibility: (options?: CheckVisibilityOptions) => boolean };
  const original = proto.checkVisibility;

  beforeEach(() => {
    Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: new Map() } });
    proto.checkVisibility = function (this: Element, options?: CheckVisibilityOptions) {
      return engineVisible(this, options);
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

/**
 * Stands in a rendering engine for the tests in the calling describe block: the Highlight API, and
 * checkVisibility() as `kind` answers it: 'visibilityProperty' (Chromium 121+, Firefox 122+), 'checkVisibilityCSS'
 * (the option's older name only), 'no option' (checkVisibility() that ignores both: the computed style decides) or
 * 'none' (no checkVisibility() at all: only the computed style of elements that hold text is read).
 */
type EngineKind = 'visibilityProperty' | 'checkVisibilityCSS' | 'no option' | 'none';
function standInEngine(kind: () => EngineKind) {
  const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS')!;
  const proto = Element.prototype as { checkVisibility?: (options?: CheckVisibilityOptions) => boolean };
  const original = proto.checkVisibility;
  beforeEach(() => {
    Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: new Map() } });
    const k = kind();
    if (k === 'none') delete proto.checkVisibility;
    else
      proto.checkVisibility = function (this: Element, options?: CheckVisibilityOptions) {
        // An engine reads only the option members it knows.
        const known =
          k === 'visibilityProperty'
            ? { visibilityProperty: options?.visibilityProperty }
            : k === 'checkVisibilityCSS'
              ? { checkVisibilityCSS: options?.checkVisibilityCSS }
              : {};
        return engineVisible(this, known);
      };
  });
  afterEach(() => {
    Object.defineProperty(window, 'CSS', cssDescriptor);
    proto.checkVisibility = original;
  });
}

describe.each<EngineKind>(['visibilityProperty', 'checkVisibilityCSS', 'no option', 'none'])(
  'collectText and the visibility property (engine: %s)',
  (kind) => {
    standInEngine(() => kind);

    it('skips the text of visibility: hidden and collapse elements, keeps a visibility: visible child’s', () => {
      const body = page(
        '<style>.inv { visibility: hidden } .shown { visibility: visible }</style>' +
          '<p>Lead.</p>' +
          '<p style="visibility: hidden">At least 12 people were killed.</p>' +
          '<div class="inv">Hidden text: 31 killed. <p>Inherited: 52 injured.</p>' +
          '<p class="shown">Shown inside: 18 people were killed.</p> Hidden tail: 40 killed.</div>' +
          '<p style="visibility: collapse">Collapsed: 23 killed.</p>' +
          '<p class="inv">Hidden <b class="shown">bold 7 killed</b> hidden <span>span</span>.</p>' +
          '<p>End.</p>',
      );
      expect(collectText(body).text).toBe('Lead.\nShown inside: 18 people were killed.\nbold 7 killed\nEnd.');
    });

    it('a hidden element whose first text is blank still hides its text after a child', () => {
      const body = page(
        '<div style="visibility: hidden">\n  <b style="visibility: visible">Bold shown.</b>\n  Tail: 6 killed.</div>',
      );
      const text = collectText(body).text;
      expect(text).toContain('Bold shown.');
      expect(text).not.toContain('6 killed');
    });

    it('a visibility: hidden display: contents wrapper hides its own text, not a visible child’s', () => {
      const body = page(
        '<p>Lead.</p>' +
          '<div style="display: contents; visibility: hidden">Wrapped: 9 killed. <p style="visibility: visible">Visible: 4 killed.</p></div>',
      );
      expect(collectText(body).text).toBe('Lead.\nVisible: 4 killed.');
    });

    it('skips the text of a root whose visibility is hidden, keeps a visible child’s', () => {
      const body = page('Body text: 3 killed.<p style="visibility: visible">Child: 5 killed.</p>');
      body.style.visibility = 'hidden';
      try {
        expect(collectText(body).text).toBe('Child: 5 killed.');
      } finally {
        body.style.visibility = '';
      }
    });
  },
);

describe.each<EngineKind>(['visibilityProperty', 'none'])(
  'collectText and content-visibility: hidden, closed <details> (engine: %s)',
  (kind) => {
    standInEngine(() => kind);

    it('skips text directly inside a content-visibility: hidden element, not inside an inline one', () => {
      const body = page(
        '<p>Lead.</p>' +
          '<div style="content-visibility: hidden">Direct: 12 killed.<p>Child: 30 injured.</p> Tail: 8 killed.</div>' +
          '<p>An <span style="display: inline; content-visibility: hidden">inline span</span> shows its text.</p>',
      );
      // (display: inline is spelled out: happy-dom computes no default display for a span.) The stand-in engine
      // prunes the child (as real engines do); without checkVisibility() the child's own style does not hide it,
      // so only the direct text is asserted for that engine.
      const text = collectText(body).text;
      expect(text).not.toMatch(/Direct|Tail/);
      expect(text).toContain('Lead.');
      expect(text).toContain('An inline span shows its text.');
      if (kind !== 'none') expect(text).toBe('Lead.\nAn inline span shows its text.');
    });

    it('collects a closed <details>’ first <summary> only; an open one whole, each its own block', () => {
      const body = page(
        '<p>Lead.</p>' +
          '<details><summary>Casualties</summary>Direct: 12 killed.<p>Child: 30 injured.</p>' +
          '<summary>Second summary: 4 killed.</summary></details>' +
          '<details open><summary>Open summary</summary>Open text: 9 killed.</details>' +
          '<p>End.</p>',
      );
      expect(collectText(body).text).toBe('Lead.\nCasualties\nOpen summary\nOpen text: 9 killed.\nEnd.');
    });
  },
);

describe('collectText in a test DOM (no rendering engine)', () => {
  it('a <summary> and a <details> are blocks: their text does not run into the text around them', () => {
    const body = page(
      '<div>Before<details open><summary>Toll</summary>At least 12 people were killed.</details>After</div>',
    );
    expect(collectText(body).text).toBe('Before\nToll\nAt least 12 people were killed.\nAfter');
  });

  it('skips what a closed <details> hides (it is the DOM’s, not the style’s) and reads no style', () => {
    const body = page(
      '<details><summary>Toll</summary>Direct: 12 killed.<p>Child: 30 injured.</p></details><p>End.</p>',
    );
    const spy = vi.spyOn(window, 'getComputedStyle');
    try {
      expect(collectText(body).text).toBe('Toll\nEnd.');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('collectText reads style once per element that holds text', () => {
  standInEngine(() => 'no option');

  it('one computed style per element holding text that is not blank, however many text nodes it has', () => {
    const body = page(
      '<section>\n  <p id="a">One <b>two</b> three <i>four</i> five</p>\n  <div id="b"></div>\n</section>',
    );
    const div = body.querySelector('#b')!;
    div.appendChild(document.createTextNode('\n   '));
    for (let i = 0; i < 50; i++) div.appendChild(document.createTextNode(`part ${i} `));
    const read: Element[] = [];
    const original = window.getComputedStyle;
    const spy = vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
      read.push(el);
      return original.call(window, el, pseudo);
    });
    // The stand-in engine's own reads (engineVisible) are not the walk's: an engine that shows everything.
    (Element.prototype as { checkVisibility: () => boolean }).checkVisibility = () => true;
    let text: string;
    try {
      text = collectText(body).text;
    } finally {
      spy.mockRestore();
    }
    expect(text).toContain('part 49');
    expect(read.map((el) => el.localName)).toEqual(['p', 'b', 'i', 'div']);
  });
});

describe('collectText asks checkVisibility() once per element, without options', () => {
  standInEngine(() => 'visibilityProperty');

  it('no options dictionary (the engine converts one on every call): visibility comes with the style read', () => {
    const body = page(
      '<p>One <b>two</b></p><div style="visibility: hidden">Hidden. <p style="visibility: visible">Shown.</p></div>',
    );
    const calls: Array<[string, unknown]> = [];
    const proto = Element.prototype as { checkVisibility: (o?: CheckVisibilityOptions) => boolean };
    const stand = proto.checkVisibility;
    proto.checkVisibility = function (this: Element, o?: CheckVisibilityOptions) {
      calls.push([this.localName, o]);
      return stand.call(this, o);
    };
    expect(collectText(body).text).toBe('One two\nShown.');
    expect(calls).toEqual([
      ['p', undefined],
      ['b', undefined],
      ['div', undefined],
      ['p', undefined],
    ]);
  });
});
