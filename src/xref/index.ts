/**
 * Cross-referencing: what the local database says about the claims found on a
 * page. One call checks all of a page's claims with a handful of batched
 * indexed queries (entities by name key, designations by entity, events by
 * key, reports by event), so 200 claims cost about as much as a few.
 */
import Dexie from 'dexie';
import type { ClaimsDb } from '../db/schema';
import type { CasualtyEventRow, CasualtyReportRow, DesignationRow, EntityRow } from '../db/types';
import type { CasualtyClaim, DesignationClaim } from '../extract/types';
import type { PageClaim, PageContext } from '../messaging/protocol';
import { claimDateDetail, localDay } from './article-date';
import { applicableRows, authorityStatuses, judgeDesignation } from './designation-status';
import { entityQueryKeys, matchEntity } from './entity-match';
import { contextKeys, LEAD_DAYS, matchEvent, REPORT_LAG_DAYS, textKeys } from './event-match';
import { judgeFigure, LadderCache } from './figures';
import { addDays } from './dates';
import type { AuthorityStatus, CasualtyEvidence, DesignationEvidence, Xref } from './types';

export type * from './types';
export { articleDate, articleDateFrom, claimDate, resolveRelativeDate } from './article-date';

/** Candidates read per name for the word-overlap fallback: enough for any real name, bounded for speed. */
const PREFIX_CANDIDATES = 50;

/** Pack ids and versions the answer came from, for the card and the audit receipt. */
async function dataVersionOf(db: ClaimsDb): Promise<string> {
  const packs = await db.packs.toArray();
  if (!packs.length) return 'empty';
  return packs
    .map((p) => `${p.id}${p.version ? `@${p.version}` : ''}`)
    .sort()
    .join(', ');
}

async function withLineage(db: ClaimsDb, entities: Map<string, EntityRow>, ids: string[]): Promise<void> {
  let frontier = ids;
  // Predecessor chains are short (al-Nusrah Front → JFS → HTS); each step is one bulkGet.
  for (let depth = 0; depth < 5 && frontier.length; depth++) {
    const missing = [...new Set(frontier.flatMap((id) => entities.get(id)?.predecessors ?? []))].filter(
      (id) => !entities.has(id),
    );
    if (!missing.length) return;
    const rows = await db.entities.bulkGet(missing);
    for (const r of rows) if (r) entities.set(r.id, r);
    frontier = missing;
  }
}

function lineageOf(id: string, entities: Map<string, EntityRow>): EntityRow[] {
  const out: EntityRow[] = [];
  const seen = new Set<string>();
  const walk = (x: string) => {
    if (seen.has(x)) return;
    seen.add(x);
    const row = entities.get(x);
    if (!row) return;
    out.push(row);
    row.predecessors.forEach(walk);
  };
  walk(id);
  return out;
}

async function checkDesignations(
  db: ClaimsDb,
  page: PageContext,
  items: { id: string; claim: DesignationClaim }[],
  today: string,
): Promise<Map<string, Pick<Xref, 'verdict' | 'why' | 'evidence'>>> {
  const out = new Map<string, Pick<Xref, 'verdict' | 'why' | 'evidence'>>();
  if (!items.length) return out;
  const keysOf = new Map(items.map((it) => [it.claim.entity, entityQueryKeys(it.claim.entity)]));
  const allKeys = [...new Set([...keysOf.values()].flat())];
  const entities = new Map<string, EntityRow>();
  for (const rows of await Promise.all(allKeys.map((k) => db.entities.where('nameKeys').equals(k).toArray())))
    for (const r of rows) entities.set(r.id, r);

  // Names with no exact hit get a bounded prefix read for the word-overlap match.
  const candidatesOf = new Map<string, EntityRow[]>();
  await Promise.all(
    [...keysOf].map(async ([name, keys]) => {
      const exact = [...entities.values()].filter((e) => keys.some((k) => e.nameKeys.includes(k)));
      let rows = exact;
      if (!exact.length) {
        const first = keys.map((k) => k.split(' ')[0]).filter((t) => t.length >= 4);
        if (first.length)
          rows = await db.entities
            .where('nameKeys')
            .startsWithAnyOf([...new Set(first)])
            .limit(PREFIX_CANDIDATES)
            .toArray();
      }
      candidatesOf.set(name, rows);
    }),
  );
  const matches = new Map([...candidatesOf].map(([name, rows]) => [name, matchEntity(name, rows)]));
  for (const rows of candidatesOf.values()) for (const r of rows) entities.set(r.id, r);
  const matchedIds = [...new Set([...matches.values()].flatMap((m) => (m.entity ? [m.entity.id] : [])))];
  await withLineage(db, entities, matchedIds);
  const lineageIds = [...new Set(matchedIds.flatMap((id) => lineageOf(id, entities).map((e) => e.id)))];
  const designations = new Map<string, DesignationRow[]>();
  const designationRows = await Promise.all(
    lineageIds.map((id) => db.designations.where('entityId').equals(id).toArray()),
  );
  lineageIds.forEach((id, k) => designations.set(id, designationRows[k]));

  // Claims about the same entity share its rows (and the name folding they need).
  const applicableOf = new Map<string, ReturnType<typeof applicableRows>>();
  const statusesOf = new Map<string, AuthorityStatus[]>();
  for (const { id, claim } of items) {
    const m = matches.get(claim.entity)!;
    const evidence: DesignationEvidence = {
      kind: 'designation',
      entity: m.entity ? { id: m.entity.id, name: m.entity.name, matchedBy: m.matchedBy } : null,
      ambiguous: m.ambiguous.map((e) => ({ id: e.id, name: e.name })),
      authorities: [],
    };
    if (!m.entity) {
      const why = m.ambiguous.length
        ? `“${claim.entity}” could be ${m.ambiguous.map((e) => e.name).join(' or ')}; the database cannot tell which.`
        : `The database has no entity named “${claim.entity}”.`;
      out.set(id, { verdict: 'unknown', why, evidence: [evidence] });
      continue;
    }
    let rows = applicableOf.get(m.entity.id);
    if (!rows) {
      const lineage = lineageOf(m.entity.id, entities);
      rows = applicableRows(
        m.entity,
        lineage,
        lineage.flatMap((e) => designations.get(e.id) ?? []),
      );
      applicableOf.set(m.entity.id, rows);
    }
    // Claims naming the same authorities for one entity share one list (sent once to the page).
    const statusKey = `${m.entity.id}\u0000${claim.designators.join('\u0000')}`;
    let authorities = statusesOf.get(statusKey);
    if (!authorities) {
      authorities = authorityStatuses(rows, claim.designators, page.articleDate, today);
      statusesOf.set(statusKey, authorities);
    }
    evidence.authorities = authorities;
    const j = judgeDesignation(claim, m.entity.name, evidence.authorities, page.articleDate, today, rows);
    evidence.basis = j.basis.map((r) => r.id);
    out.set(id, { verdict: j.verdict, why: j.why, evidence: [evidence] });
  }
  return out;
}

// Events without an end date (ongoing wars) are not in the 'end' index; their
// ids are read once per database and kept until an events table changes.
const ongoingCache = new Map<ClaimsDb, Promise<Set<string>>>();
let watching = false;

function ongoingEvents(db: ClaimsDb): Promise<Set<string>> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => part.includes('/events/'))) ongoingCache.clear();
    });
  }
  let p = ongoingCache.get(db);
  if (!p) {
    p = Promise.all([db.events.toCollection().primaryKeys(), db.events.orderBy('end').primaryKeys()]).then(
      ([all, ended]) => {
        const withEnd = new Set(ended);
        return new Set(all.filter((id) => !withEnd.has(id)));
      },
    );
    ongoingCache.set(db, p);
    db.on('close', () => ongoingCache.delete(db));
  }
  return p;
}

/**
 * A name shared by more events than this (a country in a large import) only
 * finds events when no rarer name near the claims does; it still counts in the
 * score of the events found. Reading its tens of thousands of ids would cost
 * more than all the rest of a page's check.
 */
export const COMMON_KEY_EVENTS = 500;
/** Up to this many candidate events are read directly; more are first narrowed by date. */
const DIRECT_READ_EVENTS = 300;

/**
 * Events named by any of `keys` whose window overlaps [from, to]. Each key is
 * counted, then read with one getAllKeys on the multi-entry index; the date
 * filter intersects them with the events ending on or after `from` (plus
 * ongoing ones), so only the few survivors are read in full.
 */
async function eventsFor(
  db: ClaimsDb,
  keys: string[],
  from: string,
  to: string,
): Promise<CasualtyEventRow[]> {
  if (!keys.length) return [];
  // One bounded read per key tells rare from common and gives the rare keys' ids.
  const firstIds = await Promise.all(
    keys.map((k) =>
      db.events
        .where('keys')
        .equals(k)
        .limit(COMMON_KEY_EVENTS + 1)
        .primaryKeys(),
    ),
  );
  const rare = firstIds.filter((ids) => ids.length > 0 && ids.length <= COMMON_KEY_EVENTS);
  const common = keys.filter((_, i) => firstIds[i].length > COMMON_KEY_EVENTS);
  let ids = [...new Set(rare.flat())];
  if (!ids.length && common.length)
    ids = [
      ...new Set(
        (await Promise.all(common.map((k) => db.events.where('keys').equals(k).primaryKeys()))).flat(),
      ),
    ];
  if (ids.length > DIRECT_READ_EVENTS) {
    // Many candidates: narrow them by date through the indexes before reading rows.
    const [endedAfter, ongoing] = await Promise.all([
      db.events.where('end').aboveOrEqual(from).primaryKeys(),
      ongoingEvents(db),
    ]);
    const inWindow = new Set(endedAfter);
    ids = ids.filter((id) => inWindow.has(id) || ongoing.has(id));
  }
  return (await db.events.bulkGet(ids)).filter(
    (e): e is CasualtyEventRow => !!e && e.start <= to && (e.end === null || e.end >= from),
  );
}

async function checkCasualties(
  db: ClaimsDb,
  page: PageContext,
  items: PageClaim[],
): Promise<Map<string, Pick<Xref, 'verdict' | 'why' | 'evidence'>>> {
  const out = new Map<string, Pick<Xref, 'verdict' | 'why' | 'evidence'>>();
  if (!items.length) return out;
  // Names elsewhere on the page (title, other paragraphs) are weaker evidence for every claim.
  const paragraphs = [...new Set(items.map((i) => i.paragraph))];
  const pageKeys = textKeys([page.title, ...paragraphs].join('\n'));
  const contexts = items.map((item) => {
    const claim = item.claim as CasualtyClaim;
    const date = claimDateDetail(item.sentence, page.articleDate);
    const ctx = {
      sentence: item.sentence,
      paragraph: item.paragraph,
      pageKeys,
      claimDate: date.date,
      category: claim.category,
    };
    return { item, claim, date, ctx, keys: contextKeys(ctx) };
  });
  const allKeys = [...new Set(contexts.flatMap((c) => [...c.keys.keys()]))];
  const from = addDays(
    contexts.reduce((m, c) => (c.date.date < m ? c.date.date : m), page.articleDate),
    -REPORT_LAG_DAYS,
  );
  const to = addDays(
    contexts.reduce((m, c) => (c.date.date > m ? c.date.date : m), page.articleDate),
    LEAD_DAYS,
  );
  const events = await eventsFor(db, allKeys, from, to);
  // Reports are read only for the events that could be some claim's match:
  // the top few by names and date (the category can add at most its weight).
  const contenders = new Set<string>();
  const any = new Set<string>(['killed', 'injured', 'missing', 'displaced', 'casualties']);
  for (const c of contexts) {
    const m = matchEvent(c.ctx, events, () => any, c.keys);
    if (m.event) contenders.add(m.event.id);
    for (const a of m.alternatives.slice(0, 3)) contenders.add(a.id);
  }
  const wanted = events.filter((e) => contenders.has(e.id));
  const reportsOf = new Map<string, CasualtyReportRow[]>();
  const reportRows = await Promise.all(wanted.map((e) => db.reports.where('eventId').equals(e.id).toArray()));
  wanted.forEach((e, k) => reportsOf.set(e.id, reportRows[k]));
  const categories = new Map([...reportsOf].map(([id, rows]) => [id, new Set(rows.map((r) => r.category))]));
  const none = new Set<string>();
  const ladders = new LadderCache();

  for (const { item, claim, date, ctx, keys } of contexts) {
    const m = matchEvent(ctx, events, (id) => categories.get(id) ?? none, keys);
    const evidence: CasualtyEvidence = {
      kind: 'casualty',
      event: m.event
        ? {
            id: m.event.id,
            title: m.event.title,
            place: m.event.places.join('; '),
            start: m.event.start,
            end: m.event.end,
          }
        : null,
      matchScore: m.score,
      matchReasons: m.reasons,
      alternatives: m.alternatives,
      claimDate: date.date,
      claimDateFrom: date.from,
      tolerance: 0,
      ladder: [],
    };
    if (!m.event) {
      const why = m.alternatives.length
        ? `No event in the database fits clearly enough: candidates are ${m.alternatives
            .slice(0, 3)
            .map((a) => `“${a.title}”`)
            .join(', ')}.`
        : 'No event in the database matches the places, actors and date around this figure.';
      out.set(item.id, { verdict: 'unknown', why, evidence: [evidence] });
      continue;
    }
    const reports = reportsOf.get(m.event.id) ?? [];
    const j = judgeFigure(claim, reports, {
      claimDate: date.date,
      articleDate: page.articleDate,
      sentence: item.sentence,
      // Claims with equal ladders share one (sent once to the page).
      ladder: ladders.ladder(m.event.id, claim, reports, date.date),
    });
    evidence.ladder = j.ladder;
    evidence.tolerance = j.tolerance;
    evidence.compared = j.compared;
    out.set(item.id, { verdict: j.verdict, why: j.why, evidence: [evidence] });
  }
  return out;
}

/**
 * Cross-reference every claim of a page. `now` fixes "today" (the date a
 * designation's current status is read for) so results are reproducible.
 */
export async function checkClaims(
  db: ClaimsDb,
  page: PageContext,
  claims: PageClaim[],
  now: Date = new Date(),
): Promise<Record<string, Xref>> {
  const today = localDay(now);
  const checkedAt = now.toISOString();
  const designationItems = claims.flatMap((c) =>
    c.claim.kind === 'designation' ? [{ id: c.id, claim: c.claim }] : [],
  );
  const casualtyItems = claims.filter((c) => c.claim.kind === 'casualty');
  const [dataVersion, designations, casualties] = await Promise.all([
    dataVersionOf(db),
    checkDesignations(db, page, designationItems, today),
    checkCasualties(db, page, casualtyItems),
  ]);
  const out: Record<string, Xref> = {};
  for (const c of claims) {
    const r = designations.get(c.id) ?? casualties.get(c.id);
    if (!r) continue;
    out[c.id] = { ...r, articleDate: page.articleDate, checkedAt, dataVersion };
  }
  return out;
}

/** Cross-reference one claim (with the same rules as checkClaims). */
export async function checkClaim(
  db: ClaimsDb,
  page: PageContext,
  claim: PageClaim,
  now: Date = new Date(),
): Promise<Xref> {
  return (await checkClaims(db, page, [claim], now))[claim.id];
}
