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
  /** The file, when the problem is in one. */
  file?: string;
  /** Where in the file, in words ("line 14", "rows.entities[3] (id x)"), as the import adapters report it. */
  where?: string;
  reason: string;
}

export interface ImportFileReport {
  file: string;
  /** Format name and its description. */
  format: string;
  formatTitle: string;
  /** Rows read from the file, per table ("entities", "designations", …). */
  read: Record<string, number>;
  /** Records of the file left out, by reason, with the first place it happened. */
  rejected: { reason: string; count: number; where: string }[];
}

export type ImportPhase = 'parse' | 'stage' | 'write';

export interface ImportOutcome {
  files: string[];
  ok: boolean;
  perFile: ImportFileReport[];
  /** Rows written (new or changed), per table. */
  added: Record<string, number>;
  /** Already in the database with the same content. */
  unchanged: Record<string, number>;
  /** Left alone because you added or edited them. */
  keptYours: Record<string, number>;
  /** Removed because the new version of the pack no longer has them, or the file deleted them. */
  removed: Record<string, number>;
  /** Set when the batch was refused: nothing was changed. */
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
  /** Imports files as one batch (OFAC sdn.csv and alt.csv go together), all or nothing. */
  importFiles(
    files: File[],
    format: string | null,
    onProgress: (phase: ImportPhase, done: number, total: number) => void,
  ): Promise<ImportOutcome>;
  /** A pack of the whole database (null) or of the selected rows. */
  exportPack(selection: Selection | null): Promise<Blob>;
}
