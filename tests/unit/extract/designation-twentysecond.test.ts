/**
 * Listings found by reading the failures on the read halves of held-out sets (twenty-second
 * session). Every sentence is written for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"notified/declared X as a banned organisation" is a listing act (South Asian usage)', [
  [
    'The federal government on Friday notified the Tehreek-e-Labbaik Pakistan (TLP) as a banned organisation under the Anti-Terrorism Act.',
    ['Tehreek-e-Labbaik Pakistan (TLP) | Pakistan | designated'],
  ],
  // A headline with no verb "to be".
  ['TLP formally notified as banned organisation', ['TLP |  | designated']],
  ['The interior ministry declared the TTP a banned outfit.', ['TTP |  | designated']],
  // The epithet alone still lists nothing.
  ['Police named the banned outfit’s leader, Ali Khan.', []],
  ['Members of the banned organisation held a rally.', []],
]);

claimsOf('the schedule of the law a group is put in is no part of its name', [
  [
    'The interior ministry placed the TLP in the First Schedule as a proscribed organisation.',
    ['TLP |  | designated'],
  ],
]);
