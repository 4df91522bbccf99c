/**
 * Orders that declare a group's activities terrorism, as Nigerian courts and gazettes word
 * their proscriptions: "an Order declaring the activities of IPOB … as acts of terrorism", "the
 * Activities of Yan Bindiga Group, Yan Ta'adda Group and other similar groups in Nigeria are
 * declared to be terrorism". The groups whose activities are declared so are designated, each a
 * claim of its own; the quote runs from the declaration (or the activities) to "terrorism".
 */
import { passageDesignators } from './designation-authorities';
import type { PassageContext } from './designation-passage';
import type { DesignationHit } from './designation-hits';

const GROUPS = String.raw`(?:the\s+)?(?<groups>[^.;:!?"“”]{2,160}?)`;
const LABEL = String.raw`(?:an?\s+)?(?:acts?\s+of\s+)?(?<label>terrorism)\b`;
// "declared the activities of X as terrorism", "declaring … to be terrorism".
const DECLARED_ACTIVITIES_RE = new RegExp(
  String.raw`\bdeclar(?:e|es|ed|ing)\s+(?:that\s+)?(?:the\s+)?activities\s+of\s+${GROUPS}\s+(?:as|to\s+be)\s+${LABEL}`,
  'giu',
);
// "the activities of X are declared to be terrorism".
const ACTIVITIES_DECLARED_RE = new RegExp(
  String.raw`\b(?:the\s+)?activities\s+of\s+${GROUPS}\s+(?:are|were|is|was|(?:have|has)\s+been)\s+(?:hereby\s+)?declared\s+(?:as|to\s+be)\s+${LABEL}`,
  'giu',
);
// Members of the set: "A, B and other similar groups", "A, And Any Other Group …".
const MEMBER_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/i;
const MEMBER_RE = /^(?:\p{Lu}|(?:other|any|all|similar)\s)/u;
const CLAUSE_WORD_RE =
  /\b(?:which|who|whom|that|said|says|were|was|are|is|has|have|had|been|will|would|since|after|before|when|while)\b/i;
// A member that is a pronoun or a bare description names no group ("their", "the group").
const NOT_A_MEMBER_RE = /^(?:its|their|his|her|the\s+group|the\s+organi[sz]ation|them|it)$/i;

export function declaredActivitiesHits(t: string, ctx: PassageContext): DesignationHit[] {
  if (!/activities/i.test(t) || !/terrorism/i.test(t)) return [];
  const hits: DesignationHit[] = [];
  for (const re of [DECLARED_ACTIVITIES_RE, ACTIVITIES_DECLARED_RE])
    for (const m of t.matchAll(re)) {
      const groups = m.groups!.groups;
      const groupsAt = m.index + m[0].indexOf(groups);
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const members = groups
        .split(MEMBER_SPLIT_RE)
        .map((g) => g.trim().replace(/^the\s+/i, ''))
        .filter((g) => g !== '' && !NOT_A_MEMBER_RE.test(g));
      // Names, or a set like "other similar groups": a member with a clause in it is no list.
      if (members.length === 0 || !members.every((g) => MEMBER_RE.test(g) && !CLAUSE_WORD_RE.test(g)))
        continue;
      const designators = passageDesignators(ctx, groupsAt, []);
      for (const entity of members)
        hits.push({
          kind: 'designation',
          start,
          end,
          entity,
          designators,
          label: m.groups!.label,
          status: 'designated',
        });
    }
  return hits.sort((a, b) => a.start - b.start);
}
