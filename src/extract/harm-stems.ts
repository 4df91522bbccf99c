/**
 * The casualty gate, kept apart from the rules (src/extract/casualty.ts) so that the content
 * script can tell whether a page may hold a casualty claim before it loads them.
 */

/**
 * Stems of harm words, matched at a word start: a sentence without one holds no casualty claim
 * (every frame needs one), and testing for them is far cheaper than finding counts.
 */
export const HARM_STEM_WORDS = (
  'kill dead death deceased die wound injur hurt missing displac fled flee homeless evacuat casualt victim body bodies ' +
  'corpse cadaver toll fatalit lives perish murder slain slaughter butcher massacr drown hospital treatment refuge uproot ' +
  'unaccounted succumb buried execut shot stabbed number tally camp shelter loss burn relocat inhal idp homes ' +
  'martyr condition lost trampl gunned vanish disappear behead decapitat dying eliminat shahadat ' +
  'maim neutrali destroy exodus whereabouts slay shooting lynch morgue icu assassinat'
)
  .split(' ')
  .concat([
    'passed\\s+away',
    'remains\\s+of',
    'left\\s+the\\s+country',
    'searching\\s+for',
    'search\\s+(?:continued\\s+)?for',
    'unable\\s+to\\s+(?:locate|find|trace)',
    'for\\s+(?:their\\s+)?safety',
    'escaped\\s+(?:from\\s+)?(?:the|their)\\s',
    'sent\\s+to\\s+hell',
    'intensive\\s+care',
    'forced\\s+to\\s+migrate',
  ]);

/**
 * Regex source matching the same text starts as `words.join('|')` (no assertion after it), as a
 * trie ("dea(?:d|th)"): the engine then reads each character once instead of once per word.
 * A word that starts with another word of the list is dropped (the shorter one already matches).
 */
export function prefixTrie(words: string[]): string {
  const kept = words.filter((w) => !words.some((v) => v !== w && w.startsWith(v)));
  const unique = [...new Set(kept)].sort();
  const byFirst = new Map<string, string[]>();
  for (const w of unique) {
    const rest = byFirst.get(w[0]) ?? [];
    rest.push(w.slice(1));
    byFirst.set(w[0], rest);
  }
  const branches = [...byFirst].map(([first, rests]) =>
    rests.length === 1 ? first + rests[0] : `${first}(?:${prefixTrie(rests)})`,
  );
  return branches.length === 1 ? branches[0] : branches.join('|');
}

/** A text without a harm stem holds no casualty claim; most paragraphs of a page have none. */
const HARM_STEM_RE = new RegExp(`\\b(?:${prefixTrie(HARM_STEM_WORDS)})`, 'i');

/** Whether `t` (normalised) has a harm stem: without one, no sentence of it holds a casualty claim. */
export function hasHarmStem(t: string): boolean {
  return HARM_STEM_RE.test(t);
}
