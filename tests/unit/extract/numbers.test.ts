import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberWords, parseNumberDigits } from '../../../src/extract/numbers';
import { findCounts } from '../../../src/extract/counts';

describe('parseNumber', () => {
  it.each([
    ['1,953', 1953],
    ['215,518', 215518],
    ['1 953', 1953],
    ['1.5 million', 1_500_000],
    ['2.3m', 2_300_000],
    ['1,2 million', 1_200_000],
    ['1,200 million', 1_200_000_000],
    ['40k', 40_000],
    ['seven', 7],
    ['Seven', 7],
    ['eighty-eight', 88],
    ['twenty one', 21],
    ['one hundred and twelve', 112],
    ['a hundred', 100],
    ['a dozen', 12],
    ['two dozen', 24],
    ['3 dozen', 36],
    ['two thousand five hundred', 2500],
    ['four million', 4_000_000],
    // A scale in words with its remainder in digits, as translated ministry tallies write it.
    ['6 thousand and 39', 6039],
    ['one thousand and 11', 1011],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['seven eight', 'twenty thirty', 'banana', ''])('rejects the non-number "%s"', (text) => {
    expect(parseNumberWords(text)).toBeNull();
  });

  it('rejects digits that are not one grouped number', () => {
    expect(parseNumberDigits('1,95')).toBeNull();
  });
});

describe('findCounts', () => {
  const one = (text: string) => {
    const counts = findCounts(text);
    expect(counts).toHaveLength(1);
    const c = counts[0];
    return { text: text.slice(c.start, c.end), min: c.min, max: c.max, approx: c.approx };
  };

  it.each([
    ['killed at least 18 people', 'at least 18', 18, null, 'at_least'],
    ['more than 100 people were injured', 'more than 100', 100, null, 'at_least'],
    ['over 3,000 dead', 'over 3,000', 3000, null, 'at_least'],
    ['no fewer than 70 people died', 'no fewer than 70', 70, null, 'at_least'],
    ['up to 30 passengers are missing', 'up to 30', null, 30, 'at_most'],
    ['as many as 1,926 people were hurt', 'as many as 1,926', null, 1926, 'at_most'],
    ['fewer than 20 were wounded', 'fewer than 20', null, 20, 'at_most'],
    ['nearly 200 died', 'nearly 200', 200, 200, 'about'],
    ['about 950 were hurt', 'about 950', 950, 950, 'about'],
    ['some 300 villagers', 'some 300', 300, 300, 'about'],
    ['an estimated 6.5 million were displaced', 'an estimated 6.5 million', 6_500_000, 6_500_000, 'about'],
    ['between 10 and 20 miners', 'between 10 and 20', 10, 20, 'exact'],
    ['10 to 15 people', '10 to 15', 10, 15, 'exact'],
    ['10-15 people', '10-15', 10, 15, 'exact'],
    ['10–15 people', '10–15', 10, 15, 'exact'],
    ['dozens of people', 'dozens', null, null, 'vague'],
    ['tens of thousands of people', 'tens of thousands', null, null, 'vague'],
    ['hundreds of thousands of people', 'hundreds of thousands', null, null, 'vague'],
    ['a few thousand people', 'a few thousand', null, null, 'vague'],
    ['numerous missing individuals', 'numerous', null, null, 'vague'],
    ['the toll reached 3 thousand and 728 wounded', '3 thousand and 728', 3728, 3728, 'exact'],
    ['in the West Bank 3 thousand and 728, including', '3 thousand and 728', 3728, 3728, 'exact'],
    // "over" as the verb's particle bounds nothing.
    ['the police handed over eight bodies', 'eight', 8, 8, 'exact'],
    ['officials were handing over 12 bodies to families', '12', 12, 12, 'exact'],
    ['the blast took over 30 lives', 'over 30', 30, null, 'at_least'],
  ])('%s → %s', (text, quote, min, max, approx) => {
    expect(one(text)).toEqual({ text: quote, min, max, approx });
  });

  it.each([
    ['a 12-year-old girl', 'ages'],
    ['a man aged 45', 'ages'],
    ['the attack on March 15', 'dates'],
    ['15 March 2024', 'dates and years'],
    ['in 2019 the army', 'years'],
    ['at 10:30 local time', 'times'],
    ['cost $300 million', 'money'],
    ['rose 4 per cent', 'percentages'],
    ['a turnout of 61%', 'percentages'],
    ['a 7.4 magnitude quake', 'magnitudes'],
    ['a magnitude 6.8 earthquake', 'magnitudes'],
    ['the 3rd attack', 'ordinals'],
    ['a 20-km convoy', 'measures'],
  ])('"%s" holds no count (%s)', (text) => {
    expect(findCounts(text)).toEqual([]);
  });

  it('reads a revision "from 79 to 78" as two figures, not a range', () => {
    const counts = findCounts('revised the toll from 79 to 78');
    expect(counts.map((c) => [c.min, c.max])).toEqual([
      [79, 79],
      [78, 78],
    ]);
  });
});
