export { renderReport, unvalidatedStamp, type RenderOptions } from './render-report.js';
export { RenderError, type RenderErrorKind } from './render-error.js';
export { defaultFontFiles, fontRoles, type FontFiles, type FontRole } from './fonts.js';
export { pdfFormat } from './pdf-format.js';
export {
  createRenderPool,
  defaultThreads,
  type RenderPool,
  type RenderPoolOptions,
  type RenderRequest,
} from './render-pool/create-render-pool.js';
export type { FormatModule } from './render-pool/render-job.js';
export { readRenderPoolConfig } from './render-pool/pool-config.js';
export { glyphFindings, glyphRule } from './glyph-findings.js';
export { renderNoticePdf } from './notice/render-notice-pdf.js';
export type { NoticeBlock, NoticeDocument } from '@nianbao/schema';
