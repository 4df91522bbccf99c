/** Small hand-made rows for the cross-referencing unit tests. */
import { entityKeys, eventKeysOf } from '../../../src/db/words';
import type {
  CasualtyEventRow,
  CasualtyReportRow,
  DesignationRow,
  EntityName,
  EntityRow,
} from '../../../src/db/types';
import type { Provenance } from '../../../src/xref/types';

export const prov: Provenance = {
  origin: 'bundled',
  label: 'test-pack',
  version: '1',
  addedAt: '2026-01-01',
};

export function entity(
  id: string,
  name: string,
  others: EntityName[] = [],
  links: { predecessors?: string[]; successors?: string[] } = {},
): EntityRow {
  const names: EntityName[] = [{ name, type: 'primary' }, ...others];
  return {
    id,
    type: 'group',
    name,
    names,
    ...entityKeys(names),
    predecessors: links.predecessors ?? [],
    successors: links.successors ?? [],
    provenance: prov,
  };
}

let n = 0;
export function designation(
  entityId: string,
  authority: string,
  list: string,
  listedOn: string | null,
  endedOn: string | null = null,
  extra: Partial<DesignationRow> = {},
): DesignationRow {
  return {
    id: `d${++n}`,
    entityId,
    authority,
    list,
    listedOn,
    endedOn,
    sourceUrl: `https://example.org/${entityId}/${n}`,
    provenance: prov,
    ...extra,
  };
}

export function event(
  id: string,
  title: string,
  places: string[],
  actors: string[],
  start: string,
  end: string | null,
): CasualtyEventRow {
  return { id, title, places, actors, start, end, keys: eventKeysOf(places, actors), provenance: prov };
}

export function report(
  eventId: string,
  reportedBy: string,
  asOf: string,
  min: number | null,
  max: number | null = min,
  extra: Partial<CasualtyReportRow> = {},
): CasualtyReportRow {
  return {
    id: `r${++n}`,
    eventId,
    category: 'killed',
    min,
    max,
    approx: max === null ? 'at_least' : 'exact',
    who: null,
    reportedBy,
    asOf,
    outlet: null,
    url: `https://example.org/report/${n}`,
    documented: true,
    scope: 'all',
    provenance: prov,
    ...extra,
  };
}
