/**
 * Names listed one per line after a frame that announces them (src/extract/designation-following.ts),
 * as gazettes, orders and press releases lay them out. Every text is written for the test.
 */
import { claimsOf, labelledClaimsOf } from './designation-summary';

labelledClaimsOf('an order that inserts entries in the schedule of proscribed organisations', [
  [
    'The Secretary of State makes the following Order under the Terrorism Act 2000.\nIn Schedule 2 to the Act (proscribed organisations), insert the following entries—\nHarbour Brigades (Saraya al-Harbour) (The Harbour Men)\nValley Front\nDeproscribed organisation\nIn Schedule 2 to the Act, omit the entry for the Coast League.',
    [
      'Harbour Brigades (Saraya al-Harbour) | United Kingdom | designated | proscribed',
      'Valley Front | United Kingdom | designated | proscribed',
    ],
  ],
]);

claimsOf('a release that lists the names it removed, one per line after a dash', [
  [
    'Canada has removed the following entities from its list of terrorist entities —\n\nHarbour Front\n\nValley League\n\nThe Listings Took Effect On Monday',
    ['Harbour Front | Canada | delisted', 'Valley League | Canada | delisted'],
  ],
]);

claimsOf('a list after a frame that lists no one for terrorism stays dark', [
  ['Aid was delivered by the following organisations —\nRed Cross\nHarbour Relief', []],
]);
