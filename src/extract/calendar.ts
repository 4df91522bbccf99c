/**
 * Day and month names as regex source, for the rules that read "on Monday" or "in March" as a
 * time and never as a name or an object.
 */
export const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
