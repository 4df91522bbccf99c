import type { BrowserName } from './paths';
import {
  centreOfElement,
  LIST_HIGHLIGHTS,
  READ_CARD,
  scrollHighlightIntoView,
  textOfSelector,
  type CardState,
  type HighlightScan,
  type PageHighlight,
} from './page-scripts';
import { waitFor, type WaitOptions } from './wait';

/** The few primitives each browser backend implements; everything else is built on them in {@link TestPage}. */
export interface PageBackend {
  goto(url: string): Promise<void>;
  /** Evaluates a JS expression in the page's main world and returns its (JSON-serialisable) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real mouse click (move, press, release) at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** A real key press, e.g. `Escape`, `Tab`, `Enter`. */
  press(key: string): Promise<void>;
  /** Holds a key down (e.g. `Alt`, `Shift`, `KeyN`), for combinations: see {@link TestPage.pressCombo}. */
  keyDown(key: string): Promise<void>;
  /** Releases a key held with {@link keyDown}. */
  keyUp(key: string): Promise<void>;
  /** Types `text` with real key events, character by character, into the focused element. */
  type(text: string): Promise<void>;
  /** Sets the files of the `<input type="file">` matching `selector` (light DOM), as a user choosing them would. */
  uploadFile(selector: string, files: string[]): Promise<void>;
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Resizes the page's viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Opens a new tab on `url` and waits for its load. */
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. `popup.html`, `options.html`) in a tab and waits for `<h1>` to render. */
  openExtensionPage(file: string): Promise<TestPage>;
  /** The popup page in a tab. */
  openPopup(): Promise<TestPage>;
  /** The dashboard (options page) in a tab. */
  openDashboard(): Promise<TestPage>;
  close(): Promise<void>;
}

export class TestPage {
  constructor(
    readonly browser: BrowserName,
    private readonly backend: PageBackend,
  ) {}

  /** The URL as the driver last saw it (over BiDi, not updated for moz-extension:// pages: use {@link href}). */
  get url(): string {
    return this.backend.url();
  }

  /** `location.href` as the page itself reports it. */
  href(): Promise<string> {
    return this.evaluate<string>('location.href');
  }

  goto(url: string): Promise<void> {
    return this.backend.goto(url);
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.backend.evaluate<T>(expression);
  }

  /** Every range in `CSS.highlights` entries named `claimcheck-*`, as the page's main world sees them. */
  async highlights(): Promise<PageHighlight[]> {
    const scan = await this.evaluate<HighlightScan>(LIST_HIGHLIGHTS);
    if (!scan.supported) throw new Error(`${this.browser}: CSS.highlights is not available in the page`);
    return scan.highlights;
  }

  /**
   * Waits until the extension painted highlights satisfying `ready` (default: at least one claim highlight),
   * and returns them.
   */
  async waitForHighlights(
    ready: (highlights: PageHighlight[]) => boolean = (h) => h.some((x) => x.name !== 'claimcheck-active'),
    options: WaitOptions = {},
  ): Promise<PageHighlight[]> {
    let last: PageHighlight[] = [];
    try {
      return await waitFor(
        async () => {
          last = await this.highlights();
          return ready(last) ? last : null;
        },
        { timeout: 10_000, message: `${this.browser}: claim highlights on ${this.url}`, ...options },
      );
    } catch (error) {
      const seen = last.map((h) => `${h.name}: ${JSON.stringify(h.text)}`).join('; ') || 'none';
      throw new Error(`${(error as Error).message}; highlights seen: ${seen}`);
    }
  }

  /**
   * Waits for highlights, then until the set of highlighted claims has stayed the same for `quietMs`
   * (for a caller that wants every claim, e.g. the demo, when painting may arrive in steps).
   */
  async waitForSettledHighlights(quietMs = 750, options: WaitOptions = {}): Promise<PageHighlight[]> {
    await this.waitForHighlights(undefined, options);
    let key = '';
    let since = Date.now();
    let list: PageHighlight[] = [];
    return waitFor(
      async () => {
        list = await this.highlights();
        const now = list.map((h) => `${h.name}\u0000${h.text}`).join('\u0001');
        if (now !== key) {
          key = now;
          since = Date.now();
        }
        return Date.now() - since >= quietMs ? list : null;
      },
      { timeout: 20_000, interval: 100, message: `${this.browser}: highlights to settle`, ...options },
    );
  }

  /**
   * Clicks, with a real mouse, at the centre of the first client rect of the `index`-th highlight (in document order)
   * whose text contains `text`, after scrolling it into view. Throws when no such highlight exists.
   */
  async clickHighlight(text: string, index = 0): Promise<void> {
    const point = await this.evaluate<{ x: number; y: number } | null>(scrollHighlightIntoView(text, index));
    if (!point)
      throw new Error(`${this.browser}: no claimcheck highlight containing ${JSON.stringify(text)}`);
    await this.backend.click(point.x, point.y);
  }

  /** The open claim card (role=dialog inside <claimcheck-ui>'s shadow root), or null. */
  card(): Promise<CardState | null> {
    return this.evaluate<CardState | null>(READ_CARD);
  }

  /** Waits for a visible card and returns it. */
  waitForCard(options: WaitOptions = {}): Promise<CardState> {
    return waitFor(
      async () => {
        const card = await this.card();
        return card?.visible ? card : null;
      },
      { timeout: 10_000, message: `${this.browser}: a claim card (role="dialog") to open`, ...options },
    );
  }

  /** Waits until no card is shown. */
  async waitForNoCard(options: WaitOptions = {}): Promise<void> {
    await waitFor(async () => (await this.card()) === null, {
      timeout: 10_000,
      message: `${this.browser}: the claim card to close`,
      ...options,
    });
  }

  /** Clicks the highlight containing `text` and waits for its card. */
  async openCard(text: string, index = 0): Promise<CardState> {
    await this.clickHighlight(text, index);
    return this.waitForCard();
  }

  press(key: string): Promise<void> {
    return this.backend.press(key);
  }

  /**
   * Presses a key combination such as `Alt+Shift+KeyN` the way a user does: modifiers down in order, the last key
   * pressed, modifiers released in reverse order. Works on both backends (Puppeteer's `press` takes one key only).
   */
  async pressCombo(combo: string): Promise<void> {
    const keys = combo.split('+').filter(Boolean);
    const last = keys.pop();
    if (!last) throw new Error(`pressCombo: no key in ${JSON.stringify(combo)}`);
    const held: string[] = [];
    try {
      for (const key of keys) {
        await this.backend.keyDown(key);
        held.push(key);
      }
      await this.backend.keyDown(last);
      await this.backend.keyUp(last);
    } finally {
      for (const key of held.reverse()) await this.backend.keyUp(key);
    }
  }

  keyDown(key: string): Promise<void> {
    return this.backend.keyDown(key);
  }

  keyUp(key: string): Promise<void> {
    return this.backend.keyUp(key);
  }

  /** Types `text` into the focused element with real key events. */
  type(text: string): Promise<void> {
    return this.backend.type(text);
  }

  /** Chooses `files` (absolute paths) in the light-DOM `<input type="file">` matching `selector`. */
  uploadFile(selector: string, files: string[]): Promise<void> {
    return this.backend.uploadFile(selector, files);
  }

  /**
   * A real mouse click at the centre of the first light-DOM element matching `selector` whose text contains `text`
   * (any text when omitted), after scrolling it into view. Throws when there is none.
   */
  async clickElement(selector: string, text = ''): Promise<void> {
    // A page still laying out (live counts, late styles) can move the element between reading its box and the
    // click: click only once two reads agree and nothing covers the element's centre.
    let last: { x: number; y: number } | null = null;
    const point = await waitFor(
      async () => {
        const p = await this.evaluate<{ x: number; y: number; hits: boolean } | null>(
          centreOfElement(selector, text),
        );
        const stable = p && p.hits && last && last.x === p.x && last.y === p.y;
        last = p;
        return stable ? p : null;
      },
      {
        timeout: 10_000,
        message: `${this.browser}: a visible, settled ${selector} containing ${JSON.stringify(text)} on ${this.url}`,
      },
    );
    await this.backend.click(point.x, point.y);
  }

  /** A real mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void> {
    return this.backend.click(x, y);
  }

  /** Text of the first light-DOM element matching `selector`, or null. */
  textOf(selector: string): Promise<string | null> {
    return this.evaluate<string | null>(textOfSelector(selector));
  }

  /** Waits until `selector` exists with non-empty text, and returns the text. */
  waitForText(selector: string, options: WaitOptions = {}): Promise<string> {
    return waitFor(() => this.textOf(selector), {
      message: `${this.browser}: text of ${selector} on ${this.url}`,
      ...options,
    });
  }

  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void> {
    return this.backend.screenshot(file, options);
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.backend.setViewport(width, height);
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
