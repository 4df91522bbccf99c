/**
 * Claims made without a listing verb: an authority that considers, deems or regards a group as
 * terrorist (passive, relative, active and "according to" forms), and a court's finding that a
 * group is a terrorist organisation.
 */
import { authoritiesIn, authorityNames, opensWithAuthority } from './designators';
import { countedObject } from './designation-lists';
import { type NameSpan, MEMBER_LINK_RE } from './designation-names';
import {
  designatorsNear,
  GOVERNMENT_SUBJECT_RE,
  authoritySubject,
  COUNTRIES_INCLUDING_RE,
  byPhraseEnd,
  authorityRunEnd,
  subjectExamples,
  coordinatedBefore,
} from './designation-authorities';
import type { Found } from './designation-passage';

// "X is considered a terrorist organisation by the US and the EU", "Canada deems X a terrorist
// group": a named authority's view of the group is its listing. Without an authority ("by
// many", "by critics") it is opinion and stays dark.
export const consideredGate = (s: string): boolean =>
  s.includes('consider') ||
  s.includes('deem') ||
  s.includes('regard') ||
  s.includes('classed') ||
  s.includes('seen as') ||
  s.includes('view') ||
  s.includes('sees');
// ("still considered Hamas to be a "terrorist" group": "to be", and scare quotes on the word.)
const CONSIDERED_LABEL = `(?:as\\s+|to\\s+be\\s+)?(?:an?\\s+|the\\s+)?(?<label>(?:[\\p{L}-]+\\s+){0,2}?["“']?terror(?:ist)?["”']?\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?|movements?))`;
// Before a by-phrase the head may go: "considered terrorist by Israel, the EU and the US".
const CONSIDERED_BY_LABEL = `(?:as\\s+)?(?:an?\\s+|the\\s+)?(?<label>(?:[\\p{L}-]+\\s+){0,2}?terror(?:ist)?(?:\\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?|movements?))?)`;
const CONSIDERED_PASSIVE_RE = new RegExp(
  `(?:\\b(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remained)|(?<=[\\p{L})"'’]),(?:\\s+(?:an?|both|the|two)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:groups?|organi[sz]ations?|movements?|militias?|outfits?))?|(?<=,\\s(?:[^,;.]|(?<=\\d)[,.](?=\\d)){1,80}\\s)and)(?:\\s*,\\s*(?:partially|partly|entirely|wholly|fully|or|in\\s+part|in\\s+whole|at\\s+least|\\s)+,)?\\s+(?:(?:widely|also|officially|formally|still|now|already|itself|long)\\s+)?(?:considered|deemed|regarded\\s+as|classed\\s+as|seen\\s+as|viewed\\s+as)\\s+${CONSIDERED_BY_LABEL}(?=\\s*,?\\s+by\\s)`,
  'giu',
);
const CONSIDERED_BY_PRONOUN_RE =
  /\b(?:it|they)\s+(?:considers?|deems?|regards?|views?|sees|designates|lists)\b/;

/**
 * "the YPG and PKK, both groups regarded as terrorist organizations": claims for the members
 * coordinated before the last one, when the clause speaks of them in the plural.
 */
function pluralMemberClaims(
  s: string,
  names: NameSpan[],
  last: NameSpan,
  clause: string,
  label: string,
  designators: string[],
): Found[] {
  if (!/\b(?:both|groups|organi[sz]ations|movements|entities|they)\b/i.test(clause)) return [];
  const members: Found[] = [];
  let next = last;
  for (let i = names.indexOf(last) - 1; i >= 0; i--) {
    if (!MEMBER_LINK_RE.test(s.slice(names[i].end, next.start)) || authoritiesIn(names[i].text).length > 0)
      break;
    const entity = names[i];
    members.unshift({
      entity,
      start: entity.start,
      end: entity.end,
      label,
      status: 'designated',
      designators,
    });
    next = entity;
  }
  return members;
}

// "X, which Washington considers a terrorist group": the authority's view in a relative clause;
// "X, a group it designates as …": "it" for the authority opening the sentence.
const CONSIDERED_RELATIVE_RE = new RegExp(
  `,\\s*(?:which|(?:an?|the)\\s+[^,;.]{0,60}?\\s+that|(?:(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?(?:groups?|organi[sz]ations?|movements?|outfits?)(?=\\s+(?:it|they)\\s))\\s+([^,.;]{2,60}?)\\s+(?:(?:also|officially|formally|still|now|long)\\s+)?(?:considers?|deems?|regards?|lists|designates|classes|has\\s+(?:deemed|declared)|have\\s+(?:deemed|declared)|(?:views?|sees)(?=\\s+as\\s))\\s+${CONSIDERED_LABEL}`,
  'giu',
);
const UNNAMED_STATES_RE =
  /^(?:the\s+)?(?:Western|many|several|most|some|other|European|Arab|Gulf)\s+(?:nations|governments|countries|states|powers)$/i;
const BY_UNNAMED_STATES_RE =
  /^\s*,?\s+by\s+(?:(?:the\s+)?(?:many|several|most|some|other|numerous|various)\s+|a\s+number\s+of\s+|a\s+(?:few|dozen)\s+)(?:(?:Western|European|Arab|Gulf|other)\s+)?(?:nations|governments|countries|states|powers)\b/i;
const CONSIDERED_ACTIVE_RE = new RegExp(
  `\\b(?:considers?|deems?|regards?|considered|deemed|regarded|views?|viewed|sees)\\s+(?:(?:the\\s+)?(?=\\p{Lu})|(?=it\\s|the\\s+(?:group|outfit|organi[sz]ation|movement|militia)\\s)|(?=(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s))`,
  'gu',
);

const CONSIDERED_REFERENCE_RE =
  /\b(?:it|they|the\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|movement|militia|network|outfit))\s*,?\s*$/iu;

const SET_PLACE_RE =
  /^\s+(?:operating|based|active|working)\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}/u;

/** An authority's regard for a group as terrorist, in its passive, relative and active forms. */
export function consideredClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
  passageDesignators: () => string[],
): Found[] {
  return [
    ...consideredPassiveClaims(s, names, referent),
    ...(s.includes('which') || s.includes(' that ') || CONSIDERED_BY_PRONOUN_RE.test(s)
      ? consideredRelativeClaims(s, names)
      : []),
    ...consideredActiveClaims(s, names, referent, passageDesignators),
    ...(s.includes('ccording to') ? consideredAccordingToClaims(s, names) : []),
  ];
}

// "According to a core Security Council resolution on Syria, HTS is regarded as a terrorist
// group": the authority whose text says so, named in the opener, regards it so.
const ACCORDING_TO_CONSIDERED_RE =
  /^\s*(?:However,\s+)?[Aa]ccording\s+to\s+(?<source>[^,;]{5,120}),\s+(?=(?:the\s+)?\p{Lu})(?<rest>[^,;]{2,60}?)\s+(?:is|are|was|were|remains?)\s+(?:still\s+|also\s+|officially\s+)?(?:regarded|considered|deemed|classed|seen|viewed)\s+(?:as\s+)?(?:an?\s+)?(?<label>(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)))/u;

function consideredAccordingToClaims(s: string, names: () => NameSpan[]): Found[] {
  const m = ACCORDING_TO_CONSIDERED_RE.exec(s);
  if (!m) return [];
  const source = m.groups!.source;
  // ("a resolution on Syria": what the text is about is no one who regards.)
  const designators = [
    ...new Set(
      authoritiesIn(source)
        .filter(
          (a) =>
            !/\b(?:on|in|about|concerning|against|for|from)\s+(?:the\s+)?$/i.test(source.slice(0, a.start)),
        )
        .map((a) => a.name),
    ),
  ];
  if (designators.length === 0) return [];
  const at = m.index + m[0].indexOf(m.groups!.rest, m[0].indexOf(source) + source.length);
  const entity = names().find(
    (n) => n.start === at || (n.start === at + 4 && /^the\s/i.test(m.groups!.rest)),
  );
  if (!entity || opensWithAuthority(entity.text)) return [];
  return [
    {
      entity,
      start: entity.start,
      end: m.index + m[0].length,
      designators,
      status: 'designated',
      label: m.groups!.label,
    },
  ];
}

/** "X is considered a terrorist organisation by A", "X, considered … by A", "The group is deemed …". */
function consideredPassiveClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
): Found[] {
  const out: Found[] = [];
  CONSIDERED_PASSIVE_RE.lastIndex = 0;
  for (let m = CONSIDERED_PASSIVE_RE.exec(s); m; m = CONSIDERED_PASSIVE_RE.exec(s)) {
    const labelEnd = m.index + m[0].length;
    let byEnd = byPhraseEnd(s, labelEnd);
    // "by a number of countries including the United States, Israel and the UK": the examples.
    if (byEnd === labelEnd) {
      const examples = COUNTRIES_INCLUDING_RE.exec(s.slice(labelEnd, labelEnd + 120));
      if (examples) byEnd = authorityRunEnd(s, labelEnd + examples[0].length, 120, true) ?? labelEnd;
    }
    // "considered a terrorist organization by several countries": states that list it, unnamed
    // (as "which many countries consider …" is read).
    if (byEnd === labelEnd)
      byEnd = labelEnd + (BY_UNNAMED_STATES_RE.exec(s.slice(labelEnd, labelEnd + 80))?.[0].length ?? 0);
    if (byEnd === labelEnd) continue;
    const designators = authorityNames(s.slice(labelEnd, byEnd));
    // "It and Hamas, which runs Gaza, … are considered …": no name inside a closed relative clause
    // is the subject.
    const closed = [...s.slice(0, m.index).matchAll(/,\s*(?:which|who)\s[^,;]*,/g)].map((c) => [
      c.index,
      c.index + c[0].length,
    ]);
    const subject = names()
      .filter(
        (n) =>
          n.end <= m!.index &&
          !opensWithAuthority(n.text) &&
          !closed.some(([a, b]) => n.start > a && n.end < b),
      )
      .pop();
    const gap = subject ? s.slice(subject.end, m.index) : '';
    let entity: NameSpan | undefined;
    let start = m.index;
    // "X, made up of some 2,000 fighters and considered …": a participle coordinated in an apposition.
    if (
      subject &&
      (/^["')]?\s*(?:,\s*(?:which|who)\s*)?$/.test(gap) ||
        /^,\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80}\s$/.test(gap) ||
        // "Hezbollah, which is a party in Lebanon with an armed branch, is considered …": the
        // head of a relative clause or apposition closed by its comma.
        /^,\s*(?:which|who|an?|the)\s[^;.]{1,120}?,\s+(?:is|are|was|were|has\s+been|have\s+been)?\s*$/.test(
          gap,
        ) ||
        // "…, which runs Gaza, vow to destroy Israel and are considered …": a predicate coordinated after it.
        /^,\s*(?:which|who)\s[^;.]{1,120}?,\s+[^,;.]{1,80}\s+and\s+$/.test(gap))
    ) {
      entity = subject;
      start = subject.start;
    } else {
      // "The Iran-backed group is already deemed …": the group the passage is about.
      const pr = CONSIDERED_REFERENCE_RE.exec(s.slice(0, m.index));
      const group = pr ? referent() : undefined;
      if (pr && group) {
        start = pr.index;
        entity = { ...group, start, end: start + pr[0].trimEnd().length };
      }
    }
    if (!entity) continue;
    if (entity === subject)
      out.push(...pluralMemberClaims(s, names(), subject, m[0], m.groups!.label, designators));
    out.push({ entity, start, end: byEnd, label: m.groups!.label, status: 'designated', designators });
  }
  return out;
}

/** "X, which the US considers a terrorist group", "X, a group that Western nations regard as …". */
function consideredRelativeClaims(s: string, names: () => NameSpan[]): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(CONSIDERED_RELATIVE_RE)) {
    // The clause's subject must be an authority, nothing but it, or states left unnamed
    // ("a group that Western nations regard as …"): "which many analysts consider" stays dark.
    // "Turkey … against the YPG, which it deems …": "it" is the authority opening the sentence.
    const pronoun = /^(?:it|they)$/i.test(m[1]) ? authoritiesIn(s.slice(0, m.index))[0] : undefined;
    // "with Turkey viewing the SDF as …, which it considers …": the state acting before it too.
    const opening =
      pronoun &&
      (/^\s*(?:the\s+)?$/i.test(s.slice(0, pronoun.start)) ||
        /^\s+\p{Ll}+(?:ing|s|ed)\s/u.test(s.slice(pronoun.end, pronoun.end + 24)))
        ? [pronoun]
        : [];
    const auths = opening.length > 0 ? opening : authoritiesIn(m[1]);
    const unnamedStates = UNNAMED_STATES_RE.test(m[1]);
    if (
      !unnamedStates &&
      opening.length === 0 &&
      (auths.length === 0 || !/^(?:the\s+)?$/i.test(m[1].slice(0, auths[0].start)))
    )
      continue;
    const subject = names()
      .filter((n) => n.end <= m.index && !opensWithAuthority(n.text))
      .pop();
    if (!subject || !/^["')’]?$/.test(s.slice(subject.end, m.index))) continue;
    const designators = [...new Set(auths.map((a) => a.name))];
    out.push(...pluralMemberClaims(s, names(), subject, m[0], m.groups!.label, designators));
    out.push({
      entity: subject,
      start: m.index + 1 + /^\s*/.exec(s.slice(m.index + 1))![0].length,
      end: m.index + m[0].length,
      label: m.groups!.label,
      status: 'designated',
      designators,
    });
  }
  return out;
}

const CONSIDERED_OBJECT_LABEL_RE = new RegExp(`^\\s+(?:to\\s+be\\s+)?${CONSIDERED_LABEL}`, 'iu');

/** "The US considers A and B terror groups", "countries, including A and B, consider it …". */
function consideredActiveClaims(
  s: string,
  names: () => NameSpan[],
  referent: () => NameSpan | undefined,
  passageDesignators: () => string[],
): Found[] {
  const out: Found[] = [];
  CONSIDERED_ACTIVE_RE.lastIndex = 0;
  for (let m = CONSIDERED_ACTIVE_RE.exec(s); m; m = CONSIDERED_ACTIVE_RE.exec(s)) {
    // "A number of countries, including Israel, Egypt and the EU, consider it …": the examples.
    const exampleNames = subjectExamples(s, m.index);
    // "the European Council, which considers Hamas …": the relative's antecedent.
    const antecedent = /,\s*which\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, m.index - 30), m.index))
      ? authoritiesIn(s.slice(Math.max(0, m.index - 100), m.index)).at(-1)
      : undefined;
    const byAntecedent =
      antecedent !== undefined &&
      /^\s*,\s*which\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, m.index - 100) + antecedent.end, m.index));
    if (exampleNames.length === 0 && !byAntecedent && !authoritySubject(s, m.index)) continue;
    const from = m.index + m[0].length;
    // "consider it a terrorist organization", "has long considered the outfit as …": the group the
    // passage is about.
    const reference = /^(?:it|the\s+(?:group|outfit|organi[sz]ation|movement|militia))(?=\s)/.exec(
      s.slice(from, from + 24),
    );
    const group = reference ? referent() : undefined;
    // "regards the Palestinian Group Hamas as …": a described head noun may lead to the name.
    const named = group
      ? { ...group, start: from, end: from + reference![0].length }
      : names().find((n) => n.start >= from && /^(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(s.slice(from, n.start)));
    // "will consider six Palestinian rights organizations operating in the West Bank as
    // terrorist groups": an unnamed counted set, which a place may follow.
    const set = named ? null : countedObject(s, from - 1, false, m[0]);
    const first = named ?? set;
    if (!first || opensWithAuthority(first.text)) continue;
    // "considers the YPG and the PYD as terror groups": a list of objects.
    const entities = [first];
    for (;;) {
      const last = entities[entities.length - 1];
      const link = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(s.slice(last.end, last.end + 12));
      const next = link && names().find((n) => n.start === last.end + link[0].length);
      if (!next || opensWithAuthority(next.text)) break;
      entities.push(next);
    }
    const setPlace = set ? SET_PLACE_RE.exec(s.slice(set.end, set.end + 80)) : null;
    const objectEnd = entities[entities.length - 1].end + (setPlace ? setPlace[0].length : 0);
    // "considers X to be a terrorist organization".
    const label = CONSIDERED_OBJECT_LABEL_RE.exec(s.slice(objectEnd, objectEnd + 80));
    if (!label) continue;
    const end = objectEnd + label[0].length;
    // "Damascus, the United States and the European Union consider …": the subject list;
    // "the government regards …": the state the passage speaks of.
    const near = exampleNames.length > 0 ? exampleNames : designatorsNear(s, m.index, m.index, end, entities);
    // ("the EU, the US, Canada and the UK, which also view Hamas a terrorist organization": the
    // whole coordinated antecedent.)
    const designators = byAntecedent
      ? coordinatedBefore(s.slice(0, Math.max(0, m.index - 100) + antecedent.end))
      : near.length === 0 && GOVERNMENT_SUBJECT_RE.test(s.slice(Math.max(0, m.index - 60), m.index) + ' ')
        ? passageDesignators()
        : near;
    // One claim per object, the quotes apart: the first from the verb, the last through the label.
    entities.forEach((entity, i) =>
      out.push({
        entity,
        start: i === 0 ? m!.index : entity.start,
        end: i === entities.length - 1 ? end : entity.end,
        label: label.groups!.label.replace(/["“”']/g, ''),
        status: 'designated',
        designators,
      }),
    );
  }
  return out;
}

export const COURT_WORD_RE = /\b(?:court|judge|judges|tribunal)\b/i;
// "the court said JAD was a terrorist organization", "a court …, ruling that IS was a terrorist
// and extremist group": a court's finding lists the group in its state.
const COURT_FINDING_RE =
  /\b(?:court|judge|judges|tribunal)\b[^.;]{0,80}?\b(?:said|says|ruled|ruling|found|finding|held|declared|declaring|decided|determined)\s+(?:that\s+)?(?:the\s+)?(?=\p{Lu})/giu;
const FOUND_LABEL_RE =
  /^\s+(?:is|was|were|are|constitutes?|constituted)\s+(?:an?\s+)?(?<label>(?:[\p{L}-]+\s+){0,2}?terror(?:ist)?\s+(?:and\s+extremist\s+)?(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?))/iu;

export function courtFindingClaims(
  s: string,
  names: () => NameSpan[],
  passageDesignators: () => string[],
): Found[] {
  const out: Found[] = [];
  // The court's state where the sentence names it, else the passage's.
  const finding = (entity: NameSpan, end: number, label: string, own: string[]): Found => ({
    entity,
    start: entity.start,
    end,
    label,
    status: 'designated',
    designators: own.length > 0 ? own : passageDesignators(),
  });
  COURT_FINDING_RE.lastIndex = 0;
  for (let m = COURT_FINDING_RE.exec(s); m; m = COURT_FINDING_RE.exec(s)) {
    const from = m.index + m[0].length;
    const entity = names().find((n) => n.start === from);
    if (!entity || opensWithAuthority(entity.text)) continue;
    const label = FOUND_LABEL_RE.exec(s.slice(entity.end, entity.end + 90));
    if (!label) continue;
    const end = entity.end + label[0].length;
    // "A court in Kyrgyzstan's capital".
    out.push(
      finding(entity, end, label.groups!.label, authorityNames(s.slice(Math.max(0, m.index - 60), from))),
    );
  }
  // "The Real IRA is an illegal terrorist organisation, the Court of Appeal in Belfast has ruled."
  if (out.length === 0 && /\b(?:court|judges?|tribunal)\b/i.test(s)) {
    const entity = names()[0];
    const label =
      entity && /^\s*(?:the\s+)?$/i.test(s.slice(0, entity.start))
        ? FOUND_LABEL_RE.exec(s.slice(entity.end, entity.end + 90))
        : null;
    const court = label ? COURT_AFTER_RE.exec(s.slice(entity.end + label[0].length)) : null;
    if (entity && label && court && !opensWithAuthority(entity.text)) {
      const end = entity.end + label[0].length + court[0].length;
      out.push(finding(entity, end, label.groups!.label, authorityNames(court[0])));
    }
  }
  return out;
}

const COURT_AFTER_RE =
  /^,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:[Cc]ourt|[Tt]ribunal|judges?)\b[^.;,]{0,60}?\b(?:ruled|found|held|declared|decided|said)\b/u;
