/** Small helpers shared by the adapters. */
import type { EntityName, EntityRow } from '../types';
import { entityKeys } from '../words';
import type { RowInput } from '../write';

/** YYYY-MM-DD (or a partial YYYY / YYYY-MM) from ISO dates, date-times and "16 May 2025". */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ])/.exec(v);
  if (m) return m[1];
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(v);
  if (m) {
    const month = 'jan feb mar apr may jun jul aug sep oct nov dec'
      .split(' ')
      .indexOf(m[2].slice(0, 3).toLowerCase());
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  return null;
}

/** An entity row from names (first = primary); duplicate spellings dropped. */
export function entityRow(
  id: string,
  type: EntityRow['type'],
  names: EntityName[],
  extra: Partial<RowInput<'entities'>> = {},
): RowInput<'entities'> {
  const seen = new Set<string>();
  const unique = names.filter((n) => {
    const k = n.name.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    id,
    type,
    name: unique[0]?.name ?? id,
    names: unique,
    ...entityKeys(unique),
    predecessors: [],
    successors: [],
    ...extra,
  };
}

/** Header-indexed access to CSV records. */
export function columns(header: string[]): (record: string[], name: string) => string {
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  return (record, name) => {
    const i = index.get(name);
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
}
