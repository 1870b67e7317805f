export type {
  AgencyLevel,
  BlockDef,
  CellKind,
  ColumnNode,
  RowNode,
  SectionDef,
  TableDef,
} from './template/types.js';
export { agencyLevels } from './template/types.js';
export type { TemplateDef } from './template/template.js';
export {
  agencyLevelNames,
  lastSupportedYear,
  proseMaxLength,
  proseSectionsOf,
  tablesOf,
} from './template/template.js';
export { template2019, template2021, templateFor, templates } from './template/templates.js';
export { cellLabel, tableCells, type CellDef } from './template/cells.js';
export {
  tableLayout,
  type BlockLayout,
  type LabelRole,
  type LayoutCell,
  type TableLayout,
} from './template/layout.js';
export {
  fieldName,
  ordinalOf,
  recordFullName,
  recordName,
  recordShortName,
} from './template/names.js';
export type { Equation, Finding, FindingFix, RuleDef, Severity, Term } from './rules/types.js';
export type { AcceptedWarning, Report, TableValues } from './report/report.js';
export { ReportSchema, reportSchemaFor } from './report/report-schema.js';
export { computeTotals } from './report/compute-totals.js';
export {
  mergeReports,
  type MergeChoices,
  type MergeClash,
  type MergeResult,
} from './report/merge-reports.js';
export { emptyReport } from './report/empty-report.js';
export {
  markProseEdited,
  startFromPrevious,
  templateForYear,
} from './report/start-from-previous.js';
export { reportJsonSchema } from './report/json-schema.js';
export { readNumber, readPath, splitAddress } from './report/cell-access.js';
export {
  validate,
  isPublishable,
  structuralFindings,
  type ValidateOptions,
} from './validate/validate.js';
export { fieldNamesOf, describeField } from './validate/field-names.js';
export {
  acceptWarning,
  signAcceptances,
  withoutAcceptancesOf,
  withoutStaleAcceptances,
} from './validate/accepted-warnings.js';
export { textSimilarity } from './validate/text-similarity.js';
export { ruleCells, ruleCatalog, schemaRule } from './rules/catalog.js';
export {
  catalogRules,
  warningRuleIds,
  warningRules,
  type CatalogRule,
} from './rules/catalog-rules.js';

// What every renderer reads rather than derives: titles, heading ordinals, years, cell kinds.
export {
  correctionMark,
  readTitleEnding,
  reportShortTitle,
  reportTitle,
  reportTitleSuffix,
  titlePieces,
  type TitleParts,
} from './template/report-title.js';
export {
  chineseNumeral,
  numeralValue,
  readOrdinal,
  sectionOrdinal,
  subheadOrdinal,
  type HeadingOrdinal,
  type OrdinalLevel,
} from './template/heading-ordinals.js';
export {
  isSupportedYear,
  isYearOf,
  supportedYears,
  yearsOf,
  type YearRange,
} from './template/supported-years.js';
export {
  cellKindRules,
  cellValueCheck,
  checkCellValue,
  entryMessages,
  hasAtMostDecimals,
  isCellValue,
  type CellKindRule,
} from './report/cell-kinds.js';
export {
  formatCellValue,
  parseCellEntry,
  plainDigits,
  type ParsedEntry,
} from './report/parse-cell-entry.js';

/** The review workflow: report statuses, roles and steps, each with its one Chinese name. */
export {
  actorRoles,
  editableStatuses,
  isEditableStatus,
  reportStatuses,
  roleNames,
  roles,
  statusNames,
  type ReportStatus,
  type Role,
  type WorkflowActor,
} from './workflow/workflow.js';
export { transitions, type Transition, type TransitionAction } from './workflow/transitions.js';

/** The shape every output package (PDF, HTML, DOCX, XLSX, CSV) exports. */
export type { OutputFormat } from './output/output-format.js';
export type { NoticeBlock, NoticeDocument } from './output/notice-document.js';
/** What makes an output's bytes depend on the report only, never on when it was exported. */
export { reportDate } from './output/report-date.js';
export { stampZipDates } from './output/stamp-zip-dates.js';

/** Roll-up (汇总): the sum of units' reports (contract §5). */
export { RollupError, type Rollup, type RollupSource } from './rollup/rollup.js';
export { sumReports, type RolledUpReport, type SumReportsInput } from './rollup/sum-reports.js';
export { rollupFigureCells, rollupFigures, type RollupFigures } from './rollup/rollup-figures.js';
export {
  deadlineBy,
  statutoryDeadline,
  type DeadlineAgency,
} from './deadlines/statutory-deadline.js';
export { daysUntil, reportingYear } from './deadlines/reporting-year.js';
export { proseBlocks, type ProseBlock } from './template/prose-blocks.js';
