/**
 * What the database says about a designation claim: the status of an entity
 * under every authority and list on a date, and a verdict for the claim as
 * written. Pure functions over DesignationRow intervals.
 *
 * Rules (docs/xref.md explains them for fact-checkers):
 * - Each (authority, list) is its own interval history: the US FTO and the US
 *   SDGT listings are separate, revoking one leaves the other standing.
 * - A listing holds from its effective date (else its listing date) up to the
 *   day before its end date; a partial date ("2013") counts from the first day
 *   of its period and, as an end, to the last.
 * - A predecessor's listing carries over to its successor only where the
 *   authority listed the successor as an alias of it (HTS under al-Nusrah
 *   Front's FTO), shown as "listed as <name>".
 * - Rows marked unverified are shown but never decide a verdict.
 */
import { nameKey } from '../db/name-key';
import type { DesignationRow, EntityRow } from '../db/types';
import type { DesignationClaim } from '../extract/types';
import { addDays, humanDate, widenDate } from './dates';
import type { AuthorityStatus, DesignationVerdict, Provenance, StatusAt } from './types';

/**
 * A delisting the text reports may be announced before it takes effect (an
 * order laid in Parliament, a notice to be published): one that takes effect
 * within this many days after the article still supports a "delisted" claim.
 */
export const DELISTING_GRACE_DAYS = 30;

/** A designation row as it applies to the entity in question. */
export interface ApplicableRow {
  row: DesignationRow;
  /** The name the authority listed, when not the entity's own (predecessor or alias). */
  viaName: string | null;
}

/**
 * The rows that apply to `entity`: its own, and its predecessors' where the
 * authority listed the successor as an alias. The evidence for the latter is
 * the predecessor's record carrying one of the successor's own names (the
 * authority's a.k.a. list), or the row naming the successor in its note.
 */
export function applicableRows(
  entity: EntityRow,
  lineage: EntityRow[],
  rows: DesignationRow[],
): ApplicableRow[] {
  const byId = new Map(lineage.map((e) => [e.id, e]));
  const ownKeys = new Set(entity.names.filter((n) => n.type !== 'weak').map((n) => nameKey(n.name)));
  ownKeys.add(nameKey(entity.name));
  const ownPrimary = nameKey(entity.name);
  const out: ApplicableRow[] = [];
  for (const row of rows) {
    if (row.entityId === entity.id) {
      const via = row.listedAs && nameKey(row.listedAs) !== ownPrimary ? row.listedAs : null;
      out.push({ row, viaName: via });
      continue;
    }
    const pred = byId.get(row.entityId);
    if (!pred) continue;
    const predNames = new Set(pred.nameKeys);
    const aliasListed =
      [...ownKeys].some((k) => k && predNames.has(k) && k !== nameKey(pred.name)) ||
      (row.note ? [...ownKeys].some((k) => k.length > 3 && nameKey(row.note!).includes(k)) : false);
    if (aliasListed) out.push({ row, viaName: row.listedAs ?? pred.name });
  }
  return out;
}

interface Interval {
  start: string | null;
  /** First day no longer listed; null = open. */
  end: string | null;
  a: ApplicableRow;
}

function intervalOf(a: ApplicableRow): Interval {
  const r = a.row;
  const start = widenDate(r.effectiveOn ?? r.listedOn, 'start');
  let end: string | null = null;
  if (r.endedOn) {
    // A full end date is the first day off the list; a partial one ends after its period.
    end = /^\d{4}-\d{2}-\d{2}$/.test(r.endedOn) ? r.endedOn : addDays(widenDate(r.endedOn, 'end')!, 1);
  }
  return { start, end, a };
}

/** Status under one list on one date, from that list's rows. */
export function statusAt(rows: ApplicableRow[], date: string): StatusAt {
  const intervals = rows.map(intervalOf);
  const holding = intervals.filter(
    (i) => (i.start === null || i.start <= date) && (i.end === null || date < i.end),
  );
  if (holding.length) {
    // Since the earliest start of the run of listings that reaches this date.
    let since = holding.reduce<string | null>(
      (m, i) => (i.start === null ? m : m === null || i.start < m ? i.start : m),
      null,
    );
    for (let changed = true; changed && since;) {
      changed = false;
      for (const i of intervals) {
        if (i.start && i.start < since && i.end && i.end >= since) {
          since = i.start;
          changed = true;
        }
      }
    }
    const first = holding.find((i) => !i.a.viaName) ?? holding[0];
    return {
      date,
      state: 'listed',
      since,
      list: first.a.row.list,
      viaName: holding.every((i) => i.a.viaName) ? first.a.viaName : null,
    };
  }
  const ended = intervals
    .filter((i) => i.end !== null && i.end <= date)
    .sort((x, y) => (x.end! < y.end! ? 1 : -1));
  if (ended.length) {
    return {
      date,
      state: 'delisted',
      since: ended[0].end,
      list: ended[0].a.row.list,
      viaName: ended[0].a.viaName,
    };
  }
  return { date, state: 'never-listed', since: null, list: rows[0]?.row.list ?? null, viaName: null };
}

function sameAuthority(a: string, b: string): boolean {
  const norm = (s: string) => nameKey(s).replace(/^(us|usa|united states of america)$/, 'united states');
  return norm(a) === norm(b);
}

/**
 * One AuthorityStatus per (authority, list) the database knows for the entity,
 * plus a 'never-listed' line for each authority the claim names that the
 * database has no row for. Named authorities come first.
 */
export function authorityStatuses(
  rows: ApplicableRow[],
  designators: string[],
  articleDate: string,
  today: string,
): AuthorityStatus[] {
  const groups = new Map<string, ApplicableRow[]>();
  for (const a of rows) {
    const k = `${a.row.authority}\u0000${a.row.list}`;
    groups.set(k, [...(groups.get(k) ?? []), a]);
  }
  const out: AuthorityStatus[] = [];
  for (const group of groups.values()) {
    const { authority, list } = group[0].row;
    const verified = group.filter((a) => !a.row.unverified);
    const basis = verified.length ? verified : group;
    const provenance: Provenance[] = [];
    for (const a of group)
      if (!provenance.some((p) => p.origin === a.row.provenance.origin && p.label === a.row.provenance.label))
        provenance.push(a.row.provenance);
    out.push({
      authority,
      namedInClaim: designators.some((d) => sameAuthority(d, authority)),
      list,
      onArticleDate: statusAt(basis, articleDate),
      today: statusAt(basis, today),
      sources: group
        .filter((a) => a.row.sourceUrl)
        .map((a) => ({
          url: a.row.sourceUrl!,
          label: [a.row.list, a.row.referenceId].filter(Boolean).join(' '),
        })),
      unverified: verified.length === 0,
      provenance,
    });
  }
  for (const d of designators) {
    if (out.some((s) => sameAuthority(s.authority, d))) continue;
    const never = (date: string): StatusAt => ({
      date,
      state: 'never-listed',
      since: null,
      list: null,
      viaName: null,
    });
    out.push({
      authority: d,
      namedInClaim: true,
      list: null,
      onArticleDate: never(articleDate),
      today: never(today),
      sources: [],
      unverified: false,
      provenance: [],
    });
  }
  return out.sort(
    (a, b) => Number(b.namedInClaim) - Number(a.namedInClaim) || a.authority.localeCompare(b.authority),
  );
}

// A claim of a "terrorist organization" label is about the organisation lists
// (US FTO, proscription, EU terrorist list), not about financial sanctions
// programmes such as the US SDGT list; "sanctioned" is the reverse.
const ORG_LABEL =
  /terror(?:ist)?\s+(?:organi[sz]ation|group|entity|outfit)|\bFTO\b|proscri|banned|terror(?:ist)? list/i;
const ORG_LIST = /\bFTO\b|foreign terrorist|proscri|terrorist (?:list|organi|entit)|listed terrorist/i;
const SANCTION_LABEL = /sanction|global terrorist|\bSDGT\b|13224|asset/i;
const SANCTION_LIST = /\bSDGT\b|13224|sanction|asset/i;

/** The lists of one authority that the claim's label speaks about (all, when none fits better). */
export function listsForLabel(statuses: AuthorityStatus[], label: string): AuthorityStatus[] {
  const pick = (re: RegExp) => statuses.filter((s) => s.list && re.test(s.list));
  if (ORG_LABEL.test(label) && pick(ORG_LIST).length) return pick(ORG_LIST);
  if (SANCTION_LABEL.test(label) && pick(SANCTION_LIST).length) return pick(SANCTION_LIST);
  return statuses;
}

export interface DesignationJudgement {
  verdict: DesignationVerdict;
  why: string;
  /** The rows the verdict rests on. */
  basis: DesignationRow[];
}

type Truth = 'yes' | 'no' | 'unknown';

function describeStatus(s: AuthorityStatus, at: StatusAt, tense: 'is' | 'was'): string {
  const list = at.list ?? s.list ?? `${s.authority}'s lists`;
  const via = at.viaName ? ` (listed as ${at.viaName})` : '';
  if (at.state === 'listed')
    return `${tense} on ${list}${via}${at.since ? ` since ${humanDate(at.since)}` : ''}`;
  if (at.state === 'delisted')
    return `${tense === 'is' ? 'was' : 'had been'} removed from ${list}${via} on ${humanDate(at.since!)}`;
  return `${tense === 'is' ? 'is' : 'was'} not on ${list}`;
}

/**
 * Verdict for a designation claim, from the statuses of the entity. For a
 * `designated` claim, the claim holds on a date when every authority it names
 * (any authority, if it names none) lists the entity then, under the lists its
 * label speaks about. For a `delisted` claim the logic inverts: it holds when
 * the authority had listed the entity and the listing had ended by the
 * article's date (or takes effect within DELISTING_GRACE_DAYS); it is outdated
 * if the entity was listed again since.
 */
export function judgeDesignation(
  claim: Pick<DesignationClaim, 'designators' | 'label' | 'status'>,
  entityName: string,
  statuses: AuthorityStatus[],
  articleDate: string,
  today: string,
  rows: ApplicableRow[],
): DesignationJudgement {
  const known = statuses.filter((s) => s.list !== null && !s.unverified);
  // With no authority named ("a designated terrorist group"), any authority's listing will do.
  const anyAuthority = claim.designators.length === 0;
  const named = anyAuthority ? (known.length ? ['any authority'] : []) : claim.designators;
  if (!named.length) {
    return {
      verdict: 'unknown',
      why: `The database holds no verified listing of ${entityName} by any authority.`,
      basis: [],
    };
  }
  const perAuthority = named.map((authority) => {
    const lists = listsForLabel(
      anyAuthority ? known : known.filter((s) => sameAuthority(s.authority, authority)),
      claim.label,
    );
    const holds = (pick: (s: AuthorityStatus) => StatusAt, date: string): Truth => {
      if (!lists.length) return 'unknown';
      if (claim.status === 'designated') return lists.some((s) => pick(s).state === 'listed') ? 'yes' : 'no';
      // delisted: every list the label speaks about had been ended (by the grace date).
      const grace = addDays(date, DELISTING_GRACE_DAYS);
      return lists.every((s) => {
        const at = pick(s);
        if (at.state === 'delisted') return true;
        const later = statusAt(
          rows.filter((r) => r.row.authority === s.authority && r.row.list === s.list && !r.row.unverified),
          grace,
        );
        return at.state === 'listed' && later.state === 'delisted';
      })
        ? 'yes'
        : 'no';
    };
    return {
      authority,
      lists,
      onArticle: holds((s) => s.onArticleDate, articleDate),
      onToday: holds((s) => s.today, today),
    };
  });
  const basis = rows
    .filter((r) =>
      perAuthority.some((p) => p.lists.some((s) => s.authority === r.row.authority && s.list === r.row.list)),
    )
    .map((r) => r.row);
  const did = claim.status === 'designated' ? 'listed' : 'delisted';

  const unknown = perAuthority.filter((p) => p.onArticle === 'unknown');
  const against = perAuthority.find((p) => p.onArticle === 'no');
  if (against) {
    const s = against.lists[0];
    return {
      verdict: 'contradicted',
      why: `On the article's date (${humanDate(articleDate)}) ${entityName} ${describeStatus(s, s.onArticleDate, 'was')}, so the claim that it was ${did} did not hold then.`,
      basis,
    };
  }
  if (unknown.length) {
    return {
      verdict: 'unknown',
      why: `The database has no verified listing history of ${entityName} by ${unknown.map((u) => u.authority).join(' or ')}.`,
      basis,
    };
  }
  const changed = perAuthority.find((p) => p.onToday === 'no');
  if (changed) {
    const s = changed.lists.find((l) => l.today.state !== l.onArticleDate.state) ?? changed.lists[0];
    return {
      verdict: 'outdated',
      why: `True on the article's date (${humanDate(articleDate)}) but not today: ${entityName} ${describeStatus(s, s.today, 'is')}.`,
      basis,
    };
  }
  const first =
    perAuthority[0].lists.find((l) => l.onArticleDate.state === (did === 'listed' ? 'listed' : 'delisted')) ??
    perAuthority[0].lists[0];
  return {
    verdict: 'supported',
    why: `True on the article's date (${humanDate(articleDate)}) and today: ${entityName} ${describeStatus(first, first.today, 'is')}.`,
    basis,
  };
}
