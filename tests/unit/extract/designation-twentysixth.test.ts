/**
 * Listings found in the twenty-sixth session, most of them delistings. Every sentence is written
 * for the test; the near misses show what must stay as it was.
 */
import { claimsOf } from './designation-summary';

claimsOf('"no longer a proscribed organisation", "ceased to be a listed …": what it no longer is', [
  [
    'Following the ruling, the Coast Brigade was no longer a proscribed organisation in the EU.',
    ['Coast Brigade | European Union | delisted'],
  ],
  [
    'The Hill Council is no longer a designated terrorist group in the United States.',
    ['The Hill Council | United States | delisted'],
  ],
  [
    'The Dawn Brigades ceased to be a listed terrorist organisation in the EU after the ruling.',
    ['The Dawn Brigades | European Union | delisted'],
  ],
  // Still listed.
  [
    'Following the ruling, the Coast Brigade was a proscribed organisation in the EU.',
    ['Coast Brigade | European Union | designated'],
  ],
]);

claimsOf('"de-notified X as a proscribed organisation": a notice that lifts a ban', [
  [
    "Pakistan's interior ministry de-notified the Harbour Front as a proscribed organisation in November.",
    ['Harbour Front | Pakistan | delisted'],
  ],
]);

claimsOf('a listing that lapsed, or was allowed to lapse', [
  [
    'The Australian government allowed the listing of the Valley League as a terrorist organisation to lapse in 2018.',
    ['Valley League | Australia | delisted'],
  ],
  [
    "Australia's listing of the Dawn Brigades as a terrorist organisation lapsed in 2019 and was not renewed.",
    ['Dawn Brigades | Australia | delisted'],
  ],
  // A listing that goes on.
  [
    "Australia's listing of the Dawn Brigades as a terrorist organisation was renewed in 2019.",
    ['Dawn Brigades | Australia | designated'],
  ],
]);

claimsOf('a second listing verb coordinated with a first: its own claim ("removed … but relisted")', [
  [
    'Eastland was removed from the US state sponsors of terrorism list in 2008 but relisted in 2017.',
    ['Eastland | United States | delisted', 'Eastland | United States | designated'],
  ],
  [
    'The Coast Brigade was delisted by Washington in February 2021 and redesignated as a Specially Designated Global Terrorist entity in 2024.',
    ['The Coast Brigade | United States | delisted', 'The Coast Brigade | United States | designated'],
  ],
  // The first verb's object ends before the second verb: only the group the second names.
  [
    'Washington had delisted the group in 2021 but redesignated the Hill Council as a Foreign Terrorist Organization in 2025.',
    ['Hill Council | United States | designated'],
  ],
]);
