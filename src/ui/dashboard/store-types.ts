/**
 * What the dashboard needs from the claims database. store.ts implements it
 * on src/db; components only see this interface, so tests can run them on a
 * fresh fake-indexeddb database.
 */
import type {
  CasualtyEventRow,
  CasualtyReportRow,
  DesignationRow,
  EntityRow,
  FactCheckRow,
} from '../../db/types';
import type { DesignationForm, EntityForm, FactCheckForm, ReportForm } from './forms';

export type Kind = 'entities' | 'designations' | 'reports' | 'factchecks';

export const KIND_LABEL: Record<Kind, string> = {
  entities: 'Entities',
  designations: 'Designations',
  reports: 'Casualty reports',
  factchecks: 'Fact-checks',
};

export interface Paged<T> {
  rows: T[];
  /** Rows matching the search (or in the table when there is none). */
  total: number;
}

export interface DesignationItem {
  row: DesignationRow;
  entityName: string;
}

export interface ReportItem {
  row: CasualtyReportRow;
  event: CasualtyEventRow | undefined;
}

export type Selection = Partial<Record<Kind, string[]>>;

export interface ImportProblem {
  /** Where in the file, in words ("line 14", "record 3"), as the import adapters report it. */
  where?: string;
  /** 1-based line, when the format has lines. */
  line?: number;
  /** Record id or index, when it has records. */
  record?: string;
  reason: string;
}

export interface ImportOutcome {
  file: string;
  format: string;
  ok: boolean;
  /** Rows added per kind ("entities", "designations", …). */
  added: Record<string, number>;
  /** Rows already present with the same content, or kept because the user edited them. */
  skipped: { count: number; reasons: string[] };
  /** Records left out of an otherwise good file. */
  rejected: ImportProblem[];
  /** Set when the whole file was refused: nothing was changed. */
  error?: ImportProblem;
}

export interface DashboardStore {
  counts(): Promise<Record<Kind, number>>;
  entities(query: string, offset: number, limit: number): Promise<Paged<EntityRow>>;
  designations(query: string, offset: number, limit: number): Promise<Paged<DesignationItem>>;
  reports(query: string, offset: number, limit: number): Promise<Paged<ReportItem>>;
  factChecks(query: string, offset: number, limit: number): Promise<Paged<FactCheckRow>>;
  /** Entities whose names start with the text, for pickers. */
  findEntities(prefix: string, limit: number): Promise<EntityRow[]>;
  findEvents(query: string, limit: number): Promise<CasualtyEventRow[]>;
  entity(id: string): Promise<EntityRow | undefined>;
  event(id: string): Promise<CasualtyEventRow | undefined>;
  /** Saves as the user's row (userEdited, origin 'user'); returns its id. */
  saveEntity(id: string | null, form: EntityForm): Promise<string>;
  saveDesignation(id: string | null, form: DesignationForm): Promise<string>;
  saveReport(id: string | null, form: ReportForm): Promise<string>;
  saveFactCheck(id: string | null, form: FactCheckForm): Promise<string>;
  remove(kind: Kind, id: string): Promise<void>;
  formats(): { value: string; label: string }[];
  importFile(
    file: File,
    format: string | null,
    onProgress: (done: number, total: number) => void,
  ): Promise<ImportOutcome>;
  /** A pack of the whole database (null) or of the selected rows. */
  exportPack(selection: Selection | null): Promise<Blob>;
}
