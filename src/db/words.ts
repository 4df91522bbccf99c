/**
 * Word and key extraction shared by the rows' indexed fields and the queries,
 * so that both sides of every lookup are normalised the same way.
 */
import { nameKey, nameKeysOf } from './name-key';
import type { EntityName } from './types';

/** Words that carry no meaning for claim search. */
const STOPWORDS = new Set(
  (
    'the a an and or of in on at to for from by with as is are was were be been has have had it its this that ' +
    'these those not no but than then into over after before about said says who which what when where will ' +
    'would can could may might also more most than per all any some such their there they them he she his her'
  ).split(' '),
);

/** Indexed words of a claim's text: normalised like names, stopwords and 1–2 letter words dropped. */
export function claimWords(text: string): string[] {
  const words = new Set<string>();
  for (const w of nameKey(text).split(' ')) {
    if (w.length >= 3 && !STOPWORDS.has(w)) words.add(w);
  }
  return [...words];
}

/** nameKeys and weakKeys of an entity's names (weak aliases may confirm, never trigger, a match). */
export function entityKeys(names: EntityName[]): { nameKeys: string[]; weakKeys: string[] } {
  const all = new Set<string>();
  const strong = new Set<string>();
  for (const n of names) {
    for (const k of nameKeysOf(n.name)) {
      all.add(k);
      if (n.type !== 'weak') strong.add(k);
    }
  }
  return { nameKeys: [...all], weakKeys: [...all].filter((k) => !strong.has(k)) };
}

/**
 * Keys of an event's places and actors: each listed segment ("Idlib",
 * "Aleppo" out of "Syria: Idlib, Aleppo and Hama") and its significant words,
 * so an event is found by any one place or actor named in a claim.
 */
export function eventKeysOf(places: string[], actors: string[]): string[] {
  const keys = new Set<string>();
  for (const text of [...places, ...actors]) {
    for (const segment of text.split(/[,:;/]| and | then | incl\. | including /)) {
      for (const k of nameKeysOf(segment)) {
        keys.add(k);
        for (const w of k.split(' ')) if (w.length >= 3 && !STOPWORDS.has(w)) keys.add(w);
      }
    }
  }
  return [...keys];
}
