/**
 * OpenSanctions FollowTheMoney entities, JSON lines: plain entity lines
 * (entities.ftm.json) or delta lines {"op":"ADD"|"MOD"|"DEL","entity":{…}}.
 * Organisations and persons become entities; Sanction entities become
 * designation intervals of the entity they point to.
 */
import type { EntityName } from '../types';
import { lines } from './text';
import { ImportError, type Adapter } from './types';
import { entityRow, isoDate } from './util';

interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  last_change?: string;
}

const PARTIES: Record<string, 'group' | 'person'> = {
  Organization: 'group',
  LegalEntity: 'group',
  Company: 'group',
  Person: 'person',
};

export const entityId = (ftmId: string) => `os:${ftmId}`;

export const openSanctionsAdapter: Adapter = {
  format: 'opensanctions-ftm',
  title: 'OpenSanctions FollowTheMoney JSON lines (entities.ftm.json, entities.delta.json)',
  detect: (head) => /^\s*\{[^\n]*"(schema|op)"\s*:/.test(head) && /"(properties|entity)"\s*:/.test(head),
  async run(input, sink, ctx) {
    for await (const { line, n } of lines(input, ctx)) {
      if (!line.trim()) continue;
      let obj: { op?: string; entity?: FtmEntity } & Partial<FtmEntity>;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        throw new ImportError(input.name, `line ${n}`, `not JSON (${(e as Error).message})`);
      }
      const op = obj.op;
      const ent = (op ? obj.entity : obj) as FtmEntity | undefined;
      if (!ent || typeof ent.id !== 'string' || typeof ent.schema !== 'string') {
        throw new ImportError(input.name, `line ${n}`, 'an entity needs "id" and "schema"');
      }
      if (typeof ent.properties !== 'object' || ent.properties === null) {
        throw new ImportError(input.name, `line ${n}`, `entity ${ent.id} has no "properties"`);
      }
      const where = `line ${n} (${ent.id})`;
      if (op === 'DEL') {
        sink.remove(ent.schema === 'Sanction' ? 'designations' : 'entities', entityId(ent.id));
        continue;
      }
      if (op && op !== 'ADD' && op !== 'MOD')
        throw new ImportError(input.name, `line ${n}`, `unknown op "${op}"`);
      const p = ent.properties;
      if (ent.schema === 'Sanction') {
        const target = p.entity?.[0];
        if (!target) {
          sink.skip('Sanction without an entity', where);
          continue;
        }
        const end = isoDate(p.endDate?.[0]);
        const today = new Date().toISOString().slice(0, 10);
        // A future endDate is an expiry of the measure (e.g. Ukraine NSDC), not a delisting.
        const expiry = end && end > today;
        await sink.add('designations', {
          id: entityId(ent.id),
          entityId: entityId(target),
          authority: p.authority?.[0] ?? p.country?.[0] ?? 'unknown authority',
          list: p.program?.[0] ?? p.programId?.[0] ?? 'sanctions',
          listedOn: isoDate([...(p.listingDate ?? [])].sort()[0] ?? p.startDate?.[0]),
          effectiveOn: isoDate(p.startDate?.[0]),
          endedOn: expiry ? null : end,
          ...(expiry ? { note: `measure expires ${end}` } : {}),
          ...(p.programId?.[0] ? { referenceId: p.authorityId?.[0] ?? p.unscId?.[0] ?? p.programId[0] } : {}),
          sourceUrl: p.sourceUrl?.[0] ?? null,
        });
        continue;
      }
      const type = PARTIES[ent.schema];
      if (!type) {
        sink.skip(`schema ${ent.schema} is not a group or person`, where);
        continue;
      }
      // Merged entities carry names from many lists: the caption is the primary, the rest aliases.
      const names: EntityName[] = [];
      const primary = ent.caption ?? p.name?.[0];
      if (!primary) {
        sink.skip('entity without a name', where);
        continue;
      }
      names.push({ name: primary, type: 'primary' });
      for (const n of p.name ?? []) names.push({ name: n, type: 'alias' });
      for (const n of p.alias ?? []) names.push({ name: n, type: 'alias' });
      for (const n of p.previousName ?? []) names.push({ name: n, type: 'former' });
      for (const n of p.weakAlias ?? []) names.push({ name: n, type: 'weak' });
      const topics = p.topics?.length ? `topics: ${p.topics.join(', ')}` : undefined;
      await sink.add('entities', entityRow(entityId(ent.id), type, names, topics ? { notes: topics } : {}));
    }
  },
};
