// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Scanner, sentenceAround } from '../../../src/page/scanner';
import { MAX_UNIT_CHARS, splitUnits } from '../../../src/page/paragraph-claims';
import { designationsInPassage } from '../../../src/extract/designation';
import { casualtiesInPassage } from '../../../src/extract/casualty-passage';

// In the extension the rules come from casualty-rules.js and designation-rules.js; here,
// straight from the source.
let loads = 0;
let casualtyLoads = 0;
const loadDesignations = () => {
  loads++;
  return Promise.resolve(designationsInPassage);
};
const loadCasualties = () => {
  casualtyLoads++;
  return Promise.resolve(casualtiesInPassage);
};
const rules = { loadCasualties, loadDesignations };

const SEED_LIKE =
  '<h1>Offensive</h1>' +
  '<p>On Nov. 27, Hayat Tahrir al-Sham (HTS), a group designated as a terrorist organization by the US, launched an operation.</p>' +
  '<p>The Syrian Observatory for Human Rights reported Sunday that the death toll from the clashes had risen to <a href="#">416</a>. Many fatalities resulted from airstrikes.</p>';

describe('Scanner', () => {
  it('finds claims across element boundaries and keeps their sentence and paragraph', async () => {
    document.body.innerHTML = SEED_LIKE;
    const found = (await new Scanner(rules).scan(document.body))!;
    const casualty = found.find((f) => f.claim.kind === 'casualty')!;
    expect(casualty.range.toString()).toBe(casualty.claim.quote);
    expect(casualty.range.toString()).toContain('416');
    expect(casualty.sentence).toMatch(/^The Syrian Observatory .* 416\.$/);
    expect(casualty.paragraph).toContain('Many fatalities');
    expect(found.some((f) => f.claim.kind === 'designation')).toBe(true);
  });

  it('never extracts the same paragraph twice, and keeps claim ids stable across rescans', async () => {
    document.body.innerHTML = SEED_LIKE;
    const scanner = new Scanner(rules);
    const first = (await scanner.scan(document.body))!;
    const runs = scanner.extractor.extractions;
    // A live blog appends a post; the old paragraphs are not extracted again.
    const post = document.createElement('p');
    post.textContent = 'Later, officials said the death toll had risen to 430.';
    document.body.append(post);
    const second = (await scanner.scan(document.body))!;
    expect(scanner.extractor.extractions).toBe(runs + 1);
    expect(second.map((f) => f.id)).toEqual(expect.arrayContaining(first.map((f) => f.id)));
    expect(second.length).toBe(first.length + 1);
  });

  it('gives repeated identical paragraphs distinct ids', async () => {
    const p = '<p>The death toll from the clashes had risen to 416.</p>';
    document.body.innerHTML = p + p;
    const found = (await new Scanner(rules).scan(document.body))!;
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
  });

  it('finds the same claims, ids and ranges however the scan is sliced', async () => {
    // Ranges are made at the end of each slice: a yield after every few paragraphs must
    // lose, repeat or reorder none of them (a repeated paragraph keeps its -1 suffix).
    const repeated = '<p>Officials said the death toll had risen to 430.</p>';
    document.body.innerHTML = SEED_LIKE.repeat(20) + repeated + SEED_LIKE.repeat(20) + repeated;
    const summary = (found: Awaited<ReturnType<Scanner['scan']>>) =>
      found!.map((f) => [f.id, f.claim.kind, f.claim.quote, f.range.toString(), f.sentence]);
    const whole = summary(await new Scanner(rules).scan(document.body, { sliceMs: 1e9 }));
    const sliced = summary(await new Scanner(rules).scan(document.body, { sliceMs: 0 }));
    expect(whole.length).toBe(40 * 2 + 2);
    expect(whole.filter(([id]) => String(id).endsWith('-1')).length).toBeGreaterThan(0);
    expect(sliced).toEqual(whole);
  });

  it('hands over the claims of the first slice early, once, when the scan goes on after it', async () => {
    document.body.innerHTML = SEED_LIKE.repeat(40);
    const early: Array<Array<[string, string]>> = [];
    let resolved = false;
    const scanning = new Scanner(rules)
      .scan(document.body, {
        sliceMs: 0,
        onEarlyClaims: (found) => {
          expect(resolved).toBe(false);
          early.push(found.map((f) => [f.id, f.range.toString()]));
        },
      })
      .then((found) => {
        resolved = true;
        return found!;
      });
    const found = await scanning;
    expect(early).toHaveLength(1);
    // The top of the page, as the whole scan finds it: same ids, same ranges, in order.
    const head = found.slice(0, early[0].length).map((f) => [f.id, f.range.toString()]);
    expect(early[0].length).toBeGreaterThan(0);
    expect(early[0].length).toBeLessThan(found.length);
    expect(early[0]).toEqual(head);
  });

  it('hands nothing over early when one slice reads the whole page', async () => {
    document.body.innerHTML = SEED_LIKE;
    let calls = 0;
    const found = await new Scanner(rules).scan(document.body, {
      sliceMs: 1e9,
      onEarlyClaims: () => calls++,
    });
    expect(found!.length).toBeGreaterThan(0);
    expect(calls).toBe(0);
  });

  /**
   * A page of `count` paragraphs each stating a toll from `first` on, laid out top to bottom
   * 100 px apart with paragraph `atTop` at the top of the viewport (happy-dom lays nothing
   * out): the claims the scanner hands over early, as range texts, and all it finds.
   */
  async function scanLaidOut(count: number, first: number, atTop: number) {
    document.body.innerHTML = Array.from(
      { length: count },
      (_, i) => `<p data-i="${i}">Officials said the death toll had risen to ${first + i}.</p>`,
    ).join('');
    const rect = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      const top = (Number(this.closest('p')?.dataset.i ?? 0) - atTop) * 100;
      return { top, bottom: top + 90, left: 0, right: 600, width: 600, height: 90, x: 0, y: top } as DOMRect;
    };
    try {
      const early: string[][] = [];
      const found = await new Scanner(rules).scan(document.body, {
        sliceMs: 1e9,
        onEarlyClaims: (claims) => early.push(claims.map((f) => f.range.toString())),
      });
      return { early, found: found!.map((f) => f.range.toString()) };
    } finally {
      HTMLElement.prototype.getBoundingClientRect = rect;
    }
  }

  it('hands over the claims early once they fill the screen, before the slice is used', async () => {
    // The screen (happy-dom's 768 px) holds 8 paragraphs.
    const { early, found } = await scanLaidOut(200, 1000, 0);
    expect(early).toHaveLength(1);
    // The screen's 8 paragraphs and the few read before the next look at the layout.
    expect(early[0].length).toBeGreaterThanOrEqual(8);
    expect(early[0].length).toBeLessThan(60);
    expect(early[0]).toEqual(found.slice(0, early[0].length));
  });

  it('hands over the claims in view first on a page scrolled down, then finds all from the top', async () => {
    const { early, found } = await scanLaidOut(60, 100, 40);
    expect(early).toHaveLength(1);
    expect(early[0][0]).toContain('140');
    expect(early[0]).not.toContainEqual(expect.stringContaining('139'));
    expect(found).toEqual(Array.from({ length: 60 }, (_, i) => expect.stringContaining(String(100 + i))));
  });

  it('stops when cancelled between slices', async () => {
    document.body.innerHTML = SEED_LIKE.repeat(200);
    const result = await new Scanner(rules).scan(document.body, {
      sliceMs: 0,
      cancelled: () => true,
    });
    expect(result).toBeNull();
  });
});

describe('splitUnits', () => {
  it('splits at paragraph breaks and cuts very long paragraphs at sentence ends', () => {
    expect(splitUnits('one\ntwo')).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
    const long = 'Words words words. '.repeat(3000);
    const units = splitUnits(long);
    // A paragraph is extracted in one call: a 57,000-character one must not be one task.
    expect(MAX_UNIT_CHARS).toBeLessThanOrEqual(5_000);
    expect(units.length).toBeGreaterThanOrEqual(Math.ceil(long.length / MAX_UNIT_CHARS));
    for (const u of units) expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_CHARS);
    expect(units[0].start).toBe(0);
    expect(units[units.length - 1].end).toBe(long.length);
    // Cuts fall right after a sentence end.
    expect(long.slice(units[0].end - 2, units[0].end)).toBe('. ');
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    const p = 'First one. Officials said 12 people died. Last one.';
    const start = p.indexOf('12');
    expect(sentenceAround(p, start, start + 2)).toBe('Officials said 12 people died.');
  });
});

/** The kinds a fresh scanner finds on the page when one rules module fails to load (its warning silenced). */
async function kindsWithout(failing: 'casualties' | 'designations'): Promise<string[]> {
  const reject = () => Promise.reject(new Error('no module'));
  const warn = console.warn;
  console.warn = () => {};
  try {
    const scanner = new Scanner(
      failing === 'casualties'
        ? { loadCasualties: reject, loadDesignations }
        : { loadCasualties, loadDesignations: reject },
    );
    return (await scanner.scan(document.body))!.map((f) => f.claim.kind);
  } finally {
    console.warn = warn;
  }
}

describe('Scanner source attribution across paragraphs', () => {
  it('credits a source named in the last sentence of the previous paragraph', async () => {
    document.body.innerHTML =
      '<p>Rescue work went on overnight. According to the health ministry, the situation was dire.</p>' +
      '<p>At least 12 people were killed in the strike.</p>';
    const found = (await new Scanner(rules).scan(document.body))!;
    const claim = found.find((f) => f.claim.kind === 'casualty')!.claim;
    expect(claim.kind === 'casualty' && claim.source).toBe('the health ministry');
  });

  it('loads the designation rules only for a page that may hold a designation, once', async () => {
    const before = loads;
    document.body.innerHTML = '<p>The death toll from the clashes had risen to 416.</p>';
    const scanner = new Scanner(rules);
    expect((await scanner.scan(document.body))!.map((f) => f.claim.kind)).toEqual(['casualty']);
    expect(loads).toBe(before);
    // A designation appears: the rules are loaded and the page's paragraphs read with them.
    const p = document.createElement('p');
    p.textContent =
      'Hayat Tahrir al-Sham, a group designated as a terrorist organization by the US, advanced.';
    document.body.append(p);
    const found = (await scanner.scan(document.body))!;
    expect(found.map((f) => f.claim.kind).sort()).toEqual(['casualty', 'designation']);
    await scanner.scan(document.body);
    expect(loads).toBe(before + 1);
  });

  it('loads the casualty rules only for a page with a harm word, and keeps designations without them', async () => {
    const before = casualtyLoads;
    document.body.innerHTML = '<p>The central bank held its rate at 4.25 percent on Thursday.</p>';
    const scanner = new Scanner(rules);
    expect(await scanner.scan(document.body)).toEqual([]);
    expect(casualtyLoads).toBe(before);
    document.body.innerHTML =
      '<p>Hamas, designated a terrorist group by the EU, said the death toll had risen to 416.</p>';
    expect(await kindsWithout('casualties')).toEqual(['designation']);
    // With the rules in, the same paragraph is read again and its casualty claim found.
    expect((await scanner.scan(document.body))!.map((f) => f.claim.kind).sort()).toEqual([
      'casualty',
      'designation',
    ]);
    expect(casualtyLoads).toBe(before + 1);
  });

  it('keeps finding casualty claims when the designation rules cannot be loaded', async () => {
    document.body.innerHTML =
      '<p>Hamas, designated a terrorist group by the EU, said the death toll had risen to 416.</p>';
    expect(await kindsWithout('designations')).toEqual(['casualty']);
  });
});
