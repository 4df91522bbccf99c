/**
 * Shared shapes of the import adapters: one adapter per source format, each
 * reading an ImportInput and pushing rows into a RowSink.
 */
import type { DataTableName } from '../schema';
import type { PackRow } from '../types';
import type { RowInput } from '../write';

export const FORMATS = [
  'claimcheck-pack',
  'opensanctions-ftm',
  'ofac-sdn-csv',
  'ofac-alt-csv',
  'un-consolidated-xml',
  'ucdp-ged-csv',
  'acled-csv',
  'claimreview-jsonld',
  'factcheck-claims-search',
] as const;
export type FormatName = (typeof FORMATS)[number];

/** A file to import, read as text chunk by chunk (bounded memory for large files). */
export interface ImportInput {
  /** File name, used in messages and as the default provenance label. */
  name: string;
  /** Size in bytes (or characters), when known, for progress. */
  size?: number;
  chunks(): AsyncIterable<string>;
  /** The whole text, when it is already in memory (lets an import parse inside its write transaction). */
  text?: string;
  /** The file, when it is one (small files are read into memory for the same reason). */
  blob?: Blob;
}

export interface Progress {
  phase: 'parse' | 'stage' | 'write';
  file?: string;
  done: number;
  total: number;
}

/** A malformed file: names the file, the record or line, and the reason. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}: ${where}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** Header facts a file may state about itself (packs do; other formats rarely). */
export interface SourceMeta {
  id?: string;
  name?: string;
  version?: string | null;
  createdAt?: string | null;
  sources?: string[];
  kind?: 'full' | 'delta' | 'export';
  baseVersion?: string | null;
  /** Rows carry their own provenance (an export): keep it. */
  rowProvenance?: boolean;
  /** An export's `packs` records, restored with its rows. */
  packs?: PackRow[];
}

export interface RowSink {
  add<T extends DataTableName>(t: T, row: RowInput<T>): void | Promise<void>;
  remove(t: DataTableName, id: string): void;
  skip(reason: string, where: string): void;
  meta(meta: SourceMeta): void;
}

export interface AdapterContext {
  file: string;
  onProgress?: (p: Progress) => void;
  /** Other files of the same batch (OFAC alt.csv joins its sdn.csv). */
  shared: Map<string, unknown>;
}

export interface Adapter {
  format: FormatName;
  /** What the format is, for --help and the dashboard. */
  title: string;
  /** Recognises the format from the first few kilobytes of text. */
  detect(head: string): boolean;
  run(input: ImportInput, sink: RowSink, ctx: AdapterContext): Promise<void>;
}
