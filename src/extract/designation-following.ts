/**
 * Lists laid out one name per line after a frame that announces them with a dash: "In Schedule 2
 * to the Act (proscribed organisations) … insert the following entries—" then a line per group,
 * as orders and gazettes write them. Each line that is only a name is a claim, with the frame's
 * status and the authority it (or the passage) names. (Read over the passage's lines, not its
 * sentences: a line that opens with "al-" continues the sentence before for the splitter.)
 */
import { authorityNames } from './designators';
import { cued } from './designation-cue';
import { passageDesignators } from './designation-authorities';
import type { PassageContext } from './designation-passage';
import type { DesignationHit } from './designation-hits';

// "insert the following entries—": a frame that ends in a dash (one that ends in a colon is
// designation-lists.ts's bulleted list, whose lines the sentences already are).
const FOLLOWING_FRAME_RE =
  /\bthe\s+following\s+(?:[\p{L}-]+\s+){0,2}?(?:entries|organi[sz]ations|groups|entities|individuals|persons|people|names|outfits)\b[^.;:\n]{0,100}?(?:[—–]|\s-|--)[^\S\n]*(?=\n)/giu;
// A line that is only a name: a capital (or "al-"), maybe quoted or bulleted, no clause, no
// full stop inside; its first parenthesis is kept, as the gazette gives it, the rest are aliases.
// (designation-lists.ts's NAME_LINE_RE reads a page's list items: a capital first, one aside.)
const GAZETTE_LINE_RE =
  /^(?:[-•*–]\s*|\(?\d{1,3}[.)]\s*)?["“‘']?((?:al-|el-|\p{Lu})[^\n.;:()"“”]{0,90}?(?:\s*\([^()\n]{1,80}\))?)["”’']?(?:\s*\([^\n]*\))*\s*[;,.]?\s*$/u;
// Words that make a line a clause or a heading, not a name.
const NOT_A_GAZETTE_NAME_RE =
  /\b(?:is|are|was|were|has|have|had|will|shall|said|says|took|takes|made|makes|monday|tuesday|wednesday|thursday|friday|saturday|sunday|insert|omit|(?:de-?)?proscri\w*|(?:de-?)?designat\w*|(?:de-?)?list(?:s|ed|ing)?|ban(?:s|ned)?|organi[sz]ations?|schedule|article|section|order|regulations?)(?:\b|\d)|\d{4}/iu;
const UK_PROSCRIPTION_RE = /\bTerrorism\s+Act\s+2000\b|\bHome\s+(?:Secretary|Office)\b/;
const DELIST_FRAME_RE =
  /\b(?:omit|remov\w*|delet\w*|revok\w*|de-?list\w*|deproscri\w*|lift\w*|struck|taken\s+off)\b/i;

/** A name has at most a few words in lower case, and those are its particles ("Brigades of the …"). */
function namelike(text: string): boolean {
  const words = text.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE_RE.test(w));
  return words.length <= 14 && lower.length <= 1;
}
const NAME_PARTICLE_RE =
  /^(?:of|the|and|for|in|on|bin|ibn|bint|de|del|la|le|du|da|wa|wal|ul|ud|e|i|y|(?:al|el|an|ad|as|at|ash|ath)-\S+)$/u;

export function followingListHits(t: string, ctx: PassageContext): DesignationHit[] {
  if (!t.includes('following')) return [];
  const hits: DesignationHit[] = [];
  for (const f of t.matchAll(FOLLOWING_FRAME_RE)) {
    const lineStart = t.lastIndexOf('\n', f.index) + 1;
    const frame = t.slice(lineStart, f.index + f[0].length);
    if (!cued(frame) && !ctx.onTopic()) continue;
    const status = DELIST_FRAME_RE.test(frame) ? 'delisted' : 'designated';
    const label = /proscri/i.test(frame)
      ? 'proscribed'
      : /sanction/i.test(frame)
        ? 'sanctioned'
        : 'designated';
    const own = authorityNames(frame);
    // A schedule of proscribed organisations under the Terrorism Act 2000 is the UK's, whose
    // Home Secretary the order calls "the Secretary of State"; with no authority in sight,
    // proscription is the UK's legal term.
    const wide = own.length > 0 ? own : passageDesignators(ctx, lineStart, []);
    const designators =
      label === 'proscribed' && own.length === 0 && (UK_PROSCRIPTION_RE.test(t) || wide.length === 0)
        ? ['United Kingdom']
        : wide;
    // Each name is a line of its own (blank lines between them, as a page's list items come),
    // up to the first line that is not one.
    let at = f.index + f[0].length + 1;
    while (at < t.length) {
      const end = t.indexOf('\n', at) < 0 ? t.length : t.indexOf('\n', at);
      if (/^\s*$/.test(t.slice(at, end))) {
        at = end + 1;
        continue;
      }
      const m = GAZETTE_LINE_RE.exec(t.slice(at, end));
      if (!m || NOT_A_GAZETTE_NAME_RE.test(m[1]) || !namelike(m[1])) break;
      const start = at + m.index + m[0].indexOf(m[1]);
      const name = m[1].trimEnd();
      hits.push({
        kind: 'designation',
        start,
        end: start + name.length,
        entity: name,
        designators,
        label,
        status,
      });
      at = end + 1;
    }
  }
  return hits;
}
