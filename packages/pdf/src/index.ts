export { renderReport, unvalidatedStamp, type RenderOptions } from './render-report.js';
export { RenderError, type RenderErrorKind } from './render-error.js';
export { defaultFontFiles, fontRoles, type FontFiles, type FontRole } from './fonts.js';
