import { describe, expect, it } from 'vitest';
import { isSpace, splitSentences } from '../../../src/extract/sentences';

describe('isSpace', () => {
  it('accepts exactly the characters /\\s/ matches, over the whole BMP', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('ends sentences at stops followed by a capital, digit or quote', () => {
    expect(split('Two died. 14 were hurt! "Why?" he asked.')).toEqual([
      'Two died.',
      '14 were hurt!',
      '"Why?" he asked.',
    ]);
  });

  it('keeps abbreviations, initials and dotted acronyms inside a sentence', () => {
    expect(split('Gen. Smith met the U.S. envoy. J. Doe said so.')).toEqual([
      'Gen. Smith met the U.S. envoy.',
      'J. Doe said so.',
    ]);
  });

  it('ends a sentence whose space after the stop was lost, but not inside an acronym or a place', () => {
    expect(split('Two groups were listed.The first is Front Alpha. The U.S.Army and St.Louis stay.')).toEqual(
      ['Two groups were listed.', 'The first is Front Alpha.', 'The U.S.Army and St.Louis stay.'],
    );
  });

  it('joins a line wrapped mid-sentence but splits at a blank line', () => {
    expect(split('At least 12 people\nwere killed\n\nSeparate item')).toEqual([
      'At least 12 people\nwere killed',
      'Separate item',
    ]);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(split('It rose to 3.5 p.c. by noon. Then fell.')).toEqual([
      'It rose to 3.5 p.c. by noon.',
      'Then fell.',
    ]);
  });
});
