export { importReport, type ImportOptions, type ImportResult } from './import-report.js';
export {
  importRuleCatalog,
  isBlankCellFinding,
  isImportFinding,
  type ImportRule,
} from './import-findings.js';
export { readCell, type CellReading } from './read-cell.js';
export { normalizeLabel } from './normalize.js';
