export { renderDocx } from './render-docx.js';
export { docxFormat } from './docx-format.js';
