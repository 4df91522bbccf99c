/**
 * Footnoted listings. Some outlets (Russian ones by law) mark each group a state has listed with
 * an asterisk and explain it once, below the text: "… the Islamic State* and al-Qaeda* …" and
 * "*terrorist organisations banned in Russia". Each starred name before the footnote is a claim
 * the footnote makes; all of them quote the footnote (docs/CLAIMS.md).
 */
import type { DesignationHit } from './designation-hits';
import { authorityNames, expandBlocs } from './designators';

/**
 * A footnote: an asterisk opening a line (or following a sentence), maybe a dash, then a short
 * note that uses a terror word and says the groups are banned or listed somewhere.
 */
const FOOTNOTE_RE =
  /(?<=^|\n|[.!?"”)]\s)\*{1,3}\s*(?:[–—-]\s*)?\(?([^*\n]{0,160}?\b(?:terror|(?:banned|prohibited)\s+in\s)[^*\n]{0,120}?)\)?[ \t]*(?=\n|$)/giu;
const BANNED_RE = /\b(?:banned|outlawed|prohibited|proscribed|listed|designated|recogni[sz]ed)\b/i;
/** A name closing right before an asterisk, with an acronym in parentheses after it maybe. */
const STARRED_NAME_RE =
  /((?:(?:al|ad|an|ar|as|at|ash|el|wal|ul|ut)-)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the|al|wal|ul|ut|in|for)\s+)*(?:(?:al|ad|an|ar|as|at|ash|el|wal|ul|ut)-)?\p{Lu}[\p{L}\p{N}'’-]*)*(?:\s*\(\p{Lu}[\p{L}\p{N}-]{1,12}\))?)$/u;
/** A note opening with the group's name, maybe quoted, then a dash: "\"Islamic State\" (ISIS) - the organization …". */
const NOTE_NAMES_RE =
  /^["“]?(\p{Lu}(?:[^"”()\n–—-]|(?<=\S)-(?=\S)){1,60}?)["”]?(?:\s*(\([^()]{1,90}\)))?\s+[-–—]\s+/u;
const STARRED_TAIL_RE = /(?:["”’']|\s+terrorist\s+(?:organi[sz]ation|group|movement))$/u;
/** A starred word: a letter, a closing parenthesis or quote, then the asterisk. */
const STAR_RE = /(?<=[\p{L})"”’'])\*(?![\p{L}*])/gu;

/** The claims each footnote in `t` makes about the names starred before it. */
export function footnoteClaims(t: string): DesignationHit[] {
  if (!t.includes('*')) return [];
  const hits: DesignationHit[] = [];
  let from = 0;
  FOOTNOTE_RE.lastIndex = 0;
  for (let note = FOOTNOTE_RE.exec(t); note; note = FOOTNOTE_RE.exec(t)) {
    const text = note[1];
    const designators = authorityNames(text);
    // An extremist ban is not a terror listing; a note that names no one, or several, says nothing sure.
    if (
      !BANNED_RE.test(text) ||
      designators.length !== 1 ||
      (/extremis/i.test(text) && !/terror/i.test(text))
    )
      continue;
    const start = note.index;
    const end = note.index + note[0].replace(/[\s.]+$/, '').length;
    // "* – An organization banned in Russia": state media's note needs no terror word of its own.
    const label =
      /\bterror\p{L}*(?:\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|movements?))?/iu.exec(text)?.[0] ??
      BANNED_RE.exec(text)![0];
    const claim = (entity: string): DesignationHit => ({
      kind: 'designation',
      start,
      end,
      entity,
      designators: expandBlocs(designators),
      label,
      status: 'designated',
    });
    // "* "Islamic State" (ISIS, ISIL) - the organization was recognized as terrorist …": a note
    // that names its group says which group it is about.
    const named = NOTE_NAMES_RE.exec(text);
    if (named) {
      hits.push(claim(named[1] + (named[2] ? ` ${named[2]}` : '')));
      from = end;
      continue;
    }
    const seen = new Set<string>();
    STAR_RE.lastIndex = from;
    for (let star = STAR_RE.exec(t); star && star.index < start; star = STAR_RE.exec(t)) {
      // "“Taliban”*", "the Jebhat al-Nusra terrorist organization*": past a closing quote or the group's label.
      const before = t.slice(Math.max(0, star.index - 80), star.index).replace(STARRED_TAIL_RE, '');
      const name = STARRED_NAME_RE.exec(before)?.[1];
      if (!name || seen.has(name)) continue;
      seen.add(name);
      // "Fighters of the Islamic State*": a capitalised plural opening the sentence is no part of the name.
      hits.push(claim(name.replace(/^(?:The\s+|\p{Lu}\p{Ll}+s\s+of\s+(?:the\s+)?)/u, '')));
    }
    from = end;
  }
  return hits;
}
