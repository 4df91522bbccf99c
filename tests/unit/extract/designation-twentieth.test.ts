/**
 * Listings inside war reporting, found by reading the failures on one half of a held-out set of
 * conflict news (twentieth session). Every sentence is written for the test; the near misses show
 * what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"the Union home ministry" in lower case is India\'s', [
  [
    'Pakistan has long denied the charge. The Union home ministry last week declared the TRF a terrorist organisation.',
    ['TRF | India | designated'],
  ],
  ['The Union Home Ministry declared the TRF a terrorist organisation.', ['TRF | India | designated']],
]);
