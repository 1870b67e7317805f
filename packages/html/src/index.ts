export { renderHtml, renderHtmlArticle } from './render-html.js';
export { htmlFormat } from './html-format.js';
