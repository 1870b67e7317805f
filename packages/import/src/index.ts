export { importReport, type ImportOptions, type ImportResult } from './import-report.js';
export {
  importRuleCatalog,
  isBlankCellFinding,
  isImportFinding,
  type ImportRule,
} from './import-findings.js';
export { readCell, type CellReading } from './read-cell.js';
export { normalizeLabel } from './normalize.js';
export { importDocument } from './import-report.js';
export { importFile, fileMessages, type ImportFileOptions } from './import-file.js';
export { fileKind, type FileKind } from './file-kind.js';
export { inferAgencyLevel } from './infer-level.js';
