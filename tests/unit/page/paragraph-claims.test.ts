import { describe, expect, it, vi } from 'vitest';
import { extractClaims } from '../../../src/extract';
import {
  lastSentenceStart,
  MAX_UNIT_CHARS,
  ParagraphExtractor,
  sentenceAround,
  splitUnits,
} from '../../../src/page/paragraph-claims';

/** The definition lastSentenceStart implements by scanning backwards. */
function lastSentenceByRegex(tail: string): string {
  const body = tail.replace(/\n$/, '');
  const m = /[.!?]["”’)]?\s+(?=\S[^]*$)/g;
  let cut = 0;
  for (let hit = m.exec(body); hit; hit = m.exec(body)) cut = hit.index + hit[0].length;
  return tail.slice(cut);
}

describe('lastSentenceStart', () => {
  it('finds the last sentence of the previous paragraph', () => {
    const text = 'Rescue work went on. According to the ministry, it was dire.\nAt least 12 died.';
    const start = text.indexOf('At least');
    expect(text.slice(lastSentenceStart(text, 0, start), start)).toBe(
      'According to the ministry, it was dire.\n',
    );
  });

  it('agrees with the regex definition on random text, every JavaScript space included', () => {
    const spaces: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    const alphabet = [
      'a',
      'b',
      'é',
      '.',
      '!',
      '?',
      '"',
      '”',
      '’',
      ')',
      '\n',
      ' ',
      ...spaces,
      '\u180e',
      '\u200b',
    ];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let n = 0; n < 10_000; n++) {
      const length = Math.floor(random() * 30);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const end = Math.floor(random() * (length + 1));
      const from = Math.max(0, end - Math.floor(random() * 25));
      expect(text.slice(lastSentenceStart(text, from, end), end)).toBe(
        lastSentenceByRegex(text.slice(from, end)),
      );
    }
  });
});

describe('ParagraphExtractor', () => {
  const unitsOf = (text: string) => splitUnits(text);
  const scan = (extractor: ParagraphExtractor, text: string) => {
    const claims = unitsOf(text).flatMap((u) => extractor.claimsOf(text, u)?.claims ?? []);
    extractor.endScan();
    return claims;
  };

  it('an extractor failing on one paragraph costs only that paragraph', () => {
    const text =
      'Officials said 12 people died.\nA paragraph the rules fail on.\nPolice said 7 people were injured.';
    const extractor = new ParagraphExtractor({
      extract: (t, o) => {
        if (t.trimEnd().endsWith('rules fail on.')) throw new Error('a rule failed');
        return extractClaims(t, o);
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const claims = scan(extractor, text);
    warn.mockRestore();
    expect(claims.map((c) => c.quote)).toEqual(['12 people died', '7 people were injured']);
    expect(extractor.failures).toBe(1);
  });

  it('gives claims offsets into the whole text, and the sentence and paragraph around them', () => {
    const text = 'Calm day.\nOfficials said 12 people died. Talks went on.';
    const unit = unitsOf(text)[1];
    const found = new ParagraphExtractor({ extract: extractClaims }).claimsOf(text, unit)!;
    expect(found.claims).toHaveLength(1);
    expect(text.slice(found.claims[0].start, found.claims[0].end)).toBe(found.claims[0].quote);
    expect(found.sentences[0]).toBe('Officials said 12 people died.');
    expect(found.paragraph).toBe('Officials said 12 people died. Talks went on.');
  });

  it('reads each item of a list, one name per line, with the listing that ends in a colon above it', () => {
    const text = [
      'Canada has listed the following entities as terrorist entities under the Criminal Code:',
      'Antifa Ost',
      'Terrorgram Collective',
      'Maniacs Murder Cult',
      'The listings took effect on Monday.',
    ].join('\n');
    const claims = scan(new ParagraphExtractor({ extract: extractClaims }), text);
    expect(claims.map((c) => c.kind === 'designation' && [c.entity, c.designators.join(), c.quote])).toEqual([
      ['Antifa Ost', 'Canada', 'Antifa Ost'],
      ['Terrorgram Collective', 'Canada', 'Terrorgram Collective'],
      ['Maniacs Murder Cult', 'Canada', 'Maniacs Murder Cult'],
    ]);
  });

  it('reads each entry an order inserts, one per line after a frame that ends in a dash', () => {
    const text = [
      'The Secretary of State makes the following Order under the Terrorism Act 2000.',
      'In Schedule 2 to the Act (proscribed organisations), insert the following entries—',
      'Harbour Brigades (Saraya al-Harbour)',
      'Valley Front',
      'Coast League',
      'Deproscribed organisation',
    ].join('\n');
    const claims = scan(new ParagraphExtractor({ extract: extractClaims }), text);
    expect(claims.map((c) => c.kind === 'designation' && [c.entity, c.designators.join()])).toEqual([
      ['Harbour Brigades (Saraya al-Harbour)', 'United Kingdom'],
      ['Valley Front', 'United Kingdom'],
      ['Coast League', 'United Kingdom'],
    ]);
  });

  it('reads a footnote after the whole article above it, so the names starred paragraphs before are listed', () => {
    const text = [
      'Fighters of the Red Hand* shelled the town on Monday.',
      'The mayor said the shelling went on for hours. Residents fled to the hills.',
      'Talks are due next week.',
      '*a terrorist organisation banned in Russia',
    ].join('\n');
    const claims = scan(new ParagraphExtractor({ extract: extractClaims }), text);
    expect(claims.map((c) => [c.kind === 'designation' && c.entity, c.quote])).toEqual([
      ['Red Hand', '*a terrorist organisation banned in Russia'],
    ]);
  });

  it('caches a repeated paragraph after each of its contexts', () => {
    const p = 'At least 12 people were killed in the strike.';
    const text = `First intro.\n${p}\nSecond intro.\n${p}`;
    const extractor = new ParagraphExtractor({ extract: extractClaims });
    const first = scan(extractor, text);
    const runs = extractor.extractions;
    expect(runs).toBe(4);
    expect(scan(extractor, text)).toEqual(first);
    expect(extractor.extractions).toBe(runs);
  });

  it('keeps what the last completed scan used and drops the rest', () => {
    const a = 'At least 12 people were killed in the strike.';
    const b = 'Medics said 30 people were wounded.';
    const extractor = new ParagraphExtractor({ extract: extractClaims });
    scan(extractor, `${a}\n${b}`);
    expect(extractor.extractions).toBe(2);
    // b is gone from the page for one scan: it leaves the cache.
    scan(extractor, a);
    scan(extractor, `${a}\n${b}`);
    expect(extractor.extractions).toBe(3);
    // A scan that never completes (no endScan) drops nothing.
    const units = unitsOf(a);
    extractor.claimsOf(a, units[0]);
    scan(extractor, `${a}\n${b}`);
    expect(extractor.extractions).toBe(3);
  });
});

describe('a paragraph longer than MAX_UNIT_CHARS', () => {
  it('is read in pieces cut at sentence ends, and gives the claims one extraction of it gives', () => {
    const sentences = [
      'The health ministry said 41 people were killed in the strikes on the city.',
      'Officials in the capital said the situation remained tense as talks went on late into the night.',
      'Hezbollah is designated a terrorist organization by the United States and Canada.',
      'Medics said 12 of the wounded were in critical condition.',
      'Residents described queues for bread stretching several blocks through the city centre.',
    ];
    const statement = Array.from({ length: 180 }, (_, i) => sentences[i % sentences.length]).join(' ');
    const page = `Verbatim record\n${statement}\nEnd of the record.`;
    const units = splitUnits(page);
    // The statement is several units, none longer than the cap, each ending after a sentence.
    const from = page.indexOf(statement);
    const inStatement = units.filter((u) => u.start >= from && u.end <= from + statement.length);
    expect(inStatement[0].start).toBe(from);
    expect(inStatement[inStatement.length - 1].end).toBe(from + statement.length);
    expect(inStatement.length).toBeGreaterThanOrEqual(Math.ceil(statement.length / MAX_UNIT_CHARS));
    for (const u of inStatement) {
      expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_CHARS);
      expect(page.slice(u.start, u.end).trimEnd().endsWith('.')).toBe(true);
    }
    const extractor = new ParagraphExtractor({ extract: extractClaims });
    const pieces = units.flatMap((u) => extractor.claimsOf(page, u)?.claims ?? []);
    const whole = extractClaims(page);
    const key = (c: { kind: string; start: number; end: number }) => `${c.kind} ${c.start}-${c.end}`;
    expect(pieces.map(key)).toEqual(whole.map(key));
    expect(pieces.filter((c) => c.kind === 'casualty')).toHaveLength(72);
    expect(pieces.filter((c) => c.kind === 'designation')).toHaveLength(36);
  });
});

describe('ParagraphExtractor keys', () => {
  const a = 'Calm day. At least 12 people were killed in the strike.';
  const b = 'Medics said 30 people were wounded.';
  const c = 'Officials said 7 people died.';
  const pages = [`${a}\n${b}\n${a}`, `${c}\n${a}\n${b}`, `${a}\n${c}`, `${b}\n${c}\n${a}\n${b}`];
  /** Scans `page`, or (complete false) its first unit only, as a cancelled scan does. */
  const run = (extractor: ParagraphExtractor, page: string, begin: boolean, complete = true) => {
    if (begin) extractor.beginScan();
    const units = splitUnits(page);
    const claims = (complete ? units : units.slice(0, 1)).map((u) => extractor.claimsOf(page, u));
    if (complete) extractor.endScan();
    return claims;
  };

  it('finds and extracts the same whether keys are slices of the page (beginScan) or copies', () => {
    const sliced = new ParagraphExtractor({ extract: extractClaims });
    const copied = new ParagraphExtractor({ extract: extractClaims });
    for (const [i, page] of [...pages, ...pages].entries()) {
      // Every third scan is cancelled after one paragraph: the next scan keys by copies.
      const complete = i % 3 !== 1;
      expect(run(sliced, page, true, complete)).toEqual(run(copied, page, false, complete));
      expect(sliced.extractions).toBe(copied.extractions);
    }
    // An unchanged page rescanned extracts nothing, whichever keys its entries have.
    run(sliced, pages[3], true);
    const runs = sliced.extractions;
    run(sliced, pages[3], true, false);
    run(sliced, pages[3], true);
    run(sliced, pages[3], true);
    expect(sliced.extractions).toBe(runs);
  });
});

/** The definition sentenceAround implements by scanning outwards. */
function sentenceByRegex(paragraph: string, start: number, end: number): string {
  const before = paragraph.slice(0, start);
  const m = before.match(/.*[.!?]["”’)]?\s+/s);
  const s = m ? m[0].length : 0;
  const after = paragraph.slice(end).search(/[.!?](?=["”’)]?(\s|$))/);
  const e = after < 0 ? paragraph.length : end + after + 1;
  return paragraph.slice(s, e).trim();
}

describe('sentenceAround', () => {
  it('agrees with the regex definition on random text', () => {
    const alphabet = ['a', 'b', '.', '!', '?', '"', '”', ')', ' ', '\n', '\u00a0', '\u2029'];
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let n = 0; n < 10_000; n++) {
      const length = 1 + Math.floor(random() * 30);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const start = Math.floor(random() * length);
      const end = start + 1 + Math.floor(random() * (length - start));
      expect(sentenceAround(text, start, end)).toBe(sentenceByRegex(text, start, end));
    }
  });
});
