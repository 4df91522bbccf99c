/**
 * Conflict event datasets: UCDP GED CSV and ACLED CSV exports. Each row is an
 * event with one "killed" report. ACLED's `fatalities` is its own
 * conservative count; tolls claimed by parties in `notes` are kept as a note,
 * never as the figure.
 */
import { eventKeysOf } from '../words';
import { csvRecords } from './text';
import { ImportError, type Adapter } from './types';
import { columns, isoDate } from './util';

function count(value: string, file: string, where: string, field: string): number {
  if (!/^\d+$/.test(value)) throw new ImportError(file, where, `${field} "${value}" is not a count`);
  return Number(value);
}

export const ucdpAdapter: Adapter = {
  format: 'ucdp-ged-csv',
  title: 'UCDP Georeferenced Event Dataset (GED) CSV',
  detect: (head) => {
    const first = head.split('\n')[0] ?? '';
    return /(^|,)"?type_of_violence"?(,|$)/.test(first) && /(^|,)"?best"?(,|$)/.test(first);
  },
  async run(input, sink, ctx) {
    let col: ReturnType<typeof columns> | null = null;
    for await (const { record, line } of csvRecords(input, ctx)) {
      if (!col) {
        for (const need of ['id', 'date_start', 'best', 'country']) {
          if (!record.includes(need)) throw new ImportError(input.name, 'line 1', `header lacks "${need}"`);
        }
        col = columns(record);
        continue;
      }
      const get = (name: string) => col!(record, name);
      const where = `line ${line}`;
      const id = get('id');
      if (!id) throw new ImportError(input.name, where, 'no id');
      const start = isoDate(get('date_start'));
      if (!start) throw new ImportError(input.name, where, `date_start "${get('date_start')}" is not a date`);
      const best = count(get('best'), input.name, where, 'best');
      const low = get('low') ? count(get('low'), input.name, where, 'low') : best;
      const high = get('high') ? count(get('high'), input.name, where, 'high') : best;
      const places = [get('country'), get('adm_1'), get('adm_2'), get('where_description')].filter(Boolean);
      const actors = [get('side_a'), get('side_b')].filter(Boolean);
      const eventId = `ucdp:${id}`;
      await sink.add('events', {
        id: eventId,
        title: `${get('dyad_name') || get('conflict_name') || 'Event'}, ${get('where_description') || get('country')}`,
        places,
        actors,
        start,
        end: isoDate(get('date_end')) ?? start,
        keys: eventKeysOf(places, actors),
      });
      await sink.add('reports', {
        id: `${eventId}:killed`,
        eventId,
        category: 'killed',
        min: low,
        max: high,
        approx: low === high ? 'exact' : 'about',
        who: null,
        reportedBy: 'UCDP GED',
        asOf: isoDate(get('date_end')) ?? start,
        outlet: get('source_office') || null,
        url: null,
        documented: true,
        scope: 'all',
        note: `best estimate ${best} (low ${low}, high ${high}); civilians ${get('deaths_civilians') || '?'}`,
      });
    }
    if (!col) throw new ImportError(input.name, 'line 1', 'empty file');
  },
};

export const acledAdapter: Adapter = {
  format: 'acled-csv',
  title: 'ACLED export CSV',
  detect: (head) => /(^|,)"?event_id_cnty"?(,|$)/.test(head.split('\n')[0] ?? ''),
  async run(input, sink, ctx) {
    let col: ReturnType<typeof columns> | null = null;
    let width = 0;
    for await (const { record, line } of csvRecords(input, ctx)) {
      if (!col) {
        for (const need of ['event_id_cnty', 'event_date', 'fatalities', 'country']) {
          if (!record.includes(need)) throw new ImportError(input.name, 'line 1', `header lacks "${need}"`);
        }
        col = columns(record);
        width = record.length;
        continue;
      }
      const where = `line ${line}`;
      // Column-shifted rows exist in the wild; a wrong field count would misread every field.
      if (record.length !== width) {
        throw new ImportError(input.name, where, `expected ${width} fields, found ${record.length}`);
      }
      const get = (name: string) => col!(record, name);
      const id = get('event_id_cnty');
      if (!id) throw new ImportError(input.name, where, 'no event_id_cnty');
      const date = isoDate(get('event_date'));
      if (!date) throw new ImportError(input.name, where, `event_date "${get('event_date')}" is not a date`);
      const fatalities = count(get('fatalities'), input.name, where, 'fatalities');
      const places = [get('country'), get('admin1'), get('admin2'), get('location')].filter(Boolean);
      const actors = [get('actor1'), get('assoc_actor_1'), get('actor2'), get('assoc_actor_2')].filter(
        Boolean,
      );
      const eventId = `acled:${id}`;
      await sink.add('events', {
        id: eventId,
        title: `${get('sub_event_type') || get('event_type')}, ${get('location') || get('country')}`,
        places,
        actors,
        start: date,
        end: date,
        keys: eventKeysOf(places, actors),
      });
      await sink.add('reports', {
        id: `${eventId}:killed`,
        eventId,
        category: 'killed',
        min: fatalities,
        max: null,
        // ACLED codes a conservative count; 0 often means unknown.
        approx: 'at_least',
        who: null,
        reportedBy: 'ACLED',
        asOf: date,
        outlet: get('source') || null,
        url: null,
        documented: true,
        scope: 'all',
        note: get('notes')
          ? `ACLED notes (claims in them are not ACLED's count): ${get('notes')}`
          : undefined,
      });
    }
    if (!col) throw new ImportError(input.name, 'line 1', 'empty file');
  },
};
