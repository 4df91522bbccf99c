/**
 * The project's own pack format, single JSON object or JSON lines (header
 * line, then {"t","row"} / {"t","delete"} lines). JSON lines stream in bounded memory.
 */
import { checkHeader, normaliseRow } from '../pack';
import { DATA_TABLES, type DataTableName } from '../schema';
import type { PackRow } from '../types';
import { lines } from './text';
import { ImportError, type Adapter } from './types';

export const packAdapter: Adapter = {
  format: 'claimcheck-pack',
  title: 'ClaimCheck pack (versioned JSON or JSON lines)',
  detect: (head) =>
    /^\s*\{\s*"claimcheckPack"\s*:/.test(head) || /^\s*\{[^\n]*"claimcheckPack"\s*:/.test(head),
  async run(input, sink, ctx) {
    const it = lines(input, ctx)[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) throw new ImportError(input.name, 'line 1', 'empty file');
    let head: Record<string, unknown> | null = null;
    try {
      head = JSON.parse(first.value.line);
    } catch {
      head = null; // a pretty-printed single-object pack: read it whole below
    }
    if (head && !('rows' in head)) {
      // JSON lines.
      try {
        applyHeader(head);
      } catch (e) {
        throw new ImportError(input.name, 'line 1 (header)', (e as Error).message);
      }
      for (let r = await it.next(); !r.done; r = await it.next()) {
        const { line, n } = r.value;
        if (!line.trim()) continue;
        let obj: { t?: unknown; row?: unknown; delete?: unknown };
        try {
          obj = JSON.parse(line);
        } catch (e) {
          throw new ImportError(input.name, `line ${n}`, `not JSON (${(e as Error).message})`);
        }
        const t = obj.t as DataTableName;
        if (!DATA_TABLES.includes(t))
          throw new ImportError(input.name, `line ${n}`, `unknown table "${String(obj.t)}"`);
        if (typeof obj.delete === 'string') {
          sink.remove(t, obj.delete);
          continue;
        }
        try {
          await sink.add(t, normaliseRow(t, obj.row));
        } catch (e) {
          throw new ImportError(input.name, `line ${n}`, (e as Error).message);
        }
      }
      return;
    }
    // Single object: small by design (large packs use JSON lines).
    let text = first.value.line + '\n';
    for (let r = await it.next(); !r.done; r = await it.next()) text += r.value.line + '\n';
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ImportError(input.name, 'pack', `not JSON (${(e as Error).message})`);
    }
    try {
      applyHeader(json);
    } catch (e) {
      throw new ImportError(input.name, 'header', (e as Error).message);
    }
    const rows = (json.rows ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(rows)) {
      if (!(DATA_TABLES as readonly string[]).includes(key))
        throw new ImportError(input.name, `rows.${key}`, 'unknown table');
    }
    for (const t of DATA_TABLES) {
      const list = rows[t] ?? [];
      if (!Array.isArray(list)) throw new ImportError(input.name, `rows.${t}`, 'must be a list');
      for (let i = 0; i < list.length; i++) {
        try {
          await sink.add(t, normaliseRow(t, list[i]));
        } catch (e) {
          const id = (list[i] as { id?: unknown })?.id;
          throw new ImportError(
            input.name,
            `rows.${t}[${i}]${typeof id === 'string' ? ` (id ${id})` : ''}`,
            (e as Error).message,
          );
        }
      }
      const dels = (json.deletes as Record<string, unknown> | undefined)?.[t];
      if (Array.isArray(dels)) for (const id of dels) if (typeof id === 'string') sink.remove(t, id);
    }

    function applyHeader(h: Record<string, unknown>) {
      const header = checkHeader(h);
      sink.meta({
        id: header.id,
        name: header.name,
        version: header.version,
        createdAt: header.createdAt,
        sources: header.sources,
        kind: header.kind,
        baseVersion: header.baseVersion,
        rowProvenance: header.kind === 'export',
        ...(header.kind === 'export' && Array.isArray(h.packs) ? { packs: h.packs as PackRow[] } : {}),
      });
    }
  },
};
