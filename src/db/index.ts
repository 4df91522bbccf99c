/**
 * The claims database API. Only the background and the extension's own pages
 * open the database; content scripts ask the background.
 */
export * from './types';
export { nameKey, nameTokens, nameKeysOf } from './name-key';
export { claimWords, entityKeys, eventKeysOf } from './words';
export { stableId } from './ids';
export {
  ClaimsDb,
  openClaimsDb,
  DEFAULT_DB_NAME,
  DATA_TABLES,
  type DataTableName,
  type DataRowOf,
} from './schema';
export {
  entitiesByNameKey,
  entitiesByNamePrefix,
  lineageOf,
  designationsOf,
  designationsAsOf,
  eventsByKeys,
  eventsInWindow,
  reportsOfEvent,
  factChecksByWords,
  startOfDate,
  endOfDate,
  type FactCheckHit,
  type NameLookupOptions,
} from './queries';
export {
  applyRows,
  saveUserRow,
  removePack,
  emptyRowSet,
  type RowSet,
  type RowInput,
  type ApplyOptions,
  type ApplyResult,
} from './write';
export { loadBundledData, bundledDataVersion, BUNDLED_PACK_PATH, type BundledLoadResult } from './bundled';
export {
  PACK_FORMAT_VERSION,
  buildPackJson,
  packJsonLines,
  readPackJson,
  PackError,
  type PackHeader,
  type PackJson,
} from './pack';
export {
  ADAPTERS,
  FORMATS,
  detectFormat,
  convertFiles,
  importFiles,
  exportPack,
  inputFromBlob,
  inputFromString,
  ImportError,
  type FormatName,
  type ImportInput,
  type ImportOptions,
  type ImportResult,
  type FileReport,
  type ExportSelection,
  type Progress,
} from './import';
