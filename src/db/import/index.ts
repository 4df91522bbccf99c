/**
 * Imports: format detection, conversion of files into rows (for the CLI's
 * packs) and into the database (dashboard), and export of the database as a
 * pack. See write.ts for the all-or-nothing and idempotency guarantees.
 */
import Dexie from 'dexie';
import { PACK_FORMAT_VERSION, type PackHeader, type PackJson } from '../pack';
import { DATA_TABLES, type ClaimsDb, type DataTableName, type StagingRow } from '../schema';
import { clearStaged, clearStagedWithPrefix, FILE_IMPORT_PREFIX, newImportId } from '../staging';
import type { PackRow, Provenance, RowCounts } from '../types';
import {
  applyChunks,
  applyRows,
  countRows,
  emptyRowSet,
  RowWriter,
  WRITE_TABLES,
  zeroCounts,
  type ApplyOptions,
  type ApplyResult,
  type RowInput,
  type RowSet,
} from '../write';
import { acledAdapter, ucdpAdapter } from './conflict';
import { claimReviewAdapter, claimsSearchAdapter } from './factcheck';
import { finishOfac, ofacAltAdapter, ofacSdnAdapter } from './ofac';
import { openSanctionsAdapter } from './opensanctions';
import { packAdapter } from './pack-adapter';
import {
  ImportError,
  type Adapter,
  type AdapterContext,
  type FormatName,
  type ImportInput,
  type Progress,
  type RowSink,
  type SourceMeta,
} from './types';
import { unAdapter } from './un';

export * from './types';
export { inputFromBlob, inputFromString } from './text';
import { inputFromString } from './text';

const DIRECT_CHUNK = 5000;
/** Parked with a staged import's first rows; gone if its rows were cleared before the swap. */
const STAGED_MARKER = { t: '_marker' as DataTableName, id: '', row: null };
/** Inputs up to this size are parsed inside the write transaction (no staging, parse and write overlap). */
const DIRECT_MAX_CHARS = 64 * 1024 * 1024;

/** Detection order matters: the most specific signatures first. */
export const ADAPTERS: Adapter[] = [
  packAdapter,
  openSanctionsAdapter,
  claimsSearchAdapter,
  claimReviewAdapter,
  unAdapter,
  acledAdapter,
  ucdpAdapter,
  ofacAltAdapter,
  ofacSdnAdapter,
];

/** The format of a file from its first few kilobytes, or null when no adapter recognises it. */
export function detectFormat(head: string): FormatName | null {
  const h = head.replace(/^\uFEFF/, '');
  return ADAPTERS.find((a) => a.detect(h))?.format ?? null;
}

async function readHead(input: ImportInput, size = 8192): Promise<string> {
  let head = '';
  for await (const c of input.chunks()) {
    head += c;
    if (head.length >= size) break;
  }
  return head.slice(0, size);
}

/** What one file gave. */
export interface FileReport {
  file: string;
  format: FormatName;
  counts: RowCounts;
  removals: number;
  skipped: { reason: string; count: number; first: string }[];
}

/**
 * Collects rows by table and id (a later row with the same id wins). With a
 * database and a row limit, it parks rows in `staging` once the limit is
 * reached, so memory stays bounded whatever the file size.
 */
class CollectSink implements RowSink {
  maps: { [T in DataTableName]: Map<string, RowInput<T>> } = {
    entities: new Map(),
    designations: new Map(),
    events: new Map(),
    reports: new Map(),
    factChecks: new Map(),
  };
  removals: { [T in DataTableName]: Set<string> } = {
    entities: new Set(),
    designations: new Set(),
    events: new Set(),
    reports: new Set(),
    factChecks: new Set(),
  };
  metaSeen: SourceMeta = {};
  report!: FileReport;
  held = 0;
  staged = 0;

  /** Direct mode: full table buffers are handed to the transaction's writer as parsing goes on. */
  direct?: (t: DataTableName, rows: RowInput<DataTableName>[]) => Promise<void>;
  private buffers = new Map<DataTableName, RowInput<DataTableName>[]>();

  /** Hands every buffered row to the direct writer. */
  async drain(): Promise<void> {
    for (const [t, rows] of this.buffers) if (rows.length) await this.direct!(t, rows.splice(0));
  }

  constructor(
    private readonly stage?: {
      db: ClaimsDb;
      importId: string;
      limit: number;
      onProgress?: (p: Progress) => void;
    },
  ) {}

  startFile(file: string, format: FormatName): FileReport {
    this.report = { file, format, counts: zeroCounts(), removals: 0, skipped: [] };
    return this.report;
  }

  async add<T extends DataTableName>(t: T, row: RowInput<T>): Promise<void> {
    this.removals[t].delete(row.id);
    this.report.counts[t]++;
    if (this.direct) {
      let buf = this.buffers.get(t);
      if (!buf) this.buffers.set(t, (buf = []));
      buf.push(row as RowInput<DataTableName>);
      if (buf.length >= DIRECT_CHUNK) await this.direct(t, buf.splice(0));
      return;
    }
    (this.maps[t] as Map<string, RowInput<T>>).set(row.id, row);
    if (this.stage && ++this.held >= this.stage.limit) await this.flush();
  }

  remove(t: DataTableName, id: string): void {
    this.maps[t].delete(id);
    this.removals[t].add(id);
    this.report.removals++;
  }

  skip(reason: string, where: string): void {
    const s = this.report.skipped.find((x) => x.reason === reason);
    if (s) s.count++;
    else this.report.skipped.push({ reason, count: 1, first: where });
  }

  meta(meta: SourceMeta): void {
    this.metaSeen = { ...this.metaSeen, ...meta };
  }

  /** Parks the rows held in memory in `staging`. */
  async flush(): Promise<void> {
    if (!this.stage || this.held === 0) return;
    const { db, importId } = this.stage;
    const batch: StagingRow[] = DATA_TABLES.flatMap((t) =>
      [...this.maps[t].values()].map((row) => ({ importId, t, id: row.id, row })),
    );
    // A marker outside the data tables: if another file import clears its kind's leftovers meanwhile, it goes too.
    if (this.staged === 0) batch.push({ ...STAGED_MARKER, importId });
    for (const t of DATA_TABLES) this.maps[t].clear();
    this.staged += this.held;
    this.held = 0;
    await db.staging.bulkPut(batch);
    this.stage.onProgress?.({ phase: 'stage', done: this.staged, total: this.staged });
  }

  rowSet(): RowSet {
    const set = emptyRowSet();
    for (const t of DATA_TABLES) (set[t] as unknown[]).push(...this.maps[t].values());
    return set;
  }
}

export interface ConvertOptions {
  /** Skip detection and read every file as this format. */
  format?: FormatName;
  onProgress?: (p: Progress) => void;
}

/** Runs the adapters over a batch of files into a sink; throws ImportError on the first malformed record. */
async function runBatch(
  inputs: ImportInput[],
  sink: CollectSink,
  opts: ConvertOptions,
  onFile?: (reports: FileReport[]) => void,
): Promise<FileReport[]> {
  const ctx: AdapterContext = { file: '', onProgress: opts.onProgress, shared: new Map() };
  const reports: FileReport[] = [];
  let ofacReport: FileReport | null = null;
  for (const input of inputs) {
    const format = opts.format ?? detectFormat(await readHead(input));
    if (!format)
      throw new ImportError(input.name, 'start of file', 'format not recognised (use --format NAME)');
    const adapter = ADAPTERS.find((a) => a.format === format)!;
    reports.push(sink.startFile(input.name, format));
    onFile?.(reports);
    ctx.file = input.name;
    await adapter.run(input, sink, ctx);
    if (format === 'ofac-sdn-csv') ofacReport = sink.report;
  }
  if (ctx.shared.has('ofac-sdn') || ctx.shared.has('ofac-alt')) {
    // OFAC rows are emitted once sdn.csv and alt.csv of the batch have both been read.
    sink.report = ofacReport ?? reports.find((r) => r.format === 'ofac-alt-csv')!;
    await finishOfac(ctx, sink);
  }
  return reports;
}

export interface ConvertResult {
  rows: RowSet;
  removals: Partial<Record<DataTableName, string[]>>;
  meta: SourceMeta;
  files: FileReport[];
}

/** Converts files of any supported format into rows, in memory (the CLI builds packs from this). */
export async function convertFiles(inputs: ImportInput[], opts: ConvertOptions = {}): Promise<ConvertResult> {
  const sink = new CollectSink();
  const files = await runBatch(inputs, sink, opts);
  return { rows: sink.rowSet(), removals: removalLists(sink), meta: sink.metaSeen, files };
}

function removalLists(sink: CollectSink): Partial<Record<DataTableName, string[]>> {
  const out: Partial<Record<DataTableName, string[]>> = {};
  for (const t of DATA_TABLES) if (sink.removals[t].size) out[t] = [...sink.removals[t]];
  return out;
}

export interface ImportOptions extends ConvertOptions {
  /** Provenance label (default: the pack id, or the file names). */
  label?: string;
  origin?: Provenance['origin'];
  /** Rows held in memory before parking them in `staging` (bounds memory for huge files). */
  memoryRows?: number;
  now?: string;
}

export interface ImportResult extends ApplyResult {
  label: string;
  files: FileReport[];
  /** True when the rows went through `staging` (large import). */
  staged: boolean;
}

/** Provenance and write options of an import, from what the files said about themselves. */
function importPlan(
  inputs: ImportInput[],
  files: FileReport[],
  meta: SourceMeta,
  removals: Partial<Record<DataTableName, string[]>>,
  opts: ImportOptions,
  now: string,
): ApplyOptions {
  const isPack = inputs.length === 1 && files[0]?.format === 'claimcheck-pack' && !!meta.id;
  const label = opts.label ?? (isPack ? meta.id! : inputs.map((i) => i.name).join(' + '));
  return {
    provenance: {
      origin: opts.origin ?? 'import',
      label,
      addedAt: now,
      ...(meta.version ? { version: meta.version } : {}),
    },
    keepRowProvenance: meta.rowProvenance === true,
    replace: isPack && meta.kind === 'full',
    deletes: removals,
    pack:
      meta.rowProvenance === true
        ? undefined
        : {
            name: meta.name ?? label,
            format: [...new Set(files.map((f) => f.format))].join('+'),
            createdAt: meta.createdAt ?? null,
            sources: meta.sources,
            source: inputs.map((i) => i.name).join(', '),
          },
    onProgress: opts.onProgress
      ? (p: { done: number; total: number }) => opts.onProgress!({ phase: 'write', ...p })
      : undefined,
  };
}

/** A delta pack applies only on top of the version it was made from. */
async function checkDelta(db: ClaimsDb, plan: ApplyOptions, meta: SourceMeta, file: string): Promise<void> {
  if (meta.kind !== 'delta') return;
  const installed = await db.packs.get(plan.provenance.label);
  if (installed?.version !== meta.baseVersion) {
    throw new ImportError(
      file,
      'header',
      `delta from version ${meta.baseVersion} needs that version installed (installed: ${installed?.version ?? 'none'})`,
    );
  }
}

/**
 * Imports files into the database, all or nothing: a malformed record
 * rejects the whole batch (ImportError naming file, record/line and reason)
 * and the database stays exactly as it was.
 *
 * Inputs in memory (and files up to 64 MB, read into memory) are parsed inside
 * the write transaction, so parsing and writing overlap. Larger inputs stream
 * into `staging` in bounded memory and are swapped in by one transaction.
 */
export async function importFiles(
  db: ClaimsDb,
  inputs: ImportInput[],
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const now = opts.now ?? new Date().toISOString();
  const size = inputs.reduce((n, i) => n + (i.text?.length ?? i.size ?? Infinity), 0);
  if (size <= DIRECT_MAX_CHARS && opts.memoryRows === undefined) {
    const inMemory = await Promise.all(
      inputs.map(async (i) =>
        i.text !== undefined ? i : i.blob ? inputFromString(i.name, await i.blob.text()) : i,
      ),
    );
    if (inMemory.every((i) => i.text !== undefined)) return importDirect(db, inMemory, opts, now);
  }
  return importStaged(db, inputs, opts, now);
}

async function importDirect(
  db: ClaimsDb,
  inputs: ImportInput[],
  opts: ImportOptions,
  now: string,
): Promise<ImportResult> {
  return db.transaction('rw', WRITE_TABLES, async (tx) => {
    const sink = new CollectSink();
    let files: FileReport[] = [];
    let plan: ApplyOptions | null = null;
    let writer: RowWriter | null = null;
    const removals: Partial<Record<DataTableName, string[]>> = {};
    const ensureWriter = async (): Promise<RowWriter> => {
      if (!writer) {
        plan = importPlan(inputs, files, sink.metaSeen, removals, opts, now);
        await checkDelta(db, plan, sink.metaSeen, inputs[0].name);
        writer = new RowWriter(plan, tx);
        await writer.begin();
      }
      return writer;
    };
    sink.direct = async (t, rows) => (await ensureWriter()).write(t, rows);
    files = await runBatch(inputs, sink, opts, (reports) => (files = reports));
    await sink.drain();
    const w = await ensureWriter();
    Object.assign(removals, removalLists(sink));
    // The plan was made at the first rows; the pack record names every file's format.
    if (plan!.pack) plan!.pack.format = [...new Set(files.map((f) => f.format))].join('+');
    const result = await w.finish();
    if (sink.metaSeen.rowProvenance && sink.metaSeen.packs?.length)
      await tx.table('packs').bulkPut(sink.metaSeen.packs);
    return { ...result, label: plan!.provenance.label, files, staged: false };
  });
}

async function importStaged(
  db: ClaimsDb,
  inputs: ImportInput[],
  opts: ImportOptions,
  now: string,
): Promise<ImportResult> {
  const importId = newImportId(FILE_IMPORT_PREFIX);
  // Rows left by a file import stopped part-way (the dashboard closed mid-import) are of no use. Only file
  // imports' rows: a subscription install parking its pack in the background meanwhile keeps its own.
  await clearStagedWithPrefix(db, FILE_IMPORT_PREFIX);
  const sink = new CollectSink({
    db,
    importId,
    limit: opts.memoryRows ?? 50_000,
    onProgress: opts.onProgress,
  });
  try {
    const files = await runBatch(inputs, sink, opts);
    const meta = sink.metaSeen;
    const plan = importPlan(inputs, files, meta, removalLists(sink), opts, now);
    let result: ApplyResult;
    if (!sink.staged) {
      result = await db.transaction('rw', WRITE_TABLES, async () => {
        await checkDelta(db, plan, meta, inputs[0].name);
        return applyRows(db, sink.rowSet(), plan);
      });
    } else {
      await sink.flush();
      const last = new Map<DataTableName, string>();
      result = await db.transaction('rw', [...WRITE_TABLES, 'staging'], async () => {
        await checkDelta(db, plan, meta, inputs[0].name);
        if (!(await db.staging.get([importId, STAGED_MARKER.t, STAGED_MARKER.id])))
          throw new ImportError(
            inputs[0].name,
            'staging',
            'another import running at the same time cleared this import’s parked rows; import again',
          );
        return applyChunks(
          db,
          async (t) => {
            const after = last.get(t) ?? '';
            const rows = await db.staging
              .where('[importId+t+id]')
              .between([importId, t, after], [importId, t, Dexie.maxKey], after === '', true)
              .limit(5000)
              .toArray();
            if (rows.length === 0) return null;
            last.set(t, rows[rows.length - 1].id);
            return rows.map((r) => r.row as RowInput<DataTableName>);
          },
          sink.staged,
          plan,
          ['staging'],
        );
      });
    }
    if (meta.rowProvenance && meta.id) await restorePackRecords(db, sink);
    return { ...result, label: plan.provenance.label, files, staged: sink.staged > 0 };
  } finally {
    // Whether the rows were swapped in or the import failed (a bad record, a delta on the wrong base), they go.
    if (sink.staged) await clearStaged(db, importId);
  }
}

async function restorePackRecords(db: ClaimsDb, sink: CollectSink): Promise<void> {
  const packs = sink.metaSeen.packs;
  if (packs?.length) await db.packs.bulkPut(packs);
}

export interface ExportSelection {
  tables?: DataTableName[];
  /** Only rows whose provenance has one of these origins. */
  origins?: Provenance['origin'][];
  /** Only rows whose provenance label is one of these (pack ids, file names). */
  labels?: string[];
  /** Only these entities, their designations (and nothing else unless other tables are selected). */
  entityIds?: string[];
}

/**
 * Exports the whole database or a selection as a pack of kind "export":
 * rows keep their provenance, so importing the export reproduces them.
 */
export async function exportPack(
  db: ClaimsDb,
  selection: ExportSelection = {},
  header: Partial<Pick<PackHeader, 'id' | 'name' | 'version'>> = {},
  now: string = new Date().toISOString(),
): Promise<PackJson & { packs: PackRow[] }> {
  const set = emptyRowSet();
  const tables = selection.tables ?? (selection.entityIds ? ['entities', 'designations'] : [...DATA_TABLES]);
  const keep = (r: { provenance: Provenance }) =>
    (!selection.origins || selection.origins.includes(r.provenance.origin)) &&
    (!selection.labels || selection.labels.includes(r.provenance.label));
  for (const t of tables) {
    let rows: { provenance: Provenance }[];
    if (selection.entityIds && t === 'entities')
      rows = (await db.entities.bulkGet(selection.entityIds)).filter((r) => !!r);
    else if (selection.entityIds && t === 'designations') {
      rows = await db.designations.where('entityId').anyOf(selection.entityIds).toArray();
    } else rows = await db.dataTable(t).toArray();
    (set[t] as unknown[]).push(...rows.filter(keep));
  }
  const counts = countRows(set);
  const out = {
    claimcheckPack: PACK_FORMAT_VERSION,
    id: header.id ?? 'claimcheck-export',
    name: header.name ?? 'ClaimCheck export',
    version: header.version ?? now.slice(0, 10),
    kind: 'export' as const,
    createdAt: now,
    counts,
    packs: selection.entityIds || selection.labels || selection.origins ? [] : await db.packs.toArray(),
    rows: Object.fromEntries(
      tables.map((t) => [
        t,
        (set[t] as unknown as Record<string, unknown>[]).map((r) => {
          const { nameKeys: _a, weakKeys: _b, keys: _c, words: _d, ...rest } = r;
          return rest;
        }),
      ]),
    ),
  };
  return out;
}
