/**
 * Dev-time generator of the bundled reference pack (public/data/claims-pack.json)
 * from the research files in the shared data folder:
 *
 *   npx tsx scripts/build-bundled-data.ts ../shared/data [--version 2026.11.25-2]
 *
 * The output is committed; the build never reads the shared folder. Only facts
 * that carry a source URL are shipped; facts the reference marks
 * "from-memory-unverified" only ever set `unverified` (and say why in a note),
 * never a date. Groups the reference lacks are not invented; those researched
 * for this repo (data/reference/extra-designations.json, each row with the page
 * it was checked against) are merged as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { buildPackJson } from '../src/db/pack';
import type { CasualtyReportRow, EntityName, EntityRow } from '../src/db/types';
import { stableId } from '../src/db/ids';
import { entityKeys, eventKeysOf } from '../src/db/words';
import { emptyRowSet, type RowInput } from '../src/db/write';

export const BUNDLED_PACK_ID = 'claimcheck-bundled';

interface Fact {
  field: string;
  value: string | null;
  source_url: string | null;
  confidence: string;
  note?: string;
  source_excerpt?: string;
  corroborating_urls?: string[];
}
interface RefBlock {
  designator: string;
  authority: string;
  list_program: string;
  designation_type: string;
  current_status: string;
  status_as_of?: string;
  facts: Fact[];
}
interface RefEntity {
  id: string;
  canonical_name: string;
  entity_type?: string;
  former_names?: string[];
  aliases: Fact[];
  designations: RefBlock[];
  search_note?: Fact;
}

const CONFIRMED = 'confirmed-by-source';
const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const UN_XML_URL =
  'https://github.com/moov-io/watchman/blob/612b2174c7753aaf7166f59bbefcdfecbb1681de/test/testdata/UN_consolidated.xml';
const EU_TERR_URL =
  'https://github.com/opensanctions/opensanctions/blob/416527cf8b5327bb4fde3762ab9e13a490b44746/datasets/eu/journal_sanctions/data/consolidated/32001R2580.csv';

/** The date a fact's value starts with, as YYYY[-MM[-DD]]; null when it states none. */
export function leadingDate(value: string | null): string | null {
  if (!value) return null;
  let m = /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4})\b/.exec(value);
  if (m) return m[1];
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(value);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^([A-Za-z]+) (\d{4})/.exec(value);
  if (m && MONTHS.includes(m[1].toLowerCase())) {
    return `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}`;
  }
  return null;
}

/** "(as Jabhat al-Nusra)" or "(External Security Organisation)" → the name listed. */
function listedAsOf(value: string | null): string | undefined {
  if (!value) return undefined;
  const as = /\(as (?:an? )?([^;,)]+)/.exec(value);
  if (as) return as[1].trim();
  // A parenthesis that is itself a proper name (capitalised words only).
  const paren = /\(([^)]+)\)/.exec(value);
  if (
    paren &&
    !/\b(FTO|SDGT)\b/.test(paren[1]) &&
    /^[A-Z][\w’'-]*(?: (?:of|the|and|[A-Z][\w’'-]*))*$/.test(paren[1])
  )
    return paren[1];
  return undefined;
}

function listNames(b: RefBlock): string[] {
  const t = b.designation_type;
  const d = b.designator;
  if (d === 'United States') {
    if (/FTO and SDGT/.test(t)) return ['US FTO', 'US SDGT'];
    if (/^FTO/.test(t)) return ['US FTO'];
    if (/SDGT/.test(t)) return ['US SDGT'];
  }
  if (d === 'United Nations') return ['UN ISIL/Al-Qaida 1267'];
  if (d === 'European Union')
    return [/ISIL|Al-Qaida/.test(b.list_program) ? 'EU ISIL/Al-Qaida list' : 'EU terrorist list'];
  if (d === 'United Kingdom') return ['UK proscribed'];
  if (d === 'Canada') return ['Canada listed terrorist entities'];
  if (d === 'Australia') {
    return [
      /state sponsor/i.test(b.list_program)
        ? 'Australia state sponsors of terrorism'
        : 'Australia listed terrorist organisations',
    ];
  }
  if (d === 'Turkey') return ['Turkey asset-freeze list'];
  if (d === 'Russia') return ['Russia federal list of terrorist organisations'];
  return [b.list_program];
}

function sourcesOf(facts: Fact[]): { url: string; label: string }[] {
  const out: { url: string; label: string }[] = [];
  for (const f of facts) {
    if (f.confidence !== CONFIRMED || !f.source_url) continue;
    const label = `${f.field.replace(/_/g, ' ')}: ${f.value ?? ''}`.slice(0, 160);
    if (!out.some((s) => s.url === f.source_url)) out.push({ url: f.source_url, label });
  }
  return out;
}

/** Alias strings of a reference alias fact, without the list's own annotations. */
export function splitAliases(value: string): string[] {
  // Quoted names ("primary name 'X' with a.k.a. 'Y', 'Z'"); apostrophes inside names (KATA'IB) are not quotes.
  if (/(?:name|a\.k\.a\.) '/.test(value)) return [...value.matchAll(/'([^']{2,})'/g)].map((m) => m[1]);
  const body = value.replace(/\((?:OFAC|UN|EU|ent_num)[^)]*\)|\([^)]*listing[^)]*\)/g, '');
  return body
    .split(/;| \/ /)
    .map((s) => s.replace(/^\s*a\.k\.a\.\s*/i, '').trim())
    .filter((s) => s.length > 1);
}

/** Aliases too generic to trigger a match on their own (they name other groups too). */
const WEAK_ALIASES = new Set(['islamic jihad', 'islamic jihad organization', 'islamic resistance in iraq']);

type Ent = RowInput<'entities'>;
type Des = RowInput<'designations'>;

function makeEntity(id: string, type: EntityRow['type'], names: EntityName[], notes?: string): Ent {
  const seen = new Set<string>();
  const unique = names.filter((n) => {
    const k = n.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    id,
    type,
    name: unique[0].name,
    names: unique,
    ...entityKeys(unique),
    predecessors: [],
    successors: [],
    ...(notes ? { notes } : {}),
  };
}

function namesOf(e: RefEntity): EntityName[] {
  const names: EntityName[] = [
    { name: e.canonical_name.replace(/\s*\((?:NFL, )?Turkish-backed\)/, ''), type: 'primary' },
  ];
  for (const f of e.former_names ?? []) {
    for (const n of f.split(/ \(|\)|\//)) {
      const t = n.trim();
      if (t.length > 2) names.push({ name: /^Fateh|^Fath/.test(t) ? `Jabhat ${t}` : t, type: 'former' });
    }
  }
  for (const a of e.aliases) {
    if (a.confidence !== CONFIRMED) continue;
    for (const n of splitAliases(a.value ?? '')) {
      names.push({ name: n, type: WEAK_ALIASES.has(n.toLowerCase()) ? 'weak' : 'alias' });
    }
  }
  return names;
}

/** Generic conversion of one reference designation block into interval rows. */
function blockRows(entityId: string, b: RefBlock): { rows: Des[]; note?: string } {
  if (/^none$|alias only/i.test(b.designation_type) || /^not (listed|proscribed)/.test(b.current_status)) {
    const f = b.facts.find((x) => x.confidence === CONFIRMED);
    return {
      rows: [],
      note: `${b.designator}: ${b.current_status}${f ? ` (${f.value}; ${f.source_url})` : ''}`,
    };
  }
  const listed = b.facts.filter((f) =>
    /^listed_date$|^listed_by$|^designation_exists$|^current_entry$/.test(f.field),
  );
  const entryName = /'([^']+)'/.exec(b.facts.find((f) => f.field === 'current_entry')?.value ?? '')?.[1];
  const confirmedListed = listed.filter((f) => f.confidence === CONFIRMED);
  const unverifiedFacts = b.facts.filter((f) => f.confidence !== CONFIRMED);
  const endFact = b.facts.find(
    (f) => /^(revoked_date|delisted_date)$/.test(f.field) && f.confidence === CONFIRMED,
  );
  const afterMatch = /unverified-after-(\S+)/.exec(b.current_status);
  const amendments = b.facts
    .filter((f) => f.confidence === CONFIRMED && !listed.includes(f) && f !== endFact)
    .map((f) => `${f.field.replace(/_/g, ' ')}: ${f.value}`);
  const caveats = unverifiedFacts.map(
    (f) => `${f.field.replace(/_/g, ' ')} not verified${f.value ? ` (${f.value})` : ''}`,
  );
  // With several dated listings, use those with a date; otherwise the one confirmed fact.
  const dated = confirmedListed.filter(
    (f) => leadingDate(f.value) ?? (f.field === 'listed_by' && /\b(\d{4})\//.test(f.value ?? '')),
  );
  const basis = dated.length ? dated : confirmedListed.slice(0, 1);
  // Only the status or the end being unverified makes the row itself unverified; a missing exact date is a note.
  const unverified =
    confirmedListed.length === 0 || unverifiedFacts.some((f) => /status|delist|revok/.test(f.field));
  const rows: Des[] = [];
  for (const list of listNames(b)) {
    for (const f of basis) {
      const listedOn =
        leadingDate(f.value) ??
        (f.field === 'listed_by' ? (/\b(\d{4})\//.exec(f.value ?? '')?.[1] ?? null) : null);
      // "2009-07-02 (FTO)" applies to the FTO list only; a coarser date of the same listing yields to a finer one.
      if (/\(FTO\)/.test(f.value ?? '') && list !== 'US FTO') continue;
      const finer = basis.some((g) => {
        const d = leadingDate(g.value);
        return (
          g !== f &&
          d &&
          listedOn &&
          d.length > listedOn.length &&
          d.startsWith(listedOn) &&
          !(/\(FTO\)/.test(g.value ?? '') && list !== 'US FTO')
        );
      });
      if (finer) continue;
      const note = [
        f.value && !leadingDate(f.value) ? f.value : f.value?.replace(/^[^(]*\(?/, '').replace(/\)$/, ''),
        ...amendments,
        ...caveats,
      ]
        .filter((s) => s && s.trim())
        .join('; ');
      rows.push({
        id: stableId('ref-des', entityId, list, listedOn ?? 'undated', listedAsOf(f.value) ?? ''),
        entityId,
        authority: b.designator,
        list,
        ...((f.field === 'current_entry' ? entryName : (listedAsOf(f.value) ?? entryName))
          ? { listedAs: f.field === 'current_entry' ? entryName : (listedAsOf(f.value) ?? entryName) }
          : {}),
        listedOn,
        endedOn: endFact ? leadingDate(endFact.value) : null,
        ...(endFact ? { endReason: endFact.value ?? undefined, endSourceUrl: endFact.source_url } : {}),
        referenceId: /ref (\S+)/.exec(b.list_program)?.[1],
        sourceUrl: f.source_url,
        sources: sourcesOf(b.facts),
        ...(unverified ? { unverified: true } : {}),
        ...(afterMatch ? { statusUnverifiedAfter: afterMatch[1] } : {}),
        note: `${b.authority}. ${note}`.slice(0, 600),
      });
    }
  }
  return { rows };
}

function clean<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

/** HTS and its predecessors: the reference keeps them as one entity; the database links three. */
function htsLineage(e: RefEntity): { entities: Ent[]; designations: Des[] } {
  const fto = e.designations.find((b) => b.designator === 'United States' && b.designation_type === 'FTO')!;
  const sdgt = e.designations.find((b) => b.designator === 'United States' && b.designation_type === 'SDGT')!;
  const un = e.designations.find((b) => b.designator === 'United Nations')!;
  const eu = e.designations.find((b) => b.designator === 'European Union')!;
  const uk = e.designations.find((b) => b.designator === 'United Kingdom')!;
  const ca = e.designations.find((b) => b.designator === 'Canada')!;
  const au = e.designations.find((b) => b.designator === 'Australia')!;
  const tr = e.designations.find((b) => b.designator === 'Turkey')!;
  const ru = e.designations.find((b) => b.designator === 'Russia')!;
  const get = (b: RefBlock, field: string, startsWith = '') =>
    b.facts.find((f) => f.field === field && (f.value ?? '').startsWith(startsWith))!;

  const nusra = makeEntity('ref:al-nusrah-front', 'group', [
    { name: 'al-Nusrah Front', type: 'primary' },
    { name: 'Jabhat al-Nusra', type: 'alias' },
    { name: 'Jabhat al-Nusrah', type: 'alias' },
    { name: 'Al-Nusra Front', type: 'alias' },
    { name: 'The Victory Front', type: 'alias' },
    { name: 'Al-Nusrah Front for the People of the Levant', type: 'alias' },
    { name: 'Support Front for the People of the Levant', type: 'alias' },
  ]);
  const jfs = makeEntity('ref:jabhat-fateh-al-sham', 'group', [
    { name: 'Jabhat Fateh al-Sham', type: 'primary' },
    { name: 'Jabhat Fath al-Sham', type: 'alias' },
    { name: 'Fatah al-Sham Front', type: 'alias' },
    { name: 'JFS', type: 'weak' },
  ]);
  const hts = makeEntity('ref:hts', 'group', [
    { name: "Hay'at Tahrir al-Sham (HTS)", type: 'primary' },
    { name: 'Hayat Tahrir al-Sham', type: 'alias' },
    { name: 'Tahrir al-Sham', type: 'alias' },
    { name: 'Assembly for the Liberation of Syria', type: 'alias' },
    { name: 'HTS', type: 'alias' },
  ]);
  nusra.successors = [jfs.id];
  jfs.predecessors = [nusra.id];
  jfs.successors = [hts.id];
  hts.predecessors = [jfs.id, nusra.id];
  jfs.notes = 'al-Nusrah Front renamed itself Jabhat Fateh al-Sham in July 2016 (UN narrative of QDe.137).';
  hts.notes =
    'Formed in 2017 around Jabhat Fateh al-Sham; most authorities list it as another name of al-Nusrah Front, so its designations are read together with its predecessors’.';

  const ftoEnd = get(fto, 'revoked_date');
  const unEnd = get(un, 'delisted_date');
  const caEnd = get(ca, 'delisted_date');
  const aqiEnd = '2014-05'; // ISIS reference: AQI designation amended in May 2014 to drop the al-Nusrah aliases
  const isisAmendUrl =
    'https://mail.arabstoday.net/en/amp/997/terrorist-designations-of-groups-operating-in-syria';
  const row = (
    entityId: string,
    list: string,
    r: Partial<Des> & { listedOn: string | null; sourceUrl: string | null },
  ): Des =>
    clean({
      id: stableId('ref-des', entityId, list, r.listedOn ?? 'undated', r.listedAs ?? ''),
      entityId,
      authority: r.authority ?? 'United States',
      list,
      endedOn: null,
      ...r,
    } as Des);
  const revoked = {
    endedOn: leadingDate(ftoEnd.value),
    endReason: 'FTO designation revoked; notice signed 2025-06-23, effective on Federal Register publication',
    endSourceUrl: ftoEnd.source_url,
  };
  const d: Des[] = [];
  const init = get(fto, 'initial_designation');
  const standalone = get(fto, 'listed_date');
  const jfsAdd = get(fto, 'amended', '2016-11-10');
  const htsAdd = get(fto, 'amended', '2018-05-31');
  for (const list of ['US FTO', 'US SDGT']) {
    const block = list === 'US FTO' ? fto : sdgt;
    d.push(
      row(nusra.id, list, {
        listedAs: "al-Qa'ida in Iraq (AQI)",
        listedOn: leadingDate(init.value),
        endedOn: aqiEnd,
        endReason: 'AQI designation amended to make ISIL the primary name and drop the al-Nusrah aliases',
        endSourceUrl: isisAmendUrl,
        sourceUrl: init.source_url,
        sources: sourcesOf([init]),
        note: init.value ?? undefined,
      }),
    );
    const sdgtOpen =
      list === 'US SDGT'
        ? {
            unverified: true,
            statusUnverifiedAfter: '2025-07-08',
            note: 'Status after the 2025-07-08 FTO revocation not verified (an FTO revocation does not revoke an SDGT designation).',
          }
        : revoked;
    d.push(
      row(nusra.id, list, {
        listedAs: 'al-Nusrah Front',
        listedOn: list === 'US FTO' ? leadingDate(standalone.value) : null,
        sourceUrl: list === 'US FTO' ? standalone.source_url : get(sdgt, 'listed_date').source_url,
        sources: sourcesOf(block.facts),
        ...sdgtOpen,
        ...(list === 'US FTO'
          ? { note: 'Standalone FTO listing of al-Nusrah Front (original date kept after alias amendments).' }
          : {}),
      }),
      row(jfs.id, list, {
        listedAs: 'al-Nusrah Front',
        listedOn: leadingDate(jfsAdd.value),
        sourceUrl: jfsAdd.source_url,
        sources: sourcesOf([jfsAdd, ...(list === 'US FTO' ? [ftoEnd] : [])]),
        ...sdgtOpen,
        ...(list === 'US FTO' ? { note: jfsAdd.value ?? undefined } : {}),
      }),
      row(hts.id, list, {
        listedAs: 'al-Nusrah Front',
        listedOn: leadingDate(htsAdd.value),
        sourceUrl: htsAdd.source_url,
        sources: sourcesOf([htsAdd, standalone, ...(list === 'US FTO' ? [ftoEnd] : [])]),
        ...sdgtOpen,
        ...(list === 'US FTO'
          ? {
              note: `${htsAdd.value}; amends the al-Nusrah Front FTO designation of ${leadingDate(standalone.value)}`,
            }
          : {}),
      }),
    );
  }
  const unPrior = get(un, 'prior_listing');
  const unListed = get(un, 'listed_date');
  const unHts = get(un, 'amended', 'June 2018');
  const unEnded = {
    endedOn: leadingDate(unEnd.value),
    endReason: 'removed from the list',
    endSourceUrl: unEnd.source_url,
  };
  const UN = 'UN ISIL/Al-Qaida 1267';
  d.push(
    row(nusra.id, UN, {
      authority: 'United Nations',
      listedAs: 'Al-Qaida in Iraq (QDe.115)',
      listedOn: leadingDate(unPrior.value),
      endedOn: /to (\d{4}-\d{2}-\d{2})/.exec(unPrior.value ?? '')?.[1] ?? null,
      endReason: 'listed separately as QDe.137',
      referenceId: 'QDe.115',
      sourceUrl: unPrior.source_url,
      note: unPrior.value ?? undefined,
    }),
    row(nusra.id, UN, {
      authority: 'United Nations',
      listedAs: 'Al-Nusrah Front for the People of the Levant',
      listedOn: leadingDate(unListed.value),
      ...unEnded,
      referenceId: 'QDe.137',
      sourceUrl: unListed.source_url,
      sources: sourcesOf(un.facts),
    }),
    row(hts.id, UN, {
      authority: 'United Nations',
      listedAs: 'Al-Nusrah Front for the People of the Levant',
      listedOn: leadingDate(unHts.value),
      ...unEnded,
      referenceId: 'QDe.137',
      sourceUrl: unHts.source_url,
      sources: sourcesOf([unHts, unEnd]),
      note: unHts.value ?? undefined,
    }),
    row(nusra.id, 'EU ISIL/Al-Qaida list', {
      authority: 'European Union',
      listedAs: 'Al-Nusrah Front for the People of the Levant',
      listedOn: null,
      sourceUrl: get(eu, 'listed_date').source_url,
      unverified: true,
      note: 'EU implements the UN list (Regulation 881/2002 Annex I); the EU listing date and status are not verified.',
    }),
  );
  const ukListed = get(uk, 'listed_date');
  d.push(
    row(hts.id, 'UK proscribed', {
      authority: 'United Kingdom',
      listedAs: "Al-Qa'ida",
      listedOn: leadingDate(ukListed.value),
      sourceUrl: ukListed.source_url,
      sources: sourcesOf(uk.facts),
      unverified: true,
      statusUnverifiedAfter: leadingDate(get(uk, 'delisting_announced').value) ?? undefined,
      note: `${ukListed.value}. Deproscription: ${get(uk, 'delisting_order').value}, announced ${get(uk, 'delisting_announced').value}; the date it came into force is not verified.`,
    }),
  );
  const caListed = get(ca, 'listed_date');
  const caAmend = get(ca, 'amended');
  const caEnded = {
    endedOn: leadingDate(caEnd.value),
    endReason: 'delisted',
    endSourceUrl: caEnd.source_url,
  };
  d.push(
    row(nusra.id, 'Canada listed terrorist entities', {
      authority: 'Canada',
      listedAs: 'Jabhat Al-Nusra',
      listedOn: leadingDate(caListed.value),
      ...caEnded,
      sourceUrl: caListed.source_url,
      sources: sourcesOf(ca.facts),
    }),
    row(hts.id, 'Canada listed terrorist entities', {
      authority: 'Canada',
      listedAs: "Hay'at Tahrir al-Sham (also known as Jabhat al-Nusra)",
      listedOn: null,
      ...caEnded,
      sourceUrl: caAmend.source_url,
      note: 'The existing Jabhat al-Nusra entry was headed by the HTS name by 2020-12-21 (SOR/2020-285); the date of the renaming was not found.',
    }),
  );
  const au2013 = get(au, 'listed_date', '2013');
  const au2022 = get(au, 'listed_date', '2022');
  d.push(
    row(nusra.id, 'Australia listed terrorist organisations', {
      authority: 'Australia',
      listedAs: 'Jabhat al-Nusra',
      listedOn: leadingDate(au2013.value),
      sourceUrl: au2013.source_url,
      unverified: true,
      statusUnverifiedAfter: '2013',
      note: `${au2013.value}. Later status of this listing not verified.`,
    }),
    row(hts.id, 'Australia listed terrorist organisations', {
      authority: 'Australia',
      listedOn: leadingDate(au2022.value),
      sourceUrl: au2022.source_url,
      unverified: true,
      statusUnverifiedAfter: '2025',
      note: `${au2022.value}. Status after 2025 not verified.`,
    }),
  );
  const trListed = get(tr, 'listed_date');
  d.push(
    row(hts.id, 'Turkey asset-freeze list', {
      authority: 'Turkey',
      listedAs: 'al-Nusrah Front (alternate name)',
      listedOn: leadingDate(trListed.value),
      sourceUrl: trListed.source_url,
      unverified: true,
      statusUnverifiedAfter: '2018',
      note: `${trListed.value}. Status after 2018 not verified.`,
    }),
  );
  const ruListed = get(ru, 'listed_date');
  const ruAlias = get(ru, 'alias_treatment');
  d.push(
    row(nusra.id, 'Russia federal list of terrorist organisations', {
      authority: 'Russia',
      listedAs: 'Jabhat al-Nusra',
      listedOn: leadingDate(ruListed.value),
      sourceUrl: ruListed.source_url,
      sources: sourcesOf(ru.facts),
      note: `Supreme Court ban. ${ruAlias.value}`,
    }),
  );
  return { entities: [nusra, jfs, hts], designations: d };
}

/** US FTO table lines of the shared excerpt: "M/D/YYYY - Name". */
function ftoExcerpt(text: string): { date: string; name: string; url: string }[] {
  const url = /https:\/\/\S+/.exec(text)?.[0] ?? '';
  return text
    .split('\n')
    .map((l) => /^(\d{1,2})\/(\d{1,2})\/(\d{4}) - (.+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ date: `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`, name: m[4], url }));
}

/** Groups news most often labels that the designations reference lacks, from the shared format samples. */
function extraGroups(dir: string): { entities: Ent[]; designations: Des[] } {
  const fto = ftoExcerpt(readFileSync(path.join(dir, 'formats/us_fto_list_excerpt.txt'), 'utf8'));
  const eu = Papa.parse<Record<string, string>>(
    readFileSync(path.join(dir, 'formats/eu_terrorist_list_opensanctions_transcription.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  const un = new XMLParser({
    ignoreAttributes: true,
    isArray: (n) => ['ENTITY', 'ENTITY_ALIAS'].includes(n),
  }).parse(readFileSync(path.join(dir, 'formats/un_consolidated.xml'), 'utf8')) as {
    CONSOLIDATED_LIST: { ENTITIES: { ENTITY: Record<string, unknown>[] } };
  };
  const unEntity = (ref: string) =>
    un.CONSOLIDATED_LIST.ENTITIES.ENTITY.find((e) => e.REFERENCE_NUMBER === ref)!;
  const entities: Ent[] = [];
  const designations: Des[] = [];
  const ftoRow = (entityId: string, listedAs: string) => {
    const f = fto.find((x) => x.name === listedAs)!;
    designations.push({
      id: stableId('ref-des', entityId, 'US FTO', f.date, ''),
      entityId,
      authority: 'United States',
      list: 'US FTO',
      listedAs: f.name,
      listedOn: f.date,
      endedOn: null,
      sourceUrl: f.url,
      note: 'Date designated, from a third-party mirror of the State Department FTO table (snapshot date unknown, before 2025).',
    });
  };
  const euRow = (entityId: string, name: string) => {
    const r = eu.find((x) => x.name === name)!;
    designations.push({
      id: stableId('ref-des', entityId, 'EU terrorist list', 'undated', ''),
      entityId,
      authority: 'European Union',
      list: 'EU terrorist list',
      listedAs: r.name,
      listedOn: null,
      endedOn: null,
      referenceId: `Annex ${r.annex} entry ${r.recordId}`,
      sourceUrl: EU_TERR_URL,
      note: `In the consolidated Annex II of Regulation 2580/2001 (Common Position 2001/931/CFSP)${r.notes ? `, ${r.notes}` : ''}; Annex entries carry no listing dates.`,
    });
  };

  const aq = unEntity('QDe.004');
  const aqAliases = (aq.ENTITY_ALIAS as { ALIAS_NAME?: string }[])
    .map((a) => a.ALIAS_NAME)
    .filter((n): n is string => !!n);
  entities.push(
    makeEntity('ref:al-qaida', 'group', [
      { name: "al-Qa'ida (AQ)", type: 'primary' },
      { name: 'Al-Qaida', type: 'alias' },
      ...aqAliases.map((n) => ({ name: n.replace(/"/g, ''), type: 'alias' as const })),
    ]),
  );
  ftoRow('ref:al-qaida', 'al-Qa’ida (AQ)');
  designations.push({
    id: stableId('ref-des', 'ref:al-qaida', 'UN ISIL/Al-Qaida 1267', String(aq.LISTED_ON), ''),
    entityId: 'ref:al-qaida',
    authority: 'United Nations',
    list: 'UN ISIL/Al-Qaida 1267',
    listedOn: String(aq.LISTED_ON),
    endedOn: null,
    referenceId: 'QDe.004',
    sourceUrl: UN_XML_URL,
    note: 'Present in the UN consolidated list generated 2026-02-27.',
  });
  const isk = unEntity('QDe.161');
  const iskAliases = (isk.ENTITY_ALIAS as { ALIAS_NAME?: string }[])
    .map((a) => a.ALIAS_NAME)
    .filter((n): n is string => !!n);
  entities.push(
    makeEntity('ref:isil-k', 'group', [
      { name: String(isk.FIRST_NAME), type: 'primary' },
      ...iskAliases.map((n) => ({ name: n, type: 'alias' as const })),
    ]),
  );
  designations.push({
    id: stableId('ref-des', 'ref:isil-k', 'UN ISIL/Al-Qaida 1267', String(isk.LISTED_ON), ''),
    entityId: 'ref:isil-k',
    authority: 'United Nations',
    list: 'UN ISIL/Al-Qaida 1267',
    listedOn: String(isk.LISTED_ON),
    endedOn: null,
    referenceId: 'QDe.161',
    sourceUrl: UN_XML_URL,
    note: 'Present in the UN consolidated list generated 2026-02-27.',
  });
  entities.push(
    makeEntity('ref:hamas', 'group', [
      { name: 'Hamas', type: 'primary' },
      { name: 'Hamas-Izz al-Din al-Qassem', type: 'alias' },
    ]),
  );
  ftoRow('ref:hamas', 'HAMAS');
  euRow('ref:hamas', 'Hamas');
  entities.push(
    makeEntity('ref:pkk', 'group', [
      { name: 'Kurdistan Workers’ Party (PKK)', type: 'primary' },
      { name: 'PKK', type: 'alias' },
      { name: 'Kongra-Gel', type: 'alias' },
      { name: 'KADEK', type: 'alias' },
    ]),
  );
  ftoRow('ref:pkk', 'Kurdistan Workers Party (PKK, aka Kongra-Gel)');
  euRow('ref:pkk', 'Kurdistan Workers’ Party');
  return { entities, designations };
}

/** This repo's own researched designation histories (data/reference/extra-designations.json). */
export const EXTRA_DESIGNATIONS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/reference/extra-designations.json',
);

interface ExtraDesignation {
  authority: string;
  list: string;
  listedAs?: string;
  listedOn: string | null;
  effectiveOn?: string | null;
  endedOn: string | null;
  endReason?: string;
  endSourceUrl?: string;
  referenceId?: string;
  sourceUrl: string;
  sourceKind: 'official' | 'official-copy' | 'news';
  sources?: { url: string; label: string }[];
  unverified?: boolean;
  statusUnverifiedAfter?: string;
  note?: string;
}
interface ExtraEntity {
  id: string;
  type: EntityRow['type'];
  names: EntityName[];
  notes?: string;
  designations: ExtraDesignation[];
}

const SOURCE_KIND = {
  official: 'official source',
  'official-copy': 'copy of an official text',
  news: 'news report',
} as const;

/** Rows of the extra file; a designation without an http(s) source or with a malformed date is an error. */
export function extraDesignations(json: unknown): { entities: Ent[]; designations: Des[] } {
  const file = json as { entities: ExtraEntity[] };
  const entities: Ent[] = [];
  const designations: Des[] = [];
  const isDate = (d: string | null | undefined) => d == null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
  for (const e of file.entities) {
    entities.push(makeEntity(e.id, e.type, e.names, e.notes));
    for (const d of e.designations) {
      const where = `${e.id} ${d.list} ${d.listedOn ?? 'undated'}`;
      if (!/^https?:\/\//.test(d.sourceUrl ?? '')) throw new Error(`${where}: no source URL`);
      if (!SOURCE_KIND[d.sourceKind]) throw new Error(`${where}: unknown sourceKind ${d.sourceKind}`);
      for (const x of [d.listedOn, d.effectiveOn, d.endedOn, d.statusUnverifiedAfter])
        if (!isDate(x)) throw new Error(`${where}: bad date ${x}`);
      designations.push(
        clean({
          id: stableId('ref-des', e.id, d.list, d.listedOn ?? 'undated', d.listedAs ?? ''),
          entityId: e.id,
          authority: d.authority,
          list: d.list,
          listedAs: d.listedAs,
          listedOn: d.listedOn,
          effectiveOn: d.effectiveOn,
          endedOn: d.endedOn,
          endReason: d.endReason,
          endSourceUrl: d.endSourceUrl,
          referenceId: d.referenceId,
          sourceUrl: d.sourceUrl,
          sources: d.sources,
          ...(d.unverified ? { unverified: true } : {}),
          statusUnverifiedAfter: d.statusUnverifiedAfter,
          note: [d.note, `Source: ${SOURCE_KIND[d.sourceKind]}.`].filter(Boolean).join(' '),
        } as Des),
      );
    }
  }
  return { entities, designations };
}

function casualties(json: unknown) {
  const events = json as {
    event_id: string;
    title: string;
    place: string;
    start_date: string;
    end_date: string | null;
    actors: string[];
    reports: {
      category: CasualtyReportRow['category'];
      min: number | null;
      max: number | null;
      approx: CasualtyReportRow['approx'];
      who: string | null;
      reported_by: string;
      reported_on: string;
      outlet: string | null;
      url: string | null;
      fact: string;
    }[];
  }[];
  const ev: RowInput<'events'>[] = [];
  const rep: RowInput<'reports'>[] = [];
  for (const e of events) {
    const places = [e.place];
    ev.push({
      id: e.event_id,
      title: e.title,
      places,
      actors: e.actors,
      start: e.start_date,
      end: e.end_date,
      keys: eventKeysOf(places, e.actors),
    });
    for (const r of e.reports) {
      if (!r.url) continue; // only sourced figures ship
      rep.push(
        clean({
          id: stableId(
            'ref-rep',
            e.event_id,
            r.reported_by,
            r.reported_on,
            r.category,
            String(r.min),
            String(r.max),
            r.url,
          ),
          eventId: e.event_id,
          category: r.category,
          min: r.min,
          max: r.max,
          approx: r.approx,
          who: r.who,
          reportedBy: r.reported_by,
          asOf: r.reported_on,
          outlet: r.outlet,
          url: r.url,
          // A stated count (exact or a floor) is treated as documented; "about"/ranges as estimates.
          documented: r.approx === 'exact' || r.approx === 'at_least',
          // Victims named as civilians (or a subset) count a narrower population than "all deaths".
          scope:
            r.who &&
            /^(civilians|children|women|fighters|soldiers|militants|HTS|Syria, |Turkey|north-western|people killed in|identified|fully identified)/i.test(
              r.who,
            ) &&
            !/(fighters|soldiers).*civilians|civilians.*(fighters|soldiers)/.test(r.who)
              ? r.who
              : 'all',
          note: r.fact,
        }),
      );
    }
  }
  return { events: ev, reports: rep };
}

export function buildBundled(dir: string, version: string, createdAt: string) {
  const ref = JSON.parse(readFileSync(path.join(dir, 'designations-reference.json'), 'utf8')) as {
    entities: RefEntity[];
  };
  const set = emptyRowSet();
  for (const e of ref.entities) {
    if (e.id === 'hts') {
      const l = htsLineage(e);
      set.entities.push(...l.entities);
      set.designations.push(...l.designations);
      continue;
    }
    const id = `ref:${e.id}`;
    const notes: string[] = [];
    for (const b of e.designations) {
      const { rows, note } = blockRows(id, b);
      set.designations.push(...rows.map(clean));
      if (note) notes.push(note);
    }
    if (e.search_note) notes.push(e.search_note.value ?? '');
    const names = namesOf(e);
    if (e.id === 'national-front-for-liberation')
      names.push({ name: 'National Liberation Front', type: 'alias' });
    const ent = makeEntity(
      id,
      e.entity_type === 'person' || e.id === 'ahmed-al-sharaa' ? 'person' : 'group',
      names,
      notes.join(' ') || undefined,
    );
    set.entities.push(ent);
  }
  const kh = set.entities.find((x) => x.id === 'ref:kataib-hezbollah');
  const iri = set.entities.find((x) => x.id === 'ref:islamic-resistance-in-iraq');
  if (kh && iri)
    iri.notes =
      `${iri.notes ?? ''} OFAC lists the name as an a.k.a. of Kata'ib Hizballah, so it is a weak alias of that entity.`.trim();
  const extra = extraGroups(dir);
  set.entities.push(...extra.entities);
  set.designations.push(...extra.designations);
  const own = extraDesignations(JSON.parse(readFileSync(EXTRA_DESIGNATIONS, 'utf8')));
  set.entities.push(...own.entities);
  set.designations.push(...own.designations);
  const cas = casualties(JSON.parse(readFileSync(path.join(dir, 'casualty-reference.json'), 'utf8')));
  set.events.push(...cas.events);
  set.reports.push(...cas.reports);
  return buildPackJson(
    {
      id: BUNDLED_PACK_ID,
      name: 'ClaimCheck reference data',
      version,
      kind: 'full',
      createdAt,
      sources: [
        'designations-reference.json and casualty-reference.json (research sessions; every row carries its source URL)',
        'US FTO table excerpt: https://lni-resourcecenter.com/anti-terror-terror-list/u.s.-state-department-designated-foreign-terrorist-organizations-and-state-sponsors-of-terror-',
        `UN consolidated list (generated 2026-02-27): ${UN_XML_URL}`,
        `EU terrorist list transcription: ${EU_TERR_URL}`,
        'data/reference/extra-designations.json (researched for ClaimCheck; every row carries the page it was checked against)',
      ],
    },
    set,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: tsx scripts/build-bundled-data.ts SHARED_DATA_DIR [--version V] [--out FILE]');
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const version = opt('--version') ?? '2026.11.25-2';
  const out = opt('--out') ?? 'public/data/claims-pack.json';
  const pack = buildBundled(dir, version, `${version.slice(0, 10).replace(/\./g, '-')}T00:00:00Z`);
  writeFileSync(out, `${JSON.stringify(pack, null, 1)}\n`);
  console.log(`${out}: ${JSON.stringify(pack.counts)} version ${version}`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('build-bundled-data.ts')) main();
