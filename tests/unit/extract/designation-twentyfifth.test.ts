/**
 * Listings found in the twenty-fifth session. Every sentence is written for the test; the near
 * misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"gazetted X as a terrorist group": a government notice that lists', [
  [
    "Kenya's interior ministry gazetted the Coast Brigade and the Hill Council as terrorist groups on Monday.",
    ['Coast Brigade | Kenya | designated', 'Hill Council | Kenya | designated'],
  ],
  // Gazetting anything else lists nothing.
  ['The government gazetted the new regulations on Friday after a terrorist attack.', []],
]);
