/**
 * Casualty claims: a count of people killed, injured, missing or displaced, as the sentence
 * states it. Each count found by counts.ts is tried against a few linguistic frames:
 *
 *   subject   "18 people were killed", "22 dead", "99 are still missing"
 *   noun      "25 deaths", "at least 62 fatalities", "six victims"
 *   object    "killed 18 people", "left 22 people dead", "forced 170,000 people to flee"
 *   toll      "the death toll … has risen to 416", "the number of injured stood at 799"
 *   tally     "…, including 25 children and 20 women", "four of them students"
 *
 * A count that fits no frame stays dark: precision over recall.
 *
 * This file is the entry point (casualtiesInSentence; analyseSentence, CasualtyHit and Carried
 * re-exported for casualty-passage.ts). The rules are split by what they do; at run time each
 * module imports only those listed before it: casualty-phrases.ts (the noun-phrase grammar),
 * casualty-people.ts (words that name people), casualty-hits.ts (the hit, checks on the harm
 * word, harm stems), casualty-objects.ts, casualty-subjects.ts, casualty-nouns.ts and
 * casualty-frames.ts (the frames), casualty-tolls.ts (tolls and replaced figures),
 * casualty-tallies.ts (counts read together), casualty-carried.ts (what a sentence leaves the
 * next) and casualty-sentence.ts (one sentence's hits).
 */
import type { CasualtyHit } from './casualty-hits';
import type { Carried } from './casualty-carried';
import { analyseSentence } from './casualty-sentence';

export type { CasualtyHit } from './casualty-hits';
export type { Carried } from './casualty-carried';
export { analyseSentence } from './casualty-sentence';

export function casualtiesInSentence(s: string, carried: Carried | null = null): CasualtyHit[] {
  return analyseSentence(s, carried).hits;
}
