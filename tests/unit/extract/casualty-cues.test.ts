import { describe, expect, it } from 'vitest';
import {
  HARM_ADJECTIVES,
  HARM_AFTER,
  HARM_NOUNS,
  HARM_PHRASE_EXTRA_STEMS,
  HARM_STEM_WORDS,
  alternation,
  matchTail,
  prefixTrie,
  tailRegExp,
} from '../../../src/extract/lexicon';

// casualty.ts skips a frame when no harm stem starts in the window where the frame looks for
// its harm phrase. That is only safe if every phrase of the tables holds a stem at a word start:
// one example per alternative of each table, each checked against its table and the stems.
const STEM_RE = new RegExp(`\\b(?:${prefixTrie(HARM_STEM_WORDS)}|${HARM_PHRASE_EXTRA_STEMS})`, 'i');

const PHRASES: Array<[table: Array<[string, string]>, phrase: string]> = [
  [HARM_AFTER, 'killed and injured'],
  [HARM_AFTER, 'dead or wounded'],
  [HARM_AFTER, 'injured or killed'],
  [HARM_AFTER, 'either lost their lives or suffered serious injuries'],
  [HARM_AFTER, 'lost their lives or sustained life-changing injuries'],
  [HARM_AFTER, 'lost their lives or were wounded'],
  ...[
    'killed',
    'dead',
    'died',
    'passed away',
    'fatally shot',
    'perished',
    'murdered',
    'assassinated',
    'slain',
    'massacred',
    'slaughtered',
    'butchered',
    'executed',
    'lynched',
    'are at a morgue',
    'lying in the city morgue',
    'drowned',
    'lost their lives',
    'lost his life',
    'lose lives',
    'lose their lives',
    'abducted and killed',
    'succumbed',
    'shot dead',
    'shot and killed',
    'burned to death',
    'crushed to death',
    'trampled to death',
    'burned alive',
    'die',
    'bodies recovered',
    'recovered',
    'retrieved',
    'pulled from',
    'buried',
    'identified as dead',
    'among the dead',
    'among those killed',
    'among the civilians killed',
    'among fatalities',
    'among those who died',
    'swept to their deaths',
    'leapt to their deaths',
    'martyred',
    'embraced martyrdom',
    'deceased',
    'sent to hell',
    'embraced shahadat',
    'gunned down',
    'beheaded',
    'decapitated',
    'dying',
    'injured',
    'wounded',
    'shot and wounded',
    'hurt',
    'maimed',
    'hospitalised',
    'hospitalized',
    'receiving treatment',
    'underwent medical treatment',
    'brought there for medical treatment',
    'taken in for treatment',
    'sustained serious injuries',
    'suffering from injures',
    'received injuries',
    'suffered severe burns',
    'sustained gunshot wounds',
    'taken to hospital',
    'airlifted to two local hospitals',
    'sent to the city hospital',
    'treated for minor injuries',
    'treated for smoke inhalation',
    'for gunshot wounds',
    'in hospital',
    'in intensive care',
    'in the hospital',
    'referred to the district hospital',
    'treated in hospital',
    'treated at a nearby hospital',
    'in critical condition',
    'listed in a serious but stable condition',
    'among the wounded',
    'among those injured',
    'among the people wounded',
    'with gunshot wounds',
    'with weapon-related injuries',
    'missing',
    'unaccounted for',
    'vanished',
    'among the missing',
    'vanish',
    'disappeared',
    'displaced',
    'internally displaced',
    'fled',
    'flee',
    'left homeless',
    'rendered homeless',
    'homeless',
    'evacuated',
    'ordered evacuated',
    'uprooted',
    'forced to flee',
    'forced from their homes',
    'driven from their homes',
    'forced out of their homes',
    'forced to leave their homes',
    'sought refuge',
    'sought shelter',
    'left the country',
    'been forced to flee',
    'moved to camps',
    'relocated to temporary centres',
    'taken to shelters',
    'evacuated to centers',
    'living in tents',
    'staying in makeshift camps',
    'sheltering in shelters',
    'remained at a shelter',
    'housed in the school camp',
    'in relief camps',
    'inside relief camps',
    'in about 3,200 relief camps',
    'into emergency shelters',
    'in relief centres',
    'flocked to camps',
    'escaped to storm shelters',
    'swarmed relief camps',
    'taken shelter',
    'found refuge',
    'relocated',
    'sent fleeing',
    'fleeing the fighting',
    'escaped the besieged city',
    'forced to seek refuge',
    'living as refugees',
    'lost their homes',
    'left without shelter',
    'without shelter',
    'shot',
    'stabbed',
    'trampled',
    'trampled or crushed',
    'among the casualties',
    'reported as victims of landmines',
    'fell victim to shelling',
  ].map((p): [Array<[string, string]>, string] => [HARM_AFTER, p]),
  ...[
    'dead and injured',
    'deaths and injuries',
    'injuries and deaths',
    'deaths',
    'fatalities',
    'bodies',
    'corpses',
    'cadavers',
    'martyrs',
    'murders',
    'killings',
    'assassinations',
    'dead bodies',
    'deceased',
    'lives lost',
    'lives were lost',
    'dead',
    'injuries',
    'forced disappearances',
    'IDPs',
    'internally displaced persons',
    'displacements',
    'refugees',
    'casualties',
    'victims',
  ].map((p): [Array<[string, string]>, string] => [HARM_NOUNS, p]),
  ...['dead', 'slain', 'injured', 'wounded', 'missing', 'displaced', 'homeless', 'internally displaced'].map(
    (p): [Array<[string, string]>, string] => [HARM_ADJECTIVES, p],
  ),
];

describe('harm phrase cues', () => {
  it.each(PHRASES.map(([table, phrase]) => [phrase, table] as const))(
    '"%s" is a phrase of its table and holds a harm stem',
    (phrase, table) => {
      expect(new RegExp(`^(?:${alternation(table as Array<[string, never]>)})$`, 'iu').test(phrase)).toBe(
        true,
      );
      expect(STEM_RE.test(phrase)).toBe(true);
    },
  );

  it('covers every alternative of the tables (a new phrase needs an example here)', () => {
    for (const table of [HARM_AFTER, HARM_NOUNS, HARM_ADJECTIVES]) {
      table.forEach(([source], i) => {
        // Each top-level word alternative of the entry is matched by one of the examples.
        const inner = unwrapGroup(source);
        const examples = PHRASES.filter(([t]) => t === table).map(([, p]) => p);
        const alternatives = splitTopLevel(inner);
        for (const alt of alternatives) {
          const re = new RegExp(`^(?:${alt})$`, 'iu');
          expect(
            examples.some((e) => re.test(e)),
            `table entry ${i}: no example for ${alt}`,
          ).toBe(true);
        }
      });
    }
  });
});

describe('prefixTrie', () => {
  it('matches the same starts as the plain alternation', () => {
    const trie = new RegExp(`\\b(?:${prefixTrie(HARM_STEM_WORDS)})`, 'gi');
    const plain = new RegExp(`\\b(?:${HARM_STEM_WORDS.join('|')})`, 'gi');
    const text =
      'Skilled diers died; the deadline, dead deaths, displaced, flee, fled, FLEEING bodies, body, ' +
      'camp camps shelter Shelters sheltering numbers tallying hospitalised homeless uprooting drowned';
    const starts = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index ?? -1);
    expect(starts(trie)).toEqual(starts(plain));
  });

  it('builds a trie and drops words that a shorter word already starts', () => {
    expect(prefixTrie(['dead', 'death', 'die', 'dies'])).toBe('d(?:e(?:a(?:d|th))|ie)');
    expect(prefixTrie(['kill'])).toBe('kill');
  });
});

describe('tail regexes', () => {
  it.each([
    ['he said 12 people were killed by', true],
    ['killed by ', true],
    ['killed by it', false],
    ['', false],
  ])('"%s" ends in "by" and spaces: %s', (text, expected) => {
    const re = tailRegExp('\\bby\\s*', 'i');
    expect(matchTail(re, text) !== null).toBe(expected);
    expect(/\bby\s*$/i.test(text)).toBe(expected);
  });
});

/** The source inside `(?:…)` when that group spans all of it, else the source. */
function unwrapGroup(source: string): string {
  return source.startsWith('(?:') && closesAtEnd(source) ? source.slice(3, -1) : source;
}

/** Whether the group opened at offset 0 closes at the last character. */
function closesAtEnd(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === source.length - 1;
  }
  return false;
}

/** The top-level `|` alternatives of a regex source (outside groups and classes). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
