/**
 * OFAC SDN legacy CSV: sdn.csv (no header; ent_num, SDN_Name, SDN_Type,
 * Program, …, Remarks) and alt.csv (ent_num, alt_num, alt_type, alt_name,
 * alt_remarks). "-0- " is null; programs are packed "FTO] [SDGT"; the file ends
 * with a DOS EOF byte. alt.csv rows are joined onto sdn.csv entries imported
 * in the same batch. The CSV has no dates, so designations get none.
 */
import { csvRecords } from './text';
import { ImportError, type Adapter, type AdapterContext } from './types';
import { entityRow } from './util';
import type { EntityName } from '../types';

const NULL = /^-0-\s*$/;
const val = (s: string | undefined) => (s === undefined || NULL.test(s) ? '' : s.trim());

/** Program tags worth a designation row: the terrorism lists, named as the database names lists. */
const LISTS: Record<string, string> = { FTO: 'US FTO', SDGT: 'US SDGT' };

export const entityId = (entNum: string) => `ofac:${entNum}`;

/** alt.csv aliases by ent_num, shared between the two adapters of one batch. */
function aliasMap(ctx: AdapterContext): Map<string, EntityName[]> {
  let m = ctx.shared.get('ofac-alt') as Map<string, EntityName[]> | undefined;
  if (!m) ctx.shared.set('ofac-alt', (m = new Map()));
  return m;
}

export const ofacAltAdapter: Adapter = {
  format: 'ofac-alt-csv',
  title: 'OFAC alt.csv (aliases of sdn.csv entries; import together with sdn.csv)',
  detect: (head) => /^\d+,\d+,"(aka|fka|nka)",/m.test(head.split('\n')[0] ?? ''),
  async run(input, sink, ctx) {
    const aliases = aliasMap(ctx);
    for await (const { record, line } of csvRecords(input, ctx)) {
      if (record.length < 4)
        throw new ImportError(input.name, `line ${line}`, `expected 5 fields, found ${record.length}`);
      const [ent, , type, name] = record;
      if (!/^\d+$/.test(ent))
        throw new ImportError(input.name, `line ${line}`, `ent_num "${ent}" is not a number`);
      if (!val(name)) {
        sink.skip('alias without a name', `line ${line}`);
        continue;
      }
      const list = aliases.get(ent) ?? [];
      list.push({ name: val(name), type: /fka/i.test(type) ? 'former' : 'alias' });
      aliases.set(ent, list);
    }
    ctx.shared.set('ofac-alt-file', input.name);
  },
};

export const ofacSdnAdapter: Adapter = {
  format: 'ofac-sdn-csv',
  title: 'OFAC SDN list sdn.csv (legacy CSV, no header)',
  detect: (head) => /^\d+,"[^"]*",("[^"]*"|-0- ?),"[^"]*"/.test(head.split('\n')[0] ?? ''),
  async run(input, _sink, ctx) {
    const entries: {
      ent: string;
      name: string;
      type: string;
      programs: string[];
      remarks: string;
      line: number;
    }[] = [];
    for await (const { record, line } of csvRecords(input, ctx)) {
      if (record.length !== 12) {
        throw new ImportError(input.name, `line ${line}`, `expected 12 fields, found ${record.length}`);
      }
      const [ent, name, type, program] = record;
      if (!/^\d+$/.test(ent))
        throw new ImportError(input.name, `line ${line}`, `ent_num "${ent}" is not a number`);
      if (!val(name)) throw new ImportError(input.name, `line ${line}`, 'SDN_Name is empty');
      entries.push({
        ent,
        name: val(name),
        type: val(type).toLowerCase(),
        programs: val(program)
          .split(/\]\s*\[/)
          .map((p) => p.replace(/[[\]]/g, '').trim())
          .filter(Boolean),
        remarks: val(record[11]),
        line,
      });
    }
    // alt.csv may come after sdn.csv in the batch: rows are emitted once both are read (see finish()).
    ctx.shared.set('ofac-sdn', { file: input.name, entries });
  },
};

/** Emits the OFAC rows of a batch once sdn.csv and (optionally) alt.csv have been read. */
export async function finishOfac(ctx: AdapterContext, sink: Parameters<Adapter['run']>[1]): Promise<void> {
  const sdn = ctx.shared.get('ofac-sdn') as
    | {
        file: string;
        entries: {
          ent: string;
          name: string;
          type: string;
          programs: string[];
          remarks: string;
          line: number;
        }[];
      }
    | undefined;
  const aliases = aliasMap(ctx);
  if (!sdn) {
    if (aliases.size)
      sink.skip('alt.csv aliases need their sdn.csv in the same import', `${aliases.size} entries`);
    return;
  }
  const seen = new Set<string>();
  for (const e of sdn.entries) {
    if (e.type === 'vessel' || e.type === 'aircraft') {
      sink.skip(`${e.type} entries are not groups or persons`, `line ${e.line}`);
      continue;
    }
    seen.add(e.ent);
    const names: EntityName[] = [{ name: e.name, type: 'primary' }, ...(aliases.get(e.ent) ?? [])];
    // Remarks carry further a.k.a.s: a.k.a. 'HTS'.
    for (const m of e.remarks.matchAll(/\b(a|f)\.k\.a\. '([^']+(?:'[A-Z][^']*)*)'/g)) {
      names.push({ name: m[2], type: m[1] === 'f' ? 'former' : 'alias' });
    }
    await sink.add(
      'entities',
      entityRow(entityId(e.ent), e.type === 'individual' ? 'person' : 'group', names, {
        notes: `OFAC SDN ${e.ent}; programs ${e.programs.join(', ')}`,
      }),
    );
    for (const p of e.programs) {
      await sink.add('designations', {
        id: `ofac:${e.ent}:${p}`,
        entityId: entityId(e.ent),
        authority: 'United States',
        list: LISTS[p] ?? `OFAC ${p}`,
        listedOn: null,
        endedOn: null,
        referenceId: e.ent,
        sourceUrl: null,
        note: `In the imported SDN file (${sdn.file}); the CSV format carries no listing dates.`,
      });
    }
  }
  for (const ent of aliases.keys()) {
    if (!seen.has(ent)) sink.skip('alias of an entry not in sdn.csv', `ent_num ${ent}`);
  }
}
