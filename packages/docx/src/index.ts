export { renderDocx } from './render-docx.js';
export { docxFormat } from './docx-format.js';
export { renderNoticeDocx } from './notice/render-notice-docx.js';
export type { NoticeBlock, NoticeDocument } from '@nianbao/schema';
