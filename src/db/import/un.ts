/**
 * UN Security Council Consolidated List XML (CONSOLIDATED_LIST with
 * INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY). The file holds only current
 * listings and no delisting dates, so rows get the listing date and an open
 * end, with a note naming the file's generation date. The list is a few MB,
 * so it is parsed whole with fast-xml-parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EntityName } from '../types';
import { readAll } from './text';
import { ImportError, type Adapter } from './types';
import { entityRow, isoDate } from './util';

type Node = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/** UN_LIST_TYPE → the list name the database uses. */
function listName(type: string): string {
  return type === 'Al-Qaida' ? 'UN ISIL/Al-Qaida 1267' : `UN ${type} sanctions`;
}

/** One ALIAS_NAME may pack several names and original script: split on ";" and outer parentheses. */
export function splitAliasName(raw: string): string[] {
  const out: string[] = [];
  const inner = /^(.*?)\s*\((.*)\)\s*$/.exec(raw);
  const parts = inner ? [inner[1], ...inner[2].split(';')] : raw.split(';');
  for (const p of parts) {
    const n = p
      .replace(/\((?:original script)\)/gi, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (n && !/^original script$/i.test(n)) out.push(n);
  }
  return out;
}

export const unAdapter: Adapter = {
  format: 'un-consolidated-xml',
  title: 'UN Security Council Consolidated List (consolidated.xml)',
  detect: (head) => /<CONSOLIDATED_LIST[\s>]/.test(head),
  async run(input, sink, ctx) {
    const xml = await readAll(input, ctx);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      throw new ImportError(input.name, `line ${valid.err.line}`, `XML: ${valid.err.msg}`);
    }
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      isArray: (name) => ['INDIVIDUAL', 'ENTITY', 'ENTITY_ALIAS', 'INDIVIDUAL_ALIAS', 'VALUE'].includes(name),
    }).parse(xml) as { CONSOLIDATED_LIST?: Node };
    const root = doc.CONSOLIDATED_LIST;
    if (!root) throw new ImportError(input.name, 'root', 'no CONSOLIDATED_LIST element');
    const generated = isoDate(text(root['@dateGenerated'])) ?? 'unknown date';
    const records = [
      ...(((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL as Node[]) ?? []).map((r) => ({
        r,
        person: true,
      })),
      ...(((root.ENTITIES as Node | undefined)?.ENTITY as Node[]) ?? []).map((r) => ({ r, person: false })),
    ];
    for (const [i, { r, person }] of records.entries()) {
      const ref = text(r.REFERENCE_NUMBER);
      const where = `${person ? 'INDIVIDUAL' : 'ENTITY'} ${i + 1}${ref ? ` (${ref})` : ''}`;
      const dataId = text(r.DATAID);
      if (!dataId && !ref) throw new ImportError(input.name, where, 'no DATAID or REFERENCE_NUMBER');
      const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
        .map((k) => text(r[k]))
        .filter(Boolean)
        .join(' ');
      if (!name) throw new ImportError(input.name, where, 'no name');
      const names: EntityName[] = [{ name, type: 'primary' }];
      const original = text(r.NAME_ORIGINAL_SCRIPT);
      if (original) names.push({ name: original, type: 'alias' });
      for (const a of (r[person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'] as Node[]) ?? []) {
        const raw = text(a.ALIAS_NAME);
        if (!raw) continue;
        const quality = text(a.QUALITY);
        for (const n of splitAliasName(raw)) {
          names.push({
            name: n,
            type: quality === 'Low' ? 'weak' : quality === 'f.k.a.' ? 'former' : 'alias',
          });
        }
      }
      const id = `un:${ref || dataId}`;
      await sink.add('entities', entityRow(id, person ? 'person' : 'group', names));
      const listedOn = isoDate(text(r.LISTED_ON));
      if (!listedOn) sink.skip('listing without LISTED_ON date (kept, date unknown)', where);
      await sink.add('designations', {
        id: `${id}:listing`,
        entityId: id,
        authority: 'United Nations',
        list: listName(text(r.UN_LIST_TYPE)),
        listedOn,
        endedOn: null,
        referenceId: ref || null,
        sourceUrl: null,
        note: `Present in the consolidated list generated ${generated}; the list carries no delisting dates.`,
      } as never);
    }
  },
};
